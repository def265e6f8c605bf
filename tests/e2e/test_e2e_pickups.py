"""Pickup orders end to end: a web order at a real hub (uvicorn, ephemeral port), a real till.

The till pulls the order, picks it by scanning, marks it ready, hands it over;
the hub's order, stock and reservations are checked after each sync. The
races: a cancel at the hub while the till picks offline, a handover offline
after a cancel, a no-show expiry against a late handover, a rejected line
re-routed to another store's till, two orders for the last unit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnipos.db.engine import Database
from omnipos.db.stock import till_level
from omnipos.domain.picking import Step
from omnipos.domain.pickup import PickupState, RejectReason
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.orders import noshow
from omnipos.hub.orders.changes import cancel_order
from omnipos.hub.server import serve_in_thread
from omnipos.hub.stock import levels
from omnipos.hub.store.db import open_hub_db
from omnipos.services.pickups import PickupService
from omnipos.sync.enroll import enroll
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.orders import order_body, seed_network, set_stock
from tests.support.sync import LiveHub, new_till_db

GTIN = {"TENT": "4006381333931", "LAMP": "036000291452", "MUG": "96385074"}
PRICES = {"TENT": ("Trail tent 2p", 19900), "LAMP": ("Camp lamp", 2500), "MUG": ("Enamel mug", 900)}


@dataclass
class Net:
    hub: LiveHub
    web: httpx.Client

    def order(self, number: str, lines: list[tuple[str, str]], **kw: Any) -> dict[str, Any]:
        r = self.web.post("/v1/orders", json=order_body(number, lines, **kw))
        assert r.status_code in (200, 201), r.text
        return r.json()

    def show(self, order_id: str) -> dict[str, Any]:
        return self.web.get(f"/v1/orders/{order_id}").json()

    def level(self, sku: str) -> dict[str, str]:
        return levels.show(self.hub.db, sku)


@dataclass
class StoreTill:
    db: Database
    worker: SyncWorker
    svc: PickupService

    def sync(self) -> None:
        self.worker.run_once()
        assert outbox_depth(self.db) == 0

    def only(self, number: str) -> str:
        rows = [r for r in self.svc.queue().rows if r.order_number == number]
        assert len(rows) == 1, [r.order_number for r in self.svc.queue().rows]
        return rows[0].pickup_id


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    db = open_hub_db(url)
    token = seed_network(db)
    upsert_lines(db, [CatalogLine(sku, name, (GTIN[sku].zfill(14),), price, "STD")
                      for sku, (name, price) in PRICES.items()], "USD")
    running = serve_in_thread(db)
    hub = LiveHub(db=db, url=running.url, running=running, db_url=url)
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as web:
        yield Net(hub, web)
    hub.stop()
    db.close()


def _till(net: Net, tmp_path: Path, store: str) -> StoreTill:
    db = new_till_db(tmp_path, f"till-{store}")
    tokens = MemoryTokenStore()
    enroll(db, net.hub.url, net.hub.code(store), tokens)
    worker = SyncWorker(db, tokens)
    worker.run_once()
    return StoreTill(db, worker, PickupService(db))


def test_web_order_routed_pulled_picked_by_scanning_ready_and_handed_over(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "3", ("PDX", "MUG"): "4"})
    till = _till(net, tmp_path, "PDX")
    answer = net.order("E-100", [("TENT", "1"), ("MUG", "2")], pickup="PDX")
    assert answer["nodes"] == ["PDX"]
    till.sync()  # pulled by the till
    pid = till.only("E-100")
    assert till.svc.announcements()[0].text.startswith("New pickup order E-100")
    for code in (GTIN["MUG"], GTIN["TENT"], GTIN["MUG"]):
        till.svc.tick(pid, code)
    till.svc.mark_ready(pid)
    till.sync()
    assert net.show(answer["order_id"])["state"] == "ready"
    assert till.svc.order(pid).hub_state is PickupState.READY
    found = till.svc.find(answer["pickup_code"])
    assert found.by_code and found.orders[0].pickup_id == pid
    done = till.svc.hand_over(pid, code=answer["pickup_code"])
    assert done.changed.detail.state is PickupState.HANDED_OVER
    till.sync()
    order = net.show(answer["order_id"])
    assert order["state"] == "handed_over" and order["exception"] is None
    assert {r["state"] for r in order["reservations"]} == {"converted"}
    assert net.level("TENT") == {"PDX": "2"} and net.level("MUG") == {"PDX": "2"}  # once
    with till.db.read() as s:
        assert till_level(s, "TENT") == 2 and till_level(s, "MUG") == 2
    assert till.svc.queue().rows == ()
    assert till.svc.order(pid).hub_state is PickupState.HANDED_OVER


def test_cancelled_at_the_hub_while_the_till_picks_offline(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "2"})
    till = _till(net, tmp_path, "PDX")
    answer = net.order("E-200", [("TENT", "1")], pickup="PDX")
    till.sync()
    pid = till.only("E-200")
    net.hub.stop()  # the till is offline from here
    cancel_order(net.hub.db, answer["order_id"], actor="web", reason="customer changed mind")
    till.svc.tick(pid, GTIN["TENT"])
    offline = till.svc.mark_ready(pid).detail
    assert offline.waiting and offline.state is PickupState.READY
    net.hub.start()
    till.svc.announcements()
    till.sync()
    d = till.svc.order(pid)
    assert d.state is PickupState.CANCELLED and d.step is Step.PUT_BACK and not d.waiting
    assert str(d.refusal).startswith("Order E-200 was cancelled at ")
    notes = [n for n in till.svc.announcements() if n.refusal]
    assert notes and "was cancelled at" in notes[0].text
    till.svc.put_back(pid)
    till.sync()
    order = net.show(answer["order_id"])
    assert order["state"] == "cancelled" and order["fulfilments"][0]["task"] is None
    assert {r["state"] for r in order["reservations"]} == {"released"}
    assert net.level("TENT") == {"PDX": "2"}
    assert till.svc.queue().rows == ()


def _ready_at_the_till(net: Net, till: StoreTill, number: str) -> tuple[dict[str, Any], str]:
    answer = net.order(number, [("TENT", "1")], pickup="PDX")
    till.sync()
    pid = till.only(number)
    till.svc.tick(pid, GTIN["TENT"])
    till.svc.mark_ready(pid)
    till.sync()
    assert till.svc.order(pid).step is Step.HANDOVER
    return answer, pid


def test_handed_over_offline_after_a_cancel(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "2"})
    till = _till(net, tmp_path, "PDX")
    answer, pid = _ready_at_the_till(net, till, "E-300")
    net.hub.stop()
    cancel_order(net.hub.db, answer["order_id"], actor="web")
    # The till does not know: the customer is at the counter with the code.
    till.svc.hand_over(pid, code=answer["pickup_code"])
    net.hub.start()
    till.sync()
    order = net.show(answer["order_id"])
    assert order["fulfilments"][0]["state"] == "handed_over"
    assert "handed over after the order was cancelled" in order["exception"]
    assert net.level("TENT") == {"PDX": "1"}  # the goods left once
    with till.db.read() as s:
        assert till_level(s, "TENT") == 1
    assert till.svc.order(pid).state is PickupState.HANDED_OVER


def test_reservation_expiry_against_a_late_handover(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "2"})
    till = _till(net, tmp_path, "PDX")
    answer, pid = _ready_at_the_till(net, till, "E-400")
    net.hub.stop()
    noshow.tick(net.hub.db, datetime.now(UTC) + timedelta(days=30))  # the no-show job expires it
    assert net.level("TENT") == {"PDX": "2"}
    till.svc.hand_over(pid, code=answer["pickup_code"])  # late, offline
    net.hub.start()
    till.sync()
    order = net.show(answer["order_id"])
    assert order["fulfilments"][0]["state"] == "handed_over"
    assert "after the order was expired" in order["exception"]
    assert {r["state"] for r in order["reservations"]} == {"released"}
    assert net.level("TENT") == {"PDX": "1"}


def test_a_rejected_line_is_rerouted_to_another_stores_till(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "1", ("PDX", "MUG"): "2", ("LAX", "MUG"): "5"})
    pdx = _till(net, tmp_path, "PDX")
    lax = _till(net, tmp_path, "LAX")
    answer = net.order("E-500", [("TENT", "1"), ("MUG", "2")], pickup="PDX")
    pdx.sync()
    pid = pdx.only("E-500")
    pdx.svc.tick(pid, GTIN["TENT"])
    pdx.svc.reject_line(pid, 2, RejectReason.NOT_FOUND, note="not on the shelf")
    with pdx.db.read() as s:
        assert till_level(s, "MUG") == 0  # at once, offline
    pdx.sync()
    assert net.level("MUG") == {"PDX": "0", "LAX": "5"}
    d = pdx.svc.order(pid)
    assert d.step is Step.WAIT_PARCEL and d.parcels[0].from_node == "LAX"
    # LAX's till gets the transfer in its queue: pick, pack (a slip), ship.
    lax.sync()
    tid = lax.only("E-500")
    assert lax.svc.order(tid).ship_to_store == "PDX"
    lax.svc.tick(tid, GTIN["MUG"])
    lax.svc.tick(tid, GTIN["MUG"])
    slip = lax.svc.mark_ready(tid).document
    assert slip.title == "PACKING SLIP" and slip.barcode == tid[:8]
    lax.svc.ship(tid, tracking="1ZLAX0001", carrier="UPS")
    lax.sync()
    assert net.level("MUG") == {"PDX": "0", "LAX": "3"}
    # PDX scans the parcel's label in: the order becomes ready, then it is handed over.
    pdx.sync()
    found = pdx.svc.find(slip.barcode)
    assert found.parcel == tid
    assert pdx.svc.receive_parcel(pid, found.parcel).detail.step is Step.HANDOVER
    pdx.sync()
    assert net.show(answer["order_id"])["state"] == "ready"
    pdx.svc.hand_over(pid, code=answer["pickup_code"])
    pdx.sync()
    order = net.show(answer["order_id"])
    assert order["state"] == "handed_over" and order["exception"] is None
    assert net.level("MUG") == {"PDX": "0", "LAX": "3"}
    assert net.level("TENT") == {"PDX": "0"}
    with pdx.db.read() as s:
        assert till_level(s, "MUG") == 0 and till_level(s, "TENT") == 0


def test_two_orders_for_the_last_unit(net, tmp_path) -> None:
    set_stock(net.hub.db, {("PDX", "TENT"): "1", ("LAX", "TENT"): "1"})
    till = _till(net, tmp_path, "PDX")
    answers: list[dict[str, Any]] = []
    start = threading.Barrier(2)

    def place(number: str) -> None:
        start.wait()
        answers.append(net.order(number, [("TENT", "1")], pickup="PDX"))

    threads = [threading.Thread(target=place, args=(n,)) for n in ("E-601", "E-602")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    till.sync()
    details = [till.svc.order(r.pickup_id) for r in till.svc.queue().rows]
    assert sorted(d.order_number for d in details) == ["E-601", "E-602"]
    shelf = sum((d.lines[0].pick.to_pick for d in details), Decimal(0))
    coming = sum((d.lines[0].pick.incoming for d in details), Decimal(0))
    assert (shelf, coming) == (1, 1)  # one from the shelf here, one shipped in from LAX
    assert net.level("TENT") == {"PDX": "1", "LAX": "1"}
    mine = next(d for d in details if d.lines[0].pick.to_pick == 1)
    till.svc.tick(mine.pickup_id, GTIN["TENT"])
    with pytest.raises(Exception, match="one too many"):
        till.svc.tick(mine.pickup_id, GTIN["TENT"])
