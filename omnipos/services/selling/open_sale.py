"""The sale being rung up, stored as it changes: after a crash or a power cut it is back.

Each change the cashier makes to the open sale (a scan, a quantity, a discount,
a price, a void, a tender taken or removed) is written to the till's
``open_sales`` row before the till shows it. A change that is journalled
(a void, a price override, a discount over the limit) writes the row in the
journal entry's transaction; the others in a transaction of their own right
after the change (``keep``), which writes nothing when nothing changed. Until a
tender is taken, ``keep`` commits without waiting for the disk (Durability.SOON):
a killed till loses nothing, a power cut at most the last second of scans of an
unpaid sale (docs/architecture.md); with tenders taken it waits, as a sale does.
Paying, parking and cancelling remove the row in the transaction that does so,
and resuming a parked sale makes it the open sale in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Durability
from omnipos.db.models import OpenSale
from omnipos.db.rows import insert_rows, run_driver, stored_value
from omnipos.domain.cart import Cart
from omnipos.domain.errors import StateError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.tenders import Tender
from omnipos.services.selling.context import SellingContext

__all__ = ["OpenSaleInfo", "OpenSales", "TendersTaken"]


class TendersTaken(StateError):
    """The sale has tenders taken: it cannot change until they are paid out or removed."""

    def __init__(self) -> None:
        super().__init__(message("tenders are taken on this sale: finish the payment (F12) or "
                                 "remove them there first"))


@dataclass(frozen=True, slots=True)
class OpenSaleInfo:
    """The open sale as the till stored it last."""

    cart: Cart
    tenders: tuple[Tender, ...]
    started_by: str  # who scanned its first item (or "Till T01" without staff)
    started_at: datetime


_State = tuple[str, dict[str, Any], list[dict[str, Any]]]
_NOTHING: _State = ("", {}, [])  # no sale open: no row
# On the driver (see db/rows.py): every scan rewrites the row, paying removes it.
_CLOSE = "DELETE FROM open_sales WHERE till_code = ?"
_REWRITE = ("UPDATE open_sales SET cart = ?, tenders = ?, updated_at = ?"
            " WHERE till_code = ? AND cart_id = ? RETURNING 1")
_COLUMNS = OpenSale.__table__.c


def _state(cart: Cart, tenders: Sequence[Tender]) -> _State:
    if not cart.lines and not tenders:
        return _NOTHING
    return cart.cart_id, cart.to_dict(), [t.to_dict() for t in tenders]


class OpenSales(SellingContext):
    """Stores the open sale of this till and gives it back after a restart."""

    _kept: _State | None = None  # the row as last committed (None: not known)

    def keep(self, cart: Cart, tenders: Sequence[Tender] = (), *,
             actor: Actor | None = None) -> bool:
        """Store the open sale as it is now (its own transaction); False when unchanged."""
        state = _state(cart, tenders)
        if state == self._kept:
            return False
        # Scans are re-scanned after a power cut; money is not: while a tender is taken (or
        # was, until this change removes it) the keep waits for the disk.
        unpaid = not tenders and self._kept is not None and not self._kept[2]
        durability = Durability.SOON if unpaid else Durability.ON_COMMIT
        with self.db.transaction(durability) as session:
            self._keep_in(session, cart, tenders, actor=actor)
        self._kept = state
        return True

    def _keep_in(self, session: Session, cart: Cart, tenders: Sequence[Tender] = (), *,
                 actor: Actor | None = None, started_by: str | None = None) -> None:
        """Store (or, for an empty sale, remove) the open sale in the caller's transaction.

        A new sale names who started it: ``started_by``, else who acts now. Every scan
        comes here (scan -> visible line is budgeted at 16 ms): the same sale's row is
        rewritten in place with one statement on the driver, no ORM load or flush.
        """
        self._kept = None  # known again once the caller's transaction has committed
        till = self.store.till
        if not cart.lines and not tenders:
            run_driver(session, _CLOSE, (till,))
            return
        now = self._clock()
        data, paid = cart.to_dict(), [t.to_dict() for t in tenders]
        same_sale = run_driver(session, _REWRITE, (
            stored_value(session, _COLUMNS.cart, data),
            stored_value(session, _COLUMNS.tenders, paid),
            stored_value(session, _COLUMNS.updated_at, now), till, cart.cart_id))
        if not same_sale:  # another sale's row (or none): this one starts now
            run_driver(session, _CLOSE, (till,))
            insert_rows(session, [OpenSale(
                till_code=till, cart_id=cart.cart_id, started_at=now, updated_at=now,
                started_by=started_by or self.acting_name(actor), cart=data, tenders=paid)])

    @contextmanager
    def _changing(self, cart: Cart, *, actor: Actor | None) -> Iterator[tuple[Session, Cart]]:
        """A journalled change: yields (session, draft) to change the draft in.

        The draft is stored as the open sale in the same transaction as the journal entry;
        the cart takes the draft's lines only once that has committed, so a refused or
        failed change leaves the cart as it was.
        """
        draft = Cart.from_dict(cart.to_dict(), cart.policy, cart.merge)
        with self.db.transaction() as session:
            yield session, draft
            self._keep_in(session, draft, actor=actor)
        cart.lines, cart.order_discount = draft.lines, draft.order_discount
        cart.discount_approvals = draft.discount_approvals  # what a manager allowed
        self._kept_now(cart)

    def _kept_now(self, cart: Cart, tenders: Sequence[Tender] = ()) -> None:
        """The caller's transaction that ran ``_keep_in`` has committed."""
        self._kept = _state(cart, tenders)

    def _close_in(self, session: Session) -> None:
        """The open sale was paid, parked or cancelled: remove it in the caller's transaction."""
        self._kept = None
        # One DELETE, not a load and a flush: paying a sale is the till's hot write path.
        # No session that closes the sale has loaded its row (_keep_in runs in others).
        run_driver(session, _CLOSE, (self.store.till,))

    def _closed_now(self) -> None:
        self._kept = _NOTHING

    def _no_tenders(self, cart: Cart) -> None:
        """Refuse to change a sale whose tenders are taken (the totals would no longer match)."""
        kept = self._kept
        if kept is not None and kept[0] == cart.cart_id and kept[2]:
            raise TendersTaken()

    def open_sale(self) -> OpenSaleInfo | None:
        """The sale open on this till when it last stopped (None: none was open)."""
        with self.db.read() as session:
            # On the table: read while the window is built, before the ORM's mappers are
            # configured (TillServices.warm_up does that once the window shows).
            row = session.execute(
                select(_COLUMNS.cart, _COLUMNS.tenders, _COLUMNS.started_by, _COLUMNS.started_at)
                .where(_COLUMNS.till_code == self.store.till)).first()
            if row is None:
                self._kept = _NOTHING
                return None
            cart = Cart.from_dict(dict(row.cart), self.store.policy, self.store.merge_scans)
            tenders = tuple(Tender.from_dict(t) for t in row.tenders)
            info = OpenSaleInfo(cart, tenders, row.started_by, row.started_at)
        self._kept_now(info.cart, info.tenders)
        return info
