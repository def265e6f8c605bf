"""The demo wiring of ``omnipos --demo``: an embedded hub and the till enrolled with it.

The hub is a real one on 127.0.0.1 in a thread; this module is the one place
that joins the hub, the till's database and the sync client, so that neither
the hub nor the till imports the other.

``start_embedded_hub(data_dir)`` seeds (once) three demo stores with the demo
catalog and some stock, a sale made at Demo North and a mail return of it
addressed to the demo store (an RMA its Parcels screen can take in), pickup
orders for the demo store in every state, and serves them on a free port. ``demo_enroll``
enrolls the demo till with it, keeping the throw-away token in memory only,
and returns a sync worker ready to ``start()``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path

from sqlalchemy import func, select

from omnipos.db.catalog import ProductRow
from omnipos.db.demo import DEMO_SETTINGS, DEMO_TAX_RATES, generate_catalog
from omnipos.db.engine import Database
from omnipos.domain import tax
from omnipos.domain.quantities import to_milli
from omnipos.domain.quick_keys import QuickKey
from omnipos.hub.admin import channels, enrollment, stores
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.events.apply import apply_event
from omnipos.hub.feed import append_changes
from omnipos.hub.orders import changes, intake, noshow
from omnipos.hub.orders.requests import OrderRequest
from omnipos.hub.quick_keys import set_layout
from omnipos.hub.returns.requests import RmaRequest
from omnipos.hub.returns.rmas import create_rma
from omnipos.hub.server import serve_in_thread
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB, open_hub_db
from omnipos.hub.store.models import Fulfilment, Rma, Store
from omnipos.sync.enroll import Enrollment, enroll
from omnipos.sync.events import SCHEMA_VERSION, EventType, SaleCompletedPayload
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.wire import Event
from omnipos.sync.worker import SyncWorker

log = logging.getLogger(__name__)

DEMO_STORES = [
    (str(DEMO_SETTINGS["store.code"]), str(DEMO_SETTINGS["store.name"])),
    ("DEMO-N", "OmniPOS Demo North"),
    ("DEMO-S", "OmniPOS Demo South"),
]
DEMO_STOCKED = 200  # the first products get a starting level in every store
#: Where the demo stores stand (Portland, Seattle, San Francisco): routing needs a place.
DEMO_PLACES = {"DEMO": ("45.5231", "-122.6765"), "DEMO-N": ("47.6062", "-122.3321"),
               "DEMO-S": ("37.7749", "-122.4194")}
DEMO_CHANNEL = "demo-web"
#: The demo seeds pickups as if a till of the demo store had worked on them (not enrolled:
#: the demo till itself is T01).
_SEED_TILL = TillIdentity(id="demo-seed", store_code=str(DEMO_SETTINGS["store.code"]),
                          till_code="SEED", epoch=1)



def hub_path(data_dir: Path) -> Path:
    return Path(data_dir) / "hub" / "hub.sqlite3"


def seed_demo_hub(db: HubDB) -> bool:
    """Three stores, the demo catalog and starting stock; a no-op once done."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Store)):
            return False
    taxes = [f"{k}={v}" for k, v in DEMO_TAX_RATES.items()]
    for code, name in DEMO_STORES:
        lat, lon = DEMO_PLACES[code]
        stores.add_store(db, code, name=name, currency=str(DEMO_SETTINGS["store.currency"]),
                         prices=str(DEMO_SETTINGS["store.prices"]), taxes=taxes, lat=lat,
                         lon=lon, node=stores.NodeOptions(handling_cost_minor=200,
                                                          ship_rate_minor_per_km=1))
    rows = list(generate_catalog())
    upsert_lines(db, (CatalogLine(r.sku, r.name, tuple(r.gtins), r.price_minor, r.tax_class,
                                  r.brand, r.category, r.sold_by) for r in rows),
                 str(DEMO_SETTINGS["store.currency"]))
    with db.transaction() as s:
        deltas = [
            ledger.Delta("demo-opening-stock", i, code, row.sku,
                         to_milli("25" if row.sold_by == "weight" else "40"), "import")
            for i, (code, row) in enumerate(
                ((code, row) for code, _ in DEMO_STORES for row in rows[:DEMO_STOCKED]), start=1)
        ]
        append_changes(s, ledger.record(s, deltas))
    seed_demo_orders(db, [r for r in rows[:DEMO_STOCKED] if r.sold_by == "unit"],
                     [r for r in rows[DEMO_STOCKED:] if r.sold_by == "unit"])
    favourites = [r for r in rows[:DEMO_STOCKED] if r.sold_by == "unit"][:8]
    with db.transaction() as s:  # the Sell screen's quick keys, as a manager would set them
        for code, _name in DEMO_STORES:
            set_layout(s, code, [QuickKey(n, r.sku, "") for n, r in
                                 enumerate(favourites, start=1)], by="demo")
    log.info("demo hub seeded: %d stores, %d products", len(DEMO_STORES), len(rows))
    return True


