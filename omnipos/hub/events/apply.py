"""Applying pushed events: one transaction per event, unique on event id.

Results per DESIGN.md: ``applied``; ``duplicate`` (carrying the first
result); ``rejected`` (an intent refused, with the current state); ``invalid``
(quarantined at the hub; the till's queue goes on). A resend after a lost
response is harmless because the event id is the primary key of ``events``.

The hot path uses Core statements on the transaction's connection: a push
of 10,000 events must stay well inside DESIGN.md's 15 s budget. On SQLite
each event commits without an fsync and the push endpoint calls
``HubDB.sync_barrier()`` once before it answers, so nothing is acknowledged
before it is durable.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import ValidationError as PydanticError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from omnipos.domain import events as ev_types
from omnipos.domain import tax
from omnipos.domain.errors import UserFacingError
from omnipos.domain.quantities import to_milli
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.events.shift import record_shift_closed
from omnipos.hub.feed import append_changes
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import EventRecord, SaleRecord
from omnipos.hub.store.rawsql import RawSql, dumps, loads, stamp
from omnipos.sync.schemas import Event, EventResult, SaleCompletedPayload, StockPayload

log = logging.getLogger(__name__)

_RECEIPT_SEQ = re.compile(r"(\d+)$")
EVENTS = EventRecord.__table__
SALES = SaleRecord.__table__

_FIND = (
    "SELECT event_id, status, error, current_state FROM events WHERE event_id = :eid "
    "OR (device_id = :dev AND epoch = :epoch AND device_seq = :seq)"
)
_SALE_BY_ID = "SELECT event_id FROM sales WHERE sale_id = :sid"
_INSERT_EVENT = (
    "INSERT INTO events (event_id, device_id, epoch, device_seq, type, schema_version, "
    "occurred_at, received_at, payload, status, error, current_state) VALUES (:event_id, "
    ":device_id, :epoch, :device_seq, :type, :schema_version, :occurred_at, :received_at, "
    ":payload, :status, NULL, NULL)"
)
_SET_OUTCOME = (
    "UPDATE events SET status = :status, error = :error, current_state = :current_state "
    "WHERE event_id = :event_id"
)
_INSERT_SALE = (
    "INSERT INTO sales (sale_id, event_id, store_code, till_code, device_id, receipt_no, "
    "receipt_seq, currency, subtotal_minor, discount_minor, tax_minor, total_minor, created_at, "
    "received_at, hub_tax_minor, payload) VALUES (:sale_id, :event_id, :store_code, :till_code, "
    ":device_id, :receipt_no, :receipt_seq, :currency, :subtotal_minor, :discount_minor, "
    ":tax_minor, :total_minor, :created_at, :received_at, :hub_tax_minor, :payload)"
)
_INSERT_QUARANTINE = (
    "INSERT INTO quarantine (event_id, device_id, epoch, device_seq, type, payload, error, "
    "received_at) VALUES (:event_id, :device_id, :epoch, :device_seq, :type, :payload, :error, "
    ":received_at)"
)


class Invalid(Exception):
    """The event cannot be applied as sent; it is quarantined."""


@dataclass
class Outcome:
    status: str = "applied"  # applied | rejected
    error: str | None = None
    current_state: dict[str, Any] | None = None


Handler = Callable[[RawSql, TillIdentity, Event, str], Outcome]


def _pydantic_message(exc: PydanticError) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    return f"payload.{loc}: {first['msg']}"


def _parse(model: type[Any], ev: Event) -> Any:
    try:
        return model.model_validate(ev.payload)
    except PydanticError as exc:
        raise Invalid(_pydantic_message(exc)) from exc


def _check_store(dev: TillIdentity, store_code: str | None) -> None:
    if store_code is not None and store_code != dev.store_code:
        raise Invalid(
            f"payload.store_code: {store_code!r} is not this device's store {dev.store_code!r}"
        )


def _stock_lines(lines: list[Any]) -> list[tuple[str, int]]:
    return [(line.sku, to_milli(line.delta)) for line in lines]


@lru_cache(maxsize=1024)
def _policy(prices: str, rounding: str, rates: tuple[tuple[str, str], ...], currency: str
            ) -> tax.TaxPolicy:
    return tax.TaxPolicy(
        prices=tax.PriceMode(prices),
        rounding=tax.RoundingMode(rounding),
        rates={k: Decimal(v) for k, v in rates},
        currency=currency,
    )


def _hub_tax(dev: TillIdentity, payload: SaleCompletedPayload) -> int | None:
    """The sale's tax recomputed with the shared engine, for comparison only."""
    try:
        policy = _policy(dev.prices, dev.rounding, tuple(sorted(dev.tax_rates.items())),
                         dev.currency)
        amounts = [(ln.total_minor, ln.tax_class) for ln in payload.lines]
        return tax.compute(amounts, policy).tax_total
    except (UserFacingError, ValueError, ArithmeticError):
        return None


