// Scores the learner's recording against the same sentence using the Speech REST API's
// Pronunciation-Assessment header, then turns the result into coach feedback.
export interface AttemptScore {
  accuracy: number;
  fluency: number;
  completeness: number;
  weakWords: string[];
  verdict: "great" | "good" | "try-again";
}

export async function scoreAttempt(wav: Uint8Array, sentence: string): Promise<AttemptScore> {
  const params = Buffer.from(JSON.stringify({
    ReferenceText: sentence,
    GradingSystem: "HundredMark",
    Granularity: "Word",
    EnableMiscue: true,
  })).toString("base64");
  const region = process.env.SPEECH_REGION ?? "westeurope";
  const res = await fetch(
    `https://${region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-GB&format=detailed`,
    {
      method: "POST",
      headers: {
        "Ocp-Apim-Subscription-Key": process.env.SPEECH_KEY ?? "",
        "Content-Type": "audio/wav; codecs=audio/pcm; samplerate=16000",
        "Pronunciation-Assessment": params,
      },
      body: wav,
    },
  );
  if (!res.ok) throw new Error(`pronunciation assessment failed: ${res.status}`);
  const best = (await res.json()).NBest?.[0] ?? {};
  const weakWords = (best.Words ?? [])
    .filter((w: any) => (w.AccuracyScore ?? 100) < 60 || w.ErrorType === "Mispronunciation")
    .map((w: any) => w.Word);
  const accuracy = best.AccuracyScore ?? 0;
  return {
    accuracy,
    fluency: best.FluencyScore ?? 0,
    completeness: best.CompletenessScore ?? 0,
    weakWords,
    verdict: accuracy >= 85 ? "great" : accuracy >= 65 ? "good" : "try-again",
  };
}
