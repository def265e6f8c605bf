"""What every selling use case shares: the database, the clock and the store profile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from omnipos.db.engine import Database
from omnipos.domain.cart import Cart
from omnipos.domain.permissions import Actor
from omnipos.services.profile import StoreProfile, load_store_profile

__all__ = ["Clock", "SellingContext", "utc_now"]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class SellingContext:
    """The till's store profile, read once and again after a sync changes it."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as session:
            self.store: StoreProfile = load_store_profile(session)

    def reload_profile(self) -> StoreProfile:
        """Re-read settings and tax classes (after a sync changed them)."""
        with self.db.read() as session:
            self.store = load_store_profile(session)
        return self.store

    def acting_name(self, actor: Actor | None) -> str:
        """Whom a sale, a parked cart or a journal entry names: who acted, else the till."""
        return actor.label if actor is not None else f"Till {self.store.till}"

    def new_cart(self) -> Cart:
        return Cart(policy=self.store.policy, merge=self.store.merge_scans)
