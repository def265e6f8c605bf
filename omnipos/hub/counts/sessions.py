"""Count sessions at the hub: made by an administrator (or reported by a till), sent to the
counting store's tills on its feed, listed and shown with what each count did."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from omnipos.domain.counts import CountKind, CountState
from omnipos.domain.errors import NotFoundError, StateError, ValidationError
from omnipos.domain.permissions import Role
from omnipos.domain.quantities import from_milli
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import (
    CountAreaRecord,
    CountResult,
    CountSessionRecord,
    Product,
    Store,
)
from omnipos.sync.events.counts import COUNT_KIND, CountScope, CountSessionData

__all__ = [
    "areas_of",
    "cancel_session",
    "close_session",
    "create_session",
    "find_session",
    "list_sessions",
    "publish",
    "read_sku_file",
    "session_change",
    "show_session",
]

#: Every role: a count that is not blind shows expected quantities to whoever counts.
EVERYONE = [r.value for r in Role]


def read_sku_file(text: str, name: str = "the file") -> list[str]:
    """One SKU a line; blank lines and ``#`` comments skipped, repeats kept once."""
    skus: dict[str, None] = {}
    for no, raw in enumerate(text.splitlines(), start=1):
        sku = raw.split("#", 1)[0].strip()
        if not sku:
            continue
        if len(sku) > 64 or "\x00" in sku:
            raise ValidationError(f"{name} line {no}: {sku[:20]!r}… is not a SKU")
        skus[sku] = None
    if not skus:
        raise ValidationError(f"{name} names no SKU (one a line)")
    return list(skus)


def areas_of(session: Session, session_id: str) -> list[str]:
    return list(session.scalars(
        select(CountAreaRecord.area).where(CountAreaRecord.session_id == session_id)
        .order_by(CountAreaRecord.submitted_at)))


def session_change(rec: CountSessionRecord, areas: Sequence[str]) -> PendingChange:
    data = CountSessionData(
        session_id=uuid.UUID(rec.id), number=rec.number, store_code=rec.store_code,
        kind=CountKind(rec.kind), title=rec.title, skus=list(rec.skus or []),
        category=rec.category, location=rec.location, due=rec.due,
        show_expected_to=list(rec.show_expected_to or []), state=CountState(rec.state),
        created_at=rec.created_at, created_by=rec.created_by, areas_submitted=list(areas),
    ).model_dump(mode="json")
    return PendingChange(COUNT_KIND, rec.id, rec.store_code, data)


def publish(session: Session, rec: CountSessionRecord) -> None:
    """The session as it stands on its store's feed (the last write of the transaction)."""
    session.flush()
    append_changes(session, [session_change(rec, areas_of(session, rec.id))])


def _next_number(session: Session) -> str:
    made = session.scalar(select(func.count()).select_from(CountSessionRecord)
                          .where(CountSessionRecord.origin == "hub")) or 0
    return f"C{int(made) + 1:05d}"


def new_record(session: Session, store_code: str, scope: CountScope, *, number: str | None,
               session_id: str | None, origin: str, created_by: str,
               now: datetime) -> CountSessionRecord:
    rec = CountSessionRecord(
        id=session_id or str(uuid.uuid4()), number=number or _next_number(session),
        store_code=store_code, kind=scope.kind.value, title=scope.title or _title(scope),
        skus=list(scope.skus), category=scope.category, location=scope.location, due=scope.due,
        show_expected_to=list(scope.show_expected_to), state=CountState.OPEN.value,
        origin=origin, created_by=created_by, created_at=now, updated_at=now)
    session.add(rec)
    return rec


def _title(scope: CountScope) -> str:
    if scope.kind is CountKind.FULL:
        return "Full count"
    if scope.category:
        return f"Cycle count: {scope.category}"
    if scope.location:
        return f"Cycle count: {scope.location}"
    return f"Cycle count of {len(scope.skus)} items"


