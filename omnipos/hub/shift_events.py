"""The hub's handler for ``shift.closed``: keep the till's Z report per store and till."""

from __future__ import annotations

from omnipos.hub.apply import DeviceIdentity, Invalid, Outcome
from omnipos.hub.rawsql import RawSql
from omnipos.hub.staff import record_shift_closed
from omnipos.sync.schemas import Event

__all__ = ["shift_closed"]


def shift_closed(conn: RawSql, dev: DeviceIdentity, ev: Event, *_rest: object) -> Outcome:
    """Record the report; a payload that cannot be read (or for another store) is invalid.

    Extra positional arguments (the hub passes the payload's JSON text too) are not needed.
    """
    try:
        record_shift_closed(conn, dev.store_code, dev.id, str(ev.event_id), ev.payload)
    except ValueError as exc:
        raise Invalid(str(exc)) from exc
    return Outcome()
