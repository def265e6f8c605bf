"""The hub's database: a URL (SQLite file by default, PostgreSQL in production)."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from omnipos.hub.store.models import FeedState

log = logging.getLogger(__name__)

ENV_DB = "OMNIPOS_HUB_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


def default_url() -> str:
    """``OMNIPOS_HUB_DB`` or a SQLite file in the user data dir."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    from platformdirs import user_data_dir

    path = Path(user_data_dir("omnipos-hub", appauthor=False)) / "hub.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The stdlib driver opens transactions lazily; take the write lock at BEGIN
    # so two writers never deadlock on a read->write upgrade.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA cache_size=-65536")
    # Fewer, larger checkpoints: each one fsyncs, and pushes commit many small transactions.
    cur.execute("PRAGMA wal_autocheckpoint=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN; readers begin deferred and run beside them (WAL).
    options = conn.get_execution_options()
    if options.get("hub_write"):
        # A "deferred durability" writer commits without fsync; the caller makes the
        # batch durable with HubDB.sync_barrier() before it acknowledges anything.
        mode = "NORMAL" if options.get("hub_deferred") else "FULL"
        info = conn.connection.info
        if info.get("synchronous") != mode:
            conn.exec_driver_sql(f"PRAGMA synchronous={mode}")
            info["synchronous"] = mode
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


#: Connections the hot pool keeps open: one for each of the API's push threads
#: (api/app.py's PUSH_THREADS, 20) and a few for other requests' token and feed reads. Past
#: what a pool keeps, each connection is opened and closed for one request: a PostgreSQL
#: backend started and ended per push.
HOT_POOL_SIZE = 24


class ConnectionLost(Exception):
    """The database connection broke (PostgreSQL restarted, or the network went): nothing of
    the transaction was kept, the pool was emptied, and the request can be made again."""


def make_engine(url: str, *, pre_ping: bool = True, pool_size: int = 10) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=20, pool_pre_ping=pre_ping)


