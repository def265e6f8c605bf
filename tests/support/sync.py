"""Pytest fixtures and helpers for sync tests: an in-memory keyring, a live hub, tills."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from omnipos.db.engine import Database, open_database
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.server import RunningHub, serve_in_thread
from omnipos.hub.store.db import HubDB, open_hub_db

__all__ = [
    "CATALOG",
    "LiveHub",
    "MemoryKeyring",
    "live_hub",
    "memory_keyring",
    "new_till_db",
    "queue_sales",
    "sell",
    "start_live_hub",
]

# sku, name, gtin-13, price, tax class
CATALOG = [
    ("A", "Apple juice", "4006381333931", 199, "STD"),
    ("B", "Bread", "036000291452", 250, "RED"),
    ("C", "Cheese", "96385074", 475, "STD"),
]


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory, standing in for the OS keyring in tests.

    ``unusable = True`` makes it fail like a keyring whose daemon is gone.
    """

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}
        self.unusable = False

    def _reachable(self) -> None:
        if self.unusable:
            raise KeyringError("the keyring daemon is not running")

    def get_password(self, service: str, username: str) -> str | None:
        self._reachable()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._reachable()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._reachable()
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


@dataclass
class LiveHub:
    db: HubDB
    url: str
    running: RunningHub | None
    db_url: str

    def code(self, store: str = "S1") -> str:
        return enrollment.make_enrollment_code(self.db, store)

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None

    def start(self) -> None:
        """(Re)start on the same port."""
        if self.running is None:
            port = int(self.url.rsplit(":", 1)[1])
            self.running = serve_in_thread(self.db, port=port)


def start_live_hub(db_url: str) -> LiveHub:
    db = open_hub_db(db_url)
    for code, name in (("S1", "Main St"), ("S2", "Harbour")):
        stores.add_store(db, code, name=name, currency="USD", prices="exclusive",
                         taxes=["STD=0.0825", "RED=0.02"])
    upsert_lines(db, [CatalogLine(sku, name, (gtin.zfill(14),), price, tax)
                      for sku, name, gtin, price, tax in CATALOG], "USD")
    running = serve_in_thread(db)
    return LiveHub(db=db, url=running.url, running=running, db_url=db_url)


@pytest.fixture
def live_hub(tmp_path: Path) -> Iterator[LiveHub]:
    hub = start_live_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        yield hub
    finally:
        hub.stop()
        hub.db.close()


_names = itertools.count(1)


def new_till_db(tmp_path: Path, name: str | None = None) -> Database:
    return open_database(tmp_path / f"{name or f'till{next(_names)}'}.sqlite3")


def sell(db: Database, items: list[tuple[str, Any]], *, clock: Any = None,
         actor: Any = None) -> Any:
    """Complete a cash sale of (sku, qty) items on the till; returns SaleCompleted.

    A till with no shift open opens one first, with an empty drawer (selling needs one).
    ``actor``: who sells, in a store with staff (the demo's cashier...).
    """
    from omnipos.domain.shifts import CashCount
    from omnipos.services.selling import CheckoutService
    from omnipos.services.shifts import ShiftService

    kwargs = {"clock": clock} if clock is not None else {}
    svc = CheckoutService(db, **kwargs)
    if svc.shift_needed():
        ShiftService(db, **kwargs).open(CashCount(svc.store.currency), actor=actor)
    cart = svc.new_cart()
    for sku, qty in items:
        svc.add_sku(cart, sku, qty)
    payment = svc.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    return svc.complete_sale(cart, payment, actor=actor)


def fixed_clock(when: datetime) -> Any:
    return lambda: when


def queue_sales(db: Database, count: int, *, sku: str = "A", price_minor: int = 199,
                qty: str = "1", per_txn: int = 500, clock: Any = None) -> list[str]:
    """Queue ``count`` sale.completed events fast (for load tests): outbox + stock rows only.

    The payload is built through the contract's model; the sale rows themselves
    are not written, which the sync engine never reads. Returns the receipt numbers.
    """
    import uuid
    from datetime import UTC
    from datetime import datetime as dt
    from decimal import Decimal

    from omnipos.db.counters import RECEIPT_COUNTER, next_value
    from omnipos.db.models import StockMovement
    from omnipos.db.settings import get_setting
    from omnipos.domain.tax import compute, line_amount
    from omnipos.services.profile import load_store_profile
    from omnipos.sync.events import SaleCompletedPayload
    from omnipos.sync.outbox import enqueue

    receipts: list[str] = []
    with db.read() as s:
        policy = load_store_profile(s).policy
        tax_class = next(iter(sorted(policy.rates)))
        store = str(get_setting(s, "store.code"))
        till = str(get_setting(s, "till.code"))
        currency = str(get_setting(s, "store.currency", "USD"))
    done = 0
    while done < count:
        with db.transaction() as s:
            for _ in range(min(per_txn, count - done)):
                now = clock() if clock is not None else dt.now(UTC)
                seq = next_value(s, RECEIPT_COUNTER)
                receipt = f"{store}-{till}-{seq:06d}"
                event_id = str(uuid.uuid4())
                total = line_amount(price_minor, Decimal(qty), currency)
                tax_minor = compute([(total, tax_class)], policy).tax_total
                payload = SaleCompletedPayload.model_validate({
                    "sale_id": str(uuid.uuid4()), "receipt_no": receipt, "store_code": store,
                    "till_code": till, "currency": currency, "created_at": now.isoformat(),
                    "cashier": "load", "subtotal_minor": total, "discount_minor": 0,
                    "tax_minor": tax_minor, "total_minor": total + tax_minor,
                    "rounding_minor": 0, "change_minor": 0,
                    "lines": [{"line_no": 1, "sku": sku, "gtin": "", "name": sku, "qty": qty,
                               "unit_price_minor": price_minor, "discount_minor": 0,
                               "total_minor": total, "tax_class": tax_class,
                               "tax_minor": tax_minor}],
                    "taxes": [], "tenders": [{"kind": "cash", "amount_minor": total + tax_minor,
                                              "tendered_minor": total + tax_minor,
                                              "change_minor": 0,
                                              "approval_code": "", "card_last4": ""}],
                    "stock": [{"sku": sku, "delta": f"-{qty}"}],
                })
                s.add(StockMovement(event_id=event_id, line=1, sku=sku, delta=f"-{qty}",
                                    reason="sale", occurred_at=now))
                enqueue(s, payload, now, event_id=event_id)
                receipts.append(receipt)
                done += 1
    return receipts
