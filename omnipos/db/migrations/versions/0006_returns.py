"""Returns at the counter, the hub's return policies and RMAs, parcels taken in (issue 16).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamp(name: str, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _int(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "returns",
        _text("id", 36), _text("return_no", 40), _int("return_seq"), _text("store_code", 20),
        _text("till_code", 20), _text("cashier", 160), _text("currency", 3),
        _stamp("created_at", False), _text("shift_id", 36, True), _text("sale_id", 36, True),
        _text("receipt_no", 40), _text("order_id", 64), _text("customer_id", 36, True),
        _int("refund_minor"), _int("fee_minor"), sa.Column("override", sa.JSON(), nullable=True),
        _text("exchange_sale_id", 36, True), _text("event_id", 36),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returns")),
        sa.UniqueConstraint("event_id", name=op.f("uq_returns_event_id")),
        sa.UniqueConstraint("return_no", name=op.f("uq_returns_return_no")),
        sa.UniqueConstraint("return_seq", name=op.f("uq_returns_return_seq")),
    )
    op.create_index(op.f("ix_returns_customer_id"), "returns", ["customer_id"])
    op.create_index(op.f("ix_returns_sale_id"), "returns", ["sale_id"])
    op.create_table(
        "return_lines",
        _text("return_id", 36), _int("line_no"), _int("sale_line_no", True), _text("sku", 64),
        _text("name", 200), _text("qty", 20), _text("condition", 20), _text("disposition", 20),
        _text("reason", 200), _int("refund_minor"), _int("fee_minor"), _int("tax_minor"),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"],
                                name=op.f("fk_return_lines_return_id_returns")),
        sa.PrimaryKeyConstraint("return_id", "line_no", name=op.f("pk_return_lines")),
    )
    op.create_table(
        "return_refunds",
        _text("return_id", 36), _int("idx"), _text("kind", 12), _int("amount_minor"),
        _int("tender_idx", True), _text("reference", 40), _text("refund_reference", 40),
        _text("card_last4", 4), _text("customer_id", 36, True),
        sa.ForeignKeyConstraint(["return_id"], ["returns.id"],
                                name=op.f("fk_return_refunds_return_id_returns")),
        sa.PrimaryKeyConstraint("return_id", "idx", name=op.f("pk_return_refunds")),
    )
    op.create_table(
        "return_policies",
        _text("scope", 20), sa.Column("policy", sa.JSON(), nullable=False),
        _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_return_policies")),
    )
    op.create_table(
        "rmas",
        _text("id", 36), _text("number", 20), _text("state", 12), _text("receipt_no", 40),
        _text("order_id", 64), _text("customer_name", 120),
        sa.Column("record", sa.JSON(), nullable=False), _stamp("updated_at", False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rmas")),
        sa.UniqueConstraint("number", name=op.f("uq_rmas_number")),
    )
    op.create_index(op.f("ix_rmas_order_id"), "rmas", ["order_id"])
    op.create_index(op.f("ix_rmas_receipt_no"), "rmas", ["receipt_no"])
    op.create_table(
        "intakes",
        _text("id", 36), _text("state", 12), _text("rma_id", 36, True), _text("rma_number", 20),
        _text("receipt_no", 40), _text("order_id", 64), _text("note", 500),
        _stamp("started_at", False), _text("started_by", 160), _stamp("completed_at", True),
        _text("completed_by", 160), _text("event_id", 36, True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intakes")),
    )
    op.create_index("ix_intakes_state", "intakes", ["state"])
    op.create_table(
        "intake_items",
        _text("intake_id", 36), _int("item_no"), _int("rma_line_no", True), _text("sku", 64),
        _text("name", 200), _text("qty", 20), _text("condition", 20, True),
        _text("disposition", 20), _text("note", 200), _stamp("scanned_at", False),
        sa.ForeignKeyConstraint(["intake_id"], ["intakes.id"],
                                name=op.f("fk_intake_items_intake_id_intakes")),
        sa.PrimaryKeyConstraint("intake_id", "item_no", name=op.f("pk_intake_items")),
    )


def downgrade() -> None:
    op.drop_table("intake_items")
    op.drop_index("ix_intakes_state", table_name="intakes")
    op.drop_table("intakes")
    op.drop_index(op.f("ix_rmas_receipt_no"), table_name="rmas")
    op.drop_index(op.f("ix_rmas_order_id"), table_name="rmas")
    op.drop_table("rmas")
    op.drop_table("return_policies")
    op.drop_table("return_refunds")
    op.drop_table("return_lines")
    op.drop_index(op.f("ix_returns_sale_id"), table_name="returns")
    op.drop_index(op.f("ix_returns_customer_id"), table_name="returns")
    op.drop_table("returns")
