from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP 2024 baseline for argon2id.
_ph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32, salt_len=16)


def hash_password(plain: str) -> str:
    if len(plain) < 12:
        raise ValueError("password must be at least 12 characters")
    return _ph.hash(plain)


def verify_and_upgrade(user, plain: str, session) -> bool:
    try:
        _ph.verify(user.password_hash, plain)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if _ph.check_needs_rehash(user.password_hash):
        user.password_hash = _ph.hash(plain)
        session.add(user)
    return True
