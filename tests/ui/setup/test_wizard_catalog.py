"""The wizard's products step: a standalone store imports a CSV catalog or takes samples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from omnipos.db.catalog import product_count
from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.domain.barcodes import is_valid_gtin
from omnipos.services.devices import DeviceSettings
from omnipos.services.setup import SAMPLE_PRODUCTS
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.ui.setup.wizard_view import Step
from tests.ui.setup.conftest import FirstRun

CATALOG = """sku,name,gtin,price,tax_class,brand
A1,Lavender soap bar,4006381333931,3.99,standard,Acme
A2,Whole milk 1 l,036000291452,1.29,reduced,
A3,Sourdough bread,,four fifty,standard,
A4,Olive oil 1 l,5901234123457,8.99,vat,
A5,Rye crackers,,2.49,reduced,
"""


def to_products(run: FirstRun) -> None:
    """Through the first page and the store's form to the products step, by keyboard."""
    run.key(Qt.Key.Key_F3)
    run.fill_store("S7", "Corner Shop", "standard=8.25%, reduced=2%")
    run.key(Qt.Key.Key_F12)
    assert run.wizard.step is Step.CATALOG, run.view.error.text()
    assert run.view.title.text() == "Products"
    assert QApplication.focusWidget() is run.view.catalog_page.file_field


def products(db: Database) -> int:
    with db.read() as s:
        return product_count(s)


def test_a_csv_with_bad_lines_imports_the_good_ones_and_lists_the_rest(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    to_products(run)
    page = run.view.catalog_page
    csv = tmp_path / "products.csv"
    csv.write_text(CATALOG, encoding="utf-8")
    qtbot.keyClicks(page.file_field, str(csv))
    run.key(Qt.Key.Key_F12)  # imports; stays on the step because two lines were refused
    assert run.wizard.step is Step.CATALOG
    assert products(new_db) == 3
    result = page.result.text()
    assert result.startswith("products.csv: 3 products imported (3 new, 0 changed")
    assert "2 lines were not imported, listed below: correct them in the file" in result
    assert page.problems.isVisible()
    assert page.problems.toPlainText().splitlines() == [
        "line 4: price: amount 'four fifty' is not a plain decimal number",
        "line 5: unknown tax class 'vat' (known: reduced, standard)",
    ]
    assert page.file_field.text() == str(csv)  # nothing to type again

    csv.write_text(CATALOG.replace("four fifty", "4.50").replace(",vat,", ",standard,"),
                   encoding="utf-8")
    qtbot.keyClick(page.file_field, Qt.Key.Key_Return)  # Enter imports the corrected file
    assert page.result.text().startswith(
        "products.csv: 5 products imported (2 new, 0 changed, 3 as they were).")
    assert not page.problems.isVisible()
    assert products(new_db) == 5
    run.key(Qt.Key.Key_F12)  # that file is in: F12 goes on
    assert run.wizard.step is Step.PRINTER
    assert run.view.progress.text() == "First start · step 4 of 6"
    run.key(Qt.Key.Key_F8)
    run.key(Qt.Key.Key_F8)
    assert "Products: 5 products from products.csv." in run.view.summary.text()


def test_a_clean_file_goes_on_at_once_and_a_missing_one_is_said(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    to_products(run)
    page = run.view.catalog_page
    run.key(Qt.Key.Key_F12)  # no file yet, no samples: says what to do, stays
    assert run.wizard.step is Step.CATALOG
    assert page.result.text().startswith("Type the CSV file's path (F4 chooses it), F5 adds")
    missing = tmp_path / "nowhere.csv"
    qtbot.keyClicks(page.file_field, str(missing))
    run.key(Qt.Key.Key_F12)
    assert page.result.text() == f"No such file: {missing}"
    assert run.wizard.step is Step.CATALOG and page.file_field.text() == str(missing)
    assert QApplication.focusWidget() is page.file_field
    header_only = tmp_path / "wrong.csv"
    header_only.write_text("code,title\nA1,Soap\n", encoding="utf-8")
    page.file_field.setText(str(header_only))
    run.key(Qt.Key.Key_F12)
    assert page.result.text().startswith("The header lacks sku, name, gtin, price, tax_class")
    good = tmp_path / "good.csv"
    good.write_text(CATALOG.splitlines()[0] + "\nA1,Soap,,3.99,standard,\n", encoding="utf-8")
    page.file_field.setText(str(good))
    run.key(Qt.Key.Key_F12)
    assert run.wizard.step is Step.PRINTER and products(new_db) == 1


def test_f4_chooses_the_file_in_a_dialog(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    to_products(run)
    csv = tmp_path / "chosen.csv"
    csv.write_text(CATALOG.splitlines()[0] + "\nA1,Soap,,3.99,standard,\n", encoding="utf-8")
    run.key(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(csv))
    dialog.accept()
    qtbot.waitUntil(lambda: products(new_db) == 1)
    page = run.view.catalog_page
    assert page.file_field.text() == str(csv)
    assert page.result.text().startswith("chosen.csv: 1 product imported (1 new")
    assert run.wizard.step is Step.CATALOG  # F12 goes on; the person sees what came in first


def test_sample_products_can_be_sold_after_the_wizard(
        qtbot: Any, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    to_products(run)
    run.key(Qt.Key.Key_F5)
    assert products(new_db) == len(SAMPLE_PRODUCTS)
    page = run.view.catalog_page
    first = page.problems.toPlainText().splitlines()[0]
    code = first.split()[0]
    assert is_valid_gtin(code) and first == f"{code}      6.49  Sample coffee beans 250 g"
    assert page.result.text().startswith(f"{len(SAMPLE_PRODUCTS)} sample products added. To sell "
                                         f"one, type its code at the Sell screen")
    run.key(Qt.Key.Key_F5)  # again: the same eight, not sixteen
    assert products(new_db) == len(SAMPLE_PRODUCTS)
    run.key(Qt.Key.Key_F12)
    assert run.wizard.step is Step.PRINTER
    assert run.view.printer_state.text() == "No printer set yet."
    run.key(Qt.Key.Key_F5)  # no printer yet: receipts to a file in the data folder
    receipts = tmp_path / "receipts.escpos"
    assert run.wizard.step is Step.SCANNER
    assert DeviceSettings(new_db).load()["printer.uri"] == receipts.as_uri()
    assert run.printer.uri == receipts.as_uri()  # the till prints there from now on
    run.key(Qt.Key.Key_F8)
    summary = run.view.summary.text()
    assert f"Receipts: written to the file {receipts}, as a printer would get them" in summary
    assert (f"Products: 8 sample products. Type {code} and Enter at the Sell screen to sell "
            "Sample coffee beans 250 g.") in summary
    run.key(Qt.Key.Key_F12)
    assert run.ui is not None and run.window.current_screen is run.ui.sell
    qtbot.waitUntil(lambda: QApplication.focusWidget() is run.ui.sell.view.scan_field)
    with new_db.transaction() as s:  # the first sale opens a shift (no float to count here)
        set_setting(s, AUTO_SHIFT_SETTING, True)
    run.scanner.route(code)
    sell = run.ui.sell
    qtbot.waitUntil(lambda: sell.cart_view is not None and bool(sell.cart_view.lines))
    assert sell.cart_view.lines[0].name == "Sample coffee beans 250 g"
    run.printer.stop()
