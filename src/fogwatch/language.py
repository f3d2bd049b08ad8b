"""Is an article written in English? fogwatch's models only read English; other languages are
reported, never coded (coding them would produce confident garbage).

Function words are the most reliable cheap signal: every English text of a few sentences is full of
"the", "of", "and", while a French or Swahili text is full of its own. Scripts other than Latin are
recognised by their Unicode blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on with was as by at from were said have has it".split()),
    "fr": frozenset("le la les des et est dans une pour que sur par qui au aux du ont".split()),
    "es": frozenset("el la los las de y en que por con para una del se fue han según".split()),
    "pt": frozenset("o a os as de e em que por com para uma do da foi não segundo".split()),
    "de": frozenset("der die das und ist nicht mit von den dem ein eine zu auf für wurde".split()),
    "it": frozenset("il lo la gli le di e che per con una del della sono è stato".split()),
    "sw": frozenset("na ya wa kwa katika ni la za kuwa hiyo wake watu huo".split()),
    "id": frozenset("yang dan di dari ini itu dengan untuk tidak pada dalam oleh".split()),
    "tr": frozenset("ve bir bu da de için ile olarak çok daha sonra gibi".split()),
    "nl": frozenset("de het een en van in is op te dat niet met zijn voor".split()),
}
_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "sw": "Swahili", "id": "Indonesian", "tr": "Turkish", "nl": "Dutch",
}
_SCRIPTS = {
    "ARABIC": ("ar", "Arabic script"),
    "CYRILLIC": ("ru", "Cyrillic script"),
    "CJK": ("zh", "Chinese/Japanese script"),
    "HIRAGANA": ("ja", "Japanese script"),
    "KATAKANA": ("ja", "Japanese script"),
    "HANGUL": ("ko", "Korean script"),
    "DEVANAGARI": ("hi", "Devanagari script"),
    "BENGALI": ("bn", "Bengali script"),
    "HEBREW": ("he", "Hebrew script"),
    "THAI": ("th", "Thai script"),
    "ETHIOPIC": ("am", "Ethiopic script"),
    "MYANMAR": ("my", "Myanmar script"),
    "GREEK": ("el", "Greek script"),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Enough text to judge; scanning more only costs time.
_SAMPLE_CHARS = 5_000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 code, or "und" when there is too little text to tell
    name: str
    confidence: float

    @property
    def is_english(self) -> bool:
        return self.code == "en"


def detect_language(text: str) -> LanguageGuess:
    sample = text[:_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return LanguageGuess("und", "undetermined", 0.0)
    scripts = Counter(_script(c) for c in letters)
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count / len(letters) > 0.5:
        code, name = _SCRIPTS.get(script, ("und", f"{script.title()} script"))
        return LanguageGuess(code, name, count / len(letters))
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return LanguageGuess("und", "undetermined", 0.0)
    scores = {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 0.04:
        # headlines and lists have few function words: give English the benefit of the doubt only
        # when no other language scores either
        return (LanguageGuess("en", _LANGUAGE_NAMES["en"], 0.3) if len(words) < 40
                else LanguageGuess("und", "undetermined", 0.0))
    return LanguageGuess(best, _LANGUAGE_NAMES[best], scores[best])


def _script(char: str) -> str:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "UNKNOWN"
    first = name.split(" ", 1)[0]
    return "CJK" if first in ("CJK",) else first
