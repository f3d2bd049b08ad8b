"""Measure actor extraction against real gold data (read at run time; nothing is copied).

ACLED (``acled/kenya-1997-2019.csv``): the article text is ACLED's ``notes``; we feed the gold event
type, sub-event type, country and date, pick the trigger as the first event-like word, and score the
SET {actor1, actor2} (bracketed periods ignored: "Police Forces of Kenya (2013-)" == "Police Forces of
Kenya (2013-2022)") against the gold set.

GTD (``gtd/afghanistan-2016-2017.csv``): the text is the ``summary`` without its leading date; the
event type comes from the attack and target types; we score actor1 against the perpetrator ``gname``
("Unknown" = an unidentified armed group; GTD's Islamic State names = ACLED's "Islamic State
(Afghanistan)"; the Haqqani Network is coded as the Taliban by ACLED).

    python scripts/measure_actors.py                 # both, full files
    python scripts/measure_actors.py --limit 500 --errors 20 --which kenya
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from fogwatch.actors import event_actors, find_actors
from fogwatch.catalogue import ActorCatalogue
from fogwatch.nlp import Analysis, load_nlp

_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
# ACLED renamed some generic actors over the years; the lenient score treats the old names as the new
_RENAMED = {"Unidentified Ethnic Militia": "Unidentified Communal Militia",
            "Unidentified Tribal Militia": "Unidentified Communal Militia", "Labour Group": "Labor Group"}


def renamed(name: str | None) -> str | None:
    if not name:
        return name
    for old, new in _RENAMED.items():
        if name.startswith(old + " ("):
            return new + name[len(old):]
    return name

# Event-like words for picking the trigger: verbs first, then nouns (the first one found wins).
TRIGGER_VERBS = frozenset("""
kill shoot attack clash fight battle ambush raid storm abduct kidnap rape assault beat lynch stone burn torch
loot destroy explode detonate bomb shell strike hack stab murder assassinate behead execute injure wound riot
protest demonstrate march strike picket rally block barricade disperse arrest detain capture seize
overrun retake recapture repulse repel engage exchange open hit target abduct hijack set vandalise vandalize
""".split())
TRIGGER_NOUNS = frozenset("""
clash clashes fighting fight battle attack attacks ambush raid raids explosion blast bomb bombing grenade ied
shelling airstrike strike killing killings murder assassination abduction kidnapping riot riots rioting protest
protests demonstration demonstrations march rally strike violence skirmish firefight gunfight shootout
confrontation offensive assault arrest arrests looting arson lynching
""".split())


def strip_period(name: str | None) -> str | None:
    if not name:
        return None
    return _PERIOD.sub("", name).strip()


def pick_trigger(a: Analysis) -> int:
    for t in a.tokens:
        if t.pos in ("VERB", "AUX") and t.lemma.lower() in TRIGGER_VERBS:
            return t.i
    for t in a.tokens:
        if t.pos in ("NOUN", "PROPN") and (t.lemma.lower() in TRIGGER_NOUNS or t.lower in TRIGGER_NOUNS):
            return t.i
    for t in a.tokens:
        if t.dep == "ROOT":
            return t.i
    return 0


def _eval_dir(arg: str | None) -> Path:
    for candidate in ([Path(arg)] if arg else []) + [Path(__file__).resolve().parents[1].parent / "shared" / "eval",
                                                     Path("/work/shared/eval")]:
        if candidate.is_dir():
            return candidate
    sys.exit("evaluation data not found: pass --eval-dir (the folder with acled/ and gtd/)")


def _batched_analyses(nlp, texts: Sequence[str]) -> Iterable[Analysis]:  # type: ignore[no-untyped-def]
    return nlp.analyse_many(texts, batch_size=64)


# --------------------------------------------------------------------------------------------- ACLED


def _acled_date(row: dict[str, str]) -> dt.date | None:
    value = row["event_date"]
    for fmt in ("%d-%m-%y", "%Y-%m-%d", "%d %B %Y", "%d-%B-%Y"):
        try:
            d = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        year = int(row.get("year") or d.year)
        return d.replace(year=year)
    return None


def measure_acled(path: Path, catalogue: ActorCatalogue, nlp, limit: int | None, errors: int,  # type: ignore[no-untyped-def]
                  only: str | None = None, offset: int = 0, sample: int | None = None) -> dict:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r.get("notes", "").strip() and r.get("sub_event_type") and r.get("actor1")][offset:]
    if sample and sample < len(rows):
        import random

        rows = random.Random(13).sample(rows, sample)
    if limit:
        rows = rows[:limit]
    texts = [r["notes"] for r in rows]
    hits = hits_a1 = lenient = 0
    by_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_country: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    shown: list[str] = []
    confusions: collections.Counter[tuple[str, str]] = collections.Counter()
    for row, analysis in zip(rows, _batched_analyses(nlp, texts), strict=True):
        on = _acled_date(row)
        country = row["country"]
        mentions = find_actors(analysis, catalogue, country=country, on=on)
        result = event_actors(analysis, mentions, catalogue, trigger=pick_trigger(analysis),
                              event_type=row["event_type"], sub_event_type=row["sub_event_type"],
                              country=country, on=on)
        pred = {strip_period(r.name) for r in (result.actor1, result.actor2) if r is not None}
        gold = {strip_period(row[k]) for k in ("actor1", "actor2") if row[k].strip()}
        ok = pred == gold
        hits += ok
        lenient += {renamed(p) for p in pred} == {renamed(g) for g in gold}
        hits_a1 += strip_period(result.actor1.name if result.actor1 else None) == strip_period(row["actor1"])
        by_type[row["event_type"]][0] += ok
        by_type[row["event_type"]][1] += 1
        by_country[row["country"]][0] += ok
        by_country[row["country"]][1] += 1
        if not ok:
            for g in gold - pred:
                confusions[("missed", g.split(" (")[0] if "(" in g and g.startswith(("Civilians", "Rioters",
                            "Protesters", "Unidentified")) else g)] += 1
            for p in pred - gold:
                confusions[("wrong", p)] += 1
            if len(shown) < errors and (only is None or only in (row["event_type"], row["sub_event_type"])):
                shown.append(f"- {row['sub_event_type']}: gold {sorted(gold)} pred {sorted(pred)}\n"
                             f"  {row['notes'][:300]}")
    n = len(rows)
    return {"n": n, "set_accuracy": hits / n if n else 0.0, "lenient": lenient / n if n else 0.0,
            "actor1_accuracy": hits_a1 / n if n else 0.0,
            "by_type": {k: v[0] / v[1] for k, v in sorted(by_type.items())},
            "by_type_n": {k: v[1] for k, v in sorted(by_type.items())},
            "by_country": {k: (v[0] / v[1], v[1]) for k, v in sorted(by_country.items(), key=lambda kv: -kv[1][1])},
            "errors": shown, "confusions": confusions.most_common(25)}


# --------------------------------------------------------------------------------------------- GTD

_GTD_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")
_GTD_NAME = {
    "Unknown": "Unidentified Armed Group (Afghanistan)",
    "Taliban": "Taliban",
    "Haqqani Network": "Taliban",
    "Khorasan Chapter of the Islamic State": "Islamic State (Afghanistan)",
    "Islamic State of Iraq and the Levant (ISIL)": "Islamic State (Afghanistan)",
    "Tehrik-i-Taliban Pakistan (TTP)": "TTP: Tehreek-i-Taliban Pakistan",
}


def gtd_event_type(row: dict[str, str]) -> tuple[str, str]:
    attack = row["attacktype1_txt"]
    target = row["targtype1_txt"]
    armed_target = target in ("Military", "Police", "Terrorists/Non-State Militia")
    if attack == "Bombing/Explosion":
        return "Explosions/Remote violence", ("Suicide bomb" if row.get("suicide") == "1"
                                              else "Remote explosive/landmine/IED")
    if attack.startswith("Hostage Taking") or attack == "Hijacking":
        return "Violence against civilians", "Abduction/forced disappearance"
    if attack == "Facility/Infrastructure Attack":
        return "Strategic developments", "Looting/property destruction"
    if armed_target:
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


def _gtd_date(row: dict[str, str]) -> dt.date | None:
    try:
        day = int(row["eventid"][6:8]) or 1
        return dt.date(int(row["iyear"]), int(row["imonth"]) or 1, day)
    except (ValueError, KeyError):
        return None


def measure_gtd(path: Path, catalogue: ActorCatalogue, nlp, limit: int | None, errors: int) -> dict:  # type: ignore[no-untyped-def]
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("summary", "").strip()]
    if limit:
        rows = rows[:limit]
    texts = [_GTD_DATE.sub("", r["summary"]) for r in rows]
    hits = 0
    by_gold: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    shown: list[str] = []
    for row, text, analysis in zip(rows, texts, _batched_analyses(nlp, texts), strict=True):
        on = _gtd_date(row)
        country = row.get("country_txt") or "Afghanistan"
        event_type, sub = gtd_event_type(row)
        mentions = find_actors(analysis, catalogue, country=country, on=on)
        result = event_actors(analysis, mentions, catalogue, trigger=pick_trigger(analysis),
                              event_type=event_type, sub_event_type=sub, country=country, on=on)
        pred = strip_period(result.actor1.name if result.actor1 else None)
        gold = _GTD_NAME.get(row["gname"], row["gname"])
        ok = pred == gold
        hits += ok
        by_gold[row["gname"]][0] += ok
        by_gold[row["gname"]][1] += 1
        if not ok and len(shown) < errors:
            shown.append(f"- gold {gold} pred {pred}\n  {text[:300]}")
    n = len(rows)
    return {"n": n, "actor1_accuracy": hits / n if n else 0.0,
            "by_gold": {k: (v[0] / v[1], v[1]) for k, v in sorted(by_gold.items(), key=lambda kv: -kv[1][1])},
            "errors": shown}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir")
    parser.add_argument("--which", choices=["kenya", "gtd", "both"], default="both")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sample", type=int, help="score a fixed random sample of this many ACLED rows")
    parser.add_argument("--errors", type=int, default=0, help="print this many failures of each file")
    parser.add_argument("--only", help="print failures of this ACLED event type or sub-event type only")
    parser.add_argument("--offset", type=int, default=0, help="skip this many rows first")
    parser.add_argument("--acled-file", default="acled/kenya-1997-2019.csv",
                        help="ACLED file under the eval folder (2020 column layout)")
    args = parser.parse_args(argv)
    root = _eval_dir(args.eval_dir)
    started = time.perf_counter()
    catalogue = ActorCatalogue.load()
    nlp = load_nlp(entity_patterns=catalogue.entity_patterns())
    if args.which in ("kenya", "both"):
        r = measure_acled(root / args.acled_file, catalogue, nlp, args.limit, args.errors,
                          args.only, args.offset, args.sample)
        print(f"ACLED {args.acled_file}: n={r['n']} set{{actor1,actor2}} accuracy={r['set_accuracy']:.3f} "
              f"(old generic names = new: {r['lenient']:.3f}) actor1 accuracy={r['actor1_accuracy']:.3f}")
        for k, v in r["by_type"].items():
            print(f"  {k:32s} {v:.3f}  (n={r['by_type_n'][k]})")
        if len(r["by_country"]) > 1:
            for k, (acc, n) in list(r["by_country"].items())[:20]:
                print(f"  {k:32s} {acc:.3f}  (n={n})")
        print("  most frequent misses / wrong names:")
        for (what, name), count in r["confusions"]:
            print(f"    {count:5d} {what:6s} {name}")
        for e in r["errors"]:
            print(e)
    if args.which in ("gtd", "both"):
        r = measure_gtd(root / "gtd" / "afghanistan-2016-2017.csv", catalogue, nlp, args.limit, args.errors)
        print(f"GTD Afghanistan: n={r['n']} perpetrator (actor1) accuracy={r['actor1_accuracy']:.3f}")
        for k, (acc, n) in r["by_gold"].items():
            print(f"  {k:40s} {acc:.3f}  (n={n})")
        for e in r["errors"]:
            print(e)
    print(f"elapsed {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
