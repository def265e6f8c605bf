"""Qt bridge over the device layer's PrintQueue; printing never blocks selling.

The PrintQueue (``omnipos.devices.printing``) is the printer's own worker: it
renders, sends, retries and reports each job through ``on_update`` on its
thread. This bridge forwards those updates to the GUI thread by signal and
turns the ones a cashier must know about into messages.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from omnipos.domain.errors import UserFacingError
from omnipos.domain.receipt import SaleReceipt
from omnipos.ui.i18n import error_text, said, translate

if TYPE_CHECKING:
    from omnipos.devices.printing import JobUpdate

log = logging.getLogger(__name__)

QueueFactory = Callable[..., Any]  # (uri, profile, *, on_update) -> PrintQueue-like


def print_queue(uri: str, profile: str | None, **kwargs: Any) -> Any:
    """The device layer's PrintQueue. The printer stack (python-escpos and its capability
    database) is imported here, when a printer is first set up: the till starts without it
    and sets its printer up once the window shows (ui/app.py). What it prints is said in
    the till's language (``said`` reads the catalogue when each job is rendered)."""
    from omnipos.devices.printing import PrintQueue, ReceiptOptions

    kwargs.setdefault("options", ReceiptOptions(say=said))
    return PrintQueue(uri, profile, **kwargs)


class ReceiptPrinter(QObject):
    printed = Signal(str)  # receipt number
    failed = Signal(str)  # a job gave up: stays on screen until dismissed
    trouble = Signal(str)  # a job is being retried: shown for a while
    job_updated = Signal(object)  # every JobUpdate, on the GUI thread
    _from_worker = Signal(object)  # JobUpdate emitted on the queue's thread

    def __init__(self, uri: str | None, profile: str | None = None, *,
                 queue_factory: QueueFactory = print_queue) -> None:
        super().__init__()
        self.uri = uri or ""
        self.profile = profile
        self._factory = queue_factory
        self._queue: Any = None
        self._from_worker.connect(self._on_update)  # queued: runs on the GUI thread
        if uri:
            self._queue = queue_factory(uri, profile, on_update=self._from_worker.emit)
            self._queue.start()

    @property
    def configured(self) -> bool:
        return self._queue is not None

    @property
    def queue(self) -> Any:
        """The device PrintQueue (None without a printer), for other documents and no-sale."""
        return self._queue

    def reconfigure(self, uri: str | None, profile: str | None = None) -> None:
        """Use another printer from the next job on (device settings saved; no restart)."""
        uri = uri or ""
        if uri == self.uri and profile == self.profile:
            return
        self.uri, self.profile = uri, profile
        if self._queue is not None and uri:
            self._queue.configure(uri, profile)
        elif uri:
            self._queue = self._factory(uri, profile, on_update=self._from_worker.emit)
            self._queue.start()
        elif self._queue is not None:
            old, self._queue = self._queue, None
            # Stopping waits for the job in hand; never on the GUI thread.
            threading.Thread(target=old.stop, name="omnipos-printer-stop", daemon=True).start()
        log.info("receipt printer now %s", uri or "(none)")

    def print_document(self, document: Any) -> bool:
        """Queue any printable document (X/Z report, count sheet); False without a printer."""
        if self._queue is None:
            self.failed.emit(translate("Devices", "No receipt printer is set up (Devices, or "
                                                  "the printer.uri setting)."))
            return False
        try:
            self._queue.submit(document)
        except UserFacingError as exc:
            self.failed.emit(translate("Devices", "Did not print: {reason}").format(
                reason=error_text(exc)))
            return False
        return True

    def open_drawer(self) -> bool:
        """Pulse the cash drawer through the printer; False without a printer."""
        if self._queue is None:
            log.info("no printer configured; drawer not opened")
            return False
        try:
            self._queue.open_drawer()
        except UserFacingError as exc:
            self.failed.emit(translate("Devices", "The cash drawer did not open: {reason}")
                             .format(reason=error_text(exc)))
            return False
        return True

    def print_receipt(self, receipt: SaleReceipt, *, open_drawer: bool = False) -> None:
        """Queue a receipt (after its sale committed); kick the drawer first for cash."""
        if self._queue is None:
            log.info("no printer configured; receipt %s not printed", receipt.receipt_no)
            return
        try:
            self._queue.submit(receipt, kick_drawer=open_drawer)
        except UserFacingError as exc:
            self._not_printed(receipt, exc)

    def reprint(self, receipt: SaleReceipt) -> None:
        if self._queue is None:
            self.failed.emit(translate("Devices", "No receipt printer is set up (Devices, "
                                                  "--printer URI or the printer.uri setting)."))
            return
        try:
            self._queue.reprint(receipt)
        except UserFacingError as exc:
            self._not_printed(receipt, exc)

    def _not_printed(self, receipt: SaleReceipt, exc: UserFacingError) -> None:
        self.failed.emit(translate("Devices", "Receipt {number} did not print: {reason}").format(
            number=receipt.receipt_no, reason=error_text(exc)))

    def stop(self, drain_s: float = 3.0) -> None:
        """On close: give waiting receipts a moment to print, then stop the queue."""
        if self._queue is None:
            return
        wait_idle = getattr(self._queue, "wait_idle", None)
        if wait_idle is not None and not wait_idle(drain_s):
            log.warning("closing with receipts still waiting for the printer")
        self._queue.stop()

    def _on_update(self, update: JobUpdate) -> None:
        from omnipos.devices.printing import JobStatus  # loaded with the queue that sent it

        self.job_updated.emit(update)
        if update.kind == "status":
            return
        words = error_text(update.problem) if update.problem is not None else said(update.message)
        if update.status is JobStatus.DONE:
            if update.kind == "receipt":
                self.printed.emit(update.label)
        elif update.status is JobStatus.FAILED:
            self.failed.emit(
                translate("Devices", "The cash drawer did not open: {reason}").format(
                    reason=words) if update.kind == "drawer" else
                translate("Devices", "Receipt {label} did not print: {reason}. The sale is saved; "
                                     "use Reprint when the printer is back.").format(
                    label=update.label, reason=words))
        elif update.status is JobStatus.RETRYING and update.attempt == 1:
            self.trouble.emit(translate("Devices", "Printer problem: {reason}. Retrying…").format(
                reason=words))
