"""Staff PINs: rules, and a salted slow hash (scrypt) with constant-time checks.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt b64>$<key b64>``: the cost
parameters travel with it, so a hash made on the hub (or with cheaper test
parameters) verifies anywhere. No PIN is ever logged or stored in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
from dataclasses import dataclass

from omnipos.domain.errors import ValidationError, message

__all__ = ["FAST_FOR_TESTS", "PinHasher", "check_pin_rules", "hash_pin", "verify_pin"]

PIN_MIN = 4
PIN_MAX = 8
_SALT_BYTES = 16
_KEY_BYTES = 32
_SCHEME = "scrypt"


def check_pin_rules(pin: str) -> str:
    """Return ``pin`` if it is 4 to 8 digits and not trivially guessable; else raise.

    Trivial means one repeated digit (``1111``) or a straight run up or down
    (``1234``, ``9876``).
    """
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise ValidationError(message("a PIN is digits only"))
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ValidationError(message("a PIN has {PIN_MIN} to {PIN_MAX} digits"),
                              PIN_MIN=PIN_MIN, PIN_MAX=PIN_MAX)
    if len(set(pin)) == 1:
        raise ValidationError(message("a PIN may not repeat one digit"))
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {-1}):
        raise ValidationError(message("a PIN may not be a run like 1234"))
    return pin


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True, slots=True)
class PinHasher:
    """scrypt cost parameters; the default costs about 0.1 s per hash on a till."""

    n: int = 2**14
    r: int = 8
    p: int = 1

    def hash(self, pin: str, *, salt: bytes | None = None) -> str:
        """A new salted hash of ``pin`` (a fresh random salt unless one is given)."""
        salt = os.urandom(_SALT_BYTES) if salt is None else salt
        key = _derive(pin, salt, self.n, self.r, self.p)
        return f"{_SCHEME}${self.n}${self.r}${self.p}${_b64(salt)}${_b64(key)}"


#: Cheap parameters for tests only; hashes made with them still verify normally.
FAST_FOR_TESTS = PinHasher(n=2**4, r=1, p=1)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES, maxmem=128 * 1024 * 1024
    )


def hash_pin(pin: str, hasher: PinHasher | None = None) -> str:
    """Hash ``pin`` with a fresh salt (rules are the caller's business)."""
    return (hasher or PinHasher()).hash(pin)


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; the comparison takes constant time.

    A malformed stored value never matches (and never raises).
    """
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(key_b64, validate=True)
        key = _derive(pin, salt, int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(key, expected)
