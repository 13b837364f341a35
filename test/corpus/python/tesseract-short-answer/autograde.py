import re
from dataclasses import dataclass

import pytesseract
from pdf2image import convert_from_path


@dataclass
class Rubric:
    question: int
    keywords: list[str]
    points_each: float
    max_points: float


RUBRIC = [
    Rubric(1, ["photosynthesis", "chlorophyll", "glucose"], 1.0, 3.0),
    Rubric(2, ["mitochondria", "atp", "respiration"], 1.0, 3.0),
    Rubric(3, ["osmosis", "membrane", "concentration"], 1.5, 4.0),
]


def split_answers(text: str) -> dict[int, str]:
    parts = re.split(r"\bQ(?:uestion)?\s*(\d+)[.:)]", text, flags=re.I)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def grade_pdf(pdf_path: str) -> dict:
    pages = convert_from_path(pdf_path, dpi=300)
    text = "\n".join(pytesseract.image_to_string(p, lang="eng", config="--psm 6") for p in pages)
    answers = split_answers(text)
    result = {}
    for r in RUBRIC:
        ans = answers.get(r.question, "").lower()
        hits = [k for k in r.keywords if k in ans]
        result[r.question] = {"points": min(r.max_points, r.points_each * len(hits)), "matched": hits}
    result["total"] = sum(v["points"] for k, v in result.items() if isinstance(k, int))
    return result
