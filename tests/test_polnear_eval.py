"""PolNeAR scoring on a tiny hand-written brat folder, and a smoke run on the real dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from fogwatch.errors import InputError
from fogwatch.evaluate.polnear import evaluate_polnear, load_polnear, read_brat
from fogwatch.records import Claim, Speaker, TextSpan

TEXT = 'The mayor said the bridge was closed. "It will reopen soon," she added. Experts believe the river will rise.\n'


def at(s: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(s, start)
    return i, i + len(s)


def ann_line(tid: str, kind: str, span: tuple[int, int]) -> str:
    return f"{tid}\t{kind} {span[0]} {span[1]}\t{TEXT[span[0]:span[1]]}"


def write_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    quote_a, quote_b = at('"It will reopen'), at('soon,"')
    lines = [
        ann_line("T1", "Source", at("The mayor")),
        ann_line("T2", "Cue", at("said")),
        ann_line("T3", "Content", at("the bridge was closed")),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        ann_line("T4", "Source", at("she")),
        ann_line("T5", "Cue", at("added")),
        # a discontinuous content span, written over two lines as brat does for long texts
        f"T6\tContent {quote_a[0]} {quote_a[1]};{quote_b[0]} {quote_b[1]}\t\"It will reopen",
        "soon,\"",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        ann_line("T7", "Source", at("Experts")),
        ann_line("T8", "Cue", at("believe")),
        ann_line("T9", "Content", at("the river will rise")),
        "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
        "#1\tAnnotatorNotes T9\ta note that is not an annotation",
    ]
    (root / "attributions" / "story_aaaa.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # a second annotator's file: the first in sorted order is the gold
    (root / "attributions" / "story_bbbb.ann").write_text("", encoding="utf-8")
    return root


def make_claim(content: tuple[int, int], speaker: tuple[int, int] | None, cue: tuple[int, int] | None) -> Claim:
    sp = None
    if speaker is not None:
        sp = Speaker(TEXT[speaker[0]:speaker[1]], *speaker, None, None, None, "person")
    return Claim(
        "c", TextSpan(TEXT[content[0]:content[1]], *content),
        TextSpan(TEXT[cue[0]:cue[1]], *cue) if cue else None, sp, "indirect", None, None, (), "none_stated",
        "other", None, None,
    )


def test_read_brat_discontinuous_spans_and_notes(tmp_path):
    split = write_split(tmp_path / "dev")
    gold = read_brat(split / "attributions" / "story_aaaa.ann")
    assert len(gold) == 3
    assert len(gold[1].content) == 2
    assert gold[1].source == (at("she"),)


def test_load_picks_the_first_annotator(tmp_path):
    split = write_split(tmp_path / "dev")
    ((name, text, gold),) = load_polnear(split)
    assert name == "story" and text == TEXT
    assert [g.cue_text for g in gold] == ["said", "added", "believe"]


def test_perfect_predictions_score_one(tmp_path):
    split = write_split(tmp_path / "dev")

    def find(text: str) -> list[Claim]:
        return [
            make_claim(at("the bridge was closed"), at("The mayor"), at("said")),
            make_claim((at('"It will')[0], at('soon,"')[1]), at("she"), at("added")),
            make_claim(at("the river will rise"), at("Experts"), at("believe")),
        ]

    (s,) = evaluate_polnear(split, find, baseline=False).systems
    assert (s.content_p_any, s.content_r_any, s.content_f1_any) == (1.0, 1.0, 1.0)
    assert (s.content_p_tok, s.content_r_tok) == (1.0, 1.0)
    assert (s.cs_p, s.cs_r, s.cs_f1) == (1.0, 1.0, 1.0)
    assert (s.speaker_accuracy, s.cue_accuracy) == (1.0, 1.0)
    assert (s.speech_recall, s.other_recall) == (1.0, 1.0)


def test_wrong_speaker_and_short_content(tmp_path):
    split = write_split(tmp_path / "dev")

    def find(text: str) -> list[Claim]:
        return [
            make_claim(at("bridge"), at("The mayor"), at("said")),  # overlaps, but a sliver of the gold
            make_claim(at("the river will rise"), at("the river"), None),  # right content, wrong speaker
        ]

    report = evaluate_polnear(split, find, baseline=False)
    (s,) = report.systems
    assert report.gold == 3 and report.gold_speech == 1  # "said" is a speech cue; "added", "believe" are not
    assert s.predicted == 2
    assert s.content_p_any == 1.0 and s.content_r_any == pytest.approx(2 / 3)
    assert s.content_p_tok == 0.5 and s.content_r_tok == pytest.approx(1 / 3)
    assert s.cs_p == 0.5 and s.cs_r == pytest.approx(1 / 3)
    assert s.speaker_accuracy == 0.5
    assert s.speech_recall == 1.0 and s.other_recall == 0.5
    assert s.speech_cs_recall == 1.0 and s.other_cs_recall == 0.0
    text = report.to_text()
    assert "content+speaker P / R / F1, any overlap" in text and "fogwatch" in text


def test_not_a_polnear_folder(tmp_path):
    with pytest.raises(InputError, match="text/ and attributions/"):
        evaluate_polnear(tmp_path, lambda t: [], baseline=False)


def test_textacy_baseline_side_by_side(tmp_path, nlp):
    from fogwatch.claims import find_claims

    split = write_split(tmp_path / "dev")
    report = evaluate_polnear(split, lambda t: find_claims(nlp.analyse(t)), spacy_pipe=nlp.spacy.pipe)
    ours, textacy = report.systems
    assert (ours.name, textacy.name) == ("fogwatch", "textacy")
    assert ours.cs_r == 1.0  # all three attributions, speakers included
    assert textacy.predicted <= 1  # textacy finds direct quotations only


def test_dev_split_smoke(shared_dir, nlp):
    from fogwatch.claims import find_claims

    dev = shared_dir / "eval" / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip("PolNeAR dev split not present")
    report = evaluate_polnear(dev, lambda t: find_claims(nlp.analyse(t)), limit=8, baseline=False)
    (s,) = report.systems
    assert report.articles == 8 and report.gold > 50
    assert s.cs_f1 > 0.35 and s.speech_recall > 0.7  # far below the measured numbers: a smoke test
