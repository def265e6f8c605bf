"""The till's copy of the customer directory; a sale's store-credit tender names its customer
(issue 16).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("credit", sa.JSON(), nullable=False),
        _stamp("credit_as_of", True),
        sa.Column("no_receipt_returns", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        _stamp("created_at", False),
        _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    for column in ("email", "name_key", "phone"):
        op.create_index(op.f(f"ix_customers_{column}"), "customers", [column])
    with op.batch_alter_table("sale_tenders") as batch:
        batch.add_column(sa.Column("customer_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sale_tenders") as batch:
        batch.drop_column("customer_id")
    for column in ("email", "name_key", "phone"):
        op.drop_index(op.f(f"ix_customers_{column}"), table_name="customers")
    op.drop_table("customers")
