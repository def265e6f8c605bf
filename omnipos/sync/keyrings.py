"""What the active keyring backend is: usable or not, encrypted or plain text, and who chose it.

Decided by what the backend object is, never by its class name: the
``keyring`` package's fail and null backends store nothing; a chain of
backends is as good as its members; the file backends of ``keyrings.alt``
whose ``encrypt`` is ``PlaintextKeyring``'s (that class and anything built
on it) keep secrets as plain text. A plain-text store is allowed only when an
administrator named exactly that backend with ``PYTHON_KEYRING_BACKEND``, and
then the till says so plainly (status bar, ``omnipos status``, the log).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from omnipos.domain.errors import Message, UserFacingError, message

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = ["ENV_BACKEND", "KeyringInfo", "active_keyring", "describe_keyring"]

log = logging.getLogger(__name__)

#: keyring's own setting by which an administrator names the backend.
ENV_BACKEND = "PYTHON_KEYRING_BACKEND"


@dataclass(frozen=True)
class KeyringInfo:
    backend: str  # module.Class of the active backend
    usable: bool  # it can keep a secret at all (fail and null backends cannot)
    plaintext: bool  # it keeps secrets unencrypted
    named: bool  # an administrator named this very backend with PYTHON_KEYRING_BACKEND

    @property
    def allowed(self) -> bool:
        """OmniPOS keeps secrets here: a usable backend, plain text only when named."""
        return self.usable and (not self.plaintext or self.named)

    @property
    def short(self) -> Message | None:
        """A few words for the status bar, or None."""
        return message("Keyring unencrypted") if self.plaintext and self.allowed else None

    @property
    def notice(self) -> UserFacingError | None:
        """What the till must say about this backend (a template and its values), or None."""
        if not self.usable:
            return UserFacingError(message("No usable keyring ({backend}): secrets cannot be "
                                           "kept on this till."), backend=self.backend)
        if self.plaintext and self.named:
            return UserFacingError(message(
                "The keyring ({backend}) keeps secrets UNENCRYPTED in a file: anyone who can "
                "read that file has this till's device token. Name an encrypted keyring with "
                "{setting}."), backend=self.backend, setting=ENV_BACKEND)
        if self.plaintext:
            return UserFacingError(message(
                "The keyring ({backend}) keeps secrets unencrypted; OmniPOS uses such a "
                "keyring only when an administrator names it with {setting}."),
                backend=self.backend, setting=ENV_BACKEND)
        return None

    @property
    def warning(self) -> str | None:
        """The notice in English (``omnipos status``, the log), or None."""
        notice = self.notice
        return str(notice) if notice is not None else None

def _path(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _members(backend: Any) -> list[Any]:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        return [m for b in backend.backends for m in _members(b)]
    return [backend]


def _stores_nothing(backend: object) -> bool:
    from keyring.backends import fail, null

    return isinstance(backend, fail.Keyring | null.Keyring)


def _keeps_plaintext(backend: object) -> bool:
    try:
        from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]
        from keyrings.alt.file_base import Keyring as FileKeyring  # type: ignore[import-untyped]
    except ImportError:  # keyrings.alt not installed: none of its file backends can be active
        return False
    if isinstance(backend, PlaintextKeyring):
        return True
    # A file backend of keyrings.alt is plain text when it encrypts the way PlaintextKeyring
    # does (it returns the password as given), whatever the class is called.
    return isinstance(backend, FileKeyring) and type(backend).encrypt is PlaintextKeyring.encrypt


_detecting = threading.Lock()


def active_keyring() -> KeyringBackend:
    """The keyring backend in use. The first call finds the installed backends, which the
    ``keyring`` package does without a lock: two threads at it at once broke it ("Set changed
    size during iteration") when the journal key and the sync status both looked at start."""
    import keyring

    with _detecting:
        return keyring.get_keyring()


def describe_keyring(backend: object | None = None) -> KeyringInfo:
    """What the active keyring backend (or ``backend``) is."""
    if backend is None:
        backend = active_keyring()
    members = _members(backend)
    usable = any(not _stores_nothing(m) for m in members)
    plaintext = any(_keeps_plaintext(m) for m in members)
    named = os.environ.get(ENV_BACKEND, "").strip() in {_path(m) for m in [backend, *members]}
    return KeyringInfo(_path(backend), usable, plaintext, named)
