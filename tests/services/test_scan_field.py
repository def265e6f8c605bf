"""The selling service reads the scan field's grammar: 3*CODE and words that are no code."""

from __future__ import annotations

from decimal import Decimal

import pytest

from omnipos.db.catalog import ProductRow, upsert_products
from omnipos.db.settings import set_setting
from omnipos.domain.barcodes import embedded_lookup_gtin, make_embedded_code
from omnipos.domain.cart import MergeScans
from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.services.selling import CheckoutService, NotACode


def test_a_quantity_prefix_sells_that_many(store_db) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    assert svc.scan(cart, "3*4006381333931").qty == 3
    assert svc.scan(cart, "2*SOAP").qty == 5  # merged with the line just scanned
    assert svc.scan(cart, "0.750*APPLE").qty == Decimal("0.750")  # a weight by hand
    with pytest.raises(ValidationError, match="whole number"):
        svc.scan(cart, "1.5*SOAP")
    with pytest.raises(ValidationError, match="from 1 to 9999"):
        svc.scan(cart, "10000*SOAP")


def test_a_label_with_its_own_price_takes_no_prefix(store_db) -> None:
    with store_db.transaction() as s:
        upsert_products(s, [ProductRow("CHEESE", "Cheddar by the piece", 0, "reduced",
                                       (embedded_lookup_gtin("12345"),))])
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    with pytest.raises(ValidationError, match="scan it alone"):
        svc.scan(cart, "2*" + make_embedded_code("12345", 1234))
    assert not cart.lines


def test_words_are_not_a_code(store_db) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    with pytest.raises(NotACode) as caught:
        svc.scan(cart, "lavender soap")
    assert caught.value.words == "lavender soap"
    with pytest.raises(NotACode):
        svc.scan(cart, "soapy")  # one word that is no SKU
    with pytest.raises(NotFoundError) as number:
        svc.scan(cart, "4006381333948")  # a valid EAN not in the catalog: an error, no search
    assert not isinstance(number.value, NotACode)


def test_the_merge_setting_reaches_new_and_resumed_carts(store_db) -> None:
    with store_db.transaction() as s:
        set_setting(s, "selling.merge_repeat_scans", "item")
    svc = CheckoutService(store_db)
    assert svc.store.merge_scans is MergeScans.SAME_ITEM
    cart = svc.new_cart()
    for code in ("SOAP", "MILK", "SOAP"):
        svc.scan(cart, code)
    assert [(ln.product.sku, int(ln.qty)) for ln in cart.lines] == [("SOAP", 2), ("MILK", 1)]
    parked = svc.park(cart, label="two lines")
    again = svc.resume(parked)
    svc.scan(again, "MILK")
    assert [(ln.product.sku, int(ln.qty)) for ln in again.lines] == [("SOAP", 2), ("MILK", 2)]


def test_an_unknown_merge_value_keeps_the_default(store_db) -> None:
    with store_db.transaction() as s:
        set_setting(s, "selling.merge_repeat_scans", "sideways")
        set_setting(s, "selling.confirm_quantity_over", 20)
    store = CheckoutService(store_db).store
    assert store.merge_scans is MergeScans.LAST_LINE and store.large_quantity == 20


def test_an_open_price_item_is_sold_without_stock(store_db) -> None:
    from omnipos.db.models import OutboxEvent, StockMovement

    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    with pytest.raises(ValidationError, match="price"):
        svc.add_open_price(cart, "Gnome", 0, "standard")
    svc.scan(cart, "SOAP")
    line = svc.add_open_price(cart, "  Garden   gnome ", 750, "standard")
    again = svc.add_open_price(cart, "Garden gnome", 750, "standard")
    assert line is not again and line.product.name == "Garden gnome"  # never merged
    payment = svc.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    done = svc.complete_sale(cart, payment)
    assert done.stock_skus == ("SOAP",)
    with store_db.read() as s:
        moved = [m.sku for m in s.query(StockMovement).all()]
        payload = s.query(OutboxEvent).one().payload
    assert moved == ["SOAP"]
    assert [ln["sku"] for ln in payload["lines"]] == ["SOAP", "OPEN-PRICE", "OPEN-PRICE"]
    assert [st["sku"] for st in payload["stock"]] == ["SOAP"]
