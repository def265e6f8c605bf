"""Deliveries at the till: the hub's expected lists, and the scan path of receiving them.

Like a count, every scan is committed with its line's received total before
it shows; a code that matched no item is kept as a scan without a SKU.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.db.models.deliveries import Delivery, DeliveryLine, DeliveryScan
from omnipos.domain.quantities import quantity_text

__all__ = ["ReceivedLine", "add_scan", "lines_of", "open_deliveries", "store_delivery",
           "unknown_codes"]


def store_delivery(session: Session, data: dict[str, Any], now: datetime) -> None:
    """Keep a ``delivery`` record as the hub sends it; what was scanned here stays."""
    delivery_id = str(data["delivery_id"])
    row = session.get(Delivery, delivery_id)
    fields = {"number": data["number"], "kind": data["kind"], "source": data.get("source", ""),
              "expected_at": data.get("expected_at"), "state": data.get("state", "expected"),
              "updated_at": now}
    if row is None:
        session.add(Delivery(id=delivery_id, **fields))
    else:
        for key, value in fields.items():
            setattr(row, key, value)
    received = {ln.sku: ln.received for ln in session.scalars(
        select(DeliveryLine).where(DeliveryLine.delivery_id == delivery_id))}
    session.execute(delete(DeliveryLine).where(DeliveryLine.delivery_id == delivery_id))
    for line in data.get("lines", []):
        session.add(DeliveryLine(delivery_id=delivery_id, sku=line["sku"],
                                 name=line.get("name", ""), expected=line["expected"],
                                 received=received.pop(line["sku"], "0")))
    for sku, got in received.items():  # scanned here, no longer (or never) on the list
        session.add(DeliveryLine(delivery_id=delivery_id, sku=sku, expected="0", received=got))


def open_deliveries(session: Session) -> list[Delivery]:
    return list(session.scalars(select(Delivery).where(
        Delivery.state == "expected", Delivery.received_at.is_(None))
        .order_by(Delivery.expected_at, Delivery.number)))


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    sku: str
    name: str
    expected: Decimal
    received: Decimal

    @property
    def over_short(self) -> Decimal:
        return self.received - self.expected


def lines_of(session: Session, delivery_id: str) -> list[ReceivedLine]:
    return [ReceivedLine(ln.sku, ln.name, Decimal(ln.expected), Decimal(ln.received))
            for ln in session.scalars(select(DeliveryLine).where(
                DeliveryLine.delivery_id == delivery_id).order_by(DeliveryLine.sku))]


def add_scan(session: Session, delivery_id: str, code: str, sku: str | None, qty: Decimal,
             at: datetime, by: str, name: str = "") -> Decimal | None:
    """One scan in; returns the line's received total (None for an unknown code)."""
    session.add(DeliveryScan(delivery_id=delivery_id, code=code[:64], sku=sku,
                             qty=quantity_text(qty), scanned_at=at, by=by))
    delivery = session.get(Delivery, delivery_id)
    if delivery is not None and delivery.started_at is None:
        delivery.started_at = at
    if sku is None:
        return None
    line = session.get(DeliveryLine, (delivery_id, sku))
    if line is None:  # not on the list: an extra item, shown as over
        line = DeliveryLine(delivery_id=delivery_id, sku=sku, name=name, expected="0",
                            received="0")
        session.add(line)
    total = Decimal(line.received) + qty
    line.received = quantity_text(total)
    return total


def unknown_codes(session: Session, delivery_id: str) -> list[str]:
    return list(dict.fromkeys(session.scalars(select(DeliveryScan.code).where(
        DeliveryScan.delivery_id == delivery_id, DeliveryScan.sku.is_(None))
        .order_by(DeliveryScan.id))))
