"""Pickup orders at the till: the hub's records, the picks scanned here, the events about them
(issue 10).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "pickup_orders",
        sa.Column("pickup_id", sa.String(length=36), nullable=False),
        sa.Column("order_number", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("customer_name", sa.String(length=160), nullable=False),
        sa.Column("pickup_code", sa.String(length=40), nullable=False),
        _stamp("promised_by", True),
        _stamp("placed_at", False),
        _stamp("changed_at", False),
        _stamp("arrived_at", False),
        sa.Column("announced", sa.Boolean(), nullable=False),
        sa.Column("task", sa.String(length=20), nullable=False),
        sa.Column("due_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pickup_id", name=op.f("pk_pickup_orders")),
    )
    op.create_index(op.f("ix_pickup_orders_order_number"), "pickup_orders", ["order_number"])
    op.create_index(op.f("ix_pickup_orders_pickup_code"), "pickup_orders", ["pickup_code"])
    op.create_index("ix_pickup_orders_state_promised", "pickup_orders", ["state", "promised_by"])
    op.create_table(
        "pickup_picks",
        sa.Column("pickup_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("picked", sa.String(length=20), nullable=False),
        _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("pickup_id", "line_no", name=op.f("pk_pickup_picks")),
    )
    op.create_table(
        "pickup_events",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("pickup_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        _stamp("queued_at", False),
        sa.Column("answer", sa.String(length=12), nullable=False),
        sa.Column("hub_version", sa.Integer(), nullable=True),
        sa.Column("hub_state", sa.String(length=12), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("message", sa.String(length=200), nullable=False),
        sa.Column("announced", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_pickup_events")),
    )
    op.create_index(op.f("ix_pickup_events_pickup_id"), "pickup_events", ["pickup_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_pickup_events_pickup_id"), table_name="pickup_events")
    op.drop_table("pickup_events")
    op.drop_table("pickup_picks")
    op.drop_index("ix_pickup_orders_state_promised", table_name="pickup_orders")
    op.drop_index(op.f("ix_pickup_orders_pickup_code"), table_name="pickup_orders")
    op.drop_index(op.f("ix_pickup_orders_order_number"), table_name="pickup_orders")
    op.drop_table("pickup_orders")
