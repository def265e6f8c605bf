"""The till's quick-key rows: read in position order, replaced as one layout."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.db.models.quick_keys import QuickKeyRow
from omnipos.domain.quick_keys import QuickKey

__all__ = ["load_layout", "replace_layout"]


def load_layout(session: Session) -> tuple[QuickKey, ...]:
    rows = session.scalars(select(QuickKeyRow).order_by(QuickKeyRow.position))
    return tuple(QuickKey(r.position, r.sku, r.label) for r in rows)


def replace_layout(session: Session, keys: Iterable[QuickKey]) -> None:
    session.execute(delete(QuickKeyRow))
    session.add_all(QuickKeyRow(position=k.position, sku=k.sku, label=k.label) for k in keys)
    session.flush()
