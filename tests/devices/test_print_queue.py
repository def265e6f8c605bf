"""The print queue against a TCP printer on loopback: print, fail, retry, reprint."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from omnipos.devices.decode import decode_escpos
from omnipos.devices.printing import (
    DeviceError,
    JobStatus,
    JobUpdate,
    Printer,
    PrinterState,
    PrintQueue,
    TestPage,
    open_drawer,
    open_printer,
    print_now,
)
from tests.devices.conftest import sample_receipt
from tests.devices.fakes import FakeTcpPrinter


class Updates:
    """Collects JobUpdates from the worker thread; waits for a condition."""

    def __init__(self) -> None:
        self.items: list[JobUpdate] = []
        self._cond = threading.Condition()

    def __call__(self, update: JobUpdate) -> None:
        with self._cond:
            self.items.append(update)
            self._cond.notify_all()

    def wait_for(self, job_id: int, status: JobStatus, timeout: float = 5.0) -> JobUpdate:
        def found() -> JobUpdate | None:
            for item in self.items:
                if item.job_id == job_id and item.status is status:
                    return item
            return None

        with self._cond:
            assert self._cond.wait_for(lambda: found() is not None, timeout), self.items
            result = found()
            assert result is not None
            return result


@pytest.fixture
def updates() -> Updates:
    return Updates()


@pytest.fixture
def queue_for(updates: Updates) -> Iterator[object]:
    made: list[PrintQueue] = []

    def make(uri: str, **kwargs: object) -> PrintQueue:
        queue = PrintQueue(uri, "tm-t88", on_update=updates, retry_delays=(0.01, 0.01),
                           **kwargs).start()  # type: ignore[arg-type]
        made.append(queue)
        return queue

    yield make
    for queue in made:
        queue.stop()


def _text(job: bytes) -> list[str]:
    return decode_escpos(job, "TM-T88V")


def test_sale_prints_on_loopback_printer(fake_printer: FakeTcpPrinter, queue_for, updates) -> None:
    queue = queue_for(fake_printer.uri)
    job = queue.submit(sample_receipt())
    done = updates.wait_for(job, JobStatus.DONE)
    assert done.printer_state is PrinterState.OK
    assert done.label == "S001-T01-000123"
    (data,) = fake_printer.wait_jobs(1)
    lines = _text(data)
    assert "[CODE128 S001-T01-000123]" in lines
    assert "Café Müller" in lines
    assert fake_printer.queries[:1] == [1]  # asked DLE EOT 1 before printing


def test_cash_sale_opens_drawer_before_receipt(fake_printer, queue_for, updates) -> None:
    queue = queue_for(fake_printer.uri)
    job = queue.submit(sample_receipt(), kick_drawer=True)
    updates.wait_for(job, JobStatus.DONE)
    jobs = fake_printer.wait_jobs(2)
    assert _text(jobs[0]) == ["[DRAWER pin2]"]
    assert "[CUT]" in _text(jobs[1])


@pytest.mark.parametrize(
    ("state", "expected"),
    [("paper_out", PrinterState.PAPER_OUT), ("cover_open", PrinterState.COVER_OPEN),
     ("offline", PrinterState.OFFLINE)],
)
def test_printer_problem_fails_job_and_keeps_it(fake_printer, queue_for, updates,
                                                state: str, expected: PrinterState) -> None:
    fake_printer.state = state
    queue = queue_for(fake_printer.uri)
    job = queue.submit(sample_receipt())
    failed = updates.wait_for(job, JobStatus.FAILED)
    assert failed.printer_state is expected
    assert failed.message == expected.message
    assert [u.status for u in updates.items if u.job_id == job].count(JobStatus.RETRYING) == 2
    assert queue.failed_jobs == [job]
    assert fake_printer.jobs == []  # nothing printed into a jammed printer
    # the cashier fixes the printer and presses Retry
    fake_printer.state = "ok"
    assert queue.retry(job)
    updates.wait_for(job, JobStatus.DONE)
    assert len(fake_printer.wait_jobs(1)) == 1
    assert queue.failed_jobs == []


def test_paper_low_still_prints(fake_printer, queue_for, updates) -> None:
    fake_printer.state = "paper_low"
    queue = queue_for(fake_printer.uri)
    done = updates.wait_for(queue.submit(sample_receipt()), JobStatus.DONE)
    assert done.printer_state is PrinterState.PAPER_LOW


def test_silent_printer_prints_with_unknown_state(fake_printer, queue_for, updates) -> None:
    fake_printer.state = "silent"
    queue = PrintQueue(fake_printer.uri, "tm-t88", on_update=updates, retry_delays=(0.01,),
                       printer_factory=lambda u, p: Printer(u, p, timeout=0.2)).start()
    try:
        done = updates.wait_for(queue.submit(sample_receipt()), JobStatus.DONE)
        assert done.printer_state is PrinterState.UNKNOWN
        assert len(fake_printer.wait_jobs(1)) == 1
    finally:
        queue.stop()


def test_listener_down_then_back_till_keeps_going_then_reprint(queue_for, updates) -> None:
    """The issue's acceptance story: print, printer gone, sell on, printer back, reprint."""
    printer = FakeTcpPrinter().start()
    port = printer.port
    queue = queue_for(printer.uri)
    first = queue.submit(sample_receipt())
    updates.wait_for(first, JobStatus.DONE)
    printer.stop()

    second = queue.submit(sample_receipt(receipt_no="S001-T01-000124"))  # returns at once
    failed = updates.wait_for(second, JobStatus.FAILED)
    assert failed.printer_state is PrinterState.OFFLINE
    assert "not reachable" in failed.message

    printer = FakeTcpPrinter(port=port).start()
    try:
        third = queue.reprint(sample_receipt(receipt_no="S001-T01-000124"))
        updates.wait_for(third, JobStatus.DONE)
        (data,) = printer.wait_jobs(1)
        lines = _text(data)
        assert lines.count("*** COPY ***") == 2
        assert "[CODE128 S001-T01-000124]" in lines
    finally:
        printer.stop()


