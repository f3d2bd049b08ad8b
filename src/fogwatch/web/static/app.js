// The fogwatch page: map, timeline and filters over /api/v1/, and the event view.
// Everything from the API is untrusted (article text above all): the DOM is built with
// createElement/textContent only, links are rendered only for http(s) URLs, and Leaflet is only ever
// given DOM elements (a string popup or attribution would go through innerHTML).
import {
  FILTER_KEYS, EVENT_TYPE_COLOURS, colourFor, radiusFor, readFilters, buildQuery, safeHttpUrl,
  safeTileTemplate, listOf, normEvent, normClaim, articleIdOf, countByDay, offsetMapper, segments,
  groupByParty, evidenceByField, evidenceFor,
} from "./lib.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const MAX_EVENTS = 20000; // the map and timeline stay responsive up to here; beyond, narrow the filters
const TABLE_ROWS = 200;
const $ = (id) => document.getElementById(id);
const body = document.body;
const API = new URL(body.dataset.api || "api/v1/", document.baseURI);

// ----------------------------------------------------------------------------- small DOM helpers

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "className") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** An outbound link only for http(s) URLs; otherwise the text alone. */
function link(url, text) {
  const href = safeHttpUrl(url);
  if (!href) return document.createTextNode(text ?? "");
  return el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow", text: text ?? href });
}

function status(message, isError = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", isError);
}

