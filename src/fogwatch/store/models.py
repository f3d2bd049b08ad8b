"""The store's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

The Alembic revisions in ``migrations/versions`` create exactly these tables; a test compares the two
on both backends, so a change here without a revision fails the suite.

Every ``Event`` field has a column of the same name; a ``Claim`` is flattened where analysts filter
(speaker, party, topic, content) and keeps its nested parts (cue, quantity, antecedent) as JSON.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# Stable constraint names, so that migrations can name what they alter on both backends.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

# JSONB on PostgreSQL (indexable, compact); JSON text on SQLite. A Python None is SQL NULL.
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")
# 64-bit ids on PostgreSQL; SQLite needs exactly INTEGER for its rowid alias (autoincrement).
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _article_ref() -> sa.Column:
    return sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
                     index=True)


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", ID, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String, nullable=False, unique=True),
    # The content hash of the first-stored copy of a syndicated story (always the root of the group).
    sa.Column("near_duplicate_of", sa.String, nullable=True, index=True),
    sa.Column("source_id", sa.String, nullable=False),  # Article.id as the caller gave it
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("error", JSON),
    sa.Column("warnings", JSON, nullable=False),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", ID, primary_key=True, autoincrement=True),
    # "<content hash>:<event id>": stable across databases and independent of insertion order.
    sa.Column("key", sa.String, nullable=False, unique=True),
    _article_ref(),
    sa.Column("ordinal", sa.Integer, nullable=False),  # position in the result: 0 is the primary event
    sa.Column("event_id", sa.String, nullable=False),
    sa.Column("event_date", sa.Date, index=True),
    sa.Column("time_precision", sa.Integer),
    sa.Column("event_type", sa.Text, nullable=False, index=True),
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
    sa.Index("ix_events_country_admin1", "country", "admin1"),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", ID, primary_key=True, autoincrement=True),
    _article_ref(),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("claim_id", sa.String, nullable=False),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("cue", JSON),
    # The speaker, flattened; speaker_kind is NULL exactly when the claim has no speaker.
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
    sa.Column("topic", sa.Text, nullable=False, index=True),
    sa.Column("quantity", JSON),
    sa.Column("event_id", sa.String),  # as the extractor gave it
    # The stored event the claim is linked to (NULL when event_id names no event of the article).
    sa.Column("event_key", sa.String, sa.ForeignKey("events.key", ondelete="CASCADE"), index=True),
    sa.Column("speaker_note", sa.Text),
)

contradictions = sa.Table(
    "contradictions", metadata,
    sa.Column("id", ID, primary_key=True, autoincrement=True),
    _article_ref(),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("claim_a", sa.String, nullable=False),  # Claim.id within the same article
    sa.Column("claim_b", sa.String, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
)

clusters = sa.Table(
    "clusters", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("fields", JSON, nullable=False),  # reconciliation's agreed event fields, as it defines them
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("contested", sa.Boolean, nullable=False, index=True),
    sa.Column("first_reported", sa.Date),
    sa.Column("last_reported", sa.Date),
)

cluster_members = sa.Table(
    "cluster_members", metadata,
    sa.Column("cluster_id", sa.String, sa.ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    # An event belongs to at most one cluster: clusters partition the stored events.
    sa.Column("event_key", sa.String, sa.ForeignKey("events.key", ondelete="CASCADE"), primary_key=True,
              unique=True),
)

# Ingest's bookkeeping: MinHash signatures of stored originals (to find syndicated copies across
# runs without re-reading every text) and the feed entries already read (so ``watch`` fetches each
# entry once, across restarts). No foreign key on signatures: ingest writes one after its article.
signatures = sa.Table(
    "signatures", metadata,
    sa.Column("content_hash", sa.String, primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

feed_entries = sa.Table(
    "feed_entries", metadata,
    sa.Column("feed", sa.String, primary_key=True),
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)
