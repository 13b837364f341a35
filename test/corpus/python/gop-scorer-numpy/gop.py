"""Goodness of Pronunciation (Witt & Young 2000) from frame-level phone posteriors.

Inputs come from our acoustic model: `log_post` (frames x phones) and a forced alignment
[(phone, start_frame, end_frame), ...] of the canonical transcription.
"""
from dataclasses import dataclass

import numpy as np

GOP_THRESHOLD = -2.5  # tuned on the L2-ARCTIC dev split


@dataclass
class PhoneScore:
    phone: str
    gop: float
    best_competitor: str
    mispronounced: bool


def gop_scores(log_post: np.ndarray, alignment, phone_list):
    idx = {p: i for i, p in enumerate(phone_list)}
    out = []
    for phone, s, e in alignment:
        seg = log_post[s:e]
        if len(seg) == 0:
            continue
        canonical = seg[:, idx[phone]].mean()
        best = seg.mean(axis=0)
        competitor = int(best.argmax())
        g = float(canonical - best[competitor])
        out.append(PhoneScore(phone, g, phone_list[competitor], g < GOP_THRESHOLD))
    return out


def utterance_score(scores, scale=(0, 100)):
    """Maps mean GOP to a 0-100 pronunciation score used in the speaking report."""
    if not scores:
        return 0.0
    mean_gop = np.mean([max(s.gop, -8.0) for s in scores])
    lo, hi = scale
    return float(np.clip(hi + mean_gop * (hi - lo) / 8.0, lo, hi))


def feedback(scores):
    bad = [s for s in scores if s.mispronounced]
    return [f"/{s.phone}/ sounded like /{s.best_competitor}/" for s in bad]
