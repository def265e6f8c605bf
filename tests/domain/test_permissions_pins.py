"""Permission matrix, overrides and PIN hashing (pure domain)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omnipos.domain.errors import PermissionDenied, ValidationError
from omnipos.domain.permissions import (
    MATRIX,
    Action,
    Actor,
    ManagerOverride,
    Role,
    allowed,
    parse_role,
    require,
)
from omnipos.domain.pins import FAST_FOR_TESTS, PinHasher, check_pin_rules, verify_pin

CASHIER = Actor("c1", "1", "Cam Cashier", Role.CASHIER)
MANAGER = Actor("m1", "9", "Mia Manager", Role.MANAGER)
ADMIN = Actor("a1", "0", "Ada Admin", Role.ADMIN)
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)

MANAGER_ONLY = [a for a in Action if not allowed(Role.CASHIER, a)]


def test_matrix_covers_every_role_and_action() -> None:
    assert set(MATRIX) == set(Role)
    assert MATRIX[Role.ADMIN] == frozenset(Action)
    assert allowed(Role.CASHIER, Action.VOID_LINE)
    for action in (Action.REFUND, Action.NO_SALE, Action.PRICE_OVERRIDE, Action.PAY_IN_OUT):
        assert not allowed(Role.CASHIER, action)
        assert allowed(Role.MANAGER, action)
    assert not allowed(Role.MANAGER, Action.CHANGE_SETTINGS)


@pytest.mark.parametrize("action", MANAGER_ONLY)
def test_cashier_needs_override_for_manager_actions(action: Action) -> None:
    with pytest.raises(PermissionDenied):
        require(CASHIER, action)
    approver = ADMIN if action is Action.CHANGE_SETTINGS else MANAGER
    grant = require(CASHIER, action, ManagerOverride(action, approver, CASHIER, "ok", NOW))
    assert grant.overridden and grant.approver == approver and grant.actor == CASHIER
    assert grant.journal_fields()["approved_by"] == approver.label


def test_override_must_match_action_and_approver_role() -> None:
    wrong_action = ManagerOverride(Action.NO_SALE, MANAGER, CASHIER, "", NOW)
    with pytest.raises(PermissionDenied):
        require(CASHIER, Action.REFUND, wrong_action)
    by_cashier = ManagerOverride(Action.REFUND, CASHIER, CASHIER, "", NOW)
    with pytest.raises(PermissionDenied):
        require(CASHIER, Action.REFUND, by_cashier)
    other = Actor("c2", "2", "Other", Role.CASHIER)
    for_other = ManagerOverride(Action.REFUND, MANAGER, other, "", NOW)
    with pytest.raises(PermissionDenied):
        require(CASHIER, Action.REFUND, for_other)
    with pytest.raises(PermissionDenied):
        require(None, Action.VOID_LINE)


def test_parse_role() -> None:
    assert parse_role(" Manager ") is Role.MANAGER
    with pytest.raises(ValidationError, match="cashier"):
        parse_role("boss")


@pytest.mark.parametrize(
    "pin", ["", "12a4", "123", "123456789", "1111", "1234", "98765", "１２３４"]
)
def test_bad_pins_refused(pin: str) -> None:
    with pytest.raises(ValidationError):
        check_pin_rules(pin)


def test_good_pin_and_hash_round_trip() -> None:
    assert check_pin_rules("4821") == "4821"
    stored = FAST_FOR_TESTS.hash("4821")
    assert "4821" not in stored and stored.startswith("scrypt$")
    assert verify_pin("4821", stored)
    assert not verify_pin("4822", stored)
    assert FAST_FOR_TESTS.hash("4821") != stored  # a fresh salt each time
    assert not verify_pin("4821", "garbage")
    assert not verify_pin("4821", "scrypt$x$1$1$!!$!!")


def test_default_hasher_is_slow_scrypt() -> None:
    hasher = PinHasher()
    assert hasher.n >= 2**14
    stored = hasher.hash("5830")
    assert stored.split("$")[1] == str(2**14)
    assert verify_pin("5830", stored)
