"""Score attribution against PolNeAR's brat files (Source / Cue / Content spans), with textacy's
``direct_quotations`` scored side by side as a baseline.

Matching (each documented number of the report uses one of these):

- *any overlap*: a predicted content span matches a gold content span when they share a character.
- *token overlap >= 0.5*: they share at least half of the word tokens of the longer of the two.
- *content+speaker*: the content matches (any overlap) and the speaker matches that same gold
  attribution: the predicted speaker span overlaps the gold Source, or both have no speaker.
- precision counts predictions matching some gold attribution; recall counts gold attributions
  matched by some prediction (not one-to-one: PolNeAR splits one quote into pieces at times).
- speaker and cue accuracy: over gold attributions with a content match, is the speaker (cue) of the
  best-overlapping prediction a match.
- recall by cue class: "speech" cues contain a form of *say* or *tell*, or *according to*; every
  other cue ("argued", "wants", ":") is "other".

When an article was annotated by several annotators (``name_xxxx.ann``), the first file in sorted
order is the gold.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Claim

Spans = tuple[tuple[int, int], ...]

_HEADER = re.compile(r"^([TER#]\d+)\t(.*)$")
_WORD = re.compile(r"\w+")
_SPEECH_CUE = re.compile(r"\b(say|says|said|saying|tell|tells|told|telling|according to)\b", re.I)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution, gold or predicted, as character spans (a span may be discontinuous)."""

    content: Spans
    source: Spans | None
    cue: Spans | None
    cue_text: str = ""


@dataclass(frozen=True, slots=True)
class SystemScores:
    """All numbers for one system over the evaluated articles."""

    name: str
    predicted: int
    content_p_any: float
    content_r_any: float
    content_f1_any: float
    content_p_tok: float
    content_r_tok: float
    content_f1_tok: float
    speaker_accuracy: float
    cue_accuracy: float
    cs_p: float  # content+speaker, any overlap
    cs_r: float
    cs_f1: float
    speech_recall: float  # content recall (any overlap) on gold with speech cues
    other_recall: float
    speech_cs_recall: float  # content+speaker recall on gold with speech cues
    other_cs_recall: float
    seconds: float


@dataclass(frozen=True, slots=True)
class PolnearReport:
    directory: str
    articles: int
    gold: int
    gold_speech: int
    systems: tuple[SystemScores, ...]

    def to_text(self) -> str:
        lines = [
            f"PolNeAR attribution: {self.directory}",
            f"{self.articles} articles, {self.gold} gold attributions ({self.gold_speech} with speech cues)",
            "",
        ]
        rows: list[tuple[str, Callable[[SystemScores], str]]] = [
            ("predicted claims", lambda s: str(s.predicted)),
            ("content P / R / F1, any overlap", lambda s: _prf(s.content_p_any, s.content_r_any, s.content_f1_any)),
            ("content P / R / F1, token overlap >= 0.5",
             lambda s: _prf(s.content_p_tok, s.content_r_tok, s.content_f1_tok)),
            ("content+speaker P / R / F1, any overlap", lambda s: _prf(s.cs_p, s.cs_r, s.cs_f1)),
            ("speaker accuracy on matched pairs", lambda s: f"{s.speaker_accuracy:.3f}"),
            ("cue accuracy on matched pairs", lambda s: f"{s.cue_accuracy:.3f}"),
            ("content recall: speech cues / other cues", lambda s: f"{s.speech_recall:.3f} / {s.other_recall:.3f}"),
            ("content+speaker recall: speech / other", lambda s: f"{s.speech_cs_recall:.3f} / {s.other_cs_recall:.3f}"),
            ("seconds", lambda s: f"{s.seconds:.1f}"),
        ]
        width = max(len(label) for label, _ in rows)
        lines.append(" " * width + "".join(f"  {s.name:>21}" for s in self.systems))
        for label, get in rows:
            lines.append(label.ljust(width) + "".join(f"  {get(s):>21}" for s in self.systems))
        return "\n".join(lines)


def _prf(p: float, r: float, f: float) -> str:
    return f"{p:.3f} {r:.3f} {f:.3f}"


# ----------------------------------------------------------------------------- reading brat


