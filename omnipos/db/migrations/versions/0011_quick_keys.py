"""The store's quick keys on the Sell screen (issue 14).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quick_keys",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_quick_keys")),
    )


def downgrade() -> None:
    op.drop_table("quick_keys")
