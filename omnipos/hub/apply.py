"""Applying pushed events: one transaction per event, unique on event id.

Results per DESIGN.md: ``applied``; ``duplicate`` (carrying the first
result); ``rejected`` (an intent refused, with the current state); ``invalid``
(quarantined at the hub; the till's queue goes on). A resend after a lost
response is harmless because the event id is the primary key of ``events``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError as PydanticError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omnipos.domain import events as ev_types
from omnipos.domain import tax
from omnipos.domain.errors import UserFacingError
from omnipos.hub import ledger
from omnipos.hub.db import HubDB
from omnipos.hub.feed import append_changes
from omnipos.hub.models import Device, EventRecord, QuarantinedEvent, SaleRecord, Store
from omnipos.hub.quantities import to_milli
from omnipos.sync.schemas import (
    Event,
    EventResult,
    SaleCompletedPayload,
    StockPayload,
)

log = logging.getLogger(__name__)

_RECEIPT_SEQ = re.compile(r"(\d+)$")


class Invalid(Exception):
    """The event cannot be applied as sent; it is quarantined."""


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    store_code: str
    till_code: str
    epoch: int


@dataclass
class Outcome:
    status: str = "applied"  # applied | rejected
    error: str | None = None
    current_state: dict[str, Any] | None = None


Handler = Callable[[Session, DeviceIdentity, Event], Outcome]


def _pydantic_message(exc: PydanticError) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    return f"payload.{loc}: {first['msg']}"


def _parse(model: type[Any], ev: Event) -> Any:
    try:
        return model.model_validate(ev.payload)
    except PydanticError as exc:
        raise Invalid(_pydantic_message(exc)) from exc


def _check_store(dev: DeviceIdentity, store_code: str | None) -> None:
    if store_code is not None and store_code != dev.store_code:
        raise Invalid(
            f"payload.store_code: {store_code!r} is not this device's store {dev.store_code!r}"
        )


def _stock_lines(lines: list[Any]) -> list[tuple[str, int]]:
    return [(line.sku, to_milli(line.delta)) for line in lines]


def _hub_tax(s: Session, payload: SaleCompletedPayload) -> int | None:
    """The sale's tax recomputed with the shared engine, for comparison only."""
    store = s.get(Store, payload.store_code)
    if store is None:
        return None
    try:
        policy = tax.TaxPolicy(
            prices=tax.PriceMode(store.prices),
            rounding=tax.RoundingMode(store.rounding),
            rates={k: Decimal(v) for k, v in store.tax_rates.items()},
            currency=store.currency,
        )
        return tax.compute([(ln.total_minor, ln.tax_class) for ln in payload.lines], policy).tax_total
    except (UserFacingError, ValueError):
        return None


def _sale_completed(s: Session, dev: DeviceIdentity, ev: Event) -> Outcome:
    p: SaleCompletedPayload = _parse(SaleCompletedPayload, ev)
    _check_store(dev, p.store_code)
    store = s.get(Store, dev.store_code)
    if store is not None and p.currency != store.currency:
        raise Invalid(f"payload.currency: {p.currency} is not the store's currency {store.currency}")
    other = s.scalar(select(SaleRecord.event_id).where(SaleRecord.sale_id == str(p.sale_id)))
    if other is not None:
        raise Invalid(f"payload.sale_id: sale {p.sale_id} was already recorded by event {other}")
    hub_tax = _hub_tax(s, p)
    if hub_tax is not None and hub_tax != p.tax_minor:
        log.warning("sale %s: till tax %s, hub engine %s (till's recorded as sent)",
                    p.receipt_no, p.tax_minor, hub_tax)
    s.add(
        SaleRecord(
            sale_id=str(p.sale_id),
            event_id=str(ev.event_id),
            store_code=p.store_code,
            till_code=p.till_code,
            device_id=dev.id,
            receipt_no=p.receipt_no,
            currency=p.currency,
            subtotal_minor=p.subtotal_minor,
            discount_minor=p.discount_minor,
            tax_minor=p.tax_minor,
            total_minor=p.total_minor,
            created_at=p.created_at,
            received_at=datetime.now(UTC),
            hub_tax_minor=hub_tax,
            payload=ev.payload,
        )
    )
    m = _RECEIPT_SEQ.search(p.receipt_no)
    if m:
        seq = int(m.group(1))
        s.execute(
            update(Device)
            .where(Device.id == dev.id, Device.last_receipt_seq < seq)
            .values(last_receipt_seq=seq)
        )
    _record_stock(s, dev, ev, _stock_lines(p.stock), "sale")
    return Outcome()