def _sale_completed(conn: RawSql, dev: TillIdentity, ev: Event, payload_json: str
                    ) -> Outcome:
    p: SaleCompletedPayload = _parse(SaleCompletedPayload, ev)
    _check_store(dev, p.store_code)
    if dev.currency and p.currency != dev.currency:
        raise Invalid(f"payload.currency: {p.currency} is not the store's currency {dev.currency}")
    other = conn.one(_SALE_BY_ID, {"sid": str(p.sale_id)})
    if other is not None:
        raise Invalid(f"payload.sale_id: sale {p.sale_id} was already recorded by event {other}")
    hub_tax = _hub_tax(dev, p)
    if hub_tax is not None and hub_tax != p.tax_minor:
        log.warning("sale %s: till tax %s, hub engine %s (till's recorded as sent)",
                    p.receipt_no, p.tax_minor, hub_tax)
    m = _RECEIPT_SEQ.search(p.receipt_no)
    conn.run(_INSERT_SALE, {
        "sale_id": str(p.sale_id), "event_id": str(ev.event_id), "store_code": p.store_code,
        "till_code": p.till_code, "device_id": dev.id, "receipt_no": p.receipt_no,
        "receipt_seq": int(m.group(1)) if m else 0,
        "currency": p.currency, "subtotal_minor": p.subtotal_minor,
        "discount_minor": p.discount_minor, "tax_minor": p.tax_minor,
        "total_minor": p.total_minor, "created_at": stamp(p.created_at),
        "received_at": stamp(datetime.now(UTC)), "hub_tax_minor": hub_tax,
        "payload": payload_json,
    })
    _record_stock(conn, dev, ev, _stock_lines(p.stock), "sale")
    return Outcome()


def _generic_fact(conn: RawSql, dev: TillIdentity, ev: Event, _json: str) -> Outcome:
    p: StockPayload = _parse(StockPayload, ev)
    _check_store(dev, p.store_code)
    _record_stock(conn, dev, ev, _stock_lines(p.stock), ev.type.split(".")[0][:20])
    return Outcome()


def _intent(conn: RawSql, dev: TillIdentity, ev: Event, _json: str) -> Outcome:
    # The hub has no pickup orders yet (a later issue routes web orders to stores),
    # so every pickup intent is about an order it does not know.
    order_id = str(ev.payload.get("order_id", ""))[:64]
    return Outcome(
        status="rejected",
        error="unknown pickup order",
        current_state={"order_id": order_id, "state": "unknown", "version": 0},
    )


def _record_stock(
    conn: RawSql, dev: TillIdentity, ev: Event, lines: list[tuple[str, int]], reason: str
) -> None:
    deltas = ledger.deltas_from_lines(str(ev.event_id), dev.store_code, lines, reason)
    changes = ledger.record(conn, deltas)
    append_changes(conn, changes)  # last write: holds the feed lock only until commit


def _shift_closed(conn: RawSql, dev: TillIdentity, ev: Event, _json: str) -> Outcome:
    try:
        record_shift_closed(conn, dev.store_code, dev.id, str(ev.event_id), ev.payload)
    except ValueError as exc:
        raise Invalid(str(exc)) from exc
    return Outcome()


HANDLERS: dict[str, Handler] = {
    ev_types.SALE_COMPLETED: _sale_completed,
    ev_types.SHIFT_CLOSED: _shift_closed,
}
for _fact in ev_types.FACTS - set(HANDLERS):
    HANDLERS[_fact] = _generic_fact
for _intent_type in ev_types.INTENTS:
    HANDLERS[_intent_type] = _intent


