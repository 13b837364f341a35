"""Encrypts a research-data export so it can sit in the shared bucket.

Bundle layout: b"RDX1" | rsa_len(2) | RSA-OAEP(session key) | nonce(16) | tag(16) | AES-EAX ciphertext
"""
import struct
import sys

from Crypto.Cipher import AES, PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes


def encrypt_bundle(data: bytes, recipient_pem: bytes) -> bytes:
    session_key = get_random_bytes(32)
    wrapped = PKCS1_OAEP.new(RSA.import_key(recipient_pem)).encrypt(session_key)
    cipher = AES.new(session_key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(data)
    return b"RDX1" + struct.pack(">H", len(wrapped)) + wrapped + cipher.nonce + tag + ct


def decrypt_bundle(blob: bytes, private_pem: bytes, passphrase: str | None = None) -> bytes:
    if blob[:4] != b"RDX1":
        raise ValueError("not an RDX1 bundle")
    (n,) = struct.unpack(">H", blob[4:6])
    wrapped, rest = blob[6:6 + n], blob[6 + n:]
    key = PKCS1_OAEP.new(RSA.import_key(private_pem, passphrase=passphrase)).decrypt(wrapped)
    nonce, tag, ct = rest[:16], rest[16:32], rest[32:]
    return AES.new(key, AES.MODE_EAX, nonce=nonce).decrypt_and_verify(ct, tag)


if __name__ == "__main__":
    src, pem, dst = sys.argv[1:4]
    with open(src, "rb") as f, open(pem, "rb") as k:
        out = encrypt_bundle(f.read(), k.read())
    with open(dst, "wb") as f:
        f.write(out)
