"""Mail-return intake: a parcel taken in at the store, item by item, durable at every step.

``ParcelService`` holds the Parcels screen's use cases:

* ``start`` - the parcel by its RMA label (the hub pulled the RMAs addressed
  to this store), or a receipt or web order number for a parcel without its
  label (matched to that original, or to its RMA if it has one);
  ``set_aside`` - a parcel nobody can match, held with a note. An intake
  left open (a crash, a closed window) is resumed, never started twice.
* ``scan`` - one unit found in the parcel, as new and restocked unless the
  associate changes it (``grade``, ``note``, ``remove``). An item the RMA
  does not expect is kept and shown as an exception.
* ``complete`` (F12) - what was expected and not scanned is recorded as
  missing; stock moves here by disposition; ONE transaction writes the
  items, the stock movements, the journal entry and ``mail_return.received``.

Every call commits at once: the intake is on disk before the screen shows it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db import returns as repo
from omnipos.db.engine import Database
from omnipos.db.models import StockMovement
from omnipos.db.models.returns import Intake, IntakeItem, IntakeState, RmaRecord
from omnipos.domain.errors import (
    NotFoundError,
    StateError,
    UserFacingError,
    ValidationError,
    message,
)
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import quantity_text
from omnipos.domain.returns import (
    EXPECTS_NOTHING,
    RMA_PREFIX,
    Condition,
    Disposition,
    RmaState,
    check_rma_number,
)
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.parcels.views import ExpectedLine, FoundItem, IntakeView, intake_view
from omnipos.services.selling import CheckoutService
from omnipos.sync.events import MailReturnReceivedPayload
from omnipos.sync.events.returns import IntakeItemPayload
from omnipos.sync.outbox import enqueue

__all__ = ["ExpectedLine", "FoundItem", "IntakeCompleted", "IntakeView", "ParcelService"]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class IntakeCompleted:
    """What ``complete`` changed: the intake, its stock, its event and journal entry."""

    view: IntakeView
    event_id: str
    journal_seq: int
    missing: tuple[ExpectedLine, ...]
    unexpected: tuple[FoundItem, ...]
    stock_skus: tuple[str, ...]


class ParcelService:
    def __init__(self, db: Database, checkout: CheckoutService, *,
                 clock: Clock = lambda: datetime.now(UTC)) -> None:
        self.db = db
        self.checkout = checkout
        self._clock = clock

    # -- reading ----------------------------------------------------------------------

    def _load(self, s: Session, intake_id: str) -> Intake:
        intake = s.get(Intake, intake_id)
        if intake is None:
            raise NotFoundError(message("no such parcel on this till"))
        return intake

    def _view(self, s: Session, intake: Intake) -> IntakeView:
        s.flush()
        s.refresh(intake)
        rma = s.get(RmaRecord, intake.rma_id) if intake.rma_id else None
        return intake_view(intake, rma)

    def open_intakes(self) -> list[IntakeView]:
        """Parcels being taken in on this till, the latest first (to resume one)."""
        with self.db.read() as s:
            rows = s.scalars(select(Intake).where(Intake.state == IntakeState.OPEN.value)
                             .order_by(Intake.started_at.desc()))
            return [self._view(s, row) for row in rows]

    def view(self, intake_id: str) -> IntakeView:
        with self.db.read() as s:
            return self._view(s, self._load(s, intake_id))

    def _open(self, s: Session, intake_id: str) -> Intake:
        intake = self._load(s, intake_id)
        if intake.state != IntakeState.OPEN.value:
            if intake.rma_number:
                raise StateError(message("{number} was already taken in"),
                                 number=intake.rma_number)
            raise StateError(message("this parcel was already taken in"))
        return intake

    # -- starting ---------------------------------------------------------------------

    def start(self, text: str, *, actor: Actor | None = None) -> IntakeView:
        """The parcel of an RMA label, or of a receipt / web order number (resumed if open)."""
        key = (text or "").strip()
        if not key:
            raise ValidationError(message("scan the RMA label, or type the order or receipt "
                                          "number"))
        now = self._clock()
        item = self._item_named(key)
        with self.db.transaction() as s:
            who = self._who(s, actor)
            rma = self._rma(s, key)
            if rma is not None:
                state = RmaState(rma.state)
                if state is not RmaState.AUTHORISED:
                    raise StateError(EXPECTS_NOTHING[state], number=rma.number)
                resumed = s.scalars(select(Intake).where(
                    Intake.rma_id == rma.id, Intake.state == IntakeState.OPEN.value)).first()
                if resumed is not None:
                    return self._view(s, resumed)
                intake = Intake(id=str(uuid.uuid4()), rma_id=rma.id, rma_number=rma.number,
                                started_at=now, started_by=who)
            else:
                if item:  # an item scanned before its parcel's label: no web order by that name
                    raise ValidationError(
                        message("{name} is an item: scan the parcel's RMA label first (or type "
                                "the order or receipt number inside it; F2 sets a parcel aside)"),
                        name=item)
                order = not _looks_like_receipt(key, self.checkout.store.code)
                intake = Intake(id=str(uuid.uuid4()), receipt_no="" if order else key,
                                order_id=key if order else "", started_at=now, started_by=who,
                                note="parcel without an RMA")
            s.add(intake)
            log.info("intake %s started (%s)", intake.id, intake.rma_number or "no RMA")
            return self._view(s, intake)

    def _item_named(self, key: str) -> str:
        """The name of the catalog item ``key`` scans as ("" for none)."""
        if key.upper().replace(" ", "").startswith(RMA_PREFIX):
            return ""
        try:
            product, _qty, _price = self.checkout.lookup(key)
        except UserFacingError:
            return ""
        return product.name

    def _rma(self, s: Session, key: str) -> RmaRecord | None:
        if key.upper().replace(" ", "").startswith(RMA_PREFIX):
            number = check_rma_number(key)
            found = repo.find_rmas(s, number=number)
            if not found:
                raise NotFoundError(
                    message("{number} is not on this till: it is addressed to another store, or "
                            "the till has not synced since it was made (type the order or "
                            "receipt number instead)"), number=number)
            return found[0]
        for rma in repo.find_rmas(s, receipt_no=key) + repo.find_rmas(s, order_id=key):
            if rma.state == RmaState.AUTHORISED.value:
                return rma
        return None

    def set_aside(self, note: str, *, actor: Actor | None = None) -> IntakeView:
        """A parcel with no RMA and nothing to match it to: taken in and held, with a note."""
        text = (note or "").strip()
        if not text:
            raise ValidationError(message("say what the parcel is (sender, what is in it)"))
        with self.db.transaction() as s:
            intake = Intake(id=str(uuid.uuid4()), note=text[:500], started_at=self._clock(),
                            started_by=self._who(s, actor))
            s.add(intake)
            return self._view(s, intake)

    def match(self, intake_id: str, text: str) -> IntakeView:
        """Match a parcel without an RMA to the sale or web order it returns."""
        key = (text or "").strip()
        if not key:
            raise ValidationError(message("type the receipt or web order number"))
        with self.db.transaction() as s:
            intake = self._open(s, intake_id)
            if intake.rma_id is not None:
                raise StateError(message("this parcel has its RMA {number}"),
                                 number=intake.rma_number)
            order = not _looks_like_receipt(key, self.checkout.store.code)
            intake.receipt_no, intake.order_id = ("", key) if order else (key, "")
            return self._view(s, intake)

    # -- what is in the parcel ----------------------------------------------------------

    def scan(self, intake_id: str, code: str) -> FoundItem:
        """One unit found in the parcel (new, restocked), stored before it is shown."""
        product, _qty, _price = self.checkout.lookup(code)
        with self.db.transaction() as s:
            intake = self._open(s, intake_id)
            view = self._view(s, intake)
            line = next((ln for ln in view.expected if ln.sku == product.sku and ln.missing > 0),
                        None)
            item = IntakeItem(
                intake_id=intake.id, item_no=_next_no(intake),
                rma_line_no=line.line_no if line else None, sku=product.sku,
                name=product.name, qty="1", condition=Condition.NEW.value,
                disposition=Disposition.RESTOCK.value, scanned_at=self._clock())
            intake.items.append(item)
            s.flush()
            return self._view(s, intake).items[-1]

    def _item(self, s: Session, intake_id: str, item_no: int) -> IntakeItem:
        intake = self._open(s, intake_id)
        for item in intake.items:
            if item.item_no == item_no:
                return item
        raise NotFoundError(message("choose an item of the parcel first"))

    def grade(self, intake_id: str, item_no: int, condition: Condition,
              disposition: Disposition | None = None) -> IntakeView:
        """An item's condition, and what becomes of it (by default what its condition says)."""
        chosen = disposition or condition.default_disposition
        if not chosen.received:
            raise ValidationError(message("a scanned item is in the parcel: choose what becomes "
                                          "of it"))
        with self.db.transaction() as s:
            item = self._item(s, intake_id, item_no)
            item.condition, item.disposition = condition.value, chosen.value
            return self._view(s, item.intake)

    def note(self, intake_id: str, item_no: int | None, text: str) -> IntakeView:
        """A note on one item, or on the parcel (``item_no`` None)."""
        with self.db.transaction() as s:
            if item_no is None:
                intake = self._open(s, intake_id)
                intake.note = text.strip()[:500]
            else:
                item = self._item(s, intake_id, item_no)
                item.note = text.strip()[:200]
                intake = item.intake
            return self._view(s, intake)

    def remove(self, intake_id: str, item_no: int) -> IntakeView:
        """Take back a scan made by mistake."""
        with self.db.transaction() as s:
            item = self._item(s, intake_id, item_no)
            intake = item.intake
            intake.items.remove(item)
            s.delete(item)
            return self._view(s, intake)

    # -- F12 --------------------------------------------------------------------------

    def complete(self, intake_id: str, *, actor: Actor | None = None) -> IntakeCompleted:
        """Done: the missing recorded, stock moved by disposition, the hub told (offline too)."""
        now = self._clock()
        event_id = str(uuid.uuid4())
        with self.db.transaction() as s:
            who = self._who(s, actor)
            intake = self._open(s, intake_id)
            if not intake.items and intake.rma_id is None:
                raise StateError(message("scan what is in the parcel first"))
            before = self._view(s, intake)
            for line in before.missing:
                intake.items.append(IntakeItem(
                    intake_id=intake.id, item_no=_next_no(intake), rma_line_no=line.line_no,
                    sku=line.sku, name=line.name, qty=quantity_text(line.missing),
                    condition=None, disposition=Disposition.NOT_RECEIVED.value, scanned_at=now))
            s.flush()
            view = self._view(s, intake)
            for item in view.items:
                bucket = item.disposition.bucket
                if bucket is not None:
                    s.add(StockMovement(event_id=event_id, line=item.item_no, sku=item.sku,
                                        bucket=bucket.value, delta=item.qty, reason="return",
                                        occurred_at=now))
            enqueue(s, MailReturnReceivedPayload(
                intake_id=UUID(intake.id), rma_id=UUID(intake.rma_id) if intake.rma_id else None,
                rma_number=intake.rma_number, receipt_no=intake.receipt_no,
                order_id=intake.order_id, store_code=self.checkout.store.code,
                till_code=self.checkout.store.till, received_at=now, received_by=who,
                note=intake.note, items=[IntakeItemPayload(
                    rma_line_no=i.rma_line_no, sku=i.sku, qty=i.qty, condition=i.condition,
                    disposition=i.disposition, note=i.note) for i in view.items],
            ), now, event_id=event_id)
            entry = append_journal(s, "mail_return.received", who, {
                "intake_id": intake.id, "rma_number": intake.rma_number,
                "receipt_no": intake.receipt_no, "order_id": intake.order_id,
                "received": sum(1 for i in view.items if i.disposition.received),
                "missing": [ln.sku for ln in before.missing],
                "unexpected": [i.sku for i in view.unexpected], "note": intake.note,
            }, now)
            intake.state, intake.completed_at, intake.completed_by = (
                IntakeState.COMPLETED.value, now, who)
            intake.event_id = event_id
            done = self._view(s, intake)
        log.info("intake %s completed: %d items, %d missing", intake_id, len(done.items),
                 len(before.missing))
        return IntakeCompleted(done, event_id, entry.seq, before.missing, done.unexpected,
                               tuple(dict.fromkeys(i.sku for i in done.items
                                                   if i.disposition.bucket is not None)))

    def _who(self, s: Session, actor: Actor | None) -> str:
        signed = authz.signed_in(s, actor)
        return signed.label if signed is not None else self.checkout.acting_name(None)


def _next_no(intake: Intake) -> int:
    return max((item.item_no for item in intake.items), default=0) + 1


def _looks_like_receipt(text: str, store_code: str) -> bool:
    """A receipt number reads STORE-TILL-000123; anything else is a web order's number."""
    parts = text.split("-")
    numbered = len(parts) >= 3 and parts[-1].isdigit() and len(parts[-1]) >= 6
    return numbered or text.startswith(f"{store_code}-")

