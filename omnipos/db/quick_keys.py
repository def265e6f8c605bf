"""The till's quick-key rows: read in position order, replaced as one layout."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.db.models.quick_keys import QuickKeyRow
from omnipos.domain.quick_keys import QuickKey

__all__ = ["load_layout", "replace_layout"]

_KEY = QuickKeyRow.__table__.c


def load_layout(session: Session) -> tuple[QuickKey, ...]:
    # On the table: the Sell screen's grid is read before the window shows, when the ORM's
    # mappers are not configured yet (TillServices.warm_up does that once it shows).
    rows = session.execute(select(_KEY.position, _KEY.sku, _KEY.label).order_by(_KEY.position))
    return tuple(QuickKey(position, sku, label) for position, sku, label in rows)


def replace_layout(session: Session, keys: Iterable[QuickKey]) -> None:
    session.execute(delete(QuickKeyRow))
    session.add_all(QuickKeyRow(position=k.position, sku=k.sku, label=k.label) for k in keys)
    session.flush()
