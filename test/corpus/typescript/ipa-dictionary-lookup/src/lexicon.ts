// Shows dictionary pronunciations (IPA + stress) and plays the native-speaker recording.
import lexicon from "../data/cmudict-ipa.json" assert { type: "json" };

export interface Pronunciation {
  word: string;
  ipa: string[];
  syllables: number;
  audioUrl?: string;
}

const ARPABET_VOWELS = /^(AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)/;

export function lookup(word: string): Pronunciation | undefined {
  const key = word.toLowerCase().replace(/[^a-z']/g, "");
  const entry = (lexicon as Record<string, { ipa: string[]; arpabet: string }>)[key];
  if (!entry) return undefined;
  const syllables = entry.arpabet.split(" ").filter((p) => ARPABET_VOWELS.test(p)).length;
  return { word: key, ipa: entry.ipa, syllables, audioUrl: `https://cdn.pronounce-it.example/native/${key}.mp3` };
}

export function renderStress(ipa: string): string {
  return ipa.replace(/ˈ(\S)/g, "<strong>$1</strong>").replace(/ˌ(\S)/g, "<em>$1</em>");
}

export async function playNative(p: Pronunciation): Promise<void> {
  if (!p.audioUrl) return;
  await new Audio(p.audioUrl).play();
}
