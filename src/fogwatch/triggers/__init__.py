"""Event-trigger words ("clashes", "shot dead", "air strike", "took control of") and their class.

``find_triggers`` walks the tokens of an ``Analysis`` once (``scan``). A token whose lemma is in the
lexicon (``lexicon``: ``data/triggers.toml``, read once) or that starts a multi-word trigger
("suicide bomber", "peace deal") becomes a candidate; only candidates pay for the checks that
follow, local to the token's sentence (a report's domain, sport or business, is computed once and
only when asked). The word lists the checks read are data (``vocabulary``:
``data/trigger_senses.toml``).

* sense (``senses``): "fighting corruption", "heart attack", "shoot a film", "prices rallied",
  "March 3", a labour "strike" vs an air "strike", "capture" of a town (territory) vs of a person
  (arrest) vs of attention (nothing);
* figures of speech (``figurative``): a sports report's "attack", a business report's "price war";
* headline grammar (``headlines``): verbs the parser tags as nouns ("Residents lynch robber", "MRC
  kidnaps IEBC official") and "to death" phrases whose parse is lost ("Youth stone suspected thief
  to death");
* negation and modality (``modality``): "no clashes", "did not attack", "failed to capture";
  "denied carrying out the attack" (denied), "threatened to attack", "if talks fail"
  (hypothetical), "plans to", "will protest" (future).

Weak words (tear gas, gunshots, deaths, a sighting) are triggers only where nothing stronger in
their sentence reports the event. The classes are listed in ``record``.
"""

from __future__ import annotations

from .lexicon import LEXICON_PATH, Lexicon, Phrases, load_lexicon
from .record import ASSERTED, CLASSES, DENIED, FUTURE, HYPOTHETICAL, Trigger
from .scan import find_triggers

__all__ = [
    "ASSERTED", "CLASSES", "DENIED", "FUTURE", "HYPOTHETICAL", "LEXICON_PATH", "Lexicon", "Phrases",
    "Trigger", "find_triggers", "load_lexicon",
]  # fmt: skip
