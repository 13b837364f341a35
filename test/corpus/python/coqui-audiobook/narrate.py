"""Narrate a markdown chapter into a single MP3 with Coqui XTTS v2 and a cloned narrator voice."""
import re
import sys
import tempfile
from pathlib import Path

from pydub import AudioSegment
from TTS.api import TTS

MODEL = "tts_models/multilingual/multi-dataset/xtts_v2"
PAUSE_MS = 450


def paragraphs(md: str):
    text = re.sub(r"[#*_>`]", "", md)
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if para:
            yield para


def narrate(chapter: Path, speaker_wav: Path, out: Path, lang="en"):
    tts = TTS(MODEL, gpu=True)
    book = AudioSegment.silent(duration=800)
    with tempfile.TemporaryDirectory() as tmp:
        for i, para in enumerate(paragraphs(chapter.read_text(encoding="utf-8"))):
            wav = Path(tmp) / f"{i:04d}.wav"
            tts.tts_to_file(text=para, speaker_wav=str(speaker_wav), language=lang, file_path=str(wav))
            book += AudioSegment.from_wav(wav) + AudioSegment.silent(duration=PAUSE_MS)
    book.export(out, format="mp3", bitrate="96k")


if __name__ == "__main__":
    narrate(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
