"""ACLED sub-event type of a short text: a linear classifier scored in numpy, plus trigger rules.

The model is a multinomial logistic regression over two TF-IDF blocks (sublinear tf, l2-normalised
each, as scikit-learn's ``TfidfVectorizer`` inside a ``FeatureUnion``):

* stemmed word unigrams and bigrams (numbers folded to ``<num>``), and
* character 3-5-grams inside word boundaries (``char_wb``), digits folded to ``0``.

It is trained by ``scripts/train_event_types.py`` (scikit-learn is a development dependency only);
the vocabulary, idf, coefficients and intercepts ship in ``data/event_types.npz`` and are scored here
with numpy. The feature functions below are the ones the training script uses, so training and
prediction cannot drift apart.

``type_event`` combines the model with a trigger's rule class (``fogwatch.triggers``): the rule
decides where the trigger is unambiguous (a suicide bombing is "Suicide bomb" whatever else the
sentence says), restricts the choice where it is partly ambiguous (a protest trigger is a protest or
a riot, never an air strike), and ACLED's coding rules are applied on top (territory is "overtaken"
only with lasting control; a demonstration is violent only when demonstrators are).
"""

from __future__ import annotations

import functools
import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from .errors import DataFileError
from .taxonomy import ALL_SUB_EVENT_TYPES, EVENT_TYPE_OF
from .triggers import Trigger

DEFAULT_MODEL_PATH: Final = Path(__file__).parent / "data" / "event_types.npz"
FORMAT_VERSION: Final = 1

