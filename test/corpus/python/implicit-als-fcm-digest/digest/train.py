"""Nightly job: fit an ALS model on the last 30 days of article clicks."""
import logging
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import scipy.sparse as sp
from implicit.als import AlternatingLeastSquares

log = logging.getLogger(__name__)

CLICK_WEIGHT = 1.0
READ_TO_END_WEIGHT = 4.0


def load_interactions(conn, days=30):
    since = datetime.utcnow() - timedelta(days=days)
    df = pd.read_sql(
        "SELECT user_id, article_id, event FROM reader_events WHERE ts >= %s",
        conn,
        params=(since,),
    )
    df["w"] = np.where(df.event == "read_complete", READ_TO_END_WEIGHT, CLICK_WEIGHT)
    return df.groupby(["user_id", "article_id"], as_index=False)["w"].sum()


def build_matrix(df):
    users = df.user_id.astype("category")
    items = df.article_id.astype("category")
    mat = sp.csr_matrix(
        (df.w.astype(np.float32), (users.cat.codes, items.cat.codes)),
        shape=(len(users.cat.categories), len(items.cat.categories)),
    )
    return mat, list(users.cat.categories), list(items.cat.categories)


def fit(conn, factors=64, iterations=20):
    df = load_interactions(conn)
    user_items, user_ids, item_ids = build_matrix(df)
    model = AlternatingLeastSquares(factors=factors, regularization=0.05, iterations=iterations)
    model.fit(user_items)
    log.info("ALS fitted on %d users x %d articles", *user_items.shape)
    return model, user_items, user_ids, item_ids
