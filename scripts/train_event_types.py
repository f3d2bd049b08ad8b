"""Train fogwatch's event-type classifier and export it to ``src/fogwatch/data/event_types.npz``.

Rerun (from the repository root, with the dev dependencies installed)::

    .venv/bin/python scripts/train_event_types.py

It reads ACLED's merged global file (``notes`` -> ``sub_event_type``) from ``../shared/eval/acled/``
(or ``--train PATH``), never the Kenya 1997-2019 file, which is held out for measurement. Steps:

1. fit on a stratified 90 % of the global rows (seed 0) and report accuracy on the other 10 %;
2. fit on all global rows, export the model, reload it through ``fogwatch.event_types`` (numpy
   scoring, quantised coefficients) and report event_type / sub_event_type accuracy on Kenya;
3. write the numbers and training settings into the model's metadata and ``event_types.json``.

The result is deterministic (fixed split seed, deterministic lbfgs solver). Training takes a few
minutes on one core.

``--type-event-only`` skips training and measures the bundled model together with the trigger
rules (``fogwatch.triggers`` + ``type_event``) on Kenya: each note is parsed with spaCy, its first
asserted trigger is typed in the context of the whole note (notes without a trigger fall back to
the model alone), with and without the participants the parse gives the trigger
(``fogwatch.event_participants``, from its word list alone: no actor catalogue). It also reports the
same with the gold actor types ``inter1``/``inter2`` passed to ``type_event``, and with only "armed
actor against civilians" known: upper bounds for what the actor stage can add.

The global file's rows are also the model's training rows, so a pipeline measurement on them is
optimistic. ``--split-out PATH`` exports the model fitted on the 90 % split to PATH (``--split-only``
stops there), and ``--pipeline-held-out PATH`` runs the whole extraction pipeline with the model at
PATH over the other 10 % and scores the first event's event_type / sub_event_type (no event counts
as wrong, as in ``fogwatch eval``)::

    .venv/bin/python scripts/train_event_types.py --split-only --split-out /tmp/split.npz
    .venv/bin/python scripts/train_event_types.py --pipeline-held-out /tmp/split.npz

``--exclude-country Kenya`` also drops the global file's own Kenya rows (1997-2003, 2020-2023), for an
out-of-country measurement; ``--out`` writes elsewhere than the bundled model.
No text from the training data is written anywhere: only n-gram vocabulary and weights.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from fogwatch.event_types import (  # noqa: E402
    DEFAULT_MODEL_PATH,
    FORMAT_VERSION,
    EventTypeModel,
    analyse,
    join_terms,
)
from fogwatch.taxonomy import EVENT_TYPE_OF  # noqa: E402

EVAL_DIRS = (REPO.parent / "shared" / "eval" / "acled", Path("/work/shared/eval/acled"))
TRAIN_FILE = "global-merged-1997-2026.csv"
HELD_OUT_FILE = "kenya-1997-2019.csv"

SEED = 0
C = 20.0  # weak regularisation: the data are many and the classes separable by few words
WORD_MIN_DF = 3
CHAR_MIN_DF = 5


def find(name: str, given: str | None) -> Path:
    if given:
        return Path(given)
    for d in EVAL_DIRS:
        if (d / name).is_file():
            return d / name
    sys.exit(f"cannot find {name} in {', '.join(map(str, EVAL_DIRS))}; pass its path")


def read_rows(path: Path, exclude_countries: set[str] = frozenset()) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text, label = (row.get("notes") or "").strip(), (row.get("sub_event_type") or "").strip()
            if not text or label not in EVENT_TYPE_OF or row.get("country") in exclude_countries:
                continue
            texts.append(text)
            labels.append(label)
    return texts, labels


def identity(features: list[str]) -> list[str]:
    return features


def fit(texts: list[tuple[list[str], list[str]]], labels: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    word = TfidfVectorizer(analyzer=identity, min_df=WORD_MIN_DF, sublinear_tf=True, dtype=np.float32)
    char = TfidfVectorizer(analyzer=identity, min_df=CHAR_MIN_DF, sublinear_tf=True, dtype=np.float32)
    x = hstack([word.fit_transform([w for w, _ in texts]), char.fit_transform([c for _, c in texts])])
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    clf.fit(x.tocsr(), labels)
    return word, char, clf


def predict(model, texts):  # type: ignore[no-untyped-def]
    from scipy.sparse import hstack

    word, char, clf = model
    x = hstack([word.transform([w for w, _ in texts]), char.transform([c for _, c in texts])])
    return list(clf.predict(x.tocsr()))


def accuracy(pred: list[str], gold: list[str]) -> dict[str, float]:
    n = len(gold)
    return {
        "n": n,
        "sub_event_type": round(sum(p == g for p, g in zip(pred, gold, strict=True)) / n, 4),
        "event_type": round(sum(EVENT_TYPE_OF[p] == EVENT_TYPE_OF[g] for p, g in zip(pred, gold, strict=True)) / n, 4),
    }


def export(model, out: Path, meta: dict) -> None:  # type: ignore[no-untyped-def]
    word, char, clf = model
    word_terms = [t for t, _ in sorted(word.vocabulary_.items(), key=lambda kv: kv[1])]
    char_terms = [t for t, _ in sorted(char.vocabulary_.items(), key=lambda kv: kv[1])]
    coef = clf.coef_.T.astype(np.float32)  # (n_features, n_classes)
    # int8 per class: a quarter of float32's size; the accuracy check below runs on these weights
    scale = np.abs(coef).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    coef_q = np.round(coef / scale[None, :]).astype(np.int8)
    meta = {"format_version": FORMAT_VERSION, **meta}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        classes=join_terms(list(clf.classes_)),
        word_vocab=join_terms(word_terms),
        char_vocab=join_terms(char_terms),
        word_idf=word.idf_.astype(np.float32),
        char_idf=char.idf_.astype(np.float32),
        coef_q=coef_q,
        coef_scale=scale.astype(np.float32),
        intercept=clf.intercept_.astype(np.float32),
    )


def held_out_indices(labels: list[str]) -> list[int]:
    """Positions (among ``read_rows``' rows) of the 10 % split the split model did not see."""
    from sklearn.model_selection import train_test_split

    _, test = train_test_split(list(range(len(labels))), test_size=0.1, random_state=SEED, stratify=labels)
    return sorted(test)


def measure_pipeline_held_out(train_path: Path, model_path: Path, exclude: set[str]) -> None:
    """The whole pipeline with the model at ``model_path`` on the global rows of the 10 % split."""
    from fogwatch.evaluate import article_for
    from fogwatch.evaluate.acled import open_acled
    from fogwatch.pipeline import Pipeline

    _, labels = read_rows(train_path, exclude)
    wanted = set(held_out_indices(labels))
    rows, position = [], 0
    for row in open_acled(train_path).rows():
        # the same rows, in the same order, as ``read_rows``
        if not row.text.strip() or str(row.gold.get("sub_event_type") or "") not in EVENT_TYPE_OF:
            continue
        if row.country in exclude:
            continue
        if position in wanted:
            rows.append(row)
        position += 1
    pipeline = Pipeline.create(type_model=EventTypeModel._read(model_path))
    t0 = time.time()
    scores: Counter[str] = Counter()
    for row, result in zip(rows, pipeline.extract_many(article_for(r) for r in rows), strict=True):
        event = result.events[0] if result.events else None
        scores["no_event"] += event is None
        for field in ("event_type", "sub_event_type"):
            scores[field] += event is not None and getattr(event, field) == row.gold.get(field)
    n = len(rows)
    print(
        f"pipeline on the global 10 % held out ({n} rows, {time.time() - t0:.0f} s): event_type "
        f"{scores['event_type'] / n:.4f}, sub_event_type {scores['sub_event_type'] / n:.4f}, "
        f"no event {scores['no_event'] / n:.4f}"
    )


def measure_type_event(path: Path, model_path: Path) -> None:
    from fogwatch.event_participants import participants
    from fogwatch.event_types import type_event
    from fogwatch.nlp import load_nlp
    from fogwatch.triggers import Trigger, find_triggers

    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if (r.get("notes") or "").strip()]
    model = EventTypeModel.load(model_path)
    nlp = load_nlp()
    t0 = time.time()
    analyses = list(nlp.analyse_many([r["notes"] for r in rows]))
    print(f"parsed {len(rows)} notes in {time.time() - t0:.0f} s", flush=True)
    no_trigger = Trigger(0, 0, "", 0, 0, "", False, "asserted")  # no class: the model decides

    def code(value: str | None) -> int | None:
        return int(value) if value and value.strip() not in ("", "0") else None

    scores: dict[str, Counter[str]] = {}
    t0 = time.perf_counter()
    for row, analysis in zip(rows, analyses, strict=True):
        triggers = [t for t in find_triggers(analysis) if not t.negated and t.modality == "asserted"]
        trigger = triggers[0] if triggers else no_trigger
        inter1, inter2 = code(row.get("inter1")), code(row.get("inter2"))
        civilians = inter2 == 7 and inter1 in (1, 2, 3, 4, 8)
        who = participants(analysis, trigger.token) if triggers else None
        variants = {
            "model_alone": model.predict(row["notes"]),
            "trigger_rules_without_participants": type_event(trigger, row["notes"], model),
            "trigger_rules": type_event(trigger, row["notes"], model, participants=who),
            "oracle_civilian_victims": type_event(
                trigger, row["notes"], model, inter1=inter1 if civilians else None, inter2=7 if civilians else None
            ),
            "oracle_actor_types": type_event(trigger, row["notes"], model, inter1=inter1, inter2=inter2),
        }
        for name, pred in variants.items():
            c = scores.setdefault(name, Counter())
            c["sub_event_type"] += pred.sub_event_type == row["sub_event_type"]
            c["event_type"] += pred.event_type == row["event_type"]
    print(f"typing: {(time.perf_counter() - t0) / len(rows) * 1e3:.2f} ms per note ({len(scores)} variants)")
    for name, c in scores.items():
        print(
            f"Kenya {name}: event_type {c['event_type'] / len(rows):.4f}, "
            f"sub_event_type {c['sub_event_type'] / len(rows):.4f} (n={len(rows)})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", help=f"path of {TRAIN_FILE}")
    parser.add_argument("--held-out", help=f"path of {HELD_OUT_FILE}")
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    parser.add_argument("--exclude-country", action="append", default=[])
    parser.add_argument("--skip-split", action="store_true", help="skip the 90/10 global measurement")
    parser.add_argument("--type-event-only", action="store_true", help="measure triggers + type_event")
    parser.add_argument("--split-out", help="also export the model fitted on the 90 %% split here")
    parser.add_argument("--split-only", action="store_true", help="stop after the split (with --split-out)")
    parser.add_argument("--pipeline-held-out", metavar="MODEL", help="measure the pipeline on the 10 %% split")
    args = parser.parse_args()
    if args.type_event_only:
        measure_type_event(find(HELD_OUT_FILE, args.held_out), Path(args.out))
        return
    if args.pipeline_held_out:
        measure_pipeline_held_out(find(TRAIN_FILE, args.train), Path(args.pipeline_held_out), set(args.exclude_country))
        return
    if args.split_only and (args.skip_split or not args.split_out):
        sys.exit("--split-only needs --split-out PATH (and no --skip-split)")

    from sklearn.model_selection import train_test_split

    train_path, held_path = find(TRAIN_FILE, args.train), find(HELD_OUT_FILE, args.held_out)
    texts, labels = read_rows(train_path, set(args.exclude_country))
    kenya_texts, kenya_labels = read_rows(held_path)
    print(f"training rows: {len(texts)}; held-out Kenya rows: {len(kenya_texts)}", flush=True)
    feats = [analyse(t) for t in texts]
    metrics: dict[str, object] = {}

    if not args.skip_split:
        t0 = time.time()
        tr, te, ytr, yte = train_test_split(feats, labels, test_size=0.1, random_state=SEED, stratify=labels)
        split_model = fit(tr, ytr)
        metrics["global_held_out_10pct"] = accuracy(predict(split_model, te), yte)
        print(f"global 10% held out: {metrics['global_held_out_10pct']} ({time.time() - t0:.0f} s)", flush=True)
        if args.split_out:
            export(split_model, Path(args.split_out), {"trained_on": f"{TRAIN_FILE}, 90 % split", "rows": len(tr)})
            print(f"split model written to {args.split_out}")
            if args.split_only:
                return

    t0 = time.time()
    model = fit(feats, labels)
    kenya_feats = [analyse(t) for t in kenya_texts]
    metrics["kenya_sklearn"] = accuracy(predict(model, kenya_feats), kenya_labels)
    print(f"fit on all: {time.time() - t0:.0f} s; Kenya (sklearn, float weights): {metrics['kenya_sklearn']}")

    out = Path(args.out)
    meta = {
        "trained_on": TRAIN_FILE,
        "excluded_countries": sorted(args.exclude_country),
        "rows": len(texts),
        "class_counts": dict(Counter(labels).most_common()),
        "settings": {"C": C, "word_min_df": WORD_MIN_DF, "char_min_df": CHAR_MIN_DF, "seed": SEED},
        "metrics": metrics,
    }
    export(model, out, meta)
    loaded = EventTypeModel._read(out)  # uncached: the file just written
    t0 = time.perf_counter()
    preds = loaded.predict_many(kenya_texts)
    per_text_us = (time.perf_counter() - t0) / len(kenya_texts) * 1e6
    metrics["kenya_held_out"] = accuracy([p.sub_event_type for p in preds], kenya_labels)
    metrics["predict_us_per_text"] = round(per_text_us, 1)
    metrics["model_bytes"] = out.stat().st_size
    print(f"Kenya held out (exported numpy model): {metrics['kenya_held_out']}")
    print(f"predict: {per_text_us:.0f} us/text; model file {out.stat().st_size / 1e6:.2f} MB")
    export(model, out, meta)  # again, now with the exported model's own numbers in its metadata
    out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
