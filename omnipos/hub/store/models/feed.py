"""The pull feed's tables: its state row and the changes, in server sequence."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class FeedState(HubBase):
    """One row: the last change sequence handed out, the compaction horizon, the feed's id."""

    __tablename__ = "feed_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    horizon: Mapped[int] = mapped_column(BigInteger, default=0)
    feed_id: Mapped[str] = mapped_column(String(36))


class FeedChange(HubBase):
    """The pull feed: ordered by a server sequence, never by a till clock."""

    __tablename__ = "feed_changes"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(100))
    store_code: Mapped[str | None] = mapped_column(String(20), default=None)  # None: every store
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (Index("ix_feed_changes_kind_key", "kind", "key"),)
