"""Sends each user a push with their personal top picks."""
from firebase_admin import messaging

from .train import top_items_for


def push_daily_picks(model, user_items, users):
    for user in users:
        picks = top_items_for(model, user.index, user_items, n=3)
        if not picks:
            continue
        message = messaging.Message(
            token=user.device_token,
            notification=messaging.Notification(title="Picked for you", body=f"{len(picks)} new items"),
            data={"items": ",".join(str(item) for item, _ in picks)},
        )
        messaging.send(message)
