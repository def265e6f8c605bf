"""The no-show job: remind customers who have not come, cancel the orders they never collect.

Per store (``omnipos-hub store add ... --remind-after N --remind-again-after M
--cancel-after K --hours ...``): a reminder after N and after M opening hours
since the order became ready, and the order expired at the close of the K-th
opening day after that: its reservation released, a "put back on the shelf"
task on the store's pickup screen, the customer told. ``tick(db, now)`` does
what is due at ``now`` (an injectable clock); ``omnipos-hub order tick`` runs
it once and ``omnipos-hub serve`` every minute.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from omnipos.domain.opening_hours import OpeningHours
from omnipos.domain.pickup import FulfilmentKind, NoShowPolicy, PickupAction, PickupState
from omnipos.hub.notify import pickup as notices
from omnipos.hub.orders.changes import close_fulfilment
from omnipos.hub.orders.fulfilments import Touched, note
from omnipos.hub.orders.views import publish
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Fulfilment, Order, Store

log = logging.getLogger(__name__)

__all__ = ["TickReport", "tick"]


@dataclass
class TickReport:
    reminded: int = 0
    expired: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class _Clock:
    """When each step is due for a pickup that became ready at ``ready_at``."""

    first: datetime
    second: datetime
    expires: datetime

    @classmethod
    def of(cls, store: Store, ready_at: datetime) -> _Clock:
        tz = ZoneInfo(store.timezone)
        hours = OpeningHours.parse(store.opening_hours)
        policy = NoShowPolicy(store.first_reminder_hours, store.second_reminder_hours,
                              store.cancel_after_days)
        return cls(hours.add_open_hours(ready_at, policy.first_reminder_hours, tz),
                   hours.add_open_hours(ready_at, policy.second_reminder_hours, tz),
                   hours.close_of_open_day(ready_at, policy.cancel_after_days, tz))


def tick(db: HubDB, now: datetime) -> TickReport:
    """Send the reminders and expire the pickups that are due at ``now``."""
    report = TickReport()
    with db.transaction() as s:
        waiting = s.scalars(select(Fulfilment).where(
            Fulfilment.state == PickupState.READY.value,
            Fulfilment.kind == FulfilmentKind.PICKUP.value,
            Fulfilment.ready_at.is_not(None)).order_by(Fulfilment.ready_at)).all()
        stores = {st.code: st for st in s.scalars(select(Store))}
        touched = Touched()
        for f in waiting:
            order = s.get(Order, f.order_id)
            assert order is not None and f.ready_at is not None
            clock = _Clock.of(stores[f.node_code], f.ready_at)
            if now >= clock.expires:
                close_fulfilment(s, f, order, PickupAction.EXPIRE, now, touched, "no-show")
                note(s, order, f, "no-show", "expired: not collected in time; stock released",
                     now)
                notices.cancelled(s, order, now, no_show=True)
                report.expired += 1
            elif f.reminders_sent < 2 and now >= clock.second:
                f.reminders_sent = 2
                notices.reminder(s, order, f, 2, now)
                note(s, order, f, "no-show", "second reminder sent", now)
                report.reminded += 1
            elif f.reminders_sent < 1 and now >= clock.first:
                f.reminders_sent = 1
                notices.reminder(s, order, f, 1, now)
                note(s, order, f, "no-show", "reminder sent", now)
                report.reminded += 1
        publish(s, touched, now)
    if report.reminded or report.expired:
        log.info("no-show job: %d reminded, %d expired", report.reminded, report.expired)
    return report
