import React from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";

interface A11yPrefs {
  textToSpeechEnabled: boolean;
  speechRate: number;
  dyslexicFont: boolean;
  highContrast: boolean;
  set: (patch: Partial<Omit<A11yPrefs, "set">>) => void;
}

// Only stores preferences; the native shell reads `textToSpeechEnabled` and decides what to do.
export const useA11yPrefs = create<A11yPrefs>()(
  persist(
    (set) => ({
      textToSpeechEnabled: false,
      speechRate: 1,
      dyslexicFont: false,
      highContrast: false,
      set: (patch) => set(patch),
    }),
    { name: "a11y-prefs" },
  ),
);

export function AccessibilitySettings() {
  const prefs = useA11yPrefs();
  return (
    <fieldset>
      <legend>Accessibility</legend>
      <label>
        <input type="checkbox" checked={prefs.textToSpeechEnabled}
          onChange={(e) => prefs.set({ textToSpeechEnabled: e.target.checked })} />
        Read articles aloud (text-to-speech)
      </label>
      <label>
        Speech rate
        <input type="range" min={0.5} max={2} step={0.25} value={prefs.speechRate}
          disabled={!prefs.textToSpeechEnabled}
          onChange={(e) => prefs.set({ speechRate: Number(e.target.value) })} />
      </label>
      <label>
        <input type="checkbox" checked={prefs.dyslexicFont} onChange={(e) => prefs.set({ dyslexicFont: e.target.checked })} />
        Dyslexia-friendly font
      </label>
      <label>
        <input type="checkbox" checked={prefs.highContrast} onChange={(e) => prefs.set({ highContrast: e.target.checked })} />
        High contrast
      </label>
    </fieldset>
  );
}
