"""Customers as the store knows them: as little as serves them (name, phone, email).

The till and the hub normalise contact details the same way, so a customer
added at one till is found at every other by the phone number as typed,
with or without spaces, dashes or brackets, and by email in any case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from omnipos.domain.errors import ValidationError, message

__all__ = ["Contact", "name_key", "normalize_email", "normalize_phone"]

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s.]{1,63}$")
_PHONE_PUNCT = re.compile(r"[\s().\-/]")


def normalize_phone(text: str) -> str:
    """Digits, with a leading ``+`` kept: ``"(555) 010-2030"`` -> ``"5550102030"``."""
    raw = _PHONE_PUNCT.sub("", (text or "").strip())
    if not raw:
        return ""
    plus, digits = raw.startswith("+"), raw.lstrip("+")
    if not digits.isascii() or not digits.isdigit() or not 4 <= len(digits) <= 15:
        raise ValidationError(message("{text!r} is not a phone number (4 to 15 digits)"),
                              text=text.strip())
    return ("+" if plus else "") + digits


def normalize_email(text: str) -> str:
    value = (text or "").strip().lower()
    if value and not _EMAIL.match(value):
        raise ValidationError(message("{text!r} is not an email address"), text=text.strip())
    return value


def name_key(text: str) -> str:
    """The name as searched: case, accents and repeated spaces ignored ("Zoë  Ng" ~ "zoe ng")."""
    folded = unicodedata.normalize("NFKD", text or "").casefold()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(plain.split())


@dataclass(frozen=True, slots=True)
class Contact:
    """A customer's name and contact details, checked and normalised."""

    name: str
    phone: str = ""
    email: str = ""

    @classmethod
    def parse(cls, name: str, phone: str = "", email: str = "") -> Contact:
        clean = " ".join((name or "").split())
        if not clean:
            raise ValidationError(message("a customer needs a name"))
        if len(clean) > 120:
            raise ValidationError(message("a customer's name is at most 120 characters"))
        contact = cls(clean, normalize_phone(phone), normalize_email(email))
        if not contact.phone and not contact.email:
            raise ValidationError(message("give the customer's phone number or email address"))
        return contact
