"""Issue 15, point 4: PIN guessing at the till.

Wrong PINs count per till (a PIN typed alone, an approval) and per person (a
staff number and PIN), whatever sign-ins succeed in between; unknown badges
are limited the same way; and a PIN that two people share (a local person
and one the hub sent) never signs in either of them by the PIN alone.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omnipos.db.models import JournalEntry
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Action, ApprovalRequest, Role
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import LockedOut, StaffService, apply_staff_change
from tests.support.staff import Crew, FakeClock

HUB_MANAGER = "22222222-2222-4222-8222-222222222222"


def _kinds(staff: StaffService) -> list[str]:
    with staff.db.read() as s:
        return [e.kind for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))]


def test_own_sign_in_does_not_reset_the_tills_count(staff_svc: StaffService, crew: Crew) -> None:
    """Four guesses of a manager's PIN, one sign-in with one's own: the fifth guess locks."""
    for guess in ("1357", "3579"):
        for _ in range(2):
            with pytest.raises(PermissionDenied, match="wrong PIN"):
                staff_svc.login(guess)
        assert staff_svc.login("2468") == crew.cashier  # the cashier's own PIN
    with pytest.raises(LockedOut):
        staff_svc.login("8642")
    with pytest.raises(LockedOut):  # the PIN pad stays locked, the right PIN included
        staff_svc.login("9753")


def test_approvals_count_with_the_till(staff_svc: StaffService, crew: Crew) -> None:
    """Guessing at the approval dialog is guessing on this till."""
    request = ApprovalRequest(Action.NO_SALE, "drawer:T01")
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="wrong PIN"):
            staff_svc.approve("1357", request, crew.cashier)
        assert staff_svc.login("2468") == crew.cashier
    with pytest.raises(LockedOut):
        staff_svc.approve("1357", request, crew.cashier)
    with pytest.raises(LockedOut, match="signs in with staff number and PIN"):
        staff_svc.approve("9753", request, crew.cashier)  # no number field there: what works
    assert staff_svc.login("9753", number="9") == crew.manager


def test_a_persons_count_outlives_their_sign_ins(staff_svc: StaffService, crew: Crew) -> None:
    for _ in range(2):
        for _ in range(2):
            with pytest.raises(PermissionDenied, match="wrong PIN"):
                staff_svc.login("1357", number="9")
        assert staff_svc.login_badge("STAFF-9") == crew.manager
        assert staff_svc.login("9753", number="9") == crew.manager
    with pytest.raises(LockedOut):
        staff_svc.login("1357", number="9")
    with pytest.raises(LockedOut):
        staff_svc.login_badge("STAFF-9")
    assert staff_svc.login("2468") == crew.cashier  # others still sign in


def test_failures_older_than_the_lock_out_period_are_forgotten(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="wrong PIN"):
            staff_svc.login("1357")
    clock.advance(minutes=15, seconds=1)
    with pytest.raises(PermissionDenied, match=r"wrong PIN \(4 more"):
        staff_svc.login("1357")


def test_unknown_badges_are_limited_too(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    for n in range(4):
        with pytest.raises(PermissionDenied, match="not on the staff list"):
            staff_svc.login_badge(f"GUESS-{n:04d}")
    assert staff_svc.login_badge("STAFF-9") == crew.manager  # a success resets nothing
    with pytest.raises(LockedOut):
        staff_svc.login_badge("GUESS-0005")
    with pytest.raises(LockedOut):  # badge sign-in waits out the lock, the right badge too
        staff_svc.login_badge("STAFF-9")
    assert staff_svc.login("9753") == crew.manager  # a PIN still signs in
    assert "login.locked" in _kinds(staff_svc)
    clock.advance(minutes=15, seconds=1)
    assert staff_svc.login_badge("STAFF-9") == crew.manager


def test_a_pin_shared_with_a_hub_person_signs_in_no_one(
    staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    """The hub sends a manager whose PIN is the local cashier's: the PIN alone is refused."""
    with staff_svc.db.transaction() as s:
        apply_staff_change(s, {"staff_id": HUB_MANAGER, "number": "42", "name": "Hub Hana",
                               "role": "manager", "pin_hash": FAST_FOR_TESTS.hash("2468"),
                               "active": True}, clock())
    for _ in range(3):  # whichever hash comes first, every time
        with pytest.raises(PermissionDenied, match="more than one person"):
            staff_svc.login("2468")
    with pytest.raises(PermissionDenied, match="more than one person"):
        staff_svc.approve("2468", ApprovalRequest(Action.NO_SALE, "drawer:T01"), crew.cashier)
    assert staff_svc.login("2468", number="1") == crew.cashier
    hana = staff_svc.login("2468", number="42")
    assert hana.name == "Hub Hana" and hana.role is Role.MANAGER
    assert staff_svc.login("9753") == crew.manager  # unshared PINs are unaffected
    assert "login.pin_shared" in _kinds(staff_svc)
