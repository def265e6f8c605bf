"""Hub: stores get an address; other stores reach a till only as directory records (issue 15).

A store's full record (taxes, prices, policy) used to go on every till's
feed. From now on it goes to that store's tills only, and every till gets a
``store_directory`` record (code, name, address, coordinates, opening hours,
time zone). The changes already on the feed are narrowed to their own store,
and a directory record of each store is added, so a till pulling from the
start sees exactly what a new store change would send it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("address", sa.String(length=200), nullable=False,
                                   server_default=""))
    conn = op.get_bind()
    conn.execute(sa.text(
        "UPDATE feed_changes SET store_code = key WHERE kind = 'store' AND store_code IS NULL"))
    stores = conn.execute(sa.text(
        "SELECT code, name, address, lat, lon, opening_hours, timezone FROM stores ORDER BY code"
    )).all()
    if not stores:
        return
    last = conn.execute(sa.text("SELECT last_seq FROM feed_state WHERE id = 1")).scalar()
    if last is None:
        conn.execute(sa.text("INSERT INTO feed_state (id, last_seq, horizon, feed_id) "
                             "VALUES (1, 0, 0, :f)"), {"f": str(uuid.uuid4())})
        last = 0
    conn.execute(sa.text(
        "INSERT INTO feed_changes (seq, kind, key, store_code, data) "
        "VALUES (:seq, 'store_directory', :key, NULL, :data)"), [
        {"seq": last + i, "key": r[0], "data": json.dumps({
            "code": r[0], "name": r[1], "address": r[2], "lat": r[3], "lon": r[4],
            "opening_hours": r[5], "timezone": r[6]}, separators=(",", ":"))}
        for i, r in enumerate(stores, start=1)])
    conn.execute(sa.text("UPDATE feed_state SET last_seq = :n WHERE id = 1"),
                 {"n": last + len(stores)})


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM feed_changes WHERE kind = 'store_directory'"))
    conn.execute(sa.text("UPDATE feed_changes SET store_code = NULL WHERE kind = 'store'"))
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("address")
