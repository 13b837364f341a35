"""Nightly training of the item recommender from the click stream."""
import numpy as np
import pandas as pd
import scipy.sparse as sparse
from implicit.als import AlternatingLeastSquares

FACTORS = 64


def build_user_item_matrix(clicks: pd.DataFrame) -> sparse.csr_matrix:
    users = clicks["user_id"].astype("category")
    items = clicks["item_id"].astype("category")
    weights = np.log1p(clicks["dwell_seconds"].to_numpy())
    return sparse.csr_matrix((weights, (users.cat.codes, items.cat.codes)))


def train(clicks: pd.DataFrame) -> AlternatingLeastSquares:
    user_items = build_user_item_matrix(clicks)
    model = AlternatingLeastSquares(factors=FACTORS, regularization=0.05, iterations=20)
    model.fit(user_items)
    return model


def top_items_for(model: AlternatingLeastSquares, user_index: int, user_items, n: int = 10):
    item_ids, scores = model.recommend(user_index, user_items[user_index], N=n)
    return list(zip(item_ids.tolist(), scores.tolist()))
