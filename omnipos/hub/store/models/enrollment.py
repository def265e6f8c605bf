"""Enrollment: one-time codes, the tills enrolled with them, wrong-code counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class EnrollmentCode(HubBase):
    """One-time, short-lived codes; only a hash is kept."""

    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class EnrolledTill(HubBase):
    """A till enrolled at the hub; the wire (and so the table) calls it a device."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"), index=True)
    till_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    #: The device_seq after which the till numbers its events in this epoch (0 in the
    #: first; a restored till says where it resumes; None: from the first one received).
    seq_base: Mapped[int | None] = mapped_column(BigInteger, default=0)
    #: Every device_seq from ``seq_base`` + 1 up to this one is at the hub (applied,
    #: rejected or quarantined): what the hub acknowledges.
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (UniqueConstraint("store_code", "till_code", name="uq_devices_store_till"),)


class EnrollAttempt(HubBase):
    """Wrong enrollment codes per client address, to slow down guessing."""

    __tablename__ = "enroll_attempts"
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime]
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)
