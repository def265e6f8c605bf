"""Count sessions at the till: the list (the next due one first), starting one (a manager),
opening an area of one to count."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from omnipos.db import counts
from omnipos.db.counters import next_value
from omnipos.db.models.counts import CountArea, CountSession
from omnipos.domain.counts import (
    NOT_OPEN,
    WHOLE_STORE_WORDS,
    AreaState,
    CountKind,
    CountState,
    SessionDue,
    next_due,
    parse_area,
)
from omnipos.domain.errors import StateError, ValidationError, message
from omnipos.domain.permissions import Action, Actor, ManagerOverride, Role
from omnipos.services import authz
from omnipos.services.counts.context import CountContext
from omnipos.sync.events import CountOpenedPayload
from omnipos.sync.outbox import enqueue

__all__ = ["SessionInfo", "Sessions"]

SESSION_COUNTER = "count_session"


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A count as the list shows it, with this till's part of it."""

    session_id: str
    number: str
    title: str
    kind: CountKind
    due: datetime | None
    overdue: bool
    show_expected_to: tuple[str, ...]
    origin: str
    state: CountState
    # This till's area being counted (or last submitted), and where it stands.
    area: str | None
    area_state: AreaState | None
    items: int | None  # how many items the session names (None: a category, location, all)
    counted: int  # items counted in this till's area
    areas_submitted: tuple[str, ...]

    @property
    def blind(self) -> bool:
        return not self.show_expected_to


def _info(s: object, row: CountSession, areas: Sequence[CountArea], now: datetime,
          counted: int) -> SessionInfo:
    mine = sorted(areas, key=lambda a: (a.state != AreaState.SUBMITTED.value, a.opened_at))
    current = mine[-1] if mine else None
    return SessionInfo(
        session_id=row.id, number=row.number, title=row.title, kind=CountKind(row.kind),
        due=row.due, overdue=row.due is not None and row.due < now,
        show_expected_to=tuple(row.show_expected_to or ()), origin=row.origin,
        state=CountState(row.state), area=current.area if current else None,
        area_state=AreaState(current.state) if current else None,
        items=len(row.skus) if row.skus else None, counted=counted,
        areas_submitted=tuple(row.areas_submitted or ()))


class Sessions(CountContext):
    def sessions(self) -> list[SessionInfo]:
        """Open counts, the next due one first (overdue ones before), then by due date."""
        now = self._clock()
        with self.db.read() as s:
            rows = counts.open_sessions(s)
            ids = [r.id for r in rows]
            areas: dict[str, list[CountArea]] = {}
            for a in s.scalars(select(CountArea).where(CountArea.session_id.in_(ids))):
                areas.setdefault(a.session_id, []).append(a)
            infos = []
            for row in rows:
                mine = areas.get(row.id, [])
                current = [a.items for a in mine if a.state != AreaState.SUBMITTED.value]
                infos.append(_info(s, row, mine, now, current[0] if current else 0))
            created = {r.id: r.created_at for r in rows}
        first = next_due([SessionDue(i.session_id, i.due, created[i.session_id],
                                     i.area_state is AreaState.SUBMITTED) for i in infos])
        rank = {i.session_id: n for n, i in enumerate(infos)}
        infos.sort(key=lambda i: (i.session_id != first, i.area_state is AreaState.SUBMITTED,
                                  i.due is None, i.due or now, rank[i.session_id]))
        return infos

    def start(self, *, kind: CountKind = CountKind.CYCLE, title: str = "",
              skus: Sequence[str] = (), category: str = "", location: str = "",
              due: datetime | None = None, blind: bool = True, actor: Actor | None = None,
              override: ManagerOverride | None = None) -> SessionInfo:
        """A manager starts a count here; the hub hears of it (``count.opened``) and sends it
        to the store's other tills, which can count areas of it too."""
        wanted = [sku.strip() for sku in skus if sku.strip()]
        if kind is CountKind.CYCLE and not (wanted or category.strip() or location.strip()):
            raise ValidationError(message("a cycle count names SKUs, a category or a location"))
        now = self._clock()
        with self.db.transaction() as s:
            p = authz.permit(s, actor, Action.START_COUNT, override, now=now,
                             on_behalf=f"Till {self.store.till}")
            seq = next_value(s, SESSION_COUNTER)
            payload = CountOpenedPayload(
                session_id=uuid.uuid4(), number=f"{self.store.code}-{self.store.till}-C{seq:04d}",
                store_code=self.store.code, till_code=self.store.till, created_at=now,
                created_by=p.by, kind=kind, title=title.strip() or _title(kind, wanted,
                                                                          category, location),
                skus=wanted, category=category.strip(), location=location.strip(), due=due,
                show_expected_to=[] if blind else [r.value for r in Role])
            counts.store_session(s, {**payload.model_dump(), "state": CountState.OPEN},
                                 origin="till", now=now)
            enqueue(s, payload, now)
            p.journal("count.started", {"session_id": str(payload.session_id),
                                        "number": payload.number, "kind": kind.value,
                                        "items": len(wanted), "blind": blind,
                                        "approved_by": p.approved_by})
        return next(i for i in self.sessions() if i.session_id == str(payload.session_id))

    def open_area(self, session_id: str, area: str = "", *,
                  actor: Actor | None = None) -> SessionInfo:
        """Count ``area`` of the session on this till (resume it if it was started)."""
        area = parse_area(area)
        now = self._clock()
        with self.db.transaction() as s:
            row = self._session(s, session_id)
            by = self._who(s, actor)
            found = counts.area_of(s, session_id, area)
            if found is None:
                if row.state != CountState.OPEN.value:
                    raise StateError(NOT_OPEN[CountState(row.state)], number=row.number)
                if area in (row.areas_submitted or ()):
                    raise StateError(message("{area} of count {number} was counted on another "
                                             "till already"),
                                     area=area or WHOLE_STORE_WORDS, number=row.number)
                expected = len(row.skus) if row.skus else (
                    len(counts.category_skus(s, row.category)) if row.category else None)
                s.add(CountArea(session_id=session_id, area=area,
                                state=AreaState.COUNTING.value, opened_at=now, counted_by=by,
                                items=0, unknown=0, expected_items=expected))
            elif found.state == AreaState.SUBMITTED.value:
                raise StateError(message("{area} of count {number} was submitted already"),
                                 area=area or WHOLE_STORE_WORDS, number=row.number)
        return next(i for i in self.sessions() if i.session_id == session_id)


def _title(kind: CountKind, skus: Sequence[str], category: str, location: str) -> str:
    if kind is CountKind.FULL:
        return "Full count"
    if category.strip():
        return f"Cycle count: {category.strip()}"
    if location.strip():
        return f"Cycle count: {location.strip()}"
    return f"Cycle count of {len(skus)} items"
