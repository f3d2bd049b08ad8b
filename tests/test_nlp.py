import pytest

from fogwatch.nlp import split_chunks


def test_split_chunks_cover_text_exactly():
    text = ("word " * 50 + "\n") * 40
    chunks = split_chunks(text, limit=700)
    assert "".join(c for _, c in chunks) == text
    assert all(len(c) <= 700 for _, c in chunks)
    assert all(text[off : off + len(c)] == c for off, c in chunks)


def test_split_chunks_cuts_a_long_line_after_a_sentence_end():
    text = "Troops fought rebels near Goma. " * 40  # one line of 1,280 characters
    chunks = split_chunks(text, limit=1000)
    assert "".join(c for _, c in chunks) == text
    assert chunks[0][1].endswith("Goma. ")  # no sentence is cut in two


def test_split_chunks_cuts_a_long_line_without_breaks():
    text = "x" * 2500
    chunks = split_chunks(text, limit=1000)
    assert [len(c) for _, c in chunks] == [1000, 1000, 500]


def test_headline_line_is_its_own_sentence(nlp):
    text = "Rebels Seize Border Post\nRebels seized a border post on Monday, the army said."
    analysis = nlp.analyse(text)
    assert analysis.sentence_text(0) == "Rebels Seize Border Post"


@pytest.mark.parametrize(
    "text, second",
    [
        # the parser alone cuts the figure off as a sentence of its own ...
        ("Troops clashed with rebels near Butuan on March 30. 1 NPA was killed.", "1 NPA was killed."),
        # ... or glues it to the sentence before, after a date
        ("Troops raided a camp on May 2. 2 ASG were killed.", "2 ASG were killed."),
        ("Blast Hits Bus Station\n2 killed as a bomb hit the station.", "2 killed as a bomb hit the station."),
    ],
)
def test_a_sentence_opening_with_a_figure_keeps_its_figure(nlp, text, second):
    analysis = nlp.analyse(text)
    assert [analysis.sentence_text(i) for i in range(len(analysis.sentences))][1] == second


def test_offsets_slice_the_original_text(nlp):
    text = "  Police  arrested two men in Nairobi.\n\nThey were charged on Friday."
    analysis = nlp.analyse(text)
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text
    assert analysis.tokens[analysis.tokens[1].head].sent == analysis.tokens[1].sent


def test_long_text_is_analysed_in_chunks(nlp):
    sentence = "Troops fought rebels near the town of Goma on Tuesday. "
    text = (sentence * 30 + "\n") * 80  # about 130,000 characters, more than one chunk
    analysis = nlp.analyse(text)
    assert analysis.tokens[-1].end <= len(text)
    assert analysis.sentence_of(len(text) - 5) is not None
    assert all(text[t.start : t.end] == t.text for t in analysis.tokens[-50:])


def test_analysing_a_text_leaves_spacy_vocabulary_as_it_was(nlp):
    # a worker that reads millions of articles must not keep every new word it ever saw
    strings = nlp.spacy.vocab.strings
    nlp.analyse("Warm-up sentence so that the pipeline's own strings exist.")
    before = len(strings)
    analysis = nlp.analyse("Zorblatian militiamen stormed Quexvilleborough on Tuesday, the Drumvexa council said.")
    assert "Zorblatian" in {t.text for t in analysis.tokens}  # the records keep their own copies
    assert "Quexvilleborough" not in strings
    assert len(strings) == before


def test_spacy_lemma_cache_is_bounded(nlp, monkeypatch):
    import fogwatch.nlp as module

    cache = nlp.spacy.get_pipe("lemmatizer").cache
    monkeypatch.setattr(module, "LEMMA_CACHE_LIMIT", 5)
    nlp.analyse("Soldiers fought insurgents near the river crossing while villagers fled their homes.")
    assert len(cache) <= 5  # emptied once past the limit, so a worker's memory does not creep up
    nlp.analyse("Troops returned.")
    assert 0 < len(cache) <= 5 + 3


def test_a_bracket_glued_to_the_sentence_end_is_its_own_token(nlp):
    # coders' notes append "[size=...]" with no space; the place before it must stay a word of its own
    a = nlp.analyse("Traders staged a sit-in in Bobo-Dioulasso.[size=large]")
    words = [t.text for t in a.tokens]
    assert words[words.index("Dioulasso") + 1 : words.index("Dioulasso") + 3] == [".", "["]
    # brackets inside a sentence are split as spaCy always did
    assert [t.text for t in nlp.analyse("He said [inaudible] and left.").tokens][:4] == ["He", "said", "[", "inaudible"]


def test_words_met_in_a_second_text_stay_in_spacy_vocabulary(nlp, monkeypatch):
    # common words are kept for good (tokenising inside a memory zone rebuilds every new word);
    # words met once are still dropped, and the kept words never change an analysis
    import fogwatch.nlp as module

    strings = nlp.spacy.vocab.strings
    first = nlp.analyse("Blorvandic raiders torched Snelgrave granaries overnight.")
    assert "Blorvandic" not in strings and "Snelgrave" not in strings
    second = nlp.analyse("Blorvandic raiders torched Snelgrave granaries overnight.")
    assert "Blorvandic" in strings and "Snelgrave" in strings
    assert second == first
    monkeypatch.setattr(module, "KEEP_WORDS_LIMIT", 0)
    nlp.analyse("Quorvish herders met Quorvish elders.")
    nlp.analyse("Quorvish herders met Quorvish elders.")
    assert "Quorvish" not in strings  # past the limit nothing more is kept
