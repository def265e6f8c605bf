"""``omnipos-hub count`` and ``omnipos-hub delivery``, and deliveries received by a till:
stock in, over and short kept with the delivery, a transfer out of the sending store."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.commands.main import main
from omnipos.hub.stock import deliveries, levels
from tests.support.hub import event


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def catalog(hub):  # type: ignore[no-untyped-def]
    upsert_lines(hub, [CatalogLine(sku, f"Item {sku}", (), 100, "STD")
                       for sku in ("A", "B", "C")], "USD")
    return hub


def test_count_create_prints_the_number_and_lists_it(catalog, hub_url: str, tmp_path: Path,
                                                     capsys) -> None:
    skus = tmp_path / "skus.txt"
    skus.write_text("A\n# the shelf by the door\nB\n\nA\n")
    number = _run(capsys, "count", "create", "--store", "S1", "--skus", str(skus),
                  "--due", "2026-12-24", "--db", hub_url).strip()
    assert number == "C00001"
    [listed] = [json.loads(x) for x in _run(capsys, "count", "list", "--db", hub_url).splitlines()]
    assert listed["items"] == 2 and listed["blind"] is True
    assert listed["due"] == "2026-12-24T23:59:59+00:00"
    shown = json.loads(_run(capsys, "count", "show", number, "--db", hub_url))
    assert shown["session_id"] == listed["session_id"] and shown["lines"] == []
    assert main(["count", "create", "--store", "S1", "--category", "Garden",
                 "--db", hub_url]) == 2
    assert "no active product is in category 'Garden'" in capsys.readouterr().err
    full = _run(capsys, "count", "create", "--store", "S1", "--full", "--blind", "no",
                "--db", hub_url).strip()
    shown = json.loads(_run(capsys, "count", "cancel", full, "--db", hub_url))
    assert shown["state"] == "cancelled" and shown["blind"] is False


def test_a_delivery_received_with_over_short_and_an_unknown_code(catalog, till, tmp_path,
                                                                capsys) -> None:
    lines = tmp_path / "lines.csv"
    lines.write_text("sku,quantity\nA,6\nB,2\n")
    made = deliveries.create_delivery(catalog, "S1", deliveries.read_lines(lines.read_text()),
                                      source="Acme")
    feed = [c for c in till.pull().json()["changes"] if c["kind"] == "delivery"]
    assert [(ln["sku"], ln["expected"]) for ln in feed[0]["data"]["lines"]] == \
        [("A", "6"), ("B", "2")]
    now = datetime.now(UTC).isoformat()
    got = event(1, "stock.received", {
        "delivery_id": made["delivery_id"], "number": made["number"], "store_code": "S1",
        "till_code": "T01", "received_at": now, "received_by": "Ann",
        "lines": [{"sku": "A", "expected": "6", "received": "5"},
                  {"sku": "C", "expected": "0", "received": "1"}],
        "unknown": ["2000000000008"]})
    assert till.push([got]).json()["results"][0]["status"] == "applied"
    shown = deliveries.show_delivery(catalog, made["number"])
    assert shown["state"] == "received" and shown["unknown"] == ["2000000000008"]
    assert {ln["sku"]: ln["over_short"] for ln in shown["lines"]} == \
        {"A": "-1", "B": "-2", "C": "1"}
    assert shown["discrepancies"] == 3
    assert levels.show(catalog, "A") == {"S1": "5"} and levels.show(catalog, "C") == {"S1": "1"}


def test_a_transfer_leaves_the_sending_store_when_made(catalog, hub_url, till, tmp_path,
                                                       capsys) -> None:
    lines = tmp_path / "lines.csv"
    lines.write_text("A,3\n")
    out = json.loads(_run(capsys, "delivery", "add", "--store", "S2", "--from", "S1",
                          "--lines", str(lines), "--db", hub_url))
    assert out["kind"] == "transfer" and out["source"] == "S1"
    assert levels.show(catalog, "A") == {"S1": "-3"}
    lines.write_text("ZZZ,1\n")
    assert main(["delivery", "add", "--store", "S2", "--lines", str(lines),
                 "--db", hub_url]) == 2
    assert "not in the catalog: ZZZ" in capsys.readouterr().err
    got = event(1, "stock.received", {
        "delivery_id": str(uuid.uuid4()), "number": "D09999", "store_code": "S1",
        "till_code": "T01", "received_at": datetime.now(UTC).isoformat(), "lines": []})
    result = till.push([got]).json()["results"][0]
    assert result["status"] == "invalid" and "no delivery" in result["error"]
