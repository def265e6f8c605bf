"""The declarative base every till model shares (one metadata, one naming convention).

Money columns are integer minor units (``*_minor``); quantities and rates are
decimal strings, so nothing passes through a float. Every business row
written on the till carries a client-generated UUID (text, 36 chars).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, MetaData
from sqlalchemy.orm import DeclarativeBase

from omnipos.sqltypes import NAMING_CONVENTION, UTCDateTime

__all__ = ["Base"]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: UTCDateTime}
