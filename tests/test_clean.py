from fogwatch.clean import BYLINE, DATELINE, HEADLINE, TEASER, clean

ARTICLE = (
    "Gunmen Storm Market Town\n"
    "MAIDUGURI, Nigeria (AFP) - Gunmen attacked a market on Sunday, residents said.\n"
    "By Amina Bello and John Okafor\n"
    "Related: Floods displace thousands in the north-east\n"
    "The attackers fled into the forest after the raid, a local official told reporters.\n"
)


def kinds(text):
    return [(m.kind, text[m.start : m.end]) for m in clean(text).marks]


def test_marks_headline_dateline_byline_and_teaser():
    found = kinds(ARTICLE)
    assert (HEADLINE, "Gunmen Storm Market Town") in found
    assert (DATELINE, "MAIDUGURI, Nigeria (AFP) - ") in found
    assert (BYLINE, "By Amina Bello and John Okafor") in found
    assert (TEASER, "Related: Floods displace thousands in the north-east") in found


def test_body_sentences_are_not_marked():
    marked = clean(ARTICLE)
    body = ARTICLE.index("The attackers fled")
    assert not marked.is_marked(body, body + 10)


def test_text_is_never_changed_and_offsets_hold():
    cleaned = clean(ARTICLE)
    assert cleaned.text == ARTICLE
    for mark in cleaned.marks:
        assert 0 <= mark.start < mark.end <= len(ARTICLE)


def test_read_also_teaser_with_colon():
    text = "Fighting went on all night.\nRead Also: Donors pledge aid for refugees\nMore fighting followed."
    assert (TEASER, "Read Also: Donors pledge aid for refugees") in kinds(text)


def test_last_line_is_never_a_headline():
    assert kinds("Troops clashed with rebels near the border\n") == []


def test_skip_returns_only_requested_kinds():
    cleaned = clean(ARTICLE)
    teasers = cleaned.skip([TEASER])
    assert len(teasers) == 1
    assert ARTICLE[teasers[0][0] : teasers[0][1]].startswith("Related:")
