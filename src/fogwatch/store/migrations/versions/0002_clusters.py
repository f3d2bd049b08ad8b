"""Event clusters written by cross-source reconciliation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column("id", sa.String, nullable=False),
        sa.Column("fields", JSON, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("contested", sa.Boolean, nullable=False),
        sa.Column("first_reported", sa.Date),
        sa.Column("last_reported", sa.Date),
        sa.PrimaryKeyConstraint("id", name="pk_clusters"),
    )
    op.create_index("ix_clusters_contested", "clusters", ["contested"])
    op.create_table(
        "cluster_members",
        sa.Column("cluster_id", sa.String, nullable=False),
        sa.Column("event_key", sa.String, nullable=False),
        sa.PrimaryKeyConstraint("cluster_id", "event_key", name="pk_cluster_members"),
        sa.ForeignKeyConstraint(["cluster_id"], ["clusters.id"], name="fk_cluster_members_cluster_id_clusters",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_key"], ["events.key"], name="fk_cluster_members_event_key_events",
                                ondelete="CASCADE"),
        sa.UniqueConstraint("event_key", name="uq_cluster_members_event_key"),
    )


def downgrade() -> None:
    op.drop_table("cluster_members")
    op.drop_table("clusters")
