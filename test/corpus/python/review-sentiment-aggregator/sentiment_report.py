"""Weekly product-quality report: share of negative reviews per product and top complaint phrases."""
from collections import Counter

import pandas as pd
from transformers import pipeline

clf = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english", truncation=True)
STOP = {"the", "a", "it", "is", "and", "to", "was", "i", "of", "this", "for", "not"}


def report(reviews_csv: str) -> pd.DataFrame:
    df = pd.read_csv(reviews_csv, usecols=["product_id", "text"])
    preds = clf(df["text"].tolist(), batch_size=32)
    df["negative"] = [p["label"] == "NEGATIVE" for p in preds]
    out = df.groupby("product_id").agg(reviews=("text", "size"), negative_share=("negative", "mean"))
    complaints = {}
    for pid, grp in df[df.negative].groupby("product_id"):
        words = Counter(w for t in grp.text for w in t.lower().split() if w.isalpha() and w not in STOP)
        complaints[pid] = ", ".join(w for w, _ in words.most_common(5))
    out["top_complaint_words"] = out.index.map(complaints).fillna("")
    return out.sort_values("negative_share", ascending=False)


if __name__ == "__main__":
    print(report("reviews_last_week.csv").head(20).to_string())
