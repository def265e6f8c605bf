"""Deliveries a store receives against an expected list: from a supplier, or a transfer from
another store (whose stock leaves when the transfer is made).

The expected list goes on the receiving store's feed; its tills scan the
goods in and report ``stock.received``: what arrived enters sellable stock
there, and each line's over or short stays with the delivery as its
discrepancy (``omnipos-hub delivery show``).
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.quantities import QuantityError, from_milli, to_milli
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import DeliveryLineRecord, DeliveryRecord, Product, Store
from omnipos.sync.events.stock import (
    DELIVERY_KIND,
    DeliveryData,
    DeliveryKind,
    DeliveryLineData,
    DeliveryState,
    StockReceivedPayload,
)

log = logging.getLogger(__name__)

__all__ = ["create_delivery", "delivery_change", "find_delivery", "list_deliveries",
           "read_lines", "receive", "show_delivery"]


def read_lines(text: str, name: str = "the file") -> list[tuple[str, int]]:
    """CSV lines ``sku,quantity`` (a header row naming them may come first)."""
    out: dict[str, int] = {}
    for no, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not row[0].strip() or row[0].strip().startswith("#"):
            continue
        if no == 1 and row[0].strip().lower() == "sku":
            continue
        if len(row) < 2:
            raise ValidationError(f"{name} line {no}: write sku,quantity")
        sku = row[0].strip()
        try:
            milli = to_milli(row[1])
        except QuantityError as exc:
            raise ValidationError(f"{name} line {no}: {exc}") from exc
        if milli <= 0 or len(sku) > 64:
            raise ValidationError(f"{name} line {no}: a SKU and a quantity over 0")
        out[sku] = out.get(sku, 0) + milli
    if not out:
        raise ValidationError(f"{name} lists no item (sku,quantity a line)")
    return list(out.items())


def _lines(session: Session, delivery_id: str) -> list[DeliveryLineRecord]:
    return list(session.scalars(select(DeliveryLineRecord).where(
        DeliveryLineRecord.delivery_id == delivery_id).order_by(DeliveryLineRecord.sku)))


def delivery_change(session: Session, rec: DeliveryRecord) -> PendingChange:
    data = DeliveryData(
        delivery_id=uuid.UUID(rec.id), number=rec.number, store_code=rec.store_code,
        kind=DeliveryKind(rec.kind), source=rec.source, expected_at=rec.expected_at,
        state=DeliveryState(rec.state),
        lines=[DeliveryLineData(sku=ln.sku, name=ln.name, expected=from_milli(ln.expected_milli))
               for ln in _lines(session, rec.id) if ln.expected_milli],
    ).model_dump(mode="json")
    return PendingChange(DELIVERY_KIND, rec.id, rec.store_code, data)


def create_delivery(db: HubDB, store_code: str, lines: Sequence[tuple[str, int]], *,
                    kind: DeliveryKind = DeliveryKind.SUPPLIER, source: str = "",
                    from_store: str | None = None, expected_at: datetime | None = None,
                    now: datetime | None = None) -> dict[str, Any]:
    """An expected delivery on ``store_code``'s feed. A transfer names the sending store;
    its stock leaves now (``transfer_out``) and arrives when the receiving till scans it."""
    now = now or datetime.now(UTC)
    if kind is DeliveryKind.TRANSFER and not from_store:
        raise ValidationError("a transfer names the store it comes from (--from)")
    if from_store == store_code:
        raise ValidationError("a transfer goes to another store")
    with db.transaction() as s:
        for code in filter(None, (store_code, from_store)):
            if s.get(Store, code) is None:
                raise NotFoundError(f"no store {code!r}")
        names = {sku: name for sku, name in s.execute(select(Product.sku, Product.name).where(
            Product.sku.in_([sku for sku, _ in lines])))}
        unknown = [sku for sku, _ in lines if sku not in names]
        if unknown:
            raise ValidationError(f"not in the catalog: {', '.join(unknown[:5])}")
        made = s.scalar(select(func.count()).select_from(DeliveryRecord)) or 0
        rec = DeliveryRecord(
            id=str(uuid.uuid4()), number=f"D{int(made) + 1:05d}", store_code=store_code,
            kind=kind.value, source=source or (from_store or ""), from_store=from_store,
            expected_at=expected_at, state=DeliveryState.EXPECTED.value, created_at=now)
        s.add(rec)
        s.flush()
        s.add_all(DeliveryLineRecord(delivery_id=rec.id, sku=sku, name=names[sku],
                                     expected_milli=milli) for sku, milli in lines)
        s.flush()
        changes = [delivery_change(s, rec)]
        if from_store:
            changes += ledger.record(s, [
                ledger.Delta(f"transfer-{rec.id}", i, from_store, sku, -milli, "transfer_out")
                for i, (sku, milli) in enumerate(lines, start=1)])
        append_changes(s, changes)
        return _summary(s, rec)


def find_delivery(session: Session, ident: str) -> DeliveryRecord:
    rec = session.scalar(select(DeliveryRecord).where(
        or_(DeliveryRecord.id == ident, DeliveryRecord.number == ident)))
    if rec is None:
        raise NotFoundError(f"no delivery {ident!r}")
    return rec


def _summary(session: Session, rec: DeliveryRecord) -> dict[str, Any]:
    lines = []
    for ln in _lines(session, rec.id):
        row: dict[str, Any] = {"sku": ln.sku, "name": ln.name,
                               "expected": from_milli(ln.expected_milli)}
        if ln.received_milli is not None:
            row["received"] = from_milli(ln.received_milli)
            row["over_short"] = from_milli(ln.received_milli - ln.expected_milli)
        lines.append(row)
    return {"delivery_id": rec.id, "number": rec.number, "store": rec.store_code,
            "kind": rec.kind, "source": rec.source, "state": rec.state,
            "expected_at": rec.expected_at.isoformat() if rec.expected_at else None,
            "received_at": rec.received_at.isoformat() if rec.received_at else None,
            "received_by": rec.received_by, "unknown": rec.unknown, "lines": lines,
            "discrepancies": sum(1 for r in lines if r.get("over_short", "0") != "0")}


def list_deliveries(db: HubDB, store: str | None = None) -> list[dict[str, Any]]:
    with db.read() as s:
        stmt = select(DeliveryRecord).order_by(DeliveryRecord.created_at)
        if store:
            stmt = stmt.where(DeliveryRecord.store_code == store)
        return [_summary(s, rec) for rec in s.scalars(stmt)]


def show_delivery(db: HubDB, ident: str) -> dict[str, Any]:
    with db.read() as s:
        return _summary(s, find_delivery(s, ident))


def receive(session: Session, got: StockReceivedPayload, event_id: str,
            occurred_at: datetime) -> list[PendingChange]:
    """What a till scanned in: stock in, each line's received kept beside its expected."""
    rec = session.get(DeliveryRecord, str(got.delivery_id))
    if rec is None:
        raise NotFoundError(f"no delivery {got.delivery_id}")
    if rec.store_code != got.store_code:
        raise ValidationError(f"delivery {rec.number} is for store {rec.store_code}")
    if rec.state == DeliveryState.RECEIVED.value:
        # A fact all the same (a second till scanned in what came later): it adds up.
        log.warning("delivery %s received again by %s", rec.number, got.till_code)
    known = {ln.sku: ln for ln in _lines(session, rec.id)}
    deltas = []
    for i, line in enumerate(got.lines, start=1):
        milli = to_milli(line.received)
        row = known.get(line.sku)
        if row is None:  # arrived without being expected
            row = DeliveryLineRecord(delivery_id=rec.id, sku=line.sku, name="",
                                     expected_milli=0)
            session.add(row)
            known[line.sku] = row
        row.received_milli = (row.received_milli or 0) + milli
        if milli:
            deltas.append(ledger.Delta(event_id, i, rec.store_code, line.sku, milli,
                                       "received", occurred_at=occurred_at))
    for row in known.values():
        if row.received_milli is None:
            row.received_milli = 0  # nothing of it came
    rec.state, rec.received_at = DeliveryState.RECEIVED.value, got.received_at
    rec.received_by, rec.unknown = got.received_by, list(got.unknown)
    session.flush()
    return [*ledger.record(session, deltas), delivery_change(session, rec)]
