"""Properties of reconciliation over generated reports: independent of input order, incremental
equals batch, every cluster pairwise compatible, and candidate pairs far fewer than all pairs."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.reconcile import EventReport, Reconciler, engine, reconcile
from fogwatch.reconcile.similarity import compatible, profile
from fogwatch.records import Claim, Event, Quantity, Speaker, TextSpan

DAY = dt.date(2023, 5, 10)
RED, BLUE = "Red Brigade", "Military Forces of Freedonia (2020-)"
TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Protests", "Peaceful protest"),
)
PLACES = (
    ("North", "Lakeside", "Lakeside", 10.0, 20.0, 1),
    ("North", "Lakeside", "Pier", 10.02, 20.01, 2),
    ("North", "Hillside", "Hillside", 10.3, 20.1, 1),
    ("North", None, None, 10.5, 20.5, 3),
    ("North", None, "Ferry", 10.05, 20.02, 2),
    ("South", "Delta", "Delta", 9.0, 21.0, 1),
)


def _claim(party: str, whose: str, value: int | None) -> Claim:
    text = f"{value} soldiers were killed" if value is not None else "there were no casualties among our soldiers"
    quantity = Quantity(value, None, None, None, "people killed", whose) if value is not None else None
    return Claim("c1", TextSpan(text, 0, len(text)), None, Speaker("a spokesman", 0, 11, None, None, party, "person"),
                 "indirect", party, None, (), "none_stated", "casualties", quantity, "e1")  # fmt: skip


@st.composite
def reports(draw) -> list[EventReport]:
    keys = draw(st.lists(st.tuples(st.integers(0, 7), st.integers(1, 2)), min_size=1, max_size=14, unique=True))
    out = []
    for article, ev in keys:
        admin1, admin2, location, lat, lon, geo = draw(st.sampled_from(PLACES))
        event_type, sub = draw(st.sampled_from(TYPES))
        figure = draw(st.sampled_from([None, 0, 3, 7]))
        claims = draw(st.sampled_from([(), (_claim(RED, BLUE, 40),), (_claim(BLUE, BLUE, None),)]))
        e = Event(
            id=f"e{ev}", event_date=DAY + dt.timedelta(days=draw(st.integers(0, 3))),
            time_precision=draw(st.sampled_from([1, 1, 2])), event_type=event_type, sub_event_type=sub,
            actor1=draw(st.sampled_from([RED, RED, None, "Unidentified Armed Group (Freedonia)"])), inter1=2,
            actor2=draw(st.sampled_from([BLUE, None, "Blue Militia"])), inter2=1, country="Freedonia",
            admin1=admin1, admin2=admin2, location=location, latitude=lat, longitude=lon, geo_precision=geo,
            fatalities=figure or 0, fatalities_low=figure, fatalities_best=figure,
            fatalities_high=None if figure is None else figure * 2,
        )  # fmt: skip
        group = draw(st.sampled_from(["", "", "wire-1", "wire-2"]))
        out.append(EventReport(e, f"a{article}", f"Outlet {article % 3}", DAY + dt.timedelta(days=article % 2),
                               group, claims))  # fmt: skip
    return out


@settings(max_examples=150, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_input_order(given_reports, rnd):
    shuffled = list(given_reports)
    rnd.shuffle(shuffled)
    assert reconcile(shuffled) == reconcile(given_reports)


@settings(max_examples=150, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_incremental_updates_equal_a_batch_run(given_reports, rnd):
    shuffled = list(given_reports)
    rnd.shuffle(shuffled)
    rec = Reconciler()
    seen: dict[str, object] = {}
    i = 0
    while i < len(shuffled):
        step = rnd.randint(1, 4)
        changes = rec.update(shuffled[i : i + step])
        for cid in changes.removed:
            del seen[cid]
        for c in changes.changed:
            seen[c.id] = c
        i += step
    batch = reconcile(given_reports)
    assert rec.clusters() == batch
    # the stream of changes, applied in order, rebuilds the same set (what a store would hold)
    assert sorted(seen.values(), key=lambda c: c.id) == sorted(batch, key=lambda c: c.id)


@settings(max_examples=150, deadline=None)
@given(reports())
def test_every_report_in_one_cluster_and_clusters_pairwise_compatible(given_reports):
    clusters = reconcile(given_reports)
    by_key = {r.key: r for r in given_reports}
    members = [k for c in clusters for k in c.members]
    assert sorted(members) == sorted(by_key)
    for c in clusters:
        profiles = [profile(by_key[k]) for k in c.members]
        assert all(compatible(p, q) for i, p in enumerate(profiles) for q in profiles[i + 1 :])
        assert c.n_sources == len({by_key[k].source_group for k in c.members})
        docs = [by_key[k].document for k in c.members]
        assert len(docs) == len(set(docs))


@settings(max_examples=60, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_discarding_reports_equals_a_run_without_them(given_reports, rnd):
    gone = {r.key for r in given_reports if rnd.random() < 0.4}
    rec = Reconciler()
    rec.add(given_reports)
    rec.discard(gone)
    assert rec.clusters() == reconcile([r for r in given_reports if r.key not in gone])


def _spread(n: int, seed: int = 1) -> list[EventReport]:
    """``n`` reports spread over 40 admin1 regions and a year, several reports per event."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        event_no = i // 3
        region = event_no % 40
        day = DAY + dt.timedelta(days=(event_no * 7919) % 365)
        e = Event(
            id="e1", event_date=day, time_precision=1, event_type="Battles", sub_event_type="Armed clash",
            actor1=RED, inter1=2, actor2=BLUE, inter2=1, country="Freedonia", admin1=f"Region {region}",
            admin2=f"District {rng.randrange(5)}", location=None, latitude=None, longitude=None, geo_precision=2,
            fatalities=0, fatalities_low=None, fatalities_best=None, fatalities_high=None,
        )  # fmt: skip
        out.append(EventReport(e, f"art{i}", "Outlet", day))
    return out


def test_candidate_pairs_grow_far_slower_than_all_pairs(monkeypatch):
    counted = [0]

    def counting(a, b):  # the engine's own test, counted
        counted[0] += 1
        return compatible(a, b)

    monkeypatch.setattr(engine, "compatible", counting)
    compared = []
    for n in (1500, 3000):
        counted[0] = 0
        reconcile(_spread(n))
        compared.append(counted[0])
    all_pairs = 3000 * 2999 // 2
    assert compared[1] < 0.01 * all_pairs
    assert compared[1] / compared[0] < 2.6  # twice the reports, about twice the comparisons (not 4x)
