"""Deposits on endless-aisle orders: the money taken (or paid back) at this till (issue 11).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deposits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("order_number", sa.String(length=40), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tenders", sa.JSON(), nullable=False),
        sa.Column("shift_id", sa.String(length=36), nullable=True),
        sa.Column("created_by", sa.String(length=160), nullable=False),
        sa.Column("created_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposits")),
    )
    op.create_index(op.f("ix_deposits_order_number"), "deposits", ["order_number"])
    op.create_index(op.f("ix_deposits_shift_id"), "deposits", ["shift_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_deposits_shift_id"), table_name="deposits")
    op.drop_index(op.f("ix_deposits_order_number"), table_name="deposits")
    op.drop_table("deposits")
