"""Ingest throughput: extraction alone vs ingest into the store, and a re-ingest, in one run.

Builds N articles at run time from ../shared/eval (nothing is copied into the repository): a mix
of real news articles (PolNeAR, India Police Events) and ACLED coders' notes, then

1. extracts them with the pipeline alone (``Pipeline.extract_many``, results discarded), and
2. ingests the same articles into a fresh store (content hash, near-duplicate signature, extraction,
   one transaction per article), timing the store calls and the dedup work on their own;
   the two are interleaved chunk by chunk (100 articles; which goes first alternates), so that both
   see the same load on a shared machine;
3. ingests them all again: every article must be a duplicate, and the pipeline must not run.

Store overhead is reported two ways. Wall clock: ingest time / extract-alone time - 1; on a shared
machine its noise is several times the overhead, and whichever pass sees a text second profits from
warm caches. In-pass: inside the ingest pass, the time the pipeline itself spends is measured apart
from everything ingest adds around it (hashing, signatures, store look-ups and writes, bookkeeping),
so both sides of the ratio come from the same seconds of the same run.

    python bench/ingest.py                        # 1,000 articles, SQLite in a temporary folder
    python bench/ingest.py --n 200 --db postgresql://localhost/fogwatch_bench --json out.json
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"


def build_articles(n: int, seed: int = 7) -> list[Any]:
    """``n`` articles: 40% ACLED notes, 30% PolNeAR articles, 30% India Police Events articles."""
    from fogwatch.records import Article

    if not EVAL.is_dir():
        sys.exit(f"{EVAL} not found: this benchmark needs the team's evaluation data")
    rng = random.Random(seed)
    out: list[Article] = []

    notes: list[Article] = []
    with (EVAL / "acled" / "kenya-1997-2019.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("notes"):
                published = dt.datetime.strptime(row["event_date"], "%d-%m-%y").date()
                notes.append(Article(id=f"acled-{row['data_id']}", text=row["notes"], published=published,
                                     outlet=row.get("source") or None))
    polnear = [Article(id=f"polnear-{p.stem}", text=p.read_text(encoding="utf-8"), outlet=p.stem.split("_")[0],
                       published=_date(p.stem.split("_")[1]))
               for p in sorted((EVAL / "polnear").glob("*/text/*.txt"))]
    india: list[Article] = []
    for line in (EVAL / "india-police-events" / "docs.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        india.append(Article(id=f"ipe-{doc['doc_id']}", text=doc["doc_text"], outlet="Times of India"))

    shares = [(notes, int(n * 0.4)), (polnear, int(n * 0.3))]
    shares.append((india, n - sum(k for _, k in shares)))
    for pool, k in shares:
        out.extend(rng.sample(pool, min(k, len(pool))))
    rng.shuffle(out)
    return out


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def timed_pipeline(extract: Any, inside: Timed, feeding: Timed) -> Any:
    """``extract`` with the seconds spent inside it (``inside``) and, of those, the seconds spent
    pulling its input from ingest's dedup generator (``feeding``), which are ingest's, not the pipeline's."""

    def run(articles: Iterable[Any]) -> Iterator[Any]:
        source = iter(articles)

        def feed() -> Iterator[Any]:
            while True:
                start = time.perf_counter()
                try:
                    article = next(source)
                except StopIteration:
                    return
                finally:
                    feeding.seconds += time.perf_counter() - start
                yield article

        results = iter(extract(feed()))
        while True:
            start = time.perf_counter()
            try:
                result = next(results)
            except StopIteration:
                return
            finally:
                inside.seconds += time.perf_counter() - start
            yield result

    return run


