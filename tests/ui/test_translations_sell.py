"""Every word the Sell screen and its dialogs show in Spanish comes out of the catalogue.

The till is built under a translator that hands out the Spanish catalogue's
translations wrapped in invisible marks, and nothing for a word the catalogue
lacks (so that word shows in English, unmarked). Walking every visible widget
of the window and of each dialog, what is left once the marked parts are taken
out may only be the store's own data (product names, SKUs, tax classes), digits,
amounts and key names. A word that never went through ``translate`` or has no
Spanish translation is left over, and the test names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from sqlalchemy import select

from omnipos.db.models import Product
from omnipos.domain.errors import NotFoundError, ValidationError, message
from omnipos.ui.common import formatting
from omnipos.ui.i18n import Language, catalogue_path, error_text, install
from omnipos.ui.shell.keymap import KEYMAP
from tests.ui.conftest import BREAD, SOAP, Till, _make_till, answer_receipt, type_keys
from tests.ui.selling.test_payment import open_payment
from tests.ui.selling.test_scan import scan

OPEN, CLOSE = "\u2068", "\u2069"  # first strong isolate / pop: invisible on screen
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
KEYS = re.compile(r"\b(Ctrl|Alt|Mayús|Shift|Esc|Supr|Intro|F\d{1,2})\b")
WORD = re.compile(r"[^\W\d_]{2,}")


class MarkedSpanish(QTranslator):
    """The Spanish catalogue, each translation marked; no answer for a word it lacks."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._es = QTranslator(self)
        assert self._es.load(str(catalogue_path("es")))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = self._es.translate(context, source, disambiguation, n)
        return f"{OPEN}{text}{CLOSE}" if text else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    install(qapp, Language("es", "es_ES"))  # Qt's own words and the formats of Spain
    translator = MarkedSpanish(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    install(qapp, Language("en", "en_US"))


def texts_of(widget: QWidget) -> Iterator[str]:
    """What a person can read on ``widget``: its text, hint, title, items, headers, cells."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", "", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(model.rowCount()):
                yield str(model.data(model.index(row, column, QModelIndex())) or "")


def left_over(text: str, data: set[str]) -> str:
    """``text`` without its translated parts, the store's data and key names."""
    while MARKED.search(text):
        text = MARKED.sub(" ", text)
    text = KEYS.sub(" ", text)
    return " ".join(w for w in WORD.findall(text) if w.lower() not in data)


def untranslated(data: set[str]) -> set[str]:
    found = set()
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in (window, *window.findChildren(QWidget)):
            if not widget.isVisible():
                continue
            for text in texts_of(widget):
                rest = left_over(text or "", data)
                if rest:
                    found.add(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def store_words(till: Till, data_dir: Path) -> set[str]:
    """The store's own data, which stays as the catalogue writes it, and the data folder."""
    # "Till T01" is who parked a sale on a till without staff: the core's record of who acted.
    words = {till.svc.store.currency, till.svc.store.code, till.svc.store.name,
             *till.svc.store.policy.rates, str(data_dir), till.svc.acting_name(None)}
    with till.db.read() as s:
        for product in s.scalars(select(Product)):
            words.update((product.sku, product.name, product.brand or ""))
    # Key names come out of Qt's own catalogue (qtbase_es: "Abajo", "Control+F1").
    words.update(binding.key_text for binding in KEYMAP)
    return {w.lower() for text in words for w in WORD.findall(text)}


def dialog_shown() -> QDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()), None)


def close_dialog(qtbot: Any) -> None:
    dialog = dialog_shown()
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: dialog_shown() is None)


@pytest.fixture
def spanish_till(marked: None, qtbot: Any, db: Any, tmp_path: Path) -> Till:
    return _make_till(qtbot, db, with_printer=True, tmp=tmp_path)  # data folder: tmp_path


