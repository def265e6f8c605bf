"""Hub: a hash of each event's content beside its id; a quarantined event is kept once (issue 15).

Events and quarantined events already stored get their hash from what the
hub stored of them (type, schema version, moment, payload), computed as the
apply core computes it for a pushed event; quarantined rows (which kept no
moment) from type and payload, and repeats for the same till, id and
content are merged into the first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 2000


def _content_hash(type_: str, schema_version: int | None, occurred_at: str | None,
                  payload: Any) -> str:
    # Frozen copy of omnipos.hub.events.apply.content_hash, over stored columns.
    if isinstance(payload, str | bytes):
        payload = json.loads(payload)
    body = {"type": type_, "schema_version": schema_version, "occurred_at": occurred_at,
            "payload": payload}
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    ).hexdigest()


def _backfill(conn: sa.Connection, select_sql: str, key: str, update_sql: str) -> None:
    last: Any = None
    while True:
        where = "" if last is None else f" WHERE {key} > :last"
        rows = conn.execute(sa.text(f"{select_sql}{where} ORDER BY {key} LIMIT {BATCH}"),
                            {"last": last}).all()
        if not rows:
            return
        conn.execute(sa.text(update_sql), [
            {"k": r[0], "h": _content_hash(r[1], r[2], r[3], r[4])} for r in rows
        ])
        last = rows[-1][0]


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    _backfill(conn, "SELECT event_id, type, schema_version, occurred_at, payload FROM events",
              "event_id", "UPDATE events SET content_hash = :h WHERE event_id = :k")
    # Quarantine rows kept neither the moment nor the schema version: their hash covers the
    # type and payload (so repeats merge); a push of the same event now hashes differently.
    _backfill(conn, "SELECT id, type, NULL, NULL, payload FROM quarantine", "id",
              "UPDATE quarantine SET content_hash = :h WHERE id = :k")
    conn.execute(sa.text(
        "DELETE FROM quarantine WHERE id NOT IN (SELECT min(id) FROM quarantine "
        "GROUP BY device_id, event_id, content_hash)"))
    with op.batch_alter_table("events") as batch:
        batch.alter_column("content_hash", existing_type=sa.String(length=64), nullable=False)
    with op.batch_alter_table("quarantine") as batch:
        batch.alter_column("content_hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(
            "uq_quarantine_device_event_content", ["device_id", "event_id", "content_hash"])


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_constraint("uq_quarantine_device_event_content", type_="unique")
        batch.drop_column("content_hash")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("content_hash")
