"""Hub: the last head of each till's electronic journal (issue 15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_heads",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("received_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_journal_heads")),
    )


def downgrade() -> None:
    op.drop_table("journal_heads")
