"""Pushed events: every one the hub acknowledged, and those it quarantined."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class EventRecord(HubBase):
    """Every event the hub acknowledged, kept forever; unique on event id."""

    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: SHA-256 of what the event says (type, schema version, moment, payload): an id
    #: pushed again with other content is told apart from a harmless resend.
    content_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))  # applied | rejected
    error: Mapped[str | None] = mapped_column(Text, default=None)
    current_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    __table_args__ = (
        UniqueConstraint("device_id", "epoch", "device_seq", name="uq_events_device_epoch_seq"),
    )


class QuarantinedEvent(HubBase):
    """Events the hub found invalid: kept for central inspection, never applied.

    The same event (till, id, content) quarantined again is stored once.
    """

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    __table_args__ = (
        UniqueConstraint("device_id", "event_id", "content_hash",
                         name="uq_quarantine_device_event_content"),
        # Quarantined events count as received when the hub looks for gaps.
        Index("ix_quarantine_device_epoch_seq", "device_id", "epoch", "device_seq"),
    )
