"""The till's SQLite database: connection set-up, transactions, migrations.

Every connection runs in WAL mode with ``synchronous=FULL`` so that a sale the
till confirmed survives a power cut, enforces foreign keys and waits on a busy
lock instead of failing. The sqlite3 driver's own transaction handling is
switched off and SQLAlchemy's ``begin`` issues the BEGIN itself: writers take
the lock up front (``BEGIN IMMEDIATE``) so two writers never deadlock halfway
through, readers use a plain deferred BEGIN. The write transactions of a Database run
one at a time on one kept connection, each session joined to the connection's transaction
(the hot paths run their statements on the driver: db/rows.py).

One kind of write may commit without waiting for the disk (``Durability.SOON``): the
open sale kept with every scan, before any tender is taken on it. It survives the
till's process being killed at once, and a power cut once the checkpointer has
fsynced it, at most ``checkpoints.LAG_S`` later (see docs/architecture.md). WAL
checkpoints run on the checkpointer's thread, not inside a commit.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from omnipos.db import migrations as _migrate
from omnipos.db.catalog import restore_search_index, search_index_deferred
from omnipos.db.checkpoints import Checkpointer
from omnipos.db.rows import DRIVER_INFO, DriverTransaction
from omnipos.domain.errors import StateError

__all__ = ["DB_FILENAME", "Database", "DbCheck", "Durability", "database_path", "open_database"]

log = logging.getLogger(__name__)

DB_FILENAME = "omnipos.sqlite3"
BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "omnipos_begin"
_SYNC_OPTION = "omnipos_synchronous"
# The checkpointer copies the WAL into the file; SQLite's own checkpoint, inside the
# commit that crosses this many pages (32 MB), is only the backstop should it fall behind.
WAL_BACKSTOP_PAGES = 8192
# A WAL that grew past this is cut back after a checkpoint. Above the backstop's size: a WAL cut
# below what the till's writes keep filling grows again commit by commit, and a commit that
# extends the file waits for its size to reach the disk as well (about twice a commit's fsync).
WAL_KEEP_BYTES = 64 * 1024 * 1024


class Durability(StrEnum):
    """When a write transaction's commit is on disk (the value: its ``PRAGMA synchronous``)."""

    ON_COMMIT = "FULL"  # fsynced before the commit returns: survives a power cut at once
    SOON = "NORMAL"  # in the OS at once (a killed process loses nothing), fsynced by the
    # checkpointer at the next quiet moment, at most checkpoints.LAG_S later


def database_path(data_dir: Path) -> Path:
    """Where the till database lives inside a data directory."""
    return Path(data_dir) / DB_FILENAME


@dataclass(frozen=True, slots=True)
class DbCheck:
    """Result of ``Database.check()``: integrity and schema revision."""

    integrity: list[str]
    foreign_keys: list[str]
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_BACKSTOP_PAGES}")
        cur.execute(f"PRAGMA journal_size_limit = {WAL_KEEP_BYTES}")
        cur.execute("PRAGMA foreign_keys = ON")
    finally:
        cur.close()


def _on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    # The level is the connection's until changed: each transaction sets the one it wants.
    wanted = options.get(_SYNC_OPTION, Durability.ON_COMMIT)
    info = conn.connection.info
    # On the driver: every transaction begins here, and a statement through SQLAlchemy
    # costs several times SQLite's BEGIN (see db/rows.py); errors come back as SQLAlchemy's.
    driver = conn.connection.driver_connection
    sql = f"BEGIN {options.get(_BEGIN_OPTION, 'DEFERRED')}"
    try:
        if info.get(_SYNC_OPTION, Durability.ON_COMMIT) != wanted:
            driver.execute(f"PRAGMA synchronous = {wanted}")
            info[_SYNC_OPTION] = wanted
        driver.execute(sql)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, (), exc, sqlite3.Error) from exc


