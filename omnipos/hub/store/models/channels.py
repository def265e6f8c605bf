"""Sales channels (a web shop, an app, a marketplace) that post orders with a token."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class Channel(HubBase):
    """A channel; its token is shown once and kept only as a hash."""

    __tablename__ = "channels"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
