"""fogwatch on a real Dask cluster: same bytes as one process, failures kept per article, workers that
die, the CLI flags, and the error when Dask is missing.

Two module-scoped ``LocalCluster``s of 2 worker processes: one runs the real pipeline, the other a
fake extractor given through the same injection point as the pipeline (the worker plugin's
factory). All article texts here, and in tests/fixtures/articles, were written for these tests.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")  # CI installs the dask extra: there these tests always run

from distributed import LocalCluster  # noqa: E402

from fogwatch.batch import read_articles, result_line, run_batch  # noqa: E402
from fogwatch.cli import main  # noqa: E402
from fogwatch.distributed import (  # noqa: E402
    CLIENT,
    WORKERS,
    ClusterSpec,
    DaskUnavailableError,
    DistributedExtractor,
    PrewrittenSink,
    Session,
    partitions,
    require_dask,
    writer_policy,
)
from fogwatch.distributed.ordered import Reorder  # noqa: E402
from fogwatch.distributed.partition import extract_partition  # noqa: E402
from fogwatch.distributed.tasks import Written, write_partition  # noqa: E402
from fogwatch.ingest import MemorySink, Sourced, StoreSink, content_hash  # noqa: E402
from fogwatch.ingest.run import DUPLICATE, NEAR_DUPLICATE, NEW, Ingester  # noqa: E402
from fogwatch.records import Article, ArticleInfo, ArticleResult, Problem  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

# ------------------------------------------------------------------------------ injected extractors
# Module-level, so that workers unpickle them by reference (they import this module).


def fake_extract(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """A result per article at once; an article whose text says BOOM breaks the stream."""
    for a in articles:
        if "BOOM" in a.text:
            raise RuntimeError("the extractor broke")
        yield ArticleResult(article=ArticleInfo(a.id, a.title, a.published, a.outlet, a.url),
                            warnings=(Problem("seen_by", str(os.getpid())),))


def fake_factory():  # type: ignore[no-untyped-def]
    return fake_extract


def broken_factory():  # type: ignore[no-untyped-def]
    raise RuntimeError("the model files are missing")


def killing_factory(marker: str):  # type: ignore[no-untyped-def]
    """An extractor that kills its worker process (os._exit) the first time it meets the article
    "kill-me" anywhere in the cluster: the marker file says the kill has happened."""

    def extract(articles: Iterable[Article]) -> Iterator[ArticleResult]:
        batch = list(articles)
        if any(a.id == "kill-me" for a in batch) and not os.path.exists(marker):
            Path(marker).write_text(str(os.getpid()))
            os._exit(17)
        yield from fake_extract(batch)

    return extract


# ------------------------------------------------------------------------------ fixtures


def _local_cluster() -> LocalCluster:
    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")


@pytest.fixture(scope="module")
def fake_cluster() -> Iterator[LocalCluster]:
    with _local_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def real_cluster() -> Iterator[LocalCluster]:
    with _local_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture article as a JSONL line, plus invalid JSON, a line without text and an empty text."""
    lines = []
    for meta_path in sorted(FIXTURES.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": meta["id"], "text": text, "title": meta.get("title"),
                                 "published": meta.get("published"), "outlet": meta.get("outlet")},
                                ensure_ascii=False))
    assert len(lines) >= 16, "the fixture articles should fill more than one partition"
    lines.insert(2, "{not json")
    lines.insert(7, json.dumps({"id": "no-text", "title": "Headline only"}))
    lines.insert(11, json.dumps({"id": "empty-text", "text": ""}))
    path = tmp_path_factory.mktemp("batch") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def single_output(batch_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The single-process CLI's output file for ``batch_file``."""
    out = tmp_path_factory.mktemp("single") / "results.jsonl"
    result = CliRunner().invoke(main, ["extract", "--input", str(batch_file), "--output", str(out)])
    assert result.exit_code == 1, result.output  # the three bad lines fail
    return out.read_bytes()


def articles(n: int, *, prefix: str = "a") -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=f"Report number {i}.") for i in range(n)]


# ------------------------------------------------------------------------------ pure parts


def test_partitions_cut_the_stream_in_order_without_reading_ahead() -> None:
    read: list[int] = []

    def source() -> Iterator[int]:
        for i in range(7):
            read.append(i)
            yield i

    parts = partitions(source(), 3)
    assert next(parts) == [0, 1, 2] and read == [0, 1, 2]
    assert list(parts) == [[3, 4, 5], [6]]
    with pytest.raises(ValueError):
        next(partitions([1], 0))


