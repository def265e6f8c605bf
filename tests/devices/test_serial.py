"""A serial printer and a serial scanner, each on a pseudo-terminal pair."""

from __future__ import annotations

import os
import queue
import select
import threading
import tty
from collections.abc import Iterator

import pytest

from omnipos.devices.decode import decode_escpos
from omnipos.devices.errors import DeviceError
from omnipos.devices.printer import Printer
from omnipos.devices.profiles import get_profile
from omnipos.devices.serial_scanner import SerialScanner, split_scans
from omnipos.devices.status import PrinterState
from omnipos.devices.templates import render
from omnipos.domain.errors import Message
from tests.devices.conftest import sample_receipt

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pty")


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    """(master fd, slave device path) in raw mode."""
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


def _serve_printer(master: int, answers: dict[int, int], received: bytearray,
                   stop: threading.Event, arrived: threading.Condition) -> None:
    """The printer side: answer DLE EOT n, keep everything else."""
    while not stop.is_set():
        ready, _, _ = select.select([master], [], [], 0.05)
        if not ready:
            continue
        try:
            data = os.read(master, 4096)
        except OSError:
            return
        i = 0
        while i < len(data):
            if data[i:i + 2] == b"\x10\x04" and i + 2 < len(data):
                os.write(master, bytes([answers[data[i + 2]]]))
                i += 3
            else:
                with arrived:
                    received.append(data[i])
                    arrived.notify_all()
                i += 1


def test_serial_printer_prints_and_reads_status(pty_pair) -> None:
    master, path = pty_pair
    received = bytearray()
    stop = threading.Event()
    arrived = threading.Condition()
    answers = {1: 0x12, 2: 0x12, 4: 0x12 | 0x0C}  # online, paper near end
    server = threading.Thread(target=_serve_printer,
                              args=(master, answers, received, stop, arrived))
    server.start()
    profile = get_profile("generic-58")
    job = render(sample_receipt(), profile)
    try:
        with Printer(f"serial://{path}?baudrate=19200", profile, timeout=1.0) as printer:
            assert printer.status() is PrinterState.PAPER_LOW
            printer.write(job)
        with arrived:
            assert arrived.wait_for(lambda: len(received) >= len(job), 5)
    finally:
        stop.set()
        server.join()
    assert bytes(received) == job
    lines = decode_escpos(bytes(received))
    assert "[CODE128 S001-T01-000123]" in lines
    assert max(len(line) for line in lines if not line.startswith("[")) <= 32


def test_serial_printer_missing_device_is_offline() -> None:
    with pytest.raises(DeviceError) as info:
        Printer("serial:///dev/omnipos-no-such-tty", "generic-80").open()
    assert info.value.kind == "offline"
    # The operating system's reason as words the till says in its language (a marked message).
    assert info.value.params["reason"] == "there is no such device"
    assert isinstance(info.value.params["reason"], Message)


def test_serial_scanner_reads_scans(pty_pair) -> None:
    master, path = pty_pair
    scans: queue.Queue[str] = queue.Queue()
    scanner = SerialScanner(f"serial://{path}?baudrate=9600", scans.put).start()
    try:
        assert scanner.wait_connected(5)
        os.write(master, b"5901234123457\r")
        os.write(master, b"]C1010590123412345710AB")  # a scan split across two reads
        os.write(master, b"C\x1d3103001234\r\n")
        assert scans.get(timeout=5) == "5901234123457"
        assert scans.get(timeout=5) == "]C1010590123412345710ABC\x1d3103001234"
    finally:
        scanner.stop()


def test_serial_scanner_reports_missing_port() -> None:
    errors: queue.Queue[DeviceError] = queue.Queue()
    scanner = SerialScanner("serial:///dev/omnipos-no-such-tty", lambda code: None,
                            on_error=errors.put, reopen_delays=(0.05,)).start()
    try:
        error = errors.get(timeout=5)
        assert error.kind == "offline"
        assert str(error) == ("Scanner serial:///dev/omnipos-no-such-tty is not reachable: "
                              "there is no such device")

    finally:
        scanner.stop()


def test_split_scans() -> None:
    assert split_scans(b"123\r\n456\r78") == (["123", "456"], b"78")
    assert split_scans(b"\r\n\r\n") == ([], b"")


def test_scanner_needs_serial_uri() -> None:
    with pytest.raises(DeviceError):
        SerialScanner("tcp://127.0.0.1:1", lambda code: None)


def test_serial_scanner_routes_to_gui_handler(pty_pair, qtbot) -> None:
    from omnipos.ui.shell.scanning import ScanRouter, start_serial_scanner

    master, path = pty_pair
    router = ScanRouter()
    got: list[str] = []
    router.push(got.append, name="till")
    scanner = start_serial_scanner(f"serial://{path}", router)
    try:
        assert scanner.wait_connected(5)
        os.write(master, b"96385074\r\n")
        qtbot.waitUntil(lambda: got == ["96385074"])
    finally:
        scanner.stop()