def read_brat(path: Path) -> tuple[Attribution, ...]:
    """Attributions of a PolNeAR ``.ann`` file (text-bound spans may be discontinuous)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if not m:
            continue  # continuation of a multi-line annotation text
        ident, rest = m.groups()
        try:
            if ident[0] == "T":
                kind, offsets = rest.split("\t", 1)[0].split(" ", 1)
                spans[ident] = (
                    kind,
                    tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";")),  # type: ignore[misc]
                )
            elif ident[0] == "E":
                args: dict[str, str] = {}
                for arg in rest.split()[1:]:
                    role, target = arg.split(":", 1)
                    args[re.sub(r"\d+$", "", role)] = target
                events.append(args)
        except ValueError as err:
            raise InputError(f"{path}: cannot read brat line {line!r} ({err}); is this a PolNeAR .ann file?") from err
    out = []
    for args in events:
        content = spans.get(args.get("Content", ""))
        if content is None:
            continue
        source = spans.get(args.get("Source", ""))
        cue = spans.get(args.get("Cue", ""))
        out.append(Attribution(content[1], source[1] if source else None, cue[1] if cue else None))
    return tuple(out)


def load_polnear(directory: Path, limit: int | None = None) -> list[tuple[str, str, tuple[Attribution, ...]]]:
    """(name, text, gold attributions) of each article under ``directory/text`` with an annotation."""
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{directory} is not a PolNeAR split: expected text/ and attributions/ folders in it")
    articles = []
    for path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = tuple(
            Attribution(g.content, g.source, g.cue, " ".join(text[s:e] for s, e in g.cue or ()))
            for g in read_brat(anns[0])
        )
        articles.append((path.stem, text, gold))
        if limit is not None and len(articles) >= limit:
            break
    return articles


# ----------------------------------------------------------------------------- matching


def _overlaps(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _words(text: str, spans: Spans) -> set[int]:
    """Start offsets of the word tokens inside ``spans``."""
    out: set[int] = set()
    for s, e in spans:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return out


def _speaker_match(pred: Attribution, gold: Attribution) -> bool:
    if gold.source is None or pred.source is None:
        return gold.source is None and pred.source is None
    return _overlaps(pred.source, gold.source) > 0


def from_claim(claim: Claim) -> Attribution:
    sp = claim.speaker
    return Attribution(
        ((claim.content.start, claim.content.end),),
        ((sp.start, sp.end),) if sp is not None else None,
        ((claim.cue.start, claim.cue.end),) if claim.cue is not None else None,
    )


def _textacy_predictions(doc: Any) -> list[Attribution]:
    """textacy's direct quotations of a spaCy ``Doc``.

    textacy refuses a whole document when it holds an odd number of quote marks; it is then run
    paragraph by paragraph, so that one stray mark does not cost the baseline the whole article.
    """
    from textacy.extract.triples import direct_quotations

    def run(d: Any, offset: int) -> list[Attribution] | None:
        try:
            triples = list(direct_quotations(d))
        except ValueError:
            return None
        return [
            Attribution(
                ((offset + content.start_char, offset + content.end_char),),
                tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in speaker) or None,
                tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in cue) or None,
            )
            for speaker, cue, content in triples
        ]

    whole = run(doc, 0)
    if whole is not None:
        return whole
    out: list[Attribution] = []
    start = 0
    text = doc.text
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                out.extend(run(span.as_doc(), span.start_char) or [])
        start = end + 1
    return out


@dataclass
class _Tally:
    predicted: int = 0
    p_any: int = 0
    p_tok: int = 0
    p_cs: int = 0
    r_any: int = 0
    r_tok: int = 0
    r_cs: int = 0
    pairs: int = 0
    speaker_ok: int = 0
    cue_ok: int = 0
    speech_hit: int = 0
    other_hit: int = 0
    speech_cs: int = 0
    other_cs: int = 0
    seconds: float = 0.0

    def add(self, text: str, preds: Sequence[Attribution], gold: Sequence[Attribution]) -> None:
        pw = [_words(text, p.content) for p in preds]
        gw = [_words(text, g.content) for g in gold]

        def tok_match(i: int, j: int) -> bool:
            shared = len(pw[i] & gw[j])
            return shared > 0 and shared >= 0.5 * max(len(pw[i]), len(gw[j]))

        over = [[_overlaps(p.content, g.content) for g in gold] for p in preds]
        self.predicted += len(preds)
        for i, p in enumerate(preds):
            js = [j for j in range(len(gold)) if over[i][j] > 0]
            self.p_any += bool(js)
            self.p_tok += any(tok_match(i, j) for j in js)
            self.p_cs += any(_speaker_match(p, gold[j]) for j in js)
        for j, g in enumerate(gold):
            is_ = [i for i in range(len(preds)) if over[i][j] > 0]
            speech = bool(_SPEECH_CUE.search(g.cue_text))
            cs = any(_speaker_match(preds[i], g) for i in is_)
            self.r_any += bool(is_)
            self.r_tok += any(tok_match(i, j) for i in is_)
            self.r_cs += cs
            if speech:
                self.speech_hit += bool(is_)
                self.speech_cs += cs
            else:
                self.other_hit += bool(is_)
                self.other_cs += cs
            if is_:
                best = max(is_, key=lambda i: over[i][j])
                self.pairs += 1
                self.speaker_ok += _speaker_match(preds[best], g)
                pc = preds[best].cue
                self.cue_ok += bool(pc and g.cue and _overlaps(pc, g.cue) > 0) or (pc is None and g.cue is None)

    def scores(self, name: str, gold: int, speech: int) -> SystemScores:
        def div(a: float, b: float) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return div(2 * p * r, p + r)

        pa, ra = div(self.p_any, self.predicted), div(self.r_any, gold)
        pt, rt = div(self.p_tok, self.predicted), div(self.r_tok, gold)
        pc, rc = div(self.p_cs, self.predicted), div(self.r_cs, gold)
        return SystemScores(
            name, self.predicted, pa, ra, f1(pa, ra), pt, rt, f1(pt, rt),
            div(self.speaker_ok, self.pairs), div(self.cue_ok, self.pairs), pc, rc, f1(pc, rc),
            div(self.speech_hit, speech), div(self.other_hit, gold - speech),
            div(self.speech_cs, speech), div(self.other_cs, gold - speech), self.seconds,
        )


def evaluate_polnear(
    directory: Path,
    find: Callable[[str], Sequence[Claim]],
    *,
    limit: int | None = None,
    baseline: bool = True,
    spacy_pipe: Callable[[Iterable[str]], Iterable[Any]] | None = None,
) -> PolnearReport:
    """Score ``find`` (article text -> claims) on a PolNeAR split, textacy alongside when ``baseline``.

    ``spacy_pipe`` maps texts to spaCy ``Doc``s for the baseline; by default fogwatch's English
    pipeline is loaded.
    """
    articles = load_polnear(Path(directory), limit)
    if not articles:
        raise InputError(f"no PolNeAR articles with annotations found under {directory}")
    ours = _Tally()
    theirs = _Tally()
    gold_n = sum(len(g) for _, _, g in articles)
    speech_n = sum(1 for _, _, g in articles for a in g if _SPEECH_CUE.search(a.cue_text))
    for _, text, gold in articles:
        t0 = time.perf_counter()
        preds = [from_claim(c) for c in find(text)]
        ours.seconds += time.perf_counter() - t0
        ours.add(text, preds, gold)
    systems = [ours.scores("fogwatch", gold_n, speech_n)]
    if baseline:
        if spacy_pipe is None:
            from ..nlp import load_nlp

            spacy_pipe = load_nlp().spacy.pipe
        t0 = time.perf_counter()
        docs = list(spacy_pipe(text for _, text, _ in articles))
        theirs.seconds = time.perf_counter() - t0
        for (_, text, gold), doc in zip(articles, docs, strict=True):
            t1 = time.perf_counter()
            preds = _textacy_predictions(doc)
            theirs.seconds += time.perf_counter() - t1
            theirs.add(text, preds, gold)
        systems.append(theirs.scores("textacy", gold_n, speech_n))
    return PolnearReport(str(directory), len(articles), gold_n, speech_n, tuple(systems))
