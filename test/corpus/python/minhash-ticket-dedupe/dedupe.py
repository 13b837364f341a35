"""Flags support tickets that are near-duplicates of an open ticket, so agents can merge them."""
import re

from datasketch import MinHash, MinHashLSH

lsh = MinHashLSH(threshold=0.75, num_perm=128)
_signatures: dict[str, MinHash] = {}


def shingles(text: str, k: int = 4):
    t = re.sub(r"\s+", " ", text.lower())
    return {t[i:i + k] for i in range(max(len(t) - k + 1, 1))}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=128)
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return m


def add_ticket(ticket_id: str, subject: str, body: str) -> list[str]:
    sig = signature(f"{subject}\n{body}")
    dupes = lsh.query(sig)
    lsh.insert(ticket_id, sig)
    _signatures[ticket_id] = sig
    return [d for d in dupes if d != ticket_id]


def close_ticket(ticket_id: str) -> None:
    if ticket_id in _signatures:
        lsh.remove(ticket_id)
        del _signatures[ticket_id]
