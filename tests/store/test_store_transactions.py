"""Each article is written whole or not at all; re-running completes a batch without duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from store_builders import small_result

from fogwatch.store import Store, StoreError, content_hash, writer

EMPTY = {"articles": 0, "events": 0, "claims": 0, "contradictions": 0, "clusters": 0, "cluster_members": 0,
         "signatures": 0, "feed_entries": 0}


def test_a_failure_after_the_events_insert_leaves_nothing_of_the_article(store, monkeypatch):
    first, first_result = small_result(1)
    store.add_result(first, first_result)
    article, result = small_result(2)

    def broken(*args, **kwargs):
        raise RuntimeError("injected failure after the events insert")

    with monkeypatch.context() as patch:
        patch.setattr(writer, "insert_claims", broken)
        with pytest.raises(RuntimeError, match="injected"):
            store.add_result(article, result)
    assert store.counts() == {**EMPTY, "articles": 1, "events": 1, "claims": 2, "contradictions": 1}
    assert store.result(content_hash(article.text)) is None

    assert store.add_result(article, result) == "new"  # the re-run stores it, once
    assert store.add_result(article, result) == "duplicate"
    assert store.counts() == {**EMPTY, "articles": 2, "events": 2, "claims": 4, "contradictions": 2}
    assert store.result(content_hash(article.text)) == result


def test_a_result_with_repeated_event_ids_is_refused_whole(store):
    article, result = small_result(1)
    twice = result.__class__(article=result.article, events=result.events * 2)
    with pytest.raises(StoreError, match="two events share the id 'e1'"):
        store.add_result(article, twice)
    assert store.counts() == EMPTY


def test_the_same_text_under_another_id_is_a_duplicate(store):
    article, result = small_result(1)
    assert store.add_result(article, result) == "new"
    renamed = article.__class__(id="other", text=article.text)
    assert store.add_result(renamed, result) == "duplicate"
    assert store.counts()["articles"] == 1


# A writer that stops inside the transaction of its second article, after the events insert, so the
# test can kill it there: the article must vanish and the re-run must complete the batch.
WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from store_builders import small_result
    from fogwatch.store import Store, writer

    def stall(*args, **kwargs):
        Path({flag!r}).write_text("inside")
        time.sleep(60)

    with Store.open({url!r}) as store:
        for n in range(1, 4):
            if n == 2 and {stall}:
                writer.insert_claims = stall
            store.add_result(*small_result(n))
""")


def _run_writer(url: str, flag: Path, *, stall: bool) -> subprocess.Popen[bytes]:
    code = WRITER.format(tests=str(Path(__file__).parent), flag=str(flag), url=url, stall=stall)
    return subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)


def test_a_killed_process_leaves_no_half_written_article_and_the_rerun_completes(db_url, tmp_path):
    flag = tmp_path / "inside"
    proc = _run_writer(db_url, flag, stall=True)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "writer died"
        assert time.monotonic() < deadline, "the writer never reached the second article"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # mid-transaction: events of article 2 written, not committed
    proc.wait()

    with Store.open(db_url, busy_timeout=10) as store:
        assert [a.source_id for a in store.articles()] == ["a1"]
        assert store.counts()["events"] == 1

    rerun = _run_writer(db_url, tmp_path / "unused", stall=False)
    assert rerun.wait(timeout=120) == 0, rerun.stderr.read().decode() if rerun.stderr else ""
    with Store.open(db_url) as store:
        assert [a.source_id for a in store.articles()] == ["a1", "a2", "a3"]
        assert store.counts() == {**EMPTY, "articles": 3, "events": 3, "claims": 6, "contradictions": 3}


def test_concurrent_writers_store_each_article_once(db_url):
    """Two ingests of overlapping batches at once: every article is "new" exactly once."""
    batch = [small_result(n) for n in range(20)]
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def ingest(order: list[int]) -> None:
        try:
            with Store.open(db_url, busy_timeout=30) as store:
                outcomes.extend(store.add_result(*batch[i]) for i in order)
        except BaseException as exc:  # surfaced below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(order,))
               for order in (list(range(20)), list(reversed(range(20))), list(range(0, 20, 2)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert outcomes.count("new") == 20 and outcomes.count("duplicate") == 30
    with Store.open(db_url) as store:
        assert store.counts()["events"] == 20