def _lost(conn: Connection, exc: BaseException) -> bool:
    """Whether ``exc`` on ``conn`` means the connection itself is gone."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True  # SQLAlchemy's own statements: it saw the disconnect
    try:
        driver = conn.connection.driver_connection
    except DBAPIError:
        return True
    return bool(getattr(driver, "closed", False) or getattr(driver, "broken", False))


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def migrate(engine: Engine) -> None:
    """Upgrade the hub database to the newest revision and make sure the feed row exists."""
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        raw = conn.connection.driver_connection
        if sqlite:
            # A batch migration rebuilds a table SQLite cannot alter: with foreign keys on,
            # dropping the old copy of a table others point at (stores) fails. Checked after.
            raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise RuntimeError(f"migration left broken foreign keys: {bad[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    with Session(engine) as session, session.begin():
        if session.get(FeedState, 1) is None:
            session.add(FeedState(id=1, last_seq=0, horizon=0, feed_id=str(uuid.uuid4())))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


@dataclass
class HubDB:
    """Engine plus session factory; ``transaction()`` commits or rolls back."""

    engine: Engine
    #: The bare connections of the hot paths (``raw_transaction``, ``raw_read``: every
    #: push), on PostgreSQL a pool of their own without pool_pre_ping: the ping was a round
    #: trip at every check-out, three per push. A connection that broke (a restart) is found
    #: by the statement that uses it: ConnectionLost, that pool emptied, and the push tried
    #: once more on a new connection (api/app.py). On SQLite ``engine`` itself.
    hot_engine: Engine
    #: Reads of the hot paths: on PostgreSQL outside any transaction (autocommit), one
    #: round trip per statement instead of three; under READ COMMITTED each statement saw
    #: a snapshot of its own inside a transaction too. On SQLite a transaction (one snapshot).
    read_engine: Engine
    writer: sessionmaker[Session]
    reader: sessionmaker[Session]
    deferred_writer: sessionmaker[Session]
    _engines: dict[bool, Engine] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _barrier: threading.Lock = field(default_factory=threading.Lock)
    _written: int = 0  # deferred commits made by this process
    _synced: int = 0  # of which made durable by a barrier

    def _write_lock(self) -> AbstractContextManager[object]:
        # SQLite has one writer at a time; queueing writers of this process on a lock
        # is fairer and far cheaper than SQLite's sleeping busy handler.
        return self._lock if self.engine.dialect.name == "sqlite" else nullcontext()

    @contextmanager
    def transaction(self, *, deferred: bool = False) -> Iterator[Session]:
        """A write transaction. ``deferred``: on SQLite, commit without fsync; call
        ``sync_barrier()`` before acknowledging what it wrote (PostgreSQL ignores it)."""
        factory = self.deferred_writer if deferred else self.writer
        with self._write_lock():
            with factory() as session, session.begin():
                yield session
            if deferred:
                self._written += 1

    @contextmanager
    def raw_transaction(self, *, deferred: bool = True) -> Iterator[Connection]:
        """A write transaction on a bare connection (no ORM session), for hot paths."""
        engine = self._engines.get(deferred)
        if engine is None:
            engine = self.hot_engine.execution_options(hub_write=True, hub_deferred=deferred)
            self._engines[deferred] = engine
        with self._write_lock():
            with self._checked(engine) as conn, conn.begin():
                yield conn
            if deferred:
                self._written += 1

    @contextmanager
    def _checked(self, engine: Engine) -> Iterator[Connection]:
        """A connection of the pool; ConnectionLost (and the pool emptied) if it broke."""
        with engine.connect() as conn:
            try:
                yield conn
            except Exception as exc:
                if engine.dialect.name == "sqlite" or not _lost(conn, exc):
                    raise
                conn.invalidate()
                # The others were opened before the same restart: let none be handed out.
                self.hot_engine.dispose()
                log.warning("the database connection was lost: %s", exc)
                raise ConnectionLost(str(exc)) from exc

    def sync_barrier(self) -> None:
        """Make every deferred commit so far durable (one fsync of SQLite's WAL)."""
        if self.engine.dialect.name != "sqlite":
            return
        target = self._written
        with self._barrier:
            # Group commit: a barrier that ran while we waited may already cover us.
            if self._synced >= target:
                return
            covered = self._written
            self._full_commit()
            self._synced = max(self._synced, covered)

    def _full_commit(self) -> None:
        with self.transaction() as s:
            # A real write, committed with synchronous=FULL, fsyncs the WAL file and
            # with it every frame appended before it.
            s.execute(update(FeedState).where(FeedState.id == 1)
                      .values(horizon=FeedState.horizon))

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as session, session.begin():
            yield session

    @contextmanager
    def raw_read(self) -> Iterator[Connection]:
        """A read on a bare connection (no ORM session), for hot paths: every request's
        token look-up, the feed page of every push (``read_engine``)."""
        with self._checked(self.read_engine) as conn, conn.begin():
            yield conn

    def feed_id(self) -> str:
        with self.read() as s:
            return str(s.scalar(select(FeedState.feed_id).where(FeedState.id == 1)))

    def close(self) -> None:
        self.engine.dispose()
        self.hot_engine.dispose()


def open_hub_db(url: str | None = None, *, migrate_db: bool = True) -> HubDB:
    engine = make_engine(url or default_url())
    if migrate_db:
        migrate(engine)
    sqlite = engine.dialect.name == "sqlite"
    hot = engine if sqlite else make_engine(engine.url.render_as_string(hide_password=False),
                                            pre_ping=False, pool_size=HOT_POOL_SIZE)
    return HubDB(
        engine=engine,
        hot_engine=hot,
        read_engine=hot if sqlite else hot.execution_options(isolation_level="AUTOCOMMIT"),
        writer=sessionmaker(engine.execution_options(hub_write=True), expire_on_commit=False),
        reader=sessionmaker(engine, expire_on_commit=False),
        deferred_writer=sessionmaker(
            engine.execution_options(hub_write=True, hub_deferred=True), expire_on_commit=False
        ),
    )
