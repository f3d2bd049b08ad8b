"""Measure fogwatch.dates and fogwatch.quantities against ACLED and GTD gold data.

    python scripts/measure_dates_quantities.py                      # both files, summary
    python scripts/measure_dates_quantities.py --errors 30          # plus 30 sample errors per measure
    python scripts/measure_dates_quantities.py --cache /tmp/fw.pkl  # keep spaCy analyses between runs

Reads the evaluation files from ../shared/eval (or --eval DIR) at run time; nothing from them is
stored in the repository. Measures:

- ACLED Kenya ``notes``: ``event_date`` for a trigger in the first sentence, with the publication date
  set to the gold event date + 1 day, against gold ``event_date`` (DD-MM-YY). Reported overall, for
  notes whose text carries a date, and for notes without one (where the publication-date fallback
  cannot be right under this protocol; the day-before-publication reading is shown for comparison).
- ACLED Kenya ``fatalities``: ``estimate_fatalities(...).fatalities`` with every figure treated as
  non-partisan, exact agreement overall and on rows whose gold is > 0.
- GTD Afghanistan ``summary`` (its leading "MM/DD/YYYY:" stripped) against ``nkill``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import pickle
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from fogwatch.dates import event_date, find_dates
from fogwatch.nlp import Analysis, load_nlp
from fogwatch.quantities import estimate_fatalities, find_casualties

_GTD_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")


def _default_eval_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "shared" / "eval", here / ".." / "shared" / "eval"):
        if candidate.is_dir():
            return candidate
    return here.parent / "shared" / "eval"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _analyses(texts: list[str], cache: Path | None, key: str) -> list[Analysis]:
    store: dict[str, list[Analysis]] = {}
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            store = pickle.load(f)
        if key in store and len(store[key]) == len(texts) and all(
            a.text == t for a, t in zip(store[key], texts, strict=True)
        ):
            return store[key]
    nlp = load_nlp()
    out = list(nlp.analyse_many(texts))
    if cache is not None:
        store[key] = out
        with cache.open("wb") as f:
            pickle.dump(store, f)
    return out


def _acled_date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d-%m-%y").date()


def _fatalities(analysis: Analysis) -> int:
    casualties = find_casualties(analysis)
    killed = [c for c in casualties if c.outcome == "killed"]
    return estimate_fatalities(killed, partisan=lambda c: False).fatalities


def _show(title: str, errors: list[str], n: int) -> None:
    if not n or not errors:
        return
    print(f"\n--- {title}: {min(n, len(errors))} of {len(errors)} errors")
    for line in random.Random(0).sample(errors, min(n, len(errors))):
        print(line)


def measure_acled(path: Path, cache: Path | None, n_errors: int) -> None:
    rows = _rows(path)
    texts = [r["notes"] for r in rows]
    t0 = time.perf_counter()
    analyses = _analyses(texts, cache, f"acled:{path.name}")
    t_nlp = time.perf_counter() - t0

    t0 = time.perf_counter()
    date_ok: Counter[str] = Counter()
    date_n: Counter[str] = Counter()
    precision_ok: Counter[str] = Counter()
    date_errors: list[str] = []
    fat_ok = fat_n = pos_ok = pos_n = 0
    fat_errors: list[str] = []
    for row, analysis in zip(rows, analyses, strict=True):
        gold = _acled_date(row["event_date"])
        published = gold + dt.timedelta(days=1)
        mentions = find_dates(analysis, published)
        choice = event_date(mentions, 0, published)
        lagged = event_date(mentions, 0, published, undated_lag_days=1)
        group = "dated" if choice.evidence else "undated"
        date_n[group] += 1
        date_ok[group] += choice.value == gold
        date_ok["lagged"] += lagged.value == gold
        precision_ok[group] += choice.precision == int(row["time_precision"])
        if choice.value != gold and group == "dated":
            date_errors.append(f"gold {gold} got {choice.value} [{choice.note}] | {row['notes'][:300]!r}")
        gold_f = int(row["fatalities"])
        got = _fatalities(analysis)
        fat_n += 1
        fat_ok += got == gold_f
        if gold_f > 0:
            pos_n += 1
            pos_ok += got == gold_f
        if got != gold_f:
            fat_errors.append(f"gold {gold_f} got {got} | {row['notes'][:300]!r}")
    t_rules = time.perf_counter() - t0

    total_n = date_n["dated"] + date_n["undated"]
    total_ok = date_ok["dated"] + date_ok["undated"]
    print(f"ACLED {path.name}: {len(rows)} rows (spaCy {t_nlp:.1f}s, dates+quantities {t_rules:.1f}s)")
    print(f"  event_date exact, sentence 0:           {total_ok / total_n:.3f}  ({total_ok}/{total_n})")
    print(f"    notes with a governing date:          {date_ok['dated'] / max(1, date_n['dated']):.3f}  "
          f"({date_ok['dated']}/{date_n['dated']})")
    print(f"    notes without one (publication date): {date_ok['undated'] / max(1, date_n['undated']):.3f}  "
          f"({date_ok['undated']}/{date_n['undated']})")
    print(f"  event_date exact with undated_lag_days=1: {date_ok['lagged'] / total_n:.3f}  "
          f"({date_ok['lagged']}/{total_n})")
    print(f"  time_precision = gold, dated notes:     {precision_ok['dated'] / max(1, date_n['dated']):.3f}; "
          f"undated: {precision_ok['undated'] / max(1, date_n['undated']):.3f}")
    print(f"  fatalities exact:                       {fat_ok / fat_n:.3f}  ({fat_ok}/{fat_n})")
    print(f"  fatalities exact where gold > 0:        {pos_ok / max(1, pos_n):.3f}  ({pos_ok}/{pos_n})")
    _show("event_date (dated notes)", date_errors, n_errors)
    _show("fatalities", fat_errors, n_errors)


def measure_gtd(path: Path, cache: Path | None, n_errors: int) -> None:
    rows = [r for r in _rows(path) if r["nkill"].strip() not in ("", "-9")]
    texts = [_GTD_DATE.sub("", r["summary"]) for r in rows]
    analyses = _analyses(texts, cache, f"gtd:{path.name}")
    ok = pos_ok = pos_n = 0
    errors: list[str] = []
    for row, analysis in zip(rows, analyses, strict=True):
        gold = int(float(row["nkill"]))
        got = _fatalities(analysis)
        ok += got == gold
        if gold > 0:
            pos_n += 1
            pos_ok += got == gold
        if got != gold:
            errors.append(f"gold {gold} got {got} | {analysis.text[:300]!r}")
    print(f"GTD {path.name}: {len(rows)} rows with nkill")
    print(f"  nkill exact:                            {ok / len(rows):.3f}  ({ok}/{len(rows)})")
    print(f"  nkill exact where gold > 0:             {pos_ok / max(1, pos_n):.3f}  ({pos_ok}/{pos_n})")
    _show("nkill", errors, n_errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=_default_eval_dir(), help="the shared eval folder")
    parser.add_argument("--cache", type=Path, default=None, help="pickle file to keep spaCy analyses in")
    parser.add_argument("--errors", type=int, default=0, help="sample errors to print per measure")
    parser.add_argument("--only", choices=("acled", "gtd"), default=None)
    args = parser.parse_args(argv)
    acled = args.eval / "acled" / "kenya-1997-2019.csv"
    gtd = args.eval / "gtd" / "afghanistan-2016-2017.csv"
    if not acled.exists() or not gtd.exists():
        print(f"evaluation data not found under {args.eval}; pass --eval DIR", file=sys.stderr)
        return 2
    if args.only in (None, "acled"):
        measure_acled(acled, args.cache, args.errors)
    if args.only in (None, "gtd"):
        measure_gtd(gtd, args.cache, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
