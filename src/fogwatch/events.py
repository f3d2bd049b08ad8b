"""Assemble ACLED-style event records from the mentions found in one article.

ACLED codes one event per day, location and type: each asserted event trigger is given a type, a date
and a place, and triggers that agree on all three become one event. A trigger whose words describe a
consequence (someone killed) joins the violent event reported at the same day and place instead of
becoming an event of its own. Background history (a date weeks before publication) is not coded as
this article's event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .actor_roles import event_actors
from .actors import ActorMention
from .admin_history import admin1_on, units_on
from .catalogue import ActorCatalogue
from .config import Config
from .dates import DateMention, event_date
from .district_admin1 import admin1_of_district
from .event_participants import Participants, participants
from .event_types import REPORT_CLASS, EventTypeModel, TypePrediction, coder_tag, type_event
from .nlp import Analysis, Token
from .places import Place, PlaceMention, event_place
from .primary_event import in_background_frame
from .quantities import Casualty, estimate_fatalities
from .records import Event, Evidence
from .taxonomy import interaction
from .triggers import ASSERTED, FUTURE, HYPOTHETICAL, Trigger

# Trigger classes that say what happened to someone rather than what kind of event it was.
OUTCOME_CLASSES = frozenset({"killing", "injury"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


@dataclass(frozen=True, slots=True)
class Mentions:
    """Everything the mention finders saw in one article."""

    triggers: tuple[Trigger, ...]
    actors: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    casualties: tuple[Casualty, ...]


@dataclass(frozen=True, slots=True)
class _Located:
    trigger: Trigger
    kind: TypePrediction
    date: dt.date | None
    precision: int | None
    date_evidence: tuple[DateMention, ...]
    date_note: str | None
    place: Place | None
    place_evidence: tuple[PlaceMention, ...]


def build_events(
    analysis: Analysis,
    mentions: Mentions,
    *,
    published: dt.date | None,
    country: str | None,
    catalogue: ActorCatalogue,
    type_model: EventTypeModel,
    is_partisan: Callable[[Casualty], bool],
    config: Config,
) -> tuple[Event, ...]:
    lead = _lead_sentence(analysis, mentions.triggers)
    located = [
        _locate(analysis, mentions, trigger, published=published, country=country, type_model=type_model,
                undated_lag_days=config.undated_lag_days, lead=lead)
        for trigger in mentions.triggers
        if not trigger.negated and trigger.modality == "asserted"
    ]
    located = [loc for loc in located if not _is_background(loc, published, config.background_days)]
    if not located and (coder_tag(analysis.text) is not None
                        or not any(t.modality == ASSERTED and not t.negated for t in mentions.triggers)):
        anchor = _fallback_anchor(analysis, mentions)
        if anchor is not None:
            located = [_locate(analysis, mentions, anchor, published=published, country=country,
                               type_model=type_model, undated_lag_days=config.undated_lag_days, lead=anchor.sentence,
                               inter1=_fallback_inter(mentions, anchor))]
    groups = _primary_first(analysis, _group(located))
    short = len(analysis.sentences) <= SHORT_REPORT_SENTENCES
    shares = [_casualties_for(members, groups, mentions.casualties, config.casualty_reach, lead_toll=short)
              for members in groups]
    if short:
        shares = _notes_to_primary(shares, mentions.casualties)
        shares = _note_toll_to_primary(shares, mentions.casualties)
    events: list[Event] = []
    for members, casualties in zip(groups, shares, strict=True):
        events.append(
            _event(
                analysis,
                mentions,
                members,
                index=len(events) + 1,
                country=country,
                catalogue=catalogue,
                is_partisan=is_partisan,
                casualties=casualties,
            )
        )
    return tuple(events)


def _notes_to_primary(
    shares: Sequence[tuple[Casualty, ...]], casualties: Sequence[Casualty]
) -> list[tuple[Casualty, ...]]:
    """A coder's note on how the toll was coded ("13 fatalities split across 2 events, 6 coded here",
    "1 fatality.") is about the event the report is about, the first: it often closes the note, in a
    sentence the parse gives to a later event. Measured on the global file's closing "N fatalities."
    notes: the count is the coded one in 497 of 499."""
    out = list(shares)
    taken = {id(c) for c in out[0]} if out else set()
    # ... and so is a revised toll ("in the following days the death toll rose to six"), which a
    # later date in its sentence would otherwise give to an event of its own
    notes = tuple(c for c in casualties if (c.note or c.revised and not c.background) and id(c) not in taken)
    if not out or not notes:
        return out
    # later events keep the notes their sentences gave them: "45 fatalities divided across 6 events"
    # is every event's share
    out[0] = out[0] + notes
    return out


def _note_toll_to_primary(
    shares: Sequence[tuple[Casualty, ...]], casualties: Sequence[Casualty] = ()
) -> list[tuple[Casualty, ...]]:
    """In a short report (a coder's note, a brief) the first event is the incident the report is
    about, and its toll is often given in a sentence another trigger typed as an event of its own
    ("Post-election rioting in the town. Police shot 1 dead in response."; "Militias clash over
    land. Six houses destroyed, 1 killed."). When none of the report's deaths fell to the first
    event, it takes those of the first later event that has any; that event keeps them too, so each
    event still reads as its sentences say. Measured on Kenya's notes: 21 of 30 such rows coded the
    later event's toll, 5 coded none.

    A toll no event took (a coder's "FATALITIES: 15" several lines below the report, past every
    event's reach) is the first event's too."""
    out = list(shares)
    if not out or any(c.outcome == "killed" and not c.background for c in out[0]):
        return out
    for later in out[1:]:
        killed = tuple(c for c in later if c.outcome == "killed" and not c.background)
        if killed:
            out[0] = out[0] + killed
            return out
    taken = {id(c) for share in out for c in share}
    orphans = tuple(c for c in casualties if c.outcome == "killed" and not c.background and id(c) not in taken)
    if orphans:
        out[0] = out[0] + orphans
    return out


def _locate(
    analysis: Analysis,
    mentions: Mentions,
    trigger: Trigger,
    *,
    published: dt.date | None,
    country: str | None,
    type_model: EventTypeModel,
    undated_lag_days: int,
    lead: int,
    inter1: int | None = None,
) -> _Located:
    kind = type_event(trigger, _typing_context(analysis, trigger, lead), type_model, inter1=inter1,
                      participants=_participants(analysis, mentions, trigger),
                      own_text=_own_text(analysis, trigger), partisans=_partisans(analysis, mentions, trigger))
    when = event_date(mentions.dates, trigger.sentence, published, undated_lag_days=undated_lag_days)
    place, place_evidence = event_place(analysis, mentions.places, trigger.sentence, country=country)
    return _Located(
        trigger=trigger,
        kind=kind,
        date=when.value,
        precision=when.precision,
        date_evidence=when.evidence,
        date_note=when.note,
        place=place,
        place_evidence=place_evidence,
    )


# Countries whose parties' workers ACLED codes as rioters when they fight or attack (South Asia: the
# Awami League's, BNP's, their student and youth wings', India's and Pakistan's party workers). Not
# Kenya's: its coders name the party (a political militia) or an unidentified armed group in most such
# notes (2007-08 election violence), and the rule lost 9 Kenya event-type rows there.
_PARTY_RIOT_COUNTRIES = frozenset({"Bangladesh", "India", "Pakistan", "Nepal", "Sri Lanka"})


def _partisans(analysis: Analysis, mentions: Mentions, trigger: Trigger) -> bool:
    """A political party of a country in ``_PARTY_RIOT_COUNTRIES`` is named in the trigger's sentence, or
    anywhere in a short report, which is typed as a whole ("two factions of the party clashed. One
    person was killed in the clash"): its workers' violence is a riot."""
    short = len(analysis.sentences) <= SHORT_REPORT_SENTENCES
    return any(m.category == "party" and m.country in _PARTY_RIOT_COUNTRIES
               and (short or m.sentence == trigger.sentence) for m in mentions.actors)


def _participants(analysis: Analysis, mentions: Mentions, trigger: Trigger) -> Participants:
    """Who takes part in ``trigger``'s event: its own arguments, else, in a short report, those of the
    other triggers of its sentence, which report the same event in other words ("two militants were
    killed by police during a raid": the raid has no arguments, the killing has both sides). In a
    long article a sentence often joins two events ("violence gripped the town as four were killed
    in police firing"); borrowing there lost police killings on India Police Events."""
    own = participants(analysis, trigger.token, mentions.actors)
    if own.agents or own.targets or own.sides or len(analysis.sentences) > SHORT_REPORT_SENTENCES:
        return own
    agents: set[str] = set()
    targets: set[str] = set()
    sides: set[str] = set()
    for other in mentions.triggers:
        if other.sentence != trigger.sentence or other.token == trigger.token or other.negated:
            continue
        if other.modality != ASSERTED:
            continue
        who = participants(analysis, other.token, mentions.actors)
        agents |= who.agents
        targets |= who.targets
        sides |= who.sides
    return Participants(frozenset(agents), frozenset(targets), frozenset(sides))


# A report this short (a coder's summary, a news brief) is typed as a whole: all of it is about one
# event, and what makes its type often comes after the lede ("... Police fired tear gas to disperse
# them"). Measured over 3-100 sentences: 3 -> 8 gained 0.4 (event type) / 0.6 (sub-event type) points
# on Kenya and 0.8 / 1.7 on the held-out global rows, but lost 1.2 on GTD's event-type proxy (its
# 4-5 sentence summaries end with other news). ACLED notes have at most about 8 sentences; longer
# (news) texts keep the lede-plus-sentence context.
SHORT_REPORT_SENTENCES = 8


# The trigger class of a fallback event's anchor (``_fallback_anchor``): no lexicon class, so no
# trigger-word rule applies; the event-type model reads the report, ACLED's participant rules apply.
FALLBACK_CLASS = REPORT_CLASS
# Actor types whose mention makes a short report a conflict report: state forces, rebels, militias,
# rioters, protesters and foreign forces (ACLED inter codes 1-6, 8). Civilians (7) are in every
# kind of news.
_CONFLICT_INTERS = frozenset({1, 2, 3, 4, 5, 6, 8})
# Longest text given a fallback event: a coder's note (ACLED notes: median 20 words, 99th percentile
# 77; the Kenya notes it types have at most 62). News briefs of 90-200 words about the police
# (India Police Events) gained events that were mostly wrong, so they are left out.
FALLBACK_MAX_WORDS = 80


def _words(analysis: Analysis) -> int:
    return sum(1 for t in analysis.tokens if t.pos not in ("PUNCT", "SPACE"))


def _fallback_anchor(analysis: Analysis, mentions: Mentions) -> Trigger | None:
    """Where a short report that no trigger typed reports its event, or None.

    A coder's note or a news brief is one event by construction, and the type model reads it whole:
    when the trigger words missed it ("Police flogged voters", "Militias said to be re-arming") or
    read its main verb as unreal ("protest plans" taken as future), the note still says what
    happened. The type model alone cannot tell conflict from other news (it was trained on conflict
    notes only), so the report must show it is one: a trigger word the modality check set aside
    (hypothetical or future; a denial is left alone), else a mention of a conflict actor (forces,
    armed groups, rioters, protesters) that does more than speak ("police said ..." is a source).
    The anchor is that trigger, or the verb the actor depends on; its class is ``FALLBACK_CLASS``.
    Reports with an asserted trigger are left alone: those were set aside on purpose (background
    history). Long articles are left alone: they report many things, and no fallback is measured
    to be precise enough there.
    """
    if len(analysis.sentences) > SHORT_REPORT_SENTENCES:
        return None
    if coder_tag(analysis.text) is not None:
        # a coder's tag ("Displacement: ...") says the note reports that development, whatever its
        # words and however long the note (the word limit keeps news briefs out; these are notes)
        root = _tagged_note_anchor(analysis)
        if root is not None:
            return Trigger(root.start, root.end, root.text, root.i, root.sent, FALLBACK_CLASS, False, ASSERTED)
    if _words(analysis) > FALLBACK_MAX_WORDS:
        return None
    unreal = next((t for t in mentions.triggers if not t.negated and t.modality in (HYPOTHETICAL, FUTURE)), None)
    if unreal is not None:
        return Trigger(unreal.start, unreal.end, unreal.text, unreal.token, unreal.sentence, FALLBACK_CLASS,
                       False, ASSERTED)
    for actor in mentions.actors:
        if actor.inter not in _CONFLICT_INTERS:
            continue
        verb = _governing_verb(analysis, actor.start)
        if verb is not None and verb.lemma.lower() not in _SPEECH_VERBS:
            return Trigger(verb.start, verb.end, verb.text, verb.i, verb.sent, FALLBACK_CLASS, False, ASSERTED)
    return None


def _tagged_note_anchor(analysis: Analysis) -> Token | None:
    """The first verb of a tagged note after its tag (the tag's own words are no event), else its
    first word after the tag."""
    colon = analysis.text.find(":")
    after = [t for t in analysis.tokens if t.start > colon and t.pos not in ("PUNCT", "SPACE")]
    return next((t for t in after if t.pos == "VERB"), after[0] if after else None)


def _fallback_inter(mentions: Mentions, anchor: Trigger) -> int | None:
    """The actor type a fallback event is typed with: that of the conflict actor of the anchor's
    sentence when the report names no rioters or protesters (ACLED: no demonstrators, no
    demonstration; the type model alone calls much non-violent news a peaceful protest)."""
    if any(a.inter in (5, 6) for a in mentions.actors):
        return None
    return next((a.inter for a in mentions.actors if a.inter in _CONFLICT_INTERS and a.sentence == anchor.sentence),
                None)


# Verbs by which an actor only speaks ("police said the company had raised prices"): an actor that
# is only a source does not make a report a conflict report.
_SPEECH_VERBS = frozenset({
    "say", "tell", "report", "confirm", "announce", "claim", "state", "add", "allege", "deny", "note",
    "explain", "describe", "quote", "cite", "urge", "appeal", "call", "warn", "advise", "reveal",
})  # fmt: skip


def _governing_verb(analysis: Analysis, char: int) -> Token | None:
    """The verb the word at ``char`` depends on (itself if a verb), or its sentence's root."""
    token = analysis.token_at(char)
    for _ in range(8):  # parse trees of a note are shallow; a cycle guard, not a search
        if token is None:
            return None
        if token.pos in ("VERB", "AUX"):
            return token
        if token.head == token.i:
            # a verbless root ("Police officers flogged ..." misparsed as a noun phrase): the
            # sentence's first verb
            verbs = (t for t in analysis.sentence_tokens(token.sent) if t.pos == "VERB")
            return next(verbs, token)
        token = analysis.tokens[token.head]
    return None


def _lead_sentence(analysis: Analysis, triggers: Sequence[Trigger]) -> int:
    """The sentence that first reports an event: the lede, which sets the story's frame."""
    return min((t.sentence for t in triggers), default=0)


def _typing_context(analysis: Analysis, trigger: Trigger, lead: int) -> str:
    """Text the event-type model reads for ``trigger``.

    A sentence alone is often too little ("their assault of the region" is an armed clash only in a
    story about fighting), so the lede is read with it; a short report is read whole.
    """
    if len(analysis.sentences) <= SHORT_REPORT_SENTENCES:
        return analysis.text
    own = analysis.sentence_text(trigger.sentence)
    if trigger.sentence == lead:
        return own
    return analysis.sentence_text(lead) + " " + own


def _own_text(analysis: Analysis, trigger: Trigger) -> str:
    """The text that reports ``trigger``'s event: a short report whole, else the trigger's sentence."""
    if len(analysis.sentences) <= SHORT_REPORT_SENTENCES:
        return analysis.text
    return analysis.sentence_text(trigger.sentence)


def _is_background(loc: _Located, published: dt.date | None, background_days: int) -> bool:
    if loc.date is None or published is None:
        return False
    return (published - loc.date).days > background_days


def _same_slot(a: _Located, b: _Located) -> bool:
    place_a = a.place.location if a.place else None
    place_b = b.place.location if b.place else None
    return a.date == b.date and place_a == place_b


def _group(located: Sequence[_Located]) -> list[list[_Located]]:
    """One group per (day, place, type); outcome-only triggers join a violent event of their slot."""
    groups: list[list[_Located]] = []
    for loc in sorted(located, key=lambda x: x.trigger.start):
        home = None
        for group in groups:
            head = group[0]
            if not _same_slot(head, loc):
                continue
            if head.kind.event_type == loc.kind.event_type:
                home = group
                break
            if loc.trigger.cls in OUTCOME_CLASSES and head.kind.event_type in VIOLENT_TYPES:
                home = group
                break
        if home is None:
            groups.append([loc])
        else:
            home.append(loc)
    return _merge_outcomes(groups)


def _merge_outcomes(groups: list[list[_Located]]) -> list[list[_Located]]:
    """An event first seen through an outcome word ("two people were killed when police clashed with
    protesters") takes the type of a more specific trigger of the same slot: a group made only of
    outcome triggers joins a group of its day and place whose own trigger names a violent act, and the
    events keep text order."""
    merged: list[list[_Located]] = []
    for group in groups:
        if all(m.trigger.cls in OUTCOME_CLASSES for m in group):
            home = next(
                (g for g in groups if g is not group and _same_slot(g[0], group[0])
                 and g[0].kind.event_type in VIOLENT_TYPES
                 and any(m.trigger.cls not in OUTCOME_CLASSES for m in g)),
                None,
            )
            if home is not None:
                home.extend(group)
                continue
        merged.append(group)
    for group in merged:
        group.sort(key=lambda m: m.trigger.start)
    merged.sort(key=lambda g: g[0].trigger.start)
    return merged


def _main(members: Sequence[_Located]) -> _Located:
    """The member whose trigger types the event: the first that names an act, not only an outcome."""
    return next((m for m in members if m.trigger.cls not in OUTCOME_CLASSES), members[0])


def _primary_first(analysis: Analysis, groups: list[list[_Located]]) -> list[list[_Located]]:
    """The article's primary event first: the first event in text order unless its word only frames
    the story ("Second day of riots ...", "victims of clashes", "following the arrest of ..., residents
    gathered"); then the first event that does not. The others keep text order. Measured on all Kenya
    notes: actors of 6 rows fixed, 1 broken (a note ACLED coded as three events: 1 of them fixed,
    2 broken in event type); the global sample: no change. Ordering events by
    their typing word instead of their first word (an outcome: "three killed during an ambush") was
    tried and lost 2 rows' actors, 2 fatalities."""
    if len(groups) < 2:
        return groups

    def framed(group: Sequence[_Located]) -> bool:
        acts = frozenset(m.trigger.token for g in groups if g is not group for m in g)
        return in_background_frame(analysis, _main(group).trigger, acts)

    if not framed(groups[0]):
        return groups
    primary = next((g for g in groups[1:] if not framed(g)), None)
    if primary is None:
        return groups
    return [primary] + [g for g in groups if g is not primary]


def _casualties_for(
    members: Sequence[_Located], groups: Sequence[Sequence[_Located]], casualties: Sequence[Casualty], reach: int,
    *, lead_toll: bool = True,
) -> tuple[Casualty, ...]:
    """Casualty figures in the event's sentences, or just after them before another event starts."""
    own = {m.trigger.sentence for m in members}
    others = {m.trigger.sentence for g in groups if g is not members for m in g}
    # A short report may lead with its toll before any trigger ("Four bodies were pulled from the
    # river. The victims were killed in the clashes."): with ``lead_toll``, figures before every
    # event's sentences belong to the event that comes first, if it follows within reach. A long
    # article's lede often sums up a whole conflict ("the riots have claimed over 700 lives") that its
    # first event (an arrest) did not cause: measured on India Police Events, 5 false police killings.
    opening = min((m.trigger.sentence for g in groups for m in g), default=0)
    leads = bool(groups) and members is groups[0]  # groups are in text order
    chosen = []
    for c in casualties:
        if c.sentence in own:
            chosen.append(c)
        elif c.sentence < opening:
            if lead_toll and leads and opening - c.sentence <= reach:
                chosen.append(c)
        elif c.sentence not in others:
            before = [s for s in own if s <= c.sentence]
            if not before or c.sentence - max(before) > reach:
                continue
            nearest_other = max((s for s in others if s <= c.sentence), default=-1)
            last_own = max(before)
            if nearest_other < last_own or nearest_other == last_own and _heir(groups, last_own) is members:
                chosen.append(c)
    return tuple(chosen)


def _heir(groups: Sequence[Sequence[_Located]], sentence: int) -> Sequence[_Located]:
    """Which of the events reported in ``sentence`` takes the figures that follow it: the one whose
    report starts latest (the story of that paragraph, not an event carried over from before), the
    first in text order on a tie."""
    sharing = [g for g in groups if any(m.trigger.sentence == sentence for m in g)]
    latest = max(min(m.trigger.sentence for m in g) for g in sharing)
    return next(g for g in sharing if min(m.trigger.sentence for m in g) == latest)


_IN_CUSTODY = re.compile(r"\b(?:arrested|detained|detainees?|in\s+custody)\b", re.IGNORECASE)


def _died_in_custody(c: Casualty) -> bool:
    return c.outcome == "killed" and not c.background and c.value > 0 and bool(c.victim) and bool(
        _IN_CUSTODY.search(c.victim or "")
    )


NON_LETHAL_SUB_EVENTS = frozenset({"Looting/property destruction", "Change to group/activity", "Arrests", "Agreement",
                                   "Non-violent transfer of territory", "Headquarters or base established"})


def _units(place: Place | None, on: dt.date | None) -> tuple[str | None, str | None]:
    """The place's admin1 and admin2 as ACLED codes them: the units of the event date, or the admin1 its
    district gives."""
    if place is None:
        return None, None
    admin1 = admin1_of_district(place.iso2, admin1_on(place.iso2, place.admin1, on), place.admin2)
    return units_on(place.iso2, admin1, place.admin2, on)


def _event(
    analysis: Analysis,
    mentions: Mentions,
    members: Sequence[_Located],
    *,
    index: int,
    country: str | None,
    catalogue: ActorCatalogue,
    is_partisan: Callable[[Casualty], bool],
    casualties: tuple[Casualty, ...],
) -> Event:
    main = _main(members)
    place = main.place
    dated = next((m for m in members if m.date is not None), main)
    actors = event_actors(
        analysis,
        mentions.actors,
        catalogue,
        trigger=main.trigger.token,
        event_type=main.kind.event_type,
        sub_event_type=main.kind.sub_event_type,
        country=(place.country if place else country),
        on=dated.date,
    )
    # ACLED codes no deaths for strategic developments other than disrupted weapons use and "Other"
    # (0 of 2,926 such rows in the global file): deaths told near a deployment, a curfew or an arrest
    # belong to the violence that caused them, which is its own event
    # ... unless the deaths are of the people the arrest took ("three of those arrested were later found
    # dead"): that is a killing in custody, and its toll is this event's
    lethal = main.kind.sub_event_type not in NON_LETHAL_SUB_EVENTS or (
        main.kind.sub_event_type == "Arrests" and any(_died_in_custody(c) for c in casualties)
    )
    killed = tuple(c for c in casualties if c.outcome == "killed") if lethal else ()
    estimate = estimate_fatalities(killed, partisan=is_partisan)
    text = analysis.text
    evidence: list[Evidence] = []

    def add(field: str, start: int, end: int) -> None:
        evidence.append(Evidence(start=start, end=end, field=field, text=text[start:end]))

    for m in members:
        add("event_type", m.trigger.start, m.trigger.end)
    for d in dated.date_evidence:
        add("event_date", d.start, d.end)
    for p in main.place_evidence:
        add("location", p.start, p.end)
    for field, role in (("actor1", actors.actor1), ("actor2", actors.actor2)):
        if role is not None:
            for start, end in role.evidence:
                add(field, start, end)
    for start, end in estimate.evidence:
        add("fatalities", start, end)
    sentences = sorted({m.trigger.sentence for m in members})
    inter1 = actors.actor1.inter if actors.actor1 else None
    inter2 = actors.actor2.inter if actors.actor2 else None
    admin1, admin2 = _units(place, dated.date)
    return Event(
        id=f"e{index}",
        event_date=dated.date,
        time_precision=dated.precision,
        event_type=main.kind.event_type,
        sub_event_type=main.kind.sub_event_type,
        actor1=actors.actor1.name if actors.actor1 else None,
        inter1=inter1,
        actor2=actors.actor2.name if actors.actor2 else None,
        inter2=inter2,
        country=place.country if place else country,
        admin1=admin1,
        admin2=admin2,
        location=place.location if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=estimate.fatalities,
        fatalities_low=estimate.low,
        fatalities_best=estimate.best,
        fatalities_high=estimate.high,
        evidence=tuple(sorted(evidence, key=lambda e: (e.start, e.field))),
        assoc_actor_1=actors.assoc_actor_1,
        assoc_actor_2=actors.assoc_actor_2,
        interaction=interaction(inter1, inter2) if inter1 is not None else None,
        notes=" ".join(analysis.sentence_text(s) for s in sentences),
        date_note=dated.date_note,
    )
