"""``omnipos-hub`` for pickup orders: nodes, channels, routing rules, postcodes, orders, the
no-show job and the notification outbox, each printing JSON (SQLite)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from omnipos.hub.commands.main import main
from omnipos.hub.store.db import open_hub_db
from tests.support.orders import order_body, set_stock

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "geonames_us_sample.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> str:
    got = main(list(argv))
    out, err = capsys.readouterr()
    assert got == code, err
    return out if code == 0 else err


def lines(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines()]


def test_a_network_an_order_and_its_life_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    common = ("--currency", "USD", "--prices", "exclusive", "--tax", "STD=0.08")
    node = lines(run(capsys, "store", "add", "WH-LA", "--name", "LA", *common, "--kind",
                     "warehouse", "--lat", "34.05", "--lon", "-118.24", "--handling-cost",
                     "500", "--ship-rate", "2", "--daily-capacity", "100", *db))[0]
    assert (node["kind"], node["pickup"], node["daily_capacity"]) == ("warehouse", False, 100)
    store = lines(run(capsys, "store", "add", "PDX", "--name", "Portland", *common, "--lat",
                      "45.52", "--lon", "-122.68", "--tz", "America/Los_Angeles", "--hours",
                      "mon-sat 10:00-19:00", "--remind-after", "3", "--remind-again-after", "9",
                      "--cancel-after", "5", *db))[0]
    assert store["no_show"] == {"first_reminder_hours": 3, "second_reminder_hours": 9,
                                "cancel_after_days": 5}
    err = run(capsys, "store", "add", "BAD", "--name", "x", *common, "--hours", "mon 9-5", *db,
              code=2)
    assert "opening hours" in err
    token = run(capsys, "channel", "add", "web", *db).strip()
    assert token.startswith("ch_")
    assert "token" not in json.dumps(lines(run(capsys, "channel", "list", *db)))
    assert "exists" in run(capsys, "channel", "add", "web", *db, code=2)

    geo = lines(run(capsys, "geo", "import", str(SAMPLE), *db))[0]
    assert geo == {"imported": 12, "errors": 0}
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"rules": [{"name": "warehouses", "kinds": ["warehouse"]}]}))
    run(capsys, "routing", "set", str(rules), *db)
    assert [r["name"] for r in lines(run(capsys, "routing", "show", *db))] == ["warehouses"]

    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,name,gtin,price,tax_class\nTENT,Tent,,199.00,STD\n")
    run(capsys, "catalog", "import", str(catalog), *db)
    hub = open_hub_db(db[1])
    set_stock(hub, {("WH-LA", "TENT"): "2", ("PDX", "TENT"): "1"})
    hub.close()
    body = tmp_path / "order.json"
    body.write_text(json.dumps(order_body("C-1", [("TENT", "1")], postcode="97201")))
    placed = lines(run(capsys, "order", "add", str(body), *db))[0]
    assert (placed["state"], placed["nodes"]) == ("routed", ["WH-LA"])
    shown = json.loads(run(capsys, "order", "show", placed["order_id"], *db))
    assert shown["lines"][0]["nodes"][0]["node"] == "WH-LA"
    assert [o["order_id"] for o in lines(run(capsys, "order", "list", "--state", "routed",
                                             *db))] == [placed["order_id"]]
    part = shown["fulfilments"][0]["pickup_id"]
    shipped = lines(run(capsys, "order", "ship", part, "--tracking", "1Z", *db))[0]
    assert shipped["state"] == "shipped"
    assert "no longer be cancelled" in run(capsys, "order", "cancel", placed["order_id"], *db,
                                           code=2)

    pickup = tmp_path / "pickup.json"
    pickup.write_text(json.dumps(order_body("C-2", [("TENT", "5")], pickup="PDX")))
    parked = lines(run(capsys, "order", "add", str(pickup), *db))[0]
    assert parked["state"] == "unrouted"
    assert lines(run(capsys, "orders", "list", "--state", "unrouted", *db))[0]["order_id"] == (
        parked["order_id"])
    routed = lines(run(capsys, "order", "route", parked["order_id"], "--node", "WH-LA", *db))[0]
    assert routed["state"] == "routed" and routed["nodes"] == ["PDX", "WH-LA"]
    cancelled = lines(run(capsys, "order", "cancel", parked["order_id"], "--reason", "test",
                          *db))[0]
    assert cancelled["state"] == "cancelled"

    later = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    assert lines(run(capsys, "orders", "tick", "--now", later, *db))[0] == {
        "reminded": 0, "expired": 0}
    assert "offset" in run(capsys, "order", "tick", "--now", "2026-01-01T00:00", *db, code=2)
    kinds = {m["kind"] for m in lines(run(capsys, "notify", "list", *db))}
    assert kinds == {"order.shipped", "pickup.cancelled"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"channel_order_id": "x"}')
    assert "bad.json: placed_at" in run(capsys, "order", "add", str(bad), *db, code=2)
