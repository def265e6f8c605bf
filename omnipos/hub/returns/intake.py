"""``mail_return.received``: a parcel taken in at a store, refunded by the shared policy.

Each item the associate graded is matched to its RMA line (by the line the
till names, else by SKU). The hub then decides, by the policy of the store
that sold the goods, what each item refunds: only items in an acceptable
condition, less a restocking fee where due, never more than the line paid.
The decision is the return's record; its payouts go back to the original
tenders and wait for a payment connector (store credit is paid at once, by
its ledger entry). The RMA is marked received; stock moves at the receiving
store by disposition. Missing items, unexpected ones and a second parcel for
the same RMA are cases for customer service; a parcel with no RMA is matched
to the sale or web order the associate named (an RMA is made for it), or set
aside, its goods held in quality control.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import UserFacingError
from omnipos.domain.quantities import from_milli, to_milli
from omnipos.domain.refunds import PaidTender, allocate_refund
from omnipos.domain.returns import Disposition, ReturnItem, RmaState, line_share
from omnipos.domain.tenders import TenderKind
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.customers import cases, credit
from omnipos.hub.returns import originals, payouts, rmas
from omnipos.hub.returns.originals import Original
from omnipos.hub.returns.policy import policy_for
from omnipos.hub.returns.records import ReturnBook, ReturnKind
from omnipos.hub.returns.requests import RmaLineIn, RmaRequest
from omnipos.hub.store.models import Product, ReturnRecord, Rma, RmaLine
from omnipos.sync.events import MailReturnReceivedPayload
from omnipos.sync.events.returns import IntakeItemPayload

__all__ = ["record_intake"]


@dataclass
class _Expected:
    line: RmaLine
    got_milli: int = 0

    @property
    def room(self) -> int:
        return self.line.quantity_milli - self.got_milli


def _share(paid_minor: int, of_milli: int, upto_milli: int) -> int:
    return line_share(paid_minor, Decimal(of_milli) / 1000, Decimal(upto_milli) / 1000)


def _find_rma(session: Session, rec: MailReturnReceivedPayload) -> Rma | None:
    if rec.rma_id is not None:
        found = session.get(Rma, str(rec.rma_id))
        if found is not None:
            return found
    return rmas.find_rma(session, rec.rma_number) if rec.rma_number else None


def _authorise_for_parcel(session: Session, rec: MailReturnReceivedPayload) -> Rma | None:
    """A parcel without an RMA, matched to a sale or order: the RMA it should have had."""
    if not (rec.receipt_no or rec.order_id):
        return None
    wanted: dict[str, int] = {}
    for item in rec.items:
        if item.disposition.received:
            wanted[item.sku] = wanted.get(item.sku, 0) + to_milli(item.qty)
    try:
        original = (originals.find_sale(session, receipt_no=rec.receipt_no) if rec.receipt_no
                    else originals.find_order(session, rec.order_id))
        if original is None:
            return None
        room: dict[str, int] = {}
        back = originals.returned_by_line(session, original.key)
        for no, ln in original.lines.items():
            room[ln.sku] = room.get(ln.sku, 0) + ln.qty_milli - back.get(
                no, originals.Returned()).milli
        lines = [RmaLineIn(sku=sku, quantity=from_milli(min(milli, room.get(sku, 0))),
                           reason="parcel without an RMA")
                 for sku, milli in sorted(wanted.items()) if min(milli, room.get(sku, 0)) > 0]
        if not lines:
            return None
        req = RmaRequest(receipt_no=original.receipt_no, order_id=original.order_id,
                         lines=lines, return_to_store=rec.store_code)
        # The goods are here: the window is for customer service to judge, not to refuse.
        return rmas.authorise(session, req, requested_by=f"store:{rec.store_code}",
                              override=True, now=rec.received_at)
    except UserFacingError:
        return None


def _match(expected: dict[int, _Expected], item: IntakeItemPayload) -> _Expected | None:
    if item.rma_line_no is not None:
        named = expected.get(item.rma_line_no)
        if named is not None and named.line.sku == item.sku:
            return named
    return next((e for e in expected.values() if e.line.sku == item.sku and e.room > 0), None)


def _tenders(session: Session, original: Original | None) -> list[PaidTender]:
    if original is None:
        return []
    refunded = originals.refunded_by_tender(session, original)
    return [PaidTender(t.idx, t.kind, t.amount_minor, refunded.get(t.idx, 0), t.reference,
                       t.card_last4, t.customer_id) for t in original.tenders]


def record_intake(session: Session, till: TillIdentity, event_id: str,
                  rec: MailReturnReceivedPayload) -> None:
    rma = _find_rma(session, rec) or _authorise_for_parcel(session, rec)
    return_id = str(rec.intake_id)
    original = None
    if rma is not None:
        original = (originals.find_sale(session, sale_id=rma.sale_id) if rma.sale_id
                    else originals.find_order(session, rma.order_id) if rma.order_id else None)
    record = ReturnRecord(
        return_id=return_id, event_id=event_id, kind=ReturnKind.MAIL.value,
        store_code=rec.store_code, till_code=rec.till_code, device_id=till.id,
        return_no=rma.number if rma else "", sale_id=rma.sale_id if rma else None,
        receipt_no=rma.receipt_no if rma else rec.receipt_no,
        order_id=rma.order_id if rma else rec.order_id, rma_id=rma.id if rma else None,
        customer_id=rma.customer_id if rma else None,
        currency=rma.currency if rma else till.currency or "XXX",
        created_at=rec.received_at, received_at=datetime.now(UTC),
        payload=rec.model_dump(mode="json"),
    )
    session.add(record)
    session.flush()
    book = ReturnBook(session, event_id, return_id, rec.store_code, original)
    open_rma = rma is not None and rma.state == RmaState.AUTHORISED.value
    if not open_rma:
        _set_aside(session, book, rma, rec, event_id)
        book.finish(set(), [rmas.rma_change(session, rma)] if rma else [])
        return
    assert rma is not None
    expected = {ln.line_no: _Expected(ln) for ln in session.scalars(
        select(RmaLine).where(RmaLine.rma_id == rma.id).order_by(RmaLine.line_no))}
    policy = policy_for(session, rma.origin_store)
    categories = _categories(session, (e.line.sku for e in expected.values()))
    unexpected: list[dict[str, object]] = []
    refund = fee = 0
    for item in rec.items:
        if not item.disposition.received:
            continue  # missing: what was expected and not found is worked out below
        milli = to_milli(item.qty)
        exp = _match(expected, item)
        within = min(milli, exp.room) if exp else 0
        if exp is not None and within:
            ln = exp.line
            counted = min(within, book.returnable(ln.sale_line_no, ln.sku))
            paid = (_share(ln.paid_minor, ln.quantity_milli, exp.got_milli + counted)
                    - _share(ln.paid_minor, ln.quantity_milli, exp.got_milli))
            assert item.condition is not None  # received items are graded (payload model)
            verdict = policy.assess(
                ReturnItem(ln.sku, categories.get(ln.sku, ""), paid, item.condition,
                           original.created_at if original else None), rma.created_at)
            item_refund = verdict.refund_minor if verdict.refundable else 0
            item_fee = verdict.fee_minor if verdict.refundable else 0
            book.take(sku=item.sku, milli=within, original_line_no=ln.sale_line_no,
                      condition=item.condition, disposition=item.disposition,
                      refund_minor=item_refund, fee_minor=item_fee, rma_line_no=ln.line_no,
                      note=item.note or verdict.message)
            exp.got_milli += within
            refund, fee = refund + item_refund, fee + item_fee
        if milli > within:
            book.take(sku=item.sku, milli=milli - within, original_line_no=None,
                      condition=item.condition, disposition=item.disposition,
                      rma_line_no=None, note=item.note, counted=False)
            unexpected.append({"sku": item.sku, "quantity": from_milli(milli - within),
                               "note": item.note})
    missing = _record_missing(book, expected.values())
    record.refund_minor, record.fee_minor = refund, fee
    customers = _pay(session, record, original, rma, event_id)
    rma.state, rma.received_at = RmaState.RECEIVED.value, rec.received_at
    rma.received_store, rma.return_id, rma.updated_at = rec.store_code, return_id, \
        datetime.now(UTC)
    _open_cases(session, rma, rec, event_id, missing, unexpected, book.excess)
    session.flush()
    book.finish(customers, [rmas.rma_change(session, rma)])


def _categories(session: Session, skus: Iterable[str]) -> dict[str, str]:
    return dict(session.execute(select(Product.sku, Product.category)
                                .where(Product.sku.in_(sorted(set(skus))))).all())


def _record_missing(book: ReturnBook, expected: Iterable[_Expected]) -> list[dict[str, object]]:
    missing = []
    for exp in expected:
        if exp.room > 0:
            book.take(sku=exp.line.sku, milli=exp.room, original_line_no=exp.line.sale_line_no,
                      condition=None, disposition=Disposition.NOT_RECEIVED,
                      rma_line_no=exp.line.line_no)
            missing.append({"rma_line_no": exp.line.line_no, "sku": exp.line.sku,
                            "quantity": from_milli(exp.room)})
    return missing


def _pay(session: Session, record: ReturnRecord, original: Original | None, rma: Rma,
         event_id: str) -> set[str]:
    """The refund's payouts to the original tenders: store credit at once, the rest pending."""
    if record.refund_minor == 0:
        return set()
    try:
        shares = allocate_refund(record.refund_minor, _tenders(session, original),
                                 currency=record.currency)
    except UserFacingError as exc:
        cases.open_case(session, cases.CaseKind.REFUND_UNALLOCATED, rma.number,
                        f"RMA {rma.number}: refund of {record.refund_minor} could not go back "
                        f"to the original tenders: {exc}",
                        {"refund_minor": record.refund_minor}, store_code=record.store_code,
                        event_id=event_id)
        return set()
    customers: set[str] = set()
    for i, share in enumerate(shares, start=1):
        credit_now = share.kind is TenderKind.STORE_CREDIT and share.customer_id is not None
        payouts.add_payout(session, record.return_id, share, record.currency, paid=credit_now)
        if credit_now:
            assert share.customer_id is not None
            credit.post(session, f"mail_return:{record.return_id}:{i}", share.customer_id,
                        record.currency, share.amount_minor, credit.CreditReason.MAIL_RETURN,
                        store_code=record.store_code, reference=rma.number,
                        occurred_at=record.created_at)
            customers.add(share.customer_id)
    return customers