def _demo_order(number: str, lines: list[tuple[ProductRow, int]], *, paid: bool = True,
                ship: bool = False, minutes_ago: int = 0) -> OrderRequest:
    placed = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    store = str(DEMO_SETTINGS["store.code"])
    lat, lon = DEMO_PLACES[store]
    fulfilment: dict[str, object] = {"type": "pickup", "store": store}
    if ship:  # to an address next door: the demo store ships it (ship-from-store)
        fulfilment = {"type": "ship", "address": {
            "line1": "200 SW Market St", "city": "Portland", "postcode": "97201",
            "country": "US", "lat": float(lat), "lon": float(lon)}}
    return OrderRequest.model_validate({
        "channel_order_id": number, "placed_at": placed.isoformat(),
        "promised_by": (placed + timedelta(hours=4)).isoformat(),
        "customer": {"name": f"Demo customer {number[-4:]}", "phone": "+1 503 555 0100"},
        "currency": str(DEMO_SETTINGS["store.currency"]), "paid": paid,
        "fulfilment": fulfilment,
        "lines": [{"sku": row.sku, "quantity": str(qty), "unit_price_minor": row.price_minor}
                  for row, qty in lines],
    })


def seed_demo_orders(db: HubDB, stocked: list[ProductRow], elsewhere: list[ProductRow]) -> None:
    """Pickup orders for the demo store in every state, moved there through the same event
    handlers a till's events go through."""
    channel = channels.channel_for_cli(db, DEMO_CHANNEL)
    store = str(DEMO_SETTINGS["store.code"])
    seq = iter(range(1, 1000))

    def push(type_: EventType, pickup_id: str, **payload: object) -> None:
        with db.read() as s:
            version = s.get(Fulfilment, pickup_id).version  # type: ignore[union-attr]
        body = {"pickup_id": pickup_id, "version": version, "store_code": store,
                "staff": "Demo associate", **payload}
        result = apply_event(db, _SEED_TILL, Event(
            event_id=uuid.uuid4(), type=type_.value, schema_version=SCHEMA_VERSION,
            device_seq=next(seq), occurred_at=datetime.now(UTC), payload=body))
        if result.status != "applied":
            log.warning("demo order seeding: %s %s", type_, result.error)

    def place(number: str, steps: tuple[EventType, ...], lines: list[tuple[ProductRow, int]],
              **kw: object) -> str:
        answer, _ = intake.place_order(db, channel, _demo_order(number, lines, **kw))  # type: ignore[arg-type]
        with db.read() as s:
            pickup_id = s.scalars(select(Fulfilment.id).where(
                Fulfilment.order_id == answer["order_id"], Fulfilment.node_code == store)).first()
        for step in steps:
            extra: dict[str, object] = {}
            if step is EventType.PICKUP_HANDED_OVER:
                extra = {"till_code": "SEED", "handed_over_at": datetime.now(UTC).isoformat(),
                         "verification": "code"}
            push(step, str(pickup_id), **extra)
        return str(answer["order_id"])

    a, b, c = stocked[10], stocked[11], stocked[12]
    ready = (EventType.PICKUP_ACCEPTED, EventType.PICKUP_READY)
    place("DEMO-1001", (), [(a, 1), (b, 2)], minutes_ago=5)
    place("DEMO-1002", (EventType.PICKUP_ACCEPTED,), [(c, 1)], minutes_ago=25)
    place("DEMO-1003", (EventType.PICKUP_ACCEPTED, EventType.PICKUP_PICKING), [(a, 1), (c, 1)],
          minutes_ago=50)
    place("DEMO-1007", ready, [(b, 1)], minutes_ago=60 * 24 * 9)
    # Only DEMO-1007 is ready yet: a month on, it is a no-show.
    noshow.tick(db, datetime.now(UTC) + timedelta(days=30))
    place("DEMO-1004", ready, [(b, 1), (c, 2)], paid=False, minutes_ago=90)
    place("DEMO-1005", (*ready, EventType.PICKUP_HANDED_OVER), [(a, 1)], minutes_ago=180)
    cancelled = place("DEMO-1006", ready, [(c, 1)], minutes_ago=240)
    changes.cancel_order(db, cancelled, actor="demo", reason="the customer changed their mind")
    place("DEMO-1008", (), [(a, 1)], ship=True, minutes_ago=15)
    # Not stocked at the demo store, only at North: shipped in (ship-to-store).
    with db.transaction() as s:
        append_changes(s, ledger.record(s, [ledger.Delta("demo-north-stock", 1, "DEMO-N",
                                                         elsewhere[0].sku, 5000, "import")]))
    place("DEMO-1009", (), [(elsewhere[0], 1)], minutes_ago=35)
    log.info("demo pickup orders seeded for %s", store)


#: The demo sale that the demo mail return sends back (made at Demo North).
DEMO_MAIL_RETURN_RECEIPT = "DEMO-N-T01-000001"


