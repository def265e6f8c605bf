"""Staff, login lock-outs, shifts and cash movements (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "login_locks",
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        _stamp("last_failed_at", True),
        _stamp("locked_until", True),
        sa.PrimaryKeyConstraint("subject", name=op.f("pk_login_locks")),
    )
    op.create_table(
        "shifts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("store_code", sa.String(length=20), nullable=False),
        sa.Column("till_code", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        _stamp("opened_at", False),
        sa.Column("opened_by", sa.String(length=160), nullable=False),
        sa.Column("opening_float_minor", sa.Integer(), nullable=False),
        sa.Column("opening_count", sa.JSON(), nullable=False),
        sa.Column("start_device_seq", sa.Integer(), nullable=False),
        _stamp("closed_at", True),
        sa.Column("closed_by", sa.String(length=160), nullable=False),
        sa.Column("approved_by", sa.String(length=160), nullable=False),
        sa.Column("counted_minor", sa.Integer(), nullable=True),
        sa.Column("closing_count", sa.JSON(), nullable=True),
        sa.Column("expected_minor", sa.Integer(), nullable=True),
        sa.Column("over_short_minor", sa.Integer(), nullable=True),
        sa.Column("pending_events", sa.Integer(), nullable=False),
        sa.Column("z_report", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
    )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index("ix_shifts_till_status", ["till_code", "status"], unique=False)
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("badge", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        _stamp("created_at", False),
        _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("badge", name=op.f("uq_staff_badge")),
        sa.UniqueConstraint("number", name=op.f("uq_staff_number")),
    )
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("staff", sa.String(length=160), nullable=False),
        sa.Column("approved_by", sa.String(length=160), nullable=False),
        _stamp("occurred_at", False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shifts.id"], name=op.f("fk_cash_movements_shift_id_shifts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
        sa.UniqueConstraint("event_id", name="uq_cash_movements_event_id"),
    )
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_movements_shift_id"), ["shift_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_movements_shift_id"))
    op.drop_table("cash_movements")
    op.drop_table("staff")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_shifts_till_status")
    op.drop_table("shifts")
    op.drop_table("login_locks")
