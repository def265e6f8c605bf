"""Alembic environment for the till database (run from code, see __init__)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from omnipos.db.migrations import include_name
from omnipos.db.migrations import target_metadata as all_till_models

config = context.config
# Every model in omnipos.db.models shares Base and its naming convention; one
# function gives env.py and the schema test the same metadata.
target_metadata = all_till_models()


def _configure(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
    )


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("run migrations through omnipos.db.engine.open_database")
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover - the till always migrates online
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations()
