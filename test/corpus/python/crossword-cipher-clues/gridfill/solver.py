"""Crossword helper: fill a pattern like 'C?P??R' from the word list, ranked by clue overlap.

>>> candidates("C?PH?R", "Secret code, or a nobody")
['CIPHER']
"""
import re
from functools import lru_cache

CLUE_HINTS = {
    "cipher": {"code", "secret", "nobody", "zero", "nonentity"},
    "caper": {"prank", "jape", "leap", "heist"},
    "copier": {"photocopier", "xerox", "imitator"},
}


@lru_cache(maxsize=1)
def wordlist(path="words.txt"):
    with open(path, encoding="utf-8") as f:
        return [w.strip().upper() for w in f if w.strip().isalpha()]


def pattern_regex(pattern: str) -> re.Pattern:
    return re.compile("^" + pattern.upper().replace("?", "[A-Z]") + "$")


def candidates(pattern: str, clue: str = "", words=None) -> list[str]:
    rx = pattern_regex(pattern)
    matches = [w for w in (words or wordlist()) if rx.match(w)]
    clue_words = set(re.findall(r"[a-z]+", clue.lower()))

    def score(w):
        return len(CLUE_HINTS.get(w.lower(), set()) & clue_words)

    return sorted(matches, key=lambda w: (-score(w), w))
