"""Static checks of the web page, without a browser: it is complete, offline and builds no HTML from data.

Browser tests (Playwright over Debian's chromium) are described in docs/WEB.md; these checks catch
the mistakes that need no browser to see: a missing file, a CDN link, an ``innerHTML`` assignment.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fogwatch.web import STATIC_DIR

PAGE_FILES = ("index.html", "app.js", "lib.js", "app.css")
# The one absolute URL the page's own code may contain: the SVG namespace, an identifier never fetched.
ALLOWED_URLS = {"http://www.w3.org/2000/svg"}


class _Refs(HTMLParser):
    """Collects the URLs an HTML page loads or links to."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.inline_scripts: list[str] = []
        self.handler_attrs: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href"):
            if values.get(name):
                self.refs.append(values[name] or "")
        self.handler_attrs.extend(n for n, _ in attrs if n.lower().startswith("on"))
        self._in_script = tag == "script" and not values.get("src")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


def _page() -> _Refs:
    parser = _Refs()
    parser.feed((STATIC_DIR / "index.html").read_text(encoding="utf-8"))
    return parser


def _local(ref: str) -> Path:
    return STATIC_DIR / ref.split("#")[0].split("?")[0]


def test_static_dir_is_the_package_directory() -> None:
    assert STATIC_DIR.is_dir()
    assert (STATIC_DIR / "index.html").is_file()


def test_every_file_index_html_references_exists() -> None:
    # "./" is the page itself; "data:," is the empty favicon that stops a request for /favicon.ico
    refs = [r for r in _page().refs if r not in {"./", "data:,"} and not r.startswith("#")]
    assert {"app.js", "app.css", "vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css"} <= set(refs)
    missing = [r for r in refs if not _local(r).is_file()]
    assert missing == []


def test_es_module_imports_resolve() -> None:
    for name in ("app.js", "lib.js"):
        source = (STATIC_DIR / name).read_text(encoding="utf-8")
        for target in re.findall(r"""^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']""", source, re.M | re.S):
            assert target.startswith("./"), f"{name} imports {target!r}: only relative imports work without a build"
            assert (STATIC_DIR / target).is_file(), f"{name} imports missing {target}"


def test_css_urls_resolve() -> None:
    for css in (STATIC_DIR / "app.css", STATIC_DIR / "vendor/leaflet/leaflet.css"):
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if ref.startswith("#"):  # url(#default#VML): an old IE behaviour, not a file
                continue
            assert not re.match(r"^[a-z]+:", ref, re.I), f"{css.name} loads {ref}"
            assert (css.parent / ref).is_file(), f"{css.name} refers to missing {ref}"


def test_page_references_no_external_url() -> None:
    assert [r for r in _page().refs if re.match(r"^(?:[a-z]+:)?//", r, re.I)] == []
    for name in PAGE_FILES:
        text = (STATIC_DIR / name).read_text(encoding="utf-8")
        found = set(re.findall(r"""https?://[^\s"'`)<>]+""", text)) - ALLOWED_URLS
        # protocol-relative ("//cdn.example/x") inside a string or url(): just as external
        found |= set(re.findall(r"""["'(`]//[A-Za-z0-9][^\s"'`)<>]*""", text))
        assert found == set(), f"{name} refers to {sorted(found)}"


def test_page_has_no_inline_script_or_handler_and_forbids_them() -> None:
    page = _page()
    assert page.inline_scripts == []
    assert page.handler_attrs == []
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]+)"', html)
    assert csp is not None
    assert "script-src 'self'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("script-src", 1)[1].split(";", 1)[0]


@pytest.mark.parametrize("name", ["app.js", "lib.js"])
def test_no_html_is_built_from_strings(name: str) -> None:
    source = (STATIC_DIR / name).read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", source)  # comments may name what the code avoids
    for pattern in (r"\.innerHTML\s*\+?=", r"\.outerHTML\s*\+?=", r"insertAdjacentHTML", r"document\.write",
                    r"\beval\s*\(", r"new\s+Function\s*\(", r"\.bindPopup\(\s*[`'\"]", r"\.bindTooltip\(\s*[`'\"]"):
        assert re.search(pattern, code) is None, f"{name} uses {pattern}"


def test_links_are_built_only_through_the_http_check() -> None:
    source = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    # Outbound hrefs are set in one place, behind safeHttpUrl; other hrefs are this page's own URLs.
    hrefs = re.findall(r"href:\s*([^,}]+)", source)
    assert hrefs and all(h.strip() in {"href", "eventHref(item.key)"} for h in hrefs), hrefs
    assert "safeHttpUrl(url)" in source


def test_leaflet_is_vendored_with_its_licence() -> None:
    leaflet = STATIC_DIR / "vendor" / "leaflet"
    licence = (leaflet / "LICENSE").read_text(encoding="utf-8")
    assert "BSD" in licence and "Agafonkin" in licence
    assert (leaflet / "leaflet.js").read_text(encoding="utf-8").startswith("/* @preserve\n * Leaflet 1.9.4")
    for image in ("layers.png", "layers-2x.png", "marker-icon.png"):
        assert (leaflet / "images" / image).is_file()


# ----------------------------------------------------------------------------- lib.js under node

NODE = shutil.which("node")

