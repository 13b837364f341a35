import {
  AudioConfig,
  PronunciationAssessmentConfig,
  PronunciationAssessmentGradingSystem,
  PronunciationAssessmentGranularity,
  PronunciationAssessmentResult,
  SpeechConfig,
  SpeechRecognizer,
} from "microsoft-cognitiveservices-speech-sdk";

export interface WordFeedback {
  word: string;
  accuracy: number;
  error: "None" | "Omission" | "Insertion" | "Mispronunciation";
}

export interface ReadAlongResult {
  overall: number;
  fluency: number;
  words: WordFeedback[];
}

/** Token comes from our backend (/api/speech-token) so the subscription key never reaches the browser. */
export async function scoreSentence(token: string, region: string, sentence: string): Promise<ReadAlongResult> {
  const speechConfig = SpeechConfig.fromAuthorizationToken(token, region);
  speechConfig.speechRecognitionLanguage = "en-US";
  const recognizer = new SpeechRecognizer(speechConfig, AudioConfig.fromDefaultMicrophoneInput());
  const pa = new PronunciationAssessmentConfig(
    sentence,
    PronunciationAssessmentGradingSystem.HundredMark,
    PronunciationAssessmentGranularity.Word,
    true,
  );
  pa.applyTo(recognizer);

  return new Promise((resolve, reject) => {
    recognizer.recognizeOnceAsync(
      (result) => {
        const assessment = PronunciationAssessmentResult.fromResult(result);
        const words: WordFeedback[] = assessment.detailResult.Words.map((w) => ({
          word: w.Word,
          accuracy: w.PronunciationAssessment?.AccuracyScore ?? 0,
          error: (w.PronunciationAssessment?.ErrorType ?? "None") as WordFeedback["error"],
        }));
        recognizer.close();
        resolve({ overall: assessment.pronunciationScore, fluency: assessment.fluencyScore, words });
      },
      (err) => {
        recognizer.close();
        reject(new Error(err));
      },
    );
  });
}

export function starsFor(result: ReadAlongResult): 1 | 2 | 3 {
  return result.overall >= 85 ? 3 : result.overall >= 60 ? 2 : 1;
}
