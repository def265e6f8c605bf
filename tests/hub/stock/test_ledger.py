"""Stock ledger and feed ordering under concurrent pushes, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

from omnipos.hub.feed import read_page
from omnipos.hub.stock import ledger, levels
from tests.support.hub import sale_event


def test_stock_import_sets_absolute_level_as_delta(hub, tmp_path: Path):
    csv = tmp_path / "stock.csv"
    csv.write_text("store,sku,quantity\nS1,A,10\nS2,A,4.5\n")
    assert levels.import_levels(hub, csv)["changed"] == 2
    csv.write_text("store,sku,quantity\nS1,A,7\nS2,A,4.5\nS9,A,1\nS1,B,abc\n")
    result = levels.import_levels(hub, csv)
    assert result["changed"] == 1
    assert len(result["errors"]) == 2
    assert levels.show(hub, "A") == {"S1": "7", "S2": "4.5"}
    with hub.read() as s:
        assert ledger.ledger_sum_milli(s, "S1", "A") == 7000


def test_sale_lowers_level_exactly_once(till, hub, tmp_path: Path):
    csv = tmp_path / "stock.csv"
    csv.write_text("store,sku,quantity\nS1,A,10\n")
    levels.import_levels(hub, csv)
    ev = sale_event(1, lines=[("A", 100, "3")])
    for _ in range(3):
        till.push([ev])
    assert levels.show(hub, "A") == {"S1": "7"}


def test_concurrent_pushes_keep_levels_exact_and_feed_gapless(enroll_till, hub):
    tills = [enroll_till("S1") for _ in range(4)]
    per_till = 25
    errors: list[BaseException] = []

    def run(t, idx):  # type: ignore[no-untyped-def]
        try:
            for seq in range(1, per_till + 1):
                ev = sale_event(seq, till=t.till, lines=[("A", 100, "1"), ("B", 50, "0.5")])
                assert t.push([ev]).json()["results"][0]["status"] == "applied"
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    # A reader pulls while the writers run: it must never skip a change.
    seen: list[dict] = []
    cursor = None
    stop = threading.Event()

    def reader():  # type: ignore[no-untyped-def]
        nonlocal cursor
        while not stop.is_set():
            page = read_page(hub, "S1", cursor, 50)
            seen.extend(c.model_dump() for c in page.changes)
            cursor = page.next_cursor

    rt = threading.Thread(target=reader)
    rt.start()
    threads = [threading.Thread(target=run, args=(t, i)) for i, t in enumerate(tills)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    stop.set()
    rt.join()
    assert not errors, errors
    while True:
        page = read_page(hub, "S1", cursor, 500)
        seen.extend(c.model_dump() for c in page.changes)
        cursor = page.next_cursor
        if not page.has_more:
            break
    total = len(tills) * per_till
    assert levels.show(hub, "A") == {"S1": str(-total)}
    assert levels.show(hub, "B") == {"S1": str(-total / 2).rstrip("0").rstrip(".")}
    levels_a = [c["data"]["level"] for c in seen if c["kind"] == "stock" and c["key"] == "S1:A"]
    # Every change was seen, in order: levels fall by one each time.
    assert levels_a == [str(-n) for n in range(1, total + 1)]
