"""Receipt printing for the till: open a printer, render receipts, queue jobs, kick the drawer.

Usage from the till (GUI thread; nothing here blocks)::

    from omnipos.devices.printing import PrintQueue, ReceiptOptions

    queue = PrintQueue(
        settings["printer.uri"],          # "tcp://127.0.0.1:9100", "usb://04b8:0202", ...
        settings["printer.profile"],      # "tm-t88" | "tm-t20" | "generic-80" | "generic-58"
        options=ReceiptOptions(logo=None, qr_url="", locale="en_US"),
        on_update=bridge.job_updated.emit,  # runs on the printer thread: emit a Qt signal
    ).start()

    # after complete_sale(...) has committed:
    job_id = queue.submit(result.receipt, kick_drawer=paid_with_cash)
    queue.reprint(checkout.receipt(sale_id))   # marked COPY
    queue.open_drawer()                        # journalled no-sale: journal first
    queue.retry(job_id)                        # the Retry button on a FAILED job
    queue.check_status()                       # answer comes as a "status" JobUpdate
    queue.stop()                               # on shutdown

Each ``JobUpdate`` has ``status`` (queued, printing, done, retrying, failed,
cancelled), ``printer_state`` (ok, paper_low, paper_out, cover_open, offline,
unknown) and a ``message`` for the cashier.

Synchronous helpers for settings screens and CLIs (call them off the GUI
thread): ``open_printer(uri, profile)`` returns an opened ``Printer``;
``render_receipt(receipt, profile)`` returns the ESC/POS bytes; ``print_now``
sends one document; ``open_drawer(uri, profile)`` pulses the drawer.
"""

from __future__ import annotations

import logging

from omnipos.devices.documents import CountSheet, PickupHandover, ShiftReport, TestPage
from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.devices.printer import Printer, drawer_kick_bytes
from omnipos.devices.profiles import PROFILES, PrinterProfile, get_profile
from omnipos.devices.queue import JobStatus, JobUpdate, PrintQueue
from omnipos.devices.status import PrinterState, error_for_state
from omnipos.devices.templates import Document, ReceiptOptions, render

__all__ = [
    "PROFILES",
    "CountSheet",
    "DeviceError",
    "DeviceErrorKind",
    "Document",
    "JobStatus",
    "JobUpdate",
    "PickupHandover",
    "PrintQueue",
    "Printer",
    "PrinterProfile",
    "PrinterState",
    "ReceiptOptions",
    "ShiftReport",
    "TestPage",
    "drawer_kick_bytes",
    "get_profile",
    "open_drawer",
    "open_printer",
    "print_now",
    "render_receipt",
]

log = logging.getLogger(__name__)


def open_printer(uri: str, profile: str | PrinterProfile | None = None, *,
                 timeout: float = 3.0) -> Printer:
    """An opened ``Printer`` for ``uri``; close it (or use ``with``) when done."""
    printer = Printer(uri, profile, timeout=timeout)
    printer.open()
    return printer


def render_receipt(document: Document, profile: str | PrinterProfile | None = None,
                   options: ReceiptOptions | None = None) -> bytes:
    """The ESC/POS bytes of a receipt or slip (no printer needed)."""
    resolved = profile if isinstance(profile, PrinterProfile) else get_profile(profile)
    return render(document, resolved, options)


def print_now(uri: str, document: Document, profile: str | PrinterProfile | None = None,
              options: ReceiptOptions | None = None) -> PrinterState:
    """Print one document synchronously (test print); returns the printer state.

    Raises ``DeviceError`` when the printer is unreachable or reports a problem.
    """
    resolved = profile if isinstance(profile, PrinterProfile) else get_profile(profile)
    data = render(document, resolved, options)
    with Printer(uri, resolved) as printer:
        state = printer.status()
        if not state.can_print:
            raise error_for_state(state)
        printer.write(data)
    return state


def open_drawer(uri: str, profile: str | PrinterProfile | None = None) -> None:
    """Pulse the drawer wired to the printer at ``uri`` (synchronous)."""
    with Printer(uri, profile) as printer:
        printer.kick_drawer()
    log.info("cash drawer pulsed through %s", uri)
