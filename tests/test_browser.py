"""The web page in a real browser (Debian's chromium driven by Playwright) against the real app.

The app runs under uvicorn on a free loopback port over a temp store of hand-built results, one of
them hostile (script tags, event-handler attributes and ``javascript:`` links in its text, title,
outlet, URL, actor and a claim). The page's CSP stays in force: waits use locators, never string
expressions. Screenshots go to ``test-artifacts/``.

Skipped when /usr/bin/chromium or the ``playwright`` package is missing, unless
``FOGWATCH_REQUIRE_BROWSER=1`` (CI), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_load import ARMY, PLACES, fill_store, serve  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 15_000

# Counts the separate blobs on Leaflet's marker canvas (4-connected flood fill over painted pixels):
# markers are drawn on a canvas, not as DOM nodes, so this is how the test sees them.
COUNT_BLOBS = """() => {
  const c = document.querySelector('#map .leaflet-overlay-pane canvas');
  if (!c || !c.width || !c.height) return -1;
  const w = c.width, h = c.height, d = c.getContext('2d').getImageData(0, 0, w, h).data;
  const seen = new Uint8Array(w * h);
  let blobs = 0;
  for (let p = 0; p < w * h; p++) {
    if (seen[p] || d[p * 4 + 3] === 0) continue;
    blobs++;
    const stack = [p]; seen[p] = 1;
    while (stack.length) {
      const q = stack.pop(), x = q % w, y = (q - x) / w;
      for (const r of [x > 0 ? q - 1 : -1, x < w - 1 ? q + 1 : -1, y > 0 ? q - w : -1, y < h - 1 ? q + w : -1]) {
        if (r >= 0 && !seen[r] && d[r * 4 + 3] !== 0) { seen[r] = 1; stack.push(r); }
      }
    }
  }
  return blobs;
}"""


def _need_browser() -> Any:
    required = os.environ.get("FOGWATCH_REQUIRE_BROWSER") == "1"
    why = None
    if not CHROMIUM.exists():
        why = f"{CHROMIUM} is missing (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            why = "the playwright package is missing (pip install playwright)"
    if why:
        if required:
            pytest.fail(f"FOGWATCH_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    return sync_playwright


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "web.db"
    fill_store(db)
    with serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _need_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records dialogs (dismissed) and uncaught page errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def loaded(page: Any, n: int) -> None:
    page.locator("#status", has_text=re.compile(rf"^{n} events")).wait_for()


def wait_blobs(page: Any, n: int) -> int:
    """Polls the marker canvas until it shows ``n`` blobs (Leaflet repaints and zooms in animation frames)."""
    got = None
    for _ in range(100):
        got = page.evaluate(COUNT_BLOBS)
        if got == n:
            return got
        page.wait_for_timeout(50)
    return got


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"browser-{name}.png"), full_page=True)


def no_script_ran(page: Any) -> None:
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.errors == []


def test_map_filter_and_history(page: Any, base: str) -> None:
    total = len(PLACES) + 1  # and the hostile article's event
    page.goto(f"{base}/")
    loaded(page, total)
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == total
    assert wait_blobs(page, total) == total  # one marker per place, none overlapping
    assert page.locator("#timeline rect.bar-seg").count() == total  # one event a day
    shot(page, "overview")

    page.locator("#filters input[name=country]").fill("Ruritania")
    page.locator("#filters button[type=submit]").click()
    ruritania = sum(1 for p in PLACES if p[1] == "Ruritania")
    loaded(page, ruritania)
    assert parse_qs(urlsplit(page.url).query) == {"country": ["Ruritania"]}
    assert rows.count() == ruritania
    assert wait_blobs(page, ruritania) == ruritania
    assert all("Ruritania" in t for t in rows.locator("td:nth-child(4)").all_inner_texts())

    # a timeline bar filters to its day, through the URL too
    page.locator("#timeline rect[data-day='2023-05-02']").click()
    loaded(page, 1)
    query = parse_qs(urlsplit(page.url).query)
    assert query["date_from"] == query["date_to"] == ["2023-05-02"]

    page.go_back()
    loaded(page, ruritania)
    page.go_back()
    loaded(page, total)
    assert urlsplit(page.url).query == ""
    assert rows.count() == total
    no_script_ran(page)


def test_event_view_claims_and_evidence(page: Any, base: str) -> None:
    page.goto(f"{base}/?country=Ruritania")
    loaded(page, 3)
    page.locator("#event-table a", has_text="2023-05-02").click()  # Stonebridge, whose text opens with an emoji
    assert "event=" in page.url
    page.locator("#article-text", has_text="Stonebridge").wait_for()
    assert page.locator("#overview").is_hidden()

    parties = page.locator("#claims .party")
    assert parties.count() == 2
    assert sorted(parties.locator("h4").all_inner_texts()) == sorted([f"{ARMY} (1)", "Rebel Front (1)"])
    left, right = (parties.nth(i).bounding_box() for i in range(2))
    assert abs(left["y"] - right["y"]) < 2 and (left["x"] + left["width"] <= right["x"] or
                                                right["x"] + right["width"] <= left["x"])  # side by side
    assert page.locator("#claims .claim.contradicted").count() == 2
    assert page.locator("#contradictions li", has_text="casualties").count() == 1

    # a field: exactly its characters are highlighted (code-point offsets survive the emoji)
    page.locator("#event-fields tr[data-field=location]").click()
    hl = page.locator("#article-text .hl")
    hl.first.wait_for()
    assert "".join(hl.all_inner_texts()) == "Stonebridge"
    shot(page, "event-field")

    # a claim: its speaker, cue and content
    page.locator("#claims .claim", has_text="no soldiers died").click()
    page.locator("#article-text .hl", has_text="no soldiers died").wait_for()
    assert hl.all_inner_texts() == ["The army", "said", "no soldiers died"]
    shot(page, "event-claim")
    no_script_ran(page)


def test_hostile_article_runs_nothing(page: Any, base: str) -> None:
    page.goto(f"{base}/?country=Freedonia")
    loaded(page, 3)
    row = page.locator("#event-table tbody tr", has_text="Gallow Cross")
    assert 'onerror="window.__pwned=4"' in row.inner_text()  # the actor, shown as text
    row.locator("a").click()
    text = page.locator("#article-text")
    text.locator("span", has_text="<script>").first.wait_for()
    assert "<script>window.__pwned=1</script>" in text.inner_text()
    assert 'href="javascript:window.__pwned=3"' in text.inner_text()
    for tag in ("script", "img", "a", "svg", "b"):  # the hostile markup, nowhere as elements
        places = ", ".join(f"{box} {tag}" for box in ("#article-text", "#claims", "#article-meta", "#event-sources"))
        assert page.locator(places).count() == 0, tag
    assert "<svg onload" in page.locator("#claims .party h4").inner_text()
    assert page.locator("a[href^='javascript:' i]").count() == 0
    page.locator("#claims .claim").first.click()
    page.locator("#article-text .hl").first.wait_for()
    assert "".join(page.locator("#article-text .hl").all_inner_texts()).startswith("<img src=x onerror=")
    page.locator("#event-fields tr[data-field=actor1]").hover()
    page.wait_for_timeout(200)  # let anything that might fire on load or hover fire
    shot(page, "hostile")
    no_script_ran(page)
