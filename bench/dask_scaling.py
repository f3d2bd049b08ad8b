"""Distributed throughput: 1 vs 2 Dask workers on the same articles, and how time and memory grow with N.

Builds the articles at run time from ../shared/eval (nothing is copied into the repository): a fixed
mix of ACLED coders' notes (40%), GTD incident summaries (30%) and PolNeAR news articles (30%),
drawn at random (seeded); a size larger than a pool reuses its texts under new ids.

1. Throughput: a local cluster of 1 worker and one of 2 workers are started and their pipelines
   loaded (not timed), then the same ``--n`` articles run through both, in rounds that alternate
   which cluster goes first, so that both see the same load on a shared machine. Reports
   articles/s and words/s of each, and the speedup (2 workers / 1 worker). ``--baseline`` adds the
   single-process pipeline (no Dask) to the rounds, to show what Dask itself costs.
2. Scaling: for each of ``--sizes``, a fresh cluster of ``--scaling-workers`` workers extracts that
   many articles; reports seconds, ms per article, and each worker's peak resident memory after
   loading the pipeline and after the run, and its resident memory at the end (Linux's ``VmHWM``
   and ``VmRSS`` of the worker process).

Extraction goes through ``fogwatch.distributed.DistributedExtractor`` and every result is
serialised with ``batch.result_line``, as ``fogwatch extract --input ... --workers N`` does.
Results: bench/results/distributed.json (gitignored).

    python bench/dask_scaling.py                              # 2,000 articles; sizes 1000,2500,5000,10000
    python bench/dask_scaling.py --n 200 --sizes 100,200      # a quick check that it works
    python bench/dask_scaling.py --skip-scaling --baseline
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
RESULTS = REPO / "bench" / "results" / "distributed.json"
MIX = (("acled", 0.4), ("gtd", 0.3), ("polnear", 0.3))
GTD_DATE = re.compile(r"^\s*(\d{2})/(\d{2})/(\d{4}):\s*")

csv.field_size_limit(10_000_000)


# --------------------------------------------------------------------------- corpus


def _date(text: str) -> dt.date | None:
    for fmt in ("%Y-%m-%d", "%d-%m-%y", "%d %B %Y", "%d-%B-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _acled() -> list[tuple[str, str, dt.date | None]]:
    rows: list[tuple[str, str, dt.date | None]] = []
    for name in ("kenya-1997-2019.csv", "global-merged-1997-2026.csv"):
        with (EVAL / "acled" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("notes"):
                    rows.append((f"acled-{len(rows)}", row["notes"], _date(row.get("event_date") or "")))
    return rows


def _gtd() -> list[tuple[str, str, dt.date | None]]:
    rows: list[tuple[str, str, dt.date | None]] = []
    for path in sorted((EVAL / "gtd").rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                summary = row.get("summary") or ""
                match = GTD_DATE.match(summary)
                if not match or not summary[match.end():].strip():
                    continue
                month, day, year = (int(g) for g in match.groups())
                try:
                    published = dt.date(year, month, day)
                except ValueError:
                    published = None
                rows.append((f"gtd-{row['eventid']}", summary[match.end():], published))
    return rows


def _polnear() -> list[tuple[str, str, dt.date | None]]:
    seen: set[str] = set()
    rows: list[tuple[str, str, dt.date | None]] = []
    for path in sorted((EVAL / "polnear").glob("*/text/*.txt")):
        text = path.read_text(encoding="utf-8")
        if text in seen:  # several annotators' copies of one article
            continue
        seen.add(text)
        parts = path.stem.split("_")
        rows.append((f"polnear-{path.stem}", text, _date(parts[1]) if len(parts) > 1 else None))
    return rows


def load_pools() -> dict[str, list[tuple[str, str, dt.date | None]]]:
    return {"acled": _acled(), "gtd": _gtd(), "polnear": _polnear()}


def corpus(pools: dict[str, list[tuple[str, str, dt.date | None]]], n: int, seed: int = 7) -> list[Any]:
    """``n`` articles in the fixed mix; a pool smaller than its share is reused under new ids."""
    from fogwatch.records import Article

    rng = random.Random(seed)
    out: list[Article] = []
    counts = [int(n * share) for _, share in MIX]
    counts[0] += n - sum(counts)
    for (name, _), k in zip(MIX, counts, strict=True):
        pool = pools[name]
        picked = rng.sample(pool, k) if k <= len(pool) else [pool[i % len(pool)] for i in range(k)]
        out.extend(Article(id=f"{aid}-{i}", text=text, published=published)
                   for i, (aid, text, published) in enumerate(picked))
    rng.shuffle(out)
    return out


def words(articles: list[Any]) -> int:
    return sum(len(a.text.split()) for a in articles)


# --------------------------------------------------------------------------- runs


def run(extract: Any, articles: list[Any]) -> tuple[float, int]:
    """Seconds to extract and serialise ``articles``; the number of failed articles."""
    from fogwatch.batch import result_line

    failed = 0
    start = time.perf_counter()
    for result in extract(articles):
        result_line(result)
        failed += result.error is not None and result.error.code != "not_english"
    return time.perf_counter() - start, failed


def open_cluster(workers: int, partition_size: int) -> tuple[Any, Any]:
    from fogwatch.distributed import ClusterSpec, DistributedExtractor, Session

    session = Session(ClusterSpec(workers=workers))
    start = time.perf_counter()
    session.start()
    print(f"  {workers} worker(s) started and loaded in {time.perf_counter() - start:.1f} s", flush=True)
    return session, DistributedExtractor(session, partition_size=partition_size)


def memory_mib(session: Any, kind: str = "peak") -> list[float]:
    """Each worker's resident memory in MiB, sorted: its peak so far (``peak``) or now (``rss``)."""
    from fogwatch.distributed.tasks import memory_kib

    return sorted(round(m.get(kind, 0) / 1024, 1) for m in session.client.run(memory_kib).values())


