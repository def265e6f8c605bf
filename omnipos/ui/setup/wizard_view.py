"""The first-run wizard's layout: a card over the till's window, one page per step.

Steps: choose (a hub or a standalone store), hub, store, products (a standalone
store's catalog), printer, scanner, done.
Every page has the same row at the bottom: Back (Esc), Skip (F8), the step's
own button (F12). The controller (``wizard.SetupWizard``) fills in the texts.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common import formatting
from omnipos.ui.i18n import translate
from omnipos.ui.setup.catalog_step import CatalogPage, page_text
from omnipos.ui.setup.store_form import StoreForm

__all__ = ["Step", "WizardView"]


class Step(StrEnum):
    CHOOSE = "choose"
    HUB = "hub"
    STORE = "store"
    CATALOG = "catalog"
    PRINTER = "printer"
    SCANNER = "scanner"
    DONE = "done"


TITLES = {  # translated where they show
    Step.CHOOSE: QT_TRANSLATE_NOOP("Wizard", "Welcome to OmniPOS"),
    Step.HUB: QT_TRANSLATE_NOOP("Wizard", "Connect to a hub"),
    Step.STORE: QT_TRANSLATE_NOOP("Wizard", "Set up a standalone store"),
    Step.CATALOG: QT_TRANSLATE_NOOP("Wizard", "Products"),
    Step.PRINTER: QT_TRANSLATE_NOOP("Wizard", "Receipt printer"),
    Step.SCANNER: QT_TRANSLATE_NOOP("Wizard", "Barcode scanner"),
    Step.DONE: QT_TRANSLATE_NOOP("Wizard", "Ready"),
}


class WizardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 40, 0, 40)
        card = QFrame(self)
        card.setObjectName("setupCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(820)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        self.progress = page_text(card, "setupProgress")
        self.title = QLabel(card)
        self.title.setObjectName("dialogTitle")
        self.pages = QStackedWidget(card)
        self.error = page_text(card, "dialogError")
        self.error.hide()
        self.back_button = QPushButton(translate("Wizard", "Back  Esc"), card)
        self.back_button.setObjectName("setupBack")
        self.skip_button = QPushButton(translate("Wizard", "Skip  F8"), card)
        self.skip_button.setObjectName("setupSkip")
        self.next_button = QPushButton(translate("Wizard", "Next  F12"), card)
        self.next_button.setObjectName("setupNext")
        self.next_button.setProperty("kind", "primary")
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # fields keep the keyboard
            button.setMinimumWidth(150)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        column.addWidget(self.progress)
        column.addWidget(self.title)
        column.addWidget(self.pages)
        column.addWidget(self.error)
        column.addLayout(row)

        self.page: dict[Step, QWidget] = {}
        self._layouts: list[QVBoxLayout] = []
        # choose
        choose = self._page(Step.CHOOSE)
        choose.addWidget(page_text(self, "setupIntro", translate(
            "Wizard", "This till has no store yet. Is it part of a chain (or a store) that runs "
            "an OmniPOS hub, or a store on its own?")))
        self.hub_choice = QPushButton(translate("Wizard", "Connect to a hub  F2"), self)
        self.hub_choice.setObjectName("chooseHub")
        self.standalone_choice = QPushButton(translate("Wizard", "Standalone store  F3"), self)
        self.standalone_choice.setObjectName("chooseStandalone")
        for button, hint in ((self.hub_choice, translate(
                                  "Wizard", "The hub sends the store, its catalog, prices and "
                                  "staff; sales go back to it.")),
                             (self.standalone_choice, translate(
                                 "Wizard", "Type the store's name, currency and tax rates here, "
                                 "then import its catalog from a CSV file."))):
            button.setMinimumHeight(64)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            choose.addWidget(button)
            choose.addWidget(page_text(self, "setupHint", hint))
        # hub
        hub = self._page(Step.HUB)
        hub.addWidget(page_text(self, "setupIntro", translate(
            "Wizard", "Enter the hub's address and a one-time code from its administrator "
            "(omnipos-hub enroll-code STORE, valid 15 minutes).")))
        self.hub_field = QLineEdit(self)
        self.hub_field.setObjectName("enrollHub")
        self.hub_field.setPlaceholderText(translate("Wizard", "http://hub.example:8700"))
        self.code_field = QLineEdit(self)
        self.code_field.setObjectName("enrollCode")
        self.code_field.setPlaceholderText(translate("Wizard", "one-time code"))
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("enrollName")
        self.name_field.setPlaceholderText(translate("Wizard", "optional, e.g. Till by the door"))
        form = QFormLayout()
        form.addRow(translate("Wizard", "Hub address"), self.hub_field)
        form.addRow(translate("Wizard", "Enrollment code"), self.code_field)
        form.addRow(translate("Wizard", "Till name"), self.name_field)
        hub.addLayout(form)
        self.hub_answer = page_text(self, "hubAnswer")
        hub.addWidget(self.hub_answer)
        # store
        store = self._page(Step.STORE)
        self.store_form = StoreForm(parent=self)
        store.addWidget(self.store_form)
        # products
        self.catalog_page = CatalogPage(self)
        self._page(Step.CATALOG).addWidget(self.catalog_page)
        # printer
        printer = self._page(Step.PRINTER)
        printer.addWidget(page_text(self, "setupIntro", translate(
            "Wizard", "Give the receipt printer's address and model, then print a test page "
            "(F12 opens the printer settings). A till without a printer sells too; receipts "
            "can be reprinted later.")))
        self.printer_file = QPushButton(
            translate("Wizard", "No printer yet: receipts to a file  F5"), self)
        self.printer_file.setObjectName("printerToFile")
        self.printer_file.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        printer.addWidget(self.printer_file, 0, Qt.AlignmentFlag.AlignLeft)
        self.printer_state = page_text(self, "printerState")
        printer.addWidget(self.printer_state)
        # scanner
        scanner = self._page(Step.SCANNER)
        scanner.addWidget(page_text(self, "setupIntro", translate(
            "Wizard", "Scan any barcode with the scanner now (a product, a coupon, anything): "
            "the till shows what it read.")))
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("setupScanField")
        self.scan_field.setPlaceholderText(
            translate("Wizard", "scan here (or type a code and press Enter)"))
        scanner.addWidget(self.scan_field)
        self.scan_result = page_text(self, "scanResult", translate("Wizard", "Waiting for a scan…"))
        self.scan_result.setMinimumHeight(80)
        scanner.addWidget(self.scan_result)
        # done
        done = self._page(Step.DONE)
        self.summary = page_text(self, "setupSummary")
        done.addWidget(self.summary)
        for layout in self._layouts:
            layout.addStretch(1)  # a short page keeps its lines at the top
        self.focus_sink = QWidget(self)  # takes the keyboard on pages without a field
        self.focus_sink.setObjectName("setupFocus")
        self.focus_sink.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_sink.setFixedSize(1, 1)
        outer.addWidget(self.focus_sink)

    def _page(self, step: Step) -> QVBoxLayout:
        page = QWidget(self.pages)
        page.setObjectName(f"setupPage_{step.value}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.pages.addWidget(page)
        self.page[step] = page
        self._layouts.append(layout)
        return layout

    def show_step(self, step: Step, number: int = 0, of: int = 0) -> None:
        """``step``'s page; ``number`` of ``of`` once the path is known (none on the first)."""
        self.pages.setCurrentWidget(self.page[step])
        self.title.setText(translate("Wizard", str(TITLES[step])))
        self.progress.setText(translate("Wizard", "First start · step {number} of {of}").format(
            number=number, of=of) if number else translate("Wizard", "First start"))
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(formatting.sentence(text))
        self.error.setVisible(bool(text))
