"""hub initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 22:35:10.923329
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('events',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('current_state', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_events')),
    sa.UniqueConstraint('device_id', 'epoch', 'device_seq', name='uq_events_device_epoch_seq')
    )
    op.create_table('feed_changes',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_feed_changes'))
    )
    with op.batch_alter_table('feed_changes', schema=None) as batch_op:
        batch_op.create_index('ix_feed_changes_kind_key', ['kind', 'key'], unique=False)

    op.create_table('feed_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('horizon', sa.BigInteger(), nullable=False),
    sa.Column('feed_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_state'))
    )
    op.create_table('products',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('brand', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('sold_by', sa.String(length=10), nullable=False),
    sa.Column('tax_class', sa.String(length=40), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('gtins', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_products'))
    )
    op.create_table('quarantine',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine'))
    )
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarantine_event_id'), ['event_id'], unique=False)

    op.create_table('sales',
    sa.Column('sale_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('till_code', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('receipt_seq', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('subtotal_minor', sa.BigInteger(), nullable=False),
    sa.Column('discount_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('hub_tax_minor', sa.BigInteger(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('sale_id', name=op.f('pk_sales')),
    sa.UniqueConstraint('event_id', name=op.f('uq_sales_event_id'))
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index('ix_sales_device_receipt_seq', ['device_id', 'receipt_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_receipt_no'), ['receipt_no'], unique=False)
        batch_op.create_index('ix_sales_store_created', ['store_code', 'created_at'], unique=False)

    op.create_table('stock_ledger',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('delta_milli', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('event_id', 'line', name=op.f('pk_stock_ledger'))
    )
    with op.batch_alter_table('stock_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_stock_ledger_store_sku', ['store_code', 'sku'], unique=False)

    op.create_table('stock_levels',
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('level_milli', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('store_code', 'sku', name=op.f('pk_stock_levels'))
    )
    op.create_table('stores',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('prices', sa.String(length=10), nullable=False),
    sa.Column('rounding', sa.String(length=10), nullable=False),
    sa.Column('cash_step_minor', sa.Integer(), nullable=False),
    sa.Column('tax_rates', sa.JSON(), nullable=False),
    sa.Column('timezone', sa.String(length=60), nullable=False),
    sa.Column('lat', sa.String(length=20), nullable=True),
    sa.Column('lon', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_stores'))
    )
    op.create_table('barcodes',
    sa.Column('gtin', sa.String(length=14), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], name=op.f('fk_barcodes_sku_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('gtin', name=op.f('pk_barcodes'))
    )
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barcodes_sku'), ['sku'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('till_code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('last_seen_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['stores.code'], name=op.f('fk_devices_store_code_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('store_code', 'till_code', name='uq_devices_store_till'),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_store_code'), ['store_code'], unique=False)

    op.create_table('enrollment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('store_code', sa.String(length=20), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['stores.code'], name=op.f('fk_enrollment_codes_store_code_stores')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_codes'))
    )



def downgrade() -> None:

    op.drop_table('enrollment_codes')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_store_code'))

    op.drop_table('devices')
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barcodes_sku'))

    op.drop_table('barcodes')
    op.drop_table('stores')
    op.drop_table('stock_levels')
    with op.batch_alter_table('stock_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_ledger_store_sku')

    op.drop_table('stock_ledger')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_store_created')
        batch_op.drop_index(batch_op.f('ix_sales_receipt_no'))

    op.drop_table('sales')
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quarantine_event_id'))

    op.drop_table('quarantine')
    op.drop_table('products')
    op.drop_table('feed_state')
    with op.batch_alter_table('feed_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_feed_changes_kind_key')

    op.drop_table('feed_changes')
    op.drop_table('events')