_LIB_CHECKS = r"""
import * as lib from "./lib.mjs";
const out = {};
out.safe = ["https://a.example/x", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "/rel", " http://b.example"]
  .map(lib.safeHttpUrl);
out.tiles = ["/tiles/{z}/{x}/{y}.png", "//evil.example/{z}", "javascript:x", "https://t.example/{z}/{x}/{y}.png", ""]
  .map(lib.safeTileTemplate);
out.filters = lib.readFilters("?country=Afghanistan&actor=&contested=true&event=k1&tiles=/t");
out.query = lib.buildQuery({country: "A B", date_from: "2024-01-02"}, {event: "k&1"});
const text = "a\u{1F600}bc";  // an emoji counts 1 in Python, 2 in JavaScript
const m = lib.offsetMapper(text);
out.offsets = [m(0), m(1), m(2), m(3), m(4), m(99)];
out.segments = lib.segments(10, [{start: 2, end: 5}, {start: 4, end: 8}, {start: 9, end: 9}]);
const t = lib.countByDay([
  {event: {event_date: "2024-03-01", event_type: "Battles"}},
  {event: {event_date: "2024-03-03", event_type: "Protests"}},
  {event: {event_date: "2024-03-03", event_type: "Battles"}},
  {event: {event_date: null, event_type: "Battles"}},
]);
out.days = t.days; out.types = t.types; out.mar3 = Object.fromEntries(t.counts.get("2024-03-03"));
out.groups = lib.groupByParty([
  {claim: {id: "c1", party: "Taliban"}}, {claim: {id: "c2", party: null}}, {claim: {id: "c3", party: "Army"}},
  {claim: {id: "c4", party: "Taliban"}},
]).map((g) => [g.party, g.claims.map((c) => c.claim.id)]);
out.norm = lib.normEvent({key: "k9", source: {article_id: 3}, event: {id: "e1"}});
out.flat = lib.normEvent({key: "k8", event_type: "Riots"});
out.list = [lib.listOf({items: [1]}), lib.listOf([2]), lib.listOf({events: [3]}, "events"), lib.listOf(null)];
const by = lib.evidenceByField({evidence: [
  {field: "fatalities_best", start: 1, end: 2}, {field: "actor1", start: 3, end: 4},
]});
out.evidence = [
  lib.evidenceFor(by, "fatalities").length, lib.evidenceFor(by, "actor1").length, lib.evidenceFor(by, "country").length,
];
out.radius = [lib.radiusFor(0), lib.radiusFor(null), lib.radiusFor(100) > lib.radiusFor(4), lib.radiusFor(1e9)];
out.colour = [lib.colourFor("Battles"), lib.colourFor("Something new") === lib.colourFor("Something new")];
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def lib_results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if NODE is None:
        pytest.skip("node is not installed")
    work = tmp_path_factory.mktemp("libjs")
    # .mjs: node reads the page's module as ESM without a package.json
    shutil.copy(STATIC_DIR / "lib.js", work / "lib.mjs")
    (work / "check.mjs").write_text(_LIB_CHECKS, encoding="utf-8")
    done = subprocess.run([NODE, "check.mjs"], cwd=work, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_lib_renders_only_http_links(lib_results: dict) -> None:
    assert lib_results["safe"] == ["https://a.example/x", None, None, None, None, "http://b.example/"]
    assert lib_results["tiles"] == ["/tiles/{z}/{x}/{y}.png", None, None, "https://t.example/{z}/{x}/{y}.png", None]


def test_lib_url_state(lib_results: dict) -> None:
    assert lib_results["filters"] == {"country": "Afghanistan", "contested": "true"}
    assert lib_results["query"] == "?country=A+B&date_from=2024-01-02&event=k%261"


def test_lib_maps_python_offsets_past_astral_characters(lib_results: dict) -> None:
    assert lib_results["offsets"] == [0, 1, 3, 4, 5, 5]


def test_lib_segments_cover_text_once(lib_results: dict) -> None:
    segs = lib_results["segments"]
    assert [(s["start"], s["end"]) for s in segs] == [(0, 2), (2, 4), (4, 5), (5, 8), (8, 10)]
    assert [s["marked"] for s in segs] == [False, True, True, True, False]


def test_lib_timeline_counts(lib_results: dict) -> None:
    assert lib_results["days"] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    assert lib_results["types"] == ["Battles", "Protests"]
    assert lib_results["mar3"] == {"Protests": 1, "Battles": 1}


def test_lib_groups_claims_by_party(lib_results: dict) -> None:
    assert lib_results["groups"] == [["Army", ["c3"]], ["Taliban", ["c1", "c4"]], ["unattributed", ["c2"]]]


def test_lib_normalises_api_shapes(lib_results: dict) -> None:
    assert lib_results["norm"]["key"] == "k9"
    assert lib_results["norm"]["source"] == {"article_id": 3}
    assert lib_results["flat"]["event"]["event_type"] == "Riots"
    assert lib_results["list"] == [[1], [2], [3], []]
    assert lib_results["evidence"] == [1, 1, 0]


def test_lib_marker_style(lib_results: dict) -> None:
    small, none, bigger, capped = lib_results["radius"]
    assert small == none == 4 and bigger is True and capped == 30
    assert lib_results["colour"] == ["#c0392b", True]
