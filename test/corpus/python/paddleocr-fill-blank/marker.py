"""填空题自动阅卷：识别扫描答题卡上每个答题框的手写内容，与标准答案比对给分。"""
import json

import cv2
from paddleocr import PaddleOCR
from rapidfuzz.distance import Levenshtein

ocr = PaddleOCR(use_angle_cls=False, lang="ch", rec_model_dir="models/handwriting_rec_v3")


def crop_boxes(sheet_img, layout):
    for q in layout["questions"]:
        x, y, w, h = q["box"]
        yield q["id"], sheet_img[y:y + h, x:x + w]


def recognise(crop):
    result = ocr.ocr(crop, det=False, cls=False)
    if not result or not result[0]:
        return "", 0.0
    text, conf = result[0][0]
    return text.strip(), float(conf)


def mark_sheet(image_path, layout_path, key_path):
    layout = json.load(open(layout_path, encoding="utf-8"))
    key = json.load(open(key_path, encoding="utf-8"))
    img = cv2.imread(image_path)
    marks, review = {}, []
    for qid, crop in crop_boxes(img, layout):
        text, conf = recognise(crop)
        accepted = key[qid]["answers"]
        full = key[qid]["points"]
        if any(Levenshtein.normalized_distance(text, a) == 0 for a in accepted):
            marks[qid] = full
        elif any(Levenshtein.normalized_distance(text, a) <= 0.2 for a in accepted):
            marks[qid] = full / 2
            review.append(qid)
        else:
            marks[qid] = 0
        if conf < 0.6:
            review.append(qid)  # low OCR confidence goes to a human marker
    return {"total": sum(marks.values()), "marks": marks, "needs_review": sorted(set(review))}
