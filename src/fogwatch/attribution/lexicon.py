"""Word lists of attribution: cue verbs and their content frames, role nouns, outlets, pronouns.

The lists are general English (reporting, cognition and stance verbs as catalogued in the
attribution literature), not tuned to any article. Verbs of physical force ("attack", "blast") are
left out: in conflict news they describe events, not statements. Each cue lemma declares which
complements may carry its content, because a verb such as "see" or "know" is an attribution only
with a clause ("officials know that ...") while "deny" or "announce" also takes a noun phrase
("denied the report")."""

from __future__ import annotations

import re

# Content frames of a cue verb: which dependants may hold what was said.
CLAUSE = frozenset({"ccomp"})  # "X said (that) ..."
CLAUSE_OR_INF = frozenset({"ccomp", "xcomp"})  # "X promised to ..."
CLAUSE_OR_NP = frozenset({"ccomp", "xcomp", "dobj"})  # "X denied the report" / "X denied that ..."

# Verbs of saying whose complement is the statement itself. Cue group "speech" of the evaluation is
# say / tell / according to; the others are communication verbs of the same frame.
SPEECH_LEMMAS = frozenset({"say", "tell"})

_CLAUSE_VERBS = """
say tell add state write note explain insist reply respond answer assert contend maintain stress
emphasize emphasise reiterate repeat recall remark comment observe mention argue suggest indicate imply hint
conclude predict estimate report tweet post declare acknowledge admit concede agree disagree
believe think know feel fear hope expect doubt worry wonder suspect assume realize realise understand
learn hear find show reveal disclose confirm claim allege deny announce warn caution complain boast
brag joke lament testify assure reassure inform notify remind counter retort charge speculate
signal concur recount describe email text shout yell chant
""".split()

_NP_VERBS = """
deny announce confirm reveal report claim propose criticize criticise condemn denounce praise blame
support oppose endorse reject dismiss question challenge defend welcome cite tout highlight accept
demand urge promise pledge vow threaten express voice acknowledge admit discuss mention describe
slam mock tweet write want plan seek favor favour back prefer
recommend advocate applaud hail decry dispute refute rebut disclose estimate predict call
""".split()

CUE_FRAMES: dict[str, frozenset[str]] = {}
for _lemma in _CLAUSE_VERBS:
    CUE_FRAMES[_lemma] = CLAUSE_OR_INF
for _lemma in _NP_VERBS:
    CUE_FRAMES[_lemma] = CLAUSE_OR_NP
# cognition verbs are attributions only with a clause: "they know that ..." but not "they know him"
for _lemma in "know see hear learn feel understand realize realise find show think believe".split():
    CUE_FRAMES[_lemma] = CLAUSE

# Verbs whose content sits in a prepositional object: "accused X of Y", "warned of Y".
PREP_CONTENT: dict[str, frozenset[str]] = {
    "accuse": frozenset({"of"}),
    "warn": frozenset({"of", "about", "against"}),
    "talk": frozenset({"about", "of"}),
    "speak": frozenset({"about", "of"}),  # not "on": "spoke on condition of anonymity"
    "complain": frozenset({"about", "of"}),
    "call": frozenset({"for", "on"}),
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "comment": frozenset({"on"}),
    "insist": frozenset({"on"}),
    "argue": frozenset({"for", "against"}),
    "boast": frozenset({"about", "of"}),
    "worry": frozenset({"about"}),
    "blame": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "push": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "testify": frozenset({"about", "on"}),
    "apologize": frozenset({"for"}),
    "vow": frozenset({"to"}),
}

# spaCy's small model lemmatises a few inflected cue forms wrongly ("hopes" -> "hop").
LEMMA_FIXES = {"hop": "hope", "retweete": "retweet", "criticis": "criticise"}

