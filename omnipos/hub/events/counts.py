"""``count.opened`` and ``count.submitted``: count sessions from tills, and their counts.

Both are facts: a count is an observation the hub never refuses. A part of a
session the hub does not know yet (its ``count.opened`` was lost, or the
till was offline when it started) brings the session with it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from omnipos.domain.counts import CountState
from omnipos.hub.counts import apply, sessions
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.feed import append_changes
from omnipos.hub.store.models import CountSessionRecord
from omnipos.sync.events import CountOpenedPayload, CountSubmittedPayload
from omnipos.sync.events.counts import CountScope

log = logging.getLogger(__name__)


def record_opened(pushed: PushedEvent, opened: CountOpenedPayload) -> Outcome:
    """Keep a session a till started and put it on the store's feed (a known id: no change)."""
    check_store(pushed.till, opened.store_code)
    with pushed.session() as s:
        if s.get(CountSessionRecord, str(opened.session_id)) is not None:
            return Outcome()
        scope = CountScope.model_validate(opened.model_dump())
        rec = sessions.new_record(s, opened.store_code, scope, number=opened.number,
                                  session_id=str(opened.session_id),
                                  origin=pushed.till.id, created_by=opened.created_by,
                                  now=opened.created_at)
        sessions.publish(s, rec)
    return Outcome()


def record_submitted(pushed: PushedEvent, part: CountSubmittedPayload) -> Outcome:
    """Merge one part of a till's area into its session and set on hand by the anchored rule."""
    check_store(pushed.till, part.store_code)
    session_id = str(part.session_id)
    with pushed.session() as s:
        rec = s.get(CountSessionRecord, session_id)
        if rec is None:
            if part.scope is None:
                raise Invalid(f"payload.session_id: no count session {session_id} "
                              "(and the part does not say what it counts)")
            rec = sessions.new_record(s, part.store_code, part.scope, number=part.number,
                                      session_id=session_id, origin=pushed.till.id,
                                      created_by=part.counted_by, now=part.started_at)
        elif rec.store_code != part.store_code:
            raise Invalid(f"payload.session_id: count {rec.number} is for store {rec.store_code}")
        if rec.state == CountState.CANCELLED.value:
            log.warning("count %s was cancelled; %s's area %r applied all the same",
                        rec.number, part.till_code, part.area)
        s.flush()
        done = apply.apply_part(pushed.sql, session_id, part.store_code, part,
                                event_id=str(pushed.event.event_id), device_id=pushed.till.id)
        closing = apply.closes_session(part.area)
        if closing is not None and rec.state == CountState.OPEN.value and part.part == part.parts:
            rec.state = closing.value
        rec.updated_at = datetime.now(UTC)
        s.flush()
        log.info("count %s: area %r part %s/%s from %s applied (%s items)", rec.number,
                 part.area, part.part, part.parts, part.till_code, done.items)
        append_changes(pushed.sql, [*done.changes,
                                    sessions.session_change(rec, sessions.areas_of(s, rec.id))])
    return Outcome()
