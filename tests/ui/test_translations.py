"""The till's languages: the catalogues are current and complete, the choice, the formats."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.ui import i18n
from omnipos.ui.app import create_till
from omnipos.ui.common import formatting
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import Language, choose, install, translate
from tests.ui.conftest import show_window

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "omnipos" / "resources" / "translations"


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation is not None and message.get("numerus") == "yes"
            forms = list(translation.iter("numerusform")) if numerus else [translation]
            if translation is None or translation.get("type") == "unfinished" \
                    or not all((form.text or "").strip() for form in forms):
                out.append((name, message.findtext("source", "")))
    return out


def test_the_catalogues_hold_every_word_of_the_code_and_their_qm_is_compiled() -> None:
    """lupdate finds nothing new (or gone) and lrelease gives the committed .qm files."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations"), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


def test_spanish_is_complete_and_german_started() -> None:
    assert unfinished(CATALOGUES / "omnipos_es.ts") == []
    german = CATALOGUES / "omnipos_de.ts"
    total = sum(1 for _ in ET.parse(german).getroot().iter("message"))
    assert len(unfinished(german)) < total


def test_the_setting_wins_then_the_operating_system_then_english() -> None:
    assert choose("es", QLocale("de_DE")) == Language("es", "es_ES")
    assert choose("", QLocale("es_MX")) == Language("es", "es_MX")  # Mexico's formats
    assert choose("", QLocale("de_AT")) == Language("de", "de_AT")
    assert choose("", QLocale("fr_FR")) == Language("en", "en_US")  # no French yet
    assert choose("", QLocale.c()) == Language("en", "en_US")
    assert choose("xx", QLocale("es_ES")) == Language("en", "en_US")
    assert set(i18n.LANGUAGES) == {"en", "es", "de"}


def test_spanish_loads_the_tills_words_qts_own_and_the_formats(spanish: Language) -> None:
    assert translate("Screens", "Sell") == "Venta"
    assert translate("Dialogs", "Cancel  Esc") == "Cancelar  Esc"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # qtbase_es
    assert formatting.money(123456, "EUR") == "1.234,56"
    assert formatting.money(12345678, "EUR") == "123.456,78"
    assert formatting.money_with_code(1999, "EUR") == "19,99 EUR"
    assert formatting.money(1500, "JPY") == "1.500"
    assert formatting.quantity(Decimal("0.345")) == "0,345"
    assert formatting.percent("0.21") == "21%"
    assert formatting.percent("0.0825") == "8,25%"
    assert formatting.lines(3) == "3 líneas"
    assert formatting.amount_input(2050, "EUR") == "20,50"  # what an amount field starts with
    assert formatting.typed("20,50") == formatting.typed("20.50") == "20.50"  # parse_amount's
    moment = datetime(2026, 3, 5, 14, 5, 7).astimezone(UTC)
    assert formatting.day_time(moment) == "5 mar 14:05"
    assert formatting.date_time(moment) == "5 mar 2026 14:05"
    assert formatting.stamp(moment) == "5/3/2026 14:05:07"


def test_english_formats_stay_as_they_were(qapp: QApplication) -> None:
    install(qapp, Language("en", "en_US"))
    assert translate("Screens", "Sell") == "Sell"
    assert formatting.money(123456, "USD") == "1,234.56"
    assert formatting.money_with_code(-1999, "USD") == "-19.99 USD"
    assert formatting.quantity(Decimal("2.000")) == "2"
    assert formatting.percent("0.0825") == "8.25%"
    assert formatting.amount_input(2050, "USD") == "20.50"
    assert formatting.typed("1,000") == "1,000"  # a thousands sign stays, and is refused
    moment = datetime(2026, 3, 5, 14, 5, 7).astimezone(UTC)
    assert formatting.day_time(moment) == "Mar 5 14:05"
    assert formatting.clock(moment) == "14:05"


def test_german_formats(qapp: QApplication) -> None:
    try:
        install(qapp, Language("de", "de_DE"))
        assert translate("Screens", "Sell") == "Verkauf"
        assert formatting.money(123456, "EUR") == "1.234,56"
    finally:
        install(qapp, Language("en", "en_US"))


def test_a_manager_sets_the_tills_language_on_the_manager_screen(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    setup = StoreSetup(db)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), setup=setup)
    show_window(qtbot, ui.window)
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    settings = ui.settings
    assert settings is not None
    combo = settings.view.form.language_combo
    assert combo is not None and combo.currentData() == ""  # the operating system's
    combo.setCurrentIndex(combo.findData("es"))
    qtbot.keyClick(settings.view.form.name_field, Qt.Key.Key_F12)
    assert settings.view.message.text() == (
        "Saved: till.language. The till speaks its new language from its next start.")
    stored = setup.load()
    assert stored is not None and stored.language == "es"
    assert choose(stored.language) == Language("es", "es_ES")  # what the next start installs
    combo.setCurrentIndex(combo.findData(""))
    qtbot.keyClick(settings.view.form.name_field, Qt.Key.Key_F12)
    again = setup.load()
    assert again is not None and again.language == ""
