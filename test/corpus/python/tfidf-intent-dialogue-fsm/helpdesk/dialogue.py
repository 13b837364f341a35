"""Small dialogue manager: a state machine over intents, one conversation per chat session."""
from dataclasses import dataclass, field

from .nlu import IntentClassifier

nlu = IntentClassifier()


@dataclass
class Conversation:
    state: str = "start"
    slots: dict = field(default_factory=dict)
    turns: list = field(default_factory=list)


def step(conv: Conversation, user_text: str) -> str:
    intent, conf = nlu.predict(user_text)
    conv.turns.append((user_text, intent, conf))

    if conv.state == "start":
        if intent == "reset_password":
            conv.state = "confirm_reset"
            return "I can send a reset link to your work email. Shall I?"
        if intent == "hardware_issue":
            conv.state = "ask_asset_tag"
            return "Sorry about that. What's the asset tag on the device?"
        if intent == "access_request":
            conv.state = "ask_resource"
            return "Which system do you need access to?"
        return "I can help with passwords, hardware and access requests."

    if conv.state == "confirm_reset":
        conv.state = "start"
        return "Done, check your inbox." if intent == "affirm" else "Okay, I won't send anything."

    if conv.state == "ask_asset_tag":
        conv.slots["asset_tag"] = user_text.strip().upper()
        conv.state = "start"
        return f"Ticket opened for {conv.slots['asset_tag']}. A technician will contact you."

    if conv.state == "ask_resource":
        conv.slots["resource"] = user_text.strip()
        conv.state = "start"
        return f"Request for {conv.slots['resource']} sent to your manager for approval."

    conv.state = "start"
    return "Let's start over."
