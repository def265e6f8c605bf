"""A sale names the customer it was for (issue 14: customers at the sale).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch): SQLite adds it in place instead of copying the table.
    op.add_column("sales", sa.Column("customer_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    # In place as well (SQLite 3.35+): copying the table would break its lines' foreign keys.
    op.drop_column("sales", "customer_id")
