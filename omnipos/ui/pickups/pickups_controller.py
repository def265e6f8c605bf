"""The Pickups screen's behaviour (Alt+2): the queue, scanning, picking, handover, parcels.

One scan does what the code names (``PickupService.find``): a pickup code or
an order number opens the order at its next step (a pickup code scanned at
handover is the customer's verification); a parcel's label takes the parcel
in; an item ticks the open order's line; a name lists the customer's orders.
F12 finishes the open order's step. Everything runs on the database worker
and works offline; the hub's answers come back through sync, and new orders
and refused intents are announced on whichever screen is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from omnipos.domain.errors import plural
from omnipos.domain.permissions import Actor
from omnipos.domain.picking import Step
from omnipos.domain.pickup import FulfilmentKind
from omnipos.services.pickups import (
    Found,
    HandedOver,
    IdCheckDetails,
    PickupChanged,
    PickupDetail,
    PickupService,
    QueueFilter,
    QueueView,
    Ticked,
)
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, said, translate
from omnipos.ui.pickups.order_actions import OrderActions
from omnipos.ui.pickups.pickup_dialogs import ShipDialog
from omnipos.ui.pickups.pickup_models import KIND_WORDS, age_words, filter_words, local_time
from omnipos.ui.pickups.pickups_view import PickupsView
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.shell.keymap import Act, ScreenId

log = logging.getLogger(__name__)

REFRESH_MS = 30_000  # ages and overdue marks move on while the screen shows
AFTER_SCANS_MS = 400
Notify = Callable[[str, Level, int | None], None]
ActorSource = Callable[[], Actor | None]

_NEXT = {  # (step, shipment?) -> what F12 does, on its button (translated where it shows)
    (Step.PICK, False): QT_TRANSLATE_NOOP("Pickups", "Ready  F12"),
    (Step.PICK, True): QT_TRANSLATE_NOOP("Pickups", "Packed  F12"),
    (Step.WAIT_PARCEL, False): QT_TRANSLATE_NOOP("Pickups", "Waiting for the parcel"),
    (Step.HANDOVER, False): QT_TRANSLATE_NOOP("Pickups", "Hand over  F12"),
    (Step.SHIP, True): QT_TRANSLATE_NOOP("Pickups", "Shipped…  F12"),
    (Step.PUT_BACK, False): QT_TRANSLATE_NOOP("Pickups", "Put back  F12"),
    (Step.PUT_BACK, True): QT_TRANSLATE_NOOP("Pickups", "Put back  F12"),
    (Step.DONE, False): QT_TRANSLATE_NOOP("Pickups", "Done"),
    (Step.DONE, True): QT_TRANSLATE_NOOP("Pickups", "Done"),
}
_HINT = {
    Step.PICK: QT_TRANSLATE_NOOP("Pickups", "To pick: scan each item. F5 rejects a line you "
                                 "cannot pick."),
    Step.WAIT_PARCEL: QT_TRANSLATE_NOOP("Pickups", "Picked here. A parcel from another store is "
                                        "on its way: scan its label when it arrives."),
    Step.HANDOVER: QT_TRANSLATE_NOOP("Pickups", "Ready for the customer: scan their pickup code "
                                     "(or F4 for an ID check), then F12 hands it over."),
    Step.SHIP: QT_TRANSLATE_NOOP("Pickups", "Packed: F12 when the carrier takes it (scan the "
                                 "tracking number)."),
    Step.PUT_BACK: QT_TRANSLATE_NOOP("Pickups", "Closed at the hub: put its goods back on the "
                                     "shelf, then F12."),
    Step.DONE: QT_TRANSLATE_NOOP("Pickups", "Nothing left to do with this order."),
}


def _hint(d: PickupDetail) -> str:
    if d.step is Step.PICK and d.left == 0:
        return (translate("Pickups", "All picked: F12 marks it ready.")
                if d.kind is FulfilmentKind.PICKUP
                else translate("Pickups", "All picked: F12 when it is packed (the packing slip "
                                          "prints)."))
    return _HINT[d.step]


class PickupsController(QObject):
    """The Pickups screen (a ``shell.screen.Screen``)."""

    changed = Signal(object)  # PickupChanged: something was queued for the hub (wake sync)
    opened = Signal(object)  # PickupDetail shown

    screen_id = ScreenId.PICKUPS

    def __init__(self, view: PickupsView, svc: PickupService, runner: TaskRunner,
                 printer: ReceiptPrinter, *, notify: Notify,
                 actor: ActorSource = lambda: None, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(view)
        self.view, self._svc, self._runner, self._printer = view, svc, runner, printer
        self._notify, self._actor = notify, actor
        self.queue: QueueView | None = None
        self.filter = QueueFilter.ALL
        self.detail: PickupDetail | None = None
        self.verified_code = ""  # the pickup code scanned while the order is at handover
        self.id_check: IdCheckDetails | None = None
        self.shown = False
        self.orders = OrderActions(view, svc, runner, printer, say=self._say,
                                   failed=self.show_error, who=self._who)
        self.orders.applied.connect(self._applied)
        self.orders.handed_over.connect(self._handed_over)
        self.orders.verified.connect(self._verified)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        # Scans come in bursts: the queue is read once after the burst, not after each scan
        # (hundreds of orders take tens of ms on the database worker the scans also need).
        self._after_scans = QTimer(self)
        self._after_scans.setSingleShot(True)
        self._after_scans.setInterval(AFTER_SCANS_MS)
        self._after_scans.timeout.connect(self.refresh)
        v = view
        v.find_field.returnPressed.connect(self._on_enter)
        v.next_button.clicked.connect(self.complete)
        v.back_button.clicked.connect(self.back)
        v.print_button.clicked.connect(self.print_pick_list)
        v.reject_button.clicked.connect(self.reject_selected_line)
        v.id_button.clicked.connect(self.open_id_check)
        v.queue.doubleClicked.connect(lambda index: self._open_row(index.row()))
        for flt, button in v.tabs.items():
            button.clicked.connect(lambda _c=False, f=flt: self.set_filter(f))
        self._show_detail(None)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {
            Act.PICKUP_FIND: self.focus_find,
            Act.PICKUP_ID_CHECK: self.open_id_check,
            Act.PICKUP_REJECT: self.reject_selected_line,
            Act.PICKUP_PRINT: self.print_pick_list,
            Act.PICKUP_UP: lambda: self._move(-1),
            Act.PICKUP_DOWN: lambda: self._move(1),
            Act.PICKUP_PREV_TAB: lambda: self._cycle(-1),
            Act.PICKUP_NEXT_TAB: lambda: self._cycle(1),
        }

    def activate(self) -> None:
        self.shown = True
        self.refresh()
        self._timer.start()

    def deactivate(self) -> None:
        self.shown = False
        self._timer.stop()

    def focus_widget(self) -> QWidget:
        return self.view.find_field

    def back(self) -> bool:
        if self.detail is not None:
            self._show_detail(None)
            return True
        if self.view.find_field.text():
            self.view.find_field.clear()
            return True
        return False

    def focus_find(self) -> None:
        self.view.find_field.setFocus()
        self.view.find_field.selectAll()

    # -- messages ---------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        self.view.banner.show_error(exc, self._runner.unexpected_error.emit)

    def _say(self, text: str, level: Level = Level.SUCCESS) -> None:
        self.view.banner.show_message(text, level)

    def _who(self) -> Actor | None:
        """Who acts, read now on the GUI thread (the service names the till without one)."""
        return self._actor()

    # -- the queue ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue on the database worker and show it."""
        self._runner.run_db(self._svc.queue, self._show_queue, self.show_error)

    def poll(self, *_: Any) -> None:
        """After a sync pass: announce new orders and refusals, and show the queue anew."""
        def done(notes: list[Any]) -> None:
            arrived = [n for n in notes if not n.refusal]
            if len(arrived) == 1:
                self._notify(said(arrived[0].words, **arrived[0].values), Level.INFO, 15_000)
            elif arrived:  # a first pull brings many: one notice says it
                self._notify(said(plural("{count} new order for this store: Alt+2 Pickups",
                                         "{count} new orders for this store: Alt+2 Pickups",
                                         "count"), count=len(arrived)),
                             Level.INFO, 15_000)
            for note in notes:
                if note.refusal:  # stays until dismissed: the associate must act on it
                    self._notify(said(note.words, **note.values), Level.WARNING, 0)
            # The hub may have answered what the screen shows as waiting: read it again.
            waiting = self.queue is not None and any(r.waiting for r in self.queue.rows)
            if self.detail is not None and (notes or self.detail.waiting):
                self._reopen()
            if self.shown and (notes or waiting):
                self.refresh()

        self._runner.run_db(self._svc.announcements, done, self.show_error)

    @gui_thread_only
    def _show_queue(self, queue: QueueView) -> None:
        self.queue = queue
        selected = self.view.queue_model.row_at(self.view.selected_queue_row())
        rows = queue.shown(self.filter)
        self.view.queue_model.set_queue(rows, queue.now)
        for flt, button in self.view.tabs.items():
            count = queue.counts.get(flt, 0)
            oldest = queue.oldest.get(flt)
            age = f"\n{age_words(oldest, queue.now)}" if oldest is not None and count else ""
            button.setText(f"{filter_words(flt)} {count}{age}")
        keep = self.detail.pickup_id if self.detail is not None else (
            selected.pickup_id if selected else "")
        row = self.view.queue_model.row_of(keep) if keep else -1
        self.view.select_queue_row(row if row >= 0 else 0)
        self.view.queue_caption.setText(said(
            plural("{count} order · PgUp/PgDown change the tab · Enter opens the selected one",
                   "{count} orders · PgUp/PgDown change the tab · Enter opens the selected one",
                   "count"), count=len(rows)))

    def set_filter(self, flt: QueueFilter) -> None:
        self.filter = flt
        self.view.tabs[flt].setChecked(True)
        if self.queue is not None:
            self._show_queue(self.queue)

    def _cycle(self, step: int) -> None:
        order = list(QueueFilter)
        self.set_filter(order[(order.index(self.filter) + step) % len(order)])

    def _move(self, step: int) -> None:
        if self.detail is not None:
            row = self.view.selected_line_row()
            self.view.select_line_row(max(0, row + step))
        else:
            row = self.view.selected_queue_row()
            self.view.select_queue_row(max(0, min(row + step,
                                                  self.view.queue_model.rowCount() - 1)))

    def _open_row(self, row: int) -> None:
        item = self.view.queue_model.row_at(row)
        if item is not None:
            self.open(item.pickup_id)

    def open(self, pickup_id: str) -> None:
        self._runner.run_db(lambda: self._svc.order(pickup_id), self._opened, self.show_error)

    def _opened(self, detail: PickupDetail) -> None:
        if self.detail is None or self.detail.pickup_id != detail.pickup_id:
            self.verified_code, self.id_check = "", None
        self._show_detail(detail)

    def _reopen(self) -> None:
        if self.detail is not None:
            self.open(self.detail.pickup_id)

    # -- scanning and typing --------------------------------------------------------------

    def _on_enter(self) -> None:
        text = self.view.find_field.text().strip()
        if not text:
            if self.detail is None:
                self._open_row(self.view.selected_queue_row())
            return
        self.view.find_field.clear()
        self.on_scan(text)

    def on_scan(self, code: str) -> None:
        """A scan (or typed text + Enter): whatever the code names (see the module doc)."""
        code = code.strip()
        if not code:
            return
        if isinstance(self.dialog, ShipDialog):
            self.dialog.tracking.setText(code)  # the parcel label, scanned into the dialog
            return
        open_id = self.detail.pickup_id if self.detail is not None else None
        actor = self._who()

        def job() -> tuple[str, Any]:
            found = self._svc.find(code)
            if found.parcel:
                pid = found.orders[0].pickup_id
                return "parcel", self._svc.receive_parcel(pid, found.parcel, actor=actor)
            if found.sku:
                if open_id is None:
                    return "no_order", found
                return "tick", self._svc.tick(open_id, code, actor=actor)
            if found.orders and not found.name:
                pid = next((o.pickup_id for o in found.orders if o.pickup_id == open_id),
                           found.orders[0].pickup_id)
                return "order", (found, self._svc.order(pid))
            return "names", found

        self._runner.run_db(job, lambda result: self._scanned(code, *result), self.show_error)

    def _scanned(self, code: str, kind: str, result: Any) -> None:
        if kind == "tick":
            ticked: Ticked = result
            self._applied(ticked.changed, soon=True)
            self._say(translate("Pickups", "{name}: {qty} of {qty2} picked").format(
                name=ticked.name, qty=formatting.quantity(ticked.picked),
                qty2=formatting.quantity(ticked.to_pick)))
            row = next((i for i, ln in enumerate(ticked.changed.detail.lines)
                        if ln.pick.line_no == ticked.line_no), -1)
            self.view.select_line_row(row)
        elif kind == "parcel":
            changed: PickupChanged = result
            self._applied(changed)
            self._say(translate("Pickups", "Parcel for order {order_number} taken in: "
                                           "{label}").format(
                order_number=changed.detail.order_number, label=said(changed.detail.step.label)))
        elif kind == "order":
            found, detail = result
            self._opened(detail)
            if found.by_code and detail.step is Step.HANDOVER:
                self.verified_code = code
                self._show_detail(detail)
                self._say(translate("Pickups", "Pickup code matches: F12 hands the order over"))
        elif kind == "no_order":
            self._say(translate("Pickups", "Open an order first: scan its pickup code or order "
                                           "number, or type the customer's name"), Level.WARNING)
        else:
            found = result
            self._names(code, found)

    def _names(self, text: str, found: Found) -> None:
        if len(found.orders) == 1:
            self.open(found.orders[0].pickup_id)
            return
        if not found.orders:
            self._say(translate("Pickups", "No order, parcel or item for “{text}”").format(
                text=text), Level.WARNING)
            return
        self.set_filter(QueueFilter.ALL)
        ids = [o.pickup_id for o in found.orders]
        rows = [self.view.queue_model.row_of(pid) for pid in ids]
        self.view.select_queue_row(next((r for r in rows if r >= 0), 0))
        self._say(said(plural("{count} order for “{text}”: Up/Down to choose, Enter to open",
                              "{count} orders for “{text}”: Up/Down to choose, Enter to open",
                              "count"), count=len(ids), text=text),
                  Level.INFO)

    # -- showing an order -----------------------------------------------------------------

    def _applied(self, changed: PickupChanged, *, soon: bool = False) -> None:
        self._show_detail(changed.detail)
        if changed.event_ids:
            self.changed.emit(changed)
        if soon:
            self._after_scans.start()
        else:
            self.refresh()

    @gui_thread_only
    def _show_detail(self, d: PickupDetail | None) -> None:
        self.detail = d
        panel, v = self.view.order, self.view
        panel.show_order(d is not None)
        if d is None:
            for button in (v.print_button, v.reject_button, v.id_button):
                button.setEnabled(False)
            v.next_button.setText(translate("Pickups", "Open the selected order  Enter"))
            v.next_button.setEnabled(True)
            return
        ship = d.kind is not FulfilmentKind.PICKUP
        now = self.queue.now if self.queue is not None else d.changed_at
        panel.title.setText(f"{d.order_number} · {d.customer_name}")
        facts = [translate("Pickups", KIND_WORDS[d.kind]),
                 translate("Pickups", "placed {when}").format(when=local_time(d.placed_at, now))]
        if d.promised_by is not None:
            facts.append(f"promised {local_time(d.promised_by, now)}")
        if d.customer_phone:
            facts.append(d.customer_phone)
        if ship and d.ship_to:
            facts.append(translate("Pickups", "ship to {ship_to}").format(ship_to=d.ship_to))
        panel.facts.setText("  ·  ".join(facts))
        panel.step.setText(_hint(d))
        panel.lines_model.set_lines(d.lines, picked=d.step in (Step.HANDOVER, Step.SHIP,
                                                               Step.DONE))
        hub, level = _hub_words(d)
        panel.set_hub_text(hub, level)
        if d.kind is FulfilmentKind.PICKUP and not d.paid and d.due_minor:
            due = formatting.money_with_code(d.due_minor, d.currency)
            panel.money.setText(  # short: the panel is narrow
                translate("Pickups", "Balance {due} (deposit {deposit})").format(
                    due=due, deposit=formatting.money(d.deposit_minor, d.currency))
                if d.deposit_minor else
                translate("Pickups", "To pay at pickup: {due}").format(due=due))
        else:
            panel.money.setText(translate("Pickups", "Paid online"))
        panel.verified.setVisible(d.step is Step.HANDOVER)
        panel.verified.setText(self._verified_words())
        refund = d.step is Step.DONE and d.deposit_minor > 0  # a cancelled order's deposit
        v.next_button.setText(translate("Pickups", "Refund the deposit  F12") if refund
                              else translate("Pickups", _NEXT.get((d.step, ship), "F12")))
        v.next_button.setEnabled(refund or d.step not in (Step.DONE, Step.WAIT_PARCEL))
        v.print_button.setEnabled(d.step in (Step.PICK, Step.WAIT_PARCEL, Step.SHIP))
        v.print_button.setText(
            translate("Pickups", "Packing slip\nF6") if d.step is Step.SHIP else translate(
            "Pickups", "Pick list\nF6"))
        v.reject_button.setEnabled(d.step is Step.PICK and d.left > 0)
        v.id_button.setEnabled(d.step is Step.HANDOVER)
        if v.selected_line_row() < 0:
            v.select_line_row(0)
        row = v.queue_model.row_of(d.pickup_id)
        if row >= 0:
            v.select_queue_row(row)
        self.opened.emit(d)

    def _verified_words(self) -> str:
        if self.verified_code:
            return translate("Pickups", "Verified: the pickup code matches ✓")
        if self.id_check is not None:
            return translate("Pickups", "Verified: {words} ✓").format(words=self.id_check.words)
        return translate("Pickups", "Not verified yet: scan the customer's pickup code, or F4 for "
                                    "an ID check")

    # -- actions (``OrderActions`` does them) -------------------------------------------

    @property
    def dialog(self) -> Any:
        return self.orders.dialog

    @property
    def payment(self) -> PaymentController | None:
        return self.orders.payment

    def complete(self) -> None:
        """F12: the open order's next step (with none open: open the selected one)."""
        if self.detail is None:
            self._open_row(self.view.selected_queue_row())
            return
        self.orders.complete(self.detail, code=self.verified_code, id_check=self.id_check)

    def print_pick_list(self) -> None:
        if self.detail is not None:
            self.orders.print_pick_list(self.detail)

    def reject_selected_line(self) -> None:
        if self.detail is not None:
            self.orders.reject_line(self.detail, self.view.selected_line_row())

    def open_id_check(self) -> None:
        if self.detail is not None:
            self.orders.open_id_check(self.detail)

    def _verified(self, details: IdCheckDetails) -> None:
        self.id_check, self.verified_code = details, ""
        if self.detail is not None:
            self._show_detail(self.detail)

    def _handed_over(self, result: HandedOver) -> None:
        self.changed.emit(result.changed)
        self._show_detail(None)
        self.refresh()


def _hub_words(d: PickupDetail) -> tuple[str, str]:
    """What the hub said or has not said yet, and how loud (the label's level)."""
    if d.refusal is not None:
        return error_text(d.refusal), "error"
    if d.waiting and d.waiting_since is not None:
        return (translate("Pickups", "Waiting for the hub since {time}. Work on: nothing is "
                                     "lost offline.").format(
            time=formatting.clock(d.waiting_since)), "warning")
    if d.exception:
        return translate("Pickups", "For customer service: {exception}").format(
            exception=d.exception), "warning"
    return "", "info"
