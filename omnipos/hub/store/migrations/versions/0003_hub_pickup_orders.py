"""Hub: pickup orders (issue 10): channels, orders and fulfilments, reservations,
routing rules, postcodes, the notification outbox; stores become routing nodes.

Existing stores become pickup-taking store nodes with the default no-show
policy; existing stock levels start with nothing reserved.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:04:27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channels',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('revoked_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels')),
    sa.UniqueConstraint('name', name=op.f('uq_channels_name')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_channels_token_hash'))
    )
    op.create_table('notify_messages',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('next_attempt_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=True),
    sa.Column('dedupe_key', sa.String(length=120), nullable=True),
    sa.Column('created_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('sent_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notify_messages')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_notify_messages_dedupe_key'))
    )
    with op.batch_alter_table('notify_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notify_messages_order_id'), ['order_id'], unique=False)
        batch_op.create_index('ix_notify_messages_status_next', ['status', 'next_attempt_at'], unique=False)

    op.create_table('postcodes',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=180), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('country', 'postcode', name=op.f('pk_postcodes'))
    )
    op.create_table('reservations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('reservation_id', sa.String(length=36), nullable=False),
    sa.Column('closes', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('node_code', sa.String(length=20), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('delta_milli', sa.BigInteger(), nullable=False),
    sa.Column('fulfilment_id', sa.String(length=36), nullable=True),
    sa.Column('line_no', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=60), nullable=False),
    sa.Column('at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reservations')),
    sa.UniqueConstraint('closes', name=op.f('uq_reservations_closes'))
    )
    with op.batch_alter_table('reservations', schema=None) as batch_op:
        batch_op.create_index('ix_reservations_fulfilment', ['fulfilment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reservations_reservation_id'), ['reservation_id'], unique=False)

    op.create_table('routing_rules',
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('position', name=op.f('pk_routing_rules'))
    )
    op.create_table('notify_attachments',
    sa.Column('message_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=120), nullable=False),
    sa.Column('content_type', sa.String(length=80), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['notify_messages.id'], name=op.f('fk_notify_attachments_message_id_notify_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', 'position', name=op.f('pk_notify_attachments'))
    )
    op.create_table('orders',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('channel_id', sa.String(length=36), nullable=False),
    sa.Column('channel_order_id', sa.String(length=64), nullable=False),
    sa.Column('body_hash', sa.String(length=64), nullable=False),
    sa.Column('placed_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('customer_name', sa.String(length=120), nullable=False),
    sa.Column('customer_email', sa.String(length=254), nullable=False),
    sa.Column('customer_phone', sa.String(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('fulfilment', sa.String(length=10), nullable=False),
    sa.Column('pickup_store', sa.String(length=20), nullable=True),
    sa.Column('address', sa.JSON(), nullable=True),
    sa.Column('dest_lat', sa.String(length=20), nullable=True),
    sa.Column('dest_lon', sa.String(length=20), nullable=True),
    sa.Column('promised_by', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pickup_code', sa.String(length=16), nullable=True),
    sa.Column('subtotal_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('cancelled_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.Column('exception', sa.Text(), nullable=True),
    sa.Column('created_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('updated_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_orders_channel_id_channels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('channel_id', 'channel_order_id', name='uq_orders_channel_order'),
    sa.UniqueConstraint('pickup_code', name=op.f('uq_orders_pickup_code'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_state', ['state'], unique=False)

    op.create_table('fulfilments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('node_code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('feeds_id', sa.String(length=36), nullable=True),
    sa.Column('routed_on', sa.String(length=10), nullable=False),
    sa.Column('ready_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.Column('received_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=True),
    sa.Column('reminders_sent', sa.Integer(), nullable=False),
    sa.Column('carrier', sa.String(length=60), nullable=False),
    sa.Column('tracking', sa.String(length=100), nullable=False),
    sa.Column('task', sa.String(length=20), nullable=True),
    sa.Column('exception', sa.Text(), nullable=True),
    sa.Column('changed_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('created_at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.ForeignKeyConstraint(['node_code'], ['stores.code'], name=op.f('fk_fulfilments_node_code_stores')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_fulfilments_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fulfilments'))
    )
    with op.batch_alter_table('fulfilments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fulfilments_feeds_id'), ['feeds_id'], unique=False)
        batch_op.create_index('ix_fulfilments_node_state', ['node_code', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_fulfilments_order_id'), ['order_id'], unique=False)
        batch_op.create_index('ix_fulfilments_state_ready', ['state', 'ready_at'], unique=False)

    op.create_table('order_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('fulfilment_id', sa.String(length=36), nullable=True),
    sa.Column('at', omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_history_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_history'))
    )
    with op.batch_alter_table('order_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_history_order_id'), ['order_id'], unique=False)

    op.create_table('order_lines',
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('quantity_milli', sa.BigInteger(), nullable=False),
    sa.Column('unit_price_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_class', sa.String(length=40), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.Column('unassigned_milli', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_id', 'line_no', name=op.f('pk_order_lines'))
    )
    op.create_table('fulfilment_lines',
    sa.Column('fulfilment_id', sa.String(length=36), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('quantity_milli', sa.BigInteger(), nullable=False),
    sa.Column('incoming_milli', sa.BigInteger(), nullable=False),
    sa.Column('received_milli', sa.BigInteger(), nullable=False),
    sa.Column('rejected_milli', sa.BigInteger(), nullable=False),
    sa.Column('rejected_reason', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['fulfilment_id'], ['fulfilments.id'], name=op.f('fk_fulfilment_lines_fulfilment_id_fulfilments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('fulfilment_id', 'line_no', name=op.f('pk_fulfilment_lines'))
    )
    with op.batch_alter_table('stock_levels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reserved_milli', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.create_index('ix_stock_levels_sku', ['sku'], unique=False)

    # A literal default keeps SQLite on ALTER TABLE ADD COLUMN: an expression default
    # (sa.true()) makes batch mode copy the table, and dropping the old ``stores`` fails
    # once enrolled tills, codes or staff point at it.
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), server_default='store', nullable=False))
        batch_op.add_column(sa.Column('handling_cost_minor', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('ship_rate_minor_per_km', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('daily_capacity', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('pickup', sa.Boolean(), server_default=true, nullable=False))
        batch_op.add_column(sa.Column('opening_hours', sa.String(length=200), server_default='mon-sat 09:00-18:00', nullable=False))
        batch_op.add_column(sa.Column('first_reminder_hours', sa.Integer(), server_default='24', nullable=False))
        batch_op.add_column(sa.Column('second_reminder_hours', sa.Integer(), server_default='48', nullable=False))
        batch_op.add_column(sa.Column('cancel_after_days', sa.Integer(), server_default='7', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.drop_column('cancel_after_days')
        batch_op.drop_column('second_reminder_hours')
        batch_op.drop_column('first_reminder_hours')
        batch_op.drop_column('opening_hours')
        batch_op.drop_column('pickup')
        batch_op.drop_column('daily_capacity')
        batch_op.drop_column('ship_rate_minor_per_km')
        batch_op.drop_column('handling_cost_minor')
        batch_op.drop_column('kind')

    with op.batch_alter_table('stock_levels', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_levels_sku')
        batch_op.drop_column('reserved_milli')

    op.drop_table('fulfilment_lines')
    op.drop_table('order_lines')
    with op.batch_alter_table('order_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_history_order_id'))

    op.drop_table('order_history')
    with op.batch_alter_table('fulfilments', schema=None) as batch_op:
        batch_op.drop_index('ix_fulfilments_state_ready')
        batch_op.drop_index(batch_op.f('ix_fulfilments_order_id'))
        batch_op.drop_index('ix_fulfilments_node_state')
        batch_op.drop_index(batch_op.f('ix_fulfilments_feeds_id'))

    op.drop_table('fulfilments')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_state')

    op.drop_table('orders')
    op.drop_table('notify_attachments')
    op.drop_table('routing_rules')
    with op.batch_alter_table('reservations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reservations_reservation_id'))
        batch_op.drop_index('ix_reservations_fulfilment')

    op.drop_table('reservations')
    op.drop_table('postcodes')
    with op.batch_alter_table('notify_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_notify_messages_status_next')
        batch_op.drop_index(batch_op.f('ix_notify_messages_order_id'))

    op.drop_table('notify_messages')
    op.drop_table('channels')
