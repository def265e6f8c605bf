"""Scan -> line visible in the till window (DESIGN.md budget: p99 16 ms).

Drives the real till as ``omnipos`` starts it (SellController with the threaded
TaskRunner, the till's style sheet, the scanner's application-wide key filter;
offscreen Qt) on a catalog: each sample calls the controller's scan and ends when the
window has painted the new row (the cart table's Paint, in the same pass as the totals
beside it, as the event loop does it; no forced repaint). The time covers the database
worker, the signal back to the GUI thread, the model and totals update, the layout and
the paint. Each scan is stored before it shows: the open sale is kept with every
change, committed with the till's durability for an unpaid sale (Durability.SOON:
synchronous=NORMAL, fsynced by the checkpointer within a second; docs/architecture.md).
Every LINES_PER_CART scans the sale is cancelled and a new till window starts the next
one empty, as at a real till.

The floor, measured in the same run, is the same trip done plainly: on the database
thread raw sqlite3 stores the open sale's text as the till stored it last (the same
bytes) in one transaction with the same durability (NORMAL, the WAL copied by the same
checkpointer), then one row is appended to a plain QStandardItemModel in a bare
QTableView of the same size and painted by the event loop. Whatever either leaves for
the event loop after its row is painted is done between samples, untimed, so neither
pays for the other's.

On Linux each sample also reads how long its two threads (GUI and database) waited for
a CPU while runnable (/proc/thread-self/schedstat): on a shared machine the slowest
samples are mostly that wait, printed beside the p99 ("cpu_wait"). Prints one JSON
line, the table's rows and a readable line.

    QT_QPA_PLATFORM=offscreen python bench/bench_scan_gui.py [--samples 500] [--db PATH]

Without --db it uses bench/out/till-N.sqlite3 (N from --products, 1,000,000 by
default) when bench_till.py has built it, else a demo store (5,000 products)
in a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402
from table import Row  # noqa: E402

from omnipos.db.engine import WAL_BACKSTOP_PAGES  # noqa: E402

BUDGET_MS = 16.0
LINES_PER_CART = 20


def _database(arg: str | None, products: int) -> Path:
    if arg:
        return Path(arg)
    big = HERE / "out" / f"till-{products}.sqlite3"
    if big.exists():
        return big
    from omnipos.db.demo import ensure_demo

    return ensure_demo(Path(tempfile.mkdtemp(prefix="omnipos-bench-gui-")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--db", help="a till database to scan from")
    parser.add_argument("--products", type=int, default=1_000_000,
                        help="use bench_till.py's database of that size when it exists")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from omnipos.db.engine import open_database
    from omnipos.devices.wedge import WedgeDetector
    from omnipos.services.selling import CheckoutService
    from omnipos.ui.app import create_till
    from omnipos.ui.common.style import load_style
    from omnipos.ui.common.tasks import TaskRunner
    from omnipos.ui.devices.receipt_printer import ReceiptPrinter
    from omnipos.ui.shell.scanning import ScanRouter, install_scan_filter

    path = _database(args.db, args.products)
    con = sqlite3.connect(path)
    codes = [g.lstrip("0").zfill(13) for (g,) in con.execute(
        "SELECT gtin FROM barcodes WHERE gtin NOT LIKE '02%' ORDER BY random() LIMIT ?",
        (args.samples,))]
    # Warm the page cache for these codes: the figure is the till's, not the disk's.
    for code in codes:
        con.execute("SELECT product_id FROM barcodes WHERE gtin = ?", (code.zfill(14),)).fetchone()
    con.close()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # As run_gui starts the till: painted through its style sheet, every key seen by the
    # scanner's filter.
    app.setStyleSheet(load_style())
    router = ScanRouter(app)
    scan_filter = install_scan_filter(app, router, WedgeDetector())
    db = open_database(path)
    svc = CheckoutService(db)
    runner = TaskRunner()
    printer = ReceiptPrinter(None)
    waits = _CpuWaits(runner)
    times: list[tuple[float, float, float]] = []  # ms, and the GUI's and database's wait
    floor: list[tuple[float, float, float]] = []
    plain: _Floor | None = None
    controller = None
    for i, code in enumerate(codes):
        if i % LINES_PER_CART == 0:
            if controller is not None:
                controller.view.window().close()
            controller = create_till(svc, runner, printer, data_dir=str(path.parent),
                                     scanner=router).sell
            controller.view.window().resize(1280, 800)
            controller.view.window().show()
            # The last customer's sale (or one left in the file) is back: cancel it.
            controller.sale_actions.cancel_sale("bench: the next customer")
            _settle(runner)
            assert controller.view.cart_model.rowCount() == 0, "the next sale starts empty"
            app.processEvents()  # the first paint is not a scan's
            if i == 0:
                gc.freeze()  # as Till.warm_up does once the window shows
        assert controller is not None
        times.append(waits.during(partial(_scan, controller, code)))
        app.processEvents()  # what the scan left for the event loop after its paint, untimed
        # The floor's sample right after, so that both see the same machine (and disk).
        plain = plain or _Floor(runner, path)
        floor.append(waits.during(partial(plain.sample, i)))
        app.processEvents()
    if plain is not None:
        plain.close()
    runner.shutdown()
    db.close()
    app.removeEventFilter(scan_filter)
    p50, p99, p99_wait = _stats(times)
    floor_p50, floor_p99, floor_wait = _stats(floor)
    result = {"bench": "till_gui", "op": "scan_to_visible_line", "samples": len(times),
              "p50_ms": round(p50, 3), "p99_ms": round(p99, 3), "budget_p99_ms": BUDGET_MS,
              "within_budget": p99 <= BUDGET_MS, "database": str(path),
              "floor_p50_ms": round(floor_p50, 3), "floor_p99_ms": round(floor_p99, 3),
              # The slowest 1% of samples (at or over the p99): the mean of their time and of
              # how long the GUI and the database threads were runnable but not running.
              "p99_tail_gui_db_wait_ms": p99_wait,
              "floor_p99_tail_gui_db_wait_ms": floor_wait,
              "loadavg": list(os.getloadavg())}
    print(json.dumps(result))
    for stat in ("p50", "p99"):
        Row("scan -> visible line", stat, result[f"{stat}_ms"],
            budget=BUDGET_MS if stat == "p99" else None, floor=result[f"floor_{stat}_ms"],
            floor_is="raw sqlite3 storing the same open sale, same durability"
                     " + a bare QTableView row").emit()
    waited = ("; the slowest 1%: {:.1f} ms, of which waiting for a CPU: GUI {:.1f} ms,"
              " database {:.1f} ms (floor's: {:.1f}, {:.1f}, {:.1f})".format(
                  *p99_wait, *floor_wait) if p99_wait and floor_wait else "")
    print(f"scan -> visible line: p50 {p50:.2f} ms, p99 {p99:.2f} ms "
          f"({'ok' if p99 <= BUDGET_MS else 'OVER'} the {BUDGET_MS:.0f} ms budget); floor"
          f" p50 {floor_p50:.2f} ms, p99 {floor_p99:.2f} ms{waited}", file=sys.stderr)
    return 0


def _scan(controller: Any, code: str) -> float:
    view = controller.view
    return _until_painted(view.cart_model.rowsInserted, view.cart_table,
                          lambda: controller.scan(code))


def _stats(samples: list[tuple[float, ...]]) -> tuple[float, float, list[float] | None]:
    """p50, p99 and, of the samples at or over the p99, the mean of their time and of how
    long the GUI and the database threads waited for a CPU (None: not known here)."""
    ordered = sorted(samples)
    at = min(len(ordered) - 1, int(len(ordered) * 0.99))
    tail = ordered[at:]
    means = [round(sum(column) / len(tail), 2) for column in zip(*tail, strict=True)]
    return ordered[len(ordered) // 2][0], ordered[at][0], means if _CpuWaits.supported() else None


def _settle(runner: Any) -> None:
    """Wait (in the event loop) until the database worker has delivered all its work."""
    if runner.db_busy:
        loop = QEventLoop()
        runner.busy_changed.connect(lambda busy: busy or loop.quit())
        QTimer.singleShot(5000, loop.quit)
        loop.exec()


class _Painted(QObject):
    """Ends an event loop at the first paint of a view's viewport after a row was added."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.armed = False

    def arm(self, *_inserted: object) -> None:
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.loop.quit()  # takes effect once the paint (and the window's flush) is done
        return False


