"""X and Z reports of a shift: its figures from sales, returns, deposits, cash movements and
the journal.

These read inside the caller's session; the shift use cases decide when a
report is taken and journal it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import CashMovement, JournalEntry, Sale, Shift
from omnipos.domain.deposits import DepositKind
from omnipos.domain.shifts import MovementKind, ReportKind, ShiftReport, ShiftTally

__all__ = ["shift_report", "shift_tally"]

# Journal kinds a shift report counts (written by selling and the cash drawer).
_COUNTED_KINDS = ("line.voided", "sale.cancelled", "drawer.no_sale")


def shift_tally(s: Session, row: Shift, until: datetime | None = None) -> ShiftTally:
    """The shift's figures from its sales, returns, cash movements and journal entries."""
    # The returns' and deposits' models are not among those a till loads to start (see
    # omnipos.db.models): imported when a report or a cash movement first needs them.
    from omnipos.db.models.aisle import Deposit
    from omnipos.db.models.returns import ReturnRecord

    tally = ShiftTally(row.currency, opening_float=row.opening_float_minor)
    end = until or row.closed_at
    # Every sale names its shift: two shifts meeting within one clock tick never share one.
    sales = select(Sale).where(Sale.shift_id == row.id)
    if end is not None:
        sales = sales.where(Sale.created_at <= end)
    for sale in s.scalars(sales):
        if sale.status != "completed":
            tally.post_voids_count += 1
            continue
        tenders: dict[str, int] = {}
        for t in sale.tenders:
            # cash: what stays in the drawer (tendered minus change, after cash rounding)
            value = t.tendered_minor - t.change_minor if t.kind == "cash" else t.amount_minor
            tenders[t.kind] = tenders.get(t.kind, 0) + value
        tally.add_sale(
            sale.total_minor,
            discount_minor=sale.discount_minor,
            taxes={t.tax_class: t.tax_minor for t in sale.taxes},
            tenders=tenders,
            tax_bases={t.tax_class: t.base_minor for t in sale.taxes},
        )
    returns = select(ReturnRecord).where(ReturnRecord.shift_id == row.id)
    if end is not None:
        returns = returns.where(ReturnRecord.created_at <= end)
    for ret in s.scalars(returns):
        refunds: dict[str, int] = {}
        for r in ret.refunds:
            refunds[r.kind] = refunds.get(r.kind, 0) + r.amount_minor
        tally.add_return(ret.refund_minor, refunds=refunds)
    deposits = select(Deposit).where(Deposit.shift_id == row.id)
    if end is not None:
        deposits = deposits.where(Deposit.created_at <= end)
    for dep in s.scalars(deposits):
        held: dict[str, int] = {}
        for raw in dep.tenders:
            kind = str(raw["kind"])
            value = (int(raw["tendered_minor"]) - int(raw["change_minor"]) if kind == "cash"
                     else int(raw["amount_minor"]))
            held[kind] = held.get(kind, 0) + value
        tally.add_deposit(dep.amount_minor, refunded=dep.kind == DepositKind.REFUNDED,
                          tenders=held)
    for mv in s.scalars(select(CashMovement).where(CashMovement.shift_id == row.id)):
        tally.add_movement(MovementKind(mv.kind), mv.amount_minor)
    journal = select(JournalEntry.kind, JournalEntry.payload).where(
        JournalEntry.occurred_at >= row.opened_at,
        JournalEntry.kind.in_(_COUNTED_KINDS),
    )
    if end is not None:
        journal = journal.where(JournalEntry.occurred_at <= end)
    for kind, payload in s.execute(journal):
        if kind == "line.voided":
            tally.voids_count += 1
            tally.voids_minor += int(payload.get("amount_minor", 0))
        elif kind == "sale.cancelled":
            tally.cancels_count += 1
        else:
            tally.no_sales += 1
    return tally


def shift_report(
    s: Session,
    row: Shift,
    kind: ReportKind,
    at: datetime,
    tally: ShiftTally | None = None,
    **extra: Any,
) -> ShiftReport:
    """An X (mid-shift) or Z (closing) report of ``row`` as of ``at``."""
    return ShiftReport(
        kind,
        row.id,
        row.store_code,
        row.till_code,
        row.currency,
        row.opened_at,
        row.opened_by,
        at,
        tally if tally is not None else shift_tally(s, row, at),
        **extra,
    )
