"""The word lists of the trigger checks (``data/trigger_senses.toml``), read once at import.

Each list is a frozenset of lemmas or lower-cased word forms; ``data/trigger_senses.toml`` says what
each is for. A table may ``include`` other tables ("speech" holds the "politics" words).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from ..errors import DataFileError

SENSES_PATH: Final = Path(__file__).parent.parent / "data" / "trigger_senses.toml"


@functools.cache
def load_vocabularies(path: Path = SENSES_PATH) -> Mapping[str, frozenset[str]]:
    """Table name -> its words (with those of the tables it includes), read once per path."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"cannot read the trigger word lists {path}: {exc}; reinstall fogwatch") from exc
    out: dict[str, frozenset[str]] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> frozenset[str]:
        if name in out:
            return out[name]
        table = data.get(name)
        if not isinstance(table, dict) or not isinstance(table.get("words"), str):
            where = f" (included by {seen[-1]!r})" if seen else ""
            raise DataFileError(f"{path}: no word list [{name}] with a `words` string{where}")
        if name in seen:
            raise DataFileError(f"{path}: word lists include each other: {' -> '.join((*seen, name))}")
        words = frozenset(table["words"].split())
        for other in table.get("include", []):
            words |= resolve(other, (*seen, name))
        out[name] = words
        return words

    for name in data:
        resolve(name, ())
    return MappingProxyType(out)


def _vocabulary(name: str) -> frozenset[str]:
    words = load_vocabularies().get(name)
    if words is None:
        raise DataFileError(f"{SENSES_PATH} has no word list [{name}]; reinstall fogwatch")
    return words


VERB_ONLY: Final = _vocabulary("verb_only")
ANY_POS: Final = _vocabulary("any_pos")
ARMED: Final = _vocabulary("armed")
VIOLENT: Final = _vocabulary("violent")
SPORT: Final = _vocabulary("sport")
POLITICS: Final = _vocabulary("politics")
ABSTRACT: Final = _vocabulary("abstract")
CAUSES: Final = _vocabulary("causes")
GENERIC_HEADS: Final = _vocabulary("generic_heads")
BATTLE_NOISE: Final = _vocabulary("battle_noise")
ATTACK_NOISE: Final = _vocabulary("attack_noise")
CROWDS: Final = _vocabulary("crowds")
SPEECH: Final = _vocabulary("speech")
MODIFIED_NOISE: Final = _vocabulary("modified_noise")
ARMED_TARGETS: Final = _vocabulary("armed_targets")
CRITICISM_OBJECTS: Final = _vocabulary("criticism_objects")
NATURAL_DEATH: Final = _vocabulary("natural_death")
FILM: Final = _vocabulary("film")
PLACE_NOUNS: Final = _vocabulary("place_nouns")
PERSON_NOUNS: Final = _vocabulary("person_nouns")
WEAPON_NOUNS: Final = _vocabulary("weapon_nouns")
LABOUR: Final = _vocabulary("labour")
AIR: Final = _vocabulary("air")
MISSILE: Final = _vocabulary("missile")
FINANCE: Final = _vocabulary("finance")
DISRUPT_VERBS: Final = _vocabulary("disrupt_verbs")
BUSINESS: Final = _vocabulary("business")
MARKETS: Final = _vocabulary("markets")
LITERAL_VIOLENCE: Final = _vocabulary("literal_violence")
TALK_FAILURE: Final = _vocabulary("talk_failure")
BASE_OBJECTS: Final = _vocabulary("base_objects")
BLOCKABLE: Final = _vocabulary("blockable")
INANIMATE_DISPERSED: Final = _vocabulary("inanimate_dispersed")
PROPERTY: Final = _vocabulary("property")
VIOLENT_CAUSES: Final = _vocabulary("violent_causes")
CONFLICT_WORDS: Final = _vocabulary("conflict_words")
COMMUNAL: Final = _vocabulary("communal")
ASSAILANTS: Final = _vocabulary("assailants")
BLUNT: Final = _vocabulary("blunt")
DISPUTE_WORDS: Final = _vocabulary("dispute_words")
AGREEING: Final = _vocabulary("agreeing")
EXECUTED_THINGS: Final = _vocabulary("executed_things")
SEIZABLE: Final = _vocabulary("seizable")
NOT_DEMONSTRATORS: Final = _vocabulary("not_demonstrators")
GENERIC_PRONOUNS: Final = _vocabulary("generic_pronouns")
DISRUPTABLE: Final = _vocabulary("disruptable")
DEMAND_VERBS: Final = _vocabulary("demand_verbs")
DENIAL: Final = _vocabulary("denial")
HYPOTHETICAL_GOVERNORS: Final = _vocabulary("hypothetical_governors")
ATTEMPT_GOVERNORS: Final = _vocabulary("attempt_governors")
PRESUPPOSING_PREPS: Final = _vocabulary("presupposing_preps")
FUTURE_GOVERNORS: Final = _vocabulary("future_governors")
NEGATING_GOVERNORS: Final = _vocabulary("negating_governors")
FUTURE_MODIFIERS: Final = _vocabulary("future_modifiers")
HYPOTHETICAL_MODIFIERS: Final = _vocabulary("hypothetical_modifiers")
FUTURE_AUX: Final = _vocabulary("future_aux")
HYPOTHETICAL_AUX: Final = _vocabulary("hypothetical_aux")
NEGATIVE_SUBJECTS: Final = _vocabulary("negative_subjects")
TO_DEATH_FORMS: Final = _vocabulary("to_death_forms")
WEAK: Final = _vocabulary("weak")
