"""``omnipos --demo``: the embedded hub holds pickup orders for the demo store in every state,
and an order a web shop posts to it reaches the till's feed within one sync interval."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import select

from omnipos.db.demo import ensure_demo
from omnipos.db.engine import open_database
from omnipos.demo import demo_enroll, hub_path, start_embedded_hub
from omnipos.hub.admin import channels
from omnipos.hub.feed import decode_cursor
from omnipos.hub.orders.views import list_orders
from omnipos.hub.store.db import open_hub_db
from omnipos.hub.store.models import FeedChange, Fulfilment
from omnipos.sync.state import CURSOR, get_state


def test_demo_pickups_in_every_state_and_a_new_order_reaches_the_till(tmp_path: Path) -> None:
    db_path = ensure_demo(tmp_path)
    url, stop = start_embedded_hub(tmp_path)
    hub = open_hub_db(f"sqlite:///{hub_path(tmp_path)}")
    till = open_database(db_path)
    try:
        with hub.read() as s:
            parts = {(f.kind, f.state, f.task) for f in s.scalars(
                select(Fulfilment).where(Fulfilment.node_code == "DEMO"))}
            incoming = s.scalars(select(Fulfilment).where(Fulfilment.kind == "transfer")).all()
        assert {state for _k, state, _t in parts} >= {
            "routed", "accepted", "picking", "ready", "handed_over", "cancelled", "expired"}
        assert ("pickup", "cancelled", "put_back") in parts
        assert ("pickup", "expired", "put_back") in parts
        assert ("ship", "routed", None) in parts
        assert [t.node_code for t in incoming] == ["DEMO-N"]
        unpaid = [o for o in list_orders(hub) if o["channel_order_id"] == "DEMO-1004"]
        assert unpaid and unpaid[0]["state"] == "ready"

        _result, worker = demo_enroll(till, url, tmp_path)
        _data, token = channels.add_channel(hub, "web shop")
        body = {"channel_order_id": "WEB-1", "placed_at": "2026-12-01T10:00:00+00:00",
                "customer": {"name": "New customer"}, "currency": "USD",
                "fulfilment": {"type": "pickup", "store": "DEMO"},
                "lines": [{"sku": "P0000100", "quantity": "1", "unit_price_minor": 100}]}
        posted = httpx.post(f"{url}/v1/orders", json=body,
                            headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert posted.status_code == 201, posted.text
        with hub.read() as s:
            pickup_id = s.scalar(select(Fulfilment.id).where(
                Fulfilment.order_id == posted.json()["order_id"]))
            seq = s.scalar(select(FeedChange.seq).where(FeedChange.kind == "pickup_order",
                                                        FeedChange.key == pickup_id))
        worker.run_once()  # one sync interval
        with till.read() as s:
            cursor = get_state(s, CURSOR)
        assert seq is not None and decode_cursor(cursor)[1] >= seq
        worker.stop()
    finally:
        till.close()
        hub.close()
        stop()
