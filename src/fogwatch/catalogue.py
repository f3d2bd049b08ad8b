"""The actor catalogue: ACLED actor names, inter codes, aliases and the periods in state-force names.

The catalogue is data (``data/actors.toml`` and the regional files it includes). This module loads it
once, generates the generic actors of every country ("Military Forces of X (period)", "Civilians (X)",
"Unidentified Armed Group (X)", ...), resolves a surface string to an actor, and offers a phrase
index (``Lexicon``) that finds every catalogue phrase in a text in one linear pass.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError

# ACLED inter codes and the default kind of a named actor with that code.
INTER_NAMES = {
    1: "state forces",
    2: "rebel groups",
    3: "political militias",
    4: "identity militias",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external/other forces",
}
_DEFAULT_KIND = {1: "state", 2: "rebel", 3: "militia", 4: "identity_militia", 5: "rioters", 6: "protesters",
                 7: "civilians", 8: "external"}

# Generic actors per country: kind -> (ACLED name template, inter). {of} is the country as ACLED writes
# it after "of" ("the Philippines"), {country} as it writes it in brackets ("Philippines").
GENERIC = {
    "military": ("Military Forces of {of}{period}", 1),
    "police": ("Police Forces of {of}{period}", 1),
    "government": ("Government of {of}{period}", 1),
    "unidentified": ("Unidentified Armed Group ({country})", 3),
    "gang": ("Unidentified Gang ({country})", 3),
    "civilians": ("Civilians ({country})", 7),
    "protesters": ("Protesters ({country})", 6),
    "rioters": ("Rioters ({country})", 5),
    "communal_militia": ("Unidentified Communal Militia ({country})", 4),
    "ethnic_militia": ("Unidentified Ethnic Militia ({country})", 4),
    "clan_militia": ("Unidentified Clan Militia ({country})", 4),
    "private_security": ("Private Security Forces ({country})", 8),
    "islamist": ("Islamist Militia ({country})", 3),
}
# Generic actors that take part in events as another kind does: an unnamed Islamist militia is an
# unidentified armed group under ACLED's more specific name.
_GENERIC_CATEGORY = {"islamist": "unidentified"}
STATE_KINDS = frozenset({"military", "police", "government", "state"})
# Generic actors ACLED named differently for events before a date: unidentified communal militias were
# "Unidentified Ethnic Militia" in events up to mid-2015 (the names stayed in later exports).
FORMER_KIND = {"communal_militia": (date(2015, 6, 1), "ethnic_militia")}
# pycountry names -> ACLED country names (ACLED uses short common names).
_ACLED_COUNTRY = {
    "Bolivia, Plurinational State of": "Bolivia",
    "Brunei Darussalam": "Brunei",
    "Cabo Verde": "Cape Verde",
    "Congo": "Republic of Congo",
    "Congo, The Democratic Republic of the": "Democratic Republic of Congo",
    "Côte d'Ivoire": "Ivory Coast",
    "Czechia": "Czech Republic",
    "Eswatini": "eSwatini",
    "Holy See (Vatican City State)": "Vatican City",
    "Iran, Islamic Republic of": "Iran",
    "Korea, Democratic People's Republic of": "North Korea",
    "Korea, Republic of": "South Korea",
    "Lao People's Democratic Republic": "Laos",
    "Micronesia, Federated States of": "Micronesia",
    "Moldova, Republic of": "Moldova",
    "Palestine, State of": "Palestine",
    "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria",
    "Taiwan, Province of China": "Taiwan",
    "Tanzania, United Republic of": "Tanzania",
    "Timor-Leste": "East Timor",
    "Türkiye": "Turkey",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Viet Nam": "Vietnam",
    "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "Virgin Islands, U.S.",
    "Bosnia and Herzegovina": "Bosnia and Herzegovina",
    "Saint Martin (French part)": "Saint-Martin",
    "Réunion": "Reunion",
    "Curaçao": "Curacao",
    "Saint Barthélemy": "Saint-Barthelemy",
    "Åland Islands": "Aland Islands",
}
_EXTRA_COUNTRIES = ("Kosovo",)
_THE_BY_DEFAULT = frozenset({"Philippines", "Democratic Republic of Congo", "Central African Republic",
                             "United States", "United Kingdom", "United Arab Emirates", "Netherlands",
                             "Ivory Coast", "Dominican Republic", "Bahamas", "Gambia", "Comoros",
                             "Maldives", "Seychelles", "Marshall Islands", "Solomon Islands"})


@dataclass(frozen=True, slots=True)
class Actor:
    """One ACLED actor as it is named on a given date."""

    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]
    valid_from: date | None
    valid_to: date | None
    kind: str  # military | police | government | rebel | militia | identity_militia | party | ...

    def valid_on(self, on: date | None) -> bool:
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or on >= self.valid_from) and (self.valid_to is None or on < self.valid_to)

    @property
    def is_state(self) -> bool:
        return self.kind in STATE_KINDS


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # ACLED spelling
    the: bool
    demonyms: tuple[str, ...]
    periods: tuple[date, ...]
    gangs: bool
    military: tuple[str, ...] = ()
    police: tuple[str, ...] = ()
    government: tuple[str, ...] = ()
    ethnic: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (ACLED group name, surface forms)
    clans: tuple[tuple[str, tuple[str, ...]], ...] = ()
    pseudo: bool = False
    ambiguous: frozenset[str] = frozenset()  # state-force names that only count in a report on this country
    continent: str | None = None
    # a country that seceded: ACLED names its groups after the parent country for events before
    # independence (South Sudan's groups were "(Sudan)" until 2011-07-09)
    part_of: str | None = None
    independence: date | None = None

    @property
    def of(self) -> str:
        return f"the {self.name}" if self.the else self.name

    def period(self, on: date | None) -> tuple[str, date | None, date | None]:
        """ACLED's bracket for the government in office on ``on`` (the current one when unknown)."""
        if not self.periods:
            return "", None, None
        index = len(self.periods) - 1
        if on is not None:
            index = 0
            for i, start in enumerate(self.periods):
                if on >= start:
                    index = i
        start = self.periods[index]
        end = self.periods[index + 1] if index + 1 < len(self.periods) else None
        label = f" ({start.year}-{end.year if end else ''})"
        return label, start, end


