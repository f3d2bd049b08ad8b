"""Filters, event reports and clusters, on a small hand-built corpus, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from pg_server import new_database
from store_builders import Cluster, article_and_result, claim, event

from fogwatch.records import Contradiction
from fogwatch.store import Filters, Store, StoreError, content_hash

A_TEXT = "Fighting in Millbrook: Rebel Front and the army both claim the upper hand."
B_TEXT = "Hundreds marched in Southport against the curfew, the mayor said."
C_TEXT = A_TEXT + "\nRead more: subscribe to the Daily Echo."  # a syndicated copy of A
D_TEXT = A_TEXT + "\n(c) Coast Courier."  # a copy of C, so of A too
E_TEXT = "Gunmen attacked a market near Abidjan, officials said."

CIV = "Violence against civilians"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(request, tmp_path_factory):
    """Read-only tests share one corpus per backend; tests that write clusters get their own."""
    with new_database(request.param, request, tmp_path_factory.mktemp("corpus")) as url, Store.open(url) as store:
        yield fill(store)


@pytest.fixture
def corpus_rw(store):
    return fill(store)


def fill(store):
    a_claims = (
        claim("c1"),
        claim("c2", speaker=claim().speaker.__class__("Col. Petr Novak", 0, 15, "Petr Novak", "colonel",
                                                      "Military Forces of Ruritania", "person"),
              party="Military Forces of Ruritania", quantity=None, content=claim().content.__class__(
                  "the rebels were repelled", 1, 20)),
        claim("c3", speaker=None, party=None, topic="territory", event_id=None, quantity=None),
    )
    store.add_result(*article_and_result(
        "A", A_TEXT, events=(event("e1"),), claims=a_claims,
        contradictions=(Contradiction(("c1", "c2"), "casualties", "12 killed vs repelled"),)))
    store.add_result(*article_and_result(
        "B", B_TEXT, outlet="Wire Agency", published=dt.date(2023, 5, 21),
        events=(event("e1", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Ruritania)",
                      inter1=6, actor2=None, inter2=None, admin1="South Plain", event_date=dt.date(2023, 5, 20)),),
        claims=(claim("c1", speaker=claim().speaker.__class__("the mayor", 0, 9, "Ilse Berg", "mayor", None,
                                                              "person"), party=None, topic="other"),)))
    hash_a = content_hash(A_TEXT)
    store.add_result(*article_and_result("C", C_TEXT, outlet="Daily Echo", events=(event("e1"),)),
                     near_duplicate_of=hash_a)
    store.add_result(*article_and_result("D", D_TEXT, outlet="Coast Courier", events=(event("e1"),)),
                     near_duplicate_of=content_hash(C_TEXT))
    store.add_result(*article_and_result(
        "E", E_TEXT, outlet="Lagoon Times", published=dt.date(2023, 6, 11),
        events=(event("e7", event_type=CIV, sub_event_type="Attack", country="Côte d'Ivoire", admin1="Lagunes",
                      actor1="Unidentified Armed Group (Côte d'Ivoire)", actor2="Civilians (Côte d'Ivoire)",
                      event_date=dt.date(2023, 6, 10)),)))
    return store


def key(text: str, eid: str = "e1") -> str:
    return f"{content_hash(text)}:{eid}"


def event_sources(store, **filters) -> list[str]:
    return [e.source.source_id for e in store.events(Filters(**filters))]


def claim_ids(store, **filters) -> list[str]:
    return [f"{c.source.source_id}.{c.claim.id}" for c in store.claims(Filters(**filters))]


def test_no_filter_lists_everything_in_stored_order(corpus):
    assert event_sources(corpus) == ["A", "B", "C", "D", "E"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"country": "ruritania"}, ["A", "B", "C", "D"]),
    ({"country": "CÔTE D'IVOIRE"}, ["E"]),  # Unicode case folding on SQLite too
    ({"admin1": "south plain"}, ["B"]),
    ({"date_from": dt.date(2023, 5, 20)}, ["B", "E"]),
    ({"date_to": dt.date(2023, 5, 20)}, ["A", "B", "C", "D"]),
    ({"date_from": dt.date(2023, 5, 5), "date_to": dt.date(2023, 6, 9)}, ["B"]),
    ({"actor": "rebel"}, ["A", "C", "D"]),
    ({"actor": "civilians (côte"}, ["E"]),
    ({"actor": "50%_"}, []),  # LIKE wildcards in user input are literal
    ({"event_type": "battles"}, ["A", "C", "D"]),
    ({"event_type": "Peaceful protest"}, ["B"]),
    ({"speaker": "novak"}, ["A"]),
    ({"party": "military forces"}, ["A"]),
    ({"topic": "other"}, ["B"]),
    ({"contested": True}, ["A"]),
    ({"contested": False}, ["B", "C", "D", "E"]),
    ({"country": "Ruritania", "event_type": "Protests"}, ["B"]),
])
def test_event_filters(corpus, filters, expected):
    assert event_sources(corpus, **filters) == expected


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["A.c1", "A.c2", "A.c3", "B.c1"]),
    ({"speaker": "NOVAK"}, ["A.c2"]),
    ({"speaker": "the mayor"}, ["B.c1"]),  # the text as written also matches
    ({"party": "rebel"}, ["A.c1"]),
    ({"topic": "territory"}, ["A.c3"]),
    ({"contested": True}, ["A.c1", "A.c2"]),
    ({"contested": False}, ["A.c3", "B.c1"]),
    ({"country": "ruritania"}, ["A.c1", "A.c2", "B.c1"]),  # A.c3 is linked to no event
    ({"admin1": "North Valley"}, ["A.c1", "A.c2"]),
    ({"event_type": "protests"}, ["B.c1"]),
    ({"actor": "rebel front"}, ["A.c1", "A.c2"]),  # via the linked event
    ({"actor": "protesters"}, ["B.c1"]),
    # A.c3 has no event: its article's publication date (2023-05-05) counts.
    ({"date_from": dt.date(2023, 5, 5), "date_to": dt.date(2023, 5, 5)}, ["A.c3"]),
    ({"date_from": dt.date(2023, 5, 20)}, ["B.c1"]),
])
def test_claim_filters(corpus, filters, expected):
    assert claim_ids(corpus, **filters) == expected


def test_limit_stops_early(corpus):
    assert [e.source.source_id for e in corpus.events(limit=2)] == ["A", "B"]
    assert len(list(corpus.claims(limit=3))) == 3


def test_event_reports_carry_source_group_and_linked_claims(corpus):
    reports = {r.source.source_id: r for r in corpus.event_reports()}
    hash_a = content_hash(A_TEXT)
    assert reports["A"].key == key(A_TEXT)
    assert reports["A"].source.group == hash_a
    assert reports["C"].source.group == hash_a  # syndicated copy: one source with A
    assert reports["D"].source.group == hash_a  # a copy of a copy joins the first copy's group
    assert reports["B"].source.group == content_hash(B_TEXT)
    assert [c.id for c in reports["A"].claims] == ["c1", "c2"]  # c3 is about no event
    assert reports["C"].claims == ()
    assert (reports["B"].source.outlet, reports["B"].source.published) == ("Wire Agency", dt.date(2023, 5, 21))


def test_event_reports_since_a_watermark_and_by_key(corpus):
    articles = list(corpus.articles())
    watermark = articles[2].id  # A, B, C stored before it
    assert [r.source.source_id for r in corpus.event_reports(since_article=watermark)] == ["D", "E"]
    assert corpus.max_article_id() == articles[-1].id
    wanted = [key(E_TEXT, "e7"), key(B_TEXT)]
    assert [r.source.source_id for r in corpus.event_reports(keys=wanted)] == ["B", "E"]
    assert [r.source.source_id for r in corpus.event_reports(Filters(country="Ruritania"), keys=wanted)] == ["B"]


def test_known_hashes(corpus):
    assert corpus.known_hashes([content_hash(A_TEXT), "nope", content_hash(E_TEXT)]) == {
        content_hash(A_TEXT), content_hash(E_TEXT)}


def test_articles_listing(corpus):
    listed = list(corpus.articles())
    assert [a.near_duplicate_of for a in listed] == [None, None, content_hash(A_TEXT), content_hash(A_TEXT), None]
    assert all(a.text is None for a in listed)
    assert [a.text for a in corpus.articles(with_text=True, limit=1)] == [A_TEXT]
    assert listed[0].stored_at.tzinfo is not None


# --------------------------------------------------------------------------- clusters


def test_replace_clusters_round_trips_and_marks_events(corpus_rw):
    battle = Cluster("k-battle", (key(A_TEXT), key(C_TEXT), key(D_TEXT)), contested=True,
                     fields={"event_type": "Battles", "first": dt.date(2023, 5, 4), "sides": ("a", "b")})
    protest = Cluster("k-protest", (key(B_TEXT),))
    assert corpus_rw.replace_clusters([protest, battle]) == 2
    stored = list(corpus_rw.clusters())
    assert [c.id for c in stored] == ["k-battle", "k-protest"]
    assert stored[0].member_keys == tuple(sorted(battle.member_keys))
    assert stored[0].fields == {"event_type": "Battles", "first": "2023-05-04", "sides": ["a", "b"]}
    assert (stored[0].n_sources, stored[0].contested, stored[0].first_reported) == (1, True, dt.date(2023, 5, 5))
    # the events of a contested cluster are contested, whatever their own article says
    assert event_sources(corpus_rw, contested=True) == ["A", "C", "D"]
    by_source = {e.source.source_id: e.cluster_id for e in corpus_rw.events()}
    assert by_source == {"A": "k-battle", "B": "k-protest", "C": "k-battle", "D": "k-battle", "E": None}

    assert corpus_rw.replace_clusters([Cluster("k-only", (key(E_TEXT, "e7"),))]) == 1
    assert [c.id for c in corpus_rw.clusters()] == ["k-only"]
    assert corpus_rw.counts()["cluster_members"] == 1


def test_stored_clusters_can_be_written_back_unchanged(corpus_rw):
    corpus_rw.replace_clusters([Cluster("k1", (key(A_TEXT), key(B_TEXT)), fields={"n": 1})])
    before = list(corpus_rw.clusters())
    corpus_rw.replace_clusters(before)
    assert list(corpus_rw.clusters()) == before


def test_upsert_moves_events_and_drops_emptied_clusters(corpus_rw):
    corpus_rw.replace_clusters([Cluster("k1", (key(A_TEXT), key(C_TEXT))), Cluster("k2", (key(D_TEXT),)),
                             Cluster("k3", (key(B_TEXT),))])
    # D's report turns out to be the same event as A's: k1 takes it over, k2 is left empty and goes.
    assert corpus_rw.upsert_clusters([Cluster("k1", (key(A_TEXT), key(C_TEXT), key(D_TEXT)), contested=True)]) == 1
    stored = {c.id: c for c in corpus_rw.clusters()}
    assert sorted(stored) == ["k1", "k3"]
    assert stored["k1"].contested and len(stored["k1"].member_keys) == 3
    corpus_rw.upsert_clusters([Cluster("k4", (key(E_TEXT, "e7"),))], removed=["k3"])
    assert sorted(c.id for c in corpus_rw.clusters()) == ["k1", "k4"]
    assert corpus_rw.counts()["cluster_members"] == 4


def test_bad_clusters_are_refused_whole(corpus_rw):
    corpus_rw.replace_clusters([Cluster("keep", (key(A_TEXT),))])
    with pytest.raises(StoreError, match="not in the store, e.g. nope:e1"):
        corpus_rw.replace_clusters([Cluster("k1", (key(B_TEXT),)), Cluster("k2", ("nope:e1",))])
    with pytest.raises(StoreError, match="must not overlap"):
        corpus_rw.upsert_clusters([Cluster("k1", (key(B_TEXT),)), Cluster("k2", (key(B_TEXT),))])
    with pytest.raises(StoreError, match="given twice"):
        corpus_rw.upsert_clusters([Cluster("k1", (key(B_TEXT),)), Cluster("k1", (key(C_TEXT),))])
    assert [(c.id, c.member_keys) for c in corpus_rw.clusters()] == [("keep", (key(A_TEXT),))]


def test_offset_skips_rows_in_the_database(store):
    from store_builders import small_result

    for n in range(7):
        store.add_result(*small_result(100 + n))
    keys = [e.key for e in store.events()]
    assert [e.key for e in store.events(offset=3, limit=2)] == keys[3:5]
    assert [e.key for e in store.events(offset=len(keys))] == []
    claims = [c.claim.id for c in store.claims()]
    assert len(list(store.claims(offset=1))) == len(claims) - 1
