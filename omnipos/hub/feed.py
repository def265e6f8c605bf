"""The pull feed: changes ordered by a server sequence, read with opaque cursors.

Sequence numbers are handed out by bumping the single ``feed_state`` row at
the end of a writing transaction. The row lock it takes is held until commit,
so on PostgreSQL changes become visible in sequence order and a reader can
never skip a change that commits late. Cursors carry the feed's id, so a
cursor from another hub database (or a reset one) is refused with 410.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, delete, exists
from sqlalchemy.orm import Session, aliased

from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import FeedChange, FeedState
from omnipos.hub.store.rawsql import RawSql, dumps
from omnipos.sync.wire import Change, PullResponse

log = logging.getLogger(__name__)


class CursorGone(Exception):
    """The cursor is older than the feed's horizon or from another feed: take a snapshot."""


class CursorInvalid(ValueError):
    """The cursor is not one this hub issued."""


@dataclass(frozen=True)
class PendingChange:
    kind: str
    key: str
    store_code: str | None
    data: dict[str, Any]


_STATE = "SELECT feed_id, horizon FROM feed_state WHERE id = 1"
_PAGE = (
    "SELECT seq, {columns} FROM feed_changes WHERE seq > :after "
    "AND (store_code IS NULL OR store_code = :store) ORDER BY seq LIMIT :n"
)
# (dialect, as one JSON text per change) -> the page's query. The data as stored, never
# parsed; as JSON, each change is written by the database (a push's answer carries up to
# 500 of them, a first pull a million).
_PAGES = {
    ("sqlite", False): _PAGE.format(columns="kind, key, data"),
    ("postgresql", False): _PAGE.format(columns="kind, key, data::text"),
    ("sqlite", True): _PAGE.format(
        columns="json_object('kind', kind, 'key', key, 'data', json(data))"),
    ("postgresql", True): _PAGE.format(
        columns="json_build_object('kind', kind, 'key', key, 'data', data)::text"),
}
_BUMP = "UPDATE feed_state SET last_seq = last_seq + :n WHERE id = 1 RETURNING last_seq"
_INSERT_CHANGE = (
    "INSERT INTO feed_changes (seq, kind, key, store_code, data) "
    "VALUES (:seq, :kind, :key, :store_code, :data)"
)


@dataclass
class FeedBuffer:
    """The feed changes of a transaction that applies many events (``deferred``)."""

    changes: list[PendingChange] = field(default_factory=list)

    def mark(self) -> int:
        return len(self.changes)

    def undo(self, mark: int) -> None:
        """Forget what was added since ``mark`` (its event was rolled back)."""
        del self.changes[mark:]


_BUFFER = "omnipos_feed_buffer"  # key of a deferred transaction's FeedBuffer in Connection.info


@contextmanager
def deferred(conn: Connection) -> Iterator[FeedBuffer]:
    """Within, ``append_changes`` on ``conn`` collects; on leaving without an error the
    changes are appended at once, as the transaction's last write.

    A push applies a batch of events in one transaction: appending each event's changes
    as it goes would take the feed row's lock at the first event and hold it through the
    rest, and other transactions (which lock rows, then the feed last) would wait on it
    or deadlock with it.
    """
    buffer = FeedBuffer()
    conn.info[_BUFFER] = buffer
    try:
        yield buffer
    finally:
        del conn.info[_BUFFER]
    append_changes(conn, buffer.changes)


def append_changes(session: Session | Connection | RawSql,
                   changes: Sequence[PendingChange]) -> int:
    """Add ``changes`` to the feed in this transaction; returns the last sequence used
    (0 inside ``deferred``, which appends them later).

    Call this as the last write of a transaction: it locks the feed row until commit.
    """
    if not changes:
        return 0
    conn = session.connection if isinstance(session, RawSql) else (
        session.connection() if isinstance(session, Session) else session)
    buffer = conn.info.get(_BUFFER)
    if buffer is not None:
        buffer.changes.extend(changes)
        return 0
    sql = session if isinstance(session, RawSql) else RawSql(session)
    last = int(sql.one(_BUMP, {"n": len(changes)}))
    first = last - len(changes) + 1
    sql.many(_INSERT_CHANGE, (
        {"seq": first + i, "kind": c.kind, "key": c.key, "store_code": c.store_code,
         "data": dumps(c.data)}
        for i, c in enumerate(changes)
    ))
    return last


