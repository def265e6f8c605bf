"""The Counts screen's review and what goes with it (a ``CountsController`` part): recount a
line, give a variance's reason, match an unknown code, start a count, submit with a manager's
approval, print the count sheet, export the variances as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from omnipos.domain.counts import CountKind
from omnipos.domain.errors import plural
from omnipos.domain.permissions import Action, ManagerOverride
from omnipos.services.counts import CountSubmitted, Review, SessionInfo
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.counts.count_dialogs import (
    AreaDialog,
    MatchDialog,
    NewCount,
    NewCountDialog,
    ReasonDialog,
)
from omnipos.ui.counts.count_models import Mode
from omnipos.ui.i18n import said, translate


class ReviewActions:
    """The review's keys (F4, F5, F8, F12 in review; F6, Ctrl+E; F5 and F8 on the list)."""

    # Set by CountsController.
    view: Any
    session: SessionInfo | None
    sessions: list[SessionInfo]
    review: Review | None
    area: str
    dialog: Any
    changed: Any
    _svc: Any
    _runner: Any
    _printer: Any
    _approvals: Any
    _export_dir: Path
    _who: Callable[[], Any]
    _say: Callable[..., None]
    show_error: Callable[[BaseException], None]
    _show_mode: Callable[[Mode], None]
    _title: Callable[[], str]
    _set_progress: Callable[[int, int | None], None]
    _open: Callable[..., None]
    refresh: Callable[[], None]

    # -- review ----------------------------------------------------------------------------

    def _open_review(self) -> None:
        if self.session is None:
            return
        sid, area, actor = self.session.session_id, self.area, self._who()
        self._runner.run_db(lambda: self._svc.review(sid, area, actor=actor),
                            self._show_review, self.show_error)

    def _show_review(self, review: Review) -> None:
        self.review = review
        self.view.review_model.set_review(review)
        hidden = not review.shows_expected
        for col in (3, 4, 5):
            self.view.review.setColumnHidden(col, hidden)
        self._show_mode(Mode.REVIEW)
        self.view.select_row(0)
        counted = review.counted_items
        self._set_progress(counted, self.session.items if self.session else None)
        parts = [translate("Counts", "Review of {number}: {counted} items counted").format(
            number=review.number, counted=counted)]
        if review.shows_expected:
            value = formatting.money_with_code(review.variance_value_minor, review.currency)
            parts.append(translate("Counts", "variance {amount}").format(amount=value))
        else:
            parts.append(
                translate("Counts", "blind count: expected quantities show to the manager"))
        if review.flagged:
            parts.append(said(plural("{count} line to recount (F5)",
                                     "{count} lines to recount (F5)", "count"),
                              count=review.flagged))
        if review.unknown:
            parts.append(said(plural("{count} unknown code: F8 matches it",
                                     "{count} unknown codes: F8 matches them", "count"),
                              count=len(review.unknown)))
        self.view.title.setText(" · ".join(parts))

    def _selected_review_line(self) -> Any:
        return self.view.review_model.row_at(self.view.selected_row())

    def area_or_recount(self) -> None:
        """F5: the list: count one area of the selected count; review: recount a line."""
        if self.mode is Mode.LIST:
            row = self.view.selected_row()
            if not 0 <= row < len(self.sessions):
                return
            dialog = AreaDialog(self.sessions[row].number, self.view)
            self.dialog = dialog
            dialog.submitted.connect(lambda area: self._open(row, area))
            dialog.open()
            return
        if self.mode is not Mode.REVIEW or self.session is None:
            return
        line = self._selected_review_line()
        if line is None:
            return
        sid, area, actor, sku = self.session.session_id, self.area, self._who(), line.sku

        def done(_r: object) -> None:
            self.view.lines_model.without(sku)
            self._show_mode(Mode.COUNTING)
            self.view.title.setText(self._title())
            self.view.last.setText(translate("Counts", "Recount: {name}. Scan every one "
                                                       "of it again.").format(name=line.name))

        self._runner.run_db(lambda: self._svc.recount(sid, area, sku, actor=actor), done,
                            self.show_error)

    def _reason(self) -> None:
        line = self._selected_review_line()
        if line is None or self.session is None:
            return
        dialog = ReasonDialog(line, self.view)
        self.dialog = dialog
        sid, area = self.session.session_id, self.area

        def chosen(reason: Any) -> None:
            self._runner.run_db(lambda: self._svc.set_reason(sid, area, line.sku, reason),
                                lambda _r: self._open_review(), self.show_error)

        dialog.submitted.connect(chosen)
        dialog.open()

    def new_or_match(self) -> None:
        """F8: the list: start a count (a manager); review: match an unknown code."""
        if self.mode is Mode.LIST:
            dialog = NewCountDialog(self.view)
            self.dialog = dialog
            dialog.submitted.connect(self._start)
            dialog.open()
        elif self.mode is Mode.REVIEW and self.review is not None and self.session is not None:
            if not self.review.unknown:
                self._say(translate("Counts", "No unknown code in this count."), Level.INFO)
                return
            dialog = MatchDialog([(u.code, u.scans) for u in self.review.unknown], self.view)
            self.dialog = dialog
            sid, area = self.session.session_id, self.area

            def chosen(pair: tuple[str, str]) -> None:
                code, sku = pair
                actor = self._who()

                def job() -> Review:
                    self._svc.back_to_counting(sid, area)
                    self._svc.match(sid, area, code, sku, actor=actor)
                    return self._svc.review(sid, area, actor=actor)

                self._runner.run_db(job, self._show_review, self.show_error)

            dialog.submitted.connect(chosen)
            dialog.open()

    def _start(self, new: NewCount) -> None:
        svc, actor = self._svc, self._who()

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(
                lambda: svc.start(kind=new.kind, title=new.title, skus=new.skus,
                                  category=new.category, location=new.location, due=new.due,
                                  blind=new.blind, actor=actor, override=ok),
                self._started, failed)

        self._run_checked(Action.START_COUNT, start)

    def _started(self, info: SessionInfo) -> None:
        started = (translate("Counts", "Full count {number} started: Enter to count it.")
                   if info.kind is CountKind.FULL else
                   translate("Counts", "Count {number} started: Enter to count it."))
        self._say(started.format(number=info.number), Level.SUCCESS)
        self.changed.emit(info)
        self.refresh()

    def _run_checked(self, action: Action, start: Any) -> None:
        if self._approvals is None:
            start(None, self.show_error)
        else:
            self._approvals.run(action, start, self.show_error, parent=self.view)

    def submit(self) -> None:
        """F12 in review: a manager approves; the count goes to the hub (queued offline)."""
        if self.session is None or self.review is None:
            return
        sid, area, svc, actor = self.session.session_id, self.area, self._svc, self._who()

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(lambda: svc.submit(sid, area, actor=actor, override=ok),
                                self._submitted, failed)

        self._run_checked(Action.APPROVE_COUNT, start)

    def _submitted(self, done: CountSubmitted) -> None:
        value = formatting.money_with_code(done.variance_value_minor, self._svc.store.currency)
        self._say(said(plural("Count {number} approved and sent: {lines}, {count} corrected "
                              "({amount}).",
                              "Count {number} approved and sent: {lines}, {count} corrected "
                              "({amount}).", "count"),
                       number=done.number, lines=formatting.lines(done.lines),
                       count=len(done.moved_skus), amount=value),
                  Level.SUCCESS)
        self.changed.emit(done)
        self.session, self.review = None, None
        self._show_mode(Mode.LIST)
        self.refresh()

    # -- the sheet and the export ---------------------------------------------------------

    def _current(self) -> tuple[str, str] | None:
        if self.mode is Mode.LIST:
            row = self.view.selected_row()
            if not 0 <= row < len(self.sessions):
                return None
            info = self.sessions[row]
            return info.session_id, info.area if info.area_state is not None else ""
        assert self.session is not None
        return self.session.session_id, self.area

    def print_sheet(self) -> None:
        """F6: the count sheet (what to count; counted so far)."""
        current = self._current()
        if current is None:
            return
        sid, area = current
        actor, svc = self._who(), self._svc

        def job() -> Any:
            if self.mode is Mode.LIST:
                svc.open_area(sid, area, actor=actor)  # a sheet is for counting it
            return svc.count_sheet(sid, area, actor=actor)

        def done(sheet: Any) -> None:
            if self._printer.print_document(sheet):
                lines = formatting.lines(len(sheet.lines))
                self._say(translate("Counts", "Count sheet {count_no} printing ({lines}).")
                          .format(count_no=sheet.count_no, lines=lines))

        self._runner.run_db(job, done, self.show_error)

    def export(self) -> None:
        """Ctrl+E: the variances as a CSV file beside the till's data."""
        if self.mode is Mode.LIST or self.session is None:
            return
        sid, area, actor, svc = self.session.session_id, self.area, self._who(), self._svc
        number = self.session.number
        folder = self._export_dir

        def job() -> Path:
            text = svc.variances_csv(sid, area, actor=actor)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"count-{number}{'-' + area if area else ''}.csv".replace(" ", "_")
            path.write_text(text, encoding="utf-8")
            return path

        self._runner.run_db(job, lambda path: self._say(translate(
            "Counts", "Variances saved to {path}.").format(path=path),
                                                        Level.SUCCESS), self.show_error)
