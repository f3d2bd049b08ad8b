"""Cross-article reconciliation: which event reports are one event.

Two steps, both functions of the set of reports (so the result does not depend on input order, and
adding reports one article at a time gives the clusters a single batch run gives):

1. **Candidate graph.** Each new report is compared only with the reports its blocks hold
   (``blocking.BlockIndex``); an edge joins two reports that ``similarity.compatible`` accepts,
   weighted by ``similarity.score``. The connected components of this graph are the units of work:
   a new report can only change the clusters of the components it touches.
2. **Linkage inside a component.** Edges are taken most alike first (ties by the two keys, so the
   order is total); two clusters merge when *every* pair across them is compatible (complete
   linkage). Single linkage would chain reports through a vague one ("clashes in the province")
   into an event no source reported; complete linkage keeps every pair in a cluster compatible, so
   a cluster never holds two events of one article, two different admin2s or dates two days apart.

``Reconciler.update`` adds reports and re-links only the components they touch; ``reconcile`` is a
fresh ``Reconciler`` fed everything at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import InputError
from .agreement import build_cluster
from .blocking import BlockIndex
from .records import Changes, Cluster, EventReport, as_report
from .similarity import Profile, compatible, profile, score


class Reconciler:
    """Clusters of event reports, kept up to date as reports arrive.

    >>> rec = Reconciler()
    >>> changed = rec.add(reports_of_one_article)     # doctest: +SKIP
    >>> rec.clusters()                                # doctest: +SKIP
    """

    def __init__(self) -> None:
        self._reports: dict[str, EventReport] = {}
        self._profiles: dict[str, Profile] = {}
        self._edges: dict[str, dict[str, float]] = {}  # key -> compatible key -> score
        self._component: dict[str, int] = {}  # key -> component number
        self._components: dict[int, set[str]] = {}
        self._next_component = 0
        self._clusters: dict[str, Cluster] = {}
        self._cluster_of: dict[str, str] = {}  # report key -> cluster id
        self._index = BlockIndex()

    # ------------------------------------------------------------------ public API

    def add(self, reports: Iterable[EventReport | Any]) -> list[Cluster]:
        """Add reports; the clusters that are new or changed, in ``clusters()`` order."""
        return list(self.update(reports).changed)

    def update(self, reports: Iterable[EventReport | Any]) -> Changes:
        """Add reports (this module's ``EventReport`` or the store's); what changed and what went.

        A report already added is skipped; the same key with different content raises ``InputError``
        (reports are immutable: ``discard`` the old one first).
        """
        new: list[EventReport] = []
        for obj in reports:
            r = as_report(obj)
            held = self._reports.get(r.key)
            if held is not None:
                if held != r:
                    raise InputError(
                        f"event report {r.key!r} was added before with different content; "
                        "discard the old report first, or give the new one its own key",
                        code="duplicate_report",
                    )
                continue
            self._reports[r.key] = r
            new.append(r)
        for r in new:
            self._insert(r)
        touched = {self._component[r.key] for r in new}
        return self._relink(touched, old_ids=self._cluster_ids_of(touched))

    def discard(self, keys: Iterable[str]) -> Changes:
        """Remove reports by key (unknown keys are ignored); what changed and what went."""
        gone = [k for k in dict.fromkeys(keys) if k in self._reports]
        touched = {self._component[k] for k in gone}
        old_ids = self._cluster_ids_of(touched)
        for k in gone:
            self._remove(k)
        # A component that lost a report may fall apart: recompute connectivity over what is left.
        survivors = {k for c in touched for k in self._components.pop(c)} - set(gone)
        fresh = self._split(survivors)
        return self._relink(fresh, old_ids=old_ids)

    def clusters(self) -> list[Cluster]:
        """Every cluster, by event date (undated last), then id."""
        return sorted(self._clusters.values(), key=cluster_order)

    def connected(self, keys: Iterable[str]) -> set[str]:
        """Every report key in the candidate-graph components of these (held) keys: the reports whose
        clusters can change when these change."""
        components = {self._component[k] for k in keys}
        return {k for c in components for k in self._components[c]}

    def cluster_of(self, key: str) -> Cluster | None:
        cid = self._cluster_of.get(key)
        return self._clusters.get(cid) if cid is not None else None

    def __len__(self) -> int:
        return len(self._reports)

    # ------------------------------------------------------------------ candidate graph

    def _insert(self, r: EventReport) -> None:
        p = profile(r)
        edges: dict[str, float] = {}
        for k in set(self._index.candidates(p)):
            q = self._profiles[k]
            if compatible(p, q):
                edges[k] = score(p, q) if p.key < q.key else score(q, p)
        self._profiles[r.key] = p
        self._index.add(p)
        self._edges[r.key] = edges
        for k, s in edges.items():
            self._edges[k][r.key] = s
        # Join the components of the neighbours (the smaller ones move into the largest).
        comps = sorted({self._component[k] for k in edges}, key=lambda c: (-len(self._components[c]), c))
        if comps:
            target = comps[0]
            for c in comps[1:]:
                for k in self._components.pop(c):
                    self._component[k] = target
                    self._components[target].add(k)
        else:
            target = self._new_component(set())
        self._components[target].add(r.key)
        self._component[r.key] = target

    def _remove(self, key: str) -> None:
        p = self._profiles.pop(key)
        self._index.discard(p)
        for k in self._edges.pop(key):
            del self._edges[k][key]
        del self._reports[key]
        del self._component[key]
        # Its cluster stays until ``_relink`` replaces it, so that the change reports the old id.
        self._cluster_of.pop(key, None)

    def _new_component(self, keys: set[str]) -> int:
        number = self._next_component
        self._next_component += 1
        self._components[number] = keys
        for k in keys:
            self._component[k] = number
        return number

    def _split(self, keys: set[str]) -> set[int]:
        """Components (connected over the edges) of ``keys``, registered; their numbers."""
        out: set[int] = set()
        left = set(keys)
        while left:
            start = min(left)
            seen = {start}
            stack = [start]
            while stack:
                for k in self._edges[stack.pop()]:
                    if k not in seen:
                        seen.add(k)
                        stack.append(k)
            left -= seen
            out.add(self._new_component(seen))
        return out

    # ------------------------------------------------------------------ linkage

    def _cluster_ids_of(self, components: Iterable[int]) -> set[str]:
        return {self._cluster_of[k] for c in components for k in self._components[c] if k in self._cluster_of}

    def _relink(self, components: Iterable[int], old_ids: set[str]) -> Changes:
        previous = {cid: self._clusters.pop(cid) for cid in old_ids if cid in self._clusters}
        # A cluster is a function of its members: one whose members did not change is kept as is.
        unchanged = {c.members: c for c in previous.values()}
        changed: list[Cluster] = []
        for c in components:
            for group in link(self._components[c], self._edges):
                kept = unchanged.get(tuple(group))
                cluster = kept if kept is not None else build_cluster([self._reports[k] for k in group])
                self._clusters[cluster.id] = cluster
                for k in group:
                    self._cluster_of[k] = cluster.id
                if previous.get(cluster.id) != cluster:
                    changed.append(cluster)
        removed = sorted(set(previous) - set(self._clusters))
        return Changes(tuple(sorted(changed, key=cluster_order)), tuple(removed))


def link(keys: Iterable[str], edges: dict[str, dict[str, float]]) -> list[list[str]]:
    """Complete-linkage groups of ``keys`` over compatible pairs, most alike pairs merged first.

    The pair order is total (score, then the two keys), so the groups depend only on the set of
    keys and their edges. Each group is returned sorted; groups sorted by their first key.
    """
    keys = sorted(keys)
    inside = set(keys)
    pairs = sorted(
        (-s, a, b) for a in keys for b, s in edges[a].items() if a < b and b in inside
    )
    root = {k: k for k in keys}
    members: dict[str, list[str]] = {k: [k] for k in keys}

    def find(k: str) -> str:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for _, a, b in pairs:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        small, large = sorted((members[ra], members[rb]), key=len)
        if all(y in edges[x] for x in small for y in large):
            keep, drop = (ra, rb) if ra < rb else (rb, ra)
            root[drop] = keep
            members[keep].extend(members.pop(drop))
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


def reconcile(reports: Iterable[EventReport | Any]) -> list[Cluster]:
    """The clusters of ``reports`` (a fresh ``Reconciler`` fed them all at once)."""
    rec = Reconciler()
    rec.update(reports)
    return rec.clusters()


def cluster_order(c: Cluster) -> tuple[bool, int, str]:
    return (c.event_date is None, c.event_date.toordinal() if c.event_date else 0, c.id)


__all__ = ["Reconciler", "link", "reconcile"]
