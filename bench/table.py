"""The closing table of `make bench`: one row per budgeted path, beside its floor.

Every bench prints its rows as JSON lines ``{"row": {...}}`` on stdout (next to its own
detailed records); ``bench/run_all.py`` collects them and prints one table at the end:
path, budget, now, floor, ratio, and OK or OVER. The floor is the same work done the
plainest way (raw sqlite3, an empty window, a bare HTTP round trip...) measured in the
same run, so a row read on a busy machine still says how far the path is from it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, fields
from typing import Any, TextIO


@dataclass(frozen=True)
class Row:
    """One path's figure. ``now`` and ``floor`` are in ``unit`` at statistic ``stat``.

    ``budget`` is DESIGN.md's bound on ``now``; ``ratio_goal`` bounds now / floor.
    For rates (``higher_is_better``) the budget is a minimum and the ratio is
    floor / now, so a ratio is always "how many times slower than the floor".
    """

    path: str
    stat: str
    now: float
    unit: str = "ms"
    budget: float | None = None
    floor: float | None = None
    ratio_goal: float | None = None
    higher_is_better: bool = False
    floor_is: str = ""  # what the floor is, for the reader of the JSON
    #: The 1-minute load average when the row was taken: on a shared machine a figure
    #: is read beside it (run_all.py fills it in for benches that do not).
    load: float | None = None

    @property
    def ratio(self) -> float | None:
        if not self.floor or not self.now:
            return None
        return self.floor / self.now if self.higher_is_better else self.now / self.floor

    @property
    def verdict(self) -> str:
        """OK or OVER against the budget and the ratio goal; "-" when neither is set."""
        if self.budget is None and self.ratio_goal is None:
            return "-"
        over = False
        if self.budget is not None:
            over = self.now < self.budget if self.higher_is_better else self.now > self.budget
        ratio = self.ratio
        if self.ratio_goal is not None and ratio is not None and ratio > self.ratio_goal:
            over = True
        return "OVER" if over else "OK"

    def emit(self, out: TextIO | None = None) -> None:
        """Print this row as the JSON line run_all.py collects."""
        stream = out or sys.stdout
        stream.write(json.dumps({"row": asdict(self)}) + "\n")
        stream.flush()

    @classmethod
    def from_line(cls, line: str) -> Row | None:
        """The row a bench printed on ``line``, or None for any other line."""
        if not line.startswith('{"row"'):
            return None
        try:
            data: dict[str, Any] = json.loads(line)["row"]
        except (ValueError, KeyError, TypeError):
            return None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def _budget(row: Row) -> str:
    parts = []
    if row.budget is not None:
        parts.append(("≥ " if row.higher_is_better else "≤ ") + _figure(row.budget, row.unit))
    if row.ratio_goal is not None:
        parts.append(f"≤ {row.ratio_goal:g}x floor")
    return ", ".join(parts) or "-"


def render(rows: list[Row]) -> str:
    """The table as text, one line per row, columns aligned."""
    head = ("path", "stat", "budget", "now", "floor", "ratio", "load", "")
    body = [(r.path, r.stat, _budget(r), _figure(r.now, r.unit), _figure(r.floor, r.unit),
             "-" if r.ratio is None else f"{r.ratio:.2f}x",
             "-" if r.load is None else f"{r.load:.1f}", r.verdict) for r in rows]
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    lines = []
    for n, line in enumerate([head, *body]):
        cells = [line[0].ljust(widths[0]), line[1].ljust(widths[1]), line[2].ljust(widths[2]),
                 *(cell.rjust(w) for cell, w in zip(line[3:7], widths[3:7], strict=True)),
                 line[7]]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)
