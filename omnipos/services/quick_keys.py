"""Quick keys at the till: the store's favourite products on the Sell screen.

The layout comes from the hub (``omnipos-hub quickkeys set``) on the feed. A
manager may edit it here: that needs the change-settings right (or an
approval), is journalled, and reaches the hub as ``quick_keys.changed`` in the
same transaction; the hub makes it the store's layout for every till. Until
the hub has counted the edit, this till keeps it over what it pulls; after
that the hub's layout wins on each pull (``sync.appliers.apply_quick_keys``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from omnipos.db import catalog
from omnipos.db.engine import Database
from omnipos.db.quick_keys import load_layout, replace_layout
from omnipos.db.settings import get_setting
from omnipos.domain.cart import ProductInfo
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.quick_keys import QuickKey, check_layout
from omnipos.services import authz
from omnipos.sync.outbox import enqueue

__all__ = ["QuickKeyService", "QuickKeyView"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class QuickKeyView:
    """A key as the Sell screen shows it: the product it sells (None: not in the catalog)."""

    key: QuickKey
    product: ProductInfo | None

    @property
    def text(self) -> str:
        if self.key.label:
            return self.key.label
        return self.product.name if self.product is not None else self.key.sku


class QuickKeyService:
    def __init__(self, db: Database, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.db = db
        self._clock = clock

    def layout(self) -> tuple[QuickKeyView, ...]:
        """The keys with their products, in position order."""
        with self.db.read() as s:
            return tuple(QuickKeyView(k, catalog.find_by_sku(s, k.sku)) for k in load_layout(s))

    def save(self, keys: Iterable[QuickKey], *, actor: Actor | None,
             override: ManagerOverride | None = None) -> tuple[QuickKeyView, ...]:
        """A manager's layout: checked, journalled and sent to the hub in one transaction."""
        # The payload models (pydantic) load once the window shows (TillServices.warm_up).
        from omnipos.sync.events import QuickKeysChangedPayload
        from omnipos.sync.events.quick_keys import QuickKeyData

        checked = check_layout(keys)
        now = self._clock()
        with self.db.transaction() as s:
            permit = authz.permit(s, actor, Action.CHANGE_SETTINGS, override, now=now,
                                  details={"key": "quick_keys"})
            replace_layout(s, checked)
            keys_data = [QuickKeyData(position=k.position, sku=k.sku, label=k.label)
                         for k in checked]
            by = actor.label if actor is not None else f"Till {get_setting(s, 'till.code', '')}"
            enqueue(s, QuickKeysChangedPayload(
                store_code=str(get_setting(s, "store.code", "")), keys=keys_data,
                changed_at=now, changed_by=by), now)
            permit.journal("quick_keys.changed",
                           {"keys": [k.model_dump() for k in keys_data]})
        log.info("quick keys changed at the till: %s keys", len(checked))
        return self.layout()
