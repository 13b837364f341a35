"""Museum kiosk: visitor asks a question out loud, kiosk answers out loud."""
import os

import azure.cognitiveservices.speech as speechsdk

from faq import best_answer

cfg = speechsdk.SpeechConfig(subscription=os.environ["SPEECH_KEY"], region=os.environ.get("SPEECH_REGION", "westeurope"))
cfg.speech_recognition_language = "en-US"
cfg.speech_synthesis_voice_name = "en-US-JennyNeural"

recognizer = speechsdk.SpeechRecognizer(speech_config=cfg, audio_config=speechsdk.audio.AudioConfig(use_default_microphone=True))
synthesizer = speechsdk.SpeechSynthesizer(speech_config=cfg, audio_config=speechsdk.audio.AudioOutputConfig(use_default_speaker=True))


def say(text: str) -> None:
    ssml = (
        '<speak version="1.0" xml:lang="en-US"><voice name="en-US-JennyNeural">'
        f'<prosody rate="-5%">{text}</prosody></voice></speak>'
    )
    result = synthesizer.speak_ssml_async(ssml).get()
    if result.reason != speechsdk.ResultReason.SynthesizingAudioCompleted:
        print("tts failed:", result.cancellation_details.error_details)


def loop():
    say("Hello! Ask me anything about the exhibition.")
    while True:
        heard = recognizer.recognize_once_async().get()
        if heard.reason == speechsdk.ResultReason.RecognizedSpeech:
            say(best_answer(heard.text))
        elif heard.reason == speechsdk.ResultReason.NoMatch:
            say("Sorry, I didn't catch that.")


if __name__ == "__main__":
    loop()