def make_engine(path: Path) -> Engine:
    """A SQLAlchemy engine for the SQLite file at ``path`` with the till's pragmas."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # Statement parameters hold badges and scanned codes: never in a log or an error text.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """The till database: a file, an engine and the two kinds of session."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        info = {"omnipos_db": self}
        self._write_options = {
            durability: {_BEGIN_OPTION: "IMMEDIATE", _SYNC_OPTION: durability}
            for durability in Durability}
        # One write transaction at a time (SQLite has one write lock per file): the connection
        # that writes is kept between transactions, one thread at a time (see _writer).
        self._writer: Connection | None = None
        self._writer_lock = threading.Lock()
        self._writer_thread: int | None = None
        self.checkpoints = Checkpointer(path, BUSY_TIMEOUT_MS)
        self._read_sessions = sessionmaker(engine, expire_on_commit=False, info=info)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    def lookup_connection(self) -> sqlite3.Connection:
        """This thread's plain sqlite3 connection for single-statement look-ups.

        The scan path runs one indexed SELECT; going through a SQLAlchemy
        session costs ten times the query itself, so repositories use this
        connection when their session has not started a transaction yet. It
        is in autocommit mode: each statement reads one consistent snapshot
        and holds no lock afterwards (callers must fetch all rows).
        """
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, check_same_thread=False,
                                  timeout=BUSY_TIMEOUT_MS / 1000)
            _on_connect(con, None)
            con.execute("PRAGMA query_only = ON")
            self._local.con = con
            with self._readers_lock:
                self._readers.append(con)
        return con

    @contextmanager
    def transaction(self, durability: Durability = Durability.ON_COMMIT) -> Iterator[Session]:
        """A session in one write transaction: commits on success, rolls back on error.

        The transaction starts with ``BEGIN IMMEDIATE``, so the write lock is
        taken before anything is read and a concurrent writer waits (up to the
        busy timeout) instead of failing at commit. The commit is on disk when
        it returns unless ``durability`` says SOON (see the module's docstring).
        """
        with self._writer_for(durability) as conn:
            transaction = conn.begin()  # BEGIN IMMEDIATE now, not lazily at the first write
            # The session joins the connection's transaction and begins nothing of its own until
            # the ORM is used: a sale runs its statements on the driver (db/rows.py), and the
            # session's own transaction cost several times SQLite's BEGIN and COMMIT together.
            session = Session(bind=conn, join_transaction_mode="rollback_only",
                              expire_on_commit=False, info={
                                  "omnipos_db": self, DRIVER_INFO: DriverTransaction(
                                      conn.connection.driver_connection, conn.dialect)})
            try:
                yield session
                if session.in_transaction():
                    session.commit()  # the ORM's flush; the commit is the connection's
                transaction.commit()
            except BaseException:
                session.rollback()
                if transaction.is_active:
                    transaction.rollback()
                raise
            finally:
                session.close()
        self.checkpoints.wrote()

    @contextmanager
    def _writer_for(self, durability: Durability) -> Iterator[Connection]:
        """The kept write connection, set for ``durability``, while this thread writes.

        Checking a connection out of the pool and back per transaction cost as much as the
        rest of SQLAlchemy's part of a sale. Another thread's writer waits for this one here,
        as it would for SQLite's lock. A write transaction begun inside this thread's own
        (or after the busy timeout) gets a pooled connection: its BEGIN IMMEDIATE waits for
        the lock and fails as any other writer's.
        """
        me = threading.get_ident()
        if self._writer_thread == me or not self._writer_lock.acquire(
                timeout=BUSY_TIMEOUT_MS / 1000):
            with self.engine.connect() as conn:
                yield conn.execution_options(**self._write_options[durability])
            return
        self._writer_thread = me
        kept = self._writer
        try:
            if kept is None or kept.closed or kept.invalidated:
                kept = self._writer = self.engine.connect()
            yield kept.execution_options(**self._write_options[durability])
        finally:
            if kept is not None and (kept.in_transaction() or kept.invalidated):
                kept.close()  # broken, or its rollback failed: the next writer starts afresh
                self._writer = None
            self._writer_thread = None
            self._writer_lock.release()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for look-ups; whatever it did is rolled back at the end."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def revision(self) -> str | None:
        """The Alembic revision the file is at, or None for an empty file."""
        with self.engine.connect() as conn:
            return _migrate.current_revision(conn)

    def head(self) -> str:
        """The newest revision this version of OmniPOS knows."""
        return _migrate.head_revision()

    def needs_upgrade(self) -> bool:
        """True when the file is behind the code's head revision."""
        return self.revision() != self.head()

    def upgrade(self, *, backup: bool = True) -> Path | None:
        """Bring the schema to head; copy an existing, older file aside first.

        Returns the backup's path, or None when nothing had to be backed up.
        """
        current = self.revision()
        head = self.head()
        if current == head:
            return None
        if current is not None and current not in _migrate.known_revisions():
            raise StateError(
                f"the database {self.path} is at schema revision {current}, which this version "
                "of OmniPOS does not know (made by a newer version?); install that version"
            )
        copy = None
        if backup and current is not None:
            copy = self.backup(reason=f"pre-upgrade-{current}")
        log.info("upgrading %s from %s to %s", self.path, current, head)
        _migrate.upgrade(self.engine, head)
        return copy

    def finish_search_index(self) -> bool:
        """Rebuild the search index if a first catalog load left it deferred (stopped halfway:
        the pull failed, or the till was killed mid-snapshot); True when it did. A read
        first, so that the usual case writes nothing."""
        with self.read() as s:
            deferred = search_index_deferred(s)
        if not deferred:
            return False
        with self.transaction() as s:
            return restore_search_index(s)

    def backup(self, dest: Path | None = None, *, reason: str = "backup") -> Path:
        """Copy the live database (WAL included) with sqlite3's online backup API."""
        if dest is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            folder = self.path.parent / "backups"
            folder.mkdir(parents=True, exist_ok=True)
            dest = folder / f"{self.path.stem}-{stamp}-{reason}{self.path.suffix}"
        src = sqlite3.connect(self.path)
        dst = sqlite3.connect(dest)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        log.info("database copied to %s", dest)
        return dest

    def check(self) -> DbCheck:
        """Run ``PRAGMA integrity_check`` and ``foreign_key_check`` and compare revisions."""
        with self.engine.connect() as conn:
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            fks = [
                f"{row[0]} row {row[1]} -> {row[2]}"
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            revision = _migrate.current_revision(conn)
            search_index = self._check_search_index(conn) if revision else None
        head = self.head()
        problems = [] if integrity == ["ok"] else [f"integrity: {msg}" for msg in integrity]
        problems += [f"foreign key: {msg}" for msg in fks]
        if search_index:
            problems.append(search_index)
        if revision != head:
            problems.append(f"schema revision is {revision or 'none'}, expected {head}")
        return DbCheck(integrity, fks, revision, head, problems)

    @staticmethod
    def _check_search_index(conn: Any) -> str | None:
        try:
            conn.exec_driver_sql("INSERT INTO product_fts(product_fts) VALUES ('integrity-check')")
        except DBAPIError as exc:
            return f"product search index: {exc.orig} (repair: omnipos db reindex)"
        # SQLite before 3.44 does not compare an external-content index with its
        # table; one docsize row per indexed product catches rows gone missing.
        indexed = conn.exec_driver_sql("SELECT count(*) FROM product_fts_docsize").scalar()
        products = conn.exec_driver_sql("SELECT count(*) FROM products").scalar()
        if indexed != products:
            return (f"product search index holds {indexed} products, the catalog {products}"
                    " (repair: omnipos db reindex)")
        return None

    def rebuild_search_index(self) -> None:
        """Rebuild the FTS5 product index from the products table."""
        with self.transaction() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO product_fts(product_fts) VALUES ('rebuild')"
            )

    def close(self) -> None:
        """Checkpoint what is left in the WAL, release every pooled and look-up connection."""
        self.checkpoints.close()
        # A writer still at work (another thread) finishes first; one stuck past the busy
        # timeout is left to the engine's disposal.
        if self._writer_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            try:
                writer, self._writer = self._writer, None
                if writer is not None:
                    writer.close()
            finally:
                self._writer_lock.release()
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for con in readers:
            con.close()
        self._local = threading.local()
        self.engine.dispose()


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the till database at ``path``.

    With ``migrate`` the schema is brought to head at once; an existing file at
    an older revision is first copied to ``backups/`` beside it. A first
    catalog load stopped halfway (the till killed mid-snapshot) left the search
    index deferred: it is rebuilt here, before anyone can search.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path, make_engine(path))
    if migrate:
        try:
            db.upgrade()
            db.finish_search_index()
        except BaseException:
            db.close()
            raise
    return db