def create_session(db: HubDB, store_code: str, *, skus: Iterable[str] = (), category: str = "",
                   location: str = "", full: bool = False, due: datetime | None = None,
                   blind: bool = True, title: str = "", created_by: str = "admin",
                   now: datetime | None = None) -> dict[str, Any]:
    """A new session on ``store_code``'s feed: a cycle count of SKUs, a category or a
    location, or a full count. Unknown SKUs or an empty category are refused."""
    now = now or datetime.now(UTC)
    wanted = list(dict.fromkeys(skus))
    chosen = sum(bool(x) for x in (wanted, category.strip(), location.strip(), full))
    if chosen != 1:
        raise ValidationError("name what to count: SKUs, a category, a location or a full count")
    with db.transaction() as s:
        if s.get(Store, store_code) is None:
            raise NotFoundError(f"no store {store_code!r}")
        if wanted:
            known = set(s.scalars(select(Product.sku).where(Product.sku.in_(wanted))))
            unknown = [sku for sku in wanted if sku not in known]
            if unknown:
                more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
                raise ValidationError(f"not in the catalog: {', '.join(unknown[:5])}{more}")
        if category.strip() and not s.scalar(
                select(func.count()).select_from(Product).where(
                    Product.category == category.strip(), Product.active.is_(True))):
            raise ValidationError(f"no active product is in category {category.strip()!r}")
        scope = CountScope(kind=CountKind.FULL if full else CountKind.CYCLE, title=title,
                           skus=wanted, category=category.strip(), location=location.strip(),
                           due=due, show_expected_to=[] if blind else EVERYONE)
        rec = new_record(s, store_code, scope, number=None, session_id=None, origin="hub",
                         created_by=created_by, now=now)
        publish(s, rec)
        return _summary(rec, [])


def find_session(session: Session, ident: str) -> CountSessionRecord:
    rec = session.scalar(select(CountSessionRecord).where(
        or_(CountSessionRecord.id == ident, CountSessionRecord.number == ident)))
    if rec is None:
        raise NotFoundError(f"no count session {ident!r}")
    return rec


def _summary(rec: CountSessionRecord, areas: Sequence[str]) -> dict[str, Any]:
    return {"session_id": rec.id, "number": rec.number, "store": rec.store_code,
            "kind": rec.kind, "title": rec.title, "state": rec.state,
            "due": rec.due.isoformat() if rec.due else None,
            "blind": not rec.show_expected_to, "items": len(rec.skus or []) or None,
            "category": rec.category or None, "location": rec.location or None,
            "origin": rec.origin, "areas": list(areas), "created_at": rec.created_at.isoformat()}


def list_sessions(db: HubDB, store: str | None = None, *, state: str | None = None
                  ) -> list[dict[str, Any]]:
    with db.read() as s:
        stmt = select(CountSessionRecord).order_by(CountSessionRecord.created_at)
        if store:
            stmt = stmt.where(CountSessionRecord.store_code == store)
        if state:
            stmt = stmt.where(CountSessionRecord.state == state)
        return [_summary(rec, areas_of(s, rec.id)) for rec in s.scalars(stmt)]


def show_session(db: HubDB, ident: str) -> dict[str, Any]:
    """The session, its areas, and per item: counted, expected at the count's moment, the
    variance, and what moved on hand (late movements included)."""
    with db.read() as s:
        rec = find_session(s, ident)
        areas = list(s.scalars(select(CountAreaRecord).where(
            CountAreaRecord.session_id == rec.id).order_by(CountAreaRecord.submitted_at)))
        results = list(s.scalars(select(CountResult).where(CountResult.session_id == rec.id)
                                 .order_by(CountResult.sku)))
        out = _summary(rec, [a.area for a in areas])
        out["area_detail"] = [{
            "area": a.area, "till": a.till_code, "counted_by": a.counted_by,
            "approved_by": a.approved_by, "parts": f"{a.parts_in}/{a.parts}",
            "submitted_at": a.submitted_at.isoformat(), "unknown": a.unknown} for a in areas]
        out["lines"] = [{
            "sku": r.sku, "counted": from_milli(r.counted_milli),
            "expected": from_milli(r.expected_milli),
            "variance": from_milli(r.counted_milli - r.expected_milli),
            "counted_at": r.anchor_at.isoformat(), "late": from_milli(r.late_milli),
            "applied": from_milli(r.applied_milli)} for r in results]
        return out


def _set_state(db: HubDB, ident: str, state: CountState, now: datetime | None) -> dict[str, Any]:
    with db.transaction() as s:
        rec = find_session(s, ident)
        if rec.state != CountState.OPEN.value:
            raise StateError(f"count {rec.number} is {rec.state}")
        rec.state, rec.updated_at = state.value, now or datetime.now(UTC)
        publish(s, rec)
        return _summary(rec, areas_of(s, rec.id))


def close_session(db: HubDB, ident: str, now: datetime | None = None) -> dict[str, Any]:
    """No more areas are coming (what was counted stays applied)."""
    return _set_state(db, ident, CountState.CLOSED, now)


def cancel_session(db: HubDB, ident: str, now: datetime | None = None) -> dict[str, Any]:
    """Take the session off the tills' lists; counts already applied stay applied."""
    return _set_state(db, ident, CountState.CANCELLED, now)