@dataclass(frozen=True, slots=True)
class _Spec:
    """A catalogue entry before its period is filled in."""

    template: str
    inter: int
    country: str | None
    active_in: tuple[str, ...]
    aliases: tuple[str, ...]
    strict: frozenset[str]
    descriptive: tuple[str, ...]
    kind: str
    valid_from: date | None
    valid_to: date | None
    period_of: str | None
    order: int
    # words that make unnamed attackers this actor in its countries (``unidentified_when``)
    unidentified_when: tuple[str, ...] = ()
    # ACLED's name of a local unit of this actor ("People's Defense Force - {place}"), and the place
    # word it uses for a unit the text calls only "local" (``branch``, ``local_branch``)
    branch: str | None = None
    local_branch: str | None = None
    # words that keep them unidentified all the same (``unidentified_unless``): the victim was an
    # informant or an anti-drug advocate, not a target of the drug war
    unidentified_unless: tuple[str, ...] = ()

    def countries(self) -> tuple[str, ...]:
        return ((self.country,) if self.country else ()) + self.active_in

    def valid_on(self, on: date | None) -> bool:
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or on >= self.valid_from) and (self.valid_to is None or on < self.valid_to)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase of the lexicon and what it denotes.

    kind: ``alias`` (target = spec index as str), ``descriptive`` (target = class, or spec index when
    ``spec`` is set), ``state`` (target = military|police|government of ``countries[0]``), ``demonym`` /
    ``nationals`` (target = country), ``ethnic`` / ``clan`` (target = ACLED group name).
    """

    text: str
    kind: str
    target: str
    countries: tuple[str, ...]
    strict: bool
    cased: tuple[str, ...] | None  # exact keys for acronyms, else None
    spec: int | None = None


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int  # character offsets into the text
    end: int
    phrase: Phrase


# ------------------------------------------------------------------------------------ normalisation

# a word: letters/digits with inner apostrophes, periods, hyphens, slashes; "police.Many" (a missing
# space after a full stop) is two words
_WORD = re.compile(r"[^\W_](?:[\w'’\-/&]|\.(?![A-Z][a-z]))*", re.UNICODE)
_POSSESSIVE = re.compile(r"(['’]s|s['’])$", re.IGNORECASE)
_SPLIT = re.compile(r"[-/–]+")


_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "this", "that"})


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def word_keys(word: str) -> list[str]:
    """Keys of one written word: accents folded, possessive and inner apostrophes/periods dropped,
    split at hyphens and slashes ("al-Shabaab" -> ["al", "Shabaab"], "Taliban's" -> ["Taliban"])."""
    return [k for _, k in _word_keys(word)]


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[tuple[str, str], ...]:
    """``word_keys`` as (lower-case key, key) pairs, cached: the lexicon scans every word of every
    article and most words repeat."""
    w = _fold(word).strip(".'’-/")
    if len(w) > 2 and _POSSESSIVE.search(w):
        w = w[:-1] if w[-1] in "'’" else w[:-2]
    w = w.replace("'", "").replace("’", "").replace(".", "")
    return tuple((p.lower(), p) for p in _SPLIT.split(w) if p)


def phrase_keys(text: str) -> list[str]:
    return [k for m in _WORD.finditer(text) for k in word_keys(m.group())]


# acronyms written in mixed case ("LeT", "JeM", "HuM"): matched as written, or they would match ordinary
# words and place-name syllables ("Let Pan village", "jem")
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if _MIXED_ACRONYM.fullmatch(text.strip()):
        return True
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 8 and " " not in text.strip()


# ------------------------------------------------------------------------------------ lexicon


class Lexicon:
    """A word-key trie over every catalogue phrase; ``find`` scans a text once (linear time)."""

    def __init__(self, phrases: Iterable[Phrase]):
        self._root: dict[str, Any] = {}
        for p in phrases:
            keys = phrase_keys(p.text)
            if not keys:
                continue
            node = self._root
            for k in keys:
                node = node.setdefault(k.lower(), {})
            node.setdefault("\0", []).append(p)

    def _longer_from(self, words: list[tuple[int, int, str, str]], i: int, last: int) -> bool:
        """Whether a phrase starting at word ``i`` ends after word ``last``."""
        node = self._root
        for j in range(i, len(words)):
            node = node.get(words[j][2])
            if node is None:
                return False
            if j > last and "\0" in node:
                return True
        return False

    def find(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[PhraseMatch]:
        """Longest phrase matches starting at each word, left to right, not overlapping ``skip``."""
        words: list[tuple[int, int, str, str]] = []  # (start, end, key, cased key) per key
        for m in _WORD.finditer(text):
            word = m.group()
            end = m.start() + len(word.rstrip(".'’-/"))  # "al-Shabaab." ends before the full stop
            for low, k in _word_keys(word):
                words.append((m.start(), end, low, k))
        out: list[PhraseMatch] = []
        i, n = 0, len(words)
        while i < n:
            node = self._root
            best: tuple[int, list[Phrase]] | None = None
            j = i
            while j < n:
                child = node.get(words[j][2])
                if child is None:
                    break
                node = child
                if "\0" in node:
                    best = (j, node["\0"])
                j += 1
            if best is None:
                i += 1
                continue
            last, phrases = best
            if last > i and words[i][2] in _DETERMINERS and self._longer_from(words, i + 1, last):
                i += 1  # "the resistance forces": prefer "resistance forces" to "the resistance"
                continue
            start, end = words[i][0], words[last][1]
            cased = tuple(w[3] for w in words[i : last + 1])
            kept = [p for p in phrases if p.cased is None or p.cased == cased]
            if kept and not any(s < end and start < e for s, e in skip):
                for p in kept:
                    out.append(PhraseMatch(start, end, p))
                i = last + 1
            else:
                i += 1
        return out


# ------------------------------------------------------------------------------------ catalogue


class ActorCatalogue:
    """ACLED actors, their aliases and periods, and the generic actors of every country."""

    def __init__(self, specs: Sequence[_Spec], countries: Mapping[str, Country],
                 descriptive: Mapping[str, Sequence[str]], groups: Mapping[str, Sequence[str]],
                 ethnic_home: Mapping[str, tuple[str, date | None]] | None = None):
        self._specs = tuple(specs)
        self._ethnic_home = dict(ethnic_home or {})
        self._countries = dict(countries)
        self._country_keys: dict[str, str] = {}
        for c in self._countries.values():
            self._country_keys[" ".join(phrase_keys(c.name)).lower()] = c.name
            if c.the:
                self._country_keys[" ".join(phrase_keys("the " + c.name)).lower()] = c.name
        self.descriptive = {k: tuple(v) for k, v in descriptive.items()}
        self.groups = {k: tuple(v) for k, v in groups.items()}
        self._phrases = tuple(self._build_phrases())
        self.lexicon = Lexicon(self._phrases)
        self._by_key: dict[str, list[Phrase]] = {}
        for p in self._phrases:
            self._by_key.setdefault(" ".join(phrase_keys(p.text)).lower(), []).append(p)
        self._unidentified_when: dict[str, list[int]] = {}
        for i, spec in enumerate(self._specs):
            if spec.unidentified_when:
                for c in spec.countries():
                    self._unidentified_when.setdefault(c, []).append(i)
        self._by_name: dict[str, list[int]] = {}
        for i, s in enumerate(self._specs):
            self._by_name.setdefault(_bare(s.template).lower(), []).append(i)

    # -------------------------------------------------------------------------------- loading

    @classmethod
    def load(cls, path: Path | None = None) -> ActorCatalogue:
        """The catalogue from ``path`` (a TOML file), or the bundled one (loaded once and cached)."""
        if path is None:
            return _default_catalogue()
        return _load(Path(path))

    # -------------------------------------------------------------------------------- countries

    def country(self, name: str | None) -> Country | None:
        if not name:
            return None
        c = self._countries.get(name)
        if c is None:
            key = " ".join(phrase_keys(name)).lower()
            canonical = self._country_keys.get(key)
            c = self._countries.get(canonical) if canonical else None
        return None if c is None or c.pseudo else c

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted(n for n, c in self._countries.items() if not c.pseudo))

    def same_continent(self, a: str, b: str) -> bool | None:
        """Whether two countries are on one continent (None when either is unknown)."""
        ca, cb = self.country(a), self.country(b)
        if ca is None or cb is None or ca.continent is None or cb.continent is None:
            return None
        return ca.continent == cb.continent

    # -------------------------------------------------------------------------------- actors

    def generic(self, kind: str, country: str, *, on: date | None = None) -> Actor:
        """The generic actor of ``kind`` for ``country`` as ACLED names it on ``on``.

        kind: military | police | government | unidentified | gang | civilians | protesters | rioters |
        communal_militia | ethnic_militia | clan_militia; ``FORMER_KIND`` renames some for older events.
        """
        if kind not in GENERIC:
            raise ValueError(f"unknown generic actor kind {kind!r}; use one of {', '.join(GENERIC)}")
        c = self.country(country) or _bare_country(country)
        former = FORMER_KIND.get(kind)
        template, inter = GENERIC[former[1] if former and on is not None and on < former[0] else kind]
        label, start, end = c.period(on) if "{period}" in template else ("", None, None)
        name = template.format(of=c.of, country=c.name, period=label)
        aliases: tuple[str, ...] = ()
        if kind == "military":
            aliases = c.military
        elif kind == "police":
            aliases = c.police
        elif kind == "government":
            aliases = c.government
        return Actor(name, inter, c.name, aliases, start, end, _GENERIC_CATEGORY.get(kind, kind))

    def unidentified_as(self, country: str, text: str, *, on: date | None = None) -> Actor | None:
        """The actor ACLED codes unnamed attackers as in ``country`` when the text has one of the actor's
        ``unidentified_when`` words (a word starting with it: "drug" finds "drug-related"; not after "anti-")
        and none of its ``unidentified_unless`` words; else None. Actors are tried in catalogue order.
        ACLED codes the unnamed gunmen of the Philippine drug war as "Anti-Drug Vigilantes"."""
        folded = text.lower()
        for index in self._unidentified_when.get(country, ()):
            spec = self._specs[index]
            if not spec.valid_on(on):
                continue
            if any(re.search(r"\b" + re.escape(w), folded) for w in spec.unidentified_unless):
                continue
            # "anti-drug", "anti-illegal drug campaign": the words name the campaign, not its target
            if any(re.search(r"(?<!anti-)(?<!anti-illegal )(?<!anti-illegal-)\b" + re.escape(w), folded)
                   for w in spec.unidentified_when):
                return _instantiate(self, index, on)
        return None

    def ethnic_militia(self, group: str, country: str, *, on: date | None = None) -> Actor:
        """ "<Group> Ethnic Militia (<Country>)"; a seceded country's groups carry the parent country's
        name for events before independence."""
        c = self.country(country) or _bare_country(country)
        name = c.name
        if c.part_of and c.independence and on is not None and on < c.independence:
            name = c.part_of
        return Actor(f"{group} Ethnic Militia ({name})", 4, name, (), None, None, "identity_militia")

    def ethnic_home(self, group: str, on: date | None = None) -> str | None:
        """The country ACLED names a cross-border group after wherever it acts (``[ethnic_home]``) for
        an event on ``on`` (the current convention when unknown): Toposa raiders in Kenya are "Toposa
        Ethnic Militia (South Sudan)"; None for other groups and before the convention's start."""
        home = self._ethnic_home.get(group)
        if home is None or (home[1] is not None and on is not None and on < home[1]):
            return None
        return home[0]

    def group_militia(self, group: str, country: str, *, on: date | None = None) -> Actor:
        """The ethnic militia of ``group`` met in a report on ``country`` (nation not written): named
        after the group's home country when it has one, else after ``country``."""
        return self.ethnic_militia(group, self.ethnic_home(group, on) or country, on=on)

    def clan_militia(self, clan: str, country: str) -> Actor:
        """ "<Clan> Clan Militia (<Country>)"; a lineage ("Hawiye-Abgal") is a "Sub-Clan" unless its
        catalogue name carries the label ACLED gives it ("Rahanweyn-Digil-Shanta Caleemo Clan")."""
        c = self.country(country) or _bare_country(country)
        if _CLAN_LABEL.search(clan):
            return Actor(f"{clan} Militia ({c.name})", 4, c.name, (), None, None, "identity_militia")
        label = "Sub-Clan" if "-" in clan else "Clan"
        return Actor(f"{clan} {label} Militia ({c.name})", 4, c.name, (), None, None, "identity_militia")

    def social_group(self, group: str, country: str) -> str:
        """ACLED's name of a social group used as an associated actor: "Teachers (Kenya)"."""
        c = self.country(country) or _bare_country(country)
        if group == "Private Security Forces":
            return f"Private Security Forces ({c.name})"
        return f"{group} ({c.name})"

    def actor(self, spec: int, on: date | None) -> Actor:
        """The catalogue entry ``spec`` (an index from a ``Phrase``) as named on ``on``."""
        return _instantiate(self, spec, on)

    def spec_country(self, spec: int) -> str | None:
        return self._specs[spec].country

    def spec_kind(self, spec: int) -> str:
        return self._specs[spec].kind

    def spec_countries(self, spec: int) -> tuple[str, ...]:
        return self._specs[spec].countries()

    def branch_name(self, name: str, place: str | None) -> str | None:
        """ACLED's name of the local unit of the actor named ``name`` at ``place`` (None: a unit the
        text calls only "local"), when the catalogue gives the actor a ``branch`` template."""
        for i in self._by_name.get(_bare(name).lower(), []):
            s = self._specs[i]
            if s.branch is not None:
                where = place if place is not None else s.local_branch
                return s.branch.replace("{place}", where) if where else None
        return None

    def spec_valid(self, spec: int, on: date | None) -> bool:
        return self._specs[spec].valid_on(on)

    def choose(self, specs: Iterable[int], *, country: str | None, on: date | None) -> int | None:
        """The best of several catalogue entries sharing an alias, for a report on ``country`` at ``on``."""
        ranked = []
        for i in specs:
            s = self._specs[i]
            valid = s.valid_on(on) or (on is None and s.valid_from is None)
            if country is None:
                place = 1 if s.country is None else 2
            elif s.country == country:
                place = 0
            elif country in s.active_in:
                place = 1
            elif s.country is None:
                place = 2
            else:
                place = 3
            ranked.append((0 if valid else 1, place, s.order, i))
        if not ranked:
            return None
        return min(ranked)[3]

    def resolve(self, surface: str, *, country: str | None = None, on: date | None = None) -> Actor | None:
        """The actor a surface string names: an ACLED name, an alias, "Kenyan police", or (when
        ``country`` is given) a descriptive word such as "police" or "protesters"."""
        text = " ".join(surface.split())
        if not text:
            return None
        parsed = self._parse_acled_name(text, on)
        if parsed is not None:
            return parsed
        candidates = [text]
        # "Islamic State of Iraq and the Levant (ISIL)", "Tehrik-i-Taliban Pakistan (TTP)": try both parts
        m = re.match(r"^(.*?)\s*\(([^()]+)\)$", text)
        if m and not self.country(m.group(2)):
            candidates += [m.group(1), m.group(2)]
        for candidate in candidates:
            key = " ".join(phrase_keys(candidate)).lower()
            for k in (key, re.sub(r"^the ", "", key)):
                actor = self._resolve_key(k, candidate, country, on)
                if actor is not None:
                    return actor
        return None

    def _resolve_key(self, key: str, text: str, country: str | None, on: date | None) -> Actor | None:
        phrases = self._by_key.get(key, [])
        cased = phrase_keys(text)
        phrases = [p for p in phrases if p.cased is None or list(p.cased) == cased]
        aliases = [p for p in phrases if p.kind == "alias" and (not p.strict or (country in p.countries))]
        if aliases:
            best = self.choose([p.spec for p in aliases if p.spec is not None], country=country, on=on)
            if best is not None:
                return self.actor(best, on)
        for p in phrases:
            if p.kind == "state" and (not p.strict or country in (None, p.countries[0])):
                return self.generic(p.target, p.countries[0], on=on)
        for p in phrases:
            if p.kind == "ethnic" and (country in p.countries or country is None):
                return self.group_militia(p.target, country or p.countries[0], on=on)
        for p in phrases:
            if p.kind == "clan" and (country in p.countries or country is None):
                return self.clan_militia(p.target, p.countries[0])
        descriptive = [p for p in phrases if p.kind == "descriptive"]
        for p in descriptive:
            if p.spec is not None and (country in p.countries):
                return self.actor(p.spec, on)
        if descriptive and country:
            kind = _GENERIC_OF_CLASS.get(descriptive[0].target)
            if kind:
                return self.generic(kind, country, on=on)
        # "<demonym or country> <descriptive>": "Kenyan police", "Ugandan troops", "Afghan civilians"
        words = key.split()
        for cut in range(1, len(words)):
            head = " ".join(words[cut:])
            owner = [p for p in self._by_key.get(" ".join(words[:cut]), []) if p.kind == "demonym"]
            if not owner:
                continue
            nation = owner[0].target
            for p in self._by_key.get(head, []):
                if p.kind == "descriptive" and p.spec is None and p.target in _GENERIC_OF_CLASS:
                    return self.generic(_GENERIC_OF_CLASS[p.target], nation, on=on)
        return None

    _ACLED_NAME = re.compile(
        r"^(?P<kind>Military Forces|Police Forces|Government) of (?:the )?(?P<country>.+?)"
        r"(?: \((?P<start>\d{4})-(?P<end>\d{4})?\))?(?P<unit> .+)?$"
    )
    _BRACKETED = re.compile(r"^(?P<what>.+?) \((?P<country>[^()]+)\)$")

    def _parse_acled_name(self, text: str, on: date | None) -> Actor | None:
        when = _date_of_bracket(text) or on
        by_name = [i for i in self._by_name.get(_bare(text).lower(), []) if self._specs[i].valid_on(when)
                   or (when is None and self._specs[i].valid_from is None)]
        if by_name:
            best = self.choose(by_name, country=None, on=when)
            if best is not None:
                return self.actor(best, when)
        m = self._ACLED_NAME.match(text)
        if m and self.country(m.group("country")) and not m.group("unit"):
            kind = {"Military Forces": "military", "Police Forces": "police", "Government": "government"}
            when = date(int(m.group("start")), 12, 31) if m.group("start") else on
            return self.generic(kind[m.group("kind")], m.group("country"), on=when)
        m = self._BRACKETED.match(text)
        if m and self.country(m.group("country")):
            what, nation = m.group("what"), m.group("country")
            for kind, (template, _) in GENERIC.items():
                if "{period}" not in template and template.split(" (")[0] == what:
                    return self.generic(kind, nation)
            if what.endswith(" Ethnic Militia"):
                return self.ethnic_militia(what[: -len(" Ethnic Militia")], nation)
            if what.endswith(" Clan Militia"):
                return self.clan_militia(what[: -len(" Clan Militia")], nation)
        return None

    # -------------------------------------------------------------------------------- phrases

    def _build_phrases(self) -> Iterator[Phrase]:
        for i, s in enumerate(self._specs):
            countries = s.countries()
            for a in s.aliases:
                yield Phrase(a, "alias", str(i), countries, a in s.strict, _cased(a), spec=i)
            for d in s.descriptive:
                yield Phrase(d, "descriptive", "named", countries, True, _cased(d), spec=i)
        for c in self._countries.values():
            if c.pseudo:
                continue
            for kind, names in (("military", c.military), ("police", c.police), ("government", c.government)):
                for n in names:
                    yield Phrase(n, "state", kind, (c.name,), n in c.ambiguous, _cased(n))
            for d in c.demonyms + (c.name,) + ((f"the {c.name}",) if c.the else ()):
                yield Phrase(d, "demonym", c.name, (c.name,), False, _cased(d) if len(d) <= 3 else None)
            for d in c.demonyms:
                if not d.endswith(("s", "ese", "i")) or d.endswith("ani"):
                    yield Phrase(d + "s", "nationals", c.name, (c.name,), False, None)
            for group, surfaces in c.ethnic:
                for s_ in surfaces:
                    yield Phrase(s_, "ethnic", group, (c.name,), True, None)
            for clan, surfaces in c.clans:
                for s_ in surfaces:
                    yield Phrase(s_, "clan", clan, (c.name,), True, None)
        for cls, words in self.descriptive.items():
            for w in words:
                yield Phrase(w, "descriptive", cls, (), False, _cased(w) if _is_acronym(w) else None)
        for group, words in self.groups.items():
            for w in words:
                yield Phrase(w, "group", group, (), False, None)

    def phrases(self) -> tuple[Phrase, ...]:
        return self._phrases

    def entity_patterns(self) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns: ORG for the named actors' proper-name aliases, NORP for the
        ethnic groups, so that the statistical NER does not misread rare names."""
        seen: set[tuple[str, str]] = set()
        out: list[dict[str, Any]] = []

        def add(label: str, text: str) -> None:
            # one pattern per written form: each pattern costs load time and a little run time, and
            # actor finding itself does not depend on the entity labels
            if (label, text) not in seen:
                seen.add((label, text))
                out.append({"label": label, "pattern": text})

        for p in self._phrases:
            letters = sum(c.isalpha() for c in p.text)
            if letters < 3 or not any(c.isupper() for c in p.text):
                continue
            if p.kind == "alias" and not p.strict:
                add("ORG", p.text)
            elif p.kind == "ethnic" and p.text[:1].isupper():
                add("NORP", p.text)
        return out


_GENERIC_OF_CLASS = {
    "police": "police",
    "military": "military",
    "state": "military",
    "armed": "unidentified",
    "attackers": "unidentified",
    "islamist": "islamist",
    "any_armed": "unidentified",
    "communal": "communal_militia",
    "clan": "clan_militia",
    "gang": "gang",
    "private_security": "private_security",
    "protesters": "protesters",
    "rioters": "rioters",
    "civilians": "civilians",
}


def _cased(text: str) -> tuple[str, ...] | None:
    return tuple(phrase_keys(text)) if _is_acronym(text) else None


def _bare(name: str) -> str:
    """An ACLED name without its period bracket(s): "Police Forces of Kenya (2013-)" -> "Police Forces of Kenya"."""
    return re.sub(r"\s*\((?:\d{4}-(?:\d{4})?|\{period\})\)", "", name).strip()


def _date_of_bracket(name: str) -> date | None:
    m = re.search(r"\((\d{4})-(\d{4})?\)", name)
    return date(int(m.group(1)), 12, 31) if m else None


def _bare_country(name: str) -> Country:
    return Country(name=name, the=name in _THE_BY_DEFAULT, demonyms=(), periods=(), gangs=False)


def _instantiate(cat: ActorCatalogue, index: int, on: date | None) -> Actor:
    s = cat._specs[index]
    name, start, end = s.template, s.valid_from, s.valid_to
    if "{period}" in name:
        owner = cat._countries.get(s.period_of or s.country or "")
        label, p_start, p_end = owner.period(on) if owner else ("", None, None)
        name = name.replace(" ({period})", label).replace("({period})", label.strip())
        start = max((d for d in (start, p_start) if d), default=None)
        end = min((d for d in (end, p_end) if d), default=None)
    return _actor_cached(name, s.inter, s.country, s.aliases, start, end, s.kind)


@functools.lru_cache(maxsize=4096)
def _actor_cached(name: str, inter: int, country: str | None, aliases: tuple[str, ...],
                  start: date | None, end: date | None, kind: str) -> Actor:
    return Actor(name, inter, country, aliases, start, end, kind)


# ------------------------------------------------------------------------------------ file loading


def _default_path() -> Path:
    return Path(str(resources.files("fogwatch") / "data" / "actors.toml"))


@functools.lru_cache(maxsize=1)
def _default_catalogue() -> ActorCatalogue:
    return _load(_default_path())


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise DataFileError(f"actor catalogue file {path} not found; reinstall fogwatch or pass an "
                            "existing catalogue file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"actor catalogue file {path} is not valid TOML ({exc}); fix the file "
                            "or restore it from the fogwatch package") from exc


def _load(path: Path) -> ActorCatalogue:
    root = _read_toml(path)
    documents = [(path, root)]
    for rel in root.get("include", []):
        sub = (path.parent / rel).resolve()
        documents.append((sub, _read_toml(sub)))
    countries = _countries(root, path)
    specs: list[_Spec] = []
    for doc_path, doc in documents:
        for n, entry in enumerate(doc.get("actor", [])):
            specs.append(_spec(entry, len(specs), f"{doc_path} actor #{n + 1}", countries))
    descriptive = root.get("descriptive", {})
    groups = root.get("groups", {})
    for table, value in (("descriptive", descriptive), ("groups", groups)):
        if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
            raise DataFileError(f"{path}: [{table}] must map names to lists of phrases")
    return ActorCatalogue(specs, countries, descriptive, groups, _ethnic_homes(root, path, countries))


def _ethnic_homes(root: Mapping[str, Any], path: Path,
                  countries: Mapping[str, Country]) -> dict[str, tuple[str, date | None]]:
    """``[ethnic_home]``: group = "Country", or group = {country = "Country", since = date} when ACLED
    took up the convention on a date."""
    table = root.get("ethnic_home", {})
    if not isinstance(table, dict):
        raise DataFileError(f"{path}: [ethnic_home] must map group names to ACLED country names")
    out: dict[str, tuple[str, date | None]] = {}
    for group, value in table.items():
        where = f"{path}: [ethnic_home] {group}"
        if isinstance(value, str):
            home, since = value, None
        elif isinstance(value, dict) and isinstance(value.get("country"), str) and set(value) <= {"country", "since"}:
            home = value["country"]
            since = _as_date(value["since"], where) if "since" in value else None
        else:
            raise DataFileError(f"{where}: write a country name or {{country = ..., since = ...}}")
        if home not in countries:
            raise DataFileError(f"{where}: unknown country {home!r}; use ACLED's country names")
        out[group] = (home, since)
    return out


def _countries(root: Mapping[str, Any], path: Path) -> dict[str, Country]:
    import pycountry

    names = {_ACLED_COUNTRY.get(c.name, getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    names.update(_EXTRA_COUNTRIES)
    table = root.get("country", {})
    demonyms = root.get("demonyms", {})
    continents = _continents(root, path)
    out: dict[str, Country] = {}
    for name in sorted(names | set(table)):
        entry = table.get(name, {})
        if not isinstance(entry, dict):
            raise DataFileError(f"{path}: [country.{name}] must be a table")
        try:
            periods = tuple(sorted(_as_date(d, f"{path}: country {name} periods") for d in entry.get("periods", [])))
            out[name] = Country(
                name=name,
                the=bool(entry.get("the", name in _THE_BY_DEFAULT)),
                demonyms=tuple(entry.get("demonyms", demonyms.get(name, []))),
                periods=periods,
                gangs=bool(entry.get("gangs", False)),
                military=tuple(n.lstrip("~") for n in entry.get("military", [])),
                police=tuple(n.lstrip("~") for n in entry.get("police", [])),
                government=tuple(n.lstrip("~") for n in entry.get("government", [])),
                ambiguous=frozenset(n[1:] for k in ("military", "police", "government")
                                    for n in entry.get(k, []) if n.startswith("~")),
                ethnic=tuple(_variants(v) for v in entry.get("ethnic", [])),
                clans=tuple(_clan_variants(v) for v in entry.get("clans", [])),
                pseudo=bool(entry.get("pseudo", False)),
                continent=continents.get(name),
                part_of=entry.get("part_of"),
                independence=_as_date(entry["independence"], f"{path}: country {name} independence")
                if "independence" in entry else None,
            )
        except (TypeError, AttributeError) as exc:
            raise DataFileError(f"{path}: [country.{name}] is malformed ({exc})") from exc
    for c in out.values():
        if c.part_of is not None and (c.part_of not in out or c.independence is None):
            raise DataFileError(f"{path}: [country.{c.name}] part_of needs a known country and an independence date")
    return out


def _continents(root: Mapping[str, Any], path: Path) -> dict[str, str]:
    table = root.get("continents", {})
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise DataFileError(f"{path}: [continents] must map continent names to lists of country names")
    return {country: continent for continent, names in table.items() for country in names}


def _variants(spec: str) -> tuple[str, tuple[str, ...]]:
    parts = [p.strip() for p in spec.split("|") if p.strip()]
    surfaces = list(dict.fromkeys(parts))
    return parts[0], tuple(surfaces)


_CLAN_LABEL = re.compile(r"\s+(?:Sub-)?Clan$")


def _clan_variants(spec: str) -> tuple[str, tuple[str, ...]]:
    """A clan's ACLED name and its written forms. ACLED writes a clan's lineage ("Hawiye-Habar
    Gedir-Ayr"); reports write any tail of it ("Habar Gedir Ayr", "Ayr"), so every tail after a
    hyphen is a form too (one-word tails of under three letters only with their parent). A name
    ending in " Clan" keeps that label where ACLED uses it for a lineage; "=" before a name turns the
    tails off (a tail such as "Weyne" is also a word of place names)."""
    fixed = spec.startswith("=")  # "=Name|form": only the forms listed (a tail is also a place word)
    name, surfaces = _variants(spec.lstrip("="))
    bare = _CLAN_LABEL.sub("", name)
    parts = bare.split("-")
    tails = ["-".join(parts[k:]) for k in range(len(parts))] if not fixed else [bare]
    tails = [t for t in tails if " " in t or "-" in t or len(t) >= 3 or t == bare]
    forms = [bare] + tails + [f for f in surfaces if f != name]
    return name, tuple(dict.fromkeys(forms))


def _as_date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DataFileError(f"{where}: {value!r} is not a date (write 2021-08-15)") from exc


_KNOWN_FIELDS = {"name", "inter", "country", "active_in", "aliases", "strict", "descriptive", "kind",
                 "valid_from", "valid_to", "period_of", "unidentified_when", "branch", "local_branch",
                 "unidentified_unless"}


def _spec(entry: Any, order: int, where: str, countries: Mapping[str, Country]) -> _Spec:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: each [[actor]] must be a table")
    unknown = set(entry) - _KNOWN_FIELDS
    if unknown:
        raise DataFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    name = entry.get("name")
    inter = entry.get("inter")
    if not isinstance(name, str) or not name.strip():
        raise DataFileError(f"{where}: missing actor name")
    if not isinstance(inter, int) or inter not in INTER_NAMES:
        raise DataFileError(f"{where} ({name}): inter must be an ACLED code 1-8, got {inter!r}")
    country = entry.get("country")
    if country is not None and country not in countries:
        raise DataFileError(f"{where} ({name}): unknown country {country!r}; use ACLED's country name")
    aliases = entry.get("aliases", [])
    strict = entry.get("strict", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise DataFileError(f"{where} ({name}): aliases must be a list of strings")
    missing = set(strict) - set(aliases)
    if missing:
        raise DataFileError(f"{where} ({name}): strict alias(es) {sorted(missing)} are not in aliases")
    if "{period}" in name and (entry.get("period_of") or country) not in countries:
        raise DataFileError(f"{where} ({name}): a name with {{period}} needs a country with periods")
    return _Spec(
        template=name,
        inter=inter,
        country=country,
        active_in=tuple(entry.get("active_in", [])),
        aliases=tuple(dict.fromkeys(aliases)),
        strict=frozenset(strict),
        descriptive=tuple(entry.get("descriptive", [])),
        kind=str(entry.get("kind", _DEFAULT_KIND[inter])),
        valid_from=_as_date(entry["valid_from"], where) if "valid_from" in entry else None,
        valid_to=_as_date(entry["valid_to"], where) if "valid_to" in entry else None,
        period_of=entry.get("period_of"),
        order=order,
        unidentified_when=_word_list(entry.get("unidentified_when", []), f"{where} ({name})"),
        branch=_branch(entry.get("branch"), f"{where} ({name})"),
        local_branch=entry.get("local_branch"),
        unidentified_unless=_word_list(entry.get("unidentified_unless", []), f"{where} ({name})"),
    )


def _branch(value: Any, where: str) -> str | None:
    if value is not None and (not isinstance(value, str) or "{place}" not in value):
        raise DataFileError(f"{where}: branch must be a name with {{place}} in it")
    return value


def _word_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: unidentified_when / unidentified_unless must be a list of words")
    return tuple(v.strip().lower() for v in value)


__all__ = ["Actor", "ActorCatalogue", "Country", "GENERIC", "INTER_NAMES", "Lexicon", "Phrase", "PhraseMatch",
           "phrase_keys", "word_keys"]
