"""Hub: stock counts (sessions, areas, lines, merged results), deliveries to receive, and the
moment each stock movement happened, on which counts anchor (issue 11).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _stamp(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _milli(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def upgrade() -> None:
    # Movements so far happened when they were recorded, as far as the hub knows.
    with op.batch_alter_table("stock_ledger") as batch:
        batch.add_column(_stamp("occurred_at", True))
    op.execute("UPDATE stock_ledger SET occurred_at = recorded_at")
    with op.batch_alter_table("stock_ledger") as batch:
        batch.alter_column("occurred_at", existing_type=omnipos.sqltypes.UTCDateTime(length=32),
                           nullable=False)
    op.create_index("ix_stock_ledger_store_occurred", "stock_ledger",
                    ["store_code", "occurred_at"])
    with op.batch_alter_table("stock_levels") as batch:
        batch.add_column(_stamp("anchored_at", True))
    op.create_table(
        "count_sessions",
        _text("id", 36), _text("number", 40), _text("store_code", 20), _text("kind", 8),
        _text("title", 120), sa.Column("skus", sa.JSON(), nullable=False),
        _text("category", 80), _text("location", 80), _stamp("due", True),
        sa.Column("show_expected_to", sa.JSON(), nullable=False), _text("state", 12),
        _text("origin", 40), _text("created_by", 160), _stamp("created_at"),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_sessions")),
        sa.UniqueConstraint("number", name=op.f("uq_count_sessions_number")),
    )
    op.create_index(op.f("ix_count_sessions_store_code"), "count_sessions", ["store_code"])
    op.create_table(
        "count_areas",
        _text("session_id", 36), _text("area", 40), _text("till_code", 20),
        _text("device_id", 36), _stamp("started_at"), _stamp("closed_at"),
        _text("counted_by", 160), _text("approved_by", 160),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("parts_in", sa.Integer(), nullable=False),
        sa.Column("unknown", sa.JSON(), nullable=False), _stamp("submitted_at"),
        sa.PrimaryKeyConstraint("session_id", "area", name=op.f("pk_count_areas")),
    )
    op.create_table(
        "count_lines",
        _text("session_id", 36), _text("area", 40), _text("sku", 64), _milli("counted_milli"),
        _stamp("counted_at", True), _stamp("closed_at"),
        sa.Column("scans", sa.Integer(), nullable=False), _milli("till_expected_milli", True),
        _text("reason", 12, True), sa.Column("recounted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "area", "sku", name=op.f("pk_count_lines")),
    )
    op.create_table(
        "count_results",
        _text("session_id", 36), _text("sku", 64), _text("store_code", 20),
        _milli("counted_milli"), _stamp("anchor_at"), _milli("expected_milli"),
        _milli("applied_milli"), _milli("late_milli"), _stamp("updated_at"),
        sa.PrimaryKeyConstraint("session_id", "sku", name=op.f("pk_count_results")),
    )
    op.create_index("ix_count_results_store_sku_anchor", "count_results",
                    ["store_code", "sku", "anchor_at"])
    op.create_table(
        "deliveries",
        _text("id", 36), _text("number", 40), _text("store_code", 20), _text("kind", 10),
        _text("source", 120), _text("from_store", 20, True), _stamp("expected_at", True),
        _text("state", 10), _stamp("created_at"), _stamp("received_at", True),
        _text("received_by", 160), sa.Column("unknown", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("number", name=op.f("uq_deliveries_number")),
    )
    op.create_index(op.f("ix_deliveries_store_code"), "deliveries", ["store_code"])
    op.create_table(
        "delivery_lines",
        _text("delivery_id", 36), _text("sku", 64), _text("name", 200),
        _milli("expected_milli"), _milli("received_milli", True),
        sa.ForeignKeyConstraint(["delivery_id"], ["deliveries.id"],
                                name=op.f("fk_delivery_lines_delivery_id_deliveries"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id", "sku", name=op.f("pk_delivery_lines")),
    )


def downgrade() -> None:
    op.drop_table("delivery_lines")
    op.drop_index(op.f("ix_deliveries_store_code"), table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_index("ix_count_results_store_sku_anchor", table_name="count_results")
    op.drop_table("count_results")
    op.drop_table("count_lines")
    op.drop_table("count_areas")
    op.drop_index(op.f("ix_count_sessions_store_code"), table_name="count_sessions")
    op.drop_table("count_sessions")
    with op.batch_alter_table("stock_levels") as batch:
        batch.drop_column("anchored_at")
    op.drop_index("ix_stock_ledger_store_occurred", table_name="stock_ledger")
    with op.batch_alter_table("stock_ledger") as batch:
        batch.drop_column("occurred_at")
