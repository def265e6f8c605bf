"""Pulling the hub's feed into the till: each page and its cursor in ONE transaction.

Each change goes to its kind's applier (``omnipos.sync.appliers``); catalog
changes end in ``omnipos.db.catalog.upsert_products`` (the same path as the
CSV import). A 410 means the cursor is too old for the hub: the
till forgets it and takes a snapshot (a pull from the start).

A snapshot into an empty catalog (a new till's first pull: a million products)
loads its pages without keeping the search index in step and rebuilds it once,
in the transaction of the last page (``catalog.defer_search_index``). If the
pull stops halfway the index is rebuilt at once (or, the till killed, when the
database is next opened), so search never misses a product it holds.

A push may bring a page too (``feed_cursor``: the changes after the till's
cursor come back with the push's answer); it is stored the same way
(``store_page``), and the pull is left out when the hub said nothing more waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from omnipos.db.catalog import defer_search_index, product_count, restore_search_index
from omnipos.db.engine import Database
from omnipos.sync.appliers import apply_page
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.state import CURSOR, get_state, set_state
from omnipos.sync.wire import PullResponse

log = logging.getLogger(__name__)

DEFAULT_PAGE = 5000

Progress = Callable[[int, bool], None]  # (changes applied so far, more to come)


@dataclass
class PullReport:
    pages: int = 0
    changes: int = 0
    products: int = 0
    snapshot: bool = False


def pull_all(db: Database, client: HubClient, *, limit: int = DEFAULT_PAGE,
             progress: Progress | None = None) -> PullReport:
    """Pull pages until the hub has no more."""
    report = PullReport()
    try:
        while True:
            cursor = feed_cursor(db)
            try:
                page = client.pull(cursor, limit)
            except SyncError as exc:
                if exc.kind is SyncErrorKind.GONE and cursor:
                    log.warning("feed cursor too old for the hub: taking a snapshot")
                    with db.transaction() as s:
                        set_state(s, CURSOR, None)
                    report.snapshot = True
                    continue
                raise
            store_page(db, page, report, progress, first=cursor is None)
            if not page.has_more:
                return report
    except BaseException:
        _restore_index(db)
        raise


def _restore_index(db: Database) -> None:
    """A snapshot stopped halfway: index what it loaded so far (the rest comes with the
    index kept row by row)."""
    try:
        db.finish_search_index()
    except Exception:  # the pull's own error matters more; the next start rebuilds it
        log.exception("could not rebuild the search index after a pull stopped")


def feed_cursor(db: Database) -> str | None:
    """The till's cursor in the hub's feed (None before its first pull)."""
    with db.read() as s:
        cursor = get_state(s, CURSOR)
    return str(cursor) if cursor else None


def store_page(db: Database, page: PullResponse, report: PullReport,
               progress: Progress | None = None, *, first: bool = False) -> None:
    """Apply a page of the feed and keep its cursor, in one transaction.

    ``first``: the page starts a snapshot. Into an empty catalog its products,
    and those of the pages after it, load with the search index deferred; the
    page with nothing more after it rebuilds the index.
    """
    with db.transaction() as s:
        if first and page.has_more and product_count(s) == 0:
            defer_search_index(s)
        report.products += apply_page(s, page.changes)
        set_state(s, CURSOR, page.next_cursor)
        if not page.has_more:
            restore_search_index(s)
    report.pages += 1
    report.changes += len(page.changes)
    if progress is not None:
        progress(report.changes, page.has_more)
