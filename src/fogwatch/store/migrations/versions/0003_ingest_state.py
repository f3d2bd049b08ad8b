"""Ingest's bookkeeping: near-duplicate signatures and feed entries already read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signatures",
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name="pk_signatures"),
    )
    op.create_table(
        "feed_entries",
        sa.Column("feed", sa.String, nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("feed", "key", name="pk_feed_entries"),
    )


def downgrade() -> None:
    op.drop_table("feed_entries")
    op.drop_table("signatures")
