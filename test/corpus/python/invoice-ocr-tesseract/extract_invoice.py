"""Pulls supplier, date, invoice number and total from scanned invoices for AP import."""
import re
import sys
from decimal import Decimal

import cv2
import pytesseract
from dateutil import parser as dateparser

TOTAL_RE = re.compile(r"(?:total|amount due|balance due)\s*[:\-]?\s*[£$€]?\s*([\d.,]+)", re.I)
NUMBER_RE = re.compile(r"invoice\s*(?:no\.?|number|#)\s*[:\-]?\s*([A-Z0-9\-/]+)", re.I)
DATE_RE = re.compile(r"(?:invoice date|date)\s*[:\-]?\s*([0-9]{1,2}[./\- ][A-Za-z0-9]{1,9}[./\- ][0-9]{2,4})", re.I)


def preprocess(path):
    img = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    if img is None:
        raise FileNotFoundError(f"{path}: cannot read image")
    img = cv2.resize(img, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    return cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15)


def extract(path: str) -> dict:
    text = pytesseract.image_to_string(preprocess(path), config="--oem 1 --psm 4")
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    total = TOTAL_RE.search(text)
    number = NUMBER_RE.search(text)
    date = DATE_RE.search(text)
    return {
        "supplier": lines[0] if lines else None,
        "invoice_number": number.group(1) if number else None,
        "date": dateparser.parse(date.group(1), dayfirst=True).date().isoformat() if date else None,
        "total": str(Decimal(total.group(1).replace(",", ""))) if total else None,
    }


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, extract(p))
