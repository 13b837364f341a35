"""Device -> collector telemetry channel over plain UDP.

Each boot: ephemeral X25519 with the collector's static key, HKDF to a ChaCha20-Poly1305 key.
"""
import os
import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class UplinkChannel:
    def __init__(self, collector_pub_raw: bytes, device_id: bytes):
        self._eph = X25519PrivateKey.generate()
        shared = self._eph.exchange(X25519PublicKey.from_public_bytes(collector_pub_raw))
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=device_id, info=b"uplink v3").derive(shared)
        self._aead = ChaCha20Poly1305(key)
        self._prefix = os.urandom(4)
        self._seq = 0
        self.device_id = device_id

    @property
    def hello(self) -> bytes:
        return self._eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def seal(self, reading: bytes) -> bytes:
        self._seq += 1
        nonce = self._prefix + struct.pack(">Q", self._seq)
        return nonce + self._aead.encrypt(nonce, reading, self.device_id)


def open_packet(aead: ChaCha20Poly1305, packet: bytes, device_id: bytes) -> bytes:
    nonce, body = packet[:12], packet[12:]
    return aead.decrypt(nonce, body, device_id)
