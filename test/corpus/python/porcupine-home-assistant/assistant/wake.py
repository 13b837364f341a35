import os

import pvporcupine
from pvrecorder import PvRecorder


class WakeListener:
    """Blocks until the custom 'hey marvin' keyword is spoken."""

    def __init__(self, keyword_path="resources/hey-marvin_en_raspberry-pi.ppn", device_index=-1):
        self.porcupine = pvporcupine.create(
            access_key=os.environ.get("PICOVOICE_ACCESS_KEY", "YOUR_ACCESS_KEY_HERE"),
            keyword_paths=[keyword_path],
            sensitivities=[0.6],
        )
        self.recorder = PvRecorder(frame_length=self.porcupine.frame_length, device_index=device_index)

    def wait(self):
        self.recorder.start()
        try:
            while True:
                if self.porcupine.process(self.recorder.read()) >= 0:
                    return
        finally:
            self.recorder.stop()

    def close(self):
        self.recorder.delete()
        self.porcupine.delete()
