"""Grades scanned multiple-choice answer sheets (50 questions, options A-E)."""
import csv
import sys

import cv2
import imutils
import numpy as np
from imutils import contours as ctr
from imutils.perspective import four_point_transform

OPTIONS = "ABCDE"
FILL_RATIO = 0.45


def find_page(gray):
    edged = cv2.Canny(cv2.GaussianBlur(gray, (5, 5), 0), 75, 200)
    cnts = imutils.grab_contours(cv2.findContours(edged, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE))
    for c in sorted(cnts, key=cv2.contourArea, reverse=True):
        approx = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True)
        if len(approx) == 4:
            return four_point_transform(gray, approx.reshape(4, 2))
    raise ValueError("answer sheet border not found")


def read_answers(path):
    gray = cv2.cvtColor(cv2.imread(path), cv2.COLOR_BGR2GRAY)
    page = find_page(gray)
    thresh = cv2.threshold(page, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    cnts = imutils.grab_contours(cv2.findContours(thresh.copy(), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE))
    bubbles = [c for c in cnts if 18 <= cv2.boundingRect(c)[2] <= 40 and 0.8 <= cv2.boundingRect(c)[2] / cv2.boundingRect(c)[3] <= 1.2]
    bubbles = ctr.sort_contours(bubbles, method="top-to-bottom")[0]
    answers = []
    for q, i in enumerate(range(0, len(bubbles), len(OPTIONS))):
        row = ctr.sort_contours(bubbles[i:i + len(OPTIONS)])[0]
        filled = []
        for j, c in enumerate(row):
            mask = np.zeros(thresh.shape, dtype="uint8")
            cv2.drawContours(mask, [c], -1, 255, -1)
            ratio = cv2.countNonZero(cv2.bitwise_and(thresh, thresh, mask=mask)) / cv2.countNonZero(mask)
            if ratio > FILL_RATIO:
                filled.append(OPTIONS[j])
        answers.append(filled[0] if len(filled) == 1 else None)  # blank or double-marked
    return answers


def grade(path, key):
    answers = read_answers(path)
    correct = sum(1 for a, k in zip(answers, key) if a == k)
    return correct, len(key), answers


if __name__ == "__main__":
    key = list(open(sys.argv[1]).read().strip())
    w = csv.writer(sys.stdout)
    for sheet in sys.argv[2:]:
        score, total, _ = grade(sheet, key)
        w.writerow([sheet, score, total, round(100 * score / total, 1)])
