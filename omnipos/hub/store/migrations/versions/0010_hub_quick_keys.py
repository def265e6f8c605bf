"""Hub: each store's quick-key layout (issue 14: quick keys on the Sell screen).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quick_key_layouts",
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("keys", sa.JSON(), nullable=False),
        sa.Column("updated_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=160), nullable=False),
        sa.PrimaryKeyConstraint("store_code", name=op.f("pk_quick_key_layouts")),
    )


def downgrade() -> None:
    op.drop_table("quick_key_layouts")