def seed_demo_mail_return(db: HubDB) -> str | None:
    """A sale at Demo North (two items, paid by card) and an RMA for it addressed to the
    demo store; returns the RMA number, or None when the demo hub has one already."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Rma)):
            return None
    rows = list(islice((r for r in generate_catalog() if r.sold_by == "unit"), 2))
    currency = str(DEMO_SETTINGS["store.currency"])
    policy = tax.TaxPolicy(tax.PriceMode.EXCLUSIVE, tax.RoundingMode.LINE,
                           {k: Decimal(v) for k, v in DEMO_TAX_RATES.items()}, currency)
    taxes = tax.compute([(r.price_minor, r.tax_class) for r in rows], policy)
    sold_at = datetime.now(UTC) - timedelta(days=3)
    total = sum(r.price_minor for r in rows) + taxes.tax_total
    sale = SaleCompletedPayload.model_validate({
        "sale_id": str(uuid.uuid5(uuid.NAMESPACE_URL, "omnipos-demo-sale")),
        "receipt_no": DEMO_MAIL_RETURN_RECEIPT, "store_code": "DEMO-N", "till_code": "T01",
        "currency": currency, "created_at": sold_at, "cashier": "Demo",
        "subtotal_minor": sum(r.price_minor for r in rows), "tax_minor": taxes.tax_total,
        "total_minor": total,
        "lines": [{"line_no": i, "sku": r.sku, "name": r.name, "qty": "1",
                   "unit_price_minor": r.price_minor, "total_minor": r.price_minor,
                   "tax_class": r.tax_class, "tax_minor": taxes.line_tax[i - 1]}
                  for i, r in enumerate(rows, start=1)],
        "tenders": [{"kind": "card", "amount_minor": total, "approval_code": "DEMO42",
                     "card_last4": "4242"}],
        "stock": [{"sku": r.sku, "delta": "-1"} for r in rows],
    })
    till = TillIdentity(str(uuid.uuid5(uuid.NAMESPACE_URL, "omnipos-demo-north-till")),
                        "DEMO-N", "T01", 1, currency, "exclusive", "line", DEMO_TAX_RATES)
    apply_event(db, till, Event(event_id=uuid.uuid4(), type=EventType.SALE_COMPLETED,
                                schema_version=1, device_seq=1, occurred_at=sold_at,
                                payload=sale.model_dump(mode="json")))
    rma = create_rma(db, RmaRequest.model_validate({
        "receipt_no": DEMO_MAIL_RETURN_RECEIPT, "return_to_store": DEMO_STORES[0][0],
        "lines": [{"sku": r.sku, "quantity": "1", "reason": "changed my mind"} for r in rows],
        "customer": {"name": "Demo Customer", "email": "demo.customer@example.com"},
    }), requested_by="demo")
    log.info("demo mail return %s for %s", rma["number"], DEMO_MAIL_RETURN_RECEIPT)
    return str(rma["number"])


def start_embedded_hub(data_dir: Path) -> tuple[str, Callable[[], None]]:
    """Start the demo hub for ``data_dir`` on a free loopback port: ``(url, stop)``."""
    path = hub_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_hub_db(f"sqlite:///{path}")
    seed_demo_hub(db)
    seed_demo_mail_return(db)
    running = serve_in_thread(db)

    def stop() -> None:
        running.stop()
        db.close()

    return running.url, stop


def demo_enroll(till_db: Database, hub_url: str, data_dir: Path,
                store_code: str | None = None, **worker_options: object
                ) -> tuple[Enrollment, SyncWorker]:
    """Enroll the demo till with the embedded hub (token in memory) and return its worker.

    The lead's ``omnipos --demo`` calls ``worker.start()`` and ``worker.stop()`` at exit.
    """
    store_code = store_code or DEMO_STORES[0][0]
    hub = open_hub_db(f"sqlite:///{hub_path(data_dir)}")
    try:
        code = enrollment.make_enrollment_code(hub, store_code)
    finally:
        hub.close()
    tokens = MemoryTokenStore()
    result = enroll(till_db, hub_url, code, tokens, device_name="demo till", keep_device=True)
    worker = SyncWorker(till_db, tokens, **worker_options)  # type: ignore[arg-type]
    return result, worker


@dataclass
class DemoSync:
    """The running demo loop: embedded hub, enrolled till, background sync worker."""

    hub_url: str
    enrollment: Enrollment
    worker: SyncWorker
    _stop_hub: Callable[[], None]

    def stop(self) -> None:
        """Stop the worker, then the hub (call at application exit)."""
        self.worker.stop()
        self._stop_hub()


def start_demo_sync(data_dir: Path, till_db: Database, *, interval: float = 30.0,
                    on_change: Callable[[], None] | None = None) -> DemoSync:
    """One call for ``omnipos --demo``: start the hub, enroll the till, start syncing."""
    url, stop_hub = start_embedded_hub(data_dir)
    try:
        enrollment, worker = demo_enroll(till_db, url, data_dir, interval=interval,
                                         on_change=on_change)
    except BaseException:
        stop_hub()
        raise
    worker.start()
    return DemoSync(url, enrollment, worker, stop_hub)
