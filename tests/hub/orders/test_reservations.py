"""The reservation ledger: compensations applied once; the last unit promised once when two
orders race for it (real threads, two hub connections pools, SQLite and PostgreSQL)."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from omnipos.domain.errors import StateError
from omnipos.hub.admin import channels
from omnipos.hub.admin.channels import ChannelIdentity
from omnipos.hub.orders import changes, routing
from omnipos.hub.orders.intake import place_order
from omnipos.hub.orders.requests import OrderRequest
from omnipos.hub.stock import reservations
from omnipos.hub.stock.reservations import EntryKind
from omnipos.hub.store.db import HubDB, open_hub_db
from omnipos.hub.store.models import ReservationEntry, StockLevel
from tests.hub.orders.conftest import enroll_at
from tests.hub.orders.test_pickup_flow import handed_over, pickups
from tests.support.orders import order_body, set_stock


def _reserved(hub: HubDB, node: str, sku: str) -> int:
    with hub.read() as s:
        return int(s.scalar(select(StockLevel.reserved_milli).where(
            StockLevel.store_code == node, StockLevel.sku == sku)) or 0)


def _web(hub: HubDB) -> ChannelIdentity:
    web = channels.list_channels(hub)[0]
    return ChannelIdentity(web["id"], web["name"])


def test_a_compensation_is_applied_once_however_often_it_is_asked(hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "2"})
    with hub.transaction() as s:
        rid = reservations.reserve(s, "PDX", "TENT", 1000, fulfilment_id=None, line_no=1)
    assert rid is not None and _reserved(hub, "PDX", "TENT") == 1000
    with hub.transaction() as s:
        held = reservations.open_reservations(s, reservation_id=rid)[0]
        assert reservations.close(s, held, EntryKind.RELEASE, "cancelled") is True
        assert reservations.close(s, held, EntryKind.RELEASE, "cancelled again") is False
        assert reservations.close(s, held, EntryKind.CONVERT, "late handover") is False
    assert _reserved(hub, "PDX", "TENT") == 0
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(ReservationEntry)) == 2
        assert reservations.open_reservations(s, reservation_id=rid) == []


def test_cancelling_twice_and_after_the_handover_releases_nothing_twice(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "1"})
    answer = shop.post(order_body("D-1", [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    assert till.push([handed_over(1, rec, 1)]).json()["results"][0]["status"] == "applied"
    with pytest.raises(StateError, match="handed over"):
        changes.cancel_order(hub, answer["order_id"], actor="admin")
    assert _reserved(hub, "PDX", "TENT") == 0
    order = shop.get(answer["order_id"]).json()
    assert [r["state"] for r in order["reservations"]] == ["converted"]


def _race(urls: list[str], hub: HubDB, bodies: list[dict[str, Any]],
          monkeypatch: pytest.MonkeyPatch, *, together: bool) -> list[dict[str, Any]]:
    """Post ``bodies`` at once from two threads, each with its own connection pool (two hub
    workers). ``together``: both read the stock snapshot before either reserves."""
    channel = _web(hub)
    if together:
        barrier = threading.Barrier(len(bodies), timeout=10)
        first = threading.local()
        read = reservations.available

        def available(session: Any, skus: Any) -> dict[tuple[str, str], int]:
            snapshot = read(session, skus)
            if not getattr(first, "done", False):
                first.done = True
                barrier.wait()  # both hold the same snapshot now
            return snapshot

        monkeypatch.setattr(routing.reservations, "available", available)
    dbs = [open_hub_db(url) for url in urls]
    try:
        with ThreadPoolExecutor(len(bodies)) as pool:
            futures = [pool.submit(place_order, db, channel, OrderRequest.model_validate(body))
                       for db, body in zip(dbs, bodies, strict=True)]
            return [f.result(timeout=60)[0] for f in futures]
    finally:
        for db in dbs:
            db.close()


def test_two_orders_race_for_the_last_unit_one_gets_it_the_other_ships_in(
        hub, hub_url, monkeypatch, caplog) -> None:
    set_stock(hub, {("PDX", "TENT"): "1", ("WH-LA", "TENT"): "5"})
    postgres = hub.engine.dialect.name == "postgresql"
    with caplog.at_level(logging.INFO, logger="omnipos.hub.orders.routing"):
        answers = _race([hub_url, hub_url], hub,
                        [order_body(f"L-{i}", [("TENT", "1")], pickup="PDX") for i in (1, 2)],
                        monkeypatch, together=postgres)
    assert sorted(a["nodes"] for a in answers) == [["PDX"], ["PDX", "WH-LA"]]
    assert _reserved(hub, "PDX", "TENT") == 1000 and _reserved(hub, "WH-LA", "TENT") == 1000
    if postgres:  # both routed from one snapshot: the loser's reservation failed, it re-routed
        assert "lost a race" in caplog.text


def test_two_orders_race_for_the_last_unit_anywhere_the_other_is_parked(
        hub, hub_url, monkeypatch) -> None:
    set_stock(hub, {("WH-MEM", "LAMP"): "1"})
    postgres = hub.engine.dialect.name == "postgresql"
    answers = _race([hub_url, hub_url], hub,
                    [order_body(f"P-{i}", [("LAMP", "1")], address={
                        "line1": "1 A St", "city": "Memphis", "postcode": "38103",
                        "country": "US", "lat": 35.15, "lon": -90.05}) for i in (1, 2)],
                    monkeypatch, together=postgres)
    assert sorted(a["state"] for a in answers) == ["routed", "unrouted"]
    assert _reserved(hub, "WH-MEM", "LAMP") == 1000
