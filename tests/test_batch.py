import json

from fogwatch.batch import BadLine, BatchSummary, read_articles, result_line, run_batch
from fogwatch.records import Article, ArticleInfo, ArticleResult


def fake_extract(articles):
    for a in articles:
        yield ArticleResult(article=ArticleInfo(a.id, a.title, a.published, a.outlet, a.url))


LINES = [
    b'{"id": "a", "text": "First report.", "published": "2021-09-03"}\n',
    b"not json\n",
    b'{"id": "b"}\n',
    b'{"id": "c", "text": "bad bytes \xff here"}\n',
    b"\n",
    b'{"id": "d", "text": "Fourth.", "published": "03/09/2021"}\n',
    b'{"id": "a", "text": "Same id again."}\n',
    b'{"text": "No id given."}\n',
]


def test_every_line_gets_one_result_in_order():
    results = list(run_batch(read_articles(LINES), fake_extract))
    ids = [r.article.id for r in results]
    assert ids == ["a", "line-2", "b", "line-4", "d", "a", "line-8"]
    errors = [r.error.code if r.error else None for r in results]
    assert errors == [None, "bad_json", "missing_text", "bad_encoding", "bad_published", "duplicate_id", None]


def test_error_messages_name_the_line_and_the_fix():
    items = list(read_articles(LINES))
    bad = [i for i in items if isinstance(i, BadLine)]
    assert all(b.problem.message.startswith(f"line {b.line}:") for b in bad)
    encoding = next(b for b in bad if b.problem.code == "bad_encoding")
    assert "UTF-8" in encoding.problem.message


def test_published_is_parsed():
    first = next(iter(read_articles(LINES[:1])))
    assert isinstance(first, Article)
    assert first.published.isoformat() == "2021-09-03"


def test_summary_counts():
    summary = BatchSummary()
    for r in run_batch(read_articles(LINES), fake_extract):
        summary.add(r)
    assert (summary.total, summary.ok, summary.failed) == (7, 2, 5)


def test_result_line_is_contract_json_without_null_error():
    line = result_line(next(fake_extract([Article(id="x", text="t")])))
    data = json.loads(line)
    assert set(data) >= {"article", "events", "claims", "contradictions"}
    assert "error" not in data
