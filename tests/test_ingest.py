"""Ingest without a network: sources, feeds, dedup and the ingest loop over a fake extractor and sink.

All article texts here were written for these tests.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from fogwatch.errors import InputError
from fogwatch.ingest import (
    Ingester,
    MemorySink,
    NearDuplicateIndex,
    Signer,
    Sourced,
    SourceError,
    content_hash,
    normalise,
    read_sources,
)
from fogwatch.ingest.feeds import looks_like_feed, parse_feed
from fogwatch.ingest.html import decode_bytes, fragment_text, parse_html
from fogwatch.ingest.run import DUPLICATE, FAILED, NEAR_DUPLICATE, NEW
from fogwatch.records import Article, ArticleInfo, ArticleResult, Event, Problem

# ---------------------------------------------------------------------------------------- fixtures

STORY = (
    "Fighting broke out on Thursday night in the Varsa valley between government troops and fighters "
    "of the Northern Front, the provincial governor said on Friday.\n"
    "The governor said twelve fighters were killed and four soldiers wounded in the clashes near the "
    "district centre of Kolam, which lasted until the early hours of the morning.\n"
    "A spokesman for the Northern Front denied the figures in a message to reporters and said the "
    "group had pushed the troops back from two villages on the eastern side of the river.\n"
    "Neither side offered evidence for its claims, and the valley remained cut off from the telephone "
    "network, making the accounts impossible to verify independently.\n"
    "Residents who fled to the provincial capital said they had heard heavy gunfire and artillery for "
    "most of the night and that several houses had been damaged by shelling.\n"
)
OTHER_STORY = (
    "Police in the port city of Selmar arrested thirty protesters on Tuesday after a march against fuel "
    "prices turned violent, a police statement said.\n"
    "Demonstrators threw stones at officers outside the ministry of energy and set two cars on fire, "
    "according to witnesses, before riot police dispersed the crowd with tear gas.\n"
    "Organisers said the march had been peaceful until police blocked the road to the ministry and "
    "called for a general strike next week if the price rise is not withdrawn.\n"
    "The interior minister said in a televised address that the government would not be intimidated "
    "and that those responsible for the damage would be prosecuted.\n"
)


def wire_copy(story: str, outlet: str) -> str:
    """The same wire story as one outlet republishes it: its own headline, teaser and footer."""
    return (f"{outlet} - World news\n{story}Read also: {outlet} weekly briefing on the region\n"
            f"Copyright {outlet} 2024. All rights reserved.\n")


def fake_event(article: Article) -> Event:
    return Event(
        id="e1", event_date=article.published, time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Side A", inter1=1, actor2="Side B", inter2=2,
        country="Testland", admin1=None, admin2=None, location="Kolam", latitude=None, longitude=None,
        geo_precision=None, fatalities=0, fatalities_low=0, fatalities_best=0, fatalities_high=12,
    )


class FakeExtractor:
    """Stands in for ``Pipeline.extract_many``: one event per article, an error for texts saying FAIL."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            self.seen.append(article.id)
            info = ArticleInfo(article.id, article.title, article.published, article.outlet, article.url)
            if "FAIL" in article.text:
                yield ArticleResult(article=info, error=Problem("internal", "the fake extractor failed"))
            elif "NOT-ENGLISH" in article.text:
                yield ArticleResult(article=info, error=Problem("not_english", "the article looks French"))
            else:
                yield ArticleResult(article=info, events=(fake_event(article),))


def sourced(article_id: str, text: str) -> Sourced:
    return Sourced(Article(id=article_id, text=text), article_id)


# ---------------------------------------------------------------------------------------- sources


