"""The Parcels screen's behaviour (Alt+4): take a mail return in with the scanner alone.

Scan the RMA label: the expected items appear. Scan each item in the parcel
(new and restocked unless F5/F6 say otherwise; F8 a note). F12 completes:
what was not scanned is recorded as missing, and the hub is told (offline
too). Every scan and every choice is stored before it is shown, so a parcel
left open (a closed window, a crash) is resumed when the screen shows again
or its label is scanned again. A parcel without its label is found by the
order or receipt number inside it, matched to one later (F4), or set aside
with a note (F2).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from omnipos.domain.errors import ValidationError, plural
from omnipos.domain.permissions import Actor
from omnipos.domain.returns import RMA_PREFIX, Condition, Disposition
from omnipos.services.parcels import FoundItem, IntakeCompleted, IntakeView, ParcelService
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.choice_dialog import ChoiceDialog
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.i18n import said, said_value, translate
from omnipos.ui.parcels.parcels_view import ParcelsView
from omnipos.ui.shell.keymap import Act, ScreenId

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]
# The choices' words are said when a dialog opens (the till's language may change).
CONDITIONS = tuple(Condition)
DISPOSITIONS = tuple(d for d in Disposition if d.received)


class TextDialog(FormDialog):
    """One line of text: a note, or the receipt or order number a parcel returns."""

    def __init__(self, title: str, heading: str, label: str, text: str = "", *,
                 required: bool = True, name: str = "textDialog",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, heading=heading, width=600, name=name, parent=parent)
        self._required = required
        self.field = QLineEdit(text, self)
        self.field.setObjectName("textField")
        self.field.setMaxLength(200)
        self.add_row(label, self.field)

    def read(self) -> str:
        text = self.field.text().strip()
        if self._required and not text:
            raise ValidationError(translate("Parcels", "type something first (Esc goes back)"))
        return text


class ParcelsController(QObject):
    """The Parcels screen (a ``shell.screen.Screen``)."""

    changed = Signal(object)  # IntakeCompleted: queued for the hub (wake sync)

    screen_id = ScreenId.PARCELS

    def __init__(self, view: ParcelsView, svc: ParcelService, runner: TaskRunner, *,
                 actor: ActorSource = lambda: None) -> None:
        super().__init__(view)
        self.view, self._svc, self._runner, self._actor = view, svc, runner, actor
        self.intake: IntakeView | None = None
        self.dialog: Any = None
        self._resumed = False
        v = view
        v.find_field.returnPressed.connect(self._on_enter)
        v.complete_button.clicked.connect(self.complete)
        v.back_button.clicked.connect(self.back)
        v.set_aside_button.clicked.connect(self.set_aside)
        v.match_button.clicked.connect(self.match)
        v.condition_button.clicked.connect(self.open_condition)
        v.disposition_button.clicked.connect(self.open_disposition)
        v.note_button.clicked.connect(self.open_note)
        v.remove_button.clicked.connect(self.remove_selected)
        self._show(None)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {
            Act.PARCEL_SET_ASIDE: self.set_aside,
            Act.PARCEL_MATCH: self.match,
            Act.PARCEL_CONDITION: self.open_condition,
            Act.PARCEL_DISPOSITION: self.open_disposition,
            Act.PARCEL_NOTE: self.open_note,
            Act.PARCEL_REMOVE: self.remove_selected,
            Act.PARCEL_UP: lambda: self._move(-1),
            Act.PARCEL_DOWN: lambda: self._move(1),
        }

    def activate(self) -> None:
        """Showing the screen resumes a parcel left open (a crash, a closed window)."""
        if self.intake is None:
            self._runner.run_db(self._svc.open_intakes, self._open_ones, self.show_error)

    def deactivate(self) -> None:
        pass  # the parcel is on disk; it is shown again when the screen comes back

    def focus_widget(self) -> QWidget:
        return self.view.find_field

    def back(self) -> bool:
        if self.view.find_field.text():
            self.view.find_field.clear()
            return True
        if self.intake is not None:
            label = said_value(self.intake.label)
            self._show(None)
            self._say(translate("Parcels", "{label} stays open: scan its label again to "
                                           "go on").format(label=label), Level.INFO)
            return True
        return False

    # -- messages -----------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        self.view.banner.show_error(exc, self._runner.unexpected_error.emit)

    def _say(self, text: str, level: Level = Level.SUCCESS, ms: int | None = None) -> None:
        self.view.banner.show_message(text, level, ms)

    def _open_dialog(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- opening a parcel -----------------------------------------------------------------

    def _open_ones(self, open_ones: list[IntakeView]) -> None:
        if self.intake is not None or not open_ones:
            self._others(open_ones)
            return
        latest = open_ones[0]
        self._show(latest)
        self._say(said(plural("{label} resumed where it stopped: {count} item scanned so far",
                              "{label} resumed where it stopped: {count} items scanned so far",
                              "count"), label=latest.label, count=len(latest.items)),
                  Level.INFO, 8000)
        self._others(open_ones)

    def _others(self, open_ones: list[IntakeView]) -> None:
        rest = [said_value(i.label) for i in open_ones if self.intake is None
                or i.intake_id != self.intake.intake_id]
        self.view.others.setText(
            translate("Parcels", "Also open: {parcels}").format(parcels=", ".join(rest))
            if rest else "")

    def _on_enter(self) -> None:
        text = self.view.find_field.text().strip()
        self.view.find_field.clear()
        if text:
            self.on_scan(text)

    def on_scan(self, code: str) -> None:
        """An RMA label (or an order or receipt number) opens its parcel; an item is found."""
        code = code.strip()
        if not code:
            return
        actor = self._actor()
        if self.intake is None or code.upper().replace(" ", "").startswith(RMA_PREFIX):
            self._runner.run_db(lambda: self._svc.start(code, actor=actor), self._started,
                                self.show_error)
            return
        intake_id = self.intake.intake_id
        self._runner.run_db(lambda: (self._svc.scan(intake_id, code),
                                     self._svc.view(intake_id)), self._scanned,
                            self.show_error)

    def _started(self, view: IntakeView) -> None:
        resumed = bool(view.items)
        self._show(view)
        if resumed:
            self._say(said(plural("{label} resumed: {count} item scanned so far",
                                  "{label} resumed: {count} items scanned so far", "count"),
                           label=view.label, count=len(view.items)), Level.INFO)
        elif view.has_rma:
            self._say(translate("Parcels", "{label}: scan each item in the parcel, then "
                                           "F12").format(label=said_value(view.label)),
                      Level.INFO)
        else:
            self._say(translate("Parcels", "No RMA for {reference}: scan what is in the "
                                           "parcel; the hub matches it to the order").format(
                reference=view.receipt_no or view.order_id), Level.WARNING, 10_000)

    def _scanned(self, pair: tuple[FoundItem, IntakeView]) -> None:
        item, view = pair
        self._show(view, select=len(view.items) - 1)
        if item.unexpected and view.has_rma:
            self._say(translate("Parcels", "{name} is not on the RMA: kept as an exception for "
                                           "customer service").format(name=item.name),
                      Level.WARNING)
        else:
            self._say(translate("Parcels", "{name}: found (new, restock). F5/F6 change it").format(
                name=item.name))

    # -- the items ----------------------------------------------------------------------

    def _selected_item(self) -> FoundItem | None:
        if self.intake is None or not self.intake.items:
            self._say(translate("Parcels", "Scan an item of the parcel first"), Level.WARNING)
            return None
        row = self.view.selected_item()
        return self.intake.items[row if row >= 0 else -1]

    def _move(self, step: int) -> None:
        count = self.view.found_model.rowCount()
        if count:
            self.view.select_item(max(0, min(count - 1, self.view.selected_item() + step)))

    def _change(self, change: Callable[[], IntakeView], select: int | None = None) -> None:
        self._runner.run_db(change, lambda v: self._show(v, select=select), self.show_error)

    def open_condition(self) -> None:
        item = self._selected_item()
        if item is None or self.intake is None:
            return
        intake_id, row = self.intake.intake_id, self.view.selected_item()
        dialog = ChoiceDialog(translate("Parcels", "Condition"),
                              translate("Parcels", "{name}: in what "
                                                                "condition?").format(
            name=item.name), [(c, said(c.label)) for c in CONDITIONS],
                              item.condition, name="conditionDialog", parent=self.view)
        dialog.submitted.connect(lambda c: self._change(
            lambda: self._svc.grade(intake_id, item.item_no, c), row))
        self._open_dialog(dialog)

    def open_disposition(self) -> None:
        item = self._selected_item()
        if item is None or self.intake is None:
            return
        intake_id, row = self.intake.intake_id, self.view.selected_item()
        condition = item.condition or Condition.NEW
        dialog = ChoiceDialog(translate("Parcels", "Where it goes"), translate(
            "Parcels", "{name}: what becomes of it?").format(name=item.name),
                              [(d, said(d.label)) for d in DISPOSITIONS], item.disposition,
                              name="dispositionDialog",
                              parent=self.view)
        dialog.submitted.connect(lambda d: self._change(
            lambda: self._svc.grade(intake_id, item.item_no, condition, d), row))
        self._open_dialog(dialog)

    def open_note(self) -> None:
        if self.intake is None:
            self._say(translate("Parcels", "Scan the parcel's label first"), Level.WARNING)
            return
        intake_id = self.intake.intake_id
        row = self.view.selected_item()
        item = self.intake.items[row] if 0 <= row < len(self.intake.items) else None
        what = item.name if item is not None else translate("Parcels", "the parcel")
        dialog = TextDialog(translate("Parcels", "Note"),
                            translate("Parcels", "A note on {what}").format(what=what),
                            translate("Parcels", "Note"),
                            item.note if item is not None else self.intake.note,
                            required=False, name="noteDialog", parent=self.view)
        item_no = item.item_no if item is not None else None
        dialog.submitted.connect(lambda text: self._change(
            lambda: self._svc.note(intake_id, item_no, text), row))
        self._open_dialog(dialog)

    def remove_selected(self) -> None:
        item = self._selected_item()
        if item is None or self.intake is None:
            return
        intake_id = self.intake.intake_id
        self._change(lambda: self._svc.remove(intake_id, item.item_no))

    def set_aside(self) -> None:
        """F2: a parcel with no label and nothing to go by: taken in and held, with a note."""
        actor = self._actor()
        dialog = TextDialog(translate("Parcels", "Parcel without an RMA"),
                            translate("Parcels",
                                      "Set the parcel aside: who sent it, what is in it?"),
                            translate("Parcels", "Note"), name="setAsideDialog", parent=self.view)
        dialog.submitted.connect(lambda text: self._runner.run_db(
            lambda: self._svc.set_aside(text, actor=actor), self._started, self.show_error))
        self._open_dialog(dialog)

    def match(self) -> None:
        """F4: the receipt or web order a parcel without an RMA returns."""
        if self.intake is None or self.intake.has_rma:
            self._say(translate("Parcels", "Only a parcel without an RMA is matched by hand"),
                      Level.WARNING)
            return
        intake_id = self.intake.intake_id
        dialog = TextDialog(translate("Parcels", "Match the parcel"),
                            translate("Parcels", "Which sale or web order does it return?"),
                            translate("Parcels", "Receipt or order number"), name="matchDialog",
                            parent=self.view)
        dialog.submitted.connect(lambda text: self._change(
            lambda: self._svc.match(intake_id, text)))
        self._open_dialog(dialog)

    # -- showing it -------------------------------------------------------------------------

    @gui_thread_only
    def _show(self, intake: IntakeView | None, select: int | None = None) -> None:
        self.intake = intake
        v = self.view
        if intake is None:
            v.expected_model.set_rows([])
            v.found_model.set_rows([])
            v.show_parcel(False, expected=False)
            v.summary.setText("")
            v.exceptions.setText("")
            v.exceptions.setVisible(False)
            v.complete_button.setEnabled(False)
            return
        v.title.setText(said_value(intake.label))
        facts = []
        if intake.customer_name:
            facts.append(intake.customer_name)
        if intake.receipt_no or intake.order_id:
            origin = intake.receipt_no or translate("Parcels", "web order {order_id}").format(
                order_id=intake.order_id)
            facts.append(translate("Parcels", "returns {original}").format(original=origin)
                         + (f" ({intake.origin_store})" if intake.origin_store else ""))
        facts.append(translate("Parcels", "started {when}").format(
            when=formatting.day_time(intake.started_at)))
        if intake.note:
            facts.append(intake.note)
        v.facts.setText("  ·  ".join(facts))
        v.expected_model.set_rows(intake.expected)
        v.found_model.has_rma = intake.has_rma
        v.found_model.set_rows(intake.items)
        v.show_parcel(True, expected=bool(intake.expected))
        expected = sum(ln.quantity for ln in intake.expected)
        scanned = len(intake.items)
        v.summary.setText(translate("Parcels", "Scanned {scanned}").format(scanned=scanned) + (
            translate("Parcels", " of {qty} expected").format(
                qty=formatting.quantity(expected)) if intake.has_rma else ""))
        words = []
        if intake.missing:
            words.append(translate("Parcels", "Missing so far: ") + ", ".join(
                f"{formatting.quantity(ln.missing)} × {ln.name}" for ln in intake.missing))
        if intake.unexpected:
            words.append(translate("Parcels", "Not on the RMA: {items}").format(
                items=", ".join(i.name for i in intake.unexpected)))
        v.exceptions.setText("\n".join(words))
        v.exceptions.setVisible(bool(words))
        v.complete_button.setEnabled(bool(intake.items) or intake.has_rma)
        v.match_button.setEnabled(not intake.has_rma)
        if select is not None:
            v.select_item(select)
        elif v.selected_item() < 0 and intake.items:
            v.select_item(len(intake.items) - 1)

    # -- F12 ----------------------------------------------------------------------------

    def complete(self) -> None:
        """F12: the parcel is taken in; what was not scanned is recorded as missing."""
        if self.intake is None:
            self._say(translate("Parcels", "Scan the parcel's RMA label first"), Level.WARNING)
            return
        intake_id, actor = self.intake.intake_id, self._actor()
        self._runner.run_db(lambda: self._svc.complete(intake_id, actor=actor), self._done,
                            self.show_error)

    def _done(self, done: IntakeCompleted) -> None:
        view = done.view
        received = sum(1 for i in view.items if i.disposition.received)
        text = said(plural("{parcel} taken in: {count} item", "{parcel} taken in: {count} items",
                           "count"), parcel=view.label, count=received)
        if done.missing:
            text += translate("Parcels", ", missing ") + ", ".join(
                f"{formatting.quantity(ln.missing)} × {ln.name}" for ln in done.missing)
        if done.unexpected:
            text += said(plural(", {count} not on the RMA", ", {count} not on the RMA", "count"),
                         count=len(done.unexpected))
        text += translate("Parcels", ". The hub decides the refund.")
        self._say(text, Level.SUCCESS, 15_000)
        self.changed.emit(done)
        self._show(None)
        self.activate()  # another parcel left open comes next
