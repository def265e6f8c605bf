"""Routing rules in the order they run, and the GeoNames postcode table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class RoutingRule(HubBase):
    __tablename__ = "routing_rules"
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(120))
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)  # domain.routing.Rule.to_dict()


class Postcode(HubBase):
    """One postal code's place and coordinates, from a GeoNames postal-code file."""

    __tablename__ = "postcodes"
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    postcode: Mapped[str] = mapped_column(String(20), primary_key=True)
    place: Mapped[str] = mapped_column(String(180), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
