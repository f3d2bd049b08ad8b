"""Reconciliation rules on small hand-built reports: when reports merge, when they do not, and how a
cluster's fields are chosen by agreement of its sources. All names and figures are invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest

from fogwatch.errors import InputError
from fogwatch.reconcile import Cluster, EventReport, Reconciler, as_report, reconcile, reports_from_result
from fogwatch.reconcile.agreement import build_cluster, cluster_id
from fogwatch.reconcile.similarity import compatible, profile
from fogwatch.records import (
    ArticleInfo,
    ArticleResult,
    Claim,
    Event,
    Quantity,
    Speaker,
    TextSpan,
    from_dict,
    to_dict,
)

DAY = dt.date(2023, 5, 10)
RED, BLUE = "Red Brigade", "Military Forces of Freedonia (2020-)"


def event(event_id: str = "e1", **fields) -> Event:
    base = dict(
        id=event_id, event_date=DAY, time_precision=1, event_type="Battles", sub_event_type="Armed clash",
        actor1=RED, inter1=2, actor2=BLUE, inter2=1, country="Freedonia", admin1="North",
        admin2="Lakeside", location="Lakeside", latitude=10.0, longitude=20.0, geo_precision=1,
        fatalities=0, fatalities_low=None, fatalities_best=None, fatalities_high=None,
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


def report(article: str, event_id: str = "e1", *, group: str = "", outlet: str | None = None,
           published: dt.date | None = DAY, claims: tuple[Claim, ...] = (), **fields) -> EventReport:
    return EventReport(event(event_id, **fields), article, outlet or f"{article} News", published, group, claims)


def claim(cid: str, text: str, party: str | None, *, topic: str = "casualties", whose: str | None = None,
          value: int | None = None, speaker: str = "a spokesman") -> Claim:
    quantity = Quantity(value, None, None, None, "people killed", whose) if (value is not None or whose) else None
    return Claim(
        id=cid, content=TextSpan(text, 0, len(text)), cue=None,
        speaker=Speaker(speaker, 0, len(speaker), speaker.title(), "spokesman", party, "person"),
        quote_type="indirect", party=party, channel=None, reported_via=(), evidence_status="none_stated",
        topic=topic, quantity=quantity, event_id="e1",
    )  # fmt: skip


def groups(clusters: list[Cluster]) -> set[tuple[str, ...]]:
    return {c.members for c in clusters}


# --------------------------------------------------------------------------- when reports merge


def test_two_outlets_reporting_one_clash_are_one_cluster_with_two_sources():
    [c] = reconcile([report("a"), report("b")])
    assert c.members == ("a:e1", "b:e1")
    assert c.n_sources == 2
    assert [s.outlet for s in c.sources] == ["a News", "b News"]


def test_syndicated_copies_count_as_one_source_but_keep_each_outlet():
    [c] = reconcile([report("a", group="wire-1"), report("b", group="wire-1"), report("c")])
    assert c.n_sources == 2
    assert set(c.outlets) == {"a News", "b News", "c News"}


def test_syndicated_copies_with_two_events_pair_event_by_event():
    later = dict(event_date=DAY + dt.timedelta(days=1))
    reports = [report("a", "e1", group="wire"), report("a", "e2", group="wire", **later),
               report("b", "e1", group="wire"), report("b", "e2", group="wire", **later)]  # fmt: skip
    clusters = reconcile(reports)
    assert groups(clusters) == {("a:e1", "b:e1"), ("a:e2", "b:e2")}
    assert all(c.n_sources == 1 for c in clusters)


def test_different_admin2_are_different_events():
    clusters = reconcile([report("a"), report("b", admin2="Hillside", location="Hillside", latitude=10.1)])
    assert groups(clusters) == {("a:e1",), ("b:e1",)}


@pytest.mark.parametrize(("km_east", "merged"), [(10, True), (40, False)])
def test_without_admin2_points_within_25_km_merge(km_east, merged):
    lon = 20.0 + km_east / 109.5  # about 109.5 km per degree of longitude at 10 degrees north
    clusters = reconcile([
        report("a", admin2=None, location="Ferry Point"),
        report("b", admin2=None, location="Old Mill", latitude=10.0, longitude=lon, geo_precision=2),
    ])  # fmt: skip
    assert (len(clusters) == 1) is merged


def test_a_report_placed_only_to_its_province_joins_a_district_level_report():
    coarse = report("b", admin2=None, location=None, latitude=11.0, longitude=21.0, geo_precision=3)
    [c] = reconcile([report("a"), coarse])
    assert c.admin2 == "Lakeside" and c.geo_precision == 1  # the most specific place is coded


def test_different_admin1_never_merge():
    assert len(reconcile([report("a"), report("b", admin1="South")])) == 2


@pytest.mark.parametrize(
    ("days", "precision", "merged"),
    [(0, 1, True), (1, 1, True), (2, 1, False), (5, 2, True), (9, 2, False)],
)
def test_dates_within_one_day_widened_by_precision(days, precision, merged):
    later = report("b", event_date=DAY + dt.timedelta(days=days), time_precision=precision)
    assert (len(reconcile([report("a"), later])) == 1) is merged


def test_actors_one_unknown_or_swapped_or_unidentified_are_compatible():
    reports = [
        report("a"),
        report("b", actor2=None, inter2=None),
        report("c", actor1=BLUE, inter1=1, actor2=RED, inter2=2),
        report("d", actor1="Unidentified Armed Group (Freedonia)", inter1=3),
    ]
    [c] = reconcile(reports)
    assert c.n_sources == 4
    assert (c.actor1, c.actor2) == (RED, BLUE)  # named actors win; most sources put Red first
    assert (c.inter1, c.inter2, c.interaction) == (2, 1, 12)


def test_different_named_actors_are_different_events():
    assert len(reconcile([report("a"), report("b", actor2="Blue Militia", inter2=3)])) == 2


def test_confusable_event_types_merge_unrelated_ones_do_not():
    shelling = report("b", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    protest = report("c", event_type="Protests", sub_event_type="Peaceful protest")
    clusters = reconcile([report("a"), shelling, protest])
    assert groups(clusters) == {("a:e1", "b:e1"), ("c:e1",)}


def test_two_events_of_one_article_never_merge_even_through_a_third_report():
    # b is compatible with both events of article a (no date-precise conflict with either)
    a1 = report("a", "e1")
    a2 = report("a", "e2", event_date=DAY + dt.timedelta(days=1))
    bridge = report("b", event_date=DAY, time_precision=2)
    clusters = reconcile([a1, a2, bridge])
    assert len(clusters) == 2
    assert all(not {"a:e1", "a:e2"} <= set(c.members) for c in clusters)


def test_no_chaining_through_consecutive_days():
    reports = [report(f"r{d}", event_date=DAY + dt.timedelta(days=d)) for d in range(3)]
    clusters = reconcile(reports)
    # day 0 and day 2 are two days apart: never in one cluster, whatever day 1 joins
    assert all(not {"r0:e1", "r2:e1"} <= set(c.members) for c in clusters)
    for c in clusters:
        profiles = [profile(next(r for r in reports if r.key == k)) for k in c.members]
        assert all(compatible(p, q) for p in profiles for q in profiles if p is not q)


def test_reports_without_place_or_date_stay_alone():
    undated = report("a", event_date=None, time_precision=None, published=None)
    nowhere = report("b", country=None, admin1=None, admin2=None, location=None, latitude=None, longitude=None)
    assert len(reconcile([undated, report("c"), nowhere])) == 3


def test_undated_report_falls_back_to_the_days_before_publication():
    undated = report("b", event_date=None, time_precision=None, published=DAY + dt.timedelta(days=2))
    [c] = reconcile([report("a"), undated])
    assert c.event_date == DAY and c.time_precision == 1


# --------------------------------------------------------------------------- fields by agreement


def test_fields_follow_the_majority_of_independent_sources_not_of_copies():
    wrong = dict(location="Lakeside Market", latitude=10.01, geo_precision=1)
    reports = [
        report("w1", group="wire", **wrong), report("w2", group="wire", **wrong), report("w3", group="wire", **wrong),
        report("x"), report("y"),
    ]  # fmt: skip
    [c] = reconcile(reports)
    assert c.n_sources == 3
    assert c.location == "Lakeside"  # two independent sources beat three copies of one story


def test_event_type_and_date_by_vote():
    reports = [
        report("a", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"),
        report("b"), report("c", event_date=DAY + dt.timedelta(days=1)), report("d", time_precision=2),
    ]  # fmt: skip
    [c] = reconcile(reports)
    assert (c.event_type, c.sub_event_type) == ("Battles", "Armed clash")
    assert c.event_date == DAY  # the precise reports give DAY twice, DAY+1 once
    assert (c.date_start, c.date_end) == (DAY, DAY + dt.timedelta(days=1))
    assert c.first_reported == DAY and c.last_reported == DAY


def test_fatalities_conservative_and_a_source_without_a_figure_does_not_vote_zero():
    reports = [
        report("a", fatalities=7, fatalities_low=7, fatalities_best=7, fatalities_high=7),
        report("b", fatalities=9, fatalities_low=8, fatalities_best=9, fatalities_high=9),
        report("c", fatalities=9, fatalities_low=9, fatalities_best=9, fatalities_high=30),  # 30 claimed by a party
        report("d"),  # no figure at all
    ]
    [c] = reconcile(reports)
    assert c.fatalities == 7  # ACLED: the lowest credible non-partisan figure
    assert (c.fatalities_low, c.fatalities_best, c.fatalities_high) == (7, 9, 30)


def test_only_partisan_figures_give_zero_fatalities_and_a_high():
    [c] = reconcile([report("a", fatalities_high=40), report("b")])
    assert c.fatalities == 0
    assert (c.fatalities_low, c.fatalities_best, c.fatalities_high) == (None, None, 40)


def test_deaths_by_side_from_independent_or_self_admitted_claims_only():
    a_claims = (
        claim("c1", "a hospital said 6 soldiers were killed", None, whose=BLUE, value=6, speaker="a doctor"),
        claim("c2", "Red Brigade said it killed 50 soldiers", RED, whose=BLUE, value=50),
    )
    b_claims = (
        claim("c1", "the Red Brigade admitted losing 3 fighters, killed in the clash", RED, whose=RED, value=3),
        claim("c2", "4 civilians were killed in crossfire", None, whose="Civilians (Freedonia)", value=4,
              speaker="a local official"),
    )  # fmt: skip
    reports = [
        report("a", claims=a_claims, fatalities=13, fatalities_low=13, fatalities_best=13, fatalities_high=50),
        report("b", claims=b_claims, fatalities=13, fatalities_low=13, fatalities_best=13, fatalities_high=13),
    ]
    [c] = reconcile(reports)
    assert (c.deaths_a, c.deaths_b, c.deaths_civilians) == (3, 6, 4)  # Red is actor 1
    assert c.deaths_unknown == 0
    assert c.fatalities_high == 50
    assert c.speakers[0] == "A Spokesman" and "A Doctor" in c.speakers


def test_cross_article_contradiction_and_contested():
    claim_a = claim("c1", "Red Brigade fighters killed 40 soldiers of the army", RED, whose=BLUE, value=40)
    claim_b = claim("c1", "the army said there were no casualties among its soldiers", BLUE)
    [c] = reconcile([report("a", claims=(claim_a,)), report("b", claims=(claim_b,))])
    assert c.contested
    [x] = c.contradictions
    assert x.kind == "casualties"
    assert set(x.claims) == {"a:c1", "b:c1"}  # claim ids qualified by article


def test_no_contradiction_between_copies_of_one_story_and_none_without_parties():
    claim_a = claim("c1", "Red Brigade fighters killed 40 soldiers of the army", RED, whose=BLUE, value=40)
    claim_b = claim("c2", "the army said there were no casualties among its soldiers", BLUE)
    both = (claim_a, claim_b)
    [c] = reconcile([report("a", group="wire", claims=both), report("b", group="wire", claims=both)])
    assert c.contradictions == ()  # the conflict is inside one story, not across sources
    assert c.contested  # but the parties' claims still conflict
    neutral = claim("c1", "9 people died", None, value=9, speaker="a resident")
    [d] = reconcile([report("x", claims=(neutral,)), report("y")])
    assert not d.contested and d.contradictions == ()


# --------------------------------------------------------------------------- ids, records, adapters


def test_cluster_id_is_named_after_the_smallest_member_and_stable_as_reports_join():
    rec = Reconciler()
    [first] = rec.add([report("a")])
    [grown] = rec.add([report("b")])
    assert first.id == grown.id == cluster_id(["a:e1"])
    assert grown.members == ("a:e1", "b:e1")


def test_update_reports_removed_ids_when_an_earlier_key_takes_over():
    rec = Reconciler()
    rec.add([report("b")])
    changes = rec.update([report("a")])
    assert changes.removed == (cluster_id(["b:e1"]),)
    assert [c.id for c in changes.changed] == [cluster_id(["a:e1"])]


def test_discard_splits_a_cluster_and_matches_a_fresh_run():
    reports = [report("a"), report("b"), report("c", admin2="Hillside", location="Hillside")]
    rec = Reconciler()
    rec.add(reports)
    changes = rec.discard(["a:e1"])
    assert rec.clusters() == reconcile(reports[1:])
    assert cluster_id(["a:e1"]) in changes.removed


def test_the_same_report_twice_is_ignored_and_a_changed_one_refused():
    rec = Reconciler()
    rec.add([report("a")])
    assert rec.add([report("a")]) == []
    with pytest.raises(InputError, match="different content"):
        rec.add([report("a", fatalities=3)])


def test_cluster_round_trips_through_json_and_reads_as_the_store_expects():
    claim_a = claim("c1", "Red Brigade fighters killed 40 soldiers of the army", RED, whose=BLUE, value=40)
    claim_b = claim("c1", "the army said there were no casualties among its soldiers", BLUE)
    [c] = reconcile([report("a", claims=(claim_a,)), report("b", claims=(claim_b,))])
    assert from_dict(Cluster, to_dict(c)) == c
    assert c.member_keys == c.members
    assert c.fields["event_date"] == DAY.isoformat()


def test_reports_from_result_links_claims_to_their_event():
    linked = dataclasses.replace(claim("c1", "9 killed", None, value=9), event_id="e2")
    loose = dataclasses.replace(claim("c2", "talks failed", None, topic="negotiations"), event_id=None)
    result = ArticleResult(
        ArticleInfo("art", "A title", DAY, "Daily", None),
        events=(event("e1"), event("e2", admin2="Hillside")),
        claims=(linked, loose),
    )
    r1, r2 = reports_from_result(result, source_group="g")
    assert (r1.key, r2.key, r1.source_group, r1.outlet) == ("art:e1", "art:e2", "g", "Daily")
    assert r1.claims == () and r2.claims == (linked,)


def test_store_records_are_adapted():
    source = types.SimpleNamespace(source_id="art", group="sha256:g", content_hash="sha256:x", outlet="Daily",
                                   published=DAY)  # fmt: skip
    stored = types.SimpleNamespace(key="sha256:x:e1", source=source, event=event(), claims=())
    r = as_report(stored)
    assert (r.key, r.article_id, r.source_group, r.document) == ("sha256:x:e1", "art", "sha256:g", "sha256:x")
    [c] = reconcile([stored, report("b")])
    assert c.members == ("b:e1", "sha256:x:e1")
    with pytest.raises(TypeError):
        as_report(object())


def test_build_cluster_needs_members():
    with pytest.raises(ValueError):
        build_cluster([])
