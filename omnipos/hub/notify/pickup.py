"""What the pickup flow tells the customer: ready (code as text and QR), reminders,
cancelled, re-routed, shipped. Each is queued in the business transaction."""

from __future__ import annotations

import io
from datetime import datetime

import segno
from sqlalchemy.orm import Session

from omnipos.hub.notify.outbox import Attachment, Message, enqueue
from omnipos.hub.store.models import Fulfilment, Order, Store

__all__ = ["cancelled", "qr_png", "ready", "reminder", "rerouted", "shipped"]


def qr_png(text: str) -> bytes:
    """The pickup code as a QR code (PNG): the till scans it from the customer's phone."""
    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=8, border=4)
    return buf.getvalue()


def _store_name(session: Session, code: str | None) -> str:
    store = session.get(Store, code) if code else None
    return store.name if store else (code or "")


def _send(session: Session, order: Order, kind: str, subject: str, body: str, now: datetime,
          key: str | None, attachments: tuple[Attachment, ...] = ()) -> str | None:
    text = f"Hello {order.customer_name},\n\n{body}\n\nOrder {order.channel_order_id}\n"
    return enqueue(session, Message(kind, order.customer_email, subject, text, attachments,
                                    order.id, key), now)


def ready(session: Session, order: Order, f: Fulfilment, now: datetime) -> str | None:
    code = order.pickup_code or ""
    store = _store_name(session, f.node_code)
    body = (f"your order is ready for pickup at {store}.\n\nYour pickup code: {code}\n"
            "Show this code (or the QR code attached) at the counter.")
    return _send(session, order, "pickup.ready", f"Your order {order.channel_order_id} is ready "
                 f"for pickup", body, now, f"pickup.ready:{f.id}",
                 (Attachment("pickup-code.png", "image/png", qr_png(code)),))


def reminder(session: Session, order: Order, f: Fulfilment, number: int,
             now: datetime) -> str | None:
    store = _store_name(session, f.node_code)
    body = (f"your order is still waiting for you at {store}.\n\nYour pickup code: "
            f"{order.pickup_code or ''}")
    subject = f"Reminder: your order {order.channel_order_id} is waiting"
    return _send(session, order, "pickup.reminder", subject, body, now,
                 f"pickup.reminder:{f.id}:{number}")


def cancelled(session: Session, order: Order, now: datetime, *, no_show: bool) -> str | None:
    why = ("it was not collected in time, so we have cancelled it" if no_show
           else "it has been cancelled")
    return _send(session, order, "pickup.cancelled", f"Your order {order.channel_order_id} is "
                 "cancelled", f"your order {why}. Any payment is refunded to you.", now,
                 f"order.cancelled:{order.id}")


def rerouted(session: Session, order: Order, now: datetime, version: int) -> str | None:
    where = (f"It will still be ready for pickup at {_store_name(session, order.pickup_store)}, "
             "a little later than planned." if order.pickup_store else
             "It ships from another of our locations.")
    return _send(session, order, "order.rerouted", f"An update on your order "
                 f"{order.channel_order_id}", f"part of your order was not available where we "
                 f"planned. {where}", now, f"order.rerouted:{order.id}:{version}")


def shipped(session: Session, order: Order, f: Fulfilment, now: datetime) -> str | None:
    track = f" Tracking: {f.carrier} {f.tracking}".rstrip() if f.carrier or f.tracking else ""
    return _send(session, order, "order.shipped", f"Your order {order.channel_order_id} has "
                 "shipped", f"your parcel is on its way.{track}", now, f"order.shipped:{f.id}")
