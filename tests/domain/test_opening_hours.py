"""Opening hours: parsing, and counting hours and days in them across closed days and DST."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from omnipos.domain.errors import ValidationError
from omnipos.domain.opening_hours import OpeningHours

NY = ZoneInfo("America/New_York")


def test_parse_days_ranges_and_several_parts() -> None:
    hours = OpeningHours.parse("mon-fri 09:00-18:00; sat 10:00-16:00")
    assert len(hours.week[0]) == 1 and len(hours.week[5]) == 1 and hours.week[6] == ()
    assert OpeningHours.parse("fri-mon 08:00-20:00").week[6] != ()


@pytest.mark.parametrize("spec", ["", "mon 18:00-09:00", "mo 09:00-18:00", "mon 25:00-26:00",
                                  "every day"])
def test_bad_hours_are_refused_clearly(spec: str) -> None:
    with pytest.raises(ValidationError, match="opening hours"):
        OpeningHours.parse(spec)


def test_opening_hours_skip_nights_and_closed_sundays() -> None:
    hours = OpeningHours.parse("mon-sat 09:00-18:00")
    # Saturday 16:00 local; 5 open hours: 2 on Saturday, Sunday closed, 3 on Monday.
    start = datetime(2026, 3, 7, 16, 0, tzinfo=NY).astimezone(UTC)
    assert hours.add_open_hours(start, 5, NY).astimezone(NY) == datetime(2026, 3, 9, 12, 0,
                                                                         tzinfo=NY)


def test_counting_starts_at_opening_when_ready_at_night() -> None:
    hours = OpeningHours.parse("mon-sun 09:00-18:00")
    start = datetime(2026, 3, 10, 22, 0, tzinfo=NY)
    assert hours.add_open_hours(start, 1, NY).astimezone(NY).hour == 10


def test_days_are_opening_days_closing_at_the_last_span() -> None:
    hours = OpeningHours.parse("mon-fri 09:00-18:00")
    friday = datetime(2026, 3, 13, 11, 0, tzinfo=NY)
    # Two opening days after Friday: Monday and Tuesday; closes Tuesday 18:00.
    assert hours.close_of_open_day(friday, 2, NY).astimezone(NY) == datetime(
        2026, 3, 17, 18, 0, tzinfo=NY)
