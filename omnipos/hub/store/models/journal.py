"""The last head of each till's electronic journal the hub kept (the anchor of its chain)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class JournalHeadRecord(HubBase):
    """A till's journal head as it last sent it: a deleted tail or an edit below it shows."""

    __tablename__ = "journal_heads"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime]