def test_every_word_of_the_sell_screen_and_its_dialogs_is_spanish(
        qtbot: Any, spanish_till: Till, tmp_path: Path) -> None:
    till = spanish_till
    data = store_words(till, tmp_path)
    seen: dict[str, set[str]] = {}

    def look(step: str) -> None:
        seen[step] = untranslated(data)

    look("empty sale")
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 2)
    assert formatting.current_locale() == "es_ES"
    look("two lines")
    scan(qtbot, till, "0000")  # no product has it: the service's message, in Spanish
    qtbot.waitUntil(lambda: "0000" in till.view.banner.text)
    look("unknown code")
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F1)
    qtbot.waitUntil(till.window.key_list.isVisible)
    look("keys F1")
    till.window.key_list.dismiss()
    for step, key, modifier in (("search F2", Qt.Key.Key_F2, None),
                                ("quantity F4", Qt.Key.Key_F4, None),
                                ("line discount F5", Qt.Key.Key_F5, None),
                                ("sale discount F6", Qt.Key.Key_F6, None),
                                ("price F8", Qt.Key.Key_F8, None),
                                ("open price Ctrl+O", Qt.Key.Key_O,
                                 Qt.KeyboardModifier.ControlModifier)):
        if modifier is None:
            qtbot.keyClick(till.view.scan_field, key)
        else:
            qtbot.keyClick(till.view.scan_field, key, modifier)
        qtbot.waitUntil(lambda: dialog_shown() is not None)
        if step.startswith("search"):
            type_keys(qtbot, "soap")
        look(step)
        close_dialog(qtbot)
    till.view.cancel_button.click()
    qtbot.waitUntil(lambda: dialog_shown() is not None)
    look("cancel sale")
    close_dialog(qtbot)
    till.view.park_button.click()
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 0)
    look("parked")
    till.view.resume_button.click()
    qtbot.waitUntil(lambda: dialog_shown() is not None)
    look("resume")
    resume = till.controller.handover.resume_dialog
    assert resume is not None
    with qtbot.waitSignal(till.controller.cart_changed):
        qtbot.keyClick(resume.table, Qt.Key.Key_Return)
    payment = open_payment(qtbot, till)
    look("payment, cash")
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    look("payment, card")
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert payment.dialog.amount.text() == "8,91"  # the amount due, written as in Spain
    payment.dialog.amount.setText("20,00")  # typed the Spanish way
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_Return)
    step = till.controller.checkout.receipt
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible())
    look("receipt: print, email or none")
    dialog = step.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, "e")
    qtbot.waitUntil(dialog.address.isVisible)
    look("receipt by email")
    dialog.back_button.click()
    answer_receipt(qtbot, till.controller, "n")
    look("paid, change due")
    assert QCoreApplication.translate("Screens", "Sell") == f"{OPEN}Venta{CLOSE}"
    missing = sorted({text for words in seen.values() for text in words})
    assert not missing, "not from the Spanish catalogue:\n" + "\n".join(missing)


def test_an_unknown_code_is_said_in_spanish_on_the_sell_screen(
        qtbot: Any, spanish: None, db: Any, tmp_path: Path) -> None:
    till = _make_till(qtbot, db, with_printer=False, tmp=tmp_path)
    scan(qtbot, till, "0000")
    qtbot.waitUntil(lambda: till.view.banner.isVisible() and "0000" in till.view.banner.text)
    assert till.view.banner.text == "No añadido: No hay ningún producto con el código 0000"


def test_an_error_is_said_in_the_language_and_its_english_stays_for_the_log(
        spanish: None) -> None:
    reason = ValidationError(message("amount {raw!r} is negative"), raw="-2")
    exc = ValidationError(message("{code}: {reason}"), code="2*x", reason=reason)
    assert str(exc) == "2*x: amount '-2' is negative"  # what the log and the hub read
    assert error_text(exc) == "2*x: el importe '-2' es negativo"  # an error inside, translated
    # Words the catalogue does not have (typed in the UI, or not marked yet) show as written.
    assert error_text(NotFoundError("no such {thing}")) == "no such {thing}"
