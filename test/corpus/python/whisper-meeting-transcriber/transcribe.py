#!/usr/bin/env python3
"""Turn recorded stand-ups into timestamped minutes."""
from pathlib import Path

import click
import whisper


def fmt_ts(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m:02d}:{s:02d}"


@click.command()
@click.argument("audio", type=click.Path(exists=True, path_type=Path))
@click.option("--model", "model_name", default="small.en", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None)
def main(audio: Path, model_name: str, out: Path | None):
    model = whisper.load_model(model_name)
    result = model.transcribe(str(audio), language="en", word_timestamps=False, fp16=False)
    lines = [f"[{fmt_ts(seg['start'])}] {seg['text'].strip()}" for seg in result["segments"]]
    target = out or audio.with_suffix(".minutes.txt")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    click.echo(f"wrote {len(lines)} segments to {target}")


if __name__ == "__main__":
    main()
