"""The till's stock table: hub levels and local movements with a bucket (issue 9).

The hub's levels leave the sync key-value table (``stock:SKU`` keys holding
``{"level": "7"}``) for ``stock_levels``; ``stock_deltas`` becomes
``stock_movements`` with a bucket (every existing row is sellable stock) and
keeps each row's moment. A ``stock:`` key whose value cannot be read stays
where it is, so nothing is lost.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

STOCK_PREFIX = "stock:"  # the old sync_state keys, frozen here
SELLABLE = "sellable"


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def _level(raw: str) -> str | None:
    """The level of an old ``stock:`` value, or None when it cannot be read."""
    try:
        value = json.loads(raw)
        level = str(value["level"])
        if not Decimal(level).is_finite():
            return None
    except (ValueError, TypeError, KeyError, InvalidOperation):
        return None
    return level


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "stock_levels",
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("bucket", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        _stamp("as_of", True),
        sa.PrimaryKeyConstraint("sku", "bucket", name=op.f("pk_stock_levels")),
    )
    op.create_table(
        "stock_movements",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("bucket", sa.String(length=20), nullable=False),
        sa.Column("delta", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        _stamp("occurred_at", False),
        sa.PrimaryKeyConstraint("event_id", "line", name=op.f("pk_stock_movements")),
    )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movements_sku_bucket", ["sku", "bucket"], unique=False)
    conn.execute(
        sa.text(
            "INSERT INTO stock_movements (event_id, line, sku, bucket, delta, reason, occurred_at)"
            " SELECT event_id, line, sku, :bucket, delta, reason, occurred_at FROM stock_deltas"
        ),
        {"bucket": SELLABLE},
    )
    with op.batch_alter_table("stock_deltas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_deltas_sku"))
    op.drop_table("stock_deltas")

    rows = conn.execute(
        sa.text("SELECT key, value FROM sync_state WHERE substr(key, 1, :n) = :prefix"),
        {"n": len(STOCK_PREFIX), "prefix": STOCK_PREFIX},
    ).all()
    for key, raw in rows:
        level = _level(raw)
        sku = key[len(STOCK_PREFIX):]
        if level is None or not sku:
            log.warning("sync_state %s: unreadable stock level %r left in place", key, raw)
            continue
        conn.execute(
            sa.text(
                "INSERT INTO stock_levels (sku, bucket, level, as_of)"
                " VALUES (:sku, :bucket, :level, NULL)"
            ),
            {"sku": sku, "bucket": SELLABLE, "level": level},
        )
        conn.execute(sa.text("DELETE FROM sync_state WHERE key = :key"), {"key": key})


def downgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "stock_deltas",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("delta", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        _stamp("occurred_at", False),
        sa.PrimaryKeyConstraint("event_id", "line", name=op.f("pk_stock_deltas")),
    )
    with op.batch_alter_table("stock_deltas", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_deltas_sku"), ["sku"], unique=False)
    # Revision 0002 knew only sellable stock: other buckets cannot go back.
    conn.execute(
        sa.text(
            "INSERT INTO stock_deltas (event_id, line, sku, delta, reason, occurred_at)"
            " SELECT event_id, line, sku, delta, reason, occurred_at FROM stock_movements"
            " WHERE bucket = :bucket"
        ),
        {"bucket": SELLABLE},
    )
    levels = conn.execute(
        sa.text("SELECT sku, level FROM stock_levels WHERE bucket = :bucket"),
        {"bucket": SELLABLE},
    ).all()
    for sku, level in levels:
        conn.execute(
            sa.text(
                "INSERT INTO sync_state (key, value) VALUES (:key, :value)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"key": STOCK_PREFIX + sku, "value": json.dumps({"level": level})},
        )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movements_sku_bucket")
    op.drop_table("stock_movements")
    op.drop_table("stock_levels")
