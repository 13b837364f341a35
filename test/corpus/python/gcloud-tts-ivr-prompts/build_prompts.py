"""Regenerates the phone menu prompts whenever prompts.yaml changes (run in CI)."""
from pathlib import Path

import yaml
from google.cloud import texttospeech as tts

client = tts.TextToSpeechClient()
AUDIO = tts.AudioConfig(audio_encoding=tts.AudioEncoding.MULAW, sample_rate_hertz=8000, speaking_rate=0.95)


def synth(ssml: str, voice_name: str, lang: str) -> bytes:
    voice = tts.VoiceSelectionParams(language_code=lang, name=voice_name)
    resp = client.synthesize_speech(input=tts.SynthesisInput(ssml=ssml), voice=voice, audio_config=AUDIO)
    return resp.audio_content


def main(spec="prompts.yaml", out_dir="build/prompts"):
    cfg = yaml.safe_load(Path(spec).read_text())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for lang, block in cfg["languages"].items():
        for key, text in block["prompts"].items():
            ssml = f"<speak>{text}<break time='300ms'/></speak>"
            (out / f"{lang}_{key}.ulaw").write_bytes(synth(ssml, block["voice"], lang))
            print("built", lang, key)


if __name__ == "__main__":
    main()