class Timed:
    """Adds up the seconds spent in wrapped calls."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def wrap(self, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
        return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--chunk", type=int, default=100, help="articles per interleaved round")
    parser.add_argument("--db", help="database URL or path (default: a fresh SQLite file in a temp folder)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    from fogwatch.ingest import IngestCounts, Ingester, Signer, Sourced, StoreSink
    from fogwatch.pipeline import Pipeline

    try:
        from fogwatch.store import Store
    except ImportError as exc:
        sys.exit(f"fogwatch.store is not available ({exc}): cannot measure the store overhead")

    articles = build_articles(args.n)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words (built from {EVAL})", flush=True)
    pipeline = Pipeline.load()
    # Warm up on a whole chunk: the first hundred articles fill the pipeline's lookup caches, and
    # that one-off cost would otherwise land on whichever pass runs first.
    for _ in pipeline.extract_many(articles[: args.chunk]):
        pass

    t_extract = t_ingest = 0.0
    counts = IngestCounts()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.sqlite")
        with Store.open(db) as store:
            sink = StoreSink(store)
            store_clock, dedup_clock = Timed(), Timed()
            for name in ("has_hash", "add_result", "add_signature", "near_duplicate_signatures"):
                setattr(sink, name, store_clock.wrap(getattr(sink, name)))
            signer = Signer()
            signer.sign = dedup_clock.wrap(signer.sign)  # type: ignore[method-assign]
            inside, feeding = Timed(), Timed()
            ingester = Ingester(sink, timed_pipeline(pipeline.extract_many, inside, feeding), signer=signer)

            def extract_alone(chunk: list[Any]) -> float:
                start = time.perf_counter()
                for _ in pipeline.extract_many(chunk):
                    pass
                return time.perf_counter() - start

            def ingest(chunk: list[Any]) -> float:
                start = time.perf_counter()
                got = ingester.run([Sourced(a, a.id) for a in chunk])
                for name in ("new", "near_duplicate", "duplicate", "failed", "skipped", "events"):
                    setattr(counts, name, getattr(counts, name) + getattr(got, name))
                return time.perf_counter() - start

            # 1 and 2, interleaved
            for number, first in enumerate(range(0, len(articles), args.chunk)):
                chunk = articles[first : first + args.chunk]
                if number % 2 == 0:
                    t_extract += extract_alone(chunk)
                    t_ingest += ingest(chunk)
                else:
                    t_ingest += ingest(chunk)
                    t_extract += extract_alone(chunk)
                print(f"  {first + len(chunk):5d} articles: extract alone {t_extract:6.1f} s, "
                      f"ingest {t_ingest:6.1f} s", flush=True)
            print(f"extract alone:      {t_extract:7.1f} s  {len(articles) / t_extract:6.2f} articles/s")
            print(f"ingest with store:  {t_ingest:7.1f} s  {len(articles) / t_ingest:6.2f} articles/s  "
                  f"({counts.summary()})")
            t_pipeline = inside.seconds - feeding.seconds
            print(f"  of which: pipeline {t_pipeline:.1f} s; store calls {store_clock.seconds:.2f} s, "
                  f"near-duplicate signatures {dedup_clock.seconds:.2f} s, all ingest work "
                  f"{t_ingest - t_pipeline:.2f} s")

            # 3. re-ingest: must be all duplicates and never run the pipeline
            calls = {"n": 0}

            def must_not_run(arts: Iterable[Any]) -> Iterator[Any]:
                for _ in arts:
                    calls["n"] += 1
                return iter(())

            start = time.perf_counter()
            again = Ingester(StoreSink(store), must_not_run).run([Sourced(a, a.id) for a in articles])
            t_again = time.perf_counter() - start
            print(f"re-ingest:          {t_again:7.2f} s  ({again.summary()}; pipeline calls: {calls['n']})")

    overhead_wall = t_ingest / t_extract - 1
    overhead_direct = (t_ingest - t_pipeline) / t_pipeline
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"store overhead: {overhead_direct:.1%} in-pass, {overhead_wall:+.1%} wall clock "
          f"(target <= 15%); re-ingest {t_again / t_ingest:.2%} of ingest time; peak RSS {peak_mb:.0f} MB")
    numbers = {
        "articles": len(articles), "words": words, "extract_s": round(t_extract, 2),
        "ingest_s": round(t_ingest, 2), "store_calls_s": round(store_clock.seconds, 3),
        "signatures_s": round(dedup_clock.seconds, 3), "reingest_s": round(t_again, 3),
        "pipeline_in_ingest_s": round(t_pipeline, 2),
        "overhead_wall": round(overhead_wall, 4), "overhead_in_pass": round(overhead_direct, 4),
        "new": counts.new, "near_duplicate": counts.near_duplicate, "duplicate": counts.duplicate,
        "failed": counts.failed, "skipped": counts.skipped, "reingest_duplicates": again.duplicate,
        "reingest_pipeline_calls": calls["n"], "peak_rss_mb": round(peak_mb),
    }
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
    stored = counts.new + counts.near_duplicate + counts.skipped + counts.duplicate
    if again.duplicate != stored or calls["n"]:
        sys.exit("re-ingest was not a no-op")


if __name__ == "__main__":
    main()
