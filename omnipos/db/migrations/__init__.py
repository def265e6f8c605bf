"""Alembic migrations of the till database, shipped inside the package.

The Alembic ``Config`` is built in code (no ``alembic.ini`` on disk), so an
installed till can upgrade its own database at start-up.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData

__all__ = ["FTS_PREFIX", "alembic_config", "current_revision", "head_revision", "include_name", "upgrade"]

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parent
# Objects that migrations manage by hand and autogenerate must leave alone.
FTS_PREFIX = "product_fts"
# Modules whose tables share omnipos.db.models.Base; all of them make up the schema.
MODEL_MODULES = ("omnipos.db.models", "omnipos.db.models_staff")


def target_metadata() -> MetaData:
    """The metadata of every till model module (what migrations must produce)."""
    from omnipos.db.models import Base

    for name in MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a module listed before it has landed
            if exc.name != name:
                raise
            log.debug("model module %s not present", name)
    return Base.metadata


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """Keep the FTS5 table and its shadow tables out of autogenerate comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at this folder, optionally bound to a connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision in ``versions/``."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships 0001
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    """Every revision this version of OmniPOS can upgrade from."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database, or None for an empty file."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the database to ``target`` in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's documented
    procedure for schema changes; otherwise dropping a parent table in batch
    mode would cascade) and ``foreign_key_check`` must be clean before commit.
    """
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, so it applies
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), target)
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"migration left broken foreign keys: {bad[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