def test_files_folders_and_json_become_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    (sub / "b.html").write_text(f"<html><head><title>Clash in Varsa</title></head><body><article>"
                                f"<p>{STORY}</p></article></body></html>", encoding="utf-8")
    (sub / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": OTHER_STORY, "published": "2024-03-05", "outlet": "Desk"}) + "\n"
        + "not json\n", encoding="utf-8")
    (sub / "notes.md").write_text("ignored: not a known article format", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")

    items = list(read_sources([str(tmp_path)]))

    articles = [i.article for i in items if isinstance(i, Sourced)]
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [a.id for a in articles] == [str(tmp_path / "a.txt"), str(sub / "b.html"), "j1"]
    assert articles[0].text == STORY
    assert articles[1].title == "Clash in Varsa" and "Varsa valley" in articles[1].text
    assert articles[2].published == dt.date(2024, 3, 5) and articles[2].outlet == "Desk"
    assert len(errors) == 1 and errors[0].code == "bad_json" and "c.jsonl" in errors[0].message


def test_json_list_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "x", "text": STORY}, {"id": "y", "text": OTHER_STORY}]), encoding="utf-8")
    stdin = io.BytesIO(OTHER_STORY.encode("utf-8"))
    items = list(read_sources([str(path), "-"], stdin=stdin))
    assert [i.article.id for i in items if isinstance(i, Sourced)] == ["x", "y", "stdin"]
    assert items[2].article.text == OTHER_STORY


def test_missing_binary_and_empty_files_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    specs = [str(tmp_path / "missing.txt"), str(tmp_path / "bin.txt"), str(tmp_path / "empty.txt"),
             str(tmp_path / "ok.txt")]
    items = list(read_sources(specs))
    assert [i.code for i in items if isinstance(i, SourceError)] == ["not_found", "binary", "empty"]
    assert "no such file" in items[0].message
    assert isinstance(items[-1], Sourced)


def test_non_utf8_text_is_decoded_not_refused(tmp_path: Path) -> None:
    text = "Le général a déclaré que les combats à Kolam avaient fait « douze » morts — selon l’armée."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (item,) = read_sources([str(tmp_path / "latin.txt")])
    assert isinstance(item, Sourced)
    assert item.article.text == text


def test_decode_prefers_declared_then_meta_then_utf8() -> None:
    body = "café – été".encode("cp1252")
    assert decode_bytes(body, "windows-1252") == "café – été"
    # a server that says UTF-8 for cp1252 bytes: strict UTF-8 fails, the page's meta is used
    page = b'<html><head><meta charset="windows-1252"></head><body>' + body + b"</body></html>"
    assert "café – été" in decode_bytes(page, "utf-8")
    # ISO-8859-1 is read as Windows-1252, as browsers do (0x96 is an en dash there)
    assert decode_bytes(b"a \x96 b", "iso-8859-1") == "a – b"
    assert decode_bytes("ünïcode".encode(), None) == "ünïcode"


