"""The till's composition root: opens the database and builds every service once.

``open_till`` gives the UI (and anything else that runs a till) one
``TillServices``: the database stays inside it, and each screen's controller
is handed only the services it uses. Selling and shifts need a store, which
a first run may not have yet: ``start`` builds them once there is one (after
``omnipos setup``, the demo store, or enrolling with a hub). The services of the
screens other than Sell (pickups, counts, stock, returns, parcels) are imported and
built when first asked for, so a till shows its Sell screen without loading them.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from omnipos.db.engine import Database, database_path, open_database
from omnipos.services import support
from omnipos.services.customers import CustomerService
from omnipos.services.devices import DeviceSettings
from omnipos.services.journal import journal_keys
from omnipos.services.quick_keys import QuickKeyService
from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.services.support import Versions
from omnipos.services.sync import Progress, RunningSync, Starter, SyncService

if TYPE_CHECKING:  # imported when first asked for (below)
    from omnipos.services.counts import CountService
    from omnipos.services.parcels import ParcelService
    from omnipos.services.pickups import PickupService
    from omnipos.services.returns import ReturnService
    from omnipos.services.stock import StockService

__all__ = ["TillServices", "open_till"]

log = logging.getLogger(__name__)

Changed = Callable[[], None]
# What a till built without the hub (installer/omnipos.spec) is missing.
_HUBLESS = ("omnipos.demo", "omnipos.hub")


class TillServices:
    """Every service of one till, built once over its database."""

    def __init__(self, db: Database, data_dir: Path, *, demo: bool = False) -> None:
        self._db = db
        self.data_dir = data_dir
        self.demo = demo
        self.sync = SyncService(db)
        self.staff = StaffService(db)
        self.devices = DeviceSettings(db)
        self.customers = CustomerService(db)
        self.quick_keys = QuickKeyService(db)
        self.setup = StoreSetup(db)
        self._checkout: CheckoutService | None = None
        self._shifts: ShiftService | None = None
        self._pickups: PickupService | None = None
        self._counts: CountService | None = None
        self._stock: StockService | None = None
        self._returns: ReturnService | None = None
        self._parcels: ParcelService | None = None

    def start(self) -> None:
        """Build selling and shifts (the others follow when asked for);
        UserFacingError when the till has no store yet."""
        if self._checkout is None:
            self._checkout = CheckoutService(self._db)
            self._shifts = ShiftService(self._db)

    @property
    def checkout(self) -> CheckoutService:
        if self._checkout is None:
            raise RuntimeError("TillServices.start() first")
        return self._checkout

    @property
    def shifts(self) -> ShiftService:
        if self._shifts is None:
            raise RuntimeError("TillServices.start() first")
        return self._shifts

    def _store_db(self) -> Database:
        """The database, for a service of the store: only once start() has built selling."""
        if self._checkout is None:
            raise RuntimeError("TillServices.start() first")
        return self._db

    @property
    def pickups(self) -> PickupService:
        if self._pickups is None:
            from omnipos.services.pickups import PickupService

            self._pickups = PickupService(self._store_db())
        return self._pickups

    @property
    def counts(self) -> CountService:
        if self._counts is None:
            from omnipos.services.counts import CountService

            self._counts = CountService(self._store_db())
        return self._counts

    @property
    def stock(self) -> StockService:
        if self._stock is None:
            from omnipos.services.stock import StockService

            self._stock = StockService(self._store_db())
        return self._stock

    @property
    def returns(self) -> ReturnService:
        if self._returns is None:
            from omnipos.services.returns import ReturnService

            self._returns = ReturnService(self._db, self.checkout)
        return self._returns

    @property
    def parcels(self) -> ParcelService:
        if self._parcels is None:
            from omnipos.services.parcels import ParcelService

            self._parcels = ParcelService(self._db, self.checkout)
        return self._parcels

    def built_pickups(self) -> PickupService | None:
        """The pickups service if something asked for it already (None: nothing to reload)."""
        return self._pickups

    @staticmethod
    def warm_up() -> None:
        """What the window's first paint does without, made ready once it shows (on the
        database's thread while no other thread imports: TaskRunner.warm_up): the sync
        events' payload models (pydantic; the services that write events import them when
        they first do) and their validators, which pydantic builds on first use
        (``defer_build`` in sync/wire.py); the ORM's mappers (what the window reads before it
        shows is read on the tables, so no query configured them yet); and the GS1 and UPC-E
        parser (biip, imported by the first such scan otherwise). The first sale, sign-in and
        scan then pay nothing for them; and the collector leaves what the till has built so
        far alone."""
        from sqlalchemy.orm import configure_mappers

        from omnipos.sync.events import PAYLOADS

        configure_mappers()
        for module in ("biip.gs1_messages", "biip.upc"):
            importlib.import_module(module)
        for model in PAYLOADS.values():
            model.model_rebuild()
        # What is built by now (modules, screens, validators) lives as long as the till: kept
        # out of the collector's full passes, each of which walked all of it (150,000 objects:
        # a 60-350 ms pause, now and then in the middle of a sale).
        gc.freeze()

    def versions(self) -> Versions:
        """What About shows: OmniPOS, Python and the database's schema revision."""
        return support.versions(self._db)

    def sync_starter(self) -> Starter:
        """How this till starts syncing: the embedded demo hub, or its own hub."""
        if not self.demo:
            return self.sync.start_enrolled
        data_dir, db, interval = self.data_dir, self._db, self.sync.interval

        def start_demo(on_change: Changed, progress: Progress) -> RunningSync | None:
            try:
                from omnipos.demo import start_demo_sync  # the embedded hub, only for --demo
            except ModuleNotFoundError as exc:
                if exc.name not in _HUBLESS:
                    raise
                # A till bundle leaves the hub out: its demo store sells without one.
                log.warning("this build has no embedded hub: the demo store does not sync")
                return None

            demo = start_demo_sync(data_dir, db, interval=interval(), on_change=on_change)
            demo.worker.progress = progress
            return demo

        return start_demo

    def close(self) -> None:
        self._db.close()


def open_till(data_dir: Path, *, demo: bool = False, db_path: Path | None = None) -> TillServices:
    """Open (and for ``demo`` build, the first time) the till database under ``data_dir``.

    UserFacingError when it cannot be opened (a file that is not a database ...).
    """
    if demo and db_path is None:
        from omnipos.db.demo import ensure_demo

        db_path = ensure_demo(data_dir)  # builds the demo store the first time
    db = open_database(Path(db_path) if db_path else database_path(data_dir))
    journal_keys(db).load_in_background()  # the first sale need not wait for the keyring
    return TillServices(db, data_dir, demo=demo)
