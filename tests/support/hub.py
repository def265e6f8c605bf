"""Pytest fixtures for the hub: SQLite and a throw-away PostgreSQL cluster.

Import them into a ``conftest.py``: ``from tests.support.hub import *``.
The PostgreSQL cluster comes from ``OMNIPOS_TEST_PG_URL`` if set (``.ci/run``
may start one), else from ``scripts/pg-test-cluster.sh``; the PostgreSQL
tests skip with the script's reason only when no server binary can be had.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from omnipos.hub.store.db import HubDB, open_hub_db

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "pg-test-cluster.sh"

__all__ = [
    "InProcessTill",
    "event",
    "hub_db",
    "hub_url",
    "make_pg_database",
    "pg_cluster",
    "return_event",
    "sale_event",
    "sqlite_hub_db",
]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    """Base URL of a PostgreSQL server for tests (session-wide)."""
    env = os.environ.get("OMNIPOS_TEST_PG_URL")
    if env:
        yield env
        return
    if not SCRIPT.exists():
        pytest.skip(f"PostgreSQL: {SCRIPT} is missing")
    proc = subprocess.run([str(SCRIPT), "start"], capture_output=True, text=True, timeout=600,
                          check=False)
    if proc.returncode == 3:
        pytest.skip(f"PostgreSQL: {proc.stderr.strip().splitlines()[-1]}")
    if proc.returncode != 0:
        pytest.fail(f"pg-test-cluster.sh failed: {proc.stderr[-2000:]}")
    url, directory = proc.stdout.split()
    try:
        yield url
    finally:
        subprocess.run([str(SCRIPT), "stop", directory], capture_output=True, timeout=120,
                       check=False)


def make_pg_database(base_url: str, *, durable: bool = False) -> tuple[str, object]:
    """A fresh database on the cluster; returns its URL and a drop callable.

    The test clusters run with ``synchronous_commit=off`` for speed, so a commit
    is acknowledged before its WAL is written. ``durable`` turns it back on for
    this database: a test that stops the server with ``-m immediate`` must not
    lose what the hub acknowledged (the operating system stays up, so the
    cluster's ``fsync=off`` does not matter there).
    """
    import psycopg

    name = "t_" + uuid.uuid4().hex[:16]
    dsn = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        if durable:
            conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = on')

    def drop() -> None:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return base_url.rsplit("/", 1)[0] + "/" + name, drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty hub database URL: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    base = request.getfixturevalue("pg_cluster")
    url, drop = make_pg_database(base)
    try:
        yield url
    finally:
        drop()  # type: ignore[operator]


@pytest.fixture
def hub_db(hub_url: str) -> Iterator[HubDB]:
    db = open_hub_db(hub_url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def sqlite_hub_db(tmp_path: Path) -> Iterator[HubDB]:
    db = open_hub_db(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        yield db
    finally:
        db.close()


def sale_event(
    seq: int,
    *,
    store: str = "S1",
    till: str = "T01",
    lines: list[tuple[str, int, str]] | None = None,
    currency: str = "USD",
    receipt_seq: int | None = None,
    occurred_at: object = None,
) -> dict[str, object]:
    """A well-formed ``sale.completed`` event as a till writes it (``lines``: sku, price, qty)."""
    from datetime import UTC, datetime
    from decimal import Decimal

    lines = lines or [("A", 199, "1")]
    now = occurred_at or datetime.now(UTC)
    payload_lines = []
    for i, (sku, price, qty) in enumerate(lines, start=1):
        total = int(Decimal(price) * Decimal(qty))
        payload_lines.append({
            "line_no": i, "sku": sku, "gtin": "", "name": sku, "qty": qty,
            "unit_price_minor": price, "discount_minor": 0, "total_minor": total,
            "tax_class": "STD", "tax_minor": 0,
        })
    subtotal = sum(int(pl["total_minor"]) for pl in payload_lines)  # type: ignore[call-overload]
    return {
        "event_id": str(uuid.uuid4()),
        "type": "sale.completed",
        "schema_version": 1,
        "device_seq": seq,
        "occurred_at": now.isoformat(),  # type: ignore[attr-defined]
        "payload": {
            "sale_id": str(uuid.uuid4()),
            "receipt_no": f"{store}-{till}-{receipt_seq or seq:06d}",
            "store_code": store, "till_code": till, "currency": currency,
            "created_at": now.isoformat(),  # type: ignore[attr-defined]
            "cashier": "test", "subtotal_minor": subtotal, "discount_minor": 0,
            "tax_minor": 0, "total_minor": subtotal, "rounding_minor": 0, "change_minor": 0,
            "lines": payload_lines, "taxes": [], "tenders": [
                {"kind": "cash", "amount_minor": subtotal, "tendered_minor": subtotal,
                 "change_minor": 0}],
            "stock": [{"sku": sku, "delta": f"-{qty}"} for sku, _p, qty in lines],
        },
    }


def event(seq: int, type_: str, payload: dict[str, object],
          occurred_at: object = None) -> dict[str, object]:
    """An event of any type around ``payload``, as a till writes it."""
    from datetime import UTC, datetime

    now = occurred_at or datetime.now(UTC)
    return {"event_id": str(uuid.uuid4()), "type": type_, "schema_version": 1,
            "device_seq": seq, "occurred_at": now.isoformat(),  # type: ignore[attr-defined]
            "payload": payload}


def return_event(seq: int, sale: dict[str, object] | None, lines: list[dict[str, object]], *,
                 store: str = "S1", till: str = "T01", refunds: list[dict[str, object]] | None
                 = None, customer_id: str | None = None, return_no: str | None = None,
                 created_at: object = None) -> dict[str, object]:
    """A ``return.completed`` event taking back ``lines`` of ``sale`` (a ``sale_event``), or
    without a receipt when ``sale`` is None; ``lines``: {sale_line_no, sku, qty, refund_minor,
    condition?, disposition?}. By default the refund goes back as cash."""
    from datetime import UTC, datetime

    now = created_at or datetime.now(UTC)
    original = sale["payload"] if sale else {}  # type: ignore[index]
    total = sum(int(ln["refund_minor"]) for ln in lines)  # type: ignore[call-overload]
    payload = {
        "return_id": str(uuid.uuid4()), "return_no": return_no or f"{store}-{till}-R{seq:05d}",
        "store_code": store, "till_code": till, "currency": "USD",
        "created_at": now.isoformat(),  # type: ignore[attr-defined]
        "sale_id": original.get("sale_id"), "receipt_no": original.get("receipt_no", ""),
        "customer_id": customer_id,
        "lines": [{"line_no": i, **ln} for i, ln in enumerate(lines, start=1)],
        "refunds": refunds if refunds is not None else (
            [{"kind": "cash", "amount_minor": total, "tender_idx": 1}] if total else []),
        "refund_minor": total,
    }
    return event(seq, "return.completed", payload, now)


class InProcessTill:
    """An enrolled till talking to the app in-process."""

    def __init__(self, client: Any, reg: dict[str, str]) -> None:
        self.client = client
        self.device_id = reg["device_id"]
        self.store = reg["store_code"]
        self.till = reg["till_code"]
        self.headers = {"Authorization": f"Bearer {reg['token']}"}

    def push(self, events: list[dict[str, object]], epoch: int = 1) -> object:
        import uuid

        return self.client.post(
            "/v1/sync/push",
            headers=self.headers,
            json={"device_id": self.device_id, "batch_id": str(uuid.uuid4()), "epoch": epoch,
                  "events": events},
        )

    def pull(self, cursor: str | None = None, limit: int = 1000, **params: str) -> object:
        q: dict[str, object] = {"limit": limit, **params}
        if cursor:
            q["cursor"] = cursor
        return self.client.get("/v1/sync/pull", headers=self.headers, params=q)


