"""The sides of a war front: who an unnamed side of a battle is where two known forces face each other.

Where a state's forces hold a front against one enemy (Ukraine against the Donbas separatists from 2014,
against Russia's forces from its invasion on 24 February 2022), ACLED never codes an unnamed side of the
fighting there as an "Unidentified Armed Group": a side the text leaves unnamed is the other party of the
front ("Russian forces attempted an offensive towards X, which was unsuccessful" is Russia against
Ukraine's military; "clashes in both directions of the frontline near X" are both parties). Elsewhere a
foreign force's opponent is not the host's military (US strikes in Somalia hit al-Shabaab), so the rule
is keyed to the fronts written below, never to foreign forces in general.

The fronts are facts about the world (dates of ACLED's coding), kept as data here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .actors import ActorRole, EventActors
from .catalogue import Actor, ActorCatalogue


@dataclass(frozen=True, slots=True)
class Front:
    """One front: the host state's forces against one principal enemy, in ``country``, over a period."""

    country: str  # where the fighting is, and whose state forces hold one side
    since: date
    until: date | None  # first day no longer covered (None: open)
    enemy: str  # the principal enemy: an ACLED actor name, or "military:<Country>" (that state's military)
    allies: tuple[str, ...] = ()  # further enemy actors of the period (a side, never filled in)
    air_unit: str | None = None  # the enemy's air arm, as ACLED names its unit ("<military> Air Force")
    # whether ACLED gives strikes with no attacker named to the enemy (a mine, a shelled town)
    strikes_by_enemy: bool = False


FRONTS: tuple[Front, ...] = (
    # the Donbas war: the separatist republics' forces are ACLED's "NAF" until Russia's invasion
    Front("Ukraine", date(2014, 4, 6), date(2022, 2, 24), "NAF: United Armed Forces of Novorossiya"),
    # Russia's invasion: its forces are the enemy; the NAF fought on its side until the annexation
    # ACLED codes Russia's air strikes and the aircraft and drones shot down as its Air Force (Ukraine
    # notes: 210 of 266 air strikes, 23 of 33 aircraft or drones intercepted), its shelling as the military
    Front("Ukraine", date(2022, 2, 24), None, "military:Russia", ("NAF: United Armed Forces of Novorossiya",),
          air_unit="Air Force", strikes_by_enemy=True),
)

# sub-event types of strategic developments whose unnamed other side is the enemy at the front: ground
# taken without a fight ("Ukrainian forces regained control over X") and drones or missiles shot down
_FRONT_STRATEGIC = frozenset({"Non-violent transfer of territory", "Disrupted weapons use"})
# what tells of aircraft or drones (not missiles or rockets, which ACLED gives to the military itself)
_AIR = re.compile(r"\bair ?strikes?\b|\bair[- ]?bombs?\b|\baerial bombs?\b|\baircraft\b|\bplanes?\b|\bjets?\b|"
                  r"\bhelicopters?\b|\bdrones?\b|\bUAVs?\b|\baviation\b|\bwarplanes?\b|\bbombers?\b|"
                  r"\bair raids?\b|\bunmanned aerial", re.IGNORECASE)
# missiles, rockets and shells: a strike told only with these is the military's, whatever its type says
_GROUND_FIRE = re.compile(r"\bmissiles?\b|\brockets?\b|\bIskanders?\b|\bKalibrs?\b|\bshell(?:s|ed|ing)?\b|"
                          r"\bartillery\b|\bMLRS\b", re.IGNORECASE)


def front_on(country: str | None, on: date | None) -> Front | None:
    """The front in ``country`` on ``on``, if there is one."""
    if country is None or on is None:
        return None
    return next((f for f in FRONTS if f.country == country and f.since <= on
                 and (f.until is None or on < f.until)), None)


def _bare(name: str) -> str:
    """An ACLED state-force name without its period and unit: "Military Forces of Ukraine (2019-) Air
    Force" -> "Military Forces of Ukraine"."""
    return name.split(" (", 1)[0]


def front_sides(actors: EventActors, catalogue: ActorCatalogue, *, country: str | None, on: date | None,
                event_type: str, sub_event_type: str, text: str = "") -> EventActors:
    """``actors`` with the unnamed side of fighting at a front named as the front's other party.

    Battles: one party named and the other unknown (or missing) -> the other party; both unknown -> both
    parties (the host's military first). Remote violence: a party against an unidentified group -> the
    other party (a shelling with no target named keeps none, one with no attacker named keeps it unknown).
    Strategic developments: territory taken and weapons disrupted, by a military party only (a police
    arrest of saboteurs stays "unidentified")."""
    front = front_on(country, on)
    if front is None or country is None:
        return actors
    sides = _fill(actors, front, catalogue, country, on, event_type, sub_event_type, text)
    if front.air_unit and event_type in ("Explosions/Remote violence", "Strategic developments") \
            and (_AIR.search(text) or (sub_event_type == "Air/drone strike" and not _GROUND_FIRE.search(text))):
        sides = _air_arm(sides, catalogue, front, country, on)
    return sides


