"""People who may sign in on this till, and failed sign-ins / lock-outs.

PINs are stored only as salted scrypt hashes (``omnipos.domain.pins``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["LoginLock", "StaffMember"]


class StaffMember(Base):
    """A person who may sign in on this till: from the hub feed or added locally."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    number: Mapped[str] = mapped_column(String(20), unique=True)  # employee number
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(12))  # cashier | associate | manager | admin
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    active: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(10), default="local")  # local | hub
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class LoginLock(Base):
    """Failed sign-ins per subject (``staff:<id>`` or ``till``) and any lock-out."""

    __tablename__ = "login_locks"
    subject: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(default=None)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
