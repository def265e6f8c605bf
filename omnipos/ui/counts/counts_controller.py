"""The Counts screen's behaviour (Alt+5): the open counts, counting by scanning, the review.

The scanner alone goes the whole way: Alt+5 lists the open counts with the
next due one selected; Enter (or the first scan) opens it; each scan counts
one and shows only once it is on disk; F12 opens the review and F12 again
submits it, asking for a manager's PIN where the store has staff. Esc steps
back (review -> counting -> the list) and leaves nothing behind: the count
is on disk and opens again where it was. Everything runs on the database
worker and works offline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.domain.counts import AreaState
from omnipos.domain.errors import plural
from omnipos.domain.permissions import Actor
from omnipos.services.counts import Counted, CountService, Review, SessionInfo
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.counts.count_models import CountedLine, Mode, due_words
from omnipos.ui.counts.counts_view import CountsView
from omnipos.ui.counts.review_actions import ReviewActions
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import said, translate
from omnipos.ui.selling.quantity_dialog import QuantityDialog
from omnipos.ui.selling.search_controller import SearchController
from omnipos.ui.shell.keymap import Act, ScreenId

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]


_HINTS = {  # translated where they show
    Mode.LIST: QT_TRANSLATE_NOOP("Counts", "Enter (or a scan) opens the selected count. F5 "
                                 "counts one area of it, F8 starts a new count."),
    Mode.COUNTING: QT_TRANSLATE_NOOP("Counts", "Scan each item: one scan counts one. F4 after a "
                                     "scan: how many (a case). F2 finds an item without a "
                                     "barcode. F12: review."),
    Mode.REVIEW: QT_TRANSLATE_NOOP("Counts", "F5 recounts the selected line, F4 gives its "
                                   "reason, F8 matches an unknown code. F12 submits (a manager "
                                   "approves). Esc counts more."),
}
_NEXT = {Mode.LIST: QT_TRANSLATE_NOOP("Counts", "Open  Enter"),
         Mode.COUNTING: QT_TRANSLATE_NOOP("Counts", "Review  F12"),
         Mode.REVIEW: QT_TRANSLATE_NOOP("Counts", "Submit  F12")}


class CountsController(ReviewActions, QObject):
    """The Counts screen (a ``shell.screen.Screen``)."""

    changed = Signal(object)  # CountSubmitted or SessionInfo: something queued for the hub
    counted = Signal(object)  # Counted, once it is on disk and shown

    screen_id = ScreenId.COUNTS

    def __init__(self, view: CountsView, svc: CountService, runner: TaskRunner,
                 printer: ReceiptPrinter, *, export_dir: Path, actor: ActorSource = lambda: None,
                 approvals: Approvals | None = None) -> None:
        super().__init__(view)
        self.view, self._svc, self._runner, self._printer = view, svc, runner, printer
        self._actor, self._approvals, self._export_dir = actor, approvals, Path(export_dir)
        self.mode = Mode.LIST
        self.sessions: list[SessionInfo] = []
        self.session: SessionInfo | None = None
        self.area = ""
        self.last_sku: str | None = None
        self.review: Review | None = None
        self.shows_expected = False
        self.dialog: Any = None  # the dialog open now (tests, screenshots)
        self.search: SearchController | None = None
        v = view
        v.scan_field.returnPressed.connect(self._on_enter)
        v.next_button.clicked.connect(self.complete)
        v.back_button.clicked.connect(self.back)
        v.find_button.clicked.connect(self.find_item)
        v.quantity_button.clicked.connect(self.quantity)
        v.area_button.clicked.connect(self.area_or_recount)
        v.print_button.clicked.connect(self.print_sheet)
        v.other_button.clicked.connect(self.new_or_match)
        v.export_button.clicked.connect(self.export)
        v.sessions.doubleClicked.connect(lambda index: self._open(index.row()))
        self._show_mode(Mode.LIST)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {Act.COUNT_FIND: self.find_item, Act.COUNT_QUANTITY: self.quantity,
                Act.COUNT_AREA: self.area_or_recount, Act.COUNT_PRINT: self.print_sheet,
                Act.COUNT_OTHER: self.new_or_match, Act.COUNT_EXPORT: self.export,
                Act.COUNT_UP: lambda: self._move(-1), Act.COUNT_DOWN: lambda: self._move(1)}

    def activate(self) -> None:
        if self.mode is Mode.LIST:
            self.refresh()

    def deactivate(self) -> None:
        """The count stays as it is (on disk); Alt+5 comes back to it."""

    def focus_widget(self) -> QWidget:
        return self.view.scan_field

    def complete(self) -> None:
        """F12: open the selected count, review the count, submit the review."""
        if self.mode is Mode.LIST:
            self._open(self.view.selected_row())
        elif self.mode is Mode.COUNTING:
            self._open_review()
        else:
            self.submit()

    def back(self) -> bool:
        if self.view.scan_field.text():
            self.view.scan_field.clear()
            return True
        if self.mode is Mode.REVIEW and self.session is not None:
            sid, area = self.session.session_id, self.area
            self._runner.run_db(lambda: self._svc.back_to_counting(sid, area),
                                lambda _r: self._resume(), self.show_error)
            return True
        if self.mode is Mode.COUNTING:
            self.refresh()
            self._show_mode(Mode.LIST)
            return True
        return False

    def _who(self) -> Actor | None:
        return self._actor()

    # -- showing -------------------------------------------------------------------------

    @gui_thread_only
    def show_error(self, exc: BaseException) -> None:
        self.view.banner.show_error(exc, self._runner.unexpected_error.emit)

    def _say(self, text: str, level: Level = Level.INFO) -> None:
        self.view.banner.show_message(text, level)

    def _show_mode(self, mode: Mode) -> None:
        self.mode = mode
        v = self.view
        v.hint.setText(translate("Counts", _HINTS[mode]))
        v.next_button.setText(translate("Counts", _NEXT[mode]))
        counting = mode is Mode.COUNTING
        v.find_button.setEnabled(counting)
        v.quantity_button.setText(translate("Counts", "Quantity\nF4") if mode is not Mode.REVIEW
                                  else translate("Counts", "Reason\nF4"))
        v.quantity_button.setEnabled(mode is not Mode.LIST)
        v.area_button.setText(translate("Counts", "Recount\nF5") if mode is Mode.REVIEW
                              else translate(
            "Counts", "Area\nF5"))
        some = mode is not Mode.LIST or bool(self.sessions)  # on the list: a count to act on
        v.area_button.setEnabled(mode is not Mode.COUNTING and some)
        v.print_button.setEnabled(some)
        v.other_button.setText(translate("Counts", "Match code\nF8") if mode is Mode.REVIEW
                               else translate(
            "Counts", "New count\nF8"))
        v.other_button.setEnabled(mode is not Mode.COUNTING)
        v.export_button.setEnabled(mode is not Mode.LIST)
        v.progress.setVisible(mode is not Mode.LIST)
        v.last.setVisible(counting)
        v.scan_field.setPlaceholderText(
            translate("Counts", "Scan an item (or type its SKU or barcode, then Enter)")
            if counting else
            translate("Counts", "Scan to open the selected count and count the item")
            if mode is Mode.LIST else
            translate("Counts", "In review: Esc to count more"))
        if mode is Mode.LIST:
            v.title.setText(translate("Counts", "Counts: open counts of this store"))
            v.stack.setCurrentWidget(v.sessions if self.sessions else v.empty)
        elif counting:
            v.stack.setCurrentWidget(v.lines)
        else:
            v.stack.setCurrentWidget(v.review)

    def _title(self) -> str:
        s = self.session
        assert s is not None
        where = f" · {self.area}" if self.area else ""
        due = translate("Counts", " · due {when}").format(
            when=due_words(s.due, s.overdue)) if s.due else ""
        blind = translate("Counts", " · blind count") if s.blind else ""
        return translate("Counts", "Count {number}: {title}").format(
            number=s.number, title=s.title) + where + due + blind

    def _set_progress(self, counted: int, expected: int | None) -> None:
        bar = self.view.progress
        if expected:
            bar.setRange(0, expected)
            bar.setValue(min(counted, expected))
            bar.setFormat(said(plural("{counted} of {count} item counted",
                                      "{counted} of {count} items counted", "count"),
                               counted=formatting.number(counted), count=expected))
        else:
            bar.setRange(0, max(counted, 1))
            bar.setValue(counted)
            bar.setFormat(said(plural("{count} item counted", "{count} items counted", "count"),
                               count=counted))

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self._runner.run_db(self._svc.sessions, self._show_sessions, self.show_error)

    def _show_sessions(self, rows: list[SessionInfo]) -> None:
        self.sessions = rows
        self.view.sessions_model.set_rows(rows)
        if self.mode is Mode.LIST:
            self._show_mode(Mode.LIST)
        self.view.select_row(0)  # the next due count: first in the list

    def _move(self, step: int) -> None:
        table = self.view.table()
        count = table.model().rowCount()
        if count:
            row = self.view.selected_row()
            self.view.select_row(max(0, min(count - 1, (row if row >= 0 else -1) + step)))

    def _open(self, row: int, area: str | None = None, then: Callable[[], None] | None = None
              ) -> None:
        if not 0 <= row < len(self.sessions):
            self._say(translate("Counts", "No count is selected: a manager starts one with F8."),
                      Level.INFO)
            return
        chosen = self.sessions[row]
        if area is None:  # carry on with the area this till counts, else the whole store
            area = chosen.area if chosen.area_state not in (None, AreaState.SUBMITTED) else ""
        sid, actor, svc = chosen.session_id, self._who(), self._svc

        def job() -> tuple[SessionInfo, bool, list[Any], Review | None]:
            info = svc.open_area(sid, area or "", actor=actor)
            sees = svc.shows_expected(sid, actor)
            lines = svc.counted_lines(sid, area or "")
            here = svc.review_now(sid, area or "", actor=actor) if sees else None
            return info, sees, lines, here

        def done(result: tuple[SessionInfo, bool, list[Any], Review | None]) -> None:
            self._opened(*result, area=area or "")
            if then is not None:
                then()

        self._runner.run_db(job, done, self.show_error)

    def _opened(self, info: SessionInfo, sees: bool, lines: list[Any], now: Review | None, *,
                area: str) -> None:
        self.session, self.area, self.shows_expected = info, area, sees
        expected = {ln.sku: ln.expected for ln in now.lines} if now is not None else {}
        self.view.lines_model.set_rows([
            CountedLine(ln.sku, ln.name, formatting.quantity(ln.counted),
                        _qty(expected.get(ln.sku)) if sees else "") for ln in lines])
        self.view.lines.setColumnHidden(3, not sees)
        self.view.title.setText(self._title())
        self._set_progress(info.counted, self._expected_items(info))
        self.last_sku = None
        self.view.last.setText(translate("Counts", "Scan the first item."))
        if info.area_state is AreaState.REVIEW:
            self._open_review()
        else:
            self._show_mode(Mode.COUNTING)

    def _resume(self) -> None:
        row = next((i for i, s in enumerate(self.sessions) if self.session is not None
                    and s.session_id == self.session.session_id), -1)
        self._open(row, self.area)

    @staticmethod
    def _expected_items(info: SessionInfo) -> int | None:
        return info.items

    # -- counting ------------------------------------------------------------------------

    def _on_enter(self) -> None:
        code = self.view.scan_field.text().strip()
        self.view.scan_field.clear()
        if self.mode is Mode.LIST:
            if code:
                self.on_scan(code)
            else:
                self._open(self.view.selected_row())
        elif code:
            self.on_scan(code)

    def on_scan(self, code: str) -> None:
        """A scan: counts one while counting; on the list it opens the selected count first."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            if self.search is not None and modal is self.search.dialog:
                self.search.dialog.reject()
            else:
                self._say(translate("Counts", "Scan of {code} not counted: finish "
                                              "\"{dialog}\" first.").format(
                    code=code, dialog=modal.windowTitle()), Level.WARNING)
                return
        if self.mode is Mode.LIST:
            self._open(self.view.selected_row(), then=lambda: self.on_scan(code))
            return
        if self.mode is Mode.REVIEW:
            QApplication.beep()
            self._say(translate("Counts", "In review: {code} not counted. Esc counts "
                                          "more; F5 recounts a line.").format(code=code),
                      Level.WARNING)
            return
        assert self.session is not None
        sid, area, actor = self.session.session_id, self.area, self._who()
        self._runner.run_db(lambda: self._svc.scan(sid, area, code, actor=actor),
                            self._show_counted, self.show_error)

    def _show_counted(self, c: Counted) -> None:
        """Shown only now: the scan is committed."""
        if c.sku is None:
            QApplication.beep()
            self.view.last.setText(translate("Counts", "Unknown code {code}: kept to "
                                                       "match in review").format(code=c.code))
            self.view.last.setProperty("level", "warning")
        else:
            self.last_sku = c.sku
            row = self.view.lines_model.upsert(CountedLine(
                c.sku, c.name, formatting.quantity(c.counted),
                self._expected_text(c.sku)))
            self.view.select_row(row)
            self.view.last.setText(translate("Counts", "{name}: {qty} counted").format(
                name=c.name, qty=formatting.quantity(c.counted)))
            self.view.last.setProperty("level", "")
        self.view.last.style().unpolish(self.view.last)
        self.view.last.style().polish(self.view.last)
        self._set_progress(c.progress.counted, c.progress.expected)
        if c.unknown_codes:
            self.view.hint.setText(said(
                plural("{hint}  {count} unknown code kept for review.",
                       "{hint}  {count} unknown codes kept for review.", "count"),
                hint=translate("Counts", _HINTS[Mode.COUNTING]), count=c.unknown_codes))
        self.counted.emit(c)

    def _expected_text(self, sku: str) -> str:
        line = self.view.lines_model.line_of(sku)
        return line.expected if line is not None else ""

    def quantity(self) -> None:
        """F4: counting: how many the last scan counts; review: the line's reason."""
        if self.mode is Mode.REVIEW:
            self._reason()
            return
        if self.mode is not Mode.COUNTING or self.session is None:
            return
        if self.last_sku is None:
            self._say(translate("Counts", "Scan an item first, then F4 says how many of it are "
                                          "here."), Level.INFO)
            return
        sku, sid, area = self.last_sku, self.session.session_id, self.area
        dialog = QuantityDialog(translate("Counts", "How many does this scan count "
                                                    "({sku})?").format(sku=sku), 1, "unit",
                                self.view)
        dialog.setWindowTitle(translate("Counts", "How many"))
        self.dialog = dialog

        def accepted() -> None:
            qty, actor = dialog.value, self._who()
            self._runner.run_db(
                lambda: self._svc.last_scan_counts(sid, area, sku, qty, actor=actor),
                self._show_counted, self.show_error)

        dialog.accepted.connect(accepted)
        dialog.open()

    def find_item(self) -> None:
        """F2: an item without a barcode, counted by hand: find it, say how many."""
        if self.mode is not Mode.COUNTING:
            return
        self.search = SearchController(self._svc, self._runner, self._svc.store.currency,
                                       self.view)  # type: ignore[arg-type]
        self.search.chosen.connect(self._count_by_hand)
        self.search.open()

    def _count_by_hand(self, product: Any) -> None:
        assert self.session is not None
        sid, area = self.session.session_id, self.area
        dialog = QuantityDialog(product.name, 1, str(product.sold_by), self.view)
        dialog.setWindowTitle(translate("Counts", "How many"))
        self.dialog = dialog

        def accepted() -> None:
            qty, actor = dialog.value, self._who()
            self._runner.run_db(
                lambda: self._svc.add_quantity(sid, area, product.sku, qty, actor=actor),
                self._show_counted, self.show_error)

        dialog.accepted.connect(accepted)
        dialog.open()


def _qty(value: Any) -> str:
    return "" if value is None else formatting.quantity(value)
