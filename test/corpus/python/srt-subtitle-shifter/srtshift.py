"""Shift or stretch SRT subtitle timings (for dialogue that drifts out of sync with speech)."""
import argparse
import re
import sys

TS = re.compile(r"(\d{2}):(\d{2}):(\d{2}),(\d{3})")


def to_ms(h, m, s, ms):
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def fmt(ms: int) -> str:
    ms = max(ms, 0)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def retime(text: str, offset_ms: int, factor: float) -> str:
    return TS.sub(lambda mt: fmt(round(to_ms(*mt.groups()) * factor) + offset_ms), text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--offset", type=int, default=0, help="milliseconds, may be negative")
    ap.add_argument("--fps-from", type=float)
    ap.add_argument("--fps-to", type=float)
    a = ap.parse_args()
    factor = a.fps_from / a.fps_to if a.fps_from and a.fps_to else 1.0
    with open(a.file, encoding="utf-8-sig") as f:
        sys.stdout.write(retime(f.read(), a.offset, factor))


if __name__ == "__main__":
    main()
