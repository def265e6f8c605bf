"""Sales channels: a web shop, an app or a marketplace posting orders with a token.

``add_channel`` returns the token once; the hub keeps only its SHA-256, like
till tokens. A revoked channel's token matches nothing (401).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.hub.admin.credentials import hash_secret, new_token
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Channel

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$")
#: Channel tokens start with this, so one pasted in the wrong place is recognisable.
TOKEN_PREFIX = "ch_"


@dataclass(frozen=True)
class ChannelIdentity:
    id: str
    name: str


def add_channel(db: HubDB, name: str) -> tuple[dict[str, Any], str]:
    """A new channel and its token (shown once); a name in use is refused."""
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationError(f"channel name {name!r}: 1-60 letters, digits, ' ', '.', '_', '-'")
    token = TOKEN_PREFIX + new_token()
    with db.transaction() as s:
        if s.scalar(select(Channel.id).where(Channel.name == name)) is not None:
            raise ValidationError(f"channel {name!r} exists; revoke it first to issue a new token")
        channel = Channel(id=str(uuid.uuid4()), name=name, token_hash=hash_secret(token),
                          created_at=datetime.now(UTC))
        s.add(channel)
        s.flush()
        return _data(channel), token


def store_channel(s: Session, store_code: str) -> ChannelIdentity:
    """The channel a store's tills take endless-aisle orders through (made on first use).

    It has no token anyone holds: its orders come through the tills' own sync."""
    name = f"store {store_code}"
    channel = s.scalar(select(Channel).where(Channel.name == name))
    if channel is None:
        channel = Channel(id=str(uuid.uuid4()), name=name,
                          token_hash=hash_secret(TOKEN_PREFIX + new_token()),
                          created_at=datetime.now(UTC))
        s.add(channel)
        s.flush()
    return ChannelIdentity(channel.id, channel.name)


def _data(channel: Channel) -> dict[str, Any]:
    return {"id": channel.id, "name": channel.name, "created_at": channel.created_at.isoformat(),
            "revoked_at": channel.revoked_at.isoformat() if channel.revoked_at else None}


def list_channels(db: HubDB) -> list[dict[str, Any]]:
    with db.read() as s:
        return [_data(c) for c in s.scalars(select(Channel).order_by(Channel.name))]


def revoke_channel(db: HubDB, name: str) -> dict[str, Any]:
    """Stop a channel's token working; its orders stay. The name can be added again."""
    with db.transaction() as s:
        channel = s.scalar(select(Channel).where(Channel.name == name,
                                                 Channel.revoked_at.is_(None)))
        if channel is None:
            raise NotFoundError(f"no active channel {name!r}")
        channel.revoked_at = datetime.now(UTC)
        # Free the name for a new channel; the old row keeps its orders.
        channel.name = f"{name[:23]} (revoked {channel.id[:8]})"[:60]
        return _data(channel)


def authenticate(db: HubDB, token: str) -> ChannelIdentity | None:
    """The active channel behind ``token``, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with db.read() as s:
        row = s.execute(select(Channel.id, Channel.name).where(
            Channel.token_hash == hash_secret(token), Channel.revoked_at.is_(None))).first()
    return None if row is None else ChannelIdentity(row.id, row.name)


def channel_for_cli(db: HubDB, name: str) -> ChannelIdentity:
    """The active channel ``name`` for orders typed in at the command line; made on first use
    (with a token nobody is shown: the command line needs none)."""
    with db.transaction() as s:
        row = s.scalar(select(Channel).where(Channel.name == name, Channel.revoked_at.is_(None)))
        if row is None:
            if not _NAME.match(name):
                raise ValidationError(f"channel name {name!r}: 1-60 letters, digits, ' ', '.', "
                                      "'_', '-'")
            row = Channel(id=str(uuid.uuid4()), name=name,
                          token_hash=hash_secret(TOKEN_PREFIX + new_token()),
                          created_at=datetime.now(UTC))
            s.add(row)
            s.flush()
        return ChannelIdentity(row.id, row.name)
