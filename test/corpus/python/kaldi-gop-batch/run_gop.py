"""Batch-scores a speaking-test sitting with Kaldi's compute-gop (egs/gop_speechocean762 recipe)."""
import subprocess
from pathlib import Path

import kaldiio
import numpy as np
import pandas as pd

KALDI = Path("/opt/kaldi/src")
MODEL = Path("exp/chain/tdnn_1a")


def run(cmd: str):
    subprocess.run(["bash", "-c", f"set -euo pipefail; {cmd}"], check=True)


def compute_gop(data_dir: Path, ali_dir: Path, out_dir: Path):
    out_dir.mkdir(parents=True, exist_ok=True)
    run(f"{KALDI}/nnet3bin/nnet3-compute --use-gpu=no {MODEL}/final.mdl "
        f"scp:{data_dir}/feats.scp ark:- | "
        f"{KALDI}/bin/compute-gop --phone-map=data/lang/phone-to-pure-phone.int "
        f"{MODEL}/final.mdl ark:{ali_dir}/ali-phone.1 ark:- "
        f"ark,scp:{out_dir}/gop.ark,{out_dir}/gop.scp ark,scp:{out_dir}/feat.ark,{out_dir}/feat.scp")


def candidate_report(out_dir: Path, pure_phones: dict[int, str]) -> pd.DataFrame:
    rows = []
    for utt, gop in kaldiio.load_scp(str(out_dir / "gop.scp")).items():
        gop = np.asarray(gop)
        weak = [pure_phones.get(int(p), "?") for p, g in gop if g < -3.0]
        rows.append({"utt": utt, "candidate": utt.split("_")[0], "mean_gop": float(gop[:, 1].mean()),
                     "weak_phones": " ".join(weak)})
    df = pd.DataFrame(rows)
    per = df.groupby("candidate")["mean_gop"].mean()
    band = pd.cut(per, bins=[-99, -4, -2.5, -1.5, 0.1], labels=["A1", "A2", "B1", "B2"])
    return per.to_frame("mean_gop").assign(band=band)


if __name__ == "__main__":
    compute_gop(Path("data/sitting_2024_06"), Path("exp/ali_sitting_2024_06"), Path("exp/gop_sitting_2024_06"))
