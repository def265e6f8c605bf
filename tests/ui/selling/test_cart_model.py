"""The cart model tells the table exactly what changed."""

from __future__ import annotations

from decimal import Decimal

from omnipos.domain.cart import Cart, ProductInfo
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy
from omnipos.ui.selling import cart_model
from omnipos.ui.selling.cart_model import CartModel

POLICY = TaxPolicy(PriceMode.EXCLUSIVE, RoundingMode.LINE, {"std": Decimal("0.1")}, "USD")


def product(i: int, sold_by: str = "unit") -> ProductInfo:
    return ProductInfo(i, f"SKU{i}", f"Item {i}", 100 * i, "std", sold_by)


def test_scan_inserts_a_row_edit_changes_one_void_removes_one(qtbot) -> None:
    cart, model = Cart(POLICY), CartModel()
    cart.add(product(1))
    with qtbot.waitSignal(model.rowsInserted):
        model.set_view(cart.view())
    second = cart.add(product(2))
    with qtbot.waitSignal(model.rowsInserted):
        model.set_view(cart.view())
    cart.set_quantity(second.line_id, 5)
    with qtbot.waitSignal(model.dataChanged) as changed, qtbot.assertNotEmitted(model.modelReset):
        model.set_view(cart.view())
    assert changed.args[0].row() == 1 and changed.args[1].row() == 1
    assert model.data(model.index(1, cart_model.COL_QTY)) == "5"
    third = cart.add(product(3))
    model.set_view(cart.view())
    cart.remove(second.line_id)
    with qtbot.waitSignal(model.rowsRemoved) as removed, qtbot.assertNotEmitted(model.modelReset):
        model.set_view(cart.view())
    assert removed.args[1] == 1
    assert model.row_of(third.line_id) == 1
    with qtbot.waitSignal(model.modelReset):
        model.set_view(Cart(POLICY).view())  # a new sale
    assert model.rowCount() == 0


def test_cells_read_as_the_cashier_expects(qtbot) -> None:
    cart, model = Cart(POLICY), CartModel()
    cart.add(product(2, "weight"), "1.25")
    model.set_view(cart.view())
    row = [model.data(model.index(0, c)) for c in range(cart_model.COLUMN_COUNT)]
    assert row == ["Item 2", "1.250 kg", "2.00/kg", "", "2.50"]  # weight to the gram, per kg
    assert model.headerData(cart_model.COL_TOTAL, cart_model.Qt.Orientation.Horizontal) == "Total"


def test_each_cell_is_a_qt_item_with_its_look(qtbot) -> None:
    """The table paints from Qt's own items (no Python per cell): text, alignment, the bold
    total, the name's tooltip and the line's id are all in them, and read only."""
    cart, model = Cart(POLICY), CartModel()
    line = cart.add(product(3))
    model.set_view(cart.view())
    name, total = model.item(0, cart_model.COL_NAME), model.item(0, cart_model.COL_TOTAL)
    assert name.toolTip() == "Item 3\nSKU SKU3"
    assert model.data(model.index(0, 0), CartModel.LINE_ID_ROLE) == line.line_id
    assert total.font().bold() and not name.font().bold()
    assert total.textAlignment() & cart_model.Qt.AlignmentFlag.AlignRight
    assert name.textAlignment() & cart_model.Qt.AlignmentFlag.AlignLeft
    flags = model.flags(model.index(0, cart_model.COL_QTY))
    assert not flags & cart_model.Qt.ItemFlag.ItemIsEditable
    cart.set_quantity(line.line_id, 2)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_view(cart.view())
    assert changed.args[0].column() == cart_model.COL_QTY  # the name did not change: not told
    assert model.data(model.index(0, cart_model.COL_TOTAL)) == "6.00"
