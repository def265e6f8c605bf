"""The electronic journal's hash chain: tampering with any entry shows.

Each entry is encoded canonically (JSON, sorted keys, no spaces, UTF-8) and
its hash is SHA-256 over the previous entry's hash and that encoding.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64


def canonical(entry: dict[str, Any]) -> bytes:
    """The one byte encoding of an entry that its hash covers."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev_hash: str, canonical_bytes: bytes) -> str:
    """SHA-256 hex of the previous hash followed by this entry's canonical bytes."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_bytes).hexdigest()


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