async function getJSON(path, params) {
  const url = new URL(path, API);
  if (params) for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) {
    const err = new Error(`${res.status} ${res.statusText} for ${url.pathname}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

// ----------------------------------------------------------------------------- URL state

function currentFilters() { return readFilters(location.search); }
function currentParams() { return new URLSearchParams(location.search); }

/** Extras carried across navigation: the tile override must survive clicks. */
function carried() { return { tiles: currentParams().get("tiles") }; }

function eventHref(key) {
  return `${location.pathname}${buildQuery(currentFilters(), { ...carried(), event: key })}`;
}

function navigate(search) {
  history.pushState(null, "", `${location.pathname}${search}`);
  route();
}

// ----------------------------------------------------------------------------- map

let map = null;
let markerLayer = null;

function tileTemplate() {
  return safeTileTemplate(currentParams().get("tiles")) ?? safeTileTemplate(body.dataset.tiles);
}

function ensureMap() {
  if (map) return;
  const L = window.L;
  if (!L) throw new Error("Leaflet did not load (vendor/leaflet/leaflet.js)");
  // Canvas draws thousands of circles far faster than one SVG node each.
  map = L.map("map", { preferCanvas: true, attributionControl: false, worldCopyJump: true, minZoom: 1 });
  map.setView([20, 20], 2);
  L.control.scale().addTo(map);
  const tiles = tileTemplate();
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, crossOrigin: false }).addTo(map);
    // The attribution is operator configuration, shown as text (never from the query string).
    $("tiles-attribution").textContent = body.dataset.tilesAttribution || "";
  }
  markerLayer = L.layerGroup().addTo(map);
}

function popupFor(item) {
  const e = item.event;
  const box = el("div", {},
    el("div", { className: "popup-title", text: `${e.event_type || "Event"}${e.sub_event_type ? ` — ${e.sub_event_type}` : ""}` }),
    el("div", { text: [e.event_date, e.location, e.admin1, e.country].filter(Boolean).join(", ") }),
    el("div", { text: [e.actor1, e.actor2].filter(Boolean).join(" vs ") }),
    el("div", { text: `Fatalities: ${e.fatalities ?? 0}` }));
  const a = el("a", { href: eventHref(item.key), text: "Open event" });
  a.addEventListener("click", (ev) => { ev.preventDefault(); navigate(new URL(a.href).search); });
  box.append(el("div", {}, a));
  return box;
}

function drawMarkers(items) {
  const L = window.L;
  markerLayer.clearLayers();
  const points = [];
  for (const item of items) {
    const { latitude: lat, longitude: lon } = item.event;
    if (typeof lat !== "number" || typeof lon !== "number") continue;
    const colour = colourFor(item.event.event_type);
    const marker = L.circleMarker([lat, lon], {
      radius: radiusFor(item.event.fatalities), color: colour, fillColor: colour, fillOpacity: 0.55, weight: 1,
    });
    // Built on demand: 10,000 popups built up front would delay the first paint.
    marker.bindPopup(() => popupFor(item));
    marker.addTo(markerLayer);
    points.push([lat, lon]);
  }
  if (points.length) map.fitBounds(points, { padding: [20, 20], maxZoom: 9 });
  return points.length;
}

function drawLegend(types) {
  const legend = $("legend");
  legend.replaceChildren();
  const shown = types.length ? types : Object.keys(EVENT_TYPE_COLOURS);
  for (const t of shown) {
    const sw = el("span", { className: "swatch" });
    sw.style.background = colourFor(t);
    legend.append(el("span", {}, sw, t));
  }
}

// ----------------------------------------------------------------------------- timeline

function drawTimeline(items) {
  const box = $("timeline");
  box.replaceChildren();
  const { days, types, counts } = countByDay(items);
  if (!days.length) { box.append(el("p", { className: "hint", text: "No dated events." })); return; }
  let max = 1;
  for (const m of counts.values()) { let s = 0; for (const n of m.values()) s += n; max = Math.max(max, s); }
  const height = 140, pad = 18, left = 28;
  const barW = Math.max(2, Math.min(24, Math.floor((Math.max(box.clientWidth, 400) - left - 10) / days.length)));
  const width = left + days.length * barW + 10;
  const root = svg("svg", { width, height: height + pad, role: "img", "aria-label": "Events per day by type" });
  const scale = (height - 10) / max;
  root.append(svg("line", { x1: left, x2: width, y1: height, y2: height, stroke: "#999" }));
  const maxLabel = svg("text", { x: 2, y: 12 });
  maxLabel.textContent = String(max);
  root.append(maxLabel);
  const labelEvery = Math.max(1, Math.ceil(70 / barW));
  days.forEach((day, i) => {
    const x = left + i * barW;
    let y = height;
    const m = counts.get(day);
    if (m) {
      for (const t of types) {
        const n = m.get(t);
        if (!n) continue;
        const h = Math.max(1, n * scale);
        y -= h;
        const rect = svg("rect", { x, y, width: Math.max(1, barW - 1), height: h, fill: colourFor(t), class: "bar-seg", "data-day": day });
        const title = svg("title");
        title.textContent = `${day}: ${n} × ${t}`;
        rect.append(title);
        // A click narrows the whole view (map too) to that day, through the URL like any filter.
        rect.addEventListener("click", () => {
          navigate(buildQuery({ ...currentFilters(), date_from: day, date_to: day }, carried()));
        });
        root.append(rect);
      }
    }
    if (i % labelEvery === 0) {
      const label = svg("text", { x, y: height + 13 });
      label.textContent = day;
      root.append(label);
    }
  });
  box.append(root);
}

// ----------------------------------------------------------------------------- events list

function drawTable(items) {
  const tbody = $("event-table").tBodies[0];
  const rows = [...items]
    .sort((a, b) => String(b.event.event_date ?? "").localeCompare(String(a.event.event_date ?? "")))
    .slice(0, TABLE_ROWS)
    .map((item) => {
      const e = item.event;
      const a = el("a", { href: eventHref(item.key), text: e.event_date ?? "undated", "data-key": item.key });
      a.addEventListener("click", (ev) => { ev.preventDefault(); navigate(new URL(a.href).search); });
      return el("tr", {},
        el("td", {}, a),
        el("td", { text: e.event_type ?? "" }),
        el("td", { text: [e.actor1, e.actor2].filter(Boolean).join(" vs ") }),
        el("td", { text: [e.location, e.admin1, e.country].filter(Boolean).join(", ") }),
        el("td", { text: String(e.fatalities ?? 0) }));
    });
  tbody.replaceChildren(...rows);
  $("event-count").textContent = items.length > TABLE_ROWS ? `(${items.length}, latest ${TABLE_ROWS} listed)` : `(${items.length})`;
}

function fillCountryList(items) {
  const names = [...new Set(items.map((i) => i.event.country).filter(Boolean))].sort();
  $("country-list").replaceChildren(...names.map((n) => { const o = document.createElement("option"); o.value = n; return o; }));
}

// ----------------------------------------------------------------------------- loading the overview

let loadedFor = null; // the filter query the overview shows, so back/forward to it needs no reload
let loadToken = 0;

// Shrunk (and remembered) when the API refuses a page this big.
let pageSize = Number(body.dataset.pageSize) || 1000;

async function fetchEvents(filters, onPage) {
  const all = [];
  let offset = 0;
  for (;;) {
    let data;
    try {
      data = await getJSON("events", { ...filters, limit: pageSize, offset });
    } catch (err) {
      // An API with a smaller page limit answers 422: ask again with smaller pages.
      if ((err.status === 422 || err.status === 400) && pageSize > 50) { pageSize = Math.floor(pageSize / 2); continue; }
      throw err;
    }
    const page = listOf(data, "events").map(normEvent);
    all.push(...page);
    onPage(all, data?.total);
    offset += page.length;
    const total = typeof data?.total === "number" ? data.total : null;
    if (page.length < pageSize || (total !== null && offset >= total) || all.length >= MAX_EVENTS) break;
  }
  return all;
}

async function showOverview() {
  $("event-view").hidden = true;
  $("overview").hidden = false;
  ensureMap();
  map.invalidateSize();
  const filters = currentFilters();
  const key = buildQuery(filters);
  if (loadedFor === key) return;
  loadedFor = key;
  const token = ++loadToken;
  status("Loading events…");
  try {
    let firstPage = true;
    let pages = 0;
    const items = await fetchEvents(filters, (sofar, total) => {
      pages += 1;
      if (token !== loadToken) return;
      // Paint the first page at once; later pages repaint once at the end (cheaper for big stores).
      if (firstPage) { firstPage = false; render(sofar); }
      status(`Loading events… ${sofar.length}${typeof total === "number" ? ` of ${total}` : ""}`);
    });
    if (token !== loadToken) return;
    if (pages > 1) render(items);
    const capped = items.length >= MAX_EVENTS ? ` (first ${MAX_EVENTS}; narrow the filters to see all)` : "";
    status(`${items.length} events${capped}`);
  } catch (err) {
    if (token !== loadToken) return;
    loadedFor = null;
    status(`Could not load events: ${err.message}`, true);
  }
}

function render(items) {
  const placed = drawMarkers(items);
  drawTimeline(items);
  drawTable(items);
  fillCountryList(items);
  drawLegend(countByDay(items).types);
  return placed;
}

// ----------------------------------------------------------------------------- event view

const FIELD_ROWS = [
  ["event_date", "Date"], ["time_precision", "Time precision"], ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"], ["actor1", "Actor 1"], ["inter1", "Inter 1"],
  ["assoc_actor_1", "Associated actor 1"], ["actor2", "Actor 2"], ["inter2", "Inter 2"],
  ["assoc_actor_2", "Associated actor 2"], ["interaction", "Interaction"], ["country", "Country"],
  ["admin1", "Admin 1"], ["admin2", "Admin 2"], ["location", "Location"], ["latitude", "Latitude"],
  ["longitude", "Longitude"], ["geo_precision", "Geo precision"], ["fatalities", "Fatalities"],
  ["fatalities_low", "Fatalities (low)"], ["fatalities_best", "Fatalities (best)"],
  ["fatalities_high", "Fatalities (high)"], ["date_note", "Date note"], ["notes", "Notes"],
];

// The article panel: which article is shown, its segments, and a cache of fetched articles.
const articles = new Map();
let shown = null; // {id, segs: [{start, end, node}], toU16}

async function loadArticle(id) {
  if (!articles.has(id)) articles.set(id, getJSON(`articles/${encodeURIComponent(id)}`));
  return articles.get(id);
}

/** Shows an article; `spans` (code-point offsets) are the evidence to mark faintly. */
async function showArticle(id, spans) {
  if (shown?.id === id) return shown;
  const box = $("article-text");
  box.replaceChildren(el("span", { className: "hint", text: "Loading article…" }));
  $("article-picker").value = id;
  let data;
  try { data = await loadArticle(id); } catch (err) {
    box.replaceChildren(el("span", { className: "hint", text: `Could not load article: ${err.message}` }));
    shown = null;
    return null;
  }
  const art = data?.article && typeof data.article === "object" ? { ...data.article, ...data } : (data ?? {});
  const text = typeof art.text === "string" ? art.text : "";
  const toU16 = offsetMapper(text);
  const extra = listOf(art.evidence ?? [], "spans");
  const all = [...spans, ...extra].map((s) => ({ start: toU16(s.start), end: toU16(s.end) }));
  const segs = segments(text.length, all).map((s) => {
    const node = el("span", { className: s.marked ? "ev" : null });
    node.textContent = text.slice(s.start, s.end);
    return { ...s, node };
  });
  box.replaceChildren(...segs.map((s) => s.node));
  const meta = $("article-meta");
  meta.replaceChildren();
  const title = art.title || art.source_id || `article ${id}`;
  meta.append(art.url ? link(art.url, title) : title);
  const bits = [art.outlet, art.published].filter(Boolean).join(", ");
  if (bits) meta.append(` — ${bits}`);
  shown = { id, segs, toU16 };
  return shown;
}

/** Splits the segment holding `pos` so that a highlight can start or end exactly there. */
function cutAt(view, pos) {
  const i = view.segs.findIndex((s) => s.start < pos && pos < s.end);
  if (i < 0) return;
  const s = view.segs[i];
  const left = { ...s, end: pos, node: s.node.cloneNode(false) };
  const right = { ...s, start: pos, node: s.node.cloneNode(false) };
  left.node.textContent = s.node.textContent.slice(0, pos - s.start);
  right.node.textContent = s.node.textContent.slice(pos - s.start);
  s.node.replaceWith(left.node, right.node);
  view.segs.splice(i, 1, left, right);
}

/** Highlights code-point ranges of an article and scrolls the first into view. */
async function highlight(articleId, ranges, spans) {
  if (articleId === null) return;
  const view = await showArticle(articleId, spans);
  if (!view) return;
  let first = null;
  const wanted = ranges.map((r) => [view.toU16(r.start), view.toU16(r.end)]).filter(([a, b]) => b > a);
  for (const [a, b] of wanted) { cutAt(view, a); cutAt(view, b); }
  for (const s of view.segs) {
    const on = wanted.some(([a, b]) => a <= s.start && s.end <= b);
    s.node.classList.toggle("hl", on);
    if (on && !first) first = s.node;
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function select(node) {
  for (const n of document.querySelectorAll("#event-view .selected")) n.classList.remove("selected");
  node.classList.add("selected");
}

function fmt(value) {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function claimSpans(c) {
  const out = [];
  for (const part of [c.claim.content, c.claim.cue, c.claim.speaker]) {
    if (part && Number.isInteger(part.start) && Number.isInteger(part.end)) out.push({ start: part.start, end: part.end });
  }
  return out;
}

async function fetchClaims(key, detail) {
  if (Array.isArray(detail.claims)) return detail.claims.map(normClaim);
  const data = await getJSON("claims", { event_key: key, limit: 500 }).catch(() => []);
  // Kept only when linked to this event, in case the API ignores the parameter.
  return listOf(data, "claims").map(normClaim).filter((c) => c.event_key === key);
}

async function fetchContradictions(detail, claims) {
  let list = Array.isArray(detail.contradictions) ? detail.contradictions : null;
  if (!list) {
    const data = await getJSON("contradictions", { event_key: detail.key, limit: 500 }).catch(() => []);
    list = listOf(data, "contradictions");
  }
  const ids = new Set(claims.map((c) => c.claim.id));
  return list
    .map((x) => (x && typeof x.contradiction === "object" && x.contradiction ? { ...x.contradiction, source: x.source } : x))
    .filter((x) => Array.isArray(x?.claims) && x.claims.every((id) => ids.has(id)));
}

async function showEvent(key) {
  $("overview").hidden = true;
  $("event-view").hidden = false;
  const back = $("back-link");
  back.href = `${location.pathname}${buildQuery(currentFilters(), carried())}`;
  status("Loading event…");
  shown = null;
  for (const id of ["event-fields", "event-sources", "claims", "contradictions"]) {
    const n = $(id); (n.tBodies?.[0] ?? n).replaceChildren();
  }
  $("article-text").replaceChildren();
  $("article-meta").replaceChildren();
  $("article-picker").replaceChildren();
  let detail;
  try { detail = await getJSON(`events/${encodeURIComponent(key)}`); } catch (err) {
    $("event-title").textContent = "Event not found";
    status(`Could not load event: ${err.message}`, true);
    return;
  }
  if (currentParams().get("event") !== key) return; // the user moved on meanwhile
  const item = normEvent(detail);
  const e = item.event;
  detail.key = item.key || key;
  $("event-title").textContent = [e.event_type, e.event_date, e.location || e.admin1 || e.country].filter(Boolean).join(" · ");

  const sources = item.sources ?? (item.source ? [item.source] : []);
  const eventArticle = articleIdOf(item.source ?? sources[0]);
  const byField = evidenceByField(e);
  const evidenceSpans = (Array.isArray(e.evidence) ? e.evidence : []).map((x) => ({ start: x.start, end: x.end }));

  // Fields, each selectable when some evidence supports it.
  const fieldRows = FIELD_ROWS.filter(([f]) => f in e).map(([f, label]) => {
    const ev = evidenceFor(byField, f);
    const row = el("tr", { className: ev.length ? "has-evidence" : null, "data-field": f, tabindex: ev.length ? 0 : null },
      el("th", { text: label }), el("td", { text: fmt(e[f]) }));
    if (ev.length) {
      const go = () => { select(row); highlight(eventArticle, ev, evidenceSpans); };
      row.addEventListener("click", go);
      row.addEventListener("keydown", (k) => { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); go(); } });
    }
    return row;
  });
  $("event-fields").tBodies[0].replaceChildren(...fieldRows);

  // Sources, and the picker of their articles.
  const picker = $("article-picker");
  const seen = new Set();
  for (const s of sources) {
    const title = [s.outlet, s.published].filter(Boolean).join(", ") || s.source_id || "source";
    $("event-sources").append(el("li", {}, s.url ? link(s.url, title) : title, s.source_id ? ` (${s.source_id})` : ""));
    const id = articleIdOf(s);
    if (id !== null && !seen.has(id)) { seen.add(id); picker.append(el("option", { value: id, text: title })); }
  }
  if (item.cluster_id) $("event-sources").append(el("li", { className: "hint", text: `cluster ${item.cluster_id}${item.contested ? " (contested)" : ""}` }));

  const claims = await fetchClaims(detail.key, detail);
  for (const c of claims) {
    const id = articleIdOf(c.source);
    if (id !== null && !seen.has(id)) {
      seen.add(id);
      picker.append(el("option", { value: id, text: [c.source.outlet, c.source.published].filter(Boolean).join(", ") || id }));
    }
  }
  const contradictions = await fetchContradictions(detail, claims);
  const contradicted = new Set(contradictions.flatMap((x) => x.claims));
  const claimNodes = new Map();

  const columns = groupByParty(claims).map(({ party, claims: list }) => {
    const col = el("section", { className: "party" }, el("h4", { text: `${party} (${list.length})` }));
    for (const c of list) {
      const cl = c.claim;
      const who = cl.speaker ? (cl.speaker.name || cl.speaker.text) : "unattributed";
      const q = cl.quantity;
      const tags = [cl.topic, cl.quote_type, cl.evidence_status, cl.channel,
        q ? `quantity: ${q.value ?? [q.low, q.high].filter((v) => v !== null && v !== undefined).join("–")}${q.unit ? ` ${q.unit}` : ""}` : null,
        (cl.reported_via ?? []).length ? `via ${cl.reported_via.join(", ")}` : null].filter(Boolean).join(" · ");
      const card = el("div", { className: `claim${contradicted.has(cl.id) ? " contradicted" : ""}`, tabindex: 0, "data-claim": cl.id },
        el("div", { className: "who", text: who }),
        el("div", { text: cl.content?.text ?? "" }),
        el("div", { className: "tags", text: tags }));
      const articleId = articleIdOf(c.source) ?? eventArticle;
      const go = () => { select(card); highlight(articleId, claimSpans(c), evidenceSpans); };
      card.addEventListener("click", go);
      card.addEventListener("keydown", (k) => { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); go(); } });
      col.append(card);
      claimNodes.set(cl.id, card);
    }
    return col;
  });
  $("claims").replaceChildren(...(columns.length ? columns : [el("p", { className: "hint", text: "No claims about this event." })]));

  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  const items = contradictions.map((x) => {
    const [a, b] = x.claims.map((id) => byId.get(id));
    const side = (c) => `${c?.claim.party || "unattributed"}: “${c?.claim.content?.text ?? ""}”`;
    const li = el("li", {}, el("span", { className: "kind", text: x.kind || "contradiction" }), " — ",
      x.explanation || "", el("br"), side(a), el("br"), side(b));
    li.addEventListener("click", () => { const n = claimNodes.get(x.claims[0]); if (n) n.click(); });
    return li;
  });
  $("contradictions").replaceChildren(...(items.length ? items : [el("li", { className: "hint", text: "None found." })]));

  picker.onchange = () => { shown = null; showArticle(picker.value, evidenceSpans); };
  if (eventArticle !== null) await showArticle(eventArticle, evidenceSpans);
  status("");
}

// ----------------------------------------------------------------------------- wiring

function fillForm() {
  const form = $("filters");
  const f = currentFilters();
  for (const k of FILTER_KEYS) {
    const input = form.elements.namedItem(k);
    if (!input) continue;
    if (input.type === "checkbox") input.checked = f[k] === "true" || f[k] === "1";
    else input.value = f[k] ?? "";
  }
}

function route() {
  fillForm();
  const key = currentParams().get("event");
  if (key) showEvent(key); else showOverview();
}

$("filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const form = new FormData(ev.target);
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = form.get(k);
    if (typeof v === "string" && v.trim()) f[k] = v.trim();
  }
  // admin1 has no input: keep it from the URL so a bookmarked admin1 view is not widened silently.
  if (currentFilters().admin1) f.admin1 = currentFilters().admin1;
  navigate(buildQuery(f, carried()));
});
$("reset").addEventListener("click", () => navigate(buildQuery({}, carried())));
$("back-link").addEventListener("click", (ev) => { ev.preventDefault(); navigate(new URL($("back-link").href).search); });
$("home-link").addEventListener("click", (ev) => { ev.preventDefault(); navigate(buildQuery({}, carried())); });
window.addEventListener("popstate", route);

// Leaflet is a classic deferred script; deferred scripts and module scripts run in document order.
route();
