"""The catalog's words, for typo-tolerant search (issue 14).

Filled from the search index itself, so the words are exactly as FTS5 folded
them: one pass over its vocabulary in SQLite (a few seconds on a million
products), keeping the words without digits (not SKUs or sizes).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 15:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "catalog_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_words")),
        sa.UniqueConstraint("word", name=op.f("uq_catalog_words_word")),
    )
    op.execute("CREATE VIRTUAL TABLE temp.product_fts_terms"
               " USING fts5vocab(main, product_fts, row)")
    op.execute("INSERT INTO catalog_words (word) SELECT term FROM temp.product_fts_terms"
               " WHERE term NOT GLOB '*[0-9]*' ORDER BY term")
    op.execute("DROP TABLE temp.product_fts_terms")


def downgrade() -> None:
    op.drop_table("catalog_words")
