"""The claims ledger of the seed report (skipped when ../shared is absent)."""

from __future__ import annotations

import pytest

from fogwatch.claims import find_claims
from fogwatch.contradictions import find_contradictions

NRF = "National Resistance Front"
SIDES = {"nrf": NRF, "national resistance front": NRF, "taliban": "Taliban", "the taliban": "Taliban"}


@pytest.fixture(scope="module")
def seed(shared_dir):
    from fogwatch.nlp import load_nlp

    path = shared_dir / "seed" / "panjshir-clashes.txt"
    if not path.is_file():
        pytest.skip("seed article not present")
    text = path.read_text(encoding="utf-8")
    claims = find_claims(load_nlp().analyse(text), resolve_party=lambda s: SIDES.get(s.lower()))
    return text, claims


def named(claims, name):
    found = [c for c in claims if c.speaker is not None and c.speaker.name == name]
    assert found, f"no claim by {name}"
    return found


def test_spans_slice_the_text(seed):
    text, claims = seed
    for c in claims:
        for span in (c.content, c.cue, c.speaker, c.speaker.antecedent if c.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_fahim_dashti(seed):
    _, claims = seed
    (c,) = named(claims, "Fahim Dashti")
    assert (c.party, c.speaker.role, c.channel) == (NRF, "spokesperson", "audio message")
    assert c.quantity.value == 40 and c.quantity.whose == "Taliban"
    assert c.topic == "casualties"
    assert c.evidence_status == "explicitly_none"


def test_ali_nazary(seed):
    _, claims = seed
    (c,) = named(claims, "Ali Nazary")
    assert c.party == NRF
    assert c.topic == "equipment_losses"


def test_zabihullah_mujahid_and_his_quote(seed):
    _, claims = seed
    indirect, quote = named(claims, "Zabihullah Mujahid")
    assert indirect.party == quote.party == "Taliban"
    assert quote.quote_type == "direct"
    assert quote.speaker.text == "he" and quote.speaker.kind == "pronoun"
    assert quote.speaker.antecedent.start == indirect.speaker.start
    assert "suffered heavy losses" in quote.content.text


def test_unnamed_spokesperson_on_shotul(seed):
    _, claims = seed
    (c,) = [c for c in claims if "Shotul" in c.content.text]
    assert c.speaker.name is None and c.speaker.kind == "anonymous"
    assert c.speaker.role == "spokesperson" and c.party == NRF
    assert c.topic == "territorial_control"


def test_anonymous_source_relayed_by_cnn(seed):
    _, claims = seed
    relayed = [c for c in claims if c.reported_via == ("CNN",)]
    assert len(relayed) == 2
    assert all(c.party == NRF and c.speaker.role == "source" for c in relayed)
    assert relayed[1].speaker.text == "They" and relayed[1].speaker.antecedent.text == "the NRF source"


def test_no_claim_in_the_read_also_line(seed):
    text, claims = seed
    start = text.index("Read Also")
    end = text.index("\n", start)
    assert not [c for c in claims if start <= c.content.start < end]


def test_territorial_contradiction(seed):
    _, claims = seed
    ids = {c.id: c for c in claims}
    found = [x for x in find_contradictions(claims) if x.kind == "territory"]
    pairs = [{ids[a].party, ids[b].party} for a, b in (x.claims for x in found)]
    assert {"Taliban", NRF} in pairs
    assert any("Shotul" in ids[b].content.text and ids[a].speaker.name == "Zabihullah Mujahid"
               for a, b in (x.claims for x in found))
