"""Reads handwritten final answers from scanned arithmetic worksheets and marks them."""
import json
import sys

import sympy
from PIL import Image
from transformers import TrOCRProcessor, VisionEncoderDecoderModel

processor = TrOCRProcessor.from_pretrained("microsoft/trocr-base-handwritten")
model = VisionEncoderDecoderModel.from_pretrained("microsoft/trocr-base-handwritten")


def read_box(img: Image.Image, box) -> str:
    crop = img.crop(box).convert("RGB")
    pixel_values = processor(images=crop, return_tensors="pt").pixel_values
    ids = model.generate(pixel_values, max_new_tokens=16)
    return processor.batch_decode(ids, skip_special_tokens=True)[0].strip()


def equivalent(student: str, expected: str) -> bool:
    try:
        return sympy.simplify(sympy.sympify(student.replace("x", "*")) - sympy.sympify(expected)) == 0
    except (sympy.SympifyError, TypeError):
        return student.replace(" ", "") == expected.replace(" ", "")


def mark(scan_path: str, template_path: str) -> dict:
    tpl = json.load(open(template_path))
    img = Image.open(scan_path)
    per_q = {}
    for q in tpl["questions"]:
        written = read_box(img, tuple(q["answer_box"]))
        per_q[q["id"]] = {"read": written, "correct": equivalent(written, q["answer"])}
    score = sum(1 for v in per_q.values() if v["correct"])
    return {"score": score, "out_of": len(per_q), "questions": per_q}


if __name__ == "__main__":
    print(json.dumps(mark(sys.argv[1], sys.argv[2]), indent=1))
