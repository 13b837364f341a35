"""Lints requirements files and prints recommended pins.

Recommendations are rule based: the minimum secure version table is maintained by hand in
RECOMMENDED_MINIMUMS (updated from our security advisories).
"""
import argparse
import sys

from packaging.requirements import Requirement
from packaging.version import Version

RECOMMENDED_MINIMUMS = {
    "django": "4.2.11",
    "requests": "2.31.0",
    "pyyaml": "6.0.1",
    "jinja2": "3.1.3",
    "urllib3": "2.2.1",
}


def recommend(line: str) -> str | None:
    line = line.split("#", 1)[0].strip()
    if not line or line.startswith("-"):
        return None
    req = Requirement(line)
    floor = RECOMMENDED_MINIMUMS.get(req.name.lower())
    if not floor:
        return None
    if not req.specifier:
        return f"{req.name}: unpinned; recommended: {req.name}>={floor}"
    allowed_below = any(not req.specifier.contains(v) for v in [Version(floor)])
    if allowed_below or any(s.operator in ("==", "<", "<=") and Version(s.version) < Version(floor) for s in req.specifier):
        return f"{req.name}: {req.specifier} allows versions below recommended minimum {floor}"
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Recommend safer dependency pins")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args(argv)
    findings = 0
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                msg = recommend(line)
                if msg:
                    print(f"{path}:{lineno}: {msg}")
                    findings += 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
