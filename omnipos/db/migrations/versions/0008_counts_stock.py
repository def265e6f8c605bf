"""Stock counts, deliveries to receive, the look-up card's other stores, endless-aisle orders;
stock levels keep when a count last set them (issue 11).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _json(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.JSON(), nullable=nullable)


def _int(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("stock_levels") as batch:
        batch.add_column(_stamp("counted_at", True))
    op.create_table(
        "count_sessions",
        _text("id", 36), _text("number", 40), _text("origin", 8), _text("kind", 8),
        _text("title", 120), _json("skus"), _text("category", 80), _text("location", 80),
        _stamp("due", True), _json("show_expected_to"), _text("state", 12),
        _json("areas_submitted"), _text("created_by", 160), _stamp("created_at", False),
        _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_sessions")),
    )
    op.create_table(
        "count_areas",
        _text("session_id", 36), _text("area", 40), _text("state", 12),
        _stamp("opened_at", False), _stamp("closed_at", True), _stamp("submitted_at", True),
        _text("counted_by", 160), _text("approved_by", 160), _int("items"), _int("unknown"),
        sa.Column("expected_items", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("session_id", "area", name=op.f("pk_count_areas")),
    )
    op.create_table(
        "count_lines",
        _text("session_id", 36), _text("area", 40), _text("sku", 64), _text("counted", 20),
        _stamp("counted_at", True), _int("scans"),
        sa.Column("recount", sa.Boolean(), nullable=False),
        sa.Column("recounted", sa.Boolean(), nullable=False), _text("reason", 12, True),
        sa.PrimaryKeyConstraint("session_id", "area", "sku", name=op.f("pk_count_lines")),
    )
    op.create_table(
        "count_scans",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _text("session_id", 36), _text("area", 40), _text("code", 64), _text("sku", 64, True),
        _text("qty", 20), _text("mode", 4), _stamp("scanned_at", False), _text("by", 160),
        _stamp("matched_at", True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_scans")),
    )
    op.create_index("ix_count_scans_session_area_code", "count_scans",
                    ["session_id", "area", "code"])
    op.create_table(
        "deliveries",
        _text("id", 36), _text("number", 40), _text("kind", 10), _text("source", 120),
        _stamp("expected_at", True), _text("state", 10), _stamp("started_at", True),
        _stamp("received_at", True), _text("received_by", 160), _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_table(
        "delivery_lines",
        _text("delivery_id", 36), _text("sku", 64), _text("name", 200), _text("expected", 20),
        _text("received", 20),
        sa.PrimaryKeyConstraint("delivery_id", "sku", name=op.f("pk_delivery_lines")),
    )
    op.create_table(
        "delivery_scans",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _text("delivery_id", 36), _text("code", 64), _text("sku", 64, True), _text("qty", 20),
        _stamp("scanned_at", False), _text("by", 160),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_scans")),
    )
    op.create_index(op.f("ix_delivery_scans_delivery_id"), "delivery_scans", ["delivery_id"])
    op.create_table(
        "stock_elsewhere",
        _text("store", 20), _text("sku", 64), _text("available", 20), _stamp("as_of", False),
        sa.PrimaryKeyConstraint("store", "sku", name=op.f("pk_stock_elsewhere")),
    )
    op.create_index("ix_stock_elsewhere_sku", "stock_elsewhere", ["sku"])
    op.create_table(
        "nearby_stores",
        _text("code", 20), _text("name", 120), _text("lat", 20, True), _text("lon", 20, True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_nearby_stores")),
    )
    op.create_table(
        "aisle_orders",
        _text("id", 36), _text("number", 40), _text("fulfilment", 10),
        _text("pickup_store", 20, True), _json("address", True), _json("customer"),
        _json("lines"), _text("currency", 3), sa.Column("total_minor", sa.BigInteger(),
                                                        nullable=False),
        sa.Column("paid_minor", sa.BigInteger(), nullable=False), _text("sale_id", 36),
        _text("receipt_no", 40), _text("event_id", 36), _text("created_by", 160),
        _stamp("created_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aisle_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_aisle_orders_number")),
    )


def downgrade() -> None:
    op.drop_table("aisle_orders")
    op.drop_table("nearby_stores")
    op.drop_index("ix_stock_elsewhere_sku", table_name="stock_elsewhere")
    op.drop_table("stock_elsewhere")
    op.drop_index(op.f("ix_delivery_scans_delivery_id"), table_name="delivery_scans")
    op.drop_table("delivery_scans")
    op.drop_table("delivery_lines")
    op.drop_table("deliveries")
    op.drop_index("ix_count_scans_session_area_code", table_name="count_scans")
    op.drop_table("count_scans")
    op.drop_table("count_lines")
    op.drop_table("count_areas")
    op.drop_table("count_sessions")
    with op.batch_alter_table("stock_levels") as batch:
        batch.drop_column("counted_at")
