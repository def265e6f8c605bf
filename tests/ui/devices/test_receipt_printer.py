"""ReceiptPrinter's public API: documents, drawer, and a printer changed without restart."""

from __future__ import annotations

from typing import Any

from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from tests.ui.conftest import FakeQueue


def _printer(uri: str | None) -> tuple[ReceiptPrinter, list[FakeQueue]]:
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queues.append(FakeQueue(uri, profile, on_update))
        return queues[-1]

    return ReceiptPrinter(uri, queue_factory=factory), queues


def test_print_document_and_open_drawer_go_to_the_queue(qapp) -> None:
    printer, queues = _printer("file:///dev/null")
    assert printer.print_document("X report") is True
    assert printer.open_drawer() is True
    assert queues[0].submitted == [("X report", False)] and queues[0].drawers == 1


def test_without_a_printer_the_cashier_is_told(qapp) -> None:
    printer, queues = _printer(None)
    messages: list[str] = []
    printer.failed.connect(messages.append)
    assert printer.print_document("X report") is False
    assert printer.open_drawer() is False
    assert not queues and "No receipt printer" in messages[0]


def test_reconfigure_uses_the_new_printer_from_the_next_job(qapp) -> None:
    printer, queues = _printer(None)
    printer.reconfigure("tcp://127.0.0.1:9100", "tm-t20")
    assert printer.configured and queues[0].started
    printer.reconfigure("file:///tmp/other.bin", "generic-58")
    assert len(queues) == 1 and queues[0].uri == "file:///tmp/other.bin"
    assert queues[0].profile == "generic-58"
    printer.reconfigure("", None)
    assert not printer.configured
