"""Builds an LJSpeech-style training set for our in-house TTS voice.

Input: studio sessions (wav + Montreal Forced Aligner TextGrids). Output: wavs/ and metadata.csv
with `id|raw text|normalised text`, plus a phone-duration table used for the duration predictor.
"""
import csv
import re
from pathlib import Path

import soundfile as sf
from num2words import num2words
from praatio import textgrid

MAX_SECONDS = 11.0


def normalise(text: str) -> str:
    text = re.sub(r"(\d+)%", lambda m: num2words(int(m.group(1))) + " percent", text)
    text = re.sub(r"\d+", lambda m: num2words(int(m.group(0))), text)
    text = text.replace("&", " and ").replace("Dr.", "Doctor")
    return " ".join(text.split())


def phone_durations(tg_path: Path):
    tg = textgrid.openTextgrid(str(tg_path), includeEmptyIntervals=False)
    return [(e.label, round(e.end - e.start, 3)) for e in tg.getTier("phones").entries]


def build(session_dir: Path, out_dir: Path):
    (out_dir / "wavs").mkdir(parents=True, exist_ok=True)
    with open(out_dir / "metadata.csv", "w", newline="", encoding="utf-8") as meta, \
         open(out_dir / "durations.tsv", "w", encoding="utf-8") as dur:
        writer = csv.writer(meta, delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
        for script_line in (session_dir / "script.txt").read_text(encoding="utf-8").splitlines():
            utt_id, text = script_line.split("\t", 1)
            audio, sr = sf.read(session_dir / f"{utt_id}.wav")
            if len(audio) / sr > MAX_SECONDS:
                continue
            sf.write(out_dir / "wavs" / f"{utt_id}.wav", audio, 22050 if sr == 22050 else sr)
            writer.writerow([utt_id, text, normalise(text)])
            for phone, d in phone_durations(session_dir / f"{utt_id}.TextGrid"):
                dur.write(f"{utt_id}\t{phone}\t{d}\n")


if __name__ == "__main__":
    build(Path("sessions/2024-03"), Path("corpus/narrator_v2"))
