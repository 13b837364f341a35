using System.Security;
using System.Text;
using Microsoft.CognitiveServices.Speech;
using Microsoft.CognitiveServices.Speech.Audio;

namespace LessonAudio;

public record DialogueLine(string Speaker, string Text, string Style = "general");

/// <summary>Renders language-lesson dialogues to WAV, one neural voice per character.</summary>
public sealed class LessonNarrator
{
    private static readonly Dictionary<string, string> Voices = new()
    {
        ["teacher"] = "es-ES-ElviraNeural",
        ["student"] = "es-MX-JorgeNeural",
    };

    private readonly SpeechConfig _config;

    public LessonNarrator(string key, string region)
    {
        _config = SpeechConfig.FromSubscription(key, region);
        _config.SetSpeechSynthesisOutputFormat(SpeechSynthesisOutputFormat.Riff24Khz16BitMonoPcm);
    }

    public static string BuildSsml(IEnumerable<DialogueLine> lines)
    {
        var sb = new StringBuilder("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" ")
            .Append("xmlns:mstts=\"https://www.w3.org/2001/mstts\" xml:lang=\"es-ES\">");
        foreach (var l in lines)
        {
            sb.Append($"<voice name=\"{Voices[l.Speaker]}\"><mstts:express-as style=\"{l.Style}\">")
              .Append(SecurityElement.Escape(l.Text))
              .Append("</mstts:express-as><break time=\"400ms\"/></voice>");
        }
        return sb.Append("</speak>").ToString();
    }

    public async Task RenderAsync(IEnumerable<DialogueLine> lines, string wavPath)
    {
        using var output = AudioConfig.FromWavFileOutput(wavPath);
        using var synth = new SpeechSynthesizer(_config, output);
        var result = await synth.SpeakSsmlAsync(BuildSsml(lines));
        if (result.Reason == ResultReason.Canceled)
        {
            var details = SpeechSynthesisCancellationDetails.FromResult(result);
            throw new InvalidOperationException($"{wavPath}: synthesis cancelled: {details.ErrorDetails}");
        }
    }
}
