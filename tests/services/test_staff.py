"""Staff on the till: adding, PIN and badge sign-in, lock-outs, overrides."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry, StaffMember
from omnipos.domain.errors import NotFoundError, PermissionDenied, ValidationError
from omnipos.domain.permissions import Action, Actor, ApprovalRequest, ManagerOverride, Role
from omnipos.services import authz
from omnipos.services.staff import LOCKOUT_SETTING, LockedOut, StaffService, apply_staff_change
from tests.support.staff import Crew, FakeClock


@dataclass(frozen=True)
class Entry:
    kind: str
    actor: str
    payload: dict[str, Any]


def _journal(db: Database) -> list[Entry]:
    with db.read() as s:
        rows = s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        return [Entry(r.kind, r.actor, dict(r.payload)) for r in rows]


def test_store_without_staff_opens_without_login(staff_svc: StaffService) -> None:
    assert not staff_svc.has_staff()
    with staff_svc.db.transaction() as s:
        grant = authz.enforce(s, None, Action.REFUND, now=staff_svc._clock())
    assert grant.actor is None


def test_add_and_login_by_pin_number_and_badge(staff_svc: StaffService, crew: Crew) -> None:
    assert staff_svc.has_staff()
    assert crew.cashier.role is Role.CASHIER and crew.cashier.name == "Cam Cashier"
    assert staff_svc.login("9753", number="9") == crew.manager
    assert staff_svc.login_badge("STAFF-9") == crew.manager
    assert authz.is_sealed(crew.manager)
    with pytest.raises(PermissionDenied):
        staff_svc.login_badge("NOPE")
    with pytest.raises(NotFoundError):
        staff_svc.login("9753", number="77")
    kinds = [e.kind for e in _journal(staff_svc.db)]
    assert kinds.count("staff.added") == 3 and "login" in kinds and "login.failed" in kinds


def test_pin_hash_only_and_unique(staff_svc: StaffService, crew: Crew) -> None:
    with staff_svc.db.read() as s:
        hashes = [r.pin_hash for r in s.scalars(select(StaffMember))]
    assert all(h.startswith("scrypt$") and "2468" not in h for h in hashes)
    raw = staff_svc.db.path.read_bytes()
    assert b"2468" not in raw and b"9753" not in raw
    with pytest.raises(ValidationError, match="PIN is already in use"):
        staff_svc.add_staff("2", "Dup", "cashier", "2468", actor=crew.manager)
    with pytest.raises(ValidationError, match="number 1 is already taken"):
        staff_svc.add_staff("1", "Dup", "cashier", "1357", actor=crew.manager)
    with pytest.raises(ValidationError):
        staff_svc.add_staff("3", "Weak", "cashier", "1234", actor=crew.manager)


def test_cashier_cannot_add_staff_without_override(staff_svc: StaffService, crew: Crew) -> None:
    with pytest.raises(PermissionDenied) as refused:
        staff_svc.add_staff("5", "New", "cashier", "3141", actor=crew.cashier)
    with pytest.raises(PermissionDenied):  # not "PIN in use": a cashier cannot probe PINs
        staff_svc.add_staff("5", "New", "cashier", "9753", actor=crew.cashier)
    assert refused.value.request is not None
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    info = staff_svc.add_staff("5", "New", "cashier", "3141", actor=crew.cashier, override=ok)
    assert info.number == "5"
    override = [e for e in _journal(staff_svc.db) if e.kind == "override"][-1]
    assert override.payload["requested_by"] == crew.cashier.label
    assert override.payload["approved_by"] == crew.manager.label


def test_five_wrong_pins_lock_out_the_person(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    with staff_svc.db.transaction() as s:
        from omnipos.db.settings import set_setting

        set_setting(s, LOCKOUT_SETTING, 10)
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="wrong PIN"):
            staff_svc.login("0000", number="1")
    with pytest.raises(LockedOut):
        staff_svc.login("0001", number="1")
    with pytest.raises(LockedOut):  # even the right PIN, alone or with the number
        staff_svc.login("2468")
    with pytest.raises(LockedOut):
        staff_svc.login("2468", number="1")
    assert staff_svc.login("9753").role is Role.MANAGER  # others still sign in
    entries = _journal(staff_svc.db)
    assert sum(e.kind == "login.failed" for e in entries) == 5
    locked = [e for e in entries if e.kind == "login.locked"]
    assert len(locked) == 1 and locked[0].actor == "Cam Cashier (#1)"
    assert all("2468" not in str(e.payload) and "0000" not in str(e.payload) for e in entries)
    clock.advance(minutes=10, seconds=1)
    assert staff_svc.login("2468") == crew.cashier


def test_wrong_pins_alone_lock_the_pin_pad(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    for _ in range(4):
        with pytest.raises(PermissionDenied):
            staff_svc.login("1357")
    with pytest.raises(LockedOut):
        staff_svc.login("1357")
    with pytest.raises(LockedOut):
        staff_svc.login("9753")
    assert staff_svc.login_badge("STAFF-9") == crew.manager  # the badge still works
    clock.advance(minutes=15, seconds=1)
    assert staff_svc.login("9753") == crew.manager


def test_manager_unlocks(staff_svc: StaffService, crew: Crew) -> None:
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            staff_svc.login("0000", number="1")
    with pytest.raises(PermissionDenied):
        staff_svc.unlock("1", actor=crew.cashier)
    staff_svc.unlock("1", actor=crew.manager)
    assert staff_svc.login("2468") == crew.cashier


def test_approve_needs_a_manager_pin(staff_svc: StaffService, crew: Crew) -> None:
    refund = ApprovalRequest(Action.REFUND, "sale:1", 500)
    settings = ApprovalRequest(Action.CHANGE_SETTINGS, "settings:store.name")
    with pytest.raises(PermissionDenied):
        staff_svc.approve("2468", refund, crew.cashier)  # a cashier's PIN
    with pytest.raises(PermissionDenied):
        staff_svc.approve("1111", refund, crew.cashier)
    with pytest.raises(PermissionDenied):
        staff_svc.approve("9753", settings, crew.cashier)  # admins only
    assert staff_svc.approve("5081", settings, crew.cashier).approver == crew.admin


def test_forged_actor_or_override_refused(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    fake = Actor(crew.cashier.staff_id, "1", "Cam Cashier", Role.MANAGER)
    promoted = replace(crew.cashier, role=Role.MANAGER)
    fake_ok = ManagerOverride(Action.REFUND, crew.manager, crew.cashier, "", clock())
    with staff_svc.db.transaction() as s:
        for actor in (fake, promoted):
            with pytest.raises(PermissionDenied):
                authz.enforce(s, actor, Action.REFUND, now=clock())
        with pytest.raises(PermissionDenied, match="not given on this till"):
            authz.enforce(s, crew.cashier, Action.REFUND, fake_ok, now=clock())
    ok = staff_svc.approve("9753", ApprovalRequest(Action.REFUND, ""), crew.cashier)
    clock.advance(minutes=6)
    with staff_svc.db.transaction() as s, pytest.raises(PermissionDenied, match="expired"):
        authz.enforce(s, crew.cashier, Action.REFUND, ok, now=clock())


def test_demoted_manager_loses_rights_at_once(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    with staff_svc.db.transaction() as s:
        row = s.get(StaffMember, crew.manager.staff_id)
        assert row is not None
        row.role = "cashier"
    with staff_svc.db.transaction() as s, pytest.raises(PermissionDenied):
        authz.enforce(s, crew.manager, Action.REFUND, now=clock())


def test_hub_staff_feed_applies(staff_svc: StaffService, clock: FakeClock) -> None:
    from omnipos.domain.pins import FAST_FOR_TESTS

    staff_svc.add_staff("7", "Local Lou", "cashier", "7319", command_line=True)
    data = {
        "staff_id": "11111111-1111-4111-8111-111111111111",
        "number": "7",
        "name": "Hub Hal",
        "role": "manager",
        "pin_hash": FAST_FOR_TESTS.hash("8642"),
        "badge": None,
        "active": True,
    }
    with staff_svc.db.transaction() as s:
        apply_staff_change(s, data, clock())
    who = staff_svc.login("8642")
    assert who.name == "Hub Hal" and who.role is Role.MANAGER
    with staff_svc.db.transaction() as s:
        apply_staff_change(s, {**data, "active": False}, clock())
    with pytest.raises(PermissionDenied):
        staff_svc.login("8642")
    assert not staff_svc.has_staff()
    assert timedelta(minutes=15) == staff_svc.lockout_period()


def test_promoted_cashier_uses_todays_role(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    with staff_svc.db.transaction() as s:
        row = s.get(StaffMember, crew.cashier.staff_id)
        assert row is not None
        row.role = "manager"
    with staff_svc.db.transaction() as s:
        grant = authz.enforce(s, crew.cashier, Action.REFUND, now=clock())
        assert grant.actor is not None and grant.actor.role is Role.MANAGER
        authz.enforce(s, grant.actor, Action.NO_SALE, now=clock())  # the refreshed actor is valid
