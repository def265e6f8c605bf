"""Refunds to the original tenders, store credit as a tender, customers' contact details."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnipos.domain.customers import Contact, name_key, normalize_email, normalize_phone
from omnipos.domain.errors import ValidationError
from omnipos.domain.refunds import PaidTender, RefundShare, allocate_refund, store_credit_only
from omnipos.domain.tenders import Payment, TenderKind, store_credit_spendable

CASH, CARD, CREDIT = TenderKind.CASH, TenderKind.CARD, TenderKind.STORE_CREDIT


def test_credit_first_then_card_then_cash_each_capped_at_what_it_paid() -> None:
    tenders = [PaidTender(1, CASH, 500), PaidTender(2, CARD, 700, reference="AP1"),
               PaidTender(3, CREDIT, 300, customer_id="c1")]
    assert allocate_refund(1200, tenders, currency="USD") == [
        RefundShare(CREDIT, 300, 3, customer_id="c1"),
        RefundShare(CARD, 700, 2, "AP1"),
        RefundShare(CASH, 200, 1),
    ]
    assert allocate_refund(0, tenders, currency="USD") == []


def test_what_earlier_returns_refunded_is_no_longer_available() -> None:
    tenders = [PaidTender(1, CARD, 700, refunded_minor=700), PaidTender(2, CASH, 500, 100)]
    assert allocate_refund(400, tenders, currency="USD") == [RefundShare(CASH, 400, 2)]
    with pytest.raises(ValidationError, match="more than the sale's tenders can take back"):
        allocate_refund(401, tenders, currency="USD")


@given(st.lists(st.tuples(st.sampled_from([CASH, CARD, CREDIT]), st.integers(0, 10**6),
                          st.integers(0, 10**6)), max_size=6), st.integers(0, 3 * 10**6))
def test_no_tender_ever_gets_back_more_than_it_can_take(spec: list[tuple[TenderKind, int, int]],
                                                        amount: int) -> None:
    tenders = [PaidTender(i, kind, paid, min(done, paid)) for i, (kind, paid, done)
               in enumerate(spec, start=1)]
    room = sum(t.refundable_minor for t in tenders)
    if amount > room:
        with pytest.raises(ValidationError):
            allocate_refund(amount, tenders, currency="USD")
        return
    shares = allocate_refund(amount, tenders, currency="USD")
    assert sum(s.amount_minor for s in shares) == amount
    by_idx = {t.idx: t for t in tenders}
    assert all(0 < s.amount_minor <= by_idx[s.tender_idx].refundable_minor for s in shares
               if s.tender_idx is not None)


def test_store_credit_only_needs_a_customer() -> None:
    assert store_credit_only(900, "c9") == [RefundShare(CREDIT, 900, None, customer_id="c9")]
    with pytest.raises(ValidationError, match="needs a customer"):
        store_credit_only(900, "")


def test_store_credit_pays_within_what_can_be_spent() -> None:
    pay = Payment(total_minor=3000, currency="USD")
    with pytest.raises(ValidationError, match="at most 20.00 USD of store credit"):  # not cents
        pay.add_store_credit(2500, "c1", spendable_minor=2000)
    tender = pay.add_store_credit(2000, "c1", spendable_minor=2000)
    assert tender.kind is CREDIT and tender.customer_id == "c1" and pay.remaining_minor == 1000
    with pytest.raises(ValidationError, match="more than what is owed"):
        pay.add_store_credit(1001, "c1", spendable_minor=5000)
    with pytest.raises(ValidationError, match="needs a customer"):
        pay.add_store_credit(100, "", spendable_minor=5000)


def test_offline_a_till_spends_at_most_the_offline_limit_against_the_last_balance() -> None:
    assert store_credit_spendable(12000, 0, online=True, offline_limit_minor=5000) == 12000
    assert store_credit_spendable(12000, 0, online=False, offline_limit_minor=5000) == 5000
    assert store_credit_spendable(12000, 3000, online=False, offline_limit_minor=5000) == 2000
    assert store_credit_spendable(2500, 1000, online=False, offline_limit_minor=5000) == 1500
    assert store_credit_spendable(1000, 4000, online=True, offline_limit_minor=5000) == 0


def test_contact_details_are_normalised_the_same_way_everywhere() -> None:
    assert normalize_phone(" +44 (20) 7946-0958 ") == "+442079460958"
    assert normalize_phone("") == ""
    for bad in ("12", "call me", "5550102030" * 2):
        with pytest.raises(ValidationError):
            normalize_phone(bad)
    assert normalize_email(" Ada@Example.ORG ") == "ada@example.org"
    with pytest.raises(ValidationError):
        normalize_email("ada.example.org")
    assert name_key("  Zoë   NG ") == "zoe ng"
    assert Contact.parse(" Ada  King ", email="ADA@x.io") == Contact("Ada King", "", "ada@x.io")
    with pytest.raises(ValidationError, match="needs a name"):
        Contact.parse(" ", "5550102030")
