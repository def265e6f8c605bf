"""``omnipos-hub return ...`` and ``omnipos-hub customer ...`` as an administrator uses them."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnipos.hub.commands.main import main
from tests.support.hub import event, sale_event


def run(capsys, *argv: str) -> tuple[int, list[dict], str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_an_rma_from_the_command_line_to_its_refund(till, hub, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(hub.engine.url.render_as_string(hide_password=False))]
    sale = sale_event(1, lines=[("A", 500, "2")])
    till.push([sale])
    receipt = sale["payload"]["receipt_no"]  # type: ignore[index]
    code, [rma], _ = run(capsys, "return", "add", *db, "--receipt", receipt, "--line",
                         "A:1:too big", "--to-store", "S1", "--name", "Ada",
                         "--email", "ada@example.org")
    assert code == 0 and rma["state"] == "authorised"
    assert [(ln["sku"], ln["quantity"], ln["reason"]) for ln in rma["lines"]] == \
        [("A", "1", "too big")]
    code, _, err = run(capsys, "return", "add", *db, "--receipt", receipt, "--line", "A:5",
                       "--to-store", "S1")
    assert code == 2 and "1 of A can still be returned" in err
    code, _, err = run(capsys, "return", "add", *db, "--receipt", receipt, "--line", "A",
                       "--to-store", "S1")
    assert code == 2 and "SKU:QTY" in err

    parcel = event(2, "mail_return.received", {
        "intake_id": str(uuid.uuid4()), "rma_number": rma["number"], "store_code": "S1",
        "till_code": "T01", "received_at": datetime.now(UTC).isoformat(),
        "items": [{"rma_line_no": 1, "sku": "A", "qty": "1", "condition": "new",
                   "disposition": "restock"}]})
    assert till.push([parcel]).json()["results"][0]["status"] == "applied"
    code, [shown], _ = run(capsys, "return", "show", rma["number"], *db)
    assert shown["state"] == "received" and shown["refund_minor"] == 500
    assert shown["lines"][0]["outcomes"][0]["condition"] == "new"
    assert [(p["kind"], p["state"]) for p in shown["payouts"]] == [("cash", "pending")]
    code, [stock], _ = run(capsys, "stock", "show", "A", "--buckets", *db)
    assert stock == {"S1": {"sellable": "-1"}}  # -2 sold, +1 back on the shelf
    code, listed, _ = run(capsys, "return", "list", "--state", "received", *db)
    assert [r["number"] for r in listed] == [rma["number"]]
    code, [pending], _ = run(capsys, "return", "payouts", "--state", "pending", *db)
    code, [paid], _ = run(capsys, "return", "settle", pending["id"], "--reference", "BANK-9", *db)
    assert paid["state"] == "paid" and paid["refund_reference"] == "BANK-9"
    code, _, err = run(capsys, "return", "cancel", rma["number"], *db)
    assert code == 2 and "only an authorised one" in err

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"default": {"window_days": 14}}))
    code, [set_], _ = run(capsys, "return", "policy", str(policy), *db)
    assert set_["policy"]["default"]["window_days"] == 14
    code, [shown], _ = run(capsys, "return", "policy", "--store", "S1", *db)
    assert shown["policy"]["default"]["window_days"] == 14
    policy.write_text("{not json")
    code, _, err = run(capsys, "return", "policy", str(policy), *db)
    assert code == 2 and "not a JSON file" in err


def test_customers_credit_and_cases(hub, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(hub.engine.url.render_as_string(hide_password=False))]
    code, [ada], _ = run(capsys, "customer", "add", "--name", "Ada", "--phone", "555 0100",
                         *db)
    assert code == 0 and ada["phone"] == "5550100"
    code, [found], _ = run(capsys, "customer", "find", "--phone", "5550100", *db)
    assert found["customer_id"] == ada["customer_id"]
    code, [after], _ = run(capsys, "customer", "credit", ada["customer_id"], "12.50",
                           "--currency", "USD", "--note", "goodwill", *db)
    assert after["credit"] == {"USD": 1250}
    assert after["credit_entries"][0]["reason"] == "adjustment"
    code, [after], _ = run(capsys, "customer", "credit", ada["customer_id"], "-20.00",
                           "--currency", "USD", "--note", "correction", *db)
    assert after["credit"] == {"USD": -750}
    code, _, err = run(capsys, "customer", "show", "nobody", *db)
    assert code == 2 and "no customer" in err
    code, cases, _ = run(capsys, "return", "exceptions", "--open", *db)
    assert code == 0 and cases == []
    code, _, err = run(capsys, "return", "resolve", "99", "--note", "x", *db)
    assert code == 2 and "no case 99" in err
