"""The first-run wizard, driven by the keyboard: a standalone store or a hub, printer, scanner."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.catalog import tax_classes
from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry
from omnipos.db.settings import get_setting
from omnipos.services.devices import DeviceSettings
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.setup.wizard_view import Step
from tests.support.sync import LiveHub, live_hub  # noqa: F401 - fixture
from tests.ui.setup.conftest import FirstRun

SOAP = "4006381333931"


def test_a_standalone_store_then_printer_and_scanner_by_keyboard(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    view, wizard = run.view, run.wizard
    assert wizard.step is Step.CHOOSE and view.isVisible()
    assert not run.window.stack.isVisible()  # the screens are covered
    run.key(Qt.Key.Key_F3)
    assert wizard.step is Step.STORE and view.title.text() == "Set up a standalone store"
    form = view.store_form
    run.type_into(form.code_field, "S9")
    run.key(Qt.Key.Key_F12)  # no name yet: said, nothing saved
    assert view.error.text() == "The store needs a name (it is printed on receipts)"
    assert QApplication.focusWidget() is form.name_field
    assert wizard.step is Step.STORE and run.ui is None
    run.type_into(form.name_field, "Corner Shop")
    run.type_into(form.currency_field, "eur")
    assert QApplication.focusWidget() is form.exclusive
    run.key(Qt.Key.Key_Down)  # the arrow picks "inclusive"
    assert form.inclusive.isChecked()
    form.taxes_field.setFocus()
    run.type_into(form.taxes_field, "vat=20%, reduced=5.5%")
    run.key(Qt.Key.Key_F12)
    assert wizard.step is Step.CATALOG, view.error.text()
    assert view.progress.text() == "First start · step 3 of 6"
    run.key(Qt.Key.Key_F8)  # no catalog today (tests/ui/setup/test_wizard_catalog.py imports)
    assert wizard.step is Step.PRINTER
    with new_db.read() as s:
        assert get_setting(s, "store.code") == "S9" and get_setting(s, "store.currency") == "EUR"
        assert get_setting(s, "store.prices") == "inclusive"
        assert tax_classes(s) == {"vat": Decimal("0.2"), "reduced": Decimal("0.055")}
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "settings.changed")).one()
        assert entry.actor == "first-run setup" and "store.code" in entry.payload["keys"]
    assert run.ui is not None  # the screens were built under the wizard
    assert view.printer_state.text() == "No printer set yet."

    run.key(Qt.Key.Key_F12)  # the printer settings (F3's dialog) over the wizard
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DeviceSettingsView))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DeviceSettingsView)
    dialog.uri_edit.setText(run.receipt.as_uri())
    dialog.test_print_button.click()
    qtbot.waitUntil(lambda: run.receipt.exists() and run.receipt.stat().st_size > 0)
    qtbot.waitUntil(lambda: "Test page sent" in dialog.printer_status.text())
    qtbot.keyClick(dialog.uri_edit, Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: wizard.step is Step.SCANNER)
    assert DeviceSettings(new_db).load()["printer.uri"] == run.receipt.as_uri()

    assert run.scanner.current == "setup"  # the wizard owns the scanner on this step
    run.scanner.route(SOAP)
    assert view.scan_result.text().startswith(f"Read {SOAP}: EAN-13")
    assert view.scan_result.text().endswith("The scanner works.")
    assert QApplication.focusWidget() is view.scan_field and view.scan_field.text() == SOAP
    qtbot.keyClicks(view.scan_field, "12345")  # typed by hand: Enter reads it too
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Return)
    assert view.scan_result.text() == ("Read 12345: unknown; read, but not a product code "
                                       "(no GTIN). The scanner works.")
    run.key(Qt.Key.Key_F12)
    assert wizard.step is Step.DONE and run.scanner.current == "shell"
    summary = view.summary.text()
    assert "standalone store S9 Corner Shop" in summary
    assert "Products: none yet; import the catalog with 'omnipos catalog import" in summary
    assert f"Receipts: written to the file {run.receipt}, as a printer would get them" in summary
    assert "Scanner: read 12345." in summary
    run.key(Qt.Key.Key_F12)
    assert run.finished == [True]
    assert not run.window.covered and run.window.current_screen is run.ui.sell
    qtbot.waitUntil(lambda: QApplication.focusWidget() is run.ui.sell.view.scan_field)


def test_a_hub_answers_in_words_wrong_code_then_enrolled(
        qtbot: Any, new_db: Database, tmp_path: Path, live_hub: LiveHub) -> None:  # noqa: F811
    run = FirstRun(qtbot, new_db, tmp_path)
    view, wizard = run.view, run.wizard
    run.key(Qt.Key.Key_F2)
    assert wizard.step is Step.HUB and QApplication.focusWidget() is view.hub_field
    run.key(Qt.Key.Key_F12)
    assert view.error.text() == "Enter the hub's address, starting with http:// or https://"
    run.type_into(view.hub_field, live_hub.url)
    run.type_into(view.code_field, "WRONG-CODE")
    run.key(Qt.Key.Key_F12)
    answer = view.hub_answer.text()
    assert answer.startswith("The hub did not enroll this till:") and "refused the code" in answer
    assert wizard.step is Step.HUB and run.ui is None
    assert QApplication.focusWidget() is view.code_field
    qtbot.keyClicks(view.code_field, live_hub.code("S2"))
    qtbot.keyClick(view.code_field, Qt.Key.Key_Return)  # Return in a field does the step too
    assert wizard.step is Step.PRINTER
    assert view.hub_answer.text().startswith("The hub answered: this till is T01 of store S2.")
    with new_db.read() as s:
        assert get_setting(s, "store.code") == "S2"
    assert run.ui is not None and run.ui.sell._svc.store.code == "S2"
    run.key(Qt.Key.Key_Escape)  # back to the hub's answer; F12 goes on without enrolling again
    assert wizard.step is Step.HUB and view.next_button.text() == "Next  F12"
    run.key(Qt.Key.Key_F12)
    assert wizard.step is Step.PRINTER
    run.key(Qt.Key.Key_F8)  # no printer today
    run.key(Qt.Key.Key_F8)  # no scanner test either
    assert wizard.step is Step.DONE
    assert "enrolled with" in view.summary.text() and "not tested" in view.summary.text()


def test_skipping_the_store_says_the_till_cannot_sell(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    run.key(Qt.Key.Key_F8)
    assert run.wizard.step is Step.DONE
    assert run.view.summary.text().startswith("This till has no store yet, so it cannot sell.")
    assert run.view.next_button.text() == "Close OmniPOS  F12"
    run.key(Qt.Key.Key_Escape)
    assert run.wizard.step is Step.CHOOSE
    run.key(Qt.Key.Key_F8)
    run.key(Qt.Key.Key_F12)
    assert run.finished == [False] and run.ui is None
    with new_db.read() as s:
        assert get_setting(s, "store.code") is None


def test_the_step_count_is_the_chosen_paths_and_the_first_page_counts_none(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    view = run.view
    assert view.progress.text() == "First start"  # the path is chosen on this page
    run.key(Qt.Key.Key_F2)
    assert view.progress.text() == "First start · step 2 of 5"  # hub, printer, scanner, done
    run.key(Qt.Key.Key_F8)  # no hub today: the last page of the same path
    assert (run.wizard.step, view.progress.text()) == (Step.DONE, "First start · step 5 of 5")
    run.key(Qt.Key.Key_Escape)
    assert (run.wizard.step, view.progress.text()) == (Step.CHOOSE, "First start")
    run.key(Qt.Key.Key_F3)
    assert view.progress.text() == "First start · step 2 of 6"  # the products step too
    run.fill_store("S9", "Corner Shop", "standard=8.25%")
    seen = []
    for key in (Qt.Key.Key_F12, Qt.Key.Key_F8, Qt.Key.Key_F8, Qt.Key.Key_F8):
        run.key(key)
        seen.append((run.wizard.step, view.progress.text()))
    assert seen == [(Step.CATALOG, "First start · step 3 of 6"),
                    (Step.PRINTER, "First start · step 4 of 6"),
                    (Step.SCANNER, "First start · step 5 of 6"),
                    (Step.DONE, "First start · step 6 of 6")]
    run.key(Qt.Key.Key_F8)  # the last page has no skip
    assert (run.wizard.step, view.progress.text()) == (Step.DONE, "First start · step 6 of 6")
    run.key(Qt.Key.Key_Escape)
    assert view.progress.text() == "First start · step 5 of 6"
    run.key(Qt.Key.Key_Escape)
    run.key(Qt.Key.Key_Escape)
    run.key(Qt.Key.Key_Escape)
    assert (run.wizard.step, view.progress.text()) == (Step.STORE, "First start · step 2 of 6")
