"""Feed appliers: each kind through its applier; unknown kinds and bad records skipped."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from omnipos.db.catalog import find_by_sku
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.db.stock import hub_level, till_level
from omnipos.sync.appliers import APPLIERS, apply_page
from omnipos.sync.wire import Change

AS_OF = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


def _change(kind: str, key: str, **data: object) -> Change:
    return Change(kind=kind, key=key, data=data)


def test_every_feed_kind_has_an_applier() -> None:
    assert set(APPLIERS) == {"store", "store_directory", "product", "stock", "staff", "customer",
                             "pickup_order", "return_policy", "rma",
                             "stock_elsewhere", "count_session", "delivery", "quick_keys"}


def test_return_policies_of_this_store_and_the_chain_are_kept(store_db: Database) -> None:
    from omnipos.db.returns import policy_for

    chain = {"default": {"window_days": 14}}
    page = [
        _change("return_policy", "*", store_code="*", policy=chain),
        _change("return_policy", "S002", store_code="S002",
                policy={"default": {"window_days": 90}}),  # another store's own
        _change("return_policy", "S001", store_code="S001",
                policy={"default": {"window_days": -3}}),  # not a policy: skipped
    ]
    with store_db.transaction() as s:
        apply_page(s, page)
    with store_db.read() as s:
        assert policy_for(s, "S001").default.window_days == 14  # the chain's
    with store_db.transaction() as s:
        apply_page(s, [_change("return_policy", "S001", store_code="S001",
                               policy={"default": {"window_days": 60}})])
    with store_db.read() as s:
        assert policy_for(s, "S001").default.window_days == 60  # the store's own wins


def test_a_page_applies_each_kind_and_skips_what_it_cannot_read(store_db: Database) -> None:
    page = [
        _change("store", "S001", code="S001", name="Corner Store (hub)", currency="USD",
                prices="exclusive", tax_rates={"standard": "0.0825"}),
        _change("product", "TEA", sku="TEA", name="Green tea", tax_class="standard",
                price_minor=350, currency="USD", gtins=[]),
        _change("product", "EUR", sku="EUR", name="Priced in euros", tax_class="standard",
                price_minor=100, currency="EUR"),
        _change("stock", "S001:TEA", store="S001", sku="TEA", level="12",
                as_of=AS_OF.isoformat()),
        _change("stock", "S002:TEA", store="S002", sku="TEA", level="99"),  # another store
        _change("stock", "S001:BAD", store="S001", sku="BAD", level="lots"),  # unreadable
        _change("coupon", "C1", code="HALF"),  # a kind a newer hub may send
    ]
    with store_db.transaction() as s:
        assert apply_page(s, page) == 1
    with store_db.read() as s:
        assert get_setting(s, "store.name") == "Corner Store (hub)"
        assert find_by_sku(s, "TEA") is not None and find_by_sku(s, "EUR") is None
        level = hub_level(s, "TEA")
        assert level is not None and level.level == Decimal(12) and level.as_of == AS_OF
        assert till_level(s, "TEA") == Decimal(12)
        assert hub_level(s, "BAD") is None
