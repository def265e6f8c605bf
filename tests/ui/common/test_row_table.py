"""The read-only tables' view: a row added at the end repaints from that row down, and what
the screen shows is always what a full paint shows (the cart table on every scan)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from omnipos.ui.common.style import load_style
from omnipos.ui.common.table_view import read_only_table

ROW = 44


@pytest.fixture(autouse=True)
def _style_restored(qapp):
    """These tests set the application's style sheet: the next test gets it back as it was."""
    before = qapp.styleSheet()
    yield
    qapp.setStyleSheet(before)


class _Paints(QObject):
    """The rectangles the table's viewport is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def _row(text: str) -> list[QStandardItem]:
    return [QStandardItem(f"{text} {col}") for col in range(4)]


def _shown(table) -> QImage:
    """What is on the screen (the window's backing store)."""
    return QApplication.primaryScreen().grabWindow(table.window().winId()).toImage()


def _fresh(table, like: QImage) -> QImage:
    """The window painted afresh, all of it."""
    return table.window().grab().toImage().convertToFormat(like.format())


def _table(qtbot, style: str = "till"):
    # The till's style sheet, or Qt's own style (where a repaint put in the wrong place by a
    # scroll shows: the style sheet paints the rows differently).
    QApplication.instance().setStyleSheet(load_style() if style == "till" else "")
    model = QStandardItemModel(0, 4)
    table = read_only_table(None, "cartTable", row_height=ROW)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(800, 6 * ROW + 40)  # six rows fit, the seventh scrolls
    table.show()
    qtbot.waitExposed(table)
    paints = _Paints()
    table.viewport().installEventFilter(paints)
    return table, model, paints


def _after(qtbot, paints: _Paints) -> None:
    """Until the event loop has painted what the change asked for."""
    paints.rects.clear()
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    QApplication.processEvents()


def test_a_row_appended_repaints_from_it_down_not_the_rows_above(qtbot) -> None:
    table, model, paints = _table(qtbot)
    for i in range(3):
        model.appendRow(_row(f"line {i}"))
    _after(qtbot, paints)

    model.appendRow(_row("line 3"))
    _after(qtbot, paints)
    top = min(rect.top() for rect in paints.rects)
    assert top == table.rowViewportPosition(3) == 3 * ROW  # Qt alone repaints from 0
    shown = _shown(table)
    assert shown == _fresh(table, shown)

    table.selectRow(3)  # as the Sell screen selects the line just scanned
    table.scrollTo(model.index(3, 0))
    model.appendRow(_row("line 4"))
    table.selectRow(4)
    table.scrollTo(model.index(4, 0))
    _after(qtbot, paints)
    assert min(rect.top() for rect in paints.rects) == 3 * ROW  # the line unselected too
    shown = _shown(table)
    assert shown == _fresh(table, shown)


@pytest.mark.parametrize("style", ["till", "Qt"])
@pytest.mark.parametrize("follow", ["select", "select and scroll", "scroll to the end",
                                    "lay out, select and scroll"])
def test_every_other_change_shows_what_a_full_paint_shows(qtbot, follow: str, style: str
                                                           ) -> None:
    table, model, paints = _table(qtbot, style)
    for i in range(10):  # past the six that fit: each line is scrolled to
        model.appendRow(_row(f"line {i}"))
        if follow.startswith("lay out"):
            table.lay_out()  # what the Sell screen does first
        if "select" in follow:
            table.selectRow(i)  # scrolls to it as well
        if "select and scroll" in follow:
            table.scrollTo(model.index(i, 0))  # then the Sell screen makes sure
        elif follow == "scroll to the end":
            table.scrollToBottom()  # what the customer's window does
        _after(qtbot, paints)
        shown = _shown(table)
        assert shown == _fresh(table, shown), f"after line {i}"
    model.removeRow(4)  # a line voided
    model.insertRow(0, _row("first"))  # put in above the others
    model.item(2, 1).setText("edited")
    _after(qtbot, paints)
    shown = _shown(table)
    assert shown == _fresh(table, shown)
    model.appendRow(_row("added"))  # and one removed above it before the table is laid out
    model.removeRow(0)
    _after(qtbot, paints)
    shown = _shown(table)
    assert shown == _fresh(table, shown)
    model.setRowCount(0)  # the next sale
    model.appendRow(_row("next sale"))
    _after(qtbot, paints)
    shown = _shown(table)
    assert shown == _fresh(table, shown)
    assert model.rowCount() == 1
