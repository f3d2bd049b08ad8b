"""Measure place resolution against gold data in ../shared/eval (read at run time, never copied).

    python scripts/measure_places.py [--limit N] [--eval-dir PATH]

For each row the text is analysed, ``find_places`` runs over it, and ``event_place`` is asked for the
first sentence that has a place mention. Reported per field: accuracy over all rows, coverage (rows
where a value was predicted) and accuracy over covered rows. Names are compared loosely (accents,
case, punctuation, "district"/"province" words ignored; spelling variants such as Paktia/Paktya
with a similarity of at least 0.8 count as equal), since ACLED, GTD and GeoNames transliterate
differently.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
import time
from collections import Counter
from pathlib import Path

from fogwatch.gazetteer import Gazetteer, compact_key, name_key
from fogwatch.nlp import load_nlp
from fogwatch.places import country_hints, event_place, find_places, main_country

_GTD_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")
_TYPE = re.compile(r"\b(district|province|city|county|town|village|area|constituency)\b")


def _norm(value: str | None) -> str:
    if not value:
        return ""
    return compact_key(_TYPE.sub(" ", name_key(value)))


def same(pred: str | None, gold: str | None) -> bool:
    p, g = _norm(pred), _norm(gold)
    if not p or not g:
        return False
    return p == g or difflib.SequenceMatcher(None, p, g).ratio() >= 0.8


def find_eval_dir(explicit: str | None) -> Path | None:
    candidates = [Path(explicit)] if explicit else []
    here = Path(__file__).resolve().parent.parent
    candidates += [here.parent / "shared" / "eval", Path("/work/shared/eval")]
    for c in candidates:
        if c.is_dir():
            return c
    return None


def run(name: str, rows: list[dict[str, str]], text_field: str, gold: dict[str, str], nlp, gazetteer,
        clean=lambda t: t) -> dict[str, float]:
    texts = [clean(r[text_field] or "") for r in rows]
    t0 = time.perf_counter()
    analyses = list(nlp.analyse_many(texts))
    t_nlp = time.perf_counter() - t0
    t0 = time.perf_counter()
    predictions = []
    for a in analyses:
        mentions = find_places(a, gazetteer)
        country = main_country(mentions, country_hints(a, gazetteer))
        first = min((m.sentence for m in mentions), default=None)
        place = event_place(a, mentions, first, country=country)[0] if first is not None else None
        predictions.append(place)
    t_places = time.perf_counter() - t0
    n = len(rows)
    print(f"\n== {name}: {n} rows; spaCy {t_nlp:.1f} s, places {t_places:.2f} s "
          f"({1000 * t_places / max(1, n):.2f} ms/row)")
    result: dict[str, float] = {}
    errors: dict[str, Counter[tuple[str, str]]] = {}
    for field, gold_field in gold.items():
        hit = covered = 0
        errs: Counter[tuple[str, str]] = Counter()
        for row, place in zip(rows, predictions, strict=True):
            value = getattr(place, field) if place is not None else None
            if value:
                covered += 1
            if same(value, row[gold_field]):
                hit += 1
            elif value:
                errs[(str(value), row[gold_field])] += 1
        result[field] = hit / n
        errors[field] = errs
        print(f"  {field:9s} (gold {gold_field:10s}) accuracy {hit / n:.3f}   coverage {covered / n:.3f}   "
              f"accuracy when predicted {hit / max(1, covered):.3f}")
    for field, errs in errors.items():
        common = ", ".join(f"{p}->{g} x{c}" for (p, g), c in errs.most_common(8))
        print(f"  frequent {field} errors (predicted->gold): {common}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="rows per file (0 = all)")
    parser.add_argument("--eval-dir", default=None)
    args = parser.parse_args(argv)
    eval_dir = find_eval_dir(args.eval_dir)
    if eval_dir is None:
        print("no eval directory found (expected ../shared/eval); nothing to measure", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    gazetteer = Gazetteer.load()
    print(f"gazetteer load {time.perf_counter() - t0:.2f} s")
    nlp = load_nlp()

    def read(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        return rows[: args.limit] if args.limit else rows

    kenya = eval_dir / "acled" / "kenya-1997-2019.csv"
    if kenya.exists():
        run("ACLED Kenya 1997-2019 (notes)", read(kenya), "notes",
            {"country": "country", "admin1": "admin1", "admin2": "admin2", "location": "location"}, nlp, gazetteer)
    gtd = eval_dir / "gtd" / "afghanistan-2016-2017.csv"
    if gtd.exists():
        run("GTD Afghanistan 2016-2017 (summary)", read(gtd), "summary",
            {"country": "country_txt", "admin1": "provstate", "location": "city"}, nlp, gazetteer,
            clean=lambda t: _GTD_DATE.sub("", t))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
