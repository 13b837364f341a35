import json
import queue
import sys

import sounddevice as sd
from vosk import KaldiRecognizer, Model, SetLogLevel

SAMPLE_RATE = 16000
SetLogLevel(-1)
audio_q: "queue.Queue[bytes]" = queue.Queue()


def on_audio(indata, frames, time_info, status):
    if status:
        print(status, file=sys.stderr)
    audio_q.put(bytes(indata))


def run(model_dir="models/vosk-model-small-de-0.15"):
    rec = KaldiRecognizer(Model(model_dir), SAMPLE_RATE)
    rec.SetWords(True)
    with sd.RawInputStream(samplerate=SAMPLE_RATE, blocksize=8000, dtype="int16",
                           channels=1, callback=on_audio):
        print("listening... Ctrl+C to stop")
        while True:
            data = audio_q.get()
            if rec.AcceptWaveform(data):
                text = json.loads(rec.Result()).get("text", "")
                if text:
                    sys.stdout.write(text + " ")
                    sys.stdout.flush()
            else:
                partial = json.loads(rec.PartialResult())["partial"]
                print(f"\r… {partial}", end="", file=sys.stderr)


if __name__ == "__main__":
    try:
        run(*sys.argv[1:2])
    except KeyboardInterrupt:
        print()
