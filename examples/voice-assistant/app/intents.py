"""Maps a transcribed utterance to an intent and keeps the dialogue state between turns."""
import re

INTENT_PATTERNS = {
    "set_timer": re.compile(r"\b(set|start) (a )?timer\b"),
    "weather": re.compile(r"\bweather\b"),
}

dialogue_state = {"pending_slot": None}


def classify_intent(utterance: str) -> str:
    for intent, pattern in INTENT_PATTERNS.items():
        if pattern.search(utterance):
            return intent
    return "fallback"


def handle_utterance(utterance: str) -> str:
    intent = classify_intent(utterance.lower())
    if intent == "set_timer":
        dialogue_state["pending_slot"] = "duration"
        return "For how long?"
    return "Sorry, I did not get that."
