"""Backoff, Retry-After, wire schemas: small pure pieces of the sync client."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pydantic import ValidationError

from omnipos.sync.backoff import Backoff, parse_retry_after
from omnipos.sync.events import SaleLinePayload
from omnipos.sync.wire import Event, HelloResponse


def test_full_jitter_stays_under_the_exponential_ceiling() -> None:
    b = Backoff(base=0.5, cap=8, rng=random.Random(3))
    for attempt in range(12):
        delay = b.next_delay()
        assert 0 <= delay <= min(8, 0.5 * 2**attempt)


def test_jitter_spreads_delays() -> None:
    delays = {round(Backoff(base=1, cap=60, rng=random.Random(i), attempt=5).next_delay(), 3)
              for i in range(20)}
    assert len(delays) > 15


def test_retry_after_is_a_floor() -> None:
    b = Backoff(base=0.01, cap=60, rng=random.Random(1))
    assert b.next_delay(retry_after=7) >= 7


def test_parse_retry_after_seconds_and_date() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("12") == 12
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_readers_ignore_unknown_fields() -> None:
    hello = HelloResponse.model_validate({
        "server_time": "2026-01-01T00:00:00Z", "protocol_versions": [1, 2],
        "device_id": "6f1c1b8e-8f51-4b5e-9b4e-0f5c1d1e2a3b", "store_code": "S1",
        "till_code": "T01", "epoch": 1, "acked_seq": 0, "last_receipt_seq": 0,
        "limits": {"max_body_bytes": 1, "max_batch_events": 1, "max_pull_limit": 1, "new": 1},
        "something_new": {"x": 1},
    })
    assert hello.store_code == "S1"


def test_quantities_are_decimal_strings_with_at_most_3_decimals() -> None:
    base = {"line_no": 1, "sku": "A", "unit_price_minor": 1, "total_minor": 1}
    assert SaleLinePayload.model_validate({**base, "qty": "0.345"}).qty == "0.345"
    for bad in ("1.2345", "1e3", "abc", ""):
        with pytest.raises(ValidationError):
            SaleLinePayload.model_validate({**base, "qty": bad})
    with pytest.raises(ValidationError):  # money is never a float
        SaleLinePayload.model_validate({**base, "qty": "1", "unit_price_minor": 1.5})


def test_event_needs_an_offset_aware_time() -> None:
    ev = {"event_id": "6f1c1b8e-8f51-4b5e-9b4e-0f5c1d1e2a3b", "type": "x", "schema_version": 1,
          "device_seq": 1, "payload": {}}
    Event.model_validate({**ev, "occurred_at": "2026-01-01T00:00:00+02:00"})
    with pytest.raises(ValidationError):
        Event.model_validate({**ev, "occurred_at": "2026-01-01T00:00:00"})
