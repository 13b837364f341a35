using Microsoft.CognitiveServices.Speech;
using Microsoft.CognitiveServices.Speech.Audio;
using Microsoft.CognitiveServices.Speech.PronunciationAssessment;

namespace PronTutor;

public sealed record PhonemeHint(string Word, string Phoneme, double Accuracy);

public sealed class ShadowingCoach
{
    private readonly SpeechConfig _cfg;

    public ShadowingCoach(string key, string region) => _cfg = SpeechConfig.FromSubscription(key, region);

    public async Task<(double score, IReadOnlyList<PhonemeHint> hints)> EvaluateAsync(string wavFile, string target)
    {
        var pa = new PronunciationAssessmentConfig(target, GradingSystem.HundredMark, Granularity.Phoneme, enableMiscue: true)
        {
            PhonemeAlphabet = "IPA",
            NBestPhonemeCount = 3,
        };
        using var audio = AudioConfig.FromWavFileInput(wavFile);
        using var recognizer = new SpeechRecognizer(_cfg, "fr-FR", audio);
        pa.ApplyTo(recognizer);
        var result = await recognizer.RecognizeOnceAsync();
        var assessment = PronunciationAssessmentResult.FromResult(result);

        var hints = new List<PhonemeHint>();
        foreach (var word in assessment.Words)
        {
            foreach (var ph in word.Phonemes ?? Enumerable.Empty<PronunciationAssessmentPhonemeResult>())
            {
                if (ph.AccuracyScore < 60)
                    hints.Add(new PhonemeHint(word.Word, ph.Phoneme, ph.AccuracyScore));
            }
        }
        return (assessment.PronunciationScore, hints);
    }
}
