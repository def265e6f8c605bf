"""Hub revision 0006: events keep a hash of their content; quarantined repeats merge.

A hub made at every earlier revision, with events and quarantined events in
it, upgrades; the hashes it computes for stored events are the ones a resend
of those events hashes to, so a resend is still a duplicate after the upgrade.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import text

from omnipos.hub.api.app import create_asgi
from omnipos.hub.events.apply import content_hash
from omnipos.hub.store.db import alembic_config, make_engine, open_hub_db
from omnipos.hub.store.models import HubBase
from omnipos.sync.wire import Event
from tests.support.hub import sale_event

NOW = "2026-01-02T03:04:05.000000+00:00"
TOKEN = "old-token"
DEVICE = "6f1c2d3e-0000-4000-8000-000000000001"


def _stamp(value: str) -> str:
    return datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")


def _hub_at(url: str, revision: str, event: dict[str, object]) -> None:
    """A hub at ``revision`` with a store, an enrolled till, one event, a quarantined repeat."""
    from omnipos.hub.admin.credentials import hash_secret

    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(
            "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor,"
            " tax_rates, timezone, created_at) VALUES ('S1', 'Main', 'USD', 'exclusive', 'line',"
            " 0, '{\"STD\": \"0.0825\"}', 'UTC', :now)"), {"now": NOW})
        conn.execute(text(
            "INSERT INTO devices (id, store_code, till_code, name, token_hash, epoch, created_at)"
            " VALUES (:dev, 'S1', 'T01', 'old till', :h, 1, :now)"),
            {"dev": DEVICE, "h": hash_secret(TOKEN), "now": NOW})
        conn.execute(text(
            "INSERT INTO events (event_id, device_id, epoch, device_seq, type, schema_version,"
            " occurred_at, received_at, payload, status) VALUES (:eid, :dev, 1, 1,"
            " 'sale.completed', 1, :at, :now, :payload, 'applied')"),
            {"eid": event["event_id"], "dev": DEVICE, "at": _stamp(str(event["occurred_at"])),
             "now": NOW,
             "payload": json.dumps(event["payload"])})
        for _ in range(2):  # quarantined twice before the hub kept repeats once
            conn.execute(text(
                "INSERT INTO quarantine (event_id, device_id, epoch, device_seq, type, payload,"
                " error, received_at) VALUES ('bad-1', :dev, 1, 2, 'sale.completed', '{}',"
                " 'payload.lines: missing', :now)"), {"dev": DEVICE, "now": NOW})
    engine.dispose()


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005"])
def test_a_hub_with_events_upgrades_and_a_resend_is_still_a_duplicate(
        hub_url: str, revision: str) -> None:
    url = hub_url
    ev = sale_event(1)
    _hub_at(url, revision, ev)
    db = open_hub_db(url)
    try:
        with db.read() as s:
            stored = s.execute(text("SELECT content_hash FROM events")).scalar_one()
            quarantined = s.execute(text("SELECT count(*) FROM quarantine")).scalar_one()
        assert stored == content_hash(Event.model_validate(ev))
        assert quarantined == 1
        with TestClient(create_asgi(db)) as client:
            body = {"device_id": DEVICE, "batch_id": str(uuid.uuid4()), "epoch": 1}
            resend = client.post("/v1/sync/push", headers={"Authorization": f"Bearer {TOKEN}"},
                                 json={**body, "events": [ev]})
            forged = dict(ev, payload={**ev["payload"], "total_minor": 1})  # type: ignore[dict-item]
            other = client.post("/v1/sync/push", headers={"Authorization": f"Bearer {TOKEN}"},
                                json={**body, "events": [forged]})
        assert resend.status_code == 200, resend.text
        assert resend.json()["results"][0]["status"] == "duplicate"
        assert other.json()["results"][0]["status"] == "invalid"
    finally:
        db.close()


def test_migrated_hub_schema_matches_the_models(hub_url: str) -> None:
    db = open_hub_db(hub_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    HubBase.metadata)
    finally:
        db.close()
    assert diff == []
