"""Inline proofreading for the terminal notes app: highlights issues, offers a fix on Tab."""
from dataclasses import dataclass

import language_tool_python

_tool = None


def tool():
    global _tool
    if _tool is None:
        _tool = language_tool_python.LanguageTool("en-US", config={"cacheSize": 1000})
    return _tool


@dataclass
class Issue:
    start: int
    end: int
    message: str
    fix: str | None


def check(note_text: str) -> list[Issue]:
    issues = []
    for m in tool().check(note_text):
        if m.ruleId in {"WHITESPACE_RULE", "EN_QUOTES"}:
            continue  # too noisy for quick notes
        issues.append(Issue(m.offset, m.offset + m.errorLength, m.message, m.replacements[0] if m.replacements else None))
    return issues


def apply_fix(note_text: str, issue: Issue) -> str:
    if issue.fix is None:
        return note_text
    return note_text[:issue.start] + issue.fix + note_text[issue.end:]
