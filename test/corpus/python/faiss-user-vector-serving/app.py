import faiss
import numpy as np
from fastapi import FastAPI, HTTPException

app = FastAPI(title="candidate-retrieval")

ITEM_VECS = np.load("/models/item_vectors.npy").astype("float32")
ITEM_IDS = np.load("/models/item_ids.npy")
USER_VECS = np.load("/models/user_vectors.npy", mmap_mode="r")
USER_ROW = {int(u): i for i, u in enumerate(np.load("/models/user_ids.npy"))}

faiss.normalize_L2(ITEM_VECS)
index = faiss.IndexHNSWFlat(ITEM_VECS.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
index.hnsw.efSearch = 128
index.add(ITEM_VECS)


@app.get("/users/{user_id}/candidates")
def candidates(user_id: int, k: int = 200):
    row = USER_ROW.get(user_id)
    if row is None:
        raise HTTPException(404, "cold-start user, fall back to editorial feed")
    q = np.array(USER_VECS[row], dtype="float32")[None, :]
    faiss.normalize_L2(q)
    scores, idx = index.search(q, k)
    return [{"item": int(ITEM_IDS[i]), "score": float(s)} for s, i in zip(scores[0], idx[0]) if i >= 0]
