"""Articles, events, claims and contradictions.

Revision ID: 0001
Revises:
Create Date: 2026-11-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of models.py's types: a revision must not change when models.py does.
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _article_ref(table: str) -> sa.Column:
    return sa.Column("article_id", ID, sa.ForeignKey("articles.id", name=f"fk_{table}_article_id_articles",
                                                     ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("near_duplicate_of", sa.String, nullable=True),
        sa.Column("source_id", sa.String, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("error", JSON),
        sa.Column("warnings", JSON, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_near_duplicate_of", "articles", ["near_duplicate_of"])
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "events",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String, nullable=False),
        _article_ref("events"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Double),
        sa.Column("longitude", sa.Double),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("evidence", JSON, nullable=False),
        sa.Column("assoc_actor_1", sa.Text),
        sa.Column("assoc_actor_2", sa.Text),
        sa.Column("interaction", sa.Integer),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("date_note", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.UniqueConstraint("key", name="uq_events_key"),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_country_admin1", "events", ["country", "admin1"])

    op.create_table(
        "claims",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _article_ref("claims"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.String, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("cue", JSON),
        sa.Column("speaker_text", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_role", sa.Text),
        sa.Column("speaker_affiliation", sa.Text),
        sa.Column("speaker_kind", sa.Text),
        sa.Column("speaker_antecedent", JSON),
        sa.Column("quote_type", sa.Text, nullable=False),
        sa.Column("party", sa.Text),
        sa.Column("channel", sa.Text),
        sa.Column("reported_via", JSON, nullable=False),
        sa.Column("evidence_status", sa.Text, nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("quantity", JSON),
        sa.Column("event_id", sa.String),
        sa.Column("event_key", sa.String, sa.ForeignKey("events.key", name="fk_claims_event_key_events",
                                                        ondelete="CASCADE")),
        sa.Column("speaker_note", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_index("ix_claims_topic", "claims", ["topic"])
    op.create_index("ix_claims_event_key", "claims", ["event_key"])

    op.create_table(
        "contradictions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _article_ref("contradictions"),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("claim_a", sa.String, nullable=False),
        sa.Column("claim_b", sa.String, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contradictions"),
    )
    op.create_index("ix_contradictions_article_id", "contradictions", ["article_id"])


def downgrade() -> None:
    for table in ("contradictions", "claims", "events", "articles"):
        op.drop_table(table)
