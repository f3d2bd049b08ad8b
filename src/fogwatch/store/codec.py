"""Records <-> table rows. Pure functions: ``row_to_*(*_to_row(x)) == x`` for every record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from ..records import (
    Article,
    ArticleInfo,
    ArticleResult,
    Claim,
    Contradiction,
    Event,
    Evidence,
    Problem,
    Quantity,
    Speaker,
    TextSpan,
    from_dict,
    to_dict,
)
from .errors import UnstorableTextError
from .records import Source, StoredArticle

Row = Mapping[Any, Any]  # a result row's mapping (SQLAlchemy's RowMapping)

# Event fields with a column of the same name (evidence is JSON, the id is ``event_id``).
EVENT_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Event) if f.name not in ("id", "evidence"))
# Claim fields this module writes; a test fails when Claim gains a field missing here.
CLAIM_FIELDS: frozenset[str] = frozenset({
    "id", "content", "cue", "speaker", "quote_type", "party", "channel", "reported_via",
    "evidence_status", "topic", "quantity", "event_id", "speaker_note"})
RESULT_FIELDS: frozenset[str] = frozenset({
    "article", "events", "claims", "contradictions", "language", "warnings", "error"})


def content_hash(text: str) -> str:
    """The default identity of an article: SHA-256 of its text as UTF-8 (callers may pass their own)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_key(article_hash: str, event_id: str) -> str:
    return f"{article_hash}:{event_id}"


def check_storable(article: Article) -> None:
    """Both backends must keep the same texts: PostgreSQL refuses NUL, neither takes lone surrogates."""
    for name in ("text", "title", "outlet", "url"):
        value = getattr(article, name)
        if value is None:
            continue
        if "\x00" in value:
            raise UnstorableTextError(
                f"article {article.id!r}: its {name} contains NUL characters, which the store cannot keep; "
                "remove them (they are not text) and ingest it again")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UnstorableTextError(
                f"article {article.id!r}: its {name} is not valid Unicode (lone surrogate at position "
                f"{exc.start}); decode the source with errors='replace' and ingest it again") from None


# --------------------------------------------------------------------------- articles


def article_row(article: Article, result: ArticleResult, *, content_hash: str, near_duplicate_of: str | None,
                stored_at: dt.datetime) -> dict[str, Any]:
    info = result.article
    return {
        "content_hash": content_hash,
        "near_duplicate_of": near_duplicate_of,
        "source_id": info.id,
        "title": info.title,
        "published": info.published,
        "outlet": info.outlet,
        "url": info.url,
        "country": article.country,
        "language": result.language,
        "text": article.text,
        "error": to_dict(result.error),
        "warnings": to_dict(result.warnings),
        "stored_at": stored_at,
    }


def row_to_info(row: Row) -> ArticleInfo:
    return ArticleInfo(id=row["source_id"], title=row["title"], published=row["published"],
                       outlet=row["outlet"], url=row["url"])


def row_to_article(row: Row) -> Article:
    return Article(id=row["source_id"], text=row["text"], title=row["title"], published=row["published"],
                   outlet=row["outlet"], url=row["url"], country=row["country"])


def row_to_stored_article(row: Row, with_text: bool) -> StoredArticle:
    return StoredArticle(
        id=row["id"], content_hash=row["content_hash"], near_duplicate_of=row["near_duplicate_of"],
        source_id=row["source_id"], title=row["title"], published=row["published"], outlet=row["outlet"],
        url=row["url"], country=row["country"], language=row["language"],
        error=_problem(row["error"]), stored_at=_utc(row["stored_at"]), text=row["text"] if with_text else None)


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite keeps no time zone; the store writes UTC, so a naive value read back is UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def row_to_source(row: Row) -> Source:
    """From a row that carries the article columns (``article_id``, ``content_hash``, ...)."""
    return Source(article_id=row["article_id"], source_id=row["source_id"], content_hash=row["content_hash"],
                  group=row["near_duplicate_of"] or row["content_hash"], outlet=row["outlet"], url=row["url"],
                  published=row["published"])


