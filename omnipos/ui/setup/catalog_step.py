"""The wizard's products step: a new standalone store imports its catalog or takes samples.

The page asks for a CSV file in the format of ``omnipos catalog import`` (its
path typed, or chosen with F4) and imports it through ``StoreSetup``: the good
lines are imported, every bad one is listed with its line number and reason
(the file is left as it is: fix those lines and import it again; the lines
already in change nothing). F5 adds a few sample products instead, and the
page says which codes to type at the Sell screen. A hub's till gets its
catalog from the hub and never sees this step.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import UserFacingError, plural
from omnipos.services.setup import StoreSetup
from omnipos.ui.common import formatting
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, said, translate

__all__ = ["CatalogPage", "CatalogStep"]

log = logging.getLogger(__name__)

PROBLEMS_SHOWN = 200  # as `omnipos catalog import` lists them; the rest are counted


def page_text(parent: QWidget, name: str, text: str = "") -> QLabel:
    """Words on a wizard page: wrapped, and plain text (a file's name is never markup)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CatalogPage(QWidget):
    """The fields of the products step (the wizard's row of buttons is below it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(page_text(self, "setupIntro", translate(
            "Wizard", "What does the store sell? Import its catalog from a CSV file "
            "(sku,name,gtin,price,tax_class (brand, category and sold_by may follow); one "
            "product a line, several barcodes separated by |), or start with a few sample "
            "products to try the till and import the catalog later.")))
        row = QHBoxLayout()
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("catalogFile")
        self.file_field.setPlaceholderText(translate(
            "Wizard", "the CSV file, e.g. /home/store/products.csv"))
        self.choose_button = QPushButton(translate("Wizard", "Choose a file  F4"), self)
        self.choose_button.setObjectName("catalogChoose")
        self.samples_button = QPushButton(translate("Wizard", "Sample products  F5"), self)
        self.samples_button.setObjectName("catalogSamples")
        for button in (self.choose_button, self.samples_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        column.addWidget(self.file_field)  # the whole width: a path is long
        row.addWidget(self.choose_button)
        row.addWidget(self.samples_button)
        row.addStretch(1)
        column.addLayout(row)
        self.result = page_text(self, "catalogResult")
        column.addWidget(self.result)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("catalogProblems")
        self.problems.setReadOnly(True)
        self.problems.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the field
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setFixedHeight(190)
        self.problems.hide()
        column.addWidget(self.problems)

    def show_result(self, text: str, problems: list[str], *, level: str = "ok") -> None:
        self.result.setText(text)
        self.result.setProperty("level", level)
        self.result.style().polish(self.result)
        self.problems.setPlainText("\n".join(problems))
        self.problems.setVisible(bool(problems))


class CatalogStep(QObject):
    """Imports the file the page names, or adds the samples; ``done`` when the step is over."""

    done = Signal()  # go on to the printer
    busy_changed = Signal(bool)

    def __init__(self, page: CatalogPage, setup: StoreSetup, runner: TaskRunner) -> None:
        super().__init__(page)
        self.page, self._setup, self._runner = page, setup, runner
        self.busy = False
        self.imported: Path | None = None  # the file last imported (F12 then goes on)
        self.products = 0  # products the step put in the catalog
        self.samples: list[Any] = []  # services.setup.Sample, when the samples were added
        self.how = ""  # for the wizard's last page
        page.file_field.returnPressed.connect(self.import_file)
        page.choose_button.clicked.connect(self.choose_file)
        page.samples_button.clicked.connect(self.add_samples)

    def next(self) -> None:
        """F12: import the file named (and go on when no line was skipped), or go on."""
        path = self._path()
        if path is not None and path != self.imported:
            self.import_file(go_on=True)
        elif self.products:
            self.done.emit()
        else:
            self._error(translate(
                "Wizard", "Type the CSV file's path (F4 chooses it), F5 adds sample products, F8 "
                "skips: the catalog can be imported later (omnipos catalog import)."))

    def choose_file(self) -> None:
        """F4: a file dialog (Qt's own, so the keyboard works on any desktop or none)."""
        if self.busy:
            return
        dialog = QFileDialog(self.page.window(), translate("Wizard", "The catalog's CSV file"),
                             str(self._path() or Path.home()),
                             translate("Wizard", "CSV files (*.csv);;All files (*)"))
        dialog.setObjectName("catalogFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._chosen)
        dialog.finished.connect(lambda _r: self.page.file_field.setFocus())
        dialog.open()

    def _chosen(self, name: str) -> None:
        self.page.file_field.setText(name)
        self.import_file()

    def import_file(self, go_on: bool = False) -> None:
        path = self._path()
        if self.busy:
            return
        if path is None:
            self._error(translate("Wizard", "Type the CSV file's path, or press F4 to choose it."))
            return
        self._busy(True, translate("Wizard", "Importing {file}…").format(file=path.name))
        setup = self._setup
        self._runner.run_db(lambda: setup.import_catalog(path),
                            lambda report: self._imported(path, report, go_on),
                            self._failed)

    def _imported(self, path: Path, report: Any, go_on: bool) -> None:
        self._busy(False)
        self.imported = path
        self.products += report.inserted + report.updated
        n = formatting.number
        text = said(plural("{file}: {count} product imported ({new} new, {changed} changed, "
                           "{unchanged} as they were).",
                           "{file}: {count} products imported ({new} new, {changed} changed, "
                           "{unchanged} as they were).", "count"),
                    file=path.name, count=report.imported, new=n(report.inserted),
                    changed=n(report.updated), unchanged=n(report.unchanged))
        problems = [error_text(p.as_error()) for p in report.problems[:PROBLEMS_SHOWN]]
        if report.problems:
            more = len(report.problems) - len(problems)
            if more > 0:
                problems.append(said(plural("… and {count} more line", "… and {count} more lines",
                                            "count"), count=more))
            text += " " + said(plural(
                "{count} line was not imported, listed below: correct it in the file and import "
                "it again (the products already imported stay as they are). F12 goes on without "
                "it.",
                "{count} lines were not imported, listed below: correct them in the file and "
                "import it again (the products already imported stay as they are). F12 goes on "
                "without them.", "count"), count=len(report.problems))
        self.how = said(plural("{count} product from {file}", "{count} products from {file}",
                               "count"), count=report.imported, file=path.name)
        self.page.show_result(text, problems, level="warning" if report.problems else "ok")
        self.page.file_field.setFocus()
        if go_on and not report.problems and report.imported:
            self.done.emit()

    def add_samples(self) -> None:
        if self.busy:
            return
        self._busy(True, translate("Wizard", "Adding the sample products…"))
        self._runner.run_db(self._setup.add_samples, self._samples_added, self._failed)

    def _samples_added(self, samples: list[Any]) -> None:
        self._busy(False)
        self.samples = samples
        self.products += len(samples)
        self.how = said(plural("{count} sample product", "{count} sample products", "count"),
                        count=len(samples))
        first = samples[0]
        self.page.show_result(
            said(plural("{count} sample product added. To sell it, type its code at the Sell "
                        "screen and press Enter: {code} ({name}). F12 goes on.",
                        "{count} sample products added. To sell one, type its code at the Sell "
                        "screen and press Enter, e.g. {code} ({name}). F12 goes on.", "count"),
                 count=len(samples), code=first.code, name=first.name),
            [f"{s.code}  {formatting.money(s.price_minor, s.currency):>8}  {s.name}"
             for s in samples])

    def _path(self) -> Path | None:
        text = self.page.file_field.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
        for w in (self.page.file_field, self.page.choose_button, self.page.samples_button):
            w.setEnabled(not busy)
        if busy:
            self.page.show_result(text, [])

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._error(error_text(exc) if isinstance(exc, UserFacingError) else translate(
            "Wizard", "Problem: {error}").format(error=exc))
        log.warning("catalog step failed: %s", exc)

    def _error(self, text: str) -> None:
        self.page.show_result(formatting.sentence(text), [], level="error")
        self.page.file_field.setFocus()
        self.page.file_field.selectAll()
