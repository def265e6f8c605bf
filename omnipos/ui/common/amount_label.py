"""An amount on screen is always shown whole: its type shrinks when the box is too narrow.

A plain QLabel wider than its box is cut by Qt on the side it is not aligned
to, so a right-aligned "11,003.76" read "1,003.76". ``AmountLabel`` asks the
layout for no more than a small minimum width and, when its text does not fit
the width it got, paints it in a smaller size of the same font.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SMALLEST_PX = 8
_EDGE_PX = 2  # room kept at the edges so a glyph's overhang is never cut


class AmountLabel(QLabel):
    """A right-aligned amount whose font shrinks to fit the label's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setAlignment(_RIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        # The layout may give less than the text's natural width; paintEvent copes.
        return QSize(_SMALLEST_PX * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 2 * _EDGE_PX, hint.height())

    def shown_font(self) -> QFont:
        """The font the text is painted in: the label's own, or a smaller one that fits."""
        font = QFont(self.font())
        room = self.contentsRect().width() - 2 * _EDGE_PX
        text = self.text()
        if not text or QFontMetricsF(font).horizontalAdvance(text) <= room:
            return font
        px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
        while px > _SMALLEST_PX:
            px -= 1
            font.setPixelSize(px)
            if QFontMetricsF(font).horizontalAdvance(text) <= room:
                break
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.drawFrame(painter)
        painter.setFont(self.shown_font())
        rect = self.contentsRect().adjusted(_EDGE_PX, 0, -_EDGE_PX, 0)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.text(), self.foregroundRole())
