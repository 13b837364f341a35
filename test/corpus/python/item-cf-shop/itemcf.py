import json

import numpy as np
import redis
from scipy.sparse import csr_matrix
from sklearn.preprocessing import normalize

r = redis.Redis(host="cache", port=6379)


def item_similarity(purchases, n_users, n_items):
    rows, cols = zip(*purchases)
    m = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_users, n_items))
    cols_norm = normalize(m, axis=0)
    sim = (cols_norm.T @ cols_norm).tocsr()
    sim.setdiag(0)
    sim.eliminate_zeros()
    return m, sim


def also_bought_for_user(m, sim, user, k=20):
    history = m.getrow(user)
    scores = (history @ sim).toarray().ravel()
    scores[history.indices] = 0
    best = np.argsort(-scores)[:k]
    return [int(i) for i in best if scores[i] > 0]


def refresh_user_shelves(purchases, n_users, n_items):
    m, sim = item_similarity(purchases, n_users, n_items)
    pipe = r.pipeline()
    for u in range(n_users):
        pipe.set(f"shelf:{u}", json.dumps(also_bought_for_user(m, sim, u)), ex=86400)
    pipe.execute()