# --------------------------------------------------------------------------- text normalisation

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,?\s*\d{4})?"
    r"|\d{4})"
)
# Coders' summaries open with the date ("On 3 May 2020, ..."); news sentences rarely do, and a date
# says nothing about the kind of event, so it is dropped rather than learnt.
_LEAD_DATE = re.compile(
    r"^\s*(?:(?:on|around|between|from|by|in|during|overnight|since|at an unspecified time|sometime)"
    r"\b[^,.;]{0,60}?)?" + _DATE + r"(?:\s*\([^)]{0,60}\))?\s*[,.:]\s*",
    re.I,
)
# ACLED coders prefix some strategic developments with a tag ("Movement of forces:", "Other:") that
# restates the label; news prose never has it, so a model that leant on it would not generalise.
_CODER_TAG = re.compile(
    r"^\s*(?:movement of forces|other|property (?:seizure/)?destruction|destruction of property|"
    r"looting|displacement|non-violent activity|defusal|weapons seizure|interception|arrests?|"
    r"security measures|agreement|change to armed group|formation of armed group|detonation|"
    r"strikes?|recruitment|land seizure|mass grave|elections/referendum|coup/military takeover|"
    r"explosive remnants of war|training|abduction|raid|headquarters or base established|"
    r"non-violent transfer of territory)\s*:\s*",
    re.I,
)
# "[size=no report]": ACLED's crowd-size tag, only on demonstrations
_SIZE_TAG = re.compile(r"\[\s*size\s*=[^\]]*\]", re.I)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Drop ACLED boilerplate that news prose does not have (size tag, coder tag, leading date)."""
    text = _SIZE_TAG.sub(" ", text)
    text = _CODER_TAG.sub("", text, count=1)
    return _LEAD_DATE.sub("", text, count=1)


# Irregular forms common in conflict reporting; regular ones are handled by ``stem``.
_IRREGULAR: Final = {
    "shot": "shoot", "fought": "fight", "burnt": "burn", "stole": "steal", "stolen": "steal",
    "took": "take", "taken": "take", "beaten": "beat", "threw": "throw", "thrown": "throw",
    "fled": "flee", "led": "lead", "held": "hold", "men": "man", "women": "woman",
    "children": "child", "blew": "blow", "blown": "blow", "caught": "catch", "broke": "break",
    "broken": "break", "ran": "run", "seized": "seiz", "killed": "kill", "struck": "strike",
    "hid": "hide", "hidden": "hide", "slain": "slay", "overran": "overrun", "overrunning": "overrun",
}  # fmt: skip


def stem(word: str) -> str:
    """A light suffix stripper: "rioted", "rioting", "riots" -> "riot"; "injured" -> "injur".

    Cheaper than a lemmatiser and good enough to let headline-style present tense ("police kill")
    share features with summary-style past tense ("police killed").
    """
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        return irregular
    if len(word) <= 4:
        return word
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
        if word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
        if word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    elif word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("shes", "ches", "xes", "sses")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if word.endswith("y") and len(word) > 4:
        word = word[:-1] + "i"
    return word


def word_features(text: str) -> list[str]:
    """Stemmed word unigrams and bigrams of ``text`` (already cleaned and lower-cased)."""
    stems = ["<num>" if w[0].isdigit() else stem(w) for w in _WORD.findall(text)]
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:])]


def char_features(text: str) -> list[str]:
    """Character 3-5-grams of each space-padded word (scikit-learn's ``char_wb``), digits as 0."""
    grams: list[str] = []
    append = grams.append
    for word in _DIGIT.sub("0", text).split():
        padded = f" {word} "
        size = len(padded)
        for n in (3, 4, 5):
            if size <= n:
                # a word no longer than n yields itself once, and no longer grams
                append(padded)
                break
            for i in range(size - n + 1):
                append(padded[i : i + n])
    return grams


def analyse(text: str) -> tuple[list[str], list[str]]:
    """Both feature blocks of ``text``: (word features, character features)."""
    cleaned = _SPACES.sub(" ", clean_text(text)).lower()
    return word_features(cleaned), char_features(cleaned)


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class TypePrediction:
    event_type: str
    sub_event_type: str
    probability: float


@dataclass(frozen=True, slots=True)
class _Block:
    index: dict[str, int]  # feature -> its position in the block
    idf: np.ndarray  # float32, one per feature of the block
    offset: int  # row of the block's first feature in the coefficient matrix


class EventTypeModel:
    """The trained classifier. Load it once with ``EventTypeModel.load()`` and pass it around."""

    __slots__ = ("_blocks", "_coef", "_intercept", "classes", "meta", "_event_types", "_column")

    def __init__(
        self,
        blocks: tuple[_Block, _Block],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: tuple[str, ...],
        meta: dict[str, object],
    ):
        self._blocks = blocks
        self._coef = coef  # (n_features, n_classes) float32, word rows first, then char rows
        self._intercept = intercept
        self.classes = classes
        self.meta = meta
        self._event_types = tuple(EVENT_TYPE_OF[c] for c in classes)
        self._column = {c: i for i, c in enumerate(classes)}

    # ---- loading

    @classmethod
    def load(cls, path: Path | None = None) -> EventTypeModel:
        """The model at ``path`` (default: the bundled one), read once and cached."""
        return _load_cached(Path(path) if path is not None else DEFAULT_MODEL_PATH)

    @classmethod
    def _read(cls, path: Path) -> EventTypeModel:
        advice = (
            "reinstall fogwatch, or rebuild it with `python scripts/train_event_types.py` "
            "(needs scikit-learn and the ACLED training file)"
        )
        if not path.is_file():
            raise DataFileError(f"event-type model not found at {path}; {advice}")
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode("utf-8"))
                if meta.get("format_version") != FORMAT_VERSION:
                    raise DataFileError(
                        f"event-type model {path} has format {meta.get('format_version')!r}, "
                        f"this fogwatch reads format {FORMAT_VERSION}; {advice}"
                    )
                classes = tuple(_split_terms(data["classes"]))
                word_terms = _split_terms(data["word_vocab"])
                char_terms = _split_terms(data["char_vocab"])
                word_idf = data["word_idf"].astype(np.float32)
                char_idf = data["char_idf"].astype(np.float32)
                scale = data["coef_scale"].astype(np.float32)
                coef = data["coef_q"].astype(np.float32) * scale[None, :]
                intercept = data["intercept"].astype(np.float32)
        except DataFileError:
            raise
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
            raise DataFileError(f"event-type model {path} is unreadable ({exc}); {advice}") from exc
        n_word, n_char = len(word_terms), len(char_terms)
        unknown = [c for c in classes if c not in EVENT_TYPE_OF]
        if (
            unknown
            or coef.shape != (n_word + n_char, len(classes))
            or word_idf.shape != (n_word,)
            or char_idf.shape != (n_char,)
            or intercept.shape != (len(classes),)
        ):
            raise DataFileError(
                f"event-type model {path} is inconsistent (shapes or class names: {unknown}); {advice}"
            )
        blocks = (
            _Block({t: i for i, t in enumerate(word_terms)}, word_idf, 0),
            _Block({t: i for i, t in enumerate(char_terms)}, char_idf, n_word),
        )
        return cls(blocks, coef, intercept, classes, meta)

    # ---- scoring

    def _rows(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature rows and their tf-idf weights (each block l2-normalised) for one text."""
        rows_all: list[np.ndarray] = []
        weights_all: list[np.ndarray] = []
        for block, features in zip(self._blocks, analyse(text)):
            counts = Counter(features)
            index = block.index
            rows = [index.get(f, -1) for f in counts]
            known = [(r, c) for r, c in zip(rows, counts.values()) if r >= 0]
            if not known:
                continue
            idx = np.fromiter((r for r, _ in known), dtype=np.int64, count=len(known))
            tf = np.fromiter((c for _, c in known), dtype=np.float32, count=len(known))
            w = (1.0 + np.log(tf)) * block.idf[idx]
            w /= np.sqrt(np.dot(w, w))
            rows_all.append(idx + block.offset)
            weights_all.append(w)
        if not rows_all:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(rows_all), np.concatenate(weights_all)

    def probabilities(self, text: str) -> np.ndarray:
        """Probability of each class in ``self.classes`` for ``text``."""
        rows, weights = self._rows(text)
        logits = self._intercept + weights @ self._coef[rows]
        return _softmax(logits)

    def predict(self, text: str) -> TypePrediction:
        return self._prediction(self.probabilities(text))

    def predict_many(self, texts: Sequence[str]) -> list[TypePrediction]:
        return [self.predict(t) for t in texts]

    def _restricted(self, probs: np.ndarray, allowed: Sequence[str]) -> TypePrediction:
        """The most probable of ``allowed``, its probability renormalised over ``allowed``."""
        cols = [self._column[c] for c in allowed if c in self._column]
        if not cols:
            return self._prediction(probs)
        sub_probs = probs[cols]
        best = int(np.argmax(sub_probs))
        total = float(sub_probs.sum())
        col = cols[best]
        return TypePrediction(
            self._event_types[col], self.classes[col], float(sub_probs[best]) / total if total > 0 else 0.0
        )

    def _prediction(self, probs: np.ndarray) -> TypePrediction:
        best = int(np.argmax(probs))
        return TypePrediction(self._event_types[best], self.classes[best], float(probs[best]))


# --------------------------------------------------------------------------- trigger rules

RULE_CONFIDENCE: Final = 0.9  # reported probability when an unambiguous trigger decides alone

_EXPLOSIONS = (
    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Air/drone strike",
    "Shelling/artillery/missile attack", "Disrupted weapons use",
)
_VIOLENT_TYPES = (
    "Attack", "Armed clash", "Mob violence", "Violent demonstration", "Excessive force against protesters",
    "Government regains territory", "Non-state actor overtakes territory", "Sexual violence",
    "Abduction/forced disappearance", "Looting/property destruction", *_EXPLOSIONS,
)
_PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
_TERRITORY = (
    "Non-state actor overtakes territory", "Government regains territory",
    "Non-violent transfer of territory", "Armed clash",
)

# trigger class -> the sub-event types it allows; one allowed type means the rule decides alone
_ALLOWED: Final[dict[str, tuple[str, ...]]] = {
    "suicide_bomb": ("Suicide bomb",),
    "airstrike": ("Air/drone strike",),
    "abduction": ("Abduction/forced disappearance",),
    "sexual_violence": ("Sexual violence",),
    "grenade": ("Grenade",),
    "ied": ("Remote explosive/landmine/IED",),
    "weapons_seizure": ("Disrupted weapons use",),
    "base": ("Headquarters or base established",),
    "agreement": ("Agreement",),
    "negotiation_failure": ("Other",),
    "shelling": ("Shelling/artillery/missile attack", "Armed clash", "Air/drone strike"),
    "explosion": _EXPLOSIONS,
    "clash": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
              "Violent demonstration", "Mob violence", "Attack"),
    "attack": _VIOLENT_TYPES,
    "killing": _VIOLENT_TYPES,
    "violence": _VIOLENT_TYPES,
    "protest": (*_PROTEST_TYPES, "Violent demonstration"),
    "riot": ("Violent demonstration", "Mob violence"),
    "mob": ("Mob violence", "Violent demonstration"),
    "arson": ("Violent demonstration", "Mob violence", "Attack", "Looting/property destruction", "Armed clash"),
    "looting": ("Looting/property destruction", "Violent demonstration", "Mob violence", "Attack"),
    "arrest": ("Arrests", "Protest with intervention", "Excessive force against protesters",
               "Abduction/forced disappearance"),
    "territory_gain": _TERRITORY,
    "territory_loss": _TERRITORY,
    "group_change": ("Change to group/activity", "Non-violent transfer of territory", "Other"),
}  # fmt: skip

# ACLED: a demonstration is violent when the demonstrators are (stones, arson, vandalism, barricades
# of burning tyres, clashes); violence only by the police against them is not enough.
_DEMONSTRATOR_VIOLENCE = re.compile(
    r"\b(?:ston(?:e|ed|es|ing)|pelt|hurl|threw|throw|torch|burn(?:t|ed|ing)?\b|set (?:\w+ )?(?:on )?fire|"
    r"ablaze|vandal|loot|smash|ransack|destroy|damag|barricad|clash|riot|violen|attack|petrol bomb|"
    r"molotov|beat|injur(?:ed|ing) (?:a |two |several )?(?:police|officer))",
    re.I,
)
# "overtakes territory" needs lasting control; a raid that withdraws is a clash
_TEMPORARY_CONTROL = re.compile(
    r"\b(?:briefly|temporarily|for (?:a few|several) hours|(?:later|then|before) (?:withdr|retreat|pull)|"
    r"withdrew (?:later|shortly)|were (?:repelled|repulsed|pushed back)|failed to (?:capture|take|seize))",
    re.I,
)
_CHEMICAL = re.compile(r"\b(?:chemical (?:weapon|attack|agent)|chlorine gas|sarin|mustard gas|nerve agent)", re.I)


def type_event(trigger: Trigger, context: str, model: EventTypeModel) -> TypePrediction:
    """ACLED type of the event that ``trigger`` reports, given its ``context`` (its sentence(s)).

    An unambiguous trigger class decides alone; otherwise the model chooses among the sub-event
    types the class allows, after ACLED's rules narrow them: a protest is a violent demonstration
    only if the text says the demonstrators were violent, and territory is overtaken or regained
    only with lasting control. An unknown class leaves the model free.
    """
    allowed = _ALLOWED.get(trigger.cls, ALL_SUB_EVENT_TYPES)
    if trigger.cls in ("explosion", "shelling", "attack") and _CHEMICAL.search(context):
        return TypePrediction(EVENT_TYPE_OF["Chemical weapon"], "Chemical weapon", RULE_CONFIDENCE)
    if trigger.cls == "protest" and not _DEMONSTRATOR_VIOLENCE.search(context):
        allowed = _PROTEST_TYPES
    if trigger.cls in ("territory_gain", "territory_loss") and _TEMPORARY_CONTROL.search(context):
        allowed = ("Armed clash",)
    if len(allowed) == 1:
        sub = allowed[0]
        return TypePrediction(EVENT_TYPE_OF[sub], sub, RULE_CONFIDENCE)
    probs = model.probabilities(context)
    return model._restricted(probs, allowed)


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max())
    return z / z.sum()


def _split_terms(array: np.ndarray) -> list[str]:
    raw = bytes(array).decode("utf-8")
    return raw.split("\n") if raw else []


def join_terms(terms: Sequence[str]) -> np.ndarray:
    """Terms as one ``uint8`` array of newline-joined UTF-8 (compact, and loads without pickle)."""
    if any("\n" in t for t in terms):
        raise ValueError("a term contains a newline")
    return np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path) -> EventTypeModel:
    return EventTypeModel._read(path)


__all__ = [
    "DEFAULT_MODEL_PATH",
    "EventTypeModel",
    "TypePrediction",
    "analyse",
    "char_features",
    "clean_text",
    "stem",
    "type_event",
    "word_features",
]