def throughput(articles: list[Any], *, rounds: int, partition_size: int, baseline: bool) -> dict[str, Any]:
    configs: dict[str, Any] = {}
    sessions = []
    for workers in (1, 2):
        session, extractor = open_cluster(workers, partition_size)
        sessions.append(session)
        configs[f"{workers}_worker"] = extractor
    if baseline:
        from fogwatch.pipeline import Pipeline

        configs["in_process"] = Pipeline.load().extract_many
    try:
        warm = articles[:16]
        for extract in configs.values():
            run(extract, warm)  # first calls fill caches in every process
        seconds = dict.fromkeys(configs, 0.0)
        failed = dict.fromkeys(configs, 0)
        size = -(-len(articles) // rounds)
        for r in range(rounds):
            chunk = articles[r * size:(r + 1) * size]
            order = list(configs) if r % 2 == 0 else list(reversed(configs))  # alternate who goes first
            for name in order:
                took, bad = run(configs[name], chunk)
                seconds[name] += took
                failed[name] += bad
                print(f"  round {r + 1}/{rounds} {name}: {len(chunk)} articles in {took:.1f} s", flush=True)
        total_words = words(articles)
        report = {name: {"seconds": round(seconds[name], 2),
                         "articles_per_s": round(len(articles) / seconds[name], 2),
                         "words_per_s": round(total_words / seconds[name]),
                         "failed": failed[name]} for name in configs}
        report["speedup_2_vs_1"] = round(seconds["1_worker"] / seconds["2_worker"], 3)
        if baseline:
            report["dask_1_worker_vs_in_process"] = round(seconds["in_process"] / seconds["1_worker"], 3)
        report["peak_rss_mib_per_worker"] = {f"{i + 1}_worker": memory_mib(s) for i, s in enumerate(sessions)}
        return report
    finally:
        for session in sessions:
            session.close()


def scaling(pools: dict[str, Any], sizes: list[int], *, workers: int, partition_size: int) -> list[dict[str, Any]]:
    rows = []
    for n in sizes:
        articles = corpus(pools, n, seed=11)
        print(f"scaling: {n} articles on {workers} worker(s)", flush=True)
        session, extractor = open_cluster(workers, partition_size)
        try:
            loaded = memory_mib(session)
            took, failed = run(extractor, articles)
            after, now = memory_mib(session), memory_mib(session, "rss")
        finally:
            session.close()
        rows.append({"articles": n, "words": words(articles), "seconds": round(took, 2),
                     "ms_per_article": round(1000 * took / n, 1), "articles_per_s": round(n / took, 2),
                     "failed": failed, "peak_rss_mib_after_load": loaded, "peak_rss_mib_after_run": after,
                     "rss_mib_at_end": now})
        print(f"  {took:.1f} s ({1000 * took / n:.0f} ms/article); peak RSS per worker {after} MiB "
              f"(after loading: {loaded}; at the end: {now})", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles for the 1 vs 2 workers comparison")
    parser.add_argument("--rounds", type=int, default=2, help="rounds the comparison is split into")
    parser.add_argument("--sizes", default="1000,2500,5000,10000", help="comma-separated sizes for the scaling run")
    parser.add_argument("--scaling-workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=None, help="articles per task (default: the CLI's)")
    parser.add_argument("--baseline", action="store_true", help="also time the pipeline in this process (no Dask)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"where to write results (default {RESULTS})")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found; this benchmark builds its articles from the team's evaluation data",
              file=sys.stderr)
        return 0
    from fogwatch.distributed import DEFAULT_PARTITION_SIZE
    from fogwatch.distributed.session import quiet_dask_logs

    quiet_dask_logs()
    partition_size = args.partition_size or DEFAULT_PARTITION_SIZE
    pools = load_pools()
    print("pools: " + ", ".join(f"{k} {len(v)}" for k, v in pools.items()), flush=True)
    out: dict[str, Any] = {
        "command": " ".join([Path(sys.argv[0]).name, *(argv if argv is not None else sys.argv[1:])]),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(), "load_average_start": os.getloadavg(), "partition_size": partition_size,
        "mix": dict(MIX),
    }
    if not args.skip_throughput:
        articles = corpus(pools, args.n)
        print(f"throughput: {args.n} articles ({words(articles):,} words), 1 vs 2 workers", flush=True)
        out["throughput"] = {"articles": args.n, "words": words(articles),
                             **throughput(articles, rounds=args.rounds, partition_size=partition_size,
                                          baseline=args.baseline)}
        t = out["throughput"]
        print(f"1 worker {t['1_worker']['articles_per_s']} articles/s, 2 workers {t['2_worker']['articles_per_s']} "
              f"articles/s: speedup {t['speedup_2_vs_1']}", flush=True)
    if not args.skip_scaling:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        out["scaling"] = scaling(pools, sizes, workers=args.scaling_workers, partition_size=partition_size)
    out["load_average_end"] = os.getloadavg()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"results in {args.json}")
    return 0


if __name__ == "__main__":  # worker processes are spawned: they import this file and must not run it
    sys.exit(main())
