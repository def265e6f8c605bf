"""The demo wiring of ``omnipos --demo``: an embedded hub and the till enrolled with it.

The hub is a real one on 127.0.0.1 in a thread; this module is the one place
that joins the hub, the till's database and the sync client, so that neither
the hub nor the till imports the other.

``start_embedded_hub(data_dir)`` seeds (once) three demo stores with the demo
catalog and some stock, and serves them on a free port. ``demo_enroll``
enrolls the demo till with it, keeping the throw-away token in memory only,
and returns a sync worker ready to ``start()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from omnipos.db.demo import DEMO_SETTINGS, DEMO_TAX_RATES, generate_catalog
from omnipos.db.engine import Database
from omnipos.domain.quantities import to_milli
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.feed import append_changes
from omnipos.hub.server import serve_in_thread
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB, open_hub_db
from omnipos.hub.store.models import Store
from omnipos.sync.enroll import Enrollment, enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker

log = logging.getLogger(__name__)

DEMO_STORES = [
    (str(DEMO_SETTINGS["store.code"]), str(DEMO_SETTINGS["store.name"])),
    ("DEMO-N", "OmniPOS Demo North"),
    ("DEMO-S", "OmniPOS Demo South"),
]
DEMO_STOCKED = 200  # the first products get a starting level in every store


def hub_path(data_dir: Path) -> Path:
    return Path(data_dir) / "hub" / "hub.sqlite3"


def seed_demo_hub(db: HubDB) -> bool:
    """Three stores, the demo catalog and starting stock; a no-op once done."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Store)):
            return False
    taxes = [f"{k}={v}" for k, v in DEMO_TAX_RATES.items()]
    for code, name in DEMO_STORES:
        stores.add_store(db, code, name=name, currency=str(DEMO_SETTINGS["store.currency"]),
                         prices=str(DEMO_SETTINGS["store.prices"]), taxes=taxes)
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
    log.info("demo hub seeded: %d stores, %d products", len(DEMO_STORES), len(rows))
    return True


def start_embedded_hub(data_dir: Path) -> tuple[str, Callable[[], None]]:
    """Start the demo hub for ``data_dir`` on a free loopback port: ``(url, stop)``."""
    path = hub_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_hub_db(f"sqlite:///{path}")
    seed_demo_hub(db)
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
