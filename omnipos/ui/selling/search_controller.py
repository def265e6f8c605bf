"""Behaviour of the search dialog: type-ahead over the catalog, Enter adds the selection."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from omnipos.domain.errors import UserFacingError, plural
from omnipos.domain.spelling import Matches
from omnipos.services.selling import CheckoutService
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, said, translate
from omnipos.ui.selling.search_dialog import SearchDialog
from omnipos.ui.selling.search_model import SearchResultsModel

log = logging.getLogger(__name__)

TYPE_AHEAD_MS = 120  # wait for a pause in typing before searching
LIMIT = 50


class SearchController(QObject):
    """Owns one SearchDialog. ``chosen`` carries the product the cashier picked."""

    chosen = Signal(object)  # ProductInfo
    results_shown = Signal(int)  # number of rows, after each search

    def __init__(self, svc: CheckoutService, runner: TaskRunner, currency: str,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._svc = svc
        self._runner = runner
        self.model = SearchResultsModel(currency)
        self.dialog = SearchDialog(self.model, parent_widget)
        self._pick_when_ready = False
        self._seq = 0  # drops answers to queries the cashier already typed past
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_AHEAD_MS)
        self._timer.timeout.connect(self.search_now)
        d = self.dialog
        d.query.textChanged.connect(self._on_text_changed)
        d.query.returnPressed.connect(self._on_enter)
        d.add_button.clicked.connect(self._on_enter)
        d.results.doubleClicked.connect(lambda _index: self._on_enter())
        for key, step in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1),
                          (Qt.Key.Key_PageDown, 10), (Qt.Key.Key_PageUp, -10)):
            shortcut = QShortcut(QKeySequence(key), d.query)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))

    def open(self, words: str = "") -> None:
        """Show the dialog; ``words`` (typed in the scan field) are searched at once."""
        self.dialog.open()
        self.dialog.query.setFocus()
        if words:
            self.dialog.query.setText(words)
            self.search_now()

    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.dialog.query.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self._show(seq, Matches())
            return
        svc = self._svc
        self._runner.run_db(lambda: svc.search(text, limit=LIMIT),
                            lambda rows: self._show(seq, rows), self._failed)

    def _show(self, seq: int, rows: Matches) -> None:
        if seq != self._seq:
            return
        self.model.set_results(rows)
        d = self.dialog
        if rows:
            d.results.selectRow(0)
            found = (translate("Sell", "{count} found (first 50)").format(count=len(rows))
                     if len(rows) >= LIMIT else
                     said(plural("{count} found", "{count} found", "count"), count=len(rows)))
            if rows.read_as:  # typo matches: say they are, and what was looked for instead
                found = translate("Sell", "No match as typed — {found} for “{read_as}”").format(
                    found=found, read_as=rows.read_as)
            d.status.setText(found)
        else:
            d.status.setText(translate("Sell", "Nothing found") if d.query.text().strip() else "")
        self.results_shown.emit(len(rows))
        if self._pick_when_ready:
            self._pick()

    def _failed(self, exc: BaseException) -> None:
        self._pick_when_ready = False
        if isinstance(exc, UserFacingError):
            self.dialog.status.setText(error_text(exc))
        else:
            self.dialog.status.setText(translate("Sell", "Search failed"))
            self._runner.unexpected_error.emit(exc)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.dialog.selected_row()
        row = max(0, min(count - 1, (max(row, 0)) + step))
        self.dialog.results.selectRow(row)

    def _on_enter(self) -> None:
        if self._timer.isActive():
            # Enter right after typing: search first, then pick the best match.
            self._pick_when_ready = True
            self.search_now()
            return
        self._pick()

    def _pick(self) -> None:
        self._pick_when_ready = False
        product = self.model.product_at(self.dialog.selected_row())
        if product is None:
            return
        self.dialog.accept()
        self.chosen.emit(product)
