from collections import defaultdict

import pandas as pd
from surprise import SVD, Dataset, Reader, accuracy
from surprise.model_selection import train_test_split


def load(path="ratings.csv"):
    df = pd.read_csv(path, usecols=["member", "isbn", "stars"])
    return Dataset.load_from_df(df, Reader(rating_scale=(1, 5)))


def fit_and_report(data):
    trainset, testset = train_test_split(data, test_size=0.15)
    algo = SVD(n_factors=50, n_epochs=25, biased=True)
    algo.fit(trainset)
    accuracy.rmse(algo.test(testset))
    return algo, trainset


def next_reads(algo, trainset, n=5):
    anti = trainset.build_anti_testset()
    preds = algo.test(anti)
    per_member = defaultdict(list)
    for p in preds:
        per_member[p.uid].append((p.est, p.iid))
    return {m: [isbn for _, isbn in sorted(v, reverse=True)[:n]] for m, v in per_member.items()}


if __name__ == "__main__":
    algo, ts = fit_and_report(load())
    for member, books in list(next_reads(algo, ts).items())[:10]:
        print(member, books)
