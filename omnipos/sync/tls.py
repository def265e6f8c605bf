"""How the till reaches its hub safely: HTTPS with a pinned certificate, or loopback HTTP.

A device token must not cross a store's network in clear. The till accepts a
plain ``http://`` hub address only on this machine (loopback: the demo, the
tests, a hub behind a local reverse proxy) or where an administrator said
``--allow-http`` for a lab, which the till then warns about. Over HTTPS it
trusts the usual certificate authorities, or the private CA given with
``--ca-file``, and at enrollment it pins the SHA-256 of the hub's leaf
certificate: when the hub later shows another certificate the till refuses
to sync and says how to accept the new one (``omnipos sync --accept-certificate``)
or enroll again. The pin is checked right after the TLS handshake, before a
single byte of a request (and so the token) is sent.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import socket
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from omnipos.db.settings import get_setting
from omnipos.domain.errors import Message, UserFacingError, ValidationError, message

__all__ = [
    "ALLOW_HTTP",
    "CA_FILE",
    "CERT_PIN",
    "HUB_URL",
    "CertificateChanged",
    "HubLink",
    "PinningContext",
    "check_hub_url",
    "fingerprint",
    "format_fingerprint",
    "parse_fingerprint",
]

log = logging.getLogger(__name__)

# The till's settings for its hub.
HUB_URL, CA_FILE = "hub.url", "hub.ca_file"
CERT_PIN, ALLOW_HTTP = "hub.cert_sha256", "hub.allow_http"


def fingerprint(der: bytes) -> str:
    """SHA-256 of a certificate (DER), lower-case hex."""
    return hashlib.sha256(der).hexdigest()


def format_fingerprint(value: str) -> str:
    """``ab12…`` as people compare it: ``AB:12:…``."""
    return ":".join(value[i:i + 2] for i in range(0, len(value), 2)).upper()


def parse_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint typed with or without colons, in either case."""
    value = text.replace(":", "").replace(" ", "").strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValidationError(message("{text!r} is not a SHA-256 fingerprint (64 hex digits, "
                                      "colons allowed: AB:12:...)"), text=text)
    return value


class CertificateChanged(ssl.SSLError):
    """The hub showed another certificate than the one pinned at enrollment."""

    def __init__(self, pinned: str, seen: str) -> None:
        super().__init__(f"certificate SHA-256 {format_fingerprint(seen)} is not the pinned "
                         f"{format_fingerprint(pinned)}")
        self.pinned, self.seen = pinned, seen


class PinningContext(ssl.SSLContext):
    """A client TLS context that checks the leaf certificate's SHA-256 after the handshake.

    ``pin`` None records what the hub showed (``seen``), as at enrollment.
    """

    pin: str | None
    seen: str | None

    def wrap_socket(self, sock: socket.socket, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        wrapped = super().wrap_socket(sock, *args, **kwargs)
        der = wrapped.getpeercert(binary_form=True)
        seen = fingerprint(der) if der else ""
        self.seen = seen
        if self.pin is not None and seen != self.pin:
            wrapped.close()
            raise CertificateChanged(self.pin, seen)
        return wrapped


def _context(ca_file: str | None, pin: str | None) -> PinningContext:
    ctx = PinningContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.pin, ctx.seen = pin, None
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ValidationError(message("CA file {file}: {reason}"), file=ca_file,
                                  reason=str(exc)) from exc
    else:
        import certifi

        ctx.load_verify_locations(cafile=certifi.where())
    return ctx


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_hub_url(url: str, *, allow_http: bool = False) -> str:
    """The hub address cleaned up, or a clear refusal of one that would send tokens in clear."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(message("hub address {url!r}: write it as https://HOST:PORT"),
                              url=url)
    if parts.scheme == "http" and not _loopback(parts.hostname) and not allow_http:
        raise ValidationError(message(
            "hub address {url!r} is plain HTTP: this till's device token would cross the "
            "network unencrypted. Use https:// (the hub serves it with --certfile/--keyfile, "
            "or behind a reverse proxy), or say --allow-http for a lab network"), url=url)
    return url


@dataclass(frozen=True)
class HubLink:
    """Where the hub is and how the till trusts it (the till's settings)."""

    url: str
    ca_file: str | None = None
    pin: str | None = None
    allow_http: bool = False

    @classmethod
    def from_settings(cls, session: Session) -> HubLink:
        return cls(str(get_setting(session, HUB_URL) or ""), get_setting(session, CA_FILE),
                   get_setting(session, CERT_PIN), bool(get_setting(session, ALLOW_HTTP, False)))

    @property
    def https(self) -> bool:
        return self.url.startswith("https://")

    def context(self, *, pinned: bool = True) -> PinningContext | None:
        """The TLS context for an https hub (None for loopback or lab http)."""
        if not self.https:
            return None
        return _context(self.ca_file, self.pin if pinned else None)

    @property
    def short(self) -> Message | None:
        """A few words for the status bar, or None."""
        return message("Plain HTTP") if self.notice is not None else None

    @property
    def notice(self) -> UserFacingError | None:
        """What the status bar says about this link (a template and its values), or None."""
        if self.url and not self.https:
            host = urlsplit(self.url).hostname or ""
            if not _loopback(host):
                return UserFacingError(message(
                    "The hub {url} is reached over plain HTTP (--allow-http): the device token "
                    "crosses the network unencrypted."), url=self.url)
        return None

    @property
    def warning(self) -> str | None:
        """The notice in English (``omnipos status``), or None."""
        notice = self.notice
        return str(notice) if notice is not None else None

    def shown_certificate(self, timeout: float = 10.0) -> str:
        """The SHA-256 of the certificate the hub shows now (a TLS handshake, nothing sent)."""
        ctx = self.context(pinned=False)
        if ctx is None:
            raise ValidationError(message("the hub {hub} is not reached over HTTPS"),
                                  hub=self.url)

        parts = urlsplit(self.url)
        host, port = parts.hostname or "", parts.port or 443
        with socket.create_connection((host, port), timeout=timeout) as raw:
            ctx.wrap_socket(raw, server_hostname=host).close()
        return ctx.seen or ""

    def settings(self, pin: str | None) -> dict[str, object]:
        return {HUB_URL: self.url, CA_FILE: self.ca_file, CERT_PIN: pin,
                ALLOW_HTTP: self.allow_http}
