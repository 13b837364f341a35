using System.Text.Json;
using Azure;
using Azure.AI.Language.Conversations;
using Azure.Core;
using Microsoft.CognitiveServices.Speech;
using Microsoft.CognitiveServices.Speech.Audio;

var speechConfig = SpeechConfig.FromSubscription(Environment.GetEnvironmentVariable("SPEECH_KEY")!, "northeurope");
speechConfig.SpeechRecognitionLanguage = "en-GB";
using var audio = AudioConfig.FromDefaultMicrophoneInput();
using var recognizer = new SpeechRecognizer(speechConfig, audio);

var clu = new ConversationAnalysisClient(
    new Uri("https://wh-lang.cognitiveservices.azure.com/"),
    new AzureKeyCredential(Environment.GetEnvironmentVariable("LANGUAGE_KEY")!));

recognizer.Recognized += async (_, e) =>
{
    if (e.Result.Reason != ResultReason.RecognizedSpeech || string.IsNullOrWhiteSpace(e.Result.Text)) return;
    var body = new
    {
        kind = "Conversation",
        analysisInput = new { conversationItem = new { id = "1", participantId = "picker", text = e.Result.Text } },
        parameters = new { projectName = "warehouse-picking", deploymentName = "prod" },
    };
    Response resp = await clu.AnalyzeConversationAsync(RequestContent.Create(body));
    using var doc = JsonDocument.Parse(resp.ContentStream!);
    var prediction = doc.RootElement.GetProperty("result").GetProperty("prediction");
    var intent = prediction.GetProperty("topIntent").GetString();
    var entities = prediction.GetProperty("entities").EnumerateArray()
        .ToDictionary(x => x.GetProperty("category").GetString()!, x => x.GetProperty("text").GetString()!);
    Console.WriteLine($"[{intent}] {string.Join(", ", entities.Select(kv => $"{kv.Key}={kv.Value}"))}");
    PickList.Apply(intent, entities);
};

await recognizer.StartContinuousRecognitionAsync();
Console.WriteLine("Say e.g. 'confirm bin A12 quantity four'. Press Enter to quit.");
Console.ReadLine();
await recognizer.StopContinuousRecognitionAsync();

static class PickList
{
    public static void Apply(string? intent, IReadOnlyDictionary<string, string> slots)
    {
        switch (intent)
        {
            case "ConfirmPick": Console.WriteLine($"Picked {slots.GetValueOrDefault("Quantity")} from {slots.GetValueOrDefault("Bin")}"); break;
            case "ReportShortage": Console.WriteLine($"Shortage flagged at {slots.GetValueOrDefault("Bin")}"); break;
            default: Console.WriteLine("Command not understood"); break;
        }
    }
}