def encode_cursor(feed_id: str, seq: int) -> str:
    raw = json.dumps({"f": feed_id, "s": seq}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        feed_id, seq = data["f"], data["s"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise CursorInvalid("cursor is not one this hub issued") from exc
    if not isinstance(feed_id, str) or not isinstance(seq, int) or seq < 0:
        raise CursorInvalid("cursor is not one this hub issued")
    return feed_id, seq


def _page_rows(db: HubDB, store_code: str, cursor: str | None, limit: int, as_json: bool
               ) -> tuple[str, int, list[tuple[Any, ...]], bool]:
    """(feed id, seq after, rows, has_more); rows of (seq, kind, key, data as JSON text), or
    ``as_json`` of (seq, the change as JSON text)."""
    with db.raw_read() as conn:
        sql = RawSql(conn)
        state = sql.all(_STATE)
        assert state, "the feed's state row is made by migrate()"
        current_id, horizon = str(state[0][0]), int(state[0][1])
        after = 0
        if cursor:
            feed_id, after = decode_cursor(cursor)
            if feed_id != current_id:
                raise CursorGone("cursor belongs to another feed")
            if after < horizon:
                raise CursorGone("cursor is older than the feed's horizon")
        rows = list(sql.all(_PAGES[sql.dialect, as_json],
                            {"after": after, "store": store_code, "n": limit + 1}))
        has_more = len(rows) > limit
        return current_id, after, rows[:limit], has_more


def read_page(db: HubDB, store_code: str, cursor: str | None, limit: int) -> PullResponse:
    """One page of changes for a till of ``store_code`` after ``cursor`` (None: from the start)."""
    feed_id, after, rows, has_more = _page_rows(db, store_code, cursor, limit, False)
    last = rows[-1][0] if rows else after
    changes = [Change(kind=r[1], key=r[2], data=json.loads(r[3])) for r in rows]
    return PullResponse(changes=changes, next_cursor=encode_cursor(feed_id, last),
                        has_more=has_more)


def read_page_json(db: HubDB, store_code: str, cursor: str | None, limit: int) -> bytes:
    """The same page as ``read_page``, as the JSON body itself.

    The stored change data is already JSON text and the database writes each change
    around it; splicing them in avoids decoding and re-encoding a million products on a
    first pull, and 500 changes in each push's answer.
    """
    feed_id, after, rows, has_more = _page_rows(db, store_code, cursor, limit, True)
    last = rows[-1][0] if rows else after
    return (
        '{"changes":[' + ",".join(r[1] for r in rows) + '],"next_cursor":'
        + json.dumps(encode_cursor(feed_id, last)) + ',"has_more":'
        + ("true" if has_more else "false") + "}"
    ).encode("utf-8")


def compact(db: HubDB, upto: int | None = None) -> int:
    """Drop changes superseded by a newer one for the same key, up to ``upto`` (default: all).

    Cursors older than ``upto`` then get 410 and their tills take a snapshot.
    Returns the number of changes removed.
    """
    with db.transaction() as session:
        state = session.get(FeedState, 1, with_for_update=True)
        assert state is not None
        limit = state.last_seq if upto is None else min(upto, state.last_seq)
        newer = aliased(FeedChange)
        result = session.execute(
            delete(FeedChange).where(
                FeedChange.seq <= limit,
                exists().where(
                    and_(
                        newer.kind == FeedChange.kind,
                        newer.key == FeedChange.key,
                        newer.seq > FeedChange.seq,
                    )
                ),
            )
        )
        state.horizon = max(state.horizon, limit)
        removed = int(result.rowcount or 0)  # type: ignore[attr-defined]
    log.info("feed compacted up to %s: %s changes removed", limit, removed)
    return removed
