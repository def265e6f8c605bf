"""Pulling the hub's feed into the till: each page and its cursor in ONE transaction.

Catalog changes go through ``omnipos.db.catalog.upsert_products`` (the same
path as the CSV import). A 410 means the cursor is too old for the hub: the
till forgets it and takes a snapshot (a pull from the start).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy.orm import Session

from omnipos.db.catalog import ProductRow, upsert_products, upsert_tax_classes
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting, set_settings
from omnipos.db.staff import STAFF_KIND, apply_staff_change
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.schemas import Change, ProductData, StockData, StoreData
from omnipos.sync.state import CURSOR, STOCK_PREFIX, get_state, set_state

log = logging.getLogger(__name__)

DEFAULT_PAGE = 5000

Progress = Callable[[int, bool], None]  # (changes applied so far, more to come)


@dataclass
class PullReport:
    pages: int = 0
    changes: int = 0
    products: int = 0
    snapshot: bool = False


def apply_changes(session: Session, changes: Sequence[Change]) -> int:
    """Apply one page of changes in the caller's transaction; returns products upserted."""
    store_code = get_setting(session, "store.code")
    currency = get_setting(session, "store.currency")
    rows: list[ProductRow] = []
    for change in changes:
        try:
            if change.kind == "store":
                store = StoreData.model_validate(change.data)
                if store.code == store_code or store_code is None:
                    _apply_store(session, store)
                    store_code, currency = store.code, store.currency
            elif change.kind == "product":
                p = ProductData.model_validate(change.data)
                if currency is not None and p.currency != currency:
                    log.warning("product %s priced in %s, store uses %s: skipped",
                                p.sku, p.currency, currency)
                    continue
                rows.append(ProductRow(
                    sku=p.sku, name=p.name, price_minor=p.price_minor, tax_class=p.tax_class,
                    gtins=tuple(p.gtins), brand=p.brand, category=p.category,
                    sold_by=p.sold_by, active=p.active,
                ))
            elif change.kind == "stock":
                st = StockData.model_validate(change.data)
                if st.store == store_code:
                    set_state(session, STOCK_PREFIX + st.sku, {"level": st.level})
            elif change.kind == STAFF_KIND:  # issue 5: staff sign in offline with hashed PINs
                apply_staff_change(session, change.data, datetime.now(UTC))
            # Unknown kinds are skipped: a newer hub may send more than this till knows.
        except ValidationError as exc:
            log.warning("feed change %s %s skipped: %s", change.kind, change.key, exc)
    if rows:
        upsert_products(session, rows)
    return len(rows)


def _apply_store(session: Session, store: StoreData) -> None:
    set_settings(session, {
        "store.code": store.code,
        "store.name": store.name,
        "store.currency": store.currency,
        "store.prices": store.prices,
        "store.rounding": store.rounding,
        "store.cash_step_minor": store.cash_step_minor,
    })
    upsert_tax_classes(session, store.tax_rates)


def pull_all(db: Database, client: HubClient, *, limit: int = DEFAULT_PAGE,
             progress: Progress | None = None) -> PullReport:
    """Pull pages until the hub has no more."""
    report = PullReport()
    while True:
        with db.read() as s:
            cursor = get_state(s, CURSOR)
        try:
            page = client.pull(cursor, limit)
        except SyncError as exc:
            if exc.kind is SyncErrorKind.GONE and cursor:
                log.warning("feed cursor too old for the hub: taking a snapshot")
                with db.transaction() as s:
                    set_state(s, CURSOR, None)
                report.snapshot = True
                continue
            raise
        with db.transaction() as s:
            report.products += apply_changes(s, page.changes)
            set_state(s, CURSOR, page.next_cursor)
        report.pages += 1
        report.changes += len(page.changes)
        if progress is not None:
            progress(report.changes, page.has_more)
        if not page.has_more:
            return report
