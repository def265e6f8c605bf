"""Hub revision 0007: a till's acknowledged sequence is the contiguous prefix.

Hubs made at every earlier revision, with tills in their first and in a later
epoch and events in both, upgrade; hello then counts the first epoch from 0
and a later one from its first event received (those epochs never said where
they resumed).
"""

from __future__ import annotations

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import text

from omnipos.hub.admin.credentials import hash_secret
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import alembic_config, make_engine, open_hub_db

NOW = "2026-01-02T03:04:05.000000+00:00"
FIRST, LATER = "6f1c2d3e-0000-4000-8000-00000000000a", "6f1c2d3e-0000-4000-8000-00000000000b"


def _hub_at(url: str, revision: str) -> None:
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(
            "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor,"
            " tax_rates, timezone, created_at) VALUES ('S1', 'Main', 'USD', 'exclusive', 'line',"
            " 0, '{\"STD\": \"0.0825\"}', 'UTC', :now)"), {"now": NOW})
        hashed = "" if revision <= "0005" else ", content_hash"
        for dev, code, epoch, seqs in ((FIRST, "T01", 1, (1, 2, 4)), (LATER, "T02", 2, (8, 9))):
            conn.execute(text(
                "INSERT INTO devices (id, store_code, till_code, name, token_hash, epoch,"
                " created_at) VALUES (:d, 'S1', :c, 'old', :h, :e, :now)"),
                {"d": dev, "c": code, "h": hash_secret(dev), "e": epoch, "now": NOW})
            for seq in seqs:
                conn.execute(text(
                    "INSERT INTO events (event_id, device_id, epoch, device_seq, type,"
                    f" schema_version, occurred_at, received_at, payload, status{hashed})"
                    " VALUES (:eid, :d, :e, :seq, 'stock.adjusted', 1, :now, :now, '{}',"
                    f" 'applied'{', :h' if hashed else ''})"),
                    {"eid": f"{dev[:-2]}{seq:02d}", "d": dev, "e": epoch, "seq": seq,
                     "now": NOW, "h": "0" * 64})
    engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005", "0006"])
def test_hubs_of_every_revision_upgrade_and_count_the_prefix(hub_url: str, revision: str
                                                              ) -> None:
    _hub_at(hub_url, revision)
    db = open_hub_db(hub_url)
    try:
        with TestClient(create_asgi(db)) as client:
            first = client.get("/v1/sync/hello", headers={"Authorization": f"Bearer {FIRST}"})
            later = client.get("/v1/sync/hello", headers={"Authorization": f"Bearer {LATER}"})
        assert first.status_code == 200, first.text
        f, lt = first.json(), later.json()
        assert (f["acked_seq"], f["highest_seq"], f["gaps"]) == (2, 4, [{"first": 3, "last": 3}])
        assert (lt["acked_seq"], lt["highest_seq"], lt["gaps"]) == (9, 9, [])
        with db.read() as s:
            assert s.execute(text("SELECT seq_base FROM devices WHERE id = :d"),
                             {"d": LATER}).scalar_one() == 7
    finally:
        db.close()
