import { PollyClient, SynthesizeSpeechCommand, type VoiceId } from "@aws-sdk/client-polly";

const polly = new PollyClient({ region: process.env.AWS_REGION ?? "eu-west-1" });

/** Model answer the learner listens to before recording their own attempt. */
export async function modelAnswerAudio(sentence: string, voice: VoiceId = "Amy", slow = false): Promise<Uint8Array> {
  const ssml = `<speak><prosody rate="${slow ? "80%" : "100%"}">${escapeXml(sentence)}</prosody></speak>`;
  const out = await polly.send(new SynthesizeSpeechCommand({
    Engine: "neural",
    VoiceId: voice,
    OutputFormat: "mp3",
    TextType: "ssml",
    Text: ssml,
  }));
  if (!out.AudioStream) throw new Error(`polly returned no audio for "${sentence.slice(0, 40)}"`);
  return out.AudioStream.transformToByteArray();
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}
