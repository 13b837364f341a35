import * as sdk from "microsoft-cognitiveservices-speech-sdk";
import { marked } from "marked";
import { readFile } from "node:fs/promises";

function plainText(markdown: string): string {
  const html = marked.parse(markdown, { async: false }) as string;
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

export async function renderEpisode(mdPath: string, outPath: string, voice = "en-GB-RyanNeural"): Promise<void> {
  const text = plainText(await readFile(mdPath, "utf8"));
  const speechConfig = sdk.SpeechConfig.fromSubscription(process.env.AZURE_SPEECH_KEY ?? "", process.env.AZURE_SPEECH_REGION ?? "uksouth");
  speechConfig.speechSynthesisVoiceName = voice;
  speechConfig.speechSynthesisOutputFormat = sdk.SpeechSynthesisOutputFormat.Audio24Khz96KBitRateMonoMp3;
  const synthesizer = new sdk.SpeechSynthesizer(speechConfig, sdk.AudioConfig.fromAudioFileOutput(outPath));

  await new Promise<void>((resolve, reject) => {
    synthesizer.speakTextAsync(
      text,
      (result) => {
        synthesizer.close();
        if (result.reason === sdk.ResultReason.SynthesizingAudioCompleted) resolve();
        else reject(new Error(`${mdPath}: ${result.errorDetails}`));
      },
      (err) => {
        synthesizer.close();
        reject(new Error(`${mdPath}: ${err}`));
      },
    );
  });
}

if (process.argv[2]) {
  await renderEpisode(process.argv[2], process.argv[3] ?? "episode.mp3");
}
