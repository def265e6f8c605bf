"""The printable count sheet (``devices.templates``' count sheet) and the CSV of variances."""

from __future__ import annotations

import csv
import io

from omnipos.devices.documents import CountSheet, CountSheetLine
from omnipos.domain.counts import AreaState, sees_expected
from omnipos.domain.money import from_minor
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import quantity_text
from omnipos.services.counts.submit import Submitting

__all__ = ["Sheets"]


class Sheets(Submitting):
    def count_sheet(self, session_id: str, area: str, *, actor: Actor | None = None
                    ) -> CountSheet:
        """What to count (to fill in by hand), with what is counted so far; expected only
        where the viewer may see it."""
        now = self._clock()
        with self.db.read() as s:
            row = self._session(s, session_id)
            here = self._area(s, session_id, area)
            visible = sees_expected(row.show_expected_to or (), actor.role if actor else None,
                                    reviewing=here.state != AreaState.COUNTING.value)
            lines = self.full_lines(s, row, here, here.closed_at or now)
            return CountSheet(
                count_no=row.number, store_name=self.store.name, created_at=row.created_at,
                title=f"{row.title}" + (f" - {area}" if area else ""),
                counted_by=here.counted_by,
                lines=tuple(CountSheetLine(
                    sku=ln.row.sku, name=ln.row.name, location=row.location,
                    expected=quantity_text(ln.expected) if visible else "",
                    counted=quantity_text(ln.row.counted) if ln.row.counted_at else "")
                    for ln in lines))

    def variances_csv(self, session_id: str, area: str, *, actor: Actor | None = None) -> str:
        """The review as CSV: one line per item with counted, expected, variance and value."""
        review = self.review_now(session_id, area, actor=actor)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["count", "area", "sku", "name", "counted", "counted_at", "expected",
                    "variance", f"value_{review.currency}", "flagged", "recounted", "reason"])
        for ln in review.lines:
            w.writerow([
                review.number, review.area, ln.sku, ln.name, quantity_text(ln.counted),
                ln.counted_at.isoformat() if ln.counted_at else "",
                "" if ln.expected is None else quantity_text(ln.expected),
                "" if ln.variance is None else quantity_text(ln.variance),
                "" if ln.value_minor is None else str(from_minor(ln.value_minor,
                                                                 review.currency)),
                "yes" if ln.flagged else "", "yes" if ln.recounted else "",
                ln.reason.value if ln.reason else ""])
        for u in review.unknown:
            w.writerow([review.number, review.area, "", f"unknown code {u.code}", u.scans, "",
                        "", "", "", "", "", ""])
        return out.getvalue()
