"""The open sale of each till, stored as it changes so a crash loses none of it (issue 14).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "open_sales",
        sa.Column("till_code", sa.String(length=20), nullable=False),
        sa.Column("cart_id", sa.String(length=36), nullable=False),
        sa.Column("started_by", sa.String(length=160), nullable=False),
        sa.Column("started_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("updated_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("cart", sa.JSON(), nullable=False),
        sa.Column("tenders", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("till_code", name=op.f("pk_open_sales")),
    )


def downgrade() -> None:
    op.drop_table("open_sales")
