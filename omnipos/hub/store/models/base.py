"""The declarative base every hub table shares (one metadata, one naming convention).

Money is integer minor units; stock quantities are stored as integer
thousandths (``*_milli``) so that sums are exact on SQLite and PostgreSQL
alike, and travel as decimal strings on the wire.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, MetaData
from sqlalchemy.orm import DeclarativeBase

from omnipos.sqltypes import NAMING_CONVENTION, UTCDateTime


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: UTCDateTime}
