from typing import Any, Dict, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

MENU = {"margherita", "pepperoni", "funghi", "hawaii"}


class ValidatePizzaForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_pizza_form"

    def validate_pizza_type(self, slot_value: Any, dispatcher: CollectingDispatcher,
                            tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if slot_value and slot_value.lower() in MENU:
            return {"pizza_type": slot_value.lower()}
        dispatcher.utter_message(text=f"We have {', '.join(sorted(MENU))}.")
        return {"pizza_type": None}


class ActionSubmitOrder(Action):
    def name(self) -> Text:
        return "action_submit_order"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        size = tracker.get_slot("pizza_size")
        kind = tracker.get_slot("pizza_type")
        dispatcher.utter_message(text=f"One {size} {kind} coming up!")
        return []
