"""What ingest keeps in the store between runs: near-duplicate signatures and feed entries read."""

from __future__ import annotations

from store_builders import small_result

from fogwatch.store import Store, content_hash


def test_signatures_are_kept_once_and_listed_in_hash_order(store):
    store.add_signature("bb", b"\x00\x01\xff" * 4)
    store.add_signature("aa", b"\x02")
    store.add_signature("bb", b"ignored")  # the first signature of an article stands
    assert list(store.near_duplicate_signatures()) == [("aa", b"\x02"), ("bb", b"\x00\x01\xff" * 4)]


def test_feed_entries_are_remembered_across_openings(db_url):
    with Store.open(db_url) as store:
        assert not store.has_seen_entry("https://feeds.invalid/rss", "guid-1")
        store.mark_entry_seen("https://feeds.invalid/rss", "guid-1")
        store.mark_entry_seen("https://feeds.invalid/rss", "guid-1")  # twice is fine
    with Store.open(db_url) as store:
        assert store.has_seen_entry("https://feeds.invalid/rss", "guid-1")
        assert not store.has_seen_entry("https://feeds.invalid/rss", "guid-2")
        assert not store.has_seen_entry("https://other.invalid/rss", "guid-1")
        assert store.counts()["feed_entries"] == 1


def test_has_hash(store):
    article, result = small_result(1)
    assert not store.has_hash(content_hash(article.text))
    store.add_result(article, result)
    assert store.has_hash(content_hash(article.text))
