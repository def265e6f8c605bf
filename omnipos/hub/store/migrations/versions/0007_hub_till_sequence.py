"""Hub: what the hub acknowledges of each till is the contiguous prefix of its sequence (issue 15).

Each enrolled till gets ``seq_base`` (where its numbering starts in the
current epoch) and ``acked_seq`` (every sequence number up to it is at the
hub). A till in its first epoch starts at 0; one already in a later epoch
never said where it resumed, so it counts from the first event received in
that epoch (``seq_base`` NULL); the hub works ``acked_seq`` out at the
till's next hello or push.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("seq_base", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("acked_seq", sa.BigInteger(), nullable=False,
                                   server_default="0"))
    op.execute("UPDATE devices SET seq_base = 0 WHERE epoch = 1")
    with op.batch_alter_table("devices") as batch:
        batch.alter_column("acked_seq", existing_type=sa.BigInteger(), server_default=None)
    with op.batch_alter_table("quarantine") as batch:
        batch.create_index("ix_quarantine_device_epoch_seq",
                           ["device_id", "epoch", "device_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_index("ix_quarantine_device_epoch_seq")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("acked_seq")
        batch.drop_column("seq_base")