def _set_aside(session: Session, book: ReturnBook, rma: Rma | None,
               rec: MailReturnReceivedPayload, event_id: str) -> None:
    """A parcel with no RMA to match, or for one already received or cancelled: held."""
    for item in rec.items:
        if item.disposition.received:
            book.take(sku=item.sku, milli=to_milli(item.qty), original_line_no=None,
                      condition=item.condition, disposition=item.disposition, note=item.note,
                      counted=False)
    kind = cases.CaseKind.UNMATCHED_PARCEL if rma is None else cases.CaseKind.RMA_NOT_OPEN
    what = (f"a parcel without an RMA at {rec.store_code}" if rma is None
            else f"a parcel for RMA {rma.number}, which is {rma.state}")
    cases.open_case(session, kind, rma.number if rma else str(rec.intake_id),
                    f"{what}: its goods are held; {rec.note}".rstrip("; "),
                    {"items": [i.model_dump(mode="json") for i in rec.items],
                     "receipt_no": rec.receipt_no, "order_id": rec.order_id, "note": rec.note},
                    store_code=rec.store_code, event_id=event_id)


def _open_cases(session: Session, rma: Rma, rec: MailReturnReceivedPayload, event_id: str,
                missing: list[dict[str, object]], unexpected: list[dict[str, object]],
                excess: list[dict[str, object]]) -> None:
    if missing:
        cases.open_case(session, cases.CaseKind.MISSING_ITEMS, rma.number,
                        f"RMA {rma.number}: {len(missing)} line(s) not in the parcel taken in at "
                        f"{rec.store_code}", {"missing": missing},
                        store_code=rec.store_code, event_id=event_id)
    if unexpected:
        cases.open_case(session, cases.CaseKind.UNEXPECTED_ITEMS, rma.number,
                        f"RMA {rma.number}: items the RMA did not expect; held",
                        {"unexpected": unexpected}, store_code=rec.store_code, event_id=event_id)
    counted_excess = [e for e in excess if e.get("original_line_no") is not None]
    if counted_excess:
        cases.open_case(session, cases.CaseKind.OVER_RETURNED, rma.number,
                        f"RMA {rma.number}: goods already returned elsewhere came back again; "
                        "held, not refunded", {"lines": counted_excess},
                        store_code=rec.store_code, event_id=event_id)
