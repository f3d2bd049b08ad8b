"""Ingest: files, folders, JSONL, web pages, RSS/Atom feeds and stdin into the store, once each.

``read_sources`` turns arguments into articles (or typed errors), ``Ingester`` deduplicates them,
runs the extractor and writes to a ``ResultSink``; ``watch`` polls feeds and reports what is new.
"""

from __future__ import annotations

from .dedup import NearDuplicateIndex, Signature, Signer, content_hash, normalise
from .fetch import USER_AGENT, Fetcher, FetchError, Page
from .run import Extractor, IngestCounts, Ingester, Outcome, ingest
from .sink import MemorySink, ResultSink, StoreSink
from .sources import EntryRef, Sourced, SourceError, SourceItem, read_sources

__all__ = [
    "USER_AGENT",
    "EntryRef",
    "Extractor",
    "FetchError",
    "Fetcher",
    "IngestCounts",
    "Ingester",
    "MemorySink",
    "NearDuplicateIndex",
    "Outcome",
    "Page",
    "ResultSink",
    "Signature",
    "Signer",
    "SourceError",
    "SourceItem",
    "Sourced",
    "StoreSink",
    "content_hash",
    "ingest",
    "normalise",
    "read_sources",
]
