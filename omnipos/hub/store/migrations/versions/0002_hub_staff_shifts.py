"""Hub: staff, shift reports and enrollment attempts (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "enroll_attempts",
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        _stamp("window_start", False),
        _stamp("blocked_until", True),
        sa.PrimaryKeyConstraint("client", name=op.f("pk_enroll_attempts")),
    )
    op.create_table(
        "shift_reports",
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("till_code", sa.String(length=20), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        _stamp("opened_at", False),
        _stamp("closed_at", False),
        sa.Column("opened_by", sa.String(length=160), nullable=False),
        sa.Column("closed_by", sa.String(length=160), nullable=False),
        sa.Column("sales_minor", sa.BigInteger(), nullable=False),
        sa.Column("returns_minor", sa.BigInteger(), nullable=False),
        sa.Column("expected_cash_minor", sa.BigInteger(), nullable=False),
        sa.Column("counted_cash_minor", sa.BigInteger(), nullable=False),
        sa.Column("over_short_minor", sa.BigInteger(), nullable=False),
        sa.Column("pending_events", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        _stamp("received_at", False),
        sa.PrimaryKeyConstraint("shift_id", name=op.f("pk_shift_reports")),
        sa.UniqueConstraint("event_id", name=op.f("uq_shift_reports_event_id")),
    )
    op.create_index(
        "ix_shift_reports_store_till_closed", "shift_reports",
        ["store_code", "till_code", "closed_at"], unique=False,
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("badge", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _stamp("created_at", False),
        _stamp("updated_at", False),
        sa.ForeignKeyConstraint(["store_code"], ["stores.code"], name=op.f("fk_staff_store_code_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("store_code", "number", name="uq_staff_store_number"),
    )
    op.create_index(op.f("ix_staff_store_code"), "staff", ["store_code"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_staff_store_code"), table_name="staff")
    op.drop_table("staff")
    op.drop_index("ix_shift_reports_store_till_closed", table_name="shift_reports")
    op.drop_table("shift_reports")
    op.drop_table("enroll_attempts")
