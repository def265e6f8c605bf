"""What every count use case shares: the database, the clock, the store, finding a session
and resolving a scanned code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import counts
from omnipos.db.engine import Database
from omnipos.db.models.counts import CountArea, CountSession
from omnipos.db.settings import get_setting
from omnipos.domain.cart import ProductInfo
from omnipos.domain.counts import RecountRule
from omnipos.domain.errors import NotFoundError, StateError, message
from omnipos.domain.permissions import Actor
from omnipos.services import authz
from omnipos.services.profile import StoreProfile, load_store_profile
from omnipos.services.stock.context import scanned_item

__all__ = ["RECOUNT_UNITS", "RECOUNT_VALUE", "Clock", "CountContext", "utc_now"]

Clock = Callable[[], datetime]
# Store settings: a line whose variance is over either is flagged for a recount.
RECOUNT_UNITS = "counts.recount_units"
RECOUNT_VALUE = "counts.recount_value_minor"


def utc_now() -> datetime:
    return datetime.now(UTC)


class CountContext:
    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as session:
            self.store: StoreProfile = load_store_profile(session)

    def _session(self, s: Session, session_id: str) -> CountSession:
        row = s.get(CountSession, session_id)
        if row is None:
            raise NotFoundError(message("no count {session_id}"), session_id=session_id)
        return row

    def _area(self, s: Session, session_id: str, area: str) -> CountArea:
        row = counts.area_of(s, session_id, area)
        if row is None:
            raise StateError(message("open the count first (Enter on it in the list)"))
        return row

    def _who(self, s: Session, actor: Actor | None) -> str:
        """Whom a scan or a journal entry names: who is signed in, else the till."""
        signed = authz.signed_in(s, actor)
        return signed.label if signed is not None else f"Till {self.store.till}"

    def _product(self, s: Session, code: str) -> tuple[ProductInfo | None, Decimal]:
        return scanned_item(s, code, self.store.layout)

    def recount_rule(self, s: Session) -> RecountRule:
        units = get_setting(s, RECOUNT_UNITS)
        value = get_setting(s, RECOUNT_VALUE)
        default = RecountRule()
        return RecountRule(
            units=default.units if units is None else (Decimal(str(units)) if units != ""
                                                       else None),
            value_minor=default.value_minor if value is None else (int(value) if value != ""
                                                                   else None))
