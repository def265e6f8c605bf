"""Every word the first-run wizard shows in Spanish comes out of the catalogue.

The same marked Spanish catalogue as the Sell screen's test (tests/ui/test_translations_sell.py):
walking each page of the wizard, what is left once the catalogue's words are taken out may
only be the store's own data (what was typed into the form, the sample products, the files),
and no word is cut by the room it was given (tests/ui/test_translations_fit.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from omnipos.db.engine import Database
from omnipos.ui.setup.wizard_view import Step
from tests.ui.setup.conftest import FirstRun
from tests.ui.test_translations_fit import cut
from tests.ui.test_translations_sell import (  # noqa: F401 - fixture
    WORD,
    marked,
    untranslated,
)

SOAP = "4006381333931"


def words(*texts: str) -> set[str]:
    return {w.lower() for text in texts for w in WORD.findall(text)}


def test_every_word_of_the_wizard_is_spanish(
        marked: None, qtbot: Any, new_db: Database, tmp_path: Path) -> None:  # noqa: F811
    run = FirstRun(qtbot, new_db, tmp_path)
    view, wizard = run.view, run.wizard
    # What the store typed, the files' paths and the scan's standard names are its own words.
    data = words("S7", "Tienda Mayor", "EUR", "general", "reducido", str(tmp_path),
                 "EAN-13", "GTIN")
    seen: dict[str, set[str]] = {}

    def at(step: Step) -> bool:
        return view.pages.currentWidget() is view.page[step] and wizard.step is step

    clipped: dict[str, list[str]] = {}

    def look(step: str) -> None:
        seen[step] = untranslated(data)
        clipped[step] = cut(run.window)  # Spanish is longer: every word still fits

    look("choose")
    run.key(Qt.Key.Key_F2)
    assert at(Step.HUB)
    look("hub")
    run.key(Qt.Key.Key_F12)  # no address: said in Spanish
    assert view.error.isVisible()
    look("hub, no address")
    run.key(Qt.Key.Key_Escape)
    run.key(Qt.Key.Key_F3)
    assert at(Step.STORE)
    look("store")
    run.fill_store("S7", "Tienda Mayor", "general=21%, reducido=10%", currency="EUR")
    run.key(Qt.Key.Key_F12)
    assert at(Step.CATALOG), view.error.text()
    look("products")
    run.key(Qt.Key.Key_F12)  # no file, no samples: what to do, in Spanish
    look("products, nothing chosen")
    run.key(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(wizard.catalog.samples))
    data |= words(*(f"{s.code} {s.name}" for s in wizard.catalog.samples))
    look("sample products")
    run.key(Qt.Key.Key_F12)
    assert at(Step.PRINTER)
    qtbot.waitUntil(lambda: bool(view.printer_state.text()))
    look("printer")
    run.key(Qt.Key.Key_F5)  # receipts to a file
    qtbot.waitUntil(lambda: wizard.step is Step.SCANNER)
    look("scanner")
    run.scanner.route(SOAP)
    look("scanner, a product code")
    run.scanner.route("12345")
    assert "desconocido" in view.scan_result.text()
    look("scanner, not a product code")
    run.key(Qt.Key.Key_F12)
    assert at(Step.DONE)
    look("done")
    assert view.progress.text().endswith("paso 6 de 6\u2069")
    missing = sorted({f"{step}: {text}" for step, texts in seen.items() for text in texts})
    assert not missing, "not from the Spanish catalogue:\n" + "\n".join(missing)
    assert not any(clipped.values()), {step: c for step, c in clipped.items() if c}
