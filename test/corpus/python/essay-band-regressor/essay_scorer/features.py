import re

import language_tool_python
import textstat

_tool = language_tool_python.LanguageTool("en-GB")


def features(essay: str) -> list[float]:
    words = re.findall(r"[A-Za-z']+", essay)
    n = max(len(words), 1)
    sentences = max(textstat.sentence_count(essay), 1)
    matches = _tool.check(essay)
    grammar = sum(1 for m in matches if m.ruleIssueType == "grammar")
    spelling = sum(1 for m in matches if m.ruleIssueType == "misspelling")
    connectives = sum(essay.lower().count(c) for c in ("however", "therefore", "moreover", "in contrast"))
    return [
        n,
        len(set(w.lower() for w in words)) / n,      # type-token ratio
        n / sentences,
        textstat.flesch_kincaid_grade(essay),
        1000 * grammar / n,
        1000 * spelling / n,
        connectives,
    ]