def test_html_main_text_title_date_outlet() -> None:
    html = ("<html><head><title>Clash in Varsa | Valley Post</title>"
            '<meta property="og:site_name" content="Valley Post">'
            '<meta property="article:published_time" content="2024-03-08T10:00:00Z"></head><body>'
            "<nav>Home | World | Sport</nav><article><h1>Clash in Varsa</h1>"
            + "".join(f"<p>{line}</p>" for line in STORY.splitlines())
            + "</article><footer>Contact us</footer></body></html>")
    doc = parse_html(html, url="https://www.valleypost.example/world/clash")
    assert doc.outlet == "Valley Post"
    assert doc.published == dt.date(2024, 3, 8)
    assert "Clash in Varsa" in (doc.title or "")
    assert "twelve fighters were killed" in doc.text
    assert "Contact us" not in doc.text and "Sport" not in doc.text
    # paragraphs stay on their own lines (the sentence splitter needs the breaks)
    assert "Friday.\nThe governor" in doc.text


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(InputError) as info:
        parse_html("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    assert info.value.code == "no_text"


def test_fragment_text_keeps_paragraphs() -> None:
    assert fragment_text("<p>One <b>bold</b> line.</p><p>Two.</p><script>x()</script>") == "One bold line.\nTwo."
    assert fragment_text("plain   text") == "plain text"


# ------------------------------------------------------------------------------------------ feeds

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Valley Post</title><link>https://valleypost.example/</link>
<item><title>Full</title><link>https://valleypost.example/full</link><guid>vp-1</guid>
<pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate><description>teaser</description>
<content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Teaser only</title><link>https://valleypost.example/teaser</link>
<description>Police arrested thirty protesters.</description></item>
<item><title>Nothing</title></item>
</channel></rss>"""


def rss(full: str = "".join(f"<p>{line}</p>" for line in STORY.splitlines())) -> bytes:
    return RSS.replace("{full}", full).encode("utf-8")


def test_feed_entries_keys_and_full_text() -> None:
    feed = parse_feed(rss(), url="https://valleypost.example/rss")
    assert feed.title == "Valley Post"
    assert [e.key for e in feed.entries] == ["vp-1", "https://valleypost.example/teaser"]
    full, teaser = feed.entries
    assert full.has_full_text and full.published == dt.date(2024, 3, 8)
    assert "twelve fighters were killed" in full.content
    assert not teaser.has_full_text and teaser.summary == "Police arrested thirty protesters."


def test_local_feed_file_uses_full_text_and_reports_unfetchable_teasers(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_bytes(rss())
    items = list(read_sources([str(tmp_path / "feed.xml")]))
    assert isinstance(items[0], Sourced)
    assert items[0].article.outlet == "Valley Post" and items[0].entry is not None
    assert items[0].entry.key == "vp-1"
    # the teaser entry needs its link fetched, and no HTTP client was given
    assert isinstance(items[1], SourceError) and items[1].code == "no_network"


@pytest.mark.parametrize("body, code", [
    (b"", "bad_feed"),
    (b"<rss><channel><item><title>cut off", "bad_feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', "empty_feed"),
    (b"<html><body><p>a page</p></body></html>", "bad_feed"),
])
def test_malformed_and_empty_feeds(body: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        parse_feed(body, url="https://x.example/feed")
    assert info.value.code == code
    assert "https://x.example/feed" in str(info.value)


def test_looks_like_feed() -> None:
    assert looks_like_feed("application/rss+xml", b"")
    assert looks_like_feed("application/xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed("text/xml", b"<rss version='2.0'>")
    assert not looks_like_feed("text/html", b"<html><body>an rss reader review</body></html>")
    assert not looks_like_feed("text/html", b"<!doctype html><html><head><title><feed> tag</title>")


# ------------------------------------------------------------------------------------------ dedup


def test_content_hash_ignores_case_spacing_and_typography() -> None:
    assert content_hash("The  troops’ “advance”\n— Friday") == content_hash("the troops' \"advance\" - FRIDAY")
    assert content_hash(STORY) != content_hash(OTHER_STORY)
    assert normalise("  A\u00a0B ") == "a b"


def test_wire_copies_are_near_duplicates_and_different_stories_are_not() -> None:
    signer = Signer()
    index = NearDuplicateIndex()
    first = signer.sign(wire_copy(STORY, "Valley Post"))
    assert first is not None
    index.add("h1", first)
    copy = signer.sign(wire_copy(STORY.replace("Friday", "Friday morning"), "Daily Ledger"))
    other = signer.sign(wire_copy(OTHER_STORY, "Valley Post"))
    assert copy is not None and other is not None
    assert index.original_of(copy) == "h1"
    assert index.original_of(other) is None
    index.remove("h1")
    assert index.original_of(copy) is None


def test_short_texts_get_no_signature() -> None:
    assert Signer().sign("Police arrested thirty protesters in Selmar on Tuesday.") is None


def test_signature_survives_bytes_round_trip() -> None:
    signer = Signer()
    sig = signer.sign(STORY)
    assert sig is not None
    index = NearDuplicateIndex()
    index.load([("h", bytes(sig.values))])
    assert index.original_of(sig) == "h"


# ---------------------------------------------------------------------------------------- the loop


def test_ingest_counts_and_is_idempotent() -> None:
    sink, extract = MemorySink(), FakeExtractor()
    ingester = Ingester(sink, extract)
    items = [sourced("a", STORY), sourced("a-again", STORY.replace("\n", "\n\n")), sourced("b", OTHER_STORY),
             SourceError("gone.txt", "not_found", "gone.txt: no such file or folder")]
    outcomes = []
    counts = ingester.run(items, on_outcome=outcomes.append)
    assert (counts.new, counts.duplicate, counts.failed, counts.events) == (2, 1, 1, 2)
    assert extract.seen == ["a", "b"]  # the duplicate was never extracted
    assert {o.status for o in outcomes} == {NEW, DUPLICATE, FAILED}
    assert len(sink.results) == 2

    again = Ingester(sink, FakeExtractor())
    counts = again.run([sourced("a", STORY), sourced("b", OTHER_STORY)])
    assert (counts.new, counts.duplicate) == (0, 2)
    assert again.extract.seen == []  # type: ignore[attr-defined]
    assert len(sink.results) == 2


def test_near_duplicates_are_stored_and_point_at_the_first_copy() -> None:
    sink = MemorySink()
    first, second, third = (wire_copy(STORY, o) for o in ("Valley Post", "Daily Ledger", "Evening Star"))
    counts = Ingester(sink, FakeExtractor()).run([sourced("vp", first), sourced("dl", second)])
    assert (counts.new, counts.near_duplicate) == (1, 1)
    root = content_hash(first)
    assert sink.results[content_hash(second)][2] == root
    assert sink.results[root][2] is None
    assert list(sink.signatures) == [root]  # only originals are indexed
    # a later run loads the stored signatures and still finds the first copy
    outcomes = []
    Ingester(sink, FakeExtractor()).run([sourced("es", third)], on_outcome=outcomes.append)
    assert outcomes[0].status == NEAR_DUPLICATE and outcomes[0].near_duplicate_of == root


def test_a_failed_first_copy_hands_over_to_the_next_stored_copy() -> None:
    sink = MemorySink()
    broken = wire_copy(STORY, "Valley Post") + "FAIL\n"
    second, third = wire_copy(STORY, "Daily Ledger"), wire_copy(STORY, "Evening Star")
    counts = Ingester(sink, FakeExtractor()).run([sourced("vp", broken), sourced("dl", second),
                                                  sourced("es", third)])
    assert (counts.failed, counts.new, counts.near_duplicate) == (1, 1, 1)
    assert content_hash(broken) not in sink.results  # not stored: a re-run tries it again
    assert sink.results[content_hash(second)][2] is None
    assert sink.results[content_hash(third)][2] == content_hash(second)


class FlakySink(MemorySink):
    """Refuses one article, as a locked database would."""

    def add_result(self, article, result, *, content_hash, near_duplicate_of=None):  # type: ignore[no-untyped-def]
        if article.id == "locked":
            raise RuntimeError("database is locked")
        return super().add_result(article, result, content_hash=content_hash, near_duplicate_of=near_duplicate_of)


def test_a_store_failure_fails_one_article_and_the_batch_goes_on() -> None:
    sink = FlakySink()
    outcomes = []
    counts = Ingester(sink, FakeExtractor()).run([sourced("locked", STORY), sourced("b", OTHER_STORY)],
                                                 on_outcome=outcomes.append)
    assert (counts.failed, counts.new) == (1, 1)
    assert "not stored: database is locked" in outcomes[0].message
    # the next run picks the refused article up again
    counts = Ingester(sink, FakeExtractor()).run([sourced("locked-later", STORY)])
    assert counts.new == 1


class DeadSink(MemorySink):
    """A database that went away."""

    def has_hash(self, content_hash: str) -> bool:
        if content_hash.endswith(("0", "1", "2", "3")):  # some lookups fail too, as they would
            raise RuntimeError("server closed the connection unexpectedly")
        return False

    def add_result(self, article, result, *, content_hash, near_duplicate_of=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("server closed the connection unexpectedly")


def test_a_dead_store_stops_the_run_after_a_few_failures() -> None:
    extract = FakeExtractor()
    texts = [STORY + f"\nUpdate {i}." for i in range(40)]
    counts = Ingester(DeadSink(), extract).run([sourced(f"a{i}", t) for i, t in enumerate(texts)])
    assert counts.failed >= 3 and counts.new == 0
    assert len(extract.seen) < 40  # it stopped instead of extracting everything in vain
    assert counts.aborted is not None and "run the same command again" in counts.aborted
    assert "server closed the connection" in counts.aborted


def test_not_english_is_stored_as_skipped_and_not_retried() -> None:
    sink, extract = MemorySink(), FakeExtractor()
    text = "NOT-ENGLISH " + STORY
    counts = Ingester(sink, extract).run([sourced("fr", text)])
    assert (counts.skipped, counts.failed, counts.new) == (1, 0, 0)
    assert sink.results[content_hash(text)][1].error.code == "not_english"
    assert sink.signatures == {}  # not a first copy for anyone
    again = FakeExtractor()
    assert Ingester(sink, again).run([sourced("fr", text)]).duplicate == 1 and again.seen == []


def test_should_stop_ends_the_run_between_articles() -> None:
    sink, extract = MemorySink(), FakeExtractor()
    stop = {"now": False}

    def items() -> Iterator[Sourced]:
        yield sourced("a", STORY)
        stop["now"] = True
        yield sourced("b", OTHER_STORY)

    counts = Ingester(sink, extract).run(items(), should_stop=lambda: stop["now"])
    assert counts.new == 1 and extract.seen == ["a"]


def test_a_teaser_cue_glued_to_the_story_does_not_hide_it() -> None:
    signer = Signer()
    glued = signer.sign("Read also: " + STORY.replace("\n", " "))
    plain = signer.sign(STORY)
    assert glued is not None and plain is not None
    index = NearDuplicateIndex()
    index.add("h", plain)
    assert index.original_of(glued) == "h"


# ------------------------------------------------------------------------------- the real store


def test_ingest_into_the_real_store(tmp_path: Path) -> None:
    store_module = pytest.importorskip("fogwatch.store")
    from fogwatch.ingest import StoreSink

    first, second, third = (wire_copy(STORY, o) for o in ("Valley Post", "Daily Ledger", "Evening Star"))
    db = tmp_path / "fogwatch.sqlite"
    with store_module.Store.open(str(db)) as store:
        counts = Ingester(StoreSink(store), FakeExtractor()).run(
            [sourced("vp", first), sourced("dl", second), sourced("vp-again", first), sourced("b", OTHER_STORY)])
        assert (counts.new, counts.near_duplicate, counts.duplicate) == (2, 1, 1)
    with store_module.Store.open(str(db)) as store:
        extract = FakeExtractor()
        outcomes = []
        Ingester(StoreSink(store), extract).run([sourced("dl", second), sourced("es", third)],
                                                on_outcome=outcomes.append)
        assert [o.status for o in outcomes] == [DUPLICATE, NEAR_DUPLICATE]
        assert extract.seen == ["es"]
        groups = {a.source_id: a.near_duplicate_of for a in store.articles()}
        assert groups == {"vp": None, "dl": content_hash(first), "b": None, "es": content_hash(first)}


def test_a_locked_database_fails_clearly_and_the_next_run_completes(tmp_path: Path) -> None:
    store_module = pytest.importorskip("fogwatch.store")
    import sqlite3

    from fogwatch.ingest import StoreSink

    db = tmp_path / "locked.sqlite"
    texts = [STORY + f"\nUpdate number {i} from the valley." for i in range(5)]
    items = [sourced(f"a{i}", t) for i, t in enumerate(texts)]
    with store_module.Store.open(str(db), busy_timeout=0.1) as store:
        other = sqlite3.connect(db, timeout=0)
        other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            outcomes = []
            counts = Ingester(StoreSink(store), FakeExtractor()).run(items, on_outcome=outcomes.append)
        finally:
            other.rollback()
            other.close()
        assert counts.new == 0 and counts.failed >= 3 and counts.aborted is not None
        assert "not stored" in outcomes[0].message and "lock" in outcomes[0].message.lower()
        assert list(store.articles()) == []  # nothing half-written
        counts = Ingester(StoreSink(store), FakeExtractor()).run(items)
        assert counts.new + counts.near_duplicate == 5 and counts.failed == 0
        assert len(list(store.articles())) == 5
