"""Staff at the hub, the staff feed to tills, and shift reports per store and till.

``omnipos-hub staff add`` creates a staff member of one store; the PIN is
hashed here (salted scrypt) and only the hash goes on the feed, to the tills
of that store only. ``shift.closed`` events become one report row per shift.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticError
from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.permissions import Role, parse_role
from omnipos.domain.pins import PinHasher, check_pin_rules, verify_pin
from omnipos.hub.db import HubDB
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.models import Store
from omnipos.hub.models_staff import HubStaff, ShiftReportRecord
from omnipos.hub.rawsql import RawSql, dumps, stamp

__all__ = [
    "STAFF_KIND",
    "add_staff",
    "list_shift_reports",
    "list_staff",
    "record_shift_closed",
    "register_cli",
    "run_cli",
    "staff_data",
]

log = logging.getLogger(__name__)

STAFF_KIND = "staff"


def staff_data(row: HubStaff) -> dict[str, Any]:
    """What a till receives about a staff member (the hash, never the PIN)."""
    return {
        "staff_id": row.id,
        "store_code": row.store_code,
        "number": row.number,
        "name": row.name,
        "role": row.role,
        "pin_hash": row.pin_hash,
        "badge": row.badge,
        "active": row.active,
    }


def add_staff(
    db: HubDB,
    store_code: str,
    number: str,
    name: str,
    role: str | Role,
    pin: str,
    *,
    badge: str | None = None,
    hasher: PinHasher | None = None,
) -> dict[str, Any]:
    """Add (or update, by store and number) a staff member and put them on the store's feed.

    PINs are unique within a store, so a till can tell who signs in by PIN alone.
    """
    number, name = (number or "").strip(), (name or "").strip()
    if not number or not name:
        raise ValidationError("a staff member needs a number and a name")
    the_role = role if isinstance(role, Role) else parse_role(role)
    check_pin_rules(pin)
    pin_hash = (hasher or PinHasher()).hash(pin)
    now = datetime.now(UTC)
    with db.transaction() as s:
        if s.get(Store, store_code) is None:
            raise NotFoundError(f"no store {store_code!r}; add it with 'omnipos-hub store add'")
        others = list(
            s.scalars(
                select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number != number)
            )
        )
        if badge and any(o.badge == badge.strip() for o in others):
            raise ValidationError("that badge belongs to someone else in this store")
        if any(verify_pin(pin, o.pin_hash) for o in others):
            raise ValidationError(
                f"that PIN is already in use in store {store_code}: choose another"
            )
        row = s.scalar(
            select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number == number)
        )
        if row is None:
            row = HubStaff(
                id=str(uuid.uuid4()), store_code=store_code, number=number, created_at=now
            )
            s.add(row)
        row.name, row.role, row.pin_hash = name, the_role.value, pin_hash
        row.badge = (badge or "").strip() or None
        row.active, row.updated_at = True, now
        s.flush()
        data = staff_data(row)
        append_changes(s, [PendingChange(STAFF_KIND, row.id, store_code, data)])
    log.info("hub staff %s of store %s saved (%s)", number, store_code, the_role.value)
    return data


def deactivate_staff(db: HubDB, store_code: str, number: str) -> dict[str, Any]:
    """Stop a staff member signing in on the store's tills (they stay in history)."""
    with db.transaction() as s:
        row = s.scalar(
            select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number == number)
        )
        if row is None:
            raise NotFoundError(f"no staff member {number} in store {store_code}")
        row.active, row.updated_at = False, datetime.now(UTC)
        s.flush()
        data = staff_data(row)
        append_changes(s, [PendingChange(STAFF_KIND, row.id, store_code, data)])
    return data


def list_staff(db: HubDB, store_code: str | None = None) -> list[dict[str, Any]]:
    """Staff as an administrator sees them (no hashes)."""
    with db.read() as s:
        stmt = select(HubStaff).order_by(HubStaff.store_code, HubStaff.number)
        if store_code:
            stmt = stmt.where(HubStaff.store_code == store_code)
        return [
            {k: v for k, v in staff_data(r).items() if k != "pin_hash"} for r in s.scalars(stmt)
        ]


class _ShiftClosed(BaseModel):
    """The fields of a ``shift.closed`` payload the hub keeps in columns."""

    model_config = ConfigDict(extra="ignore")
    shift_id: uuid.UUID
    store_code: str
    till_code: str
    currency: str
    opened_at: datetime
    closed_at: datetime
    opened_by: str = ""
    closed_by: str = ""
    sales_minor: int = 0
    returns_minor: int = 0
    expected_cash_minor: int
    counted_cash_minor: int
    over_short_minor: int
    pending_events: int = 0


_REPORT_EXISTS = "SELECT event_id FROM shift_reports WHERE shift_id = :sid"
_REPORT_COLUMNS = (
    "shift_id",
    "event_id",
    "store_code",
    "till_code",
    "device_id",
    "currency",
    "opened_at",
    "closed_at",
    "opened_by",
    "closed_by",
    "sales_minor",
    "returns_minor",
    "expected_cash_minor",
    "counted_cash_minor",
    "over_short_minor",
    "pending_events",
    "payload",
    "received_at",
)
_INSERT_REPORT = (
    f"INSERT INTO shift_reports ({', '.join(_REPORT_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in _REPORT_COLUMNS)})"
)


