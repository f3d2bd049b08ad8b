"""The trigger lexicon (``data/triggers.toml``): one-word triggers and multi-word phrases, read once."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from ..errors import DataFileError

# parts of speech as the parser names them
NOUN: Final = "NOUN"
VERB: Final = "VERB"
ADJ: Final = "ADJ"
PROPN: Final = "PROPN"
NOUN_POS: Final = frozenset({NOUN, PROPN})

LEXICON_PATH: Final = Path(__file__).parent.parent / "data" / "triggers.toml"
_POS_NAMES: Final = MappingProxyType({"noun": NOUN, "propn": PROPN, "verb": VERB, "adj": ADJ})

# One-word triggers: lemma -> (class, parts of speech, sense check or "").
Lexicon = Mapping[str, tuple[str, frozenset[str], str]]
# Multi-word triggers by first lemma: (lemmas, class, index of the head word).
Phrases = Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> tuple[Lexicon, Phrases]:
    """The trigger lexicon of ``data/triggers.toml`` (read once per path)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"cannot read the trigger lexicon {path}: {exc}; reinstall fogwatch") from exc
    words: dict[str, tuple[str, frozenset[str], str]] = {}
    for lemma, entry in data.get("words", {}).items():
        try:
            pos = frozenset(_POS_NAMES[name] for name in entry["pos"].split())
            words[lemma] = (entry["class"], pos, entry.get("sense", ""))
        except KeyError as exc:
            raise DataFileError(f"{path}: trigger {lemma!r} lacks or misnames {exc} "
                                "(class, pos: noun propn verb adj)") from exc
    phrases: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for entry in data.get("phrases", []):
        lemmas = tuple(entry["words"].split())
        if entry["head"] not in lemmas:
            raise DataFileError(f"{path}: phrase {entry['words']!r} has head {entry['head']!r}, not one of its words")
        phrases.setdefault(lemmas[0], []).append((lemmas, entry["class"], lemmas.index(entry["head"])))
    return MappingProxyType(words), MappingProxyType({k: tuple(v) for k, v in phrases.items()})


# read once at import: every trigger pass looks words up here
LEXICON, PHRASES = load_lexicon()
