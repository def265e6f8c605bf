"""Strategies and a hub for fuzzing the sync API in-process (hypothesis)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import strategies as st

from omnipos.hub.admin import enrollment, stores
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB, open_hub_db
from tests.support.hub import sale_event

BIG = 2**70
scalars = (st.none() | st.booleans() | st.integers(min_value=-BIG, max_value=BIG)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
           | st.sampled_from(["", "NaN", "1e999999", "-0", "\x00", "2026-13-45T99:00:00Z",
                              "S1-T01-000001", "A" * 5000, "\ud7ff\u202e", "-1.0005"]))
json_values = st.recursive(
    scalars,
    lambda inner: (st.lists(inner, max_size=4)
                   | st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


@dataclass
class FuzzHub:
    db: HubDB
    client: TestClient
    device_id: str
    token: str
    seq: int = 0

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def next_event(self) -> dict[str, Any]:
        self.seq += 1
        return sale_event(self.seq)

    def push_body(self, events: list[Any]) -> dict[str, Any]:
        return {"device_id": self.device_id, "batch_id": str(uuid.uuid4()), "epoch": 1,
                "events": events}


def fuzz_hub(tmp: Path) -> Iterator[FuzzHub]:
    db = open_hub_db(f"sqlite:///{tmp / 'fuzz-hub.sqlite3'}")
    stores.add_store(db, "S1", name="Main St", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825", "RED=0.02"])
    with TestClient(create_asgi(db), raise_server_exceptions=True) as client:
        code = enrollment.make_enrollment_code(db, "S1")
        reg = client.post("/v1/devices/register",
                          json={"enrollment_code": code, "device_name": "fuzz"}).json()
        yield FuzzHub(db, client, reg["device_id"], reg["token"])
    db.close()


@st.composite
def mangled(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with a few fields (at any depth) replaced by junk or removed."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        node: Any = doc
        # Walk down a random path of dicts and lists.
        for _depth in range(draw(st.integers(0, 3))):
            if isinstance(node, dict) and node:
                key = draw(st.sampled_from(sorted(node)))
                if isinstance(node[key], (dict, list)) and node[key]:
                    node = node[key]
            elif isinstance(node, list) and node:
                child = node[draw(st.integers(0, len(node) - 1))]
                if isinstance(child, (dict, list)) and child:
                    node = child
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if draw(st.booleans()):
                node[key] = draw(json_values)
            else:
                del node[key]
        elif isinstance(node, list) and node:
            node[draw(st.integers(0, len(node) - 1))] = draw(json_values)
    return doc
