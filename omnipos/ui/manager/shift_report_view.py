"""X and Z reports on screen, with a print button."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.shifts import ReportKind, ShiftReport, report_lines
from omnipos.ui.i18n import translate


class ShiftReportView(QDialog):
    """The report's text in a fixed-width font, as it prints."""

    def __init__(self, report: ShiftReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportView")
        kind = (translate("Manager", "X report") if report.kind is ReportKind.X
                else translate("Manager", "Z report"))
        self.setWindowTitle(kind)
        # The text scrolls; the dialog and its Close button stay on a 1280x800 screen.
        self.setMinimumSize(560, 420)
        screen = self.screen().availableGeometry()
        self.resize(560, min(760, screen.height() - 40))
        self.report = report
        head = QLabel(kind, self)
        head.setObjectName("dialogTitle")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(12)
        self.text.setFont(font)
        self.text.setPlainText("\n".join(report_lines(report)))
        self.print_button = QPushButton(translate("Manager", "Print"), self)
        self.close_button = QPushButton(translate("Manager", "Close  Esc"), self)
        self.close_button.setProperty("kind", "primary")
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.close_button.clicked.connect(self.accept)