def test_reorder_releases_values_in_index_order() -> None:
    buffer: Reorder[str] = Reorder()
    assert buffer.put(2, "c") == [] and buffer.put(1, "b") == []
    assert len(buffer) == 2
    assert buffer.put(0, "a") == ["a", "b", "c"] and len(buffer) == 0
    with pytest.raises(ValueError):
        buffer.put(1, "again")


def test_a_broken_extractor_stream_loses_only_the_article_that_breaks_it() -> None:
    batch = articles(5)
    batch[2] = Article(id="bad", text="BOOM")
    results = extract_partition(fake_extract, batch)
    assert [r.article.id for r in results] == ["a0", "a1", "bad", "a3", "a4"]
    assert [r.error.code if r.error else None for r in results] == [None, None, "internal", None, None]
    assert "RuntimeError: the extractor broke" in results[2].error.message  # type: ignore[union-attr]


def test_writer_policy_follows_the_database() -> None:
    from sqlalchemy.engine import make_url

    assert writer_policy(make_url("sqlite:////tmp/x.db")) == CLIENT
    assert writer_policy(make_url("postgresql+psycopg://u@h/db")) == WORKERS


def test_cluster_spec_needs_exactly_one_target() -> None:
    with pytest.raises(ValueError):
        ClusterSpec()
    with pytest.raises(ValueError):
        ClusterSpec(workers=2, address="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError):
        ClusterSpec(workers=0)


# ------------------------------------------------------------------------------ the real pipeline


def test_cluster_flag_gives_the_single_process_bytes(real_cluster: LocalCluster, batch_file: Path,
                                                     single_output: bytes, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = CliRunner().invoke(main, ["extract", "--input", str(batch_file), "--output", str(out),
                                       "--cluster", real_cluster.scheduler_address])
    assert result.exit_code == 1, result.output  # the bad lines fail, as in one process
    assert "23 articles: 20 ok, 3 failed" in result.output
    assert out.read_bytes() == single_output


def test_small_partitions_on_two_workers_give_the_single_process_bytes(
        real_cluster: LocalCluster, batch_file: Path, single_output: bytes) -> None:
    with Session(ClusterSpec(address=real_cluster.scheduler_address)) as session:
        extractor = DistributedExtractor(session, partition_size=6, window=3)
        with batch_file.open("rb") as handle:
            lines = [result_line(r) + "\n" for r in run_batch(read_articles(handle), extractor)]
        assert session.threads() == 2
    assert "".join(lines).encode("utf-8") == single_output


# ------------------------------------------------------------------------------ failures on workers


def test_a_failed_article_on_a_worker_is_an_error_record_and_its_partition_is_kept(
        fake_cluster: LocalCluster) -> None:
    batch = articles(12)
    batch[5] = Article(id="bad", text="BOOM here")
    with Session(ClusterSpec(address=fake_cluster.scheduler_address), factory=fake_factory) as session:
        results = list(DistributedExtractor(session, partition_size=4)(batch))
    assert [r.article.id for r in results] == [a.id for a in batch]
    assert [r.article.id for r in results if r.error] == ["bad"]
    assert results[5].error.code == "internal"  # type: ignore[union-attr]
    # the work was spread over both worker processes
    assert len({r.warnings[0].message for r in results if not r.error}) == 2


def test_a_killed_worker_is_replaced_and_every_article_comes_back_once(fake_cluster: LocalCluster,
                                                                       tmp_path: Path) -> None:
    marker = tmp_path / "killed"
    batch = articles(20)
    batch[9] = Article(id="kill-me", text="Report number 9.")
    factory = functools.partial(killing_factory, str(marker))
    with Session(ClusterSpec(address=fake_cluster.scheduler_address), factory=factory) as session:
        results = list(DistributedExtractor(session, partition_size=2)(batch))
    assert marker.exists(), "no worker was killed: the test proves nothing"
    assert [r.article.id for r in results] == [a.id for a in batch]
    assert not any(r.error for r in results)
    killed_pid = marker.read_text()
    assert results[9].warnings[0].message != killed_pid  # redone by another process


WORDS = ("army", "fighters", "village", "river", "bridge", "governor", "said", "killed", "wounded", "clashes",
         "night", "checkpoint", "convoy", "market", "police", "protest", "district", "road", "town", "officials",
         "spokesman", "denied", "claimed", "attack", "drone", "shelling", "residents", "fled", "camp", "hospital",
         "talks", "ceasefire", "rebels", "soldiers", "border", "airport", "school", "mosque", "church", "farm")


def story(i: int) -> str:
    """A distinct text per ``i`` (words drawn at random, seeded), long enough for a near-duplicate signature."""
    rng = random.Random(i)
    sentences = [" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(8)]
    return f"Report {i}.\n" + "\n".join(sentences) + "\n"


def wire_copy(text: str, outlet: str) -> str:
    return f"{outlet} staff report\n{text}Copyright {outlet}. All rights reserved.\n"


def sourced(article_id: str, text: str) -> Sourced:
    return Sourced(Article(id=article_id, text=text), f"{article_id}.txt")


def ingest_items() -> list[Sourced]:
    """Originals, an exact duplicate, two wire copies of one story, and the article that kills a worker."""
    items = [sourced(f"s{i}", story(i)) for i in range(14)]
    items.insert(3, sourced("s1-again", story(1)))
    items.insert(6, sourced("s2-wire", wire_copy(story(2), "Valley Post")))
    items.insert(9, sourced("s2-wire-2", wire_copy(story(2), "Evening Star")))
    items.append(sourced("kill-me", story(99)))
    items.append(sourced("s5-wire", wire_copy(story(5), "Daily Ledger")))
    return items


def outcomes_of(ingester: Ingester, items: list[Sourced]) -> list[tuple[str, str | None, str | None]]:
    seen: list[tuple[str, str | None, str | None]] = []
    ingester.run(items, on_outcome=lambda o: seen.append((o.status, o.article_id, o.near_duplicate_of)))
    # sorted: a duplicate is reported when it is read, so how far ahead a run reads changes the order
    return sorted(seen, key=lambda o: str(o[1]))


def stored_rows(db: str) -> list[tuple[str, str, str | None]]:
    from fogwatch.store import Store

    with Store.open(db) as store:
        return sorted((a.source_id, a.content_hash, a.near_duplicate_of) for a in store.articles())


def reference_ingest(
    tmp_path: Path,
) -> tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str, str | None]]]:
    from fogwatch.store import Store

    db = str(tmp_path / "single.sqlite")
    with Store.open(db) as store:
        outcomes = outcomes_of(Ingester(StoreSink(store), fake_extract), ingest_items())
    return outcomes, stored_rows(db)