# Nouns naming a speaker by function ("a spokesperson for the NRF", "an official source").
ROLE_NOUNS = frozenset(
    """
spokesperson spokesman spokeswoman spokespeople official officials source sources commander commanders
minister ministers president premier governor mayor chief head leader leaders general colonel
lieutenant major captain officer officers secretary ambassador envoy diplomat diplomats negotiator
representative representatives member members lawmaker lawmakers senator senators deputy adviser
advisor aide aides analyst analysts expert experts witness witnesses resident residents activist
activists director chairman chairwoman chair founder councillor councilor administrator prosecutor
judge lawyer attorney doctor doctors medic medics worker workers journalist journalists reporter
reporters correspondent correspondents fighter fighters militant militants soldier soldiers
policeman official-source insider insiders observer observers monitor monitors
""".split()
)

# Ranks and honorifics: part of a name's title, never the speaker's role ("Brigadier General X").
TITLES = frozenset(
    """mr mrs ms dr sen rep gen col lt maj capt sgt gov general brigadier colonel lieutenant major captain
    sergeant corporal superintendent inspector marshal admiral commodore sheikh mullah maulana imam""".split()
)

# Nouns naming a collective actor ("the group said", "the ministry said").
GROUP_NOUNS = frozenset(
    """
group groups government ministry army military forces force police militia movement front party
administration authorities authority agency council committee command office organization
organisation coalition alliance rebels insurgents side sides campaign company commission
""".split()
)

# Collective nouns that, with "the", point back to a group named earlier ("the group said"), unlike
# "the army" or "the police", which name an actor of their own.
ANAPHORIC_GROUPS = frozenset(
    "group groups organization organisation movement outfit faction alliance coalition militia rebels "
    "insurgents militants side".split()
)

# Nouns naming a news outlet by type ("the newspaper reported").
OUTLET_NOUNS = frozenset(
    "newspaper paper outlet agency broadcaster daily weekly channel network website magazine wire".split()
)

# Well-known outlets and wire services; names ending in a press word are caught by OUTLET_NAME_RE.
OUTLETS = frozenset(
    """
cnn bbc reuters afp ap associated press al jazeera aljazeera xinhua tass ria novosti interfax anadolu
bloomberg politico axios npr pbs msnbc cnbc fox nbc abc cbs sky dpa efe ansa kyodo yonhap irna
isna fars tasnim mehr tolonews tolo pajhwok ariana dawn geo voa rferl rfe/rl bernama antara
""".split()
)

OUTLET_NAME_RE = re.compile(
    r"\b(News|Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Independent|Observer|"
    r"Chronicle|Agency|TV|Television|Radio|Press|Wire|Daily|Broadcasting|Network|Magazine|"
    r"Review|Report|Hill|Economist|Insider|Monitor|Express|Mail|Mirror|Standard|Today)\b"
)

# Whole multiword outlet names that the single-word list cannot catch.
OUTLET_PHRASES = frozenset(
    {
        "associated press",
        "al jazeera",
        "the hill",
        "yahoo news",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the guardian",
        "agence france-presse",
        "agence france presse",
        "voice of america",
        "radio free europe",
    }
)

PERSONAL_PRONOUNS = {
    "he": "male",
    "him": "male",
    "she": "female",
    "her": "female",
    "they": "plural",
    "them": "plural",
    "it": "neuter",
    "we": "first",
    "i": "first",
}

# Determiners of a nominal that points back to something already mentioned.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})

# Subjects that are never speakers (expletives, dummy subjects).
# ("it" is a speaker: "It said ...", "It accused the RSF ..."; cue verbs take no expletive subject.)
NON_SPEAKERS = frozenset({"there", "this", "that", "what", "which"})


def cue_lemma(lemma: str) -> str:
    low = lemma.lower()
    return LEMMA_FIXES.get(low, low)


def is_outlet_name(text: str) -> bool:
    """Whether a proper name names a news outlet ("CNN", "The Hill", "Tolo News")."""
    low = text.lower().strip()
    if low in OUTLET_PHRASES or low in OUTLETS:
        return True
    bare = low[4:] if low.startswith("the ") else low
    if bare in OUTLETS or bare in OUTLET_PHRASES:
        return True
    return bool(OUTLET_NAME_RE.search(text)) and text[:1].isupper()
