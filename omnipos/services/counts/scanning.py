"""Counting: each scan counts one (a weighed item's label, its weight), a typed quantity for
the last scan (F4), hand-counted items found by search, unknown codes kept and matched.

Every call commits before it returns, so what the screen shows as counted is
on disk (``synchronous=FULL``): a crash, a kill or a closed window loses
nothing, and opening the count again carries on where it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import catalog, counts
from omnipos.db.models.counts import CountLine
from omnipos.domain.cart import ProductInfo, SoldBy
from omnipos.domain.counts import AreaState, ScanMode, sees_expected
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.services.counts.context import CountContext

__all__ = ["Counted", "Progress", "Scanning"]


@dataclass(frozen=True, slots=True)
class Progress:
    counted: int  # items counted at least once in this area
    expected: int | None  # items the session names (None: unknown, e.g. a full count)


@dataclass(frozen=True, slots=True)
class Counted:
    """What one scan (or typed quantity) did, as the screen shows it once it is on disk."""

    code: str
    sku: str | None  # None: a code no item has, kept for matching
    name: str
    counted: Decimal  # the line's total now (0 for an unknown code)
    progress: Progress
    unknown_codes: int  # unmatched codes in this area


def _quantity(text: str | Decimal) -> Decimal:
    try:
        milli = to_milli(str(text))
    except QuantityError as exc:
        raise ValidationError(message("how many: {reason}"), reason=exc) from exc
    if milli <= 0:
        raise ValidationError(message("how many: type a quantity over 0"))
    return Decimal(milli) / 1000


def _result(here: counts.AreaFigures, code: str, sku: str | None, name: str,
            done: counts.Scanned) -> Counted:
    """What the screen shows: the area's figures read before the scan, and what it added."""
    return Counted(code, sku, name, done.counted or Decimal(0),
                   Progress(here.items + done.new_item, here.expected_items),
                   here.unknown + done.new_unknown)


class Scanning(CountContext):
    def _counting(self, s: Session, session_id: str, area: str) -> counts.AreaFigures:
        """The area being counted (one plain statement: the scan path loads no ORM rows)."""
        here = counts.area_figures(s, session_id, area)
        if here is None:
            self._session(s, session_id)  # no such count: NotFoundError
            raise StateError(message("open the count first (Enter on it in the list)"))
        if here.state == AreaState.SUBMITTED.value:
            raise StateError(message("count {number} was submitted: nothing more to count"),
                             number=here.number)
        if here.state == AreaState.REVIEW.value:
            raise StateError(message("the count is in review: Esc goes back to counting"))
        return here

    def scan(self, session_id: str, area: str, code: str, *,
             actor: Actor | None = None) -> Counted:
        """One scan: +1 of the item (its weight for a weighed label), or an unknown code kept."""
        code = (code or "").strip()
        if not code:
            raise ValidationError(message("nothing was scanned"))
        now = self._clock()
        with self.db.transaction() as s:
            here = self._counting(s, session_id, area)
            product, qty = self._product(s, code)
            by = self._who(s, actor)
            sku = product.sku if product is not None else None
            done = counts.add_scan(s, session_id, area, code, sku, qty, ScanMode.ADD, now, by)
        return _result(here, code, sku, product.name if product else "", done)

    def add_quantity(self, session_id: str, area: str, sku: str, quantity: str | Decimal, *,
                     actor: Actor | None = None, code: str = "") -> Counted:
        """Hand-counted items (found by search, no barcode): add ``quantity`` of ``sku``."""
        qty = _quantity(quantity)
        now = self._clock()
        with self.db.transaction() as s:
            here = self._counting(s, session_id, area)
            product, _ = self._product(s, sku)
            if product is None or product.sku != sku:
                raise NotFoundError(message("no item with SKU {sku}"), sku=sku)
            if product.sold_by != SoldBy.WEIGHT and qty != qty.to_integral_value():
                raise ValidationError(message("{name} is counted in whole units"),
                                      name=product.name)
            by = self._who(s, actor)
            done = counts.add_scan(s, session_id, area, code or f"(typed) {sku}", sku, qty,
                                   ScanMode.ADD, now, by)
        return _result(here, code or sku, sku, product.name, done)

    def last_scan_counts(self, session_id: str, area: str, sku: str, quantity: str | Decimal,
                         *, actor: Actor | None = None) -> Counted:
        """F4 after a scan: that scan counts ``quantity`` (a case of 12), not one."""
        qty = _quantity(quantity)
        if qty == 1:
            with self.db.read() as s:
                here = counts.area_figures(s, session_id, area)
                if here is None:
                    raise StateError(message("open the count first (Enter on it in the list)"))
                line = s.get(CountLine, (session_id, area, sku))
                counted = Decimal(line.counted) if line else Decimal(0)
                return _result(here, sku, sku, sku, counts.Scanned(counted))
        return self.add_quantity(session_id, area, sku, qty - 1, actor=actor,
                                 code=f"(F4 x{qty}) {sku}")

    def unknown(self, session_id: str, area: str) -> list[counts.UnknownCode]:
        with self.db.read() as s:
            return counts.unknown_codes(s, session_id, area)

    def match(self, session_id: str, area: str, code: str, sku: str, *,
              actor: Actor | None = None) -> Counted:
        """An unknown code is this item: each of its scans counts one, at its own moment."""
        now = self._clock()
        with self.db.transaction() as s:
            self._counting(s, session_id, area)
            self._who(s, actor)
            product, _ = self._product(s, sku)
            if product is None or product.sku != sku:
                raise NotFoundError(message("no item with SKU {sku}"), sku=sku)
            total = counts.match_code(s, session_id, area, code, sku, now)
            if not total:
                raise NotFoundError(message("no unmatched scan of {code} in this count"), code=code)
            # Matching moves a code's scans onto a line: the figures are read again after it.
            after = counts.area_figures(s, session_id, area)
            assert after is not None
        return _result(after, code, sku, product.name, counts.Scanned(total))

    def progress(self, session_id: str, area: str) -> Progress:
        with self.db.read() as s:
            here = self._area(s, session_id, area)
            return Progress(here.items, here.expected_items)

    def counted_lines(self, session_id: str, area: str) -> list[counts.LineRow]:
        """What is counted so far in the area (opening it again carries on from here)."""
        with self.db.read() as s:
            return [ln for ln in counts.line_rows(s, session_id, area)
                    if ln.counted_at is not None]

    def search(self, text: str, limit: int = 50) -> list[ProductInfo]:
        """Items by words, SKU or brand: hand-counted items have no barcode to scan."""
        with self.db.read() as s:
            return catalog.search(s, text, limit=limit)

    def shows_expected(self, session_id: str, actor: Actor | None) -> bool:
        """While counting: a blind count shows no expected quantity to this person."""
        with self.db.read() as s:
            row = self._session(s, session_id)
            return sees_expected(row.show_expected_to or (), actor.role if actor else None)
