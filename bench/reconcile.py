"""Reconciliation of many synthetic event reports: time, peak memory, scaling, and a sanity check of
the clusters against the synthetic truth.

The reports are generated at run time (nothing is read from disk): true events in 30 countries
(12 admin1 x 10 admin2 each, dates over two years, ACLED types and inter codes), each reported by a
few outlets with the noise real reports have: a missing second actor, actors in the other order, a
place known only to its province, a date a day off or only to the week, differing tolls, syndicated
copies of one story, and partisan casualty claims that contradict each other.

    python bench/reconcile.py                       # 100,000 reports
    python bench/reconcile.py --rounds 3 --incremental 1000 --scaling
    python bench/reconcile.py --days 60 --json /tmp/reconcile.json

Numbers: wall time of ``reconcile`` (batch), of a ``Reconciler`` fed in article-sized batches
(``--incremental``), of writing each export format, peak resident memory (``ru_maxrss``) and its
growth over the generated input, pair comparisons made against all pairs, and pairwise precision
and recall of the clusters against the true events (a check that the rules are sane on data built
to match them, not an accuracy figure: real reports are measured elsewhere). ``--days`` packs the
events into fewer days (denser blocks, more candidate pairs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from fogwatch import taxonomy  # noqa: E402
from fogwatch.export import write  # noqa: E402
from fogwatch.reconcile import (  # noqa: E402
    EventReport,
    Reconciler,
    engine,  # noqa: E402
    reconcile,
)
from fogwatch.records import Claim, Event, Quantity, Speaker, TextSpan  # noqa: E402

COUNTRIES = (
    "Afghanistan", "Somalia", "Sudan", "Ukraine", "Myanmar", "Nigeria", "Mali", "Burkina Faso", "Syria",
    "Yemen", "Iraq", "Ethiopia", "Kenya", "Cameroon", "Niger", "Chad", "Pakistan", "India", "Philippines",
    "Colombia", "Mexico", "Haiti", "Libya", "Mozambique", "South Sudan", "Central African Republic",
    "Democratic Republic of Congo", "Lebanon", "Palestine", "Bangladesh",
)  # fmt: skip
VIOLENT = (taxonomy.BATTLES, taxonomy.EXPLOSIONS, taxonomy.VIOLENCE_AGAINST_CIVILIANS)


def rss_mb() -> float:
    """Current resident memory (Linux /proc), in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class World:
    """Places and actors of the synthetic countries."""

    def __init__(self, rng: random.Random):
        self.places: list[tuple[str, str, str, float, float, float, float]] = []
        self.actors: dict[str, list[tuple[str, int]]] = {}
        for ci, country in enumerate(COUNTRIES):
            base_lat, base_lon = rng.uniform(-30, 45), rng.uniform(-80, 120)
            for a1 in range(12):
                a1_lat, a1_lon = base_lat + (a1 % 4) * 1.2, base_lon + (a1 // 4) * 1.2
                for a2 in range(10):
                    lat, lon = a1_lat + (a2 % 5) * 0.22, a1_lon + (a2 // 5) * 0.3
                    place = (country, f"Region {ci}-{a1}", f"District {ci}-{a1}-{a2}", lat, lon, a1_lat, a1_lon)
                    self.places.append(place)
            self.actors[country] = [
                (f"Military Forces of {country}", 1), (f"Police Forces of {country}", 1),
                (f"Rebel Front {ci}", 2), (f"Liberation Army {ci}", 2), (f"Militia {ci}", 3),
                (f"Ethnic Militia {ci}", 4), (f"Civilians ({country})", 7),
            ]  # fmt: skip


def synthetic_reports(n: int, seed: int = 0, days: int = 730) -> tuple[list[EventReport], dict[str, int]]:
    """``n`` reports of events over ``days`` days, and the true event of each (key -> event number)."""
    rng = random.Random(seed)
    world = World(rng)
    start = dt.date(2022, 1, 1)
    outlets = [f"Outlet {i}" for i in range(300)]
    reports: list[EventReport] = []
    truth: dict[str, int] = {}
    article = 0
    event_no = 0
    while len(reports) < n:
        event_no += 1
        country, admin1, admin2, lat, lon, a1_lat, a1_lon = rng.choice(world.places)
        sub = rng.choice([s for t in VIOLENT for s in taxonomy.SUB_EVENT_TYPES[t]])
        event_type = taxonomy.event_type_of(sub)
        actors = world.actors[country]
        first = rng.choice(actors[:6])
        if event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS:
            second = actors[6]  # civilians
        else:
            second = rng.choice([a for a in actors if a != first])
        day = start + dt.timedelta(days=rng.randrange(days))
        lat, lon = lat + rng.uniform(-0.04, 0.04), lon + rng.uniform(-0.04, 0.04)
        toll = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 40])
        n_reports = min(1 + int(rng.expovariate(0.45)), 12)
        previous: EventReport | None = None
        for _ in range(n_reports):
            if len(reports) >= n:
                break
            article += 1
            aid = f"art{article}"
            outlet = rng.choice(outlets)
            published = day + dt.timedelta(days=rng.randrange(4))
            if previous is not None and rng.random() < 0.12:
                # a syndicated copy: the same story under another outlet's name
                r = EventReport(previous.event, aid, outlet, previous.published, previous.source_group, previous.claims)
                reports.append(r)
                truth[r.key] = event_no
                continue
            a, b = first, second
            if rng.random() < 0.1:
                a, b = b, a
            if rng.random() < 0.15:
                b = (None, None)
            coarse = rng.random() < 0.1
            date = day + dt.timedelta(days=rng.choice([-1, 1])) if rng.random() < 0.1 else day
            precision = 2 if rng.random() < 0.08 else 1
            figure = max(0, toll + rng.choice([0, 0, 0, -1, 1, 2])) if toll else 0
            partisan = toll and rng.random() < 0.3
            e = Event(
                id="e1", event_date=date, time_precision=precision, event_type=event_type, sub_event_type=sub,
                actor1=a[0], inter1=a[1], actor2=b[0], inter2=b[1], country=country, admin1=admin1,
                admin2=None if coarse else admin2, location=None if coarse else admin2.replace("District", "Town"),
                latitude=a1_lat if coarse else lat, longitude=a1_lon if coarse else lon,
                geo_precision=3 if coarse else rng.choice([1, 2]),
                fatalities=0 if partisan else figure, fatalities_low=None if partisan or not figure else figure,
                fatalities_best=None if partisan or not figure else figure,
                fatalities_high=figure * (3 if partisan else 1) or None,
            )  # fmt: skip
            claims: tuple[Claim, ...] = ()
            if partisan and b[0] is not None:
                claims = (_claim("c1", a[0], b[0], figure * 3), _claim("c2", b[0], b[0], None))
            r = EventReport(e, aid, outlet, published, aid, claims)
            previous = r
            reports.append(r)
            truth[r.key] = event_no
    rng.shuffle(reports)
    return reports, truth


