"""讯飞语音评测 (ISE) 客户端：口语考试朗读题自动评分。"""
import base64
import hashlib
import hmac
import json
import ssl
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import urlencode

import websocket

HOST = "ise-api.xfyun.cn"
PATH = "/v2/open-ise"


def signed_url(api_key: str, api_secret: str) -> str:
    date = format_datetime(datetime.now(timezone.utc), usegmt=True)
    origin = f"host: {HOST}\ndate: {date}\nGET {PATH} HTTP/1.1"
    sig = base64.b64encode(hmac.new(api_secret.encode(), origin.encode(), hashlib.sha256).digest()).decode()
    auth = f'api_key="{api_key}", algorithm="hmac-sha256", headers="host date request-line", signature="{sig}"'
    return f"wss://{HOST}{PATH}?" + urlencode({
        "authorization": base64.b64encode(auth.encode()).decode(), "date": date, "host": HOST})


def evaluate(app_id, api_key, api_secret, pcm: bytes, ref_text: str, category="read_sentence", lang="en_us"):
    ws = websocket.create_connection(signed_url(api_key, api_secret), sslopt={"cert_reqs": ssl.CERT_REQUIRED})
    ws.send(json.dumps({
        "common": {"app_id": app_id},
        "business": {"category": category, "sub": "ise", "ent": lang, "cmd": "ssb", "auf": "audio/L16;rate=16000",
                     "aue": "raw", "text": "\ufeff" + ref_text, "ttp_skip": True, "rstcd": "utf8"},
        "data": {"status": 0},
    }))
    step = 1280
    for i in range(0, len(pcm), step):
        last = i + step >= len(pcm)
        ws.send(json.dumps({
            "business": {"cmd": "auw", "aus": 4 if last else (1 if i == 0 else 2)},
            "data": {"status": 2 if last else 1, "data": base64.b64encode(pcm[i:i + step]).decode()},
        }))
    while True:
        msg = json.loads(ws.recv())
        if msg["code"] != 0:
            raise RuntimeError(msg["message"])
        if msg["data"]["status"] == 2:
            ws.close()
            return parse_scores(base64.b64decode(msg["data"]["data"]).decode("utf-8"))


def parse_scores(xml_text: str) -> dict:
    root = ET.fromstring(xml_text)
    node = root.find(".//read_chapter") or root.find(".//read_sentence")
    return {k: float(node.get(k, 0)) for k in ("total_score", "accuracy_score", "fluency_score", "integrity_score")}