def _air_arm(actors: EventActors, catalogue: ActorCatalogue, front: Front, country: str,
             on: date | None) -> EventActors:
    """The enemy's military as its air arm ("Military Forces of Russia (2000-) Air Force")."""
    enemy = _enemy(catalogue, front.enemy, country, on)
    if enemy is None:
        return actors

    def air(role: ActorRole | None) -> ActorRole | None:
        if role is None or role.name != enemy.name:
            return role
        return ActorRole(f"{enemy.name} {front.air_unit}", role.inter, role.evidence)

    return _with(actors, air(actors.actor1), air(actors.actor2))


def _fill(actors: EventActors, front: Front, catalogue: ActorCatalogue, country: str, on: date | None,
          event_type: str, sub_event_type: str, text: str) -> EventActors:
    if event_type == "Strategic developments" and sub_event_type not in _FRONT_STRATEGIC:
        return actors
    if event_type not in ("Battles", "Explosions/Remote violence", "Strategic developments"):
        return actors
    host = catalogue.generic("military", country, on=on)
    enemy = _enemy(catalogue, front.enemy, country, on)
    if enemy is None:
        return actors
    unknown = catalogue.generic("unidentified", country, on=on).name
    host_names = {_bare(host.name), _bare(catalogue.generic("police", country, on=on).name)}
    enemy_names = {_bare(enemy.name)} | {_bare(n) for n in front.allies}
    military_names = {_bare(host.name), _bare(enemy.name)} | {_bare(n) for n in front.allies}

    def side(role: ActorRole | None) -> str:
        if role is None or role.name == unknown:
            return "unknown"
        bare = _bare(role.name)
        if bare in host_names:
            return "host"
        return "enemy" if bare in enemy_names else "other"

    a1, a2 = actors.actor1, actors.actor2
    s1, s2 = side(a1), side(a2)
    evidence = tuple(e for r in (a1, a2) if r is not None for e in r.evidence)[:1]
    host_role = ActorRole(host.name, host.inter, evidence)
    # state forces fighting outside their own country are ACLED's "external forces" (inter 8)
    enemy_inter = 8 if enemy.is_state and enemy.country not in (None, country) else enemy.inter
    enemy_role = ActorRole(enemy.name, enemy_inter, evidence)

    def other(s: str) -> ActorRole:
        return enemy_role if s == "host" else host_role

    if event_type == "Battles":
        if s1 == s2 == "unknown":
            return _with(actors, host_role, enemy_role)
        if s1 in ("host", "enemy") and s2 == "unknown":
            return _with(actors, a1, other(s1))
        if s2 in ("host", "enemy") and s1 == "unknown":
            return _with(actors, other(s2), a2)
        return actors
    if event_type == "Strategic developments":
        if a1 is not None and s1 in ("host", "enemy") and _bare(a1.name) in military_names \
                and s2 == "unknown":
            return _with(actors, a1, other(s1))
        return actors
    # remote violence: only an unidentified group (not a missing side) stands for the other party
    if s1 in ("host", "enemy") and a2 is not None and s2 == "unknown":
        return _with(actors, a1, other(s1))
    # a strike nobody is named for, where ACLED gives those to the enemy (Ukraine after the invasion:
    # 29 of 34 such notes); the observers' reports of the Donbas war do not tell the side
    if front.strikes_by_enemy and s1 == "unknown" and s2 != "enemy":
        return _with(actors, enemy_role, a2)
    # the host's forces striking what the text calls the enemy's ("shot down a Russian plane", "fired at
    # Russian positions"): the enemy is the target
    if s1 == "host" and a2 is None and _names_nation(catalogue, front.enemy, text):
        return _with(actors, a1, enemy_role)
    if s2 in ("host", "enemy") and a1 is not None and s1 == "unknown":
        return _with(actors, other(s2), a2)
    return actors


def _enemy(catalogue: ActorCatalogue, spec: str, country: str, on: date | None) -> Actor | None:
    if spec.startswith("military:"):
        return catalogue.generic("military", spec.split(":", 1)[1], on=on)
    return catalogue.resolve(spec, country=country, on=on)


def _names_nation(catalogue: ActorCatalogue, spec: str, text: str) -> bool:
    """Whether the text names the nation of an enemy that is a state's military ("Russian")."""
    if not spec.startswith("military:"):
        return False
    nation = catalogue.country(spec.split(":", 1)[1])
    return nation is not None and any(re.search(rf"\b{re.escape(d)}\b", text) for d in nation.demonyms)


def _with(actors: EventActors, a1: ActorRole | None, a2: ActorRole | None) -> EventActors:
    return EventActors(a1, a2, actors.assoc_actor_1, actors.assoc_actor_2)
