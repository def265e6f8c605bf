"""The chain's stores as the hub describes them for look-ups (issue 15).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omnipos.sqltypes

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "store_directory",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("lat", sa.String(length=20), nullable=True),
        sa.Column("lon", sa.String(length=20), nullable=True),
        sa.Column("opening_hours", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=60), nullable=False),
        sa.Column("updated_at", omnipos.sqltypes.UTCDateTime(length=32), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_store_directory")),
    )
    # Revision 0008 kept the other stores' names and places in nearby_stores, from their full
    # records; the directory replaces it (the hub no longer sends other stores' full records).
    op.execute(
        "INSERT INTO store_directory (code, name, address, lat, lon, opening_hours, timezone, "
        "updated_at) SELECT code, name, '', lat, lon, '', 'UTC', "
        "'1970-01-01T00:00:00.000000+00:00' FROM nearby_stores"
    )
    op.drop_table("nearby_stores")


def downgrade() -> None:
    op.create_table(
        "nearby_stores",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("lat", sa.String(length=20), nullable=True),
        sa.Column("lon", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_nearby_stores")),
    )
    op.execute("INSERT INTO nearby_stores (code, name, lat, lon) "
                "SELECT code, name, lat, lon FROM store_directory")
    op.drop_table("store_directory")
