"""The electronic journal's hash chain: tampering with any entry shows.

Each entry is encoded canonically (JSON, sorted keys, no spaces, UTF-8) and
its hash is taken over the previous entry's hash and that encoding: an
HMAC-SHA256 with the till's journal key, so that nobody without the key can
edit an entry and hash the rest again, or plain SHA-256 for entries written
before the till had a key (and on a till with no keyring).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainKey:
    """A till's journal key and the first entry chained with it (earlier ones are not)."""

    secret: bytes
    from_seq: int

    def covers(self, seq: int) -> bool:
        return seq >= self.from_seq


def canonical(entry: dict[str, Any]) -> bytes:
    """The one byte encoding of an entry that its hash covers."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev_hash: str, canonical_bytes: bytes, key: bytes | None = None) -> str:
    """Hex HMAC-SHA256 (with ``key``) or SHA-256 (without) of the previous hash and this entry."""
    data = prev_hash.encode("ascii") + canonical_bytes
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def entry_body(
    seq: int, entry_id: str, occurred_at: str, kind: str, actor: str, payload: dict[str, Any]
) -> dict[str, Any]:
    """The fields of a journal entry that the hash covers."""
    return {
        "seq": seq,
        "entry_id": entry_id,
        "occurred_at": occurred_at,
        "kind": kind,
        "actor": actor,
        "payload": payload,
    }
