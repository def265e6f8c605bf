"""Hub revision 0009: a store's full record goes to its own tills only.

A hub at 0008 whose feed already holds every store's full record for every
till upgrades; a till of another store then pulls no other store's taxes,
and every till pulls every store's directory record.
"""

from __future__ import annotations

import json
import uuid

from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import text

from omnipos.hub.admin import enrollment
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import alembic_config, make_engine, open_hub_db

NOW = "2026-01-02T03:04:05.000000+00:00"


def test_a_hub_at_0008_narrows_the_store_records_on_its_feed(hub_url: str) -> None:
    engine = make_engine(hub_url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
        conn.execute(text("INSERT INTO feed_state (id, last_seq, horizon, feed_id) "
                          "VALUES (1, 2, 0, :f)"), {"f": str(uuid.uuid4())})
        for seq, (code, rate) in enumerate((("S1", "0.0825"), ("S2", "0.05")), start=1):
            conn.execute(text(
                "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor,"
                " tax_rates, timezone, lat, created_at) VALUES (:c, :c, 'USD', 'exclusive',"
                " 'line', 0, :t, 'Europe/London', '51.5', :now)"),
                {"c": code, "t": json.dumps({"STD": rate}), "now": NOW})
            conn.execute(text(
                "INSERT INTO feed_changes (seq, kind, key, store_code, data) VALUES"
                " (:s, 'store', :c, NULL, :d)"),
                {"s": seq, "c": code, "d": json.dumps({"code": code, "tax_rates": {"STD": rate}})})
    engine.dispose()
    db = open_hub_db(hub_url)
    try:
        code = enrollment.make_enrollment_code(db, "S2")
        with TestClient(create_asgi(db)) as client:
            reg = client.post("/v1/devices/register",
                              json={"enrollment_code": code, "device_name": "t"}).json()
            changes = client.get("/v1/sync/pull", headers={
                "Authorization": f"Bearer {reg['token']}"}).json()["changes"]
    finally:
        db.close()
    assert [c["key"] for c in changes if c["kind"] == "store"] == ["S2"]
    assert "0.0825" not in json.dumps(changes)
    directory = {c["key"]: c["data"] for c in changes if c["kind"] == "store_directory"}
    assert set(directory) == {"S1", "S2"}
    assert directory["S1"] == {"code": "S1", "name": "S1", "address": "", "lat": "51.5",
                               "lon": None, "opening_hours": "mon-sat 09:00-18:00",
                               "timezone": "Europe/London"}
