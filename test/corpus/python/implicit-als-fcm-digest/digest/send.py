import firebase_admin
from firebase_admin import credentials, messaging

from .train import fit

TOP_N = 3


def _tokens_by_user(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT user_id, fcm_token FROM devices WHERE opted_in")
        return dict(cur.fetchall())


def push_personal_digest(conn, titles):
    firebase_admin.initialize_app(credentials.Certificate("/etc/digest/service-account.json"))
    model, user_items, user_ids, item_ids = fit(conn)
    tokens = _tokens_by_user(conn)

    batch = []
    for row, uid in enumerate(user_ids):
        token = tokens.get(uid)
        if not token:
            continue
        ids, _scores = model.recommend(row, user_items[row], N=TOP_N, filter_already_liked_items=True)
        picks = [titles[item_ids[i]] for i in ids]
        batch.append(
            messaging.Message(
                token=token,
                notification=messaging.Notification(title="Picked for you", body=" · ".join(picks)),
                data={"articles": ",".join(str(item_ids[i]) for i in ids)},
            )
        )
        if len(batch) == 500:
            messaging.send_each(batch)
            batch = []
    if batch:
        messaging.send_each(batch)
