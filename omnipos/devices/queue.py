"""The print queue: one worker thread per printer, retry, status, reprint.

Jobs are rendered and sent on the queue's own thread (plain ``threading``; no
Qt here). The caller gets a job id at once and hears about the job through
``on_update(JobUpdate)``, which runs ON THE WORKER THREAD: a Qt caller must
forward it with a signal (queued connection) before touching widgets.

Order: drawer pulses go before waiting receipts (the drawer must open even
while a receipt waits for paper; an offline printer gets the real-time pulse);
receipts print in the order submitted. A receipt that printed but left the
printer out of paper is DONE with ``printer_state`` PAPER_OUT. A
job that fails is retried after ``retry_delays``; when those are used up it
is FAILED and kept, so the till can offer Retry (``retry(job_id)``) or reprint
later. Later jobs are not held back behind a failed one. A job that waited
longer than ``max_age`` seconds (a long outage) is failed instead of printed
late for a customer who has left.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.devices.printer import Printer
from omnipos.devices.profiles import PrinterProfile, get_profile
from omnipos.devices.status import PrinterState, error_for_state, state_for_error
from omnipos.devices.templates import Document, ReceiptOptions, render
from omnipos.domain.errors import message

__all__ = ["JobStatus", "JobUpdate", "PrintQueue"]

log = logging.getLogger(__name__)

PrinterFactory = Callable[[str, PrinterProfile], Printer]


class JobStatus(StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    RETRYING = "retrying"  # failed once, will try again by itself
    FAILED = "failed"  # gave up; Retry or reprint later
    CANCELLED = "cancelled"



@dataclass(frozen=True, slots=True)
class JobUpdate:
    """What happened to a job; the till shows ``problem`` (or ``message``) and ``printer_state``.

    ``message`` is in English (the log); ``problem``, when something went wrong,
    is the same words as an error the till shows in its language.
    """

    job_id: int
    kind: str  # "receipt" | "drawer" | "status"
    label: str  # e.g. the receipt number
    status: JobStatus
    printer_state: PrinterState
    message: str = ""
    attempt: int = 0
    problem: DeviceError | None = None


@dataclass(slots=True)
class _Job:
    id: int
    kind: str
    label: str
    document: Document | None = None
    options: ReceiptOptions | None = None
    data: bytes | None = None
    attempts: int = 0
    max_attempts: int = 0
    cancelled: bool = False
    queued_at: float = 0.0


def _label(document: Document) -> str:
    for name in ("receipt_no", "order_no", "shift_no", "count_no"):
        value = getattr(document, name, None)
        if value:
            return str(value)
    return type(document).__name__


class PrintQueue:
    """Prints documents on a worker thread; never blocks the caller."""

    def __init__(
        self,
        uri: str,
        profile: str | PrinterProfile | None = None,
        *,
        options: ReceiptOptions | None = None,
        on_update: Callable[[JobUpdate], None] | None = None,
        retry_delays: Sequence[float] = (1.0, 3.0, 10.0),
        printer_factory: PrinterFactory | None = None,
        max_age: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
        name: str = "printer",
    ) -> None:
        self._uri = uri
        self._profile = profile if isinstance(profile, PrinterProfile) else get_profile(profile)
        self.options = options or ReceiptOptions()
        self._on_update = on_update
        self._retry_delays = tuple(retry_delays)
        self._max_age = max_age
        self._clock = clock
        self._factory: PrinterFactory = printer_factory or (
            lambda u, p: Printer(u, p))
        self._ids = itertools.count(1)
        self._cond = threading.Condition()
        self._receipts: deque[_Job] = deque()
        self._urgent: deque[_Job] = deque()
        self._failed: dict[int, _Job] = {}
        self._wake = False
        self._stopping = False
        self._idle = True
        self.state = PrinterState.UNKNOWN
        self._thread = threading.Thread(target=self._run, name=f"omnipos-device-{name}",
                                        daemon=True)

    # -- control (any thread) ------------------------------------------------------
    def start(self) -> PrintQueue:
        """Start the worker thread; returns self."""
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the job in hand, then stop. Waiting jobs are dropped (logged)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)
        left = len(self._receipts) + len(self._urgent)
        if left:
            log.warning("print queue stopped with %s jobs not printed", left)

    def configure(self, uri: str, profile: str | PrinterProfile | None = None,
                  options: ReceiptOptions | None = None) -> None:
        """Point the queue at another printer (settings changed); takes effect next job."""
        new_profile = profile if isinstance(profile, PrinterProfile) else get_profile(profile)
        with self._cond:
            self._uri, self._profile = uri, new_profile
            if options is not None:
                self.options = options
            self._wake = True
            self._cond.notify_all()

    def _add(self, job: _Job, *, urgent: bool = False) -> int:
        job.queued_at = self._clock()
        with self._cond:
            if self._stopping:
                raise DeviceError(message("The print queue is stopped"), DeviceErrorKind.CONFIG)
            (self._urgent if urgent else self._receipts).append(job)
            self._cond.notify_all()
        self._emit(job, JobStatus.QUEUED, self.state)
        return job.id

    def submit(self, document: Document, *, kick_drawer: bool = False,
               options: ReceiptOptions | None = None) -> int:
        """Queue a document (a SaleReceipt or a slip) for printing; returns the job id.

        ``kick_drawer=True`` opens the drawer first, as its own urgent job.
        """
        if kick_drawer:
            self.open_drawer()
        job = _Job(next(self._ids), "receipt", _label(document), document=document,
                   options=options, max_attempts=len(self._retry_delays) + 1)
        return self._add(job)

    def reprint(self, receipt: Document) -> int:
        """Print a past receipt again, marked COPY."""
        if hasattr(receipt, "copy") and dataclasses.is_dataclass(receipt):
            receipt = dataclasses.replace(receipt, copy=True)  # type: ignore[type-var]
        return self.submit(receipt)

    def open_drawer(self) -> int:
        """Pulse the cash drawer ahead of waiting receipts; tried twice at most."""
        job = _Job(next(self._ids), "drawer", "cash drawer", max_attempts=2)
        return self._add(job, urgent=True)

    def check_status(self) -> int:
        """Ask the printer for its state; the answer comes as a "status" JobUpdate."""
        job = _Job(next(self._ids), "status", "printer status", max_attempts=1)
        return self._add(job, urgent=True)

    def retry(self, job_id: int) -> bool:
        """Try a FAILED job again (the till's Retry button). False if unknown."""
        with self._cond:
            job = self._failed.pop(job_id, None)
            if job is None:
                return False
            job.attempts = 0
            job.queued_at = self._clock()
            (self._urgent if job.kind == "drawer" else self._receipts).appendleft(job)
            self._wake = True
            self._cond.notify_all()
        self._emit(job, JobStatus.QUEUED, self.state)
        return True

    def retry_now(self) -> None:
        """Cut the wait before the next automatic retry short."""
        with self._cond:
            self._wake = True
            self._cond.notify_all()

    def cancel(self, job_id: int) -> bool:
        """Drop a waiting or failed job. The job being printed cannot be cancelled."""
        with self._cond:
            job = self._failed.pop(job_id, None)
            for queue in (self._receipts, self._urgent):
                for waiting in list(queue):
                    if waiting.id == job_id:
                        queue.remove(waiting)
                        job = waiting
        if job is None:
            return False
        job.cancelled = True
        self._emit(job, JobStatus.CANCELLED, self.state)
        return True

    @property
    def failed_jobs(self) -> list[int]:
        """Ids of jobs that gave up and wait for Retry."""
        with self._cond:
            return sorted(self._failed)

    @property
    def pending(self) -> int:
        """Jobs waiting or printing."""
        with self._cond:
            return len(self._receipts) + len(self._urgent) + (0 if self._idle else 1)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing waits or prints (tests, shutdown). True if idle."""
        with self._cond:
            return self._cond.wait_for(
                lambda: self._idle and not self._receipts and not self._urgent, timeout)

    # -- worker ---------------------------------------------------------------------
    def _emit(self, job: _Job, status: JobStatus, state: PrinterState,
              problem: DeviceError | None = None) -> None:
        if self._on_update is None:
            return
        words = (str(problem) if problem is not None
                 else state.message if status is JobStatus.DONE else "")
        update = JobUpdate(job.id, job.kind, job.label, status, state, words, job.attempts,
                           problem)

        try:
            self._on_update(update)
        except Exception:  # a broken listener must not kill the printer worker
            log.exception("print job listener failed")

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._stopping and not self._urgent and not self._receipts:
                self._idle = True
                self._cond.notify_all()
                self._cond.wait()
            if self._stopping:
                return None
            self._idle = False
            return (self._urgent or self._receipts).popleft()

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                self._work(job)
            except Exception:  # the worker must survive anything one job does
                log.exception("print job %s crashed", job.id)
                self._emit(job, JobStatus.FAILED, self.state,
                           DeviceError(message("Printing failed unexpectedly")))
        with self._cond:
            self._idle = True
            self._cond.notify_all()

    def _attempt(self, job: _Job) -> None:
        with self._cond:
            uri, profile = self._uri, self._profile
        if job.data is None and job.document is not None:
            job.data = render(job.document, profile, job.options or self.options)
        printer = self._factory(uri, profile)
        try:
            printer.open()
            self.state = printer.status()
            if job.kind == "drawer":
                printer.kick_drawer(self.state)
            elif job.kind == "receipt":
                if not self.state.can_print:
                    raise error_for_state(self.state)
                if job.data:
                    printer.write(job.data)
                if self.state is not PrinterState.UNKNOWN:
                    self.state = printer.status()  # paper may have run out during the job
        finally:
            printer.close()

    def _give_up(self, job: _Job, problem: DeviceError) -> None:
        with self._cond:
            if job.kind != "status":
                self._failed[job.id] = job
        self._emit(job, JobStatus.FAILED, self.state, problem)

    def _work(self, job: _Job) -> None:
        while True:
            if self._clock() - job.queued_at > self._max_age and job.kind != "status":
                # The customer has gone; printing it now would only confuse. Reprint on demand.
                self._give_up(job, DeviceError(
                    message("Not printed: the printer was unavailable for too long ({state})"),
                    state=self.state.message))
                return
            job.attempts += 1
            self._emit(job, JobStatus.PRINTING, self.state)
            try:
                self._attempt(job)
            except DeviceError as exc:
                self.state = state_for_error(exc)
                log.warning("print job %s (%s) attempt %s failed: %s", job.id, job.label,
                            job.attempts, exc)
                if not exc.retryable or job.attempts >= job.max_attempts:
                    self._give_up(job, exc)
                    return
                self._emit(job, JobStatus.RETRYING, self.state, exc)
                if not self._pause(self._retry_delays[min(job.attempts - 1,
                                                           len(self._retry_delays) - 1)]):
                    return
                if job.cancelled:
                    return
                continue
            warning = None
            if job.kind == "receipt" and self.state not in (PrinterState.OK,
                                                            PrinterState.UNKNOWN):
                warning = DeviceError(message("Printed, but: {state}"),
                                      state=self.state.message)
            self._emit(job, JobStatus.DONE, self.state, warning)
            return


    def _pause(self, seconds: float) -> bool:
        """Wait before a retry; a wake-up or new config cuts it short. False when stopping."""
        with self._cond:
            self._wake = False
            self._cond.wait_for(lambda: self._wake or self._stopping, seconds)
            return not self._stopping
