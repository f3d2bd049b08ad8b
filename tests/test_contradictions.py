"""Contradictions between hand-built claims (no language model needed)."""

from __future__ import annotations

from fogwatch.contradictions import compare_claims, find_contradictions
from fogwatch.records import Claim, Quantity, Speaker, TextSpan

ARMY = "Sudanese Armed Forces"
RSF = "Rapid Support Forces"


def claim(id: str, party: str | None, content: str, topic: str, *, quantity: Quantity | None = None,
          affiliation: str | None = None, event_id: str | None = None) -> Claim:
    speaker = Speaker(f"source {id}", 0, 9, None, "spokesman", affiliation, "anonymous")  # one source a claim
    return Claim(id, TextSpan(content, 20, 20 + len(content)), TextSpan("said", 12, 16), speaker, "indirect",
                 party, None, (), "none_stated", topic, quantity, event_id)


def test_competing_control_of_the_same_place():
    a = claim("c1", ARMY, "that the army remains in full control of Wad Habra", "territorial_control")
    b = claim("c2", RSF, "that its fighters had captured Wad Habra", "territorial_control")
    found = compare_claims(a, b)
    assert found is not None
    assert found.kind == "territory"
    assert found.claims == ("c1", "c2")
    assert "c1" in found.explanation and "c2" in found.explanation and RSF in found.explanation


def test_a_vague_place_competes_with_a_named_one():
    a = claim("c1", RSF, "that its troops had taken control of some areas", "territorial_control", affiliation="RSF")
    b = claim("c2", ARMY, "that the army pushed back the RSF from the Shotul district", "territorial_control")
    assert compare_claims(a, b).kind == "territory"


def test_control_of_different_places_is_no_contradiction():
    a = claim("c1", ARMY, "that the army captured Kosti", "territorial_control")
    b = claim("c2", RSF, "that its fighters captured Sennar", "territorial_control")
    assert compare_claims(a, b) is None


def test_an_attempt_is_not_a_claim_of_control():
    a = claim("c1", ARMY, "that the army was trying to take control of Kosti", "territorial_control")
    b = claim("c2", RSF, "that its fighters captured Kosti", "territorial_control")
    assert compare_claims(a, b) is None  # trying to take the town is no claim to hold it


def test_same_side_never_contradicts_itself():
    a = claim("c1", ARMY, "that the army holds Kosti", "territorial_control")
    b = claim("c2", ARMY, "that the army captured Kosti", "territorial_control")
    assert compare_claims(a, b) is None


def test_unknown_side_is_not_compared():
    a = claim("c1", None, "that the army holds Kosti", "territorial_control")
    b = claim("c2", RSF, "that its fighters captured Kosti", "territorial_control")
    assert compare_claims(a, b) is None


def test_different_events_are_not_compared():
    a = claim("c1", ARMY, "that the army remains in control of Kosti", "territorial_control", event_id="e1")
    b = claim("c2", RSF, "that its fighters captured Kosti", "territorial_control", event_id="e2")
    assert compare_claims(a, b) is None


def test_one_sides_losses_stated_differently_by_each_side():
    a = claim("c1", ARMY, "that the RSF lost 75 fighters", "casualties",
              quantity=Quantity(75, None, None, None, "people killed", RSF))
    b = claim("c2", RSF, "that the RSF lost 10 fighters", "casualties",
              quantity=Quantity(10, None, None, None, "people killed", RSF))
    found = compare_claims(a, b)
    assert found.kind == "casualties"
    assert RSF in found.explanation


def test_overlapping_ranges_agree():
    a = claim("c1", ARMY, "that at least 10 RSF fighters died", "casualties",
              quantity=Quantity(10, 10, None, None, "people killed", RSF))
    b = claim("c2", RSF, "that 12 of its fighters died", "casualties",
              quantity=Quantity(12, None, None, None, "people killed", RSF))
    assert compare_claims(a, b) is None


