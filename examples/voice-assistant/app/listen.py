"""Always-on listener: wake word, then transcribe the command and dispatch it."""
import json
import queue

import pvporcupine
import sounddevice as sd
from vosk import KaldiRecognizer, Model

from .intents import handle_utterance

SAMPLE_RATE = 16000


def run(access_key: str, model_dir: str) -> None:
    porcupine = pvporcupine.create(access_key=access_key, keywords=["jarvis"])
    recognizer = KaldiRecognizer(Model(model_dir), SAMPLE_RATE)
    frames: "queue.Queue[bytes]" = queue.Queue()

    def on_audio(indata, _frames, _time, _status):
        frames.put(bytes(indata))

    with sd.RawInputStream(samplerate=SAMPLE_RATE, blocksize=porcupine.frame_length, dtype="int16", channels=1, callback=on_audio):
        awake = False
        while True:
            chunk = frames.get()
            if not awake:
                pcm = memoryview(chunk).cast("h")
                awake = porcupine.process(pcm) >= 0
                continue
            if recognizer.AcceptWaveform(chunk):
                text = json.loads(recognizer.Result()).get("text", "")
                handle_utterance(text)
                awake = False
