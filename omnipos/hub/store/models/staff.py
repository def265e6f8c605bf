"""Staff of each store (PINs only as hashes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class HubStaff(HubBase):
    """A staff member of one store; PIN kept only as a salted scrypt hash."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, same on the tills
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(12))
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    __table_args__ = (UniqueConstraint("store_code", "number", name="uq_staff_store_number"),)
