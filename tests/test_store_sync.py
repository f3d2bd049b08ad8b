"""Incremental cluster updates in the store (``reconcile.store_sync``), on SQLite, with hand-built
results: after each batch the stored clusters must equal a full ``reconcile`` of everything stored.
All names, places and figures are invented."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from fogwatch.cli import main
from fogwatch.cli_ingest import update_clusters
from fogwatch.ingest.run import NEW, Outcome
from fogwatch.ingest.sink import StoreSink
from fogwatch.reconcile import reconcile
from fogwatch.reconcile.store_sync import new_contradictions, sync_clusters
from fogwatch.records import Article, ArticleInfo, ArticleResult, Claim, Event, Quantity, Speaker, TextSpan
from fogwatch.store import Filters, Store, content_hash
from fogwatch.store.codec import json_ready

DAY = dt.date(2023, 5, 10)
RED, BLUE = "Red Brigade", "Military Forces of Freedonia (2020-)"
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Protests", "Peaceful protest")]


def event(eid: str = "e1", **changes: Any) -> Event:
    base: dict[str, Any] = dict(
        id=eid, event_date=DAY, time_precision=1, event_type="Battles", sub_event_type="Armed clash",
        actor1=RED, inter1=2, actor2=BLUE, inter2=1, country="Freedonia", admin1="North", admin2="Lakeside",
        location="Lakeside", latitude=10.0, longitude=20.0, geo_precision=1, fatalities=0,
        fatalities_low=None, fatalities_best=None, fatalities_high=None)
    base.update(changes)
    return Event(**base)


def claim(cid: str, text: str, party: str | None, *, whose: str | None = None, value: int | None = None) -> Claim:
    quantity = Quantity(value, None, None, None, "people killed", whose) if (value is not None or whose) else None
    return Claim(
        id=cid, content=TextSpan(text, 0, len(text)), cue=None,
        speaker=Speaker("a spokesman", 0, 11, "A Spokesman", "spokesman", party, "person"),
        quote_type="indirect", party=party, channel=None, reported_via=(), evidence_status="none_stated",
        topic="casualties", quantity=quantity, event_id="e1")


def stored(store: Store, aid: str, events: tuple[Event, ...], *, claims: tuple[Claim, ...] = (),
           published: dt.date | None = DAY, near_duplicate_of: str | None = None) -> str:
    """Store one article; its content hash."""
    text = f"Invented report {aid} about fighting."
    article = Article(id=aid, text=text, title=aid, published=published, outlet=f"{aid} News")
    info = ArticleInfo(aid, aid, published, article.outlet, None)
    digest = content_hash(text)
    assert store.add_result(article, ArticleResult(info, events, claims), content_hash=digest,
                            near_duplicate_of=near_duplicate_of) == "new"
    return digest


def stored_view(store: Store) -> dict[str, tuple[tuple[str, ...], Any]]:
    return {c.id: (tuple(c.member_keys), json_ready(dict(c.fields))) for c in store.clusters()}


def full_view(store: Store) -> dict[str, tuple[tuple[str, ...], Any]]:
    return {c.id: (tuple(sorted(c.members)), json_ready(c.fields)) for c in reconcile(store.event_reports())}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "sync.sqlite") as s:
        yield s


def random_event(rng: random.Random, eid: str) -> Event:
    event_type, sub = rng.choice(TYPES)
    precision = rng.choice([1, 1, 1, 2, 3])
    admin2 = rng.choice(["Lakeside", "Hillside", None])
    return event(
        eid, event_date=None if rng.random() < 0.1 else DAY + dt.timedelta(days=rng.randrange(0, 40)),
        time_precision=precision, event_type=event_type, sub_event_type=sub,
        # "Nórth" folds to "north": the same block, which SQL lower() alone would miss
        admin1=rng.choice(["North", "Nórth", "South"]), admin2=admin2, location=admin2,
        actor1=rng.choice([RED, "Blue Union", None]), actor2=rng.choice([BLUE, None]),
        latitude=10.0 + rng.random() * 0.3, longitude=20.0, geo_precision=rng.choice([1, 2, 3]))


@pytest.mark.parametrize("seed", range(6))
def test_batches_synced_incrementally_equal_a_full_reconcile(store: Store, seed: int):
    rng = random.Random(seed)
    hashes: list[str] = []
    for batch in range(3):
        new: list[str] = []
        for i in range(12):
            aid = f"s{seed}b{batch}a{i}"
            events = tuple(random_event(rng, f"e{j}") for j in range(rng.choice([1, 1, 2])))
            copy_of = rng.choice(hashes) if hashes and rng.random() < 0.15 else None
            published = DAY + dt.timedelta(days=rng.randrange(0, 45))
            new.append(stored(store, aid, events, published=published, near_duplicate_of=copy_of))
        sync_clusters(store, new)
        hashes += new
        assert stored_view(store) == full_view(store)
    assert len(stored_view(store)) > 10  # the test exercises many clusters, not a trivial store


def test_a_new_report_bridging_two_stored_reports_rewrites_their_clusters(store: Store):
    # Two reports three days apart are two events; a week-precision report compatible with both
    # joins one of them (complete linkage), and the clusters are rewritten to match a full run.
    a = stored(store, "a", (event(),))
    b = stored(store, "b", (event(event_date=DAY + dt.timedelta(days=3)),))
    sync_clusters(store, [a, b])
    assert len(stored_view(store)) == 2
    c = stored(store, "c", (event(event_date=DAY + dt.timedelta(days=1), time_precision=2),))
    changes = sync_clusters(store, [c])
    assert changes.changed
    assert stored_view(store) == full_view(store)
    assert len(stored_view(store)) == 2  # c joined one of them


def test_a_chain_of_wide_dates_is_followed_beyond_the_new_reports_window(store: Store):
    # Month-precision reports (+-30 days) chain: s1-s2 and s2-s3 are compatible, s1-s3 are not. s2-s3
    # are most alike, so s2 is taken and s1 is free to join the new report n; s3 lies 92 days after
    # n, outside n's window, and only following the chain (n -> s1 -> s2 -> s3) loads it.
    def month(days: int, location: str, actor2: str | None) -> Event:
        return event(event_date=DAY + dt.timedelta(days=days), time_precision=3, location=location, actor2=actor2)

    old = [stored(store, "s1", (month(30, "Beta", None),)), stored(store, "s2", (month(33, "Beta", BLUE),)),
           stored(store, "s3", (month(92, "Beta", BLUE),))]
    sync_clusters(store, old)
    n = stored(store, "n", (event(location="Alpha", actor2=None),))
    sync_clusters(store, [n])
    assert stored_view(store) == full_view(store)
    assert {members for members, _ in stored_view(store).values()} == {
        tuple(sorted((f"{n}:e1", f"{old[0]}:e1"))), tuple(sorted((f"{old[1]}:e1", f"{old[2]}:e1")))}


def test_only_the_touched_window_is_read_and_rewritten(store: Store, monkeypatch: pytest.MonkeyPatch):
    far = stored(store, "far", (event(event_date=DAY - dt.timedelta(days=400)),))
    near = stored(store, "near", (event(),))
    sync_clusters(store, [far, near])
    read: list[str] = []
    pages = store._pages

    def counting(*args: Any, **kwargs: Any):
        for item in pages(*args, **kwargs):
            read.append(item[0].key)
            yield item

    monkeypatch.setattr(store, "_pages", counting)
    new = stored(store, "new", (event(),))
    changes = sync_clusters(store, [new])
    monkeypatch.undo()
    assert [c.members for c in changes.changed] == [(f"{near}:e1", f"{new}:e1")]
    assert f"{far}:e1" not in read  # 400 days away: never loaded
    assert stored_view(store) == full_view(store)


def test_events_left_without_a_cluster_are_picked_up_by_the_next_sync(store: Store):
    stored(store, "a", (event(),))  # stored, but clusters never updated (a run killed in between)
    b = stored(store, "b", (event(),))
    sync_clusters(store, [b])
    [(members, _)] = stored_view(store).values()
    assert len(members) == 2
    assert sync_clusters(store, []).changed == ()  # nothing new: nothing written


def test_contested_cluster_makes_events_contested_in_queries_and_cli(store: Store, tmp_path: Path):
    says_a = claim("c1", "Red Brigade fighters killed 40 soldiers of the army", RED, whose=BLUE, value=40)
    says_b = claim("c1", "the army said there were no casualties among its soldiers", BLUE)
    calm = stored(store, "calm", (event(admin1="South"),))
    a = stored(store, "a", (event(),), claims=(says_a,))
    assert list(store.events(Filters(contested=True))) == []
    b = stored(store, "b", (event(),), claims=(says_b,))
    changes = sync_clusters(store, [calm, a, b])
    assert {e.source.source_id for e in store.events(Filters(contested=True))} == {"a", "b"}
    result = CliRunner().invoke(main, ["events", "--contested", "--format", "json", "--db",
                                       str(tmp_path / "sync.sqlite")])
    assert result.exit_code == 0, result.output
    assert "calm" not in result.output and '"a"' in result.output and '"b"' in result.output
    # the new cross-article contradiction, attributed to a new article
    info = ArticleInfo("b", "b", DAY, "b News", None)
    found = new_contradictions(changes, [ArticleResult(info, (event(),), (says_b,))])
    assert [(i.id, d["kind"]) for i, d in found] == [("b", "casualties")]
    assert d_texts(found) == [None, says_b.content.text] or d_texts(found) == [says_b.content.text, None]


def d_texts(found: list[tuple[ArticleInfo, dict[str, Any]]]) -> list[str | None]:
    return found[0][1]["claim_texts"]


def test_watch_hook_updates_clusters_and_announces_cross_article_contradictions(store: Store):
    says_a = claim("c1", "Red Brigade fighters killed 40 soldiers of the army", RED, whose=BLUE, value=40)
    says_b = claim("c1", "the army said there were no casualties among its soldiers", BLUE)
    outcomes = []
    for aid, said in (("a", says_a), ("b", says_b)):
        digest = stored(store, aid, (event(),), claims=(said,))
        info = ArticleInfo(aid, aid, DAY, f"{aid} News", None)
        outcomes.append(Outcome(NEW, aid, aid, "", digest, None, ArticleResult(info, (event(),), (said,))))
    warnings: list[str] = []
    notices = update_clusters(StoreSink(store), outcomes, warnings.append)
    assert warnings == []
    assert [n.kind for n in notices] == ["contradiction"]
    assert notices[0].line().startswith("contradiction (casualties):")
    [(members, _)] = stored_view(store).values()
    assert len(members) == 2
    # the same poll again finds nothing new to announce: the contradiction is not repeated
    assert update_clusters(StoreSink(store), [], warnings.append) == []
