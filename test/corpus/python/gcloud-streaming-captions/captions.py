import pyaudio
from google.cloud import speech

RATE = 16000
CHUNK = RATE // 10


def mic_chunks():
    pa = pyaudio.PyAudio()
    stream = pa.open(format=pyaudio.paInt16, channels=1, rate=RATE, input=True, frames_per_buffer=CHUNK)
    try:
        while True:
            yield stream.read(CHUNK, exception_on_overflow=False)
    finally:
        stream.stop_stream()
        stream.close()
        pa.terminate()


def live_captions(lang="en-GB"):
    client = speech.SpeechClient()
    config = speech.RecognitionConfig(
        encoding=speech.RecognitionConfig.AudioEncoding.LINEAR16,
        sample_rate_hertz=RATE,
        language_code=lang,
        enable_automatic_punctuation=True,
        model="latest_long",
    )
    streaming = speech.StreamingRecognitionConfig(config=config, interim_results=True)
    requests = (speech.StreamingRecognizeRequest(audio_content=c) for c in mic_chunks())
    for response in client.streaming_recognize(streaming, requests):
        for result in response.results:
            text = result.alternatives[0].transcript
            if result.is_final:
                print("\r" + text)
            else:
                print("\r" + text, end="", flush=True)


if __name__ == "__main__":
    live_captions()
