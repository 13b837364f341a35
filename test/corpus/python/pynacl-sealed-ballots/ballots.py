"""Board elections: ballots are sealed to the returning officer's key when cast and only
opened in bulk after voting closes."""
from nacl.encoding import Base64Encoder
from nacl.public import PrivateKey, PublicKey, SealedBox


def officer_keypair():
    sk = PrivateKey.generate()
    return sk, sk.public_key


def cast(choice: str, officer_pub_b64: bytes) -> bytes:
    box = SealedBox(PublicKey(officer_pub_b64, encoder=Base64Encoder))
    return box.encrypt(choice.encode("utf-8"), encoder=Base64Encoder)


def tally(sealed_ballots, officer_sk: PrivateKey) -> dict[str, int]:
    opener = SealedBox(officer_sk)
    counts: dict[str, int] = {}
    for b in sealed_ballots:
        choice = opener.decrypt(b, encoder=Base64Encoder).decode("utf-8")
        counts[choice] = counts.get(choice, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
