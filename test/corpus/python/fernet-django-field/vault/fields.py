from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


def _fernet() -> MultiFernet:
    keys = getattr(settings, "FIELD_ENCRYPTION_KEYS", None)
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS must list at least one Fernet key")
    return MultiFernet([Fernet(k) for k in keys])


class EncryptedTextField(models.TextField):
    """Stores text Fernet-encrypted (AES-128-CBC + HMAC). Old keys stay readable via MultiFernet."""

    def get_prep_value(self, value):
        if value is None:
            return None
        return _fernet().encrypt(str(value).encode()).decode()

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        try:
            return _fernet().decrypt(value.encode()).decode()
        except InvalidToken as exc:
            raise ValueError(f"{self.model.__name__}.{self.name}: cannot decrypt stored value") from exc

    def to_python(self, value):
        return value


def rotate_all(model, field_name):
    """Re-encrypts every row under the newest key (run after adding a key to settings)."""
    count = 0
    for obj in model.objects.all().iterator():
        # saving runs get_prep_value, which encrypts with the first (newest) key
        obj.save(update_fields=[field_name])
        count += 1
    return count