def record_shift_closed(
    conn: Session | RawSql, store_code: str, device_id: str, event_id: str, payload: dict[str, Any]
) -> None:
    """Keep a till's Z report (called by the hub's event handler, in its transaction).

    Raises ValueError for a payload it cannot read, for another store, or for a
    shift already reported by another event.
    """
    try:
        p = _ShiftClosed.model_validate(payload)
    except PydanticError as exc:
        first = exc.errors()[0]
        raise ValueError(
            f"payload.{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
        ) from exc
    if p.store_code != store_code:
        raise ValueError(
            f"payload.store_code: {p.store_code!r} is not this device's store {store_code!r}"
        )
    sql = conn if isinstance(conn, RawSql) else RawSql(conn)
    other = sql.one(_REPORT_EXISTS, {"sid": str(p.shift_id)})
    if other is not None:
        raise ValueError(
            f"payload.shift_id: shift {p.shift_id} was already reported by event {other}"
        )
    sql.run(
        _INSERT_REPORT,
        {
            "shift_id": str(p.shift_id),
            "event_id": event_id,
            "store_code": p.store_code,
            "till_code": p.till_code,
            "device_id": device_id,
            "currency": p.currency,
            "opened_at": stamp(p.opened_at),
            "closed_at": stamp(p.closed_at),
            "opened_by": p.opened_by[:160],
            "closed_by": p.closed_by[:160],
            "sales_minor": p.sales_minor,
            "returns_minor": p.returns_minor,
            "expected_cash_minor": p.expected_cash_minor,
            "counted_cash_minor": p.counted_cash_minor,
            "over_short_minor": p.over_short_minor,
            "pending_events": p.pending_events,
            "payload": dumps(payload),
            "received_at": stamp(datetime.now(UTC)),
        },
    )


def list_shift_reports(
    db: HubDB, store_code: str | None = None, till_code: str | None = None
) -> list[dict[str, Any]]:
    """Z reports received, newest first, per store and till."""
    with db.read() as s:
        stmt = select(ShiftReportRecord).order_by(ShiftReportRecord.closed_at.desc())
        if store_code:
            stmt = stmt.where(ShiftReportRecord.store_code == store_code)
        if till_code:
            stmt = stmt.where(ShiftReportRecord.till_code == till_code)
        return [
            {
                "shift_id": r.shift_id,
                "store_code": r.store_code,
                "till_code": r.till_code,
                "currency": r.currency,
                "opened_at": r.opened_at.isoformat(),
                "closed_at": r.closed_at.isoformat(),
                "closed_by": r.closed_by,
                "sales_minor": r.sales_minor,
                "expected_cash_minor": r.expected_cash_minor,
                "counted_cash_minor": r.counted_cash_minor,
                "over_short_minor": r.over_short_minor,
                "pending_events": r.pending_events,
            }
            for r in s.scalars(stmt)
        ]


# -- the omnipos-hub command --------------------------------------------------


def register_cli(sub: Any) -> None:
    """Add ``staff add|list|remove`` and ``shifts list`` to ``omnipos-hub``."""
    st = sub.add_parser("staff", help="staff of a store").add_subparsers(
        dest="staff_cmd", required=True
    )
    add = st.add_parser("add", help="add or update a staff member (PIN from --pin or stdin)")
    add.add_argument("--store", required=True)
    add.add_argument("--number", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--pin", default=None, help="4 to 8 digits; omit to read it from stdin")
    add.add_argument("--badge", default=None)
    ls = st.add_parser("list", help="staff as JSON lines (no PINs, no hashes)")
    ls.add_argument("--store")
    rm = st.add_parser("remove", help="stop a staff member signing in")
    rm.add_argument("--store", required=True)
    rm.add_argument("--number", required=True)
    dv = sub.add_parser("device", help="enrolled tills").add_subparsers(
        dest="device_cmd", required=True
    )
    rv = dv.add_parser("revoke", help="revoke a till's token (it gets 401 until enrolled again)")
    rv.add_argument("device_id")
    sh = sub.add_parser("shifts", help="shift (Z) reports").add_subparsers(
        dest="shifts_cmd", required=True
    )
    sl = sh.add_parser("list", help="Z reports per store and till, as JSON lines")
    sl.add_argument("--store")
    sl.add_argument("--till")


def _read_pin(given: str | None) -> str:
    if given is not None:
        return given.strip()
    if sys.stdin.isatty():
        return getpass.getpass("PIN: ").strip()
    line = sys.stdin.readline().strip()
    if not line:
        raise ValidationError("no PIN given: use --pin or pipe it on stdin")
    return line


def run_cli(db: HubDB, args: argparse.Namespace, out: TextIO) -> int | None:
    """Run a staff or shifts command; None when ``args`` is not one of them."""
    if args.cmd == "staff" and args.staff_cmd == "add":
        pin = _read_pin(args.pin)
        data = add_staff(db, args.store, args.number, args.name, args.role, pin, badge=args.badge)
        out.write(json.dumps({k: v for k, v in data.items() if k != "pin_hash"}) + "\n")
    elif args.cmd == "staff" and args.staff_cmd == "list":
        out.writelines(json.dumps(row) + "\n" for row in list_staff(db, args.store))
    elif args.cmd == "staff":
        data = deactivate_staff(db, args.store, args.number)
        out.write(json.dumps({k: v for k, v in data.items() if k != "pin_hash"}) + "\n")
    elif args.cmd == "device":
        from omnipos.hub.device_admin import revoke_device

        revoke_device(db, args.device_id)
        out.write(json.dumps({"revoked": args.device_id}) + "\n")
    elif args.cmd == "shifts":
        out.writelines(
            json.dumps(row) + "\n" for row in list_shift_reports(db, args.store, args.till)
        )
    else:
        return None
    return 0
