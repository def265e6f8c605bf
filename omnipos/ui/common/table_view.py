"""The screens' shared parts: an action button that never takes the keyboard (the scan field
keeps it), and a read-only table of rows selected by Up/Down from the scan field."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

__all__ = ["RowTable", "action_button", "read_only_table", "till_table"]


def action_button(text: str, name: str, parent: QWidget, kind: str = "", *,
                  role: str = "action") -> QPushButton:
    """A button that never takes the keyboard; ``role`` sizes it in the style sheet: "action"
    (a screen's grid of actions), "quick" (a quick key), "" (its own size, like Pay)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        button.setProperty("till", role)
    if kind:
        button.setProperty("kind", kind)
    return button


class RowTable(QTableView):
    """A table view whose row added at the end repaints from that row down.

    After any insert Qt lays the table out again once the event loop runs and repaints all
    of it: on the Sell screen, with the till's style sheet, every visible line again on each
    scan (~3.5 ms of the scan's way to the screen). A row appended below the others moves
    none of them, so that layout only brings the geometry (scroll bar, header) up to date
    and the new row and what lies below it are repainted. Rows put in above others, and
    every other change, take Qt's own way.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appended_at: int | None = None  # the first row appended since the last layout
        # By the pixel: scrolled by whole rows, a table moves all its rows again whenever one
        # is added at the end while it is scrolled to the last (the last row is kept flush
        # with the bottom), and then repaints them all.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            self._fill_viewport()
        return handled

    def _fill_viewport(self) -> None:
        # A style sheet paints the viewport's background itself, which keeps Qt from moving
        # its pixels on a scroll (every scroll repaints it all): the palette's base colour,
        # the one the style sheet gives it, fills it instead.
        viewport = self.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        viewport.setAutoFillBackground(True)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        before = self.model()
        moves = ("rowsRemoved", "rowsMoved", "layoutChanged", "modelReset")
        if before is not None:
            before.rowsInserted.disconnect(self._rows_inserted)
            for signal in moves:
                getattr(before, signal).disconnect(self._forget_append)
        super().setModel(model)
        self._appended_at = None
        if model is not None:  # after the view's and its header's own handlers
            model.rowsInserted.connect(self._rows_inserted)
            for signal in moves:  # rows moved: the whole table, as Qt does
                getattr(model, signal).connect(self._forget_append)

    def _rows_inserted(self, parent: QModelIndex | QPersistentModelIndex, first: int,
                       last: int) -> None:
        model = self.model()
        if parent.isValid() or model is None or last != model.rowCount() - 1:
            self._appended_at = -1  # somewhere above: the whole table, as Qt does
        elif self._appended_at is None:
            self._appended_at = first

    def _forget_append(self, *_args: object) -> None:
        self._appended_at = -1

    def lay_out(self) -> None:
        """The layout a change asked for, now. A scroll after it (to the row just added)
        copies the rows it moves on the screen and paints only the strip it uncovers; one
        before it repaints the whole table."""
        self.executeDelayedItemsLayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._appended_at is not None:
            self._appended_at = -1  # scrolled before the layout: repaint it all, as Qt does
        super().scrollContentsBy(dx, dy)

    def doItemsLayout(self) -> None:
        appended, self._appended_at = self._appended_at, None
        if appended is None or appended < 0:
            super().doItemsLayout()
            return
        header = self.verticalHeader()
        offset = header.offset()
        self.updateGeometries()
        viewport = self.viewport()
        if header.offset() != offset:  # the rows moved without a scroll: all of them
            viewport.update()
            return
        top = max(self.rowViewportPosition(appended), 0)
        if top < viewport.height():  # below it, a scroll to the new row paints it
            viewport.update(0, top, viewport.width(), viewport.height() - top)


def read_only_table(parent: QWidget, name: str, row_height: int = 38) -> RowTable:
    """A table of whole rows, one selected at a time, that never takes the keyboard (Up/Down
    from the scan field move its selection)."""
    table = RowTable(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    return table


def till_table(parent: QWidget, name: str, model: object, stretch: int,
           widths: dict[int, int]) -> QTableView:
    table = read_only_table(parent, name)
    table.setModel(model)  # type: ignore[arg-type]
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in widths.items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(col, width)
    return table
