"""``quick_keys.changed``: a manager's layout from a till becomes the store's layout."""

from __future__ import annotations

from omnipos.domain.errors import UserFacingError
from omnipos.domain.quick_keys import QuickKey
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.quick_keys import set_layout
from omnipos.sync.events import QuickKeysChangedPayload


def record_layout(pushed: PushedEvent, changed: QuickKeysChangedPayload) -> Outcome:
    check_store(pushed.till, changed.store_code)
    keys = [QuickKey(k.position, k.sku, k.label) for k in changed.keys]
    try:
        with pushed.session() as s:
            set_layout(s, changed.store_code, keys, by=changed.changed_by,
                       at=changed.changed_at)
    except UserFacingError as exc:
        raise Invalid(f"payload: {exc}") from exc
    return Outcome()