def row_to_result(article: Row, events: list[Event], claims: list[Claim],
                  contradictions: list[Contradiction]) -> ArticleResult:
    return ArticleResult(
        article=row_to_info(article), events=tuple(events), claims=tuple(claims),
        contradictions=tuple(contradictions), language=article["language"],
        warnings=tuple(from_dict(Problem, w) for w in article["warnings"]), error=_problem(article["error"]))


def _problem(value: Any) -> Problem | None:
    return None if value is None else from_dict(Problem, value)


# --------------------------------------------------------------------------- events


def event_to_row(event: Event, *, article_id: int, key: str, ordinal: int) -> dict[str, Any]:
    row = {name: getattr(event, name) for name in EVENT_COLUMNS}
    row.update(key=key, article_id=article_id, ordinal=ordinal, event_id=event.id,
               evidence=[to_dict(e) for e in event.evidence])
    return row


def row_to_event(row: Row) -> Event:
    values = {name: row[name] for name in EVENT_COLUMNS}
    return Event(id=row["event_id"], evidence=tuple(from_dict(Evidence, e) for e in row["evidence"]), **values)


# --------------------------------------------------------------------------- claims


def claim_to_row(claim: Claim, *, article_id: int, ordinal: int, event_key: str | None) -> dict[str, Any]:
    sp = claim.speaker
    return {
        "article_id": article_id,
        "ordinal": ordinal,
        "claim_id": claim.id,
        "content_text": claim.content.text,
        "content_start": claim.content.start,
        "content_end": claim.content.end,
        "cue": to_dict(claim.cue),
        "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_role": sp.role if sp else None,
        "speaker_affiliation": sp.affiliation if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "speaker_antecedent": to_dict(sp.antecedent) if sp else None,
        "quote_type": claim.quote_type,
        "party": claim.party,
        "channel": claim.channel,
        "reported_via": list(claim.reported_via),
        "evidence_status": claim.evidence_status,
        "topic": claim.topic,
        "quantity": to_dict(claim.quantity),
        "event_id": claim.event_id,
        "event_key": event_key,
        "speaker_note": claim.speaker_note,
    }


def row_to_claim(row: Row) -> Claim:
    speaker = None
    if row["speaker_kind"] is not None:
        antecedent = row["speaker_antecedent"]
        speaker = Speaker(text=row["speaker_text"], start=row["speaker_start"], end=row["speaker_end"],
                          name=row["speaker_name"], role=row["speaker_role"],
                          affiliation=row["speaker_affiliation"], kind=row["speaker_kind"],
                          antecedent=None if antecedent is None else from_dict(TextSpan, antecedent))
    return Claim(
        id=row["claim_id"],
        content=TextSpan(row["content_text"], row["content_start"], row["content_end"]),
        cue=None if row["cue"] is None else from_dict(TextSpan, row["cue"]),
        speaker=speaker,
        quote_type=row["quote_type"],
        party=row["party"],
        channel=row["channel"],
        reported_via=tuple(row["reported_via"]),
        evidence_status=row["evidence_status"],
        topic=row["topic"],
        quantity=None if row["quantity"] is None else from_dict(Quantity, row["quantity"]),
        event_id=row["event_id"],
        speaker_note=row["speaker_note"],
    )


# --------------------------------------------------------------------------- contradictions


def contradiction_to_row(c: Contradiction, *, article_id: int, ordinal: int) -> dict[str, Any]:
    return {"article_id": article_id, "ordinal": ordinal, "claim_a": c.claims[0], "claim_b": c.claims[1],
            "kind": c.kind, "explanation": c.explanation}


def row_to_contradiction(row: Row) -> Contradiction:
    return Contradiction(claims=(row["claim_a"], row["claim_b"]), kind=row["kind"], explanation=row["explanation"])


# --------------------------------------------------------------------------- clusters


def json_ready(value: Any) -> Any:
    """Cluster fields as JSON: records and dates through ``to_dict``, mappings key by key."""
    if isinstance(value, Mapping):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return to_dict(value)