def _claim(cid: str, party: str, whose: str, figure: int | None) -> Claim:
    text = f"{figure} fighters of the enemy were killed" if figure is not None else "we suffered no casualties"
    quantity = Quantity(figure, None, None, None, "people killed", whose) if figure is not None else None
    return Claim(
        id=cid, content=TextSpan(text, 0, len(text)), cue=None,
        speaker=Speaker(f"a {party} spokesman", 0, 10, None, "spokesman", party, "person"),
        quote_type="indirect", party=party, channel=None, reported_via=(), evidence_status="none_stated",
        topic="casualties", quantity=quantity, event_id="e1",
    )  # fmt: skip


def pair_quality(clusters, truth: dict[str, int]) -> dict[str, float]:
    """Pairwise precision and recall of the clusters against the true events."""
    predicted = correct = 0
    for c in clusters:
        m = len(c.members)
        predicted += m * (m - 1) // 2
        correct += sum(k * (k - 1) // 2 for k in Counter(truth[key] for key in c.members).values())
    sizes = Counter(truth.values())
    true_pairs = sum(k * (k - 1) // 2 for k in sizes.values())
    return {
        "pair_precision": round(correct / predicted, 4) if predicted else 1.0,
        "pair_recall": round(correct / true_pairs, 4) if true_pairs else 1.0,
        "true_events": len(sizes),
    }


def count_comparisons() -> list[int]:
    """Wrap the engine's compatibility test to count the pairs it compares."""
    counter = [0]
    original = engine.compatible

    def counted(a, b):  # type: ignore[no-untyped-def]
        counter[0] += 1
        return original(a, b)

    engine.compatible = counted  # type: ignore[assignment]
    return counter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--days", type=int, default=730, help="days the events spread over (fewer: denser blocks)")
    parser.add_argument("--incremental", type=int, default=0, metavar="BATCH",
                        help="also feed a Reconciler BATCH reports at a time and check it equals the batch run")
    parser.add_argument("--scaling", action="store_true", help="also time 1/4 and 1/2 of the reports")
    parser.add_argument("--rounds", type=int, default=1,
                        help="time each batch run this many times and keep the best (the machine is shared)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    t0 = time.perf_counter()
    reports, truth = synthetic_reports(args.reports, args.seed, args.days)
    gen_s = time.perf_counter() - t0
    gc.collect()
    rss_before = rss_mb()
    comparisons = count_comparisons()

    t0 = time.perf_counter()
    clusters = reconcile(reports)
    batch_s = time.perf_counter() - t0
    peak = peak_mb()
    compared = comparisons[0]
    for _ in range(args.rounds - 1):
        t0 = time.perf_counter()
        reconcile(reports)
        batch_s = min(batch_s, time.perf_counter() - t0)
    n = len(reports)
    out: dict[str, object] = {
        "reports": n,
        "days": args.days,
        "generate_s": round(gen_s, 2),
        "rounds": args.rounds,
        "reconcile_s": round(batch_s, 2),
        "reports_per_s": round(n / batch_s),
        "clusters": len(clusters),
        "multi_source_clusters": sum(1 for c in clusters if c.n_sources > 1),
        "contested_clusters": sum(1 for c in clusters if c.contested),
        "rss_before_mb": round(rss_before, 1),
        "peak_rss_mb": round(peak, 1),
        "peak_growth_mb": round(peak - rss_before, 1),
        "pairs_compared": compared,
        "all_pairs": n * (n - 1) // 2,
        "compared_share_of_all_pairs": f"{compared / (n * (n - 1) / 2):.2e}",
        **pair_quality(clusters, truth),
    }
    for fmt in ("acled-csv", "ucdp-csv", "geojson", "jsonl"):
        t0 = time.perf_counter()
        write(fmt, clusters, io.StringIO())
        out[f"export_{fmt}_s"] = round(time.perf_counter() - t0, 2)
    if args.incremental:
        rec = Reconciler()
        t0 = time.perf_counter()
        for i in range(0, n, args.incremental):
            rec.update(reports[i : i + args.incremental])
        out["incremental_batch"] = args.incremental
        out["incremental_s"] = round(time.perf_counter() - t0, 2)
        out["incremental_equals_batch"] = rec.clusters() == clusters
    if args.scaling:
        for share in (4, 2):
            part = reports[: n // share]
            best = float("inf")
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                reconcile(part)
                best = min(best, time.perf_counter() - t0)
            out[f"reconcile_s_at_{len(part)}"] = round(best, 2)
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
