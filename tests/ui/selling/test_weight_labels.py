"""Issue 14, defect 11: weight labels in a store made with ``omnipos setup``.

``setup`` could not set the label layout, so a store it made read a weight label
(prefix 21) as a price label and showed "1 kg × 8.50"; weight prices showed no
"/kg". ``setup --labels weight:21`` sets it, and the cart shows the weight read
from the label and the price per kilogram.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omnipos.cli import main
from omnipos.db.engine import database_path, open_database
from omnipos.db.settings import get_setting, set_setting
from omnipos.domain.barcodes import EmbeddedLayout, embedded_lookup_gtin, make_embedded_code
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.ui.selling import cart_model
from tests.ui.conftest import _make_till
from tests.ui.selling.test_scan import cell

SETUP = ["setup", "--store", "S002", "--name", "Green Grocer", "--currency", "USD",
         "--tax", "food=2%"]


def test_setup_sets_weight_labels_and_the_cart_shows_the_weight(
        qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*SETUP, "--labels", "weight:21", "--data-dir", str(tmp_path)]) == 0
    layout = EmbeddedLayout(prefixes=("21",), value_kind="weight", value_decimals=3)
    apples = embedded_lookup_gtin("00001", layout)  # the GTIN the item is filed under
    csv = tmp_path / "catalog.csv"
    csv.write_text("sku,name,gtin,price,tax_class,brand,category,sold_by\n"
                   f"APPLE,Gala apples,{apples},8.50,food,,,weight\n", encoding="utf-8")
    assert main(["catalog", "import", str(csv), "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    db = open_database(database_path(tmp_path))
    with db.transaction() as s:
        assert EmbeddedLayout.from_json(get_setting(s, "store.embedded_layout")) == layout
        set_setting(s, AUTO_SHIFT_SETTING, True)  # the shift is not what this test is about
    till = _make_till(qtbot, db, with_printer=False, tmp=tmp_path / "ui")
    label = make_embedded_code("00001", "01250", layout)  # 1.250 kg of apples
    qtbot.keyClicks(till.view.scan_field, label)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_Return)
    assert till.view.cart_model.rowCount() == 1
    assert cell(till, 0, cart_model.COL_QTY) == "1.250 kg"
    assert cell(till, 0, cart_model.COL_UNIT_PRICE) == "8.50/kg"
    assert cell(till, 0, cart_model.COL_TOTAL) == "10.63"  # 1.25 × 8.50 = 10.625
    db.close()


@pytest.mark.parametrize("text, layout", [
    ("price:20-29", EmbeddedLayout()),
    ("weight:21,28", EmbeddedLayout(prefixes=("21", "28"), value_kind="weight")),
    ("off", EmbeddedLayout(enabled=False)),
])
def test_setup_label_layouts(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                             layout: EmbeddedLayout) -> None:
    assert main([*SETUP, "--labels", text, "--data-dir", str(tmp_path)]) == 0
    assert "Labels:" in capsys.readouterr().out
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert EmbeddedLayout.from_json(get_setting(s, "store.embedded_layout")) == layout
    db.close()


@pytest.mark.parametrize("bad", ["weight", "grams:21", "weight:2", "price:30-31", "price:29-20"])
def test_setup_refuses_a_bad_label_layout_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    assert main([*SETUP, "--labels", bad, "--data-dir", str(tmp_path)]) != 0
    err = capsys.readouterr().err.strip()
    assert "--labels" in err and "\n" not in err