def test_a_figure_against_a_denial():
    a = claim("c1", ARMY, "that the RSF lost 75 fighters", "casualties",
              quantity=Quantity(75, None, None, None, "people killed", RSF))
    b = claim("c2", RSF, "that the RSF had suffered no losses", "casualties",
              quantity=Quantity(None, None, None, None, "losses", RSF))
    assert compare_claims(a, b).kind == "casualties"


def test_losses_of_different_sides_do_not_compete():
    a = claim("c1", ARMY, "that the RSF lost 75 fighters", "casualties",
              quantity=Quantity(75, None, None, None, "people killed", RSF))
    b = claim("c2", RSF, "that the army lost 120 soldiers", "casualties",
              quantity=Quantity(120, None, None, None, "people killed", ARMY))
    assert compare_claims(a, b) is None


def test_mutual_blame_for_failed_talks():
    a = claim("c1", ARMY, "that the RSF walked away from the talks in Jeddah", "negotiations", affiliation="army")
    b = claim("c2", RSF, "that the other side refused every proposal at the talks", "negotiations")
    found = compare_claims(a, b)
    assert found.kind == "mutual_blame"


def test_blame_in_one_direction_only_is_no_contradiction():
    a = claim("c1", ARMY, "that the RSF walked away from the talks", "negotiations")
    b = claim("c2", RSF, "that the talks will resume next week", "negotiations")
    assert compare_claims(a, b) is None


def test_competing_responsibility():
    a = claim("c1", ARMY, "that the army carried out the strike on the depot", "responsibility")
    b = claim("c2", RSF, "that its fighters carried out the strike on the depot", "responsibility")
    assert compare_claims(a, b).kind == "responsibility"


def test_find_contradictions_checks_every_pair_once_in_order():
    claims = [
        claim("c1", ARMY, "that the army remains in full control of Wad Habra", "territorial_control"),
        claim("c2", None, "that the market reopened", "other"),
        claim("c3", RSF, "that its fighters had captured Wad Habra", "territorial_control"),
        claim("c4", RSF, "that the RSF holds the bridge of Wad Habra", "territorial_control"),
    ]
    found = find_contradictions(claims)
    assert [c.claims for c in found] == [("c1", "c3"), ("c1", "c4")]


def test_a_sides_figure_against_an_independent_count():
    a = claim("c1", None, "that five policemen were killed", "casualties",
              quantity=Quantity(5, None, None, None, "people killed", "Police"))
    b = claim("c2", "TTP", "that the attack had killed 12 policemen", "casualties",
              quantity=Quantity(12, None, None, None, "people killed", "Police"))
    assert compare_claims(a, b).kind == "casualties"
    neutral = claim("c3", None, "that seven policemen were killed", "casualties",
                    quantity=Quantity(7, None, None, None, "people killed", "Police"))
    assert compare_claims(a, neutral) is None  # two independent counts are no dispute between sides


def test_military_target_against_civilian_target():
    a = claim("c1", ARMY, "that the air force struck a training camp of the rebels", "attack")
    b = claim("c2", None, "that the jet hit a school and a clinic", "attack")
    found = compare_claims(a, b)
    assert found.kind == "target" and "what was hit" in found.explanation
    c = claim("c3", None, "that the jet hit a training camp", "attack")
    assert compare_claims(a, c) is None


def test_reciprocal_blame_in_one_claim():
    from fogwatch.records import Speaker

    c = claim("c7", None, "the other of blocking a ceasefire", "negotiations")
    c = Claim(c.id, c.content, TextSpan("accuses", 10, 17), Speaker("Each side", 0, 9, "Each side", None, None,
              "organization"), "indirect", None, None, (), "none_stated", "negotiations", None, None)
    (found,) = find_contradictions([c])
    assert found.claims == ("c7", "c7") and found.kind == "mutual_blame"
    one_side = Claim(c.id, c.content, c.cue, Speaker("The army", 0, 8, "army", None, None, "organization"),
                     "indirect", ARMY, None, (), "none_stated", "negotiations", None, None)
    assert find_contradictions([one_side]) == ()