def _duplicate(status: str, error: str | None, state: Any, ev: Event) -> EventResult:
    return EventResult(
        event_id=ev.event_id,
        device_seq=ev.device_seq,
        status="duplicate",
        original_status=status,
        error=error,
        current_state=loads(state),
    )


def _find(conn: RawSql, dev: TillIdentity, ev: Event) -> list[Any]:
    """The event itself if known, and whatever holds its (device, epoch, seq) slot."""
    params = {"eid": str(ev.event_id), "dev": dev.id, "epoch": dev.epoch, "seq": ev.device_seq}
    return list(conn.all(_FIND, params))


def apply_event(db: HubDB, dev: TillIdentity, ev: Event) -> EventResult:
    """Apply one event in its own transaction (deferred durability: see the module doc)."""
    eid = str(ev.event_id)
    try:
        with db.raw_transaction() as c:
            conn = RawSql(c)
            found = _find(conn, dev, ev)
            for row in found:
                if row[0] == eid:
                    return _duplicate(row[1], row[2], row[3], ev)
            if found:
                raise Invalid(f"device_seq: {ev.device_seq} of epoch {dev.epoch} already holds "
                              f"event {found[0][0]}")
            handler = HANDLERS.get(ev.type)
            if handler is None:
                raise Invalid(f"type: unknown event type {ev.type!r}")
            if ev.schema_version != ev_types.SCHEMA_VERSION:
                raise Invalid(f"schema_version: {ev.schema_version} of {ev.type} is not supported")
            payload_json = dumps(ev.payload) or "{}"
            # Claim the event id before any side effect.
            conn.run(_INSERT_EVENT, {
                "event_id": eid, "device_id": dev.id, "epoch": dev.epoch,
                "device_seq": ev.device_seq, "type": ev.type,
                "schema_version": ev.schema_version, "occurred_at": stamp(ev.occurred_at),
                "received_at": stamp(datetime.now(UTC)), "payload": payload_json,
                "status": "applied",
            })
            outcome = handler(conn, dev, ev, payload_json)
            if outcome.status != "applied" or outcome.error or outcome.current_state:
                conn.run(_SET_OUTCOME, {"status": outcome.status, "error": outcome.error,
                                        "current_state": dumps(outcome.current_state),
                                        "event_id": eid})
            return EventResult(
                event_id=ev.event_id, device_seq=ev.device_seq,
                status=outcome.status,  # type: ignore[arg-type]
                error=outcome.error, current_state=outcome.current_state,
            )
    except Invalid as exc:
        return _quarantine(db, dev, ev, str(exc))
    except IntegrityError:
        # Another request applied the same event meanwhile.
        with db.read() as s:
            prior = s.get(EventRecord, eid)
        if prior is None:
            raise
        return _duplicate(prior.status, prior.error, prior.current_state, ev)


def _quarantine(db: HubDB, dev: TillIdentity, ev: Event, error: str) -> EventResult:
    log.warning("event %s (%s, seq %s) quarantined: %s", ev.event_id, ev.type, ev.device_seq, error)
    with db.raw_transaction() as c:
        RawSql(c).run(_INSERT_QUARANTINE, {
            "event_id": str(ev.event_id), "device_id": dev.id, "epoch": dev.epoch,
            "device_seq": ev.device_seq, "type": ev.type[:40], "payload": dumps(ev.payload),
            "error": error, "received_at": stamp(datetime.now(UTC)),
        })
    return EventResult(event_id=ev.event_id, device_seq=ev.device_seq, status="invalid", error=error)


def acked_seq(db: HubDB, device_id: str, epoch: int) -> int:
    """The highest device_seq the hub holds for the device in ``epoch``."""
    with db.read() as s:
        return int(s.scalar(
            select(func.max(EVENTS.c.device_seq))
            .where(EVENTS.c.device_id == device_id, EVENTS.c.epoch == epoch)
        ) or 0)


def last_receipt_seq(db: HubDB, device_id: str) -> int:
    """The highest receipt sequence the device's sales carried (never to be reused)."""
    with db.read() as s:
        return int(s.scalar(
            select(func.max(SALES.c.receipt_seq)).where(SALES.c.device_id == device_id)
        ) or 0)
