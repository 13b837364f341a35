import json
import re
import struct

import paho.mqtt.publish as publish
from pvrecorder import PvRecorder
from vosk import KaldiRecognizer, Model

from .wake import WakeListener

ROOMS = ("kitchen", "living room", "bedroom", "office")
INTENTS = [
    (re.compile(r"\b(turn|switch) (on|off) (the )?(?P<room>[a-z ]+?) lights?\b"), "lights"),
    (re.compile(r"\bset (the )?(?P<room>[a-z ]+?) to (?P<temp>\d+) degrees\b"), "thermostat"),
]


def understand(text):
    for pattern, intent in INTENTS:
        m = pattern.search(text)
        if m:
            slots = {k: v for k, v in m.groupdict().items() if v}
            if slots.get("room") in ROOMS:
                slots["state"] = "on" if " on " in f" {text} " else "off"
                return intent, slots
    return None, {}


def listen_command(rec, recorder, max_frames=200):
    recorder.start()
    try:
        for _ in range(max_frames):
            pcm = recorder.read()
            if rec.AcceptWaveform(struct.pack("h" * len(pcm), *pcm)):
                return json.loads(rec.Result())["text"]
        return json.loads(rec.FinalResult())["text"]
    finally:
        recorder.stop()


def main():
    wake = WakeListener()
    model = Model("models/vosk-model-small-en-us-0.15")
    recorder = PvRecorder(frame_length=512)
    while True:
        wake.wait()
        rec = KaldiRecognizer(model, 16000)
        text = listen_command(rec, recorder)
        intent, slots = understand(text)
        if intent:
            publish.single(f"home/{intent}/{slots['room'].replace(' ', '_')}", json.dumps(slots), hostname="hub.local")


if __name__ == "__main__":
    main()
