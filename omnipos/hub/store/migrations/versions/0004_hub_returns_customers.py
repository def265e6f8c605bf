"""Hub: customers and store credit, RMAs, returns and refund payouts, exceptions for customer
service, return policies, and stock buckets (issue 16).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:17:53
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _stamp(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, omnipos.sqltypes.UTCDateTime(length=32), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _money(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "customers",
        _text("id", 36), _text("name", 120), _text("name_key", 120), _text("phone", 40),
        _text("email", 254), _text("created_store", 20, True), _stamp("created_at"),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    for column in ("email", "name_key", "phone"):
        op.create_index(op.f(f"ix_customers_{column}"), "customers", [column])
    op.create_table(
        "store_credit_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _text("entry_key", 100), _text("customer_id", 36), _text("currency", 3),
        _money("delta_minor"), _text("reason", 20), _text("store_code", 20, True),
        _text("reference", 64), _stamp("occurred_at"), _stamp("recorded_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_credit_entries")),
        sa.UniqueConstraint("entry_key", name=op.f("uq_store_credit_entries_entry_key")),
    )
    op.create_index("ix_store_credit_entries_customer", "store_credit_entries",
                    ["customer_id", "currency"])
    op.create_table(
        "return_policies",
        _text("scope", 20), sa.Column("policy", sa.JSON(), nullable=False), _stamp("updated_at"),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_return_policies")),
    )
    op.create_table(
        "rmas",
        _text("id", 36), _text("number", 12), _text("state", 12), _text("requested_by", 80),
        _text("sale_id", 36, True), _text("receipt_no", 40), _text("order_id", 64),
        _text("origin_store", 20), _text("store_code", 20), _text("currency", 3),
        _text("customer_id", 36, True), _text("customer_name", 120),
        _text("customer_email", 254), _text("customer_phone", 40), _stamp("created_at"),
        _stamp("updated_at"), _stamp("received_at", True), _text("received_store", 20),
        _text("return_id", 36, True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rmas")),
        sa.UniqueConstraint("number", name=op.f("uq_rmas_number")),
    )
    op.create_index(op.f("ix_rmas_sale_id"), "rmas", ["sale_id"])
    op.create_index(op.f("ix_rmas_store_code"), "rmas", ["store_code"])
    op.create_table(
        "rma_lines",
        _text("rma_id", 36), sa.Column("line_no", sa.Integer(), nullable=False), _text("sku", 64),
        _text("name", 200), _money("quantity_milli"), _text("reason", 200),
        sa.Column("sale_line_no", sa.Integer(), nullable=False), _money("paid_minor"),
        sa.ForeignKeyConstraint(["rma_id"], ["rmas.id"], name=op.f("fk_rma_lines_rma_id_rmas"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("rma_id", "line_no", name=op.f("pk_rma_lines")),
    )
    op.create_table(
        "returns",
        _text("return_id", 36), _text("event_id", 36), _text("kind", 8), _text("store_code", 20),
        _text("till_code", 20), _text("device_id", 36), _text("return_no", 40),
        _text("sale_id", 36, True), _text("receipt_no", 40), _text("order_id", 64),
        _text("rma_id", 36, True), _text("customer_id", 36, True), _text("currency", 3),
        _money("refund_minor"), _money("fee_minor"),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("no_receipt", sa.Boolean(), nullable=False),
        _stamp("created_at"), _stamp("received_at"),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("return_id", name=op.f("pk_returns")),
        sa.UniqueConstraint("event_id", name=op.f("uq_returns_event_id")),
    )
    for column in ("customer_id", "order_id", "sale_id"):
        op.create_index(op.f(f"ix_returns_{column}"), "returns", [column])
    op.create_table(
        "return_lines",
        _text("return_id", 36), sa.Column("line_no", sa.Integer(), nullable=False),
        _text("original", 72), sa.Column("original_line_no", sa.Integer(), nullable=True),
        sa.Column("rma_line_no", sa.Integer(), nullable=True), _text("sku", 64),
        _money("quantity_milli"), _money("accepted_milli"), _text("condition", 12, True),
        _text("disposition", 20), _text("bucket", 20, True), _money("refund_minor"),
        _money("fee_minor"), _text("note", 200),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"],
                                name=op.f("fk_return_lines_return_id_returns"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("return_id", "line_no", name=op.f("pk_return_lines")),
    )
    op.create_index("ix_return_lines_original", "return_lines", ["original", "original_line_no"])
    op.create_table(
        "refund_payouts",
        _text("id", 36), _text("return_id", 36), _text("kind", 12), _money("amount_minor"),
        _text("currency", 3), sa.Column("tender_idx", sa.Integer(), nullable=True),
        _text("reference", 40), _text("refund_reference", 64), _text("card_last4", 4),
        _text("customer_id", 36, True), _text("state", 10), _stamp("created_at"),
        _stamp("paid_at", True),
        sa.ForeignKeyConstraint(["return_id"], ["returns.return_id"],
                                name=op.f("fk_refund_payouts_return_id_returns"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_payouts")),
    )
    op.create_index(op.f("ix_refund_payouts_return_id"), "refund_payouts", ["return_id"])
    op.create_index("ix_refund_payouts_state", "refund_payouts", ["state"])
    op.create_table(
        "service_exceptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _text("kind", 24), _text("store_code", 20, True), _text("subject", 80),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False), _text("event_id", 36, True),
        _stamp("created_at"), _stamp("resolved_at", True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_exceptions")),
    )
    op.create_index("ix_service_exceptions_open", "service_exceptions", ["resolved_at", "kind"])
    # Stock buckets: every movement so far was sellable stock.
    with op.batch_alter_table("stock_ledger") as batch:
        batch.add_column(sa.Column("bucket", sa.String(length=20), server_default="sellable",
                                   nullable=False))
    op.create_table(
        "stock_bucket_levels",
        _text("store_code", 20), _text("sku", 64), _text("bucket", 20), _money("level_milli"),
        sa.PrimaryKeyConstraint("store_code", "sku", "bucket",
                                name=op.f("pk_stock_bucket_levels")),
    )


def downgrade() -> None:
    op.drop_table("stock_bucket_levels")
    with op.batch_alter_table("stock_ledger") as batch:
        batch.drop_column("bucket")
    op.drop_index("ix_service_exceptions_open", table_name="service_exceptions")
    op.drop_table("service_exceptions")
    op.drop_index("ix_refund_payouts_state", table_name="refund_payouts")
    op.drop_index(op.f("ix_refund_payouts_return_id"), table_name="refund_payouts")
    op.drop_table("refund_payouts")
    op.drop_index("ix_return_lines_original", table_name="return_lines")
    op.drop_table("return_lines")
    for column in ("customer_id", "order_id", "sale_id"):
        op.drop_index(op.f(f"ix_returns_{column}"), table_name="returns")
    op.drop_table("returns")
    op.drop_table("rma_lines")
    op.drop_index(op.f("ix_rmas_store_code"), table_name="rmas")
    op.drop_index(op.f("ix_rmas_sale_id"), table_name="rmas")
    op.drop_table("rmas")
    op.drop_table("return_policies")
    op.drop_index("ix_store_credit_entries_customer", table_name="store_credit_entries")
    op.drop_table("store_credit_entries")
    for column in ("email", "name_key", "phone"):
        op.drop_index(op.f(f"ix_customers_{column}"), table_name="customers")
    op.drop_table("customers")
