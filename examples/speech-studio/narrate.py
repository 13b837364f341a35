"""Turns a published article into an audio narration."""
from pathlib import Path

from markdown_it import MarkdownIt
from TTS.api import TTS

VOICE_MODEL = "tts_models/en/ljspeech/vits"


def article_text(markdown_source: str) -> str:
    tokens = MarkdownIt().parse(markdown_source)
    return " ".join(t.content for t in tokens if t.type == "inline")


def narrate(markdown_path: Path, out_dir: Path) -> Path:
    tts = TTS(VOICE_MODEL)
    target = out_dir / (markdown_path.stem + ".wav")
    tts.tts_to_file(text=article_text(markdown_path.read_text()), file_path=str(target))
    return target
