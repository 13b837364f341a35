import Foundation
import MicrosoftCognitiveServicesSpeech

struct PronunciationReport {
    let accuracy: Double
    let fluency: Double
    let completeness: Double
    let overall: Double
}

enum PronCheckError: Error { case setup(String), noResult }

final class PronunciationChecker {
    private let key: String
    private let region: String

    init(key: String, region: String) {
        self.key = key
        self.region = region
    }

    func check(recording url: URL, expected sentence: String) throws -> PronunciationReport {
        guard let config = try? SPXSpeechConfiguration(subscription: key, region: region) else {
            throw PronCheckError.setup("speech config")
        }
        config.speechRecognitionLanguage = "en-US"
        guard let audio = SPXAudioConfiguration(wavFileInput: url.path) else {
            throw PronCheckError.setup("cannot open \(url.lastPathComponent)")
        }
        let recognizer = try SPXSpeechRecognizer(speechConfiguration: config, audioConfiguration: audio)
        let assessment = try SPXPronunciationAssessmentConfiguration(
            sentence,
            gradingSystem: .hundredMark,
            granularity: .phoneme,
            enableMiscue: true)
        try assessment.apply(to: recognizer)

        let result = try recognizer.recognizeOnce()
        guard let pa = SPXPronunciationAssessmentResult(result) else { throw PronCheckError.noResult }
        return PronunciationReport(
            accuracy: pa.accuracyScore,
            fluency: pa.fluencyScore,
            completeness: pa.completenessScore,
            overall: pa.pronunciationScore)
    }
}