def _until_painted(inserted: Any, table: QAbstractItemView, act: Callable[[], None]) -> float:
    """Milliseconds from ``act()`` until ``table`` has painted the row it added (the event
    loop sleeps meanwhile: no busy wait stealing the worker's GIL)."""
    loop = QEventLoop()
    painted = _Painted(loop)
    viewport = table.viewport()
    viewport.installEventFilter(painted)
    inserted.connect(painted.arm)
    QTimer.singleShot(5000, loop.quit)  # a lost scan shows as a 5 s sample, not a hang
    start = time.perf_counter()
    act()
    loop.exec()
    elapsed = (time.perf_counter() - start) * 1000
    inserted.disconnect(painted.arm)
    viewport.removeEventFilter(painted)
    return elapsed


class _CpuWaits:
    """How long the GUI and the database threads were runnable but not running (Linux's
    schedstat: the second field, in nanoseconds); 0 where the kernel does not say."""

    def __init__(self, runner: Any) -> None:
        ids = [threading.get_native_id()]
        known = threading.Event()
        runner.run_db(lambda: ids.append(threading.get_native_id()) or known.set())
        known.wait(5)
        self._files = [f"/proc/self/task/{tid}/schedstat" for tid in ids]

    @staticmethod
    def supported() -> bool:
        return os.path.exists("/proc/thread-self/schedstat")

    def _waited_ns(self) -> list[int]:
        waited = []
        for name in self._files:
            try:
                with open(name) as stat:
                    waited.append(int(stat.read().split()[1]))
            except (OSError, IndexError, ValueError):
                waited.append(0)
        return waited

    def during(self, sample: Callable[[], float]) -> tuple[float, float, float]:
        """The sample's milliseconds, and how long the GUI and the database thread waited."""
        before = self._waited_ns()
        ms = sample()
        gui, db = ((after - was) / 1e6 for after, was in zip(self._waited_ns(), before,
                                                             strict=True))
        return ms, gui, db


