"""Keep the store's clusters up to date as articles arrive, without reconciling everything again.

``sync_clusters(store, new_hashes)`` reads the event reports of the new articles (and of any stored
event that has no cluster yet: a run that stopped between storing an article and updating the
clusters is completed by the next one), then only the stored reports that could share a connected
component of the candidate graph with them, and writes the clusters of those components.

Why components and not just neighbours: complete linkage inside a component depends on every edge
of the component (a neighbour's neighbour can take a report first), so the stored result equals a
full ``reconcile()`` only when the whole component is loaded. Components never cross a (country,
admin1) block, and a report's compatible partners have dates within ``PAD_DAYS`` of its own, so the
loader widens a date window until every member of the touched components has its window loaded
(usually one or two queries of a few weeks each).

The SQL filters by date only, not by place: places are compared after ``similarity.norm`` (accents,
punctuation), which SQL ``lower()`` cannot reproduce; reports of other blocks are dropped in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from ..records import ArticleInfo, ArticleResult, Contradiction, to_dict
from .engine import Reconciler
from .records import Changes, Cluster, EventReport, as_report
from .similarity import DAY_SLACK, UNDATED_LOOKBACK_DAYS, WIDEN_DAYS, Profile, profile

# How far (in days) a stored report's coded date, or publication date when undated, can lie from
# another report's possible dates while the two are still compatible: the one-day slack, the widest
# precision widening, and the look-back of undated reports. A superset: extra rows are harmless.
PAD_DAYS = DAY_SLACK + max(WIDEN_DAYS.values()) + UNDATED_LOOKBACK_DAYS

Loaded = dict[str, tuple[EventReport, str | None]]  # key -> (report, its stored cluster id)
Interval = tuple[int, int]  # inclusive day ordinals
Block = tuple[str | None, str | None]


def sync_clusters(store: Any, new_hashes: Collection[str] = ()) -> Changes:
    """Update the stored clusters for the articles with these content hashes (and any unclustered
    stored event); what changed and which cluster ids went. Equal to a full ``reconcile`` of the
    store when the stored clusters were (the test suite checks it)."""
    fresh = _load_new(store, new_hashes)
    if not fresh:
        return Changes((), ())
    loaded: Loaded = dict(fresh)
    rec = Reconciler()
    rec.update(r for r, _ in fresh.values())
    profiles = {k: profile(r) for k, (r, _) in fresh.items()}
    blocks = {_block(p) for p in profiles.values() if p.lo is not None}
    covered: list[Interval] = []
    while True:
        touched = rec.connected(fresh)
        need = _merge([_window(profiles[k]) for k in touched if profiles[k].lo is not None])
        missing = _subtract(need, covered)
        if not missing:
            break
        added: list[EventReport] = []
        for lo, hi in missing:
            for report, cid in _load_window(store, lo, hi):
                if report.key in loaded:
                    continue
                p = profile(report)
                if _block(p) not in blocks:
                    continue
                loaded[report.key] = (report, cid)
                profiles[report.key] = p
                added.append(report)
        covered = _merge(covered + missing)
        rec.update(added)
    return _write(store, rec, touched, loaded)


def _write(store: Any, rec: Reconciler, touched: set[str], loaded: Loaded) -> Changes:
    """Upsert the clusters of the touched components that differ from what is stored."""
    stored: dict[str, set[str]] = {}
    for key, (_, cid) in loaded.items():
        if cid is not None:
            stored.setdefault(cid, set()).add(key)
    now: dict[str, Cluster] = {}
    for key in touched:
        cluster = rec.cluster_of(key)
        if cluster is not None:
            now[cluster.id] = cluster
    old_ids = {loaded[k][1] for k in touched if loaded[k][1] is not None}
    # A cluster is a function of its members: same id and same members means nothing to write.
    changed = [c for cid, c in sorted(now.items())
               if not (cid in old_ids and set(c.members) == stored.get(cid))]
    removed = tuple(sorted(cid for cid in old_ids if cid is not None and cid not in now))
    if changed or removed:
        store.upsert_clusters(changed, removed=removed)
    return Changes(tuple(changed), removed)


def _block(p: Profile) -> Block:
    return (p.country, p.admin1)


def _window(p: Profile) -> Interval:
    assert p.lo is not None and p.hi is not None
    return (p.lo - PAD_DAYS, p.hi + PAD_DAYS)


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _subtract(need: Sequence[Interval], covered: Sequence[Interval]) -> list[Interval]:
    """Parts of ``need`` outside ``covered`` (both merged and sorted)."""
    out: list[Interval] = []
    for lo, hi in need:
        start = lo
        for clo, chi in covered:
            if chi < start or clo > hi:
                continue
            if clo > start:
                out.append((start, clo - 1))
            start = max(start, chi + 1)
        if start <= hi:
            out.append((start, hi))
    return out


# --------------------------------------------------------------------------- loading


def _reports(pairs: Iterable[tuple[Any, str | None]]) -> Iterator[tuple[EventReport, str | None]]:
    return ((as_report(stored), cid) for stored, cid in pairs)


def _load_new(store: Any, hashes: Collection[str]) -> Loaded:
    out: Loaded = {}
    wanted = list(dict.fromkeys(hashes))
    for i in range(0, len(wanted), 500):
        found = store.reports_to_reconcile(content_hashes=wanted[i : i + 500])
        out.update((r.key, (r, cid)) for r, cid in _reports(found))
    out.update((r.key, (r, cid)) for r, cid in _reports(store.reports_to_reconcile(unclustered=True)))
    return out


def _load_window(store: Any, lo: int, hi: int) -> Iterable[tuple[EventReport, str | None]]:
    first, last = dt.date.fromordinal(max(lo, 1)), dt.date.fromordinal(max(hi, 1))
    return _reports(store.reports_to_reconcile(between=(first, last)))


# --------------------------------------------------------------------------- watch notices


def new_contradictions(changes: Changes, results: Iterable[ArticleResult]
                       ) -> list[tuple[ArticleInfo, dict[str, Any]]]:
    """Cross-article contradictions of the changed clusters that involve a claim of one of these new
    articles: (the new article, the contradiction as a JSON-ready dict with the claims' texts)."""
    by_id = {r.article.id: r for r in results}
    out: list[tuple[ArticleInfo, dict[str, Any]]] = []
    seen: set[tuple[str, str, str]] = set()
    # Texts of the new articles' claims, under their qualified ids (older claims' texts are not at hand).
    texts = {f"{aid}:{c.id}": c.content.text for aid, r in by_id.items() for c in r.claims}
    for cluster in changes.changed:
        for c in cluster.contradictions:
            owner = next((by_id[a] for a in (_article_of(i, by_id) for i in c.claims) if a is not None), None)
            ident = (c.claims[0], c.claims[1], c.kind)
            if owner is None or ident in seen:
                continue
            seen.add(ident)
            out.append((owner.article, _contradiction_data(c, texts)))
    return out


def _article_of(claim_id: str, by_id: dict[str, ArticleResult]) -> str | None:
    """The new article a qualified claim id (``article_id:claim_id``) belongs to, if any."""
    for article_id in by_id:
        if claim_id.startswith(article_id + ":"):
            return article_id
    return None


def _contradiction_data(c: Contradiction, texts: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(c)
    data["claim_texts"] = [texts.get(i) for i in c.claims]
    data["cross_article"] = True
    return data


__all__ = ["PAD_DAYS", "new_contradictions", "sync_clusters"]
