"""A store's opening hours, and time counted in them (the no-show policy's clock).

Hours are written the way a store manager writes them on the door:
``"mon-fri 09:00-18:00; sat 10:00-16:00"`` (days not named are closed). Times
are local to the store; callers pass its time zone, so this module does no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from omnipos.domain.errors import ValidationError, message

__all__ = ["DEFAULT_HOURS", "OpeningHours"]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_HOURS = "mon-sat 09:00-18:00"
_PART = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?(?:\s*,\s*[a-z]{3}(?:\s*-\s*[a-z]{3})?)*)\s+"
    r"(?P<open>\d{1,2}:\d{2})\s*-\s*(?P<close>\d{1,2}:\d{2})\s*$"
)
# A week holds at most 7 x 24 opening hours; counting stops after this many weeks.
_MAX_WEEKS = 520


def _time(text: str, spec: str) -> time:
    hh, mm = (int(x) for x in text.split(":"))
    if hh == 24 and mm == 0:
        return time.max
    if not (0 <= hh < 24 and 0 <= mm < 60):
        raise ValidationError(message("opening hours {spec!r}: {text} is not a time of day"),
                              spec=spec, text=text)
    return time(hh, mm)


def _days(text: str, spec: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        first, _, last = (p.strip() for p in part.partition("-"))
        for name in (first, last or first):
            if name not in DAYS:
                raise ValidationError(message("opening hours {spec!r}: {name!r} is not a day "
                                              "(mon..sun)"), spec=spec, name=name)
        a, b = DAYS.index(first), DAYS.index(last or first)
        out.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)])
    return out


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """Per weekday (0 = Monday) the (open, close) spans, local time."""

    week: tuple[tuple[tuple[time, time], ...], ...]

    @classmethod
    def parse(cls, spec: str) -> OpeningHours:
        days: list[list[tuple[time, time]]] = [[] for _ in DAYS]
        for part in (p for p in spec.lower().split(";") if p.strip()):
            m = _PART.match(part)
            if not m:
                raise ValidationError(
                    message("opening hours {spec!r}: write e.g. 'mon-fri 09:00-18:00; sat "
                            "10:00-16:00'"), spec=spec)
            opens, closes = _time(m["open"], spec), _time(m["close"], spec)
            if closes <= opens:
                raise ValidationError(message("opening hours {spec!r}: {opens}-{closes} closes "
                                              "before it opens"),
                                      spec=spec, opens=m["open"], closes=m["close"])
            for d in _days(m["days"], spec):
                days[d].append((opens, closes))
        if not any(days):
            raise ValidationError(message("opening hours {spec!r}: the store is never open"),
                                  spec=spec)
        return cls(tuple(tuple(sorted(d)) for d in days))

    def spans(self, day: date, tz: tzinfo) -> list[tuple[datetime, datetime]]:
        """The open spans of a local calendar day, as aware datetimes in UTC."""
        out = []
        for opens, closes in self.week[day.weekday()]:
            start = datetime.combine(day, opens, tz).astimezone(UTC)
            end = (datetime.combine(day + timedelta(days=1), time(0), tz) if closes == time.max
                   else datetime.combine(day, closes, tz)).astimezone(UTC)
            out.append((start, end))
        return out

    def add_open_hours(self, start: datetime, hours: float, tz: tzinfo) -> datetime:
        """The moment ``hours`` opening hours after ``start`` have passed."""
        left = timedelta(hours=hours)
        day = start.astimezone(tz).date()
        for _ in range(_MAX_WEEKS * 7):
            for s, e in self.spans(day, tz):
                s = max(s, start)
                if e <= s:
                    continue
                if e - s >= left:
                    return s + left
                left -= e - s
            day += timedelta(days=1)
        raise ValidationError(message("opening hours: too few hours open to count that far"))

    def close_of_open_day(self, start: datetime, days: int, tz: tzinfo) -> datetime:
        """Closing time of the ``days``-th opening day after the local day of ``start``."""
        day = start.astimezone(tz).date()
        seen = 0
        for _ in range(_MAX_WEEKS * 7):
            day += timedelta(days=1)
            spans = self.spans(day, tz)
            if spans:
                seen += 1
                if seen == days:
                    return spans[-1][1]
        raise ValidationError(message("opening hours: too few days open to count that far"))
