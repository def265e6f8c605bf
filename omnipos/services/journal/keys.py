"""The journal's key: an HMAC key per till database, kept in the keyring, never in the database.

The keyring holds one record per database file (its path names it): the key
and the first entry chained with it; entries before it were written before
the till had a key and are chained with plain SHA-256 (they still verify,
and ``verify`` says which they are). The record is what tells keyed entries
from older ones, so somebody who can write the database but not the keyring
can neither forge the key nor move where keying starts.

The key is made at the first entry a till writes with a usable keyring, and
read once per process. A till without a usable keyring chains without a key
and says so (``omnipos status``, ``journal verify``, the log). A ``--demo``
store chains without a key and never touches the keyring: a demo needs no
keyring (its device token is kept in memory), and a key kept in memory would
leave yesterday's demo journal unverifiable. (A real till's database marked
as a demo by a hand on the file then chains without its key, which ``verify``
reports as broken.)
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import threading
import weakref
from pathlib import Path

from omnipos.db.demo import DEMO_VERSION_KEY
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.domain.journal import ChainKey
from omnipos.sync.errors import KeyringUnavailable
from omnipos.sync.tokens import KeyringTokenStore, TokenStore

__all__ = ["JOURNAL_KEY_SERVICE", "JournalKeys", "journal_keys"]

log = logging.getLogger(__name__)

#: The keyring service the journal keys are kept under (one record per till database).
JOURNAL_KEY_SERVICE = "omnipos-journal-key"


class JournalKeys:
    """Finds (or makes) the key of one database's journal; keeps it for the process."""

    def __init__(self, db_path: Path | None, store: TokenStore | None, reason: str = "") -> None:
        self._name = f"journal:{Path(db_path).resolve()}" if db_path is not None else ""
        self._store = self._given = store
        self._lock = threading.Lock()
        self._key: ChainKey | None = None
        self._looked = False
        #: Why the journal is not keyed ("" while it is, or before anyone asked).
        self.reason = reason if store is None else ""

    @classmethod
    def unkeyed(cls, reason: str) -> JournalKeys:
        """Chain without a key (a demo store), saying why."""
        return cls(None, None, reason)

    def _read(self) -> ChainKey | None:
        assert self._store is not None
        raw = self._store.load(self._name)
        if raw is None:
            return None
        record = json.loads(raw)
        return ChainKey(base64.b64decode(record["key"]), int(record["from_seq"]))

    def _look(self) -> None:
        if self._looked or self._store is None:
            return
        self._looked = True
        try:
            self._store.check()
            self._key = self._read()
        except (KeyringUnavailable, ValueError, KeyError) as exc:
            self._store = None
            self.reason = f"no usable keyring ({exc})"
            log.warning("the journal is chained without a key: %s", self.reason)
        except Exception as exc:  # noqa: BLE001 - a backend's own failure (D-Bus, a lock)
            # Not known to hold no key: making a new one could overwrite the one it holds,
            # and every entry keyed with it would no longer verify.
            self._store = None
            self.reason = f"the keyring failed ({type(exc).__name__}: {exc})"
            log.warning("the journal is chained without a key: %s", self.reason)

    def stored(self) -> ChainKey | None:
        """The key as the keyring holds it (for verifying), or None."""
        with self._lock:
            self._look()
            return self._key

    def for_entry(self, seq: int) -> ChainKey | None:
        """The key to chain entry ``seq`` with; made (from ``seq`` on) when there is none yet."""
        with self._lock:
            self._look()
            if self._key is None and self._store is not None:
                key = ChainKey(secrets.token_bytes(32), seq)
                record = {"key": base64.b64encode(key.secret).decode("ascii"), "from_seq": seq}
                try:
                    self._store.save(self._name, json.dumps(record))
                except KeyringUnavailable as exc:
                    self._store = None
                    self.reason = f"the keyring did not keep the journal key ({exc})"
                    log.warning("the journal is chained without a key: %s", self.reason)
                    return None
                log.info("journal key made; entries from %s on are keyed", seq)
                self._key = key
            return self._key

    def load_in_background(self) -> None:
        """Read the keyring on a thread of its own now (starting a keyring takes most of a
        second), so that the first entry a till writes, a sale, does not wait for it."""
        threading.Thread(target=self.stored, name="journal-key", daemon=True).start()

    def forget(self) -> None:
        """Read the keyring again at the next entry (tests; a keyring that came back)."""
        with self._lock:
            self._looked, self._key = False, None
            if self._given is not None:
                self._store, self.reason = self._given, ""


_KEYS: weakref.WeakKeyDictionary[Database, JournalKeys] = weakref.WeakKeyDictionary()
_KEYS_LOCK = threading.Lock()


def journal_keys(db: Database) -> JournalKeys:
    """The journal keys of ``db``: in the OS keyring (none for a demo store)."""
    with _KEYS_LOCK:
        keys = _KEYS.get(db)
        if keys is None:
            with db.read() as s:
                demo = get_setting(s, DEMO_VERSION_KEY) is not None
            keys = (JournalKeys.unkeyed("a demo store keeps no journal key") if demo
                    else JournalKeys(db.path, KeyringTokenStore(JOURNAL_KEY_SERVICE)))
            _KEYS[db] = keys
        return keys
