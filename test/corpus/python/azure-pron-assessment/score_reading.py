"""Scores a learner's read-aloud recording against the passage they were asked to read."""
import json
import os
import sys

import azure.cognitiveservices.speech as speechsdk


def assess(wav_path: str, reference_text: str, locale: str = "en-US") -> dict:
    speech_config = speechsdk.SpeechConfig(subscription=os.environ["AZURE_SPEECH_KEY"],
                                           region=os.environ.get("AZURE_SPEECH_REGION", "eastus"))
    audio = speechsdk.audio.AudioConfig(filename=wav_path)
    pa_config = speechsdk.PronunciationAssessmentConfig(
        reference_text=reference_text,
        grading_system=speechsdk.PronunciationAssessmentGradingSystem.HundredMark,
        granularity=speechsdk.PronunciationAssessmentGranularity.Phoneme,
        enable_miscue=True,
    )
    pa_config.enable_prosody_assessment()
    recognizer = speechsdk.SpeechRecognizer(speech_config=speech_config, language=locale, audio_config=audio)
    pa_config.apply_to(recognizer)
    result = recognizer.recognize_once_async().get()
    pa = speechsdk.PronunciationAssessmentResult(result)
    detail = json.loads(result.properties.get(speechsdk.PropertyId.SpeechServiceResponse_JsonResult))
    mispronounced = [
        w["Word"] for w in detail["NBest"][0]["Words"]
        if w["PronunciationAssessment"].get("ErrorType") == "Mispronunciation"
    ]
    return {
        "accuracy": pa.accuracy_score,
        "fluency": pa.fluency_score,
        "completeness": pa.completeness_score,
        "prosody": pa.prosody_score,
        "overall": pa.pronunciation_score,
        "mispronounced": mispronounced,
    }


if __name__ == "__main__":
    print(json.dumps(assess(sys.argv[1], sys.argv[2]), indent=2))
