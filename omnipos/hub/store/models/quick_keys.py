"""Each store's quick-key layout: the favourite products on its tills' Sell screen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class QuickKeyLayout(HubBase):
    __tablename__ = "quick_key_layouts"
    store_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    #: [{"position": 1, "sku": "...", "label": "..."}], in position order.
    keys: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(160), default="")