def _generic_fact(s: Session, dev: DeviceIdentity, ev: Event) -> Outcome:
    p: StockPayload = _parse(StockPayload, ev)
    _check_store(dev, p.store_code)
    _record_stock(s, dev, ev, _stock_lines(p.stock), ev.type.split(".")[0][:20])
    return Outcome()


def _intent(s: Session, dev: DeviceIdentity, ev: Event) -> Outcome:
    # The hub has no pickup orders yet (a later issue routes web orders to stores),
    # so every pickup intent is about an order it does not know.
    order_id = str(ev.payload.get("order_id", ""))[:64]
    return Outcome(
        status="rejected",
        error="unknown pickup order",
        current_state={"order_id": order_id, "state": "unknown", "version": 0},
    )


def _record_stock(
    s: Session, dev: DeviceIdentity, ev: Event, lines: list[tuple[str, int]], reason: str
) -> None:
    deltas = ledger.deltas_from_lines(str(ev.event_id), dev.store_code, lines, reason)
    changes = ledger.record(s, deltas)
    append_changes(s, changes)  # last write: holds the feed lock only until commit


HANDLERS: dict[str, Handler] = {ev_types.SALE_COMPLETED: _sale_completed}
for _fact in ev_types.FACTS - {ev_types.SALE_COMPLETED}:
    HANDLERS[_fact] = _generic_fact
for _intent_type in ev_types.INTENTS:
    HANDLERS[_intent_type] = _intent


def _duplicate(prior: EventRecord, ev: Event) -> EventResult:
    return EventResult(
        event_id=ev.event_id,
        device_seq=ev.device_seq,
        status="duplicate",
        original_status=prior.status,
        error=prior.error,
        current_state=prior.current_state,
    )


def apply_event(db: HubDB, dev: DeviceIdentity, ev: Event) -> EventResult:
    """Apply one event in its own transaction."""
    eid = str(ev.event_id)
    try:
        with db.transaction() as s:
            prior = s.get(EventRecord, eid)
            if prior is not None:
                return _duplicate(prior, ev)
            clash = s.scalar(
                select(EventRecord.event_id).where(
                    EventRecord.device_id == dev.id,
                    EventRecord.epoch == dev.epoch,
                    EventRecord.device_seq == ev.device_seq,
                )
            )
            if clash is not None:
                raise Invalid(
                    f"device_seq: {ev.device_seq} of epoch {dev.epoch} already holds event {clash}"
                )
            handler = HANDLERS.get(ev.type)
            if handler is None:
                raise Invalid(f"type: unknown event type {ev.type!r}")
            if ev.schema_version != ev_types.SCHEMA_VERSION:
                raise Invalid(f"schema_version: {ev.schema_version} of {ev.type} is not supported")
            record = EventRecord(
                event_id=eid, device_id=dev.id, epoch=dev.epoch, device_seq=ev.device_seq,
                type=ev.type, schema_version=ev.schema_version, occurred_at=ev.occurred_at,
                received_at=datetime.now(UTC), payload=ev.payload, status="applied",
            )
            s.add(record)
            s.flush()  # claims the event id before any side effect
            outcome = handler(s, dev, ev)
            record.status, record.error = outcome.status, outcome.error
            record.current_state = outcome.current_state
            _bump_acked(s, dev, ev.device_seq)
            return EventResult(
                event_id=ev.event_id, device_seq=ev.device_seq, status=outcome.status,  # type: ignore[arg-type]
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
        return _duplicate(prior, ev)


def _bump_acked(s: Session, dev: DeviceIdentity, seq: int) -> None:
    s.execute(
        update(Device)
        .where(Device.id == dev.id, Device.epoch == dev.epoch, Device.acked_seq < seq)
        .values(acked_seq=seq)
    )


def _quarantine(db: HubDB, dev: DeviceIdentity, ev: Event, error: str) -> EventResult:
    log.warning("event %s (%s, seq %s) quarantined: %s", ev.event_id, ev.type, ev.device_seq, error)
    with db.transaction() as s:
        s.add(
            QuarantinedEvent(
                event_id=str(ev.event_id), device_id=dev.id, epoch=dev.epoch,
                device_seq=ev.device_seq, type=ev.type[:40], payload=ev.payload, error=error,
                received_at=datetime.now(UTC),
            )
        )
        _bump_acked(s, dev, ev.device_seq)
    return EventResult(event_id=ev.event_id, device_seq=ev.device_seq, status="invalid", error=error)


def acked_seq(db: HubDB, device_id: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(Device.acked_seq).where(Device.id == device_id)) or 0)
