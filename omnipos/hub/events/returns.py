"""``return.completed`` and ``mail_return.received``: facts, kept and counted at the hub.

Neither is ever refused for business reasons (the refund is paid, the parcel
is open on the counter); what does not add up becomes a case for customer
service (``omnipos.hub.returns``). Only a return already recorded under
another event, or for another store, is invalid.
"""

from __future__ import annotations

from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.returns.intake import record_intake
from omnipos.hub.returns.records import record_counter_return
from omnipos.sync.events import MailReturnReceivedPayload, ReturnCompletedPayload


def _not_recorded(pushed: PushedEvent, return_id: str) -> None:
    other = pushed.sql.one("SELECT event_id FROM returns WHERE return_id = :rid",
                           {"rid": return_id})
    if other is not None:
        raise Invalid(f"payload: return {return_id} was already recorded by event {other}")


def record_return(pushed: PushedEvent, ret: ReturnCompletedPayload) -> Outcome:
    check_store(pushed.till, ret.store_code)
    if pushed.till.currency and ret.currency != pushed.till.currency:
        raise Invalid(f"payload.currency: {ret.currency} is not the store's currency "
                      f"{pushed.till.currency}")
    _not_recorded(pushed, str(ret.return_id))
    with pushed.session() as s:
        record_counter_return(s, pushed.till, str(pushed.event.event_id), ret)
    return Outcome()


def record_parcel(pushed: PushedEvent, rec: MailReturnReceivedPayload) -> Outcome:
    check_store(pushed.till, rec.store_code)
    _not_recorded(pushed, str(rec.intake_id))
    with pushed.session() as s:
        record_intake(s, pushed.till, str(pushed.event.event_id), rec)
    return Outcome()