class CountingSink(StoreSink):
    """Counts the articles the client process writes itself."""

    client_writes = 0

    def add_result(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.client_writes += 1
        return super().add_result(*args, **kwargs)


def distributed_ingest(db: str, cluster: LocalCluster, marker: Path
                       ) -> tuple[list[tuple[str, str | None, str | None]], str, int]:
    from fogwatch.distributed import open_ingester
    from fogwatch.store import Store

    with Store.open(db) as store:
        sink = CountingSink(store)
        session, ingester = open_ingester(sink, ClusterSpec(address=cluster.scheduler_address),
                                          factory=functools.partial(killing_factory, str(marker)),
                                          partition_size=2)
        with session:
            outcomes = outcomes_of(ingester, ingest_items())
    assert marker.exists(), "no worker was killed: the test proves nothing"
    return outcomes, ingester.policy, sink.client_writes


def test_ingest_into_sqlite_with_a_killed_worker_stores_each_article_once(fake_cluster: LocalCluster,
                                                                         tmp_path: Path) -> None:
    expected_outcomes, expected_rows = reference_ingest(tmp_path)
    assert {s for s, _, _ in expected_outcomes} == {NEW, DUPLICATE, NEAR_DUPLICATE}
    db = str(tmp_path / "distributed.sqlite")
    outcomes, policy, client_writes = distributed_ingest(db, fake_cluster, tmp_path / "killed")
    assert policy == CLIENT
    assert outcomes == expected_outcomes
    assert client_writes == sum(s in (NEW, NEAR_DUPLICATE) for s, _, _ in outcomes)  # one writer
    assert stored_rows(db) == expected_rows  # same articles, same hashes, same near-duplicate groups


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh schema on a throwaway PostgreSQL server, started as tests/store/ starts it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
    from pg_server import TEST_DATABASE, PgServer, PgUnavailable, give_up, start_server

    external = os.environ.get("FOGWATCH_TEST_POSTGRES_URL")
    try:
        server = PgServer(admin_url=external) if external else start_server()
    except PgUnavailable as exc:
        give_up(exc, os.environ)
    schema = f"t_dist_{os.getpid()}"
    try:
        yield server.create_schema(TEST_DATABASE, schema)
        server.drop_schema(TEST_DATABASE, schema)
    finally:
        if not external:
            server.destroy()


def test_ingest_into_postgresql_with_parallel_writers_and_a_killed_worker(
        fake_cluster: LocalCluster, pg_url: str, tmp_path: Path) -> None:
    expected_outcomes, expected_rows = reference_ingest(tmp_path)
    outcomes, policy, client_writes = distributed_ingest(pg_url, fake_cluster, tmp_path / "killed")
    assert policy == WORKERS
    assert outcomes == expected_outcomes
    # the workers wrote the originals; the client only the near-duplicates (their links need the run's order)
    assert client_writes == sum(s == NEAR_DUPLICATE for s, _, _ in outcomes) > 0
    assert stored_rows(pg_url) == expected_rows


def test_a_partition_written_twice_stores_nothing_twice(tmp_path: Path) -> None:
    from fogwatch.store import Store

    items = [(Article(id=f"w{i}", text=story(i)), content_hash(story(i))) for i in range(3)]
    items.append((Article(id="client-writes", text=story(3)), None))  # not the worker's to write
    results = list(fake_extract(a for a, _ in items))
    with Store.open(str(tmp_path / "w.sqlite")) as store:
        first = write_partition(store, items, results)
        again = write_partition(store, items, results)  # the partition's worker died after writing it
        assert store.counts()["articles"] == 3
    assert [w.status if w else None for w in first] == ["new", "new", "new", None]
    assert [w.status if w else None for w in again] == ["duplicate", "duplicate", "duplicate", None]
    # the client sent these out unstored, so the second write still means "stored by this run"
    sink = PrewrittenSink(MemorySink())
    sink.written = {w.content_hash: w for w in again if w}
    assert sink.add_result(items[0][0], results[0], content_hash=items[0][1]) == NEW  # type: ignore[arg-type]
    sink.written["h"] = Written("h", error="the server went away")
    with pytest.raises(Exception, match="the server went away"):
        sink.add_result(items[0][0], results[0], content_hash="h")


# ------------------------------------------------------------------------------ CLI, inputs, errors


def test_workers_flag_with_an_fsspec_url_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import fsspec

    from fogwatch.distributed import session as session_module

    monkeypatch.setattr(session_module, "default_extractor", fake_factory)  # the CLI's factory
    lines = [json.dumps({"id": f"m{i}", "text": f"Memory report {i}."}) for i in range(5)] + ["{bad"]
    with fsspec.open("memory://fogwatch-test/batch.jsonl", "wb") as handle:
        handle.write(("\n".join(lines) + "\n").encode())
    out = tmp_path / "out.jsonl"
    try:
        result = CliRunner().invoke(main, ["extract", "--input", "memory://fogwatch-test/batch.jsonl",
                                           "--output", str(out), "--workers", "1"])
    finally:
        fsspec.filesystem("memory").rm("/fogwatch-test", recursive=True)
    assert result.exit_code == 1, result.output  # the bad line
    assert "6 articles: 5 ok, 1 failed" in result.output
    ids = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert ids == ["m0", "m1", "m2", "m3", "m4", "line-6"]


def test_ingest_cluster_flag_with_a_memory_folder(fake_cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    import fsspec

    from fogwatch.distributed import session as session_module

    monkeypatch.setattr(session_module, "default_extractor", fake_factory)
    fs = fsspec.filesystem("memory")
    fs.pipe({"/fogwatch-ingest/a.txt": story(1).encode(), "/fogwatch-ingest/b.txt": story(2).encode(),
             "/fogwatch-ingest/c.jsonl": json.dumps({"id": "c", "text": story(3)}).encode()})
    db = str(tmp_path / "ingest.sqlite")
    runner = CliRunner()
    args = ["ingest", "memory://fogwatch-ingest", "--db", db, "--cluster", fake_cluster.scheduler_address]
    try:
        first = runner.invoke(main, args)
        again = runner.invoke(main, args)
    finally:
        fs.rm("/fogwatch-ingest", recursive=True)
    assert first.exit_code == 0, first.output
    assert "3 articles: 3 new" in first.output
    assert sorted(a for a, _, _ in stored_rows(db)) == ["c", "memory:///fogwatch-ingest/a.txt",
                                                       "memory:///fogwatch-ingest/b.txt"]
    assert again.exit_code == 0 and "3 duplicate" in again.output


def test_flags_are_checked() -> None:
    runner = CliRunner()
    both = runner.invoke(main, ["extract", "--input", "x.jsonl", "--workers", "2", "--cluster", "tcp://h:1"])
    assert both.exit_code == 2 and "not both" in both.output
    one_file = runner.invoke(main, ["extract", "some.txt", "--workers", "2"])
    assert one_file.exit_code == 2 and "--input" in one_file.output
    zero = runner.invoke(main, ["ingest", "x.txt", "--workers", "0"])
    assert zero.exit_code == 2


def test_workers_that_cannot_load_the_pipeline_are_a_clear_error(fake_cluster: LocalCluster) -> None:
    from fogwatch.distributed import ClusterError

    session = Session(ClusterSpec(address=fake_cluster.scheduler_address), factory=broken_factory)
    with pytest.raises(ClusterError, match="could not load the pipeline .*the model files are missing"):
        session.start()
    # the next session puts a working extractor back on the same workers
    with Session(ClusterSpec(address=fake_cluster.scheduler_address), factory=fake_factory) as session:
        assert [r.article.id for r in DistributedExtractor(session)(articles(3))] == ["a0", "a1", "a2"]


def profiling(dask_worker) -> bool:  # type: ignore[no-untyped-def]
    return "profile" in dask_worker.periodic_callbacks


def test_local_workers_run_without_the_statistical_profiler() -> None:
    """Dask's profiler keeps ~17 minutes of stack samples per worker: memory that grows with the run."""
    with Session(ClusterSpec(workers=1), factory=fake_factory) as session:
        assert list(session.client.run(profiling).values()) == [False]
        assert [r.article.id for r in DistributedExtractor(session)(articles(2))] == ["a0", "a1"]
    # the setting is the local workers' own: this process's Dask configuration is left as it was
    import dask

    assert dask.config.get("distributed.worker.profile.enabled") is True


def test_remote_workers_running_the_profiler_get_a_warning(fake_cluster: LocalCluster,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    # the test's own cluster runs with Dask's defaults, profiler on
    with caplog.at_level(logging.WARNING, logger="fogwatch.distributed.session"), \
            Session(ClusterSpec(address=fake_cluster.scheduler_address), factory=fake_factory) as session:
        session.start()
    assert "2 of the workers of the Dask scheduler at" in caplog.text
    assert "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False" in caplog.text


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import socket

    from fogwatch.distributed import session as session_module

    monkeypatch.setattr(session_module, "CONNECT_TIMEOUT", 1.0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "x"}) + "\n")
    result = CliRunner().invoke(main, ["extract", "--input", str(batch), "--cluster", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert f"cannot use the Dask scheduler at tcp://127.0.0.1:{port}" in result.output


def test_missing_dask_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(DaskUnavailableError, match=r"pip install 'fogwatch\[dask\]'"):
        require_dask()
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "x"}) + "\n")
    runner = CliRunner()
    extract = runner.invoke(main, ["extract", "--input", str(batch), "--workers", "2"])
    assert extract.exit_code == 2 and "fogwatch[dask]" in extract.output
    ingest = runner.invoke(main, ["ingest", str(batch), "--db", str(tmp_path / "x.db"), "--workers", "2"])
    assert ingest.exit_code == 1 and "fogwatch[dask]" in ingest.output


def test_the_core_does_not_import_dask() -> None:
    import subprocess

    code = ("import sys, fogwatch.cli, fogwatch.distributed, fogwatch.cli_batch, fogwatch.cli_ingest; "
            "print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def slow_square(x: int) -> int:
    import time

    time.sleep(60)
    return x * x


def test_a_cluster_left_without_workers_is_a_clear_error_not_a_hang() -> None:
    from distributed import Client

    from fogwatch.distributed import ClusterError
    from fogwatch.distributed.ordered import ordered_map

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        stream = ordered_map(client, slow_square, [1, 2, 3], window=2, on_error=lambda part, exc: -1,
                             no_workers_timeout=2.0)
        cluster.scale(0)  # every worker gone, as when a remote cluster's workers are all stopped
        with pytest.raises(ClusterError, match="no worker for 2 s"):
            next(stream)
