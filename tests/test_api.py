"""The REST API over a temp SQLite store filled with hand-built results (no pipeline: a fake extractor)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "store"))
from store_builders import article_and_result, claim, event  # noqa: E402

from fogwatch.api import RateLimit, create_app  # noqa: E402
from fogwatch.records import ArticleInfo, ArticleResult, Contradiction  # noqa: E402
from fogwatch.store import Store  # noqa: E402

TOKEN = "s3cret-token"
XSS = 'Fighting <script>alert(1)</script> in <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>.'


def fill(db: Path) -> None:
    with Store.open(db) as store:
        for n in range(5):
            country = "Ruritania" if n < 3 else "Freedonia"
            store.add_result(*article_and_result(
                f"a{n}", f"Report number {n}: fighting near Millbrook left three dead, a spokeswoman said.",
                events=(event("e1", country=country, event_date=dt.date(2023, 5, 1 + n),
                              actor1="Rebel Front" if n % 2 == 0 else "Hill Militia"),),
                claims=(claim("c1"), claim("c2", party="Military Forces of Ruritania", quantity=None)),
                contradictions=(Contradiction(("c1", "c2"), "casualties", "12 killed vs none"),) if n == 0 else ()))
        store.add_result(*article_and_result("xss", XSS, events=(event("e1", country="Freedonia"),)))


def fake_extractor(articles):
    for a in articles:
        info = ArticleInfo(a.id, a.title, a.published, a.outlet, a.url)
        yield ArticleResult(article=info, events=(event("e1", country="Ruritania"),), claims=(claim("c1"),))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "api.db"
    fill(path)
    return path


@pytest.fixture(scope="module")
def client(db: Path):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_articles_paginate(client: TestClient) -> None:
    first = client.get("/api/v1/articles", params={"limit": 4}).json()
    assert [a["source_id"] for a in first["items"]] == ["a0", "a1", "a2", "a3"]
    assert first["next_offset"] == 4
    rest = client.get("/api/v1/articles", params={"limit": 4, "offset": 4}).json()
    assert [a["source_id"] for a in rest["items"]] == ["a4", "xss"]
    assert rest["next_offset"] is None
    assert "text" not in rest["items"][0]


def test_article_detail_has_text_and_evidence(client: TestClient) -> None:
    listed = client.get("/api/v1/articles").json()["items"][0]
    for ref in (listed["id"], listed["content_hash"]):
        body = client.get(f"/api/v1/articles/{ref}").json()
        assert body["text"].startswith("Report number 0")
        assert body["events"][0]["evidence"][0] == {"start": 0, "end": 12, "field": "event_type", "text": "fighting in"}
        assert body["events"][0]["key"] == f"{listed['content_hash']}:e1"
        assert body["claims"][0]["content"]["start"] == 40
        assert body["contradictions"][0]["claims"] == ["c1", "c2"]
    assert client.get("/api/v1/articles/999999").status_code == 404


def test_event_filters(client: TestClient) -> None:
    def sources(**params):
        r = client.get("/api/v1/events", params=params)
        assert r.status_code == 200, r.text
        return [e["source"]["source_id"] for e in r.json()["items"]]

    assert sources(country="freedonia") == ["a3", "a4", "xss"]
    assert sources(date_from="2023-05-02", date_to="2023-05-03") == ["a1", "a2"]
    assert sources(actor="militia") == ["a1", "a3"]
    assert sources(country="Ruritania", limit=2, offset=1) == ["a1", "a2"]
    assert client.get("/api/v1/events", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/api/v1/events", params={"limit": 0}).status_code == 422


def test_event_detail_claims_contradictions(client: TestClient) -> None:
    key = client.get("/api/v1/events", params={"limit": 1}).json()["items"][0]["key"]
    body = client.get(f"/api/v1/events/{key}").json()
    assert body["key"] == key
    assert {c["party"] for c in body["claims"]} == {"Rebel Front", "Military Forces of Ruritania"}
    assert body["contradictions"][0]["kind"] == "casualties"
    assert client.get("/api/v1/events/nope:e1").status_code == 404


def test_claims_and_contradictions(client: TestClient) -> None:
    claims = client.get("/api/v1/claims", params={"party": "military"}).json()["items"]
    assert len(claims) == 5 and all(c["party"] == "Military Forces of Ruritania" for c in claims)
    contested = client.get("/api/v1/claims", params={"contested": True}).json()["items"]
    assert {c["source"]["source_id"] for c in contested} == {"a0"}
    found = client.get("/api/v1/contradictions").json()
    assert len(found["items"]) == 1
    item = found["items"][0]
    assert item["claim_a"]["text"] == "twelve soldiers were killed"
    assert (item["party_a"], item["party_b"]) == ("Rebel Front", "Military Forces of Ruritania")
    assert client.get("/api/v1/clusters").json()["items"] == []


def test_xss_text_is_json_data_never_html(client: TestClient) -> None:
    xss = next(a for a in client.get("/api/v1/articles").json()["items"] if a["source_id"] == "xss")
    r = client.get(f"/api/v1/articles/{xss['id']}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.json()["text"] == XSS  # data unchanged: escaping is the page's job


def test_errors_never_leak_traces(db: Path) -> None:
    app = create_app(db)

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("secret /etc/passwd detail")

    app.router.routes.insert(0, app.router.routes.pop())  # before the web page's catch-all mount

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/v1/boom")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal server error"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_cors_off_unless_configured(db: Path, client: TestClient) -> None:
    headers = {"Origin": "http://evil.invalid"}
    assert "access-control-allow-origin" not in client.get("/api/v1/articles", headers=headers).headers
    with TestClient(create_app(db, cors_origins=("http://ok.invalid",))) as c:
        r = c.get("/api/v1/articles", headers={"Origin": "http://ok.invalid"})
    assert r.headers["access-control-allow-origin"] == "http://ok.invalid"


# --------------------------------------------------------------------------- writes


@pytest.fixture
def writable(tmp_path: Path):
    now = [0.0]
    app = create_app(tmp_path / "w.db", token=TOKEN, extractor=fake_extractor, max_body=2_000,
                     ingest_rate=RateLimit(burst=2, per_second=1.0), clock=lambda: now[0])
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, now


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_ingest_stores_and_returns_result(writable) -> None:
    c, _ = writable
    r = c.post("/api/v1/ingest", json={"text": XSS, "published": "2023-05-05", "outlet": "Valley Post"}, headers=AUTH)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "new"
    assert body["article"]["text"] == XSS and body["article"]["events"][0]["country"] == "Ruritania"
    assert c.get("/api/v1/events").json()["items"][0]["source"]["outlet"] == "Valley Post"
    again = c.post("/api/v1/ingest", json={"text": XSS}, headers=AUTH).json()
    assert again["status"] == "duplicate"


def test_writes_need_the_token(writable) -> None:
    c, _ = writable
    assert c.post("/api/v1/ingest", json={"text": "x"}).status_code == 401
    wrong = c.post("/api/v1/ingest", json={"text": "x"}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    assert c.post("/api/v1/ingest", json={}, headers=AUTH).status_code == 422


def test_writes_disabled_without_token(db: Path) -> None:
    with TestClient(create_app(db, extractor=fake_extractor)) as c:
        r = c.post("/api/v1/ingest", json={"text": "Fighting."}, headers=AUTH)
    assert r.status_code == 403
    assert "writes are disabled" in r.json()["detail"]


def test_body_size_limit(writable) -> None:
    c, _ = writable
    r = c.post("/api/v1/ingest", json={"text": "x" * 5_000}, headers=AUTH)
    assert r.status_code == 413
    chunked = c.post("/api/v1/ingest", content=iter([b'{"text": "', b"x" * 3_000, b'"}']),
                     headers={**AUTH, "Content-Type": "application/json"})
    assert chunked.status_code == 413


def test_ingest_rate_limited(writable) -> None:
    c, now = writable
    codes = [c.post("/api/v1/ingest", json={"text": f"Fighting near Millbrook, report {i}."}, headers=AUTH).status_code
             for i in range(3)]
    assert codes == [200, 200, 429]
    limited = c.post("/api/v1/ingest", json={"text": "Fighting again."}, headers=AUTH)
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    now[0] += 1.5  # one token refilled
    assert c.post("/api/v1/ingest", json={"text": "Fighting later."}, headers=AUTH).status_code == 200


def test_the_web_page_is_served_beside_the_api(tmp_path):
    from fastapi.testclient import TestClient

    from fogwatch.api import create_app

    with TestClient(create_app(tmp_path / "web.db")) as client:
        page = client.get("/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert client.get("/api/v1/events").status_code == 200
