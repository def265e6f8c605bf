"""Hub revision 0003 (pickup orders): a hub made at every earlier revision, with data in it,
upgrades to head with its data intact (SQLite and PostgreSQL); the schema at head is the models'.
"""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from omnipos.hub.admin import channels, stores
from omnipos.hub.admin.channels import ChannelIdentity
from omnipos.hub.orders.intake import place_order
from omnipos.hub.orders.requests import OrderRequest
from omnipos.hub.store.db import alembic_config, make_engine, open_hub_db
from omnipos.hub.store.models import HubBase
from tests.support.orders import order_body, seed_network, set_stock

_STORE = (
    "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor, tax_rates,"
    " timezone, lat, lon, created_at) VALUES ('OLD', 'Old', 'USD', 'exclusive', 'line', 0,"
    " '{\"STD\": \"0.1\"}', 'UTC', '45.5', '-122.6', '2026-01-01T00:00:00.000000+00:00')"
)
_LEVEL = "INSERT INTO stock_levels (store_code, sku, level_milli) VALUES ('OLD', 'A', 7000)"


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_a_hub_at_an_earlier_revision_upgrades_with_its_data(hub_url: str, revision: str) -> None:
    engine = make_engine(hub_url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(_STORE))
        conn.execute(text(_LEVEL))
    engine.dispose()
    db = open_hub_db(hub_url)  # migrates to head
    try:
        old = stores.list_stores(db)[0]
        assert (old["code"], old["kind"], old["pickup"], old["lat"]) == ("OLD", "store", True,
                                                                         "45.5")
        assert old["no_show"] == {"first_reminder_hours": 24, "second_reminder_hours": 48,
                                  "cancel_after_days": 7}
        assert old["opening_hours"] == "mon-sat 09:00-18:00"
        with db.read() as s:
            row = s.execute(text("SELECT level_milli, reserved_milli FROM stock_levels")).one()
        assert tuple(row) == (7000, 0)
        # The upgraded hub takes orders at once.
        seed_network(db)
        set_stock(db, {("PDX", "TENT"): "1"})
        web = channels.list_channels(db)[0]
        channel = ChannelIdentity(web["id"], web["name"])
        answer, created = place_order(db, channel, OrderRequest.model_validate(
            order_body("M-1", [("TENT", "1")], pickup="PDX")))
        assert created and answer["state"] == "routed"
    finally:
        db.close()


def test_the_schema_at_head_is_the_models(hub_url: str) -> None:
    db = open_hub_db(hub_url)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, HubBase.metadata) == []
    finally:
        db.close()


def test_head_downgrades_to_0002_and_up_again(hub_url: str) -> None:
    db = open_hub_db(hub_url)
    db.close()
    engine = make_engine(hub_url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        command.upgrade(cfg, "head")
    engine.dispose()
