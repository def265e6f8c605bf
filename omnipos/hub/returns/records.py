"""Returns taken in, counted against what was sold: at a counter, or by mail (``intake.py``).

``ReturnBook`` is what both paths write through. Each returned line is
counted against its original line at any store: what was sold less what
earlier returns took back. Units beyond that are the second return of the
same goods; they are never restocked a second time: they go to quality
control (or the non-sellable bucket the associate chose) and a case for
customer service is opened. Units with no original (a return without a
receipt) are taken as they come. Stock moves at the returning store, by the
bucket each disposition names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.domain.quantities import from_milli, to_milli
from omnipos.domain.refunds import RefundShare
from omnipos.domain.returns import Condition, Disposition
from omnipos.domain.stock import StockBucket
from omnipos.domain.tenders import TenderKind
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.customers import cases, credit, directory
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.returns import originals, payouts
from omnipos.hub.returns.originals import Original
from omnipos.hub.returns.policy import policy_for
from omnipos.hub.stock import ledger
from omnipos.hub.store.models import ReturnLineRecord, ReturnRecord
from omnipos.sync.events import ReturnCompletedPayload
from omnipos.sync.events.returns import RefundPayload

__all__ = ["ReturnBook", "ReturnKind", "held", "record_counter_return"]


class ReturnKind(StrEnum):
    COUNTER = "counter"  # at a till (return.completed)
    MAIL = "mail"  # a parcel taken in (mail_return.received)


def held(bucket: StockBucket | None) -> StockBucket | None:
    """Where units go that may not be restocked: never sellable, held for inspection."""
    return StockBucket.QUALITY_CONTROL if bucket is StockBucket.SELLABLE else bucket


@dataclass
class ReturnBook:
    """One return being written: its lines, its stock movements, the cases it raises."""

    session: Session
    event_id: str
    return_id: str
    store_code: str
    original: Original | None
    returned: dict[int, originals.Returned] = field(default_factory=dict)
    deltas: list[ledger.Delta] = field(default_factory=list)
    excess: list[dict[str, Any]] = field(default_factory=list)
    line_no: int = 0

    def __post_init__(self) -> None:
        if self.original is not None:
            self.returned = originals.returned_by_line(self.session, self.original.key)

    def _move(self, sku: str, milli: int, bucket: StockBucket | None) -> None:
        if bucket is not None and milli:
            self.deltas.append(ledger.Delta(self.event_id, len(self.deltas) + 1, self.store_code,
                                            sku, milli, "return", bucket))

    def returnable(self, original_line_no: int | None, sku: str) -> int:
        """What may still come back of the original line (0 if it is not that SKU's)."""
        if self.original is None or original_line_no is None:
            return 0
        line = self.original.lines.get(original_line_no)
        if line is None or line.sku != sku:
            return 0
        back = self.returned.get(original_line_no, originals.Returned())
        return max(0, line.qty_milli - back.milli)

    def take(self, *, sku: str, milli: int, original_line_no: int | None,
             condition: Condition | None, disposition: Disposition, refund_minor: int = 0,
             fee_minor: int = 0, rma_line_no: int | None = None, note: str = "",
             counted: bool = True) -> int:
        """Write one returned line; returns the units counted against the original.

        ``counted`` False: units that came back with no claim on the original
        (a parcel's unexpected item), held like an excess.
        """
        if not disposition.received:
            accepted = 0
        elif self.original is None and original_line_no is None and counted:
            accepted = milli  # no receipt: nothing to count against
        else:
            accepted = min(milli, self.returnable(original_line_no, sku)) if counted else 0
        if accepted and original_line_no is not None:
            back = self.returned.get(original_line_no, originals.Returned())
            self.returned[original_line_no] = originals.Returned(back.milli + accepted,
                                                                 back.refund_minor + refund_minor)
        self._move(sku, accepted, disposition.bucket)
        over = milli - accepted if disposition.received else 0
        if over:
            self._move(sku, over, held(disposition.bucket))
            self.excess.append({"sku": sku, "quantity": from_milli(over),
                                "original_line_no": original_line_no, "rma_line_no": rma_line_no,
                                "held_in": str(held(disposition.bucket) or "")})
        self.line_no += 1
        self.session.add(ReturnLineRecord(
            return_id=self.return_id, line_no=self.line_no,
            original=self.original.key if self.original else "",
            original_line_no=original_line_no, rma_line_no=rma_line_no, sku=sku,
            quantity_milli=milli, accepted_milli=accepted,
            condition=condition.value if condition else None, disposition=disposition.value,
            bucket=str(disposition.bucket) if accepted and disposition.bucket else None,
            refund_minor=refund_minor, fee_minor=fee_minor, note=note[:200],
        ))
        return accepted

    def finish(self, customers: set[str], extra: Sequence[PendingChange] = ()) -> None:
        """Stock on the ledger, then the feed (levels, customers, ``extra``): the
        transaction's last write."""
        self.session.flush()
        changes = ledger.record(self.session, self.deltas)
        changes += directory.customer_changes(self.session, customers)
        append_changes(self.session, [*changes, *extra])


def _original(session: Session, ret: ReturnCompletedPayload) -> Original | None:
    if ret.sale_id is not None:
        return originals.find_sale(session, sale_id=str(ret.sale_id))
    if ret.order_id:
        return originals.find_order(session, ret.order_id)
    return None


def record_counter_return(session: Session, till: TillIdentity, event_id: str,
                          ret: ReturnCompletedPayload) -> None:
    """Keep a till's return: the decision as the till made it, counted against the original,
    its payouts (paid at the counter, or pending for a web order's), credit issued, stock."""
    original = _original(session, ret)
    received = datetime.now(UTC)
    return_id = str(ret.return_id)
    session.add(ReturnRecord(
        return_id=return_id, event_id=event_id, kind=ReturnKind.COUNTER.value,
        store_code=ret.store_code, till_code=ret.till_code, device_id=till.id,
        return_no=ret.return_no, sale_id=str(ret.sale_id) if ret.sale_id else None,
        receipt_no=ret.receipt_no,
        order_id=original.order_id if original and original.order_id else ret.order_id,
        customer_id=str(ret.customer_id) if ret.customer_id else None, currency=ret.currency,
        refund_minor=ret.refund_minor, fee_minor=ret.fee_minor,
        overridden=ret.override is not None, no_receipt=ret.no_receipt,
        created_at=ret.created_at, received_at=received,
        payload=ret.model_dump(mode="json"),
    ))
    session.flush()
    book = ReturnBook(session, event_id, return_id, ret.store_code, original)
    if original is None and not ret.no_receipt:
        cases.open_case(session, cases.CaseKind.UNKNOWN_ORIGINAL, return_id,
                        f"return {ret.return_no}: the hub has no sale "
                        f"{ret.receipt_no or ret.order_id}; its lines could not be checked",
                        {"sale_id": str(ret.sale_id) if ret.sale_id else None,
                         "receipt_no": ret.receipt_no, "order_id": ret.order_id},
                        store_code=ret.store_code, event_id=event_id)
    for line in ret.lines:
        book.take(sku=line.sku, milli=to_milli(line.qty),
                  original_line_no=line.sale_line_no if original else None,
                  condition=line.condition, disposition=line.disposition,
                  refund_minor=line.refund_minor, fee_minor=line.fee_minor,
                  note=line.reason, counted=original is not None or ret.no_receipt)
    if book.excess and original is not None:
        cases.open_case(
            session, cases.CaseKind.OVER_RETURNED, return_id,
            f"return {ret.return_no} at {ret.store_code} took back more of "
            f"{original.receipt_no or original.order_id} than was sold less earlier returns; "
            f"refunded {ret.refund_minor} {ret.currency} minor units; the extra units are held",
            {"lines": book.excess, "refund_minor": ret.refund_minor,
             "refunds": [r.model_dump(mode="json") for r in ret.refunds]},
            store_code=ret.store_code, event_id=event_id)
    customers = {str(ret.customer_id)} if ret.customer_id else set()
    for i, refund in enumerate(ret.refunds, start=1):
        share = _share(refund)
        payouts.add_payout(session, return_id, share, ret.currency,
                           paid=payouts.paid_at_counter(refund.kind),
                           refund_reference=refund.refund_reference, at=received)
        if refund.kind is TenderKind.STORE_CREDIT and refund.customer_id is not None:
            cid = str(refund.customer_id)
            credit.post(session, f"return:{return_id}:{i}", cid, ret.currency,
                        refund.amount_minor, credit.CreditReason.RETURN,
                        store_code=ret.store_code, reference=ret.return_no,
                        occurred_at=ret.created_at)
            customers.add(cid)
    if ret.no_receipt and ret.customer_id is not None:
        _check_no_receipt_limits(session, ret, event_id)
    book.finish(customers)


def _share(refund: RefundPayload) -> RefundShare:
    return RefundShare(refund.kind, refund.amount_minor, refund.tender_idx, refund.reference,
                       refund.card_last4,
                       str(refund.customer_id) if refund.customer_id else None)


def _check_no_receipt_limits(session: Session, ret: ReturnCompletedPayload,
                             event_id: str) -> None:
    """Two stores offline may each allow what, together, is past the customer's limits."""
    rules = policy_for(session, ret.store_code).no_receipt
    since = ret.created_at - timedelta(days=rules.window_days)
    count, total = session.execute(
        select(func.count(), func.coalesce(func.sum(ReturnRecord.refund_minor), 0))
        .where(ReturnRecord.customer_id == str(ret.customer_id),
               ReturnRecord.no_receipt.is_(True), ReturnRecord.created_at >= since,
               ReturnRecord.created_at <= ret.created_at)
    ).one()
    if count > rules.max_returns or total > rules.max_amount_minor:
        cases.open_case(
            session, cases.CaseKind.NO_RECEIPT_OVER_LIMIT, str(ret.customer_id),
            f"return {ret.return_no}: {count} returns without a receipt for {total} minor units "
            f"in {rules.window_days} days (limits {rules.max_returns} and "
            f"{rules.max_amount_minor})",
            {"return_id": str(ret.return_id), "count": int(count), "amount_minor": int(total)},
            store_code=ret.store_code, event_id=event_id)
