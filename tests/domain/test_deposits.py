"""Deposits on endless-aisle orders: the store's shares, the balance, a deposit that stays."""

from __future__ import annotations

import pytest

from omnipos.domain.deposits import DepositRule, balance_minor
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.tenders import Payment, Tender, TenderKind


def test_the_default_share_is_rounded_up_and_a_typed_one_checked() -> None:
    rule = DepositRule(default_percent=25, minimum_percent=10)
    assert rule.default_minor(1001) == 251  # 250.25 -> never less than the share
    assert rule.checked(None, 1001, currency="USD") == 251
    assert rule.checked(101, 1001, currency="USD") == 101  # 10% of 10.01 is 1.001 -> at least 1.01
    with pytest.raises(ValidationError, match="at least 10%"):
        rule.checked(100, 1001, currency="USD")
    with pytest.raises(ValidationError, match="less than the order's total"):
        rule.checked(1001, 1001, currency="USD")
    with pytest.raises(ValidationError, match="minimum share"):
        DepositRule(default_percent=5, minimum_percent=10)
    assert balance_minor(1001, 251) == 750 and balance_minor(100, 250) == 0


def test_a_deposit_tender_is_counted_and_cannot_be_taken_back() -> None:
    payment = Payment(total_minor=1001, currency="USD", cash_step_minor=5)
    payment.tenders.append(Tender(TenderKind.DEPOSIT, 251))
    assert payment.remaining_minor == 750 and payment.cash_due_minor == 750
    with pytest.raises(StateError, match="it stays"):
        payment.remove_last()
    payment.add_cash(1000)
    assert payment.is_complete and payment.change_minor == 250
    assert payment.remove_last().kind is TenderKind.CASH  # the cash can be taken back