class _Floor:
    """The same trip done plainly (see the module's docstring), one sample at a time."""

    def __init__(self, runner: Any, path: Path) -> None:
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QTableView

        self.runner = runner
        self.model = QStandardItemModel(0, 5)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.resize(1280, 800)
        self.table.show()
        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.con.execute("PRAGMA journal_mode = WAL")
        # The till's durability for an unpaid sale's keep, and its checkpoints: the till's
        # checkpointer copies this connection's frames too (same file).
        self.con.execute("PRAGMA synchronous = NORMAL")
        self.con.execute(f"PRAGMA wal_autocheckpoint = {WAL_BACKSTOP_PAGES}")
        self.row: tuple[Any, ...] = ()

    def _store(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("INSERT INTO open_sales (till_code, cart_id, started_by, started_at,"
                         " updated_at, cart, tenders) VALUES ('FLOOR', ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (till_code) DO UPDATE SET cart = excluded.cart,"
                         " tenders = excluded.tenders, updated_at = excluded.updated_at",
                         self.row)
        self.con.execute("COMMIT")

    def sample(self, i: int) -> float:
        from PySide6.QtGui import QStandardItem

        if i % LINES_PER_CART == 0:
            self.model.removeRows(0, self.model.rowCount())

        def append(_: object) -> None:
            self.model.appendRow([QStandardItem(f"Item {i}"), QStandardItem("1"),
                                  QStandardItem("$1.99"), QStandardItem(""),
                                  QStandardItem("$1.99")])

        # The open sale as the till stored it just now (the same text), written by hand.
        row = self.con.execute("SELECT cart_id, started_by, started_at, updated_at, cart,"
                               " tenders FROM open_sales WHERE till_code != 'FLOOR'").fetchone()
        assert row is not None, "the till stores its open sale with every scan"
        self.row = row
        return _until_painted(self.model.rowsInserted, self.table,
                              lambda: self.runner.run_db(self._store, append))

    def close(self) -> None:
        self.table.close()
        self.con.execute("DELETE FROM open_sales WHERE till_code = 'FLOOR'")
        self.con.close()


if __name__ == "__main__":
    raise SystemExit(main())
