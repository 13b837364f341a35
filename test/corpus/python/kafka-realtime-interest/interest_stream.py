"""Consumes the app's click/dwell stream and keeps a decayed per-user tag profile.

The feed service reads `profile:{uid}` on every request, so a user's taste shifts within seconds.
"""
import json
import math
import time

import redis
from confluent_kafka import Consumer

HALF_LIFE_S = 6 * 3600
EVENT_GAIN = {"click": 1.0, "like": 3.0, "share": 4.0, "skip": -0.5}

store = redis.Redis(host="profile-redis", decode_responses=True)


def decay(weight, last_ts, now):
    return weight * math.pow(0.5, (now - last_ts) / HALF_LIFE_S)


def apply_event(evt):
    uid, tags, kind = evt["uid"], evt["item_tags"], evt["type"]
    gain = EVENT_GAIN.get(kind, 0.0)
    if evt.get("dwell_ms", 0) > 15000:
        gain += 1.0
    key = f"profile:{uid}"
    now = time.time()
    prof = json.loads(store.get(key) or "{}")
    for tag in tags:
        w, ts = prof.get(tag, (0.0, now))
        prof[tag] = (decay(w, ts, now) + gain, now)
    # keep the 64 strongest interests only
    top = dict(sorted(prof.items(), key=lambda kv: -kv[1][0])[:64])
    store.set(key, json.dumps(top))


def run():
    c = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "interest-profiler",
                  "auto.offset.reset": "latest"})
    c.subscribe(["feed.user-actions"])
    while True:
        msg = c.poll(0.5)
        if msg is None or msg.error():
            continue
        apply_event(json.loads(msg.value()))


if __name__ == "__main__":
    run()
