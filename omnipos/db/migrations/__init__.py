"""Alembic migrations of the till database, shipped inside the package.

The Alembic ``Config`` is built in code (no ``alembic.ini`` on disk), so an
installed till can upgrade its own database at start-up.

Alembic itself is imported only when there is something to migrate: at a
normal start the stamped revision is read with one SELECT and compared with
the head found by reading the ``revision``/``down_revision`` lines of the
files in ``versions/`` (a test keeps that in step with Alembic's own answer).
Importing Alembic costs a few hundred milliseconds of the start-up budget.
"""

from __future__ import annotations

import importlib
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, MetaData

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "FTS_PREFIX", "alembic_config", "current_revision", "head_revision", "include_name", "upgrade",
]

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parent
# Objects that migrations manage by hand and autogenerate must leave alone.
FTS_PREFIX = "product_fts"


def target_metadata() -> MetaData:
    """The metadata of every till model (what migrations must produce).

    The models the package leaves out (``LATER``) are imported too, so ``Base`` carries the
    complete schema.
    """
    from omnipos.db.models import LATER, Base

    for concept in LATER:
        importlib.import_module(f"omnipos.db.models.{concept}")
    return Base.metadata


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """Keep the FTS5 table and its shadow tables out of autogenerate comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at this folder, optionally bound to a connection."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE
)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the version files without Alembic."""
    graph: dict[str, str | None] = {}
    for path in sorted((SCRIPT_LOCATION / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text())}
        if found.get("revision"):
            graph[found["revision"]] = found.get("down_revision")
    return graph


def head_revision() -> str:
    """The newest revision in ``versions/`` (the one no other revision builds on)."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:  # pragma: no cover - a branch needs a merge revision
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision this version of OmniPOS can upgrade from."""
    return set(_revision_graph())


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database, or None for an empty file."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


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
            from alembic import command

            with conn.begin():
                command.upgrade(alembic_config(conn), target)
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"migration left broken foreign keys: {bad[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