def test_jobs_print_in_order(fake_printer, queue_for, updates) -> None:
    queue = queue_for(fake_printer.uri)
    numbers = [f"S001-T01-{n:06d}" for n in range(1, 6)]
    ids = [queue.submit(sample_receipt(receipt_no=no)) for no in numbers]
    updates.wait_for(ids[-1], JobStatus.DONE)
    printed = [next(line for line in _text(job) if line.startswith("[CODE128"))
               for job in fake_printer.wait_jobs(5)]
    assert printed == [f"[CODE128 {no}]" for no in numbers]


def test_status_job_reports_state(fake_printer, queue_for, updates) -> None:
    fake_printer.state = "cover_open"
    queue = queue_for(fake_printer.uri)
    done = updates.wait_for(queue.check_status(), JobStatus.DONE)
    assert done.printer_state is PrinterState.COVER_OPEN
    assert fake_printer.jobs == []


def test_bad_uri_is_a_config_failure_without_retries(queue_for, updates) -> None:
    queue = queue_for("tcp://127.0.0.1:1")
    queue.configure("nonsense", "tm-t88")
    job = queue.submit(sample_receipt())
    failed = updates.wait_for(job, JobStatus.FAILED)
    assert "not valid" in failed.message
    assert failed.attempt == 1


def test_cancel_failed_job(fake_printer, queue_for, updates) -> None:
    fake_printer.state = "paper_out"
    queue = queue_for(fake_printer.uri)
    job = queue.submit(sample_receipt())
    updates.wait_for(job, JobStatus.FAILED)
    assert queue.cancel(job)
    assert queue.failed_jobs == []
    assert not queue.retry(job)


def test_sync_helpers(fake_printer: FakeTcpPrinter) -> None:
    from datetime import datetime

    page = TestPage("Café Müller", fake_printer.uri, "Epson TM-T88", datetime(2026, 1, 2, 3, 4))
    assert print_now(fake_printer.uri, page, "tm-t88") is PrinterState.OK
    open_drawer(fake_printer.uri, "tm-t88")
    jobs = fake_printer.wait_jobs(2)
    assert "TEST PAGE" in _text(jobs[0])
    assert _text(jobs[1]) == ["[DRAWER pin2]"]
    with open_printer(fake_printer.uri, "tm-t88") as printer:
        assert printer.status() is PrinterState.OK
    fake_printer.state = "paper_out"
    with pytest.raises(DeviceError, match="out of paper"):
        print_now(fake_printer.uri, page, "tm-t88")


def test_old_jobs_fail_instead_of_printing_late(fake_printer, updates) -> None:
    now = [0.0]
    queue = PrintQueue(fake_printer.uri, "tm-t88", on_update=updates, retry_delays=(0.01,),
                       max_age=60.0, clock=lambda: now[0])
    job = queue.submit(sample_receipt())  # queued before the worker runs
    now[0] = 61.0
    queue.start()
    try:
        failed = updates.wait_for(job, JobStatus.FAILED)
        assert "too long" in failed.message
        assert queue.failed_jobs == [job]
        assert queue.retry(job)  # Retry re-arms the age
        updates.wait_for(job, JobStatus.DONE)
    finally:
        queue.stop()


def test_paper_running_out_during_a_job_is_reported(fake_printer, queue_for, updates) -> None:
    fake_printer.runs_out_after_job = True
    queue = queue_for(fake_printer.uri)
    done = updates.wait_for(queue.submit(sample_receipt()), JobStatus.DONE)
    assert done.printer_state is PrinterState.PAPER_OUT
    assert done.message == "Printed, but: Printer is out of paper"
    assert done.problem is not None and done.problem.params == {"state": "Printer is out of paper"}


def test_drawer_opens_at_once_on_an_offline_printer(fake_printer, queue_for, updates) -> None:
    fake_printer.state = "paper_out"
    queue = queue_for(fake_printer.uri)
    updates.wait_for(queue.open_drawer(), JobStatus.DONE)
    (job,) = fake_printer.wait_jobs(1)
    assert _text(job) == ["[DRAWER pin2 now]"]  # real-time pulse, not a buffered ESC p
