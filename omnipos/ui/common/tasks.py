"""Background work for the GUI: one database writer, a network pool, a worker per device.

Services are plain synchronous Python. The GUI never calls them directly; it
hands a function to the runner, which runs it on the right worker and delivers
the result (or the exception) back on the GUI thread through a Qt signal.

* ``run_db`` - the single database writer thread. Everything that touches the
  till database or the in-memory cart goes here, so the cart is only ever
  mutated on one thread and database writes are serialised.
* ``run_net`` - a small pool for network calls (sync, hub look-ups).
* ``run_device(name, ...)`` - one worker thread per device (printer, drawer),
  so a slow printer never delays a sale or another device.
* ``warm_up`` - the imports the window's first paint does without, run once it
  shows, on the database thread while the network pool waits (see there).

``SyncTaskRunner`` has the same API and runs everything at once on the
calling thread; tests use it so they need no waiting.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from omnipos.domain.errors import UserFacingError

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

DB_THREAD_NAME = "omnipos-db"
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


def assert_gui_thread() -> None:
    """Fail loudly when a widget-touching path runs on a worker thread."""
    if not on_gui_thread():
        raise AssertionError(f"must run on the GUI thread, not {threading.current_thread().name}")


def assert_not_gui_thread() -> None:
    """Fail loudly when blocking work (database, network, device) runs on the GUI thread."""
    if QCoreApplication.instance() is not None and on_gui_thread():
        raise AssertionError("blocking work must not run on the GUI thread")


def gui_thread_only(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorator: the function may only be called on the GUI thread."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        assert_gui_thread()
        return fn(*args, **kwargs)

    return wrapper


@dataclass(frozen=True, slots=True)
class _Outcome:
    value: Any
    error: BaseException | None
    on_done: Done | None
    on_error: Failed | None
    db: bool


class TaskRunner(QObject):
    """Runs work off the GUI thread and brings results back by signal.

    ``user_error`` carries a UserFacingError that no ``on_error`` handled (the
    window shows it in its message banner); ``unexpected_error`` carries
    anything else (the crash dialog shows it).
    """

    synchronous = False  # True in SyncTaskRunner: tasks run on the calling thread

    user_error = Signal(object)  # UserFacingError
    unexpected_error = Signal(object)  # BaseException
    busy_changed = Signal(bool)  # database work pending or not
    _deliver = Signal(object)  # _Outcome, emitted on a worker, received on the GUI thread

    def __init__(self, parent: QObject | None = None, *, net_workers: int = 4) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix=DB_THREAD_NAME)
        self._net = ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="omnipos-net")
        self._devices: dict[str, ThreadPoolExecutor] = {}
        self._lock = threading.Lock()
        self._warmed = threading.Event()  # cleared while ``warm_up`` runs
        self._warmed.set()
        self._db_pending = 0
        self._closed = False
        # Queued across threads: the slot runs on the thread this object lives in (GUI).
        self._deliver.connect(self._on_deliver)

    # -- public API -------------------------------------------------------------------

    def run_db(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> None:
        """Run ``fn`` on the single database writer thread."""
        self._db_count(+1)
        self._submit(self._db, fn, on_done, on_error, db=True)

    def run_net(self, fn: Callable[[], Any], on_done: Done | None = None,
                on_error: Failed | None = None) -> None:
        """Run ``fn`` on the network pool."""
        self._submit(self._net, fn, on_done, on_error)

    def run_device(self, device: str, fn: Callable[[], Any], on_done: Done | None = None,
                   on_error: Failed | None = None) -> None:
        """Run ``fn`` on the worker of ``device`` (one thread per device name)."""
        with self._lock:
            pool = self._devices.get(device)
            if pool is None:
                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"omnipos-dev-{device}")
                self._devices[device] = pool
        self._submit(pool, fn, on_done, on_error)

    def warm_up(self, fn: Callable[[], Any], on_done: Done | None = None,
                on_error: Failed | None = None) -> None:
        """Run ``fn`` (the till's deferred imports) on the database thread, holding the
        network pool's work and ``wait_warmed_up`` callers until it ends.

        Nothing else in the background imports meanwhile: two threads importing pydantic at
        once each met the other's modules half made (Python hands over a partly initialised
        module to break an import deadlock, and PySide's import hook reads each new module's
        attributes, which in pydantic run imports): an ImportError in the bundle's
        self-test. Database work queues behind ``fn`` as behind any job; a network job
        waits for it before it starts, and from ``hold_for_warm_up`` on if that came first.
        """
        self._warmed.clear()

        def warming() -> Any:
            try:
                return fn()
            finally:
                self._warmed.set()

        self.run_db(warming, on_done, on_error)

    def hold_for_warm_up(self) -> None:
        """Hold network jobs from now until ``warm_up``, called later, has run."""
        self._warmed.clear()

    def wait_warmed_up(self, timeout: float | None = None) -> bool:
        """Block a thread (the sync worker's start, a screen's first build) until ``warm_up``
        ended, or ``timeout`` seconds passed: True when it ended."""
        return self._warmed.wait(timeout)

    def is_db_thread(self) -> bool:
        return threading.current_thread().name.startswith(DB_THREAD_NAME)

    @property
    def db_busy(self) -> bool:
        return self._db_pending > 0

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; by default wait for queued database work (a sale commit) to end."""
        if self._closed:
            return
        self._closed = True
        self._warmed.set()  # a warm-up dropped unrun must not hold a network job forever
        self._db.shutdown(wait=wait)
        self._net.shutdown(wait=False, cancel_futures=True)
        for pool in self._devices.values():
            pool.shutdown(wait=False, cancel_futures=True)

    # -- internals --------------------------------------------------------------------

    def _submit(self, pool: Executor, fn: Callable[[], Any], on_done: Done | None,
                on_error: Failed | None, *, db: bool = False) -> None:
        if self._closed:
            log.warning("task runner closed; dropping %r", fn)
            return

        hold = self._warmed.wait if pool is self._net else None

        def job() -> None:
            if hold is not None:
                hold()
            try:
                value = fn()
            except BaseException as exc:
                if not isinstance(exc, UserFacingError):
                    log.exception("background task %r failed", fn)
                self._deliver.emit(_Outcome(None, exc, on_done, on_error, db))
            else:
                self._deliver.emit(_Outcome(value, None, on_done, on_error, db))

        pool.submit(job)

    def _on_deliver(self, outcome: _Outcome) -> None:
        if outcome.db:
            self._db_count(-1)
        if outcome.error is not None:
            self._fail(outcome.error, outcome.on_error)
        elif outcome.on_done is not None:
            outcome.on_done(outcome.value)

    def _fail(self, exc: BaseException, on_error: Failed | None) -> None:
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, UserFacingError):
            self.user_error.emit(exc)
        else:
            self.unexpected_error.emit(exc)

    def _db_count(self, step: int) -> None:
        before = self._db_pending > 0
        self._db_pending += step
        after = self._db_pending > 0
        if before != after:
            self.busy_changed.emit(after)


class SyncTaskRunner(TaskRunner):
    """Same API, but runs each task at once on the calling thread (for tests)."""

    synchronous = True

    def _submit(self, pool: Executor, fn: Callable[[], Any], on_done: Done | None,
                on_error: Failed | None, *, db: bool = False) -> None:
        try:
            value = fn()
        except BaseException as exc:
            if db:
                self._db_count(-1)
            if not isinstance(exc, UserFacingError):
                log.exception("task %r failed", fn)
            self._fail(exc, on_error)
            return
        if db:
            self._db_count(-1)
        if on_done is not None:
            on_done(value)

    def is_db_thread(self) -> bool:
        return True

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait=wait)
