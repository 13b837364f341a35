import { Howl } from 'howler';

// Pre-recorded voice prompts (studio recordings, one sprite file per language).
const SPRITES = {
  en: { src: ['/audio/prompts-en.webm', '/audio/prompts-en.mp3'] },
  es: { src: ['/audio/prompts-es.webm', '/audio/prompts-es.mp3'] },
};

const SPRITE_MAP = {
  welcome: [0, 2100],
  insertCard: [2300, 1800],
  enterPin: [4300, 1500],
  takeReceipt: [6000, 1700],
  goodbye: [7900, 1200],
};

const cache = new Map();

function bank(lang) {
  if (!cache.has(lang)) {
    cache.set(lang, new Howl({ ...(SPRITES[lang] || SPRITES.en), sprite: SPRITE_MAP, volume: 0.9 }));
  }
  return cache.get(lang);
}

export function say(prompt, lang = 'en') {
  return new Promise((resolve) => {
    const h = bank(lang);
    const id = h.play(prompt);
    h.once('end', resolve, id);
  });
}

export async function sequence(prompts, lang) {
  for (const p of prompts) await say(p, lang);
}
