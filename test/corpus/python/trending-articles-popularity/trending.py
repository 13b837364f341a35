"""'Trending now' rail on the home page: identical for every visitor.

Score = views in the last 6 hours with gravity decay (Hacker-News style), recomputed every minute.
"""
import time

import redis
from fastapi import FastAPI

r = redis.Redis(host="cache", decode_responses=True)
app = FastAPI()
GRAVITY = 1.6


def record_view(article_id: str) -> None:
    bucket = int(time.time() // 600)
    r.hincrby(f"views:{bucket}", article_id, 1)
    r.expire(f"views:{bucket}", 7 * 3600)


def recompute(now: float | None = None) -> list[tuple[str, float]]:
    now = now or time.time()
    current = int(now // 600)
    scores: dict[str, float] = {}
    for b in range(current - 36, current + 1):
        age_h = (current - b) / 6 + 0.1
        for article, views in r.hgetall(f"views:{b}").items():
            scores[article] = scores.get(article, 0.0) + int(views) / (age_h + 2) ** GRAVITY
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:20]
    r.delete("trending")
    if top:
        r.zadd("trending", dict(top))
    return top


@app.get("/trending")
def trending(limit: int = 10):
    return r.zrevrange("trending", 0, limit - 1, withscores=True)
