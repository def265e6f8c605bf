"""Device tokens live only in the OS keyring (or in memory for a ``--demo`` till).

The backend is the OS default or the one an administrator names with
keyring's standard ``PYTHON_KEYRING_BACKEND``. OmniPOS never picks a
plain-text store by itself and never falls back to a file; what a backend is
(and whether it keeps secrets in plain text) is decided in ``keyrings.py``.
"""

from __future__ import annotations

import logging
from typing import Protocol

from omnipos.domain.errors import message
from omnipos.sync.errors import KeyringUnavailable
from omnipos.sync.keyrings import active_keyring, describe_keyring

log = logging.getLogger(__name__)

SERVICE = "omnipos-hub-token"


class TokenStore(Protocol):
    def check(self) -> None: ...
    def load(self, device_id: str) -> str | None: ...
    def save(self, device_id: str, token: str) -> None: ...
    def delete(self, device_id: str) -> None: ...


class KeyringTokenStore:
    """The OS keyring, through ``keyring``: secrets of one ``service`` (device tokens by
    default; the journal keys are another service)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def check(self) -> None:
        info = describe_keyring()
        unusable = not info.allowed
        if info.allowed and info.plaintext:
            log.warning("%s", info.warning)
        if not unusable:
            # A backend can look fine and still fail (no D-Bus session, locked store):
            # prove it works before the one-time code is spent.
            try:
                ring = active_keyring()
                ring.set_password(self.service, "probe", "probe")
                ring.delete_password(self.service, "probe")
            except Exception as exc:  # noqa: BLE001 - any backend failure means unusable
                log.warning("keyring backend %s failed a probe: %s", info.backend, exc)
                unusable = True
        if unusable:
            reason = info.warning if not info.allowed else message("it failed a probe")
            raise KeyringUnavailable(message(
                "no usable keyring backend ({backend}: {reason}); secrets are only ever kept in "
                "the OS keyring. Start a desktop keyring (e.g. GNOME Keyring / KWallet) or name "
                "one with PYTHON_KEYRING_BACKEND, then try again"), backend=info.backend,
                reason=reason)

    def load(self, device_id: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            return active_keyring().get_password(self.service, device_id)
        except KeyringError as exc:
            raise KeyringUnavailable(message("keyring: {reason}"), reason=str(exc)) from exc

    def save(self, device_id: str, token: str) -> None:
        from keyring.errors import KeyringError

        try:
            active_keyring().set_password(self.service, device_id, token)
        except KeyringError as exc:
            raise KeyringUnavailable(message("keyring could not store the secret: {reason}"),
                                     reason=str(exc)) from exc

        log.info("%s stored in the keyring for %s", self.service, device_id)

    def delete(self, device_id: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            active_keyring().delete_password(self.service, device_id)
        except (PasswordDeleteError, KeyringError):
            pass


class MemoryTokenStore:
    """For a ``--demo`` till and tests: the throw-away token dies with the process."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def check(self) -> None:
        return None

    def load(self, device_id: str) -> str | None:
        return self._tokens.get(device_id)

    def save(self, device_id: str, token: str) -> None:
        self._tokens[device_id] = token

    def delete(self, device_id: str) -> None:
        self._tokens.pop(device_id, None)
