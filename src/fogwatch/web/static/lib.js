// Pure helpers of the fogwatch page: no DOM, no network, so they can be tested under node.

// The filters the page shares through the URL query string; the names are the API's own.
export const FILTER_KEYS = ["country", "admin1", "date_from", "date_to", "actor", "event_type", "contested"];

export const EVENT_TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};

/** A stable colour for an event type; unknown types get one from their name. */
export function colourFor(type) {
  if (type && Object.prototype.hasOwnProperty.call(EVENT_TYPE_COLOURS, type)) return EVENT_TYPE_COLOURS[type];
  let h = 0;
  for (const ch of String(type ?? "")) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${h % 360}, 45%, 45%)`;
}

/** Marker radius in pixels: area grows with fatalities, bounded so big events do not hide the map. */
export function radiusFor(fatalities) {
  const n = Number(fatalities);
  return Math.min(30, 4 + 2.5 * Math.sqrt(Number.isFinite(n) && n > 0 ? n : 0));
}

/** The filters in a query string, as a plain object of the keys that are set. */
export function readFilters(search) {
  const q = new URLSearchParams(search);
  const out = {};
  for (const k of FILTER_KEYS) {
    const v = (q.get(k) ?? "").trim();
    if (v) out[k] = v;
  }
  return out;
}

/** A query string for filters plus extras (event, tiles); empty values are dropped, order is stable. */
export function buildQuery(filters, extra = {}) {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) q.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** An absolute http(s) URL, or null: `javascript:`, `data:` and relative links are never rendered. */
export function safeHttpUrl(value) {
  if (typeof value !== "string" || !value) return null;
  let url;
  try { url = new URL(value); } catch { return null; }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** A tile URL template we accept: http(s) or a path on this server; anything else means no tiles. */
export function safeTileTemplate(value) {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (!v) return null;
  if (v.startsWith("/") && !v.startsWith("//")) return v;
  return /^https?:\/\//i.test(v) ? v : null;
}

/** A list out of whatever list envelope the API uses. */
export function listOf(data, ...names) {
  if (Array.isArray(data)) return data;
  if (data && typeof data === "object") {
    for (const n of [...names, "items", "results", "data"]) if (Array.isArray(data[n])) return data[n];
  }
  return [];
}

/** One event as the page uses it, whether the API sends a stored event ({key, source, event}) or a flat one. */
export function normEvent(item) {
  const ev = item && typeof item.event === "object" && item.event ? item.event : (item ?? {});
  return {
    key: String(item?.key ?? ev.key ?? ev.id ?? ""),
    event: ev,
    source: item?.source ?? null,
    sources: Array.isArray(item?.sources) ? item.sources : null,
    cluster_id: item?.cluster_id ?? null,
    contested: item?.contested ?? null,
  };
}

/** One claim with its source, whether sent as a stored claim ({source, claim, event_key}) or bare. */
export function normClaim(item) {
  const c = item && typeof item.claim === "object" && item.claim ? item.claim : (item ?? {});
  return { claim: c, source: item?.source ?? null, event_key: item?.event_key ?? c.event_id ?? null };
}

/** The store's article id of a source: what GET articles/{id} takes. */
export function articleIdOf(source) {
  if (!source) return null;
  const id = source.article_id ?? source.content_hash ?? source.id ?? null;
  return id === null || id === undefined ? null : String(id);
}

/** Events per day and type, for the timeline: {days: [iso...], types: [...], counts: Map(day -> Map(type -> n))}. */
export function countByDay(events) {
  const counts = new Map();
  const types = new Set();
  for (const e of events) {
    const day = typeof e.event?.event_date === "string" ? e.event.event_date.slice(0, 10) : null;
    if (!day) continue;
    const type = e.event.event_type || "unknown";
    types.add(type);
    if (!counts.has(day)) counts.set(day, new Map());
    const m = counts.get(day);
    m.set(type, (m.get(type) ?? 0) + 1);
  }
  const days = [];
  const keys = [...counts.keys()].sort();
  if (keys.length) {
    // Every day between the first and the last, so gaps in reporting show as gaps.
    const end = Date.parse(`${keys[keys.length - 1]}T00:00:00Z`);
    for (let t = Date.parse(`${keys[0]}T00:00:00Z`); t <= end && days.length < 3660; t += 86400000) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  const known = Object.keys(EVENT_TYPE_COLOURS).filter((t) => types.has(t));
  const other = [...types].filter((t) => !known.includes(t)).sort();
  return { days, types: [...known, ...other], counts };
}

/**
 * A function from Python string offsets (code points, as the pipeline counts) to JavaScript string
 * offsets (UTF-16 units): they differ after any character outside the Basic Multilingual Plane.
 */
export function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => Math.max(0, Math.min(i, text.length));
  const map = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

/**
 * The article text cut at every span boundary: [{start, end, marked}] in UTF-16 offsets, covering
 * the text exactly once; `marked` says some evidence span covers the segment.
 */
export function segments(length, spans) {
  const cuts = new Set([0, length]);
  const clean = [];
  for (const s of spans) {
    const a = Math.max(0, Math.min(length, s.start | 0));
    const b = Math.max(0, Math.min(length, s.end | 0));
    if (b > a) { cuts.add(a); cuts.add(b); clean.push([a, b]); }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    out.push({ start, end, marked: clean.some(([a, b]) => a <= start && end <= b) });
  }
  return out;
}

/** Claims grouped by party (unattributed claims last), keeping their order within a party. */
export function groupByParty(claims) {
  const groups = new Map();
  for (const c of claims) {
    const party = c.claim.party || c.claim.speaker?.affiliation || "";
    if (!groups.has(party)) groups.set(party, []);
    groups.get(party).push(c);
  }
  const named = [...groups.keys()].filter((p) => p).sort((a, b) => a.localeCompare(b));
  const order = groups.has("") ? [...named, ""] : named;
  return order.map((party) => ({ party: party || "unattributed", claims: groups.get(party) }));
}

/** Evidence of an event grouped by the field it supports ("fatalities_best" also counts for "fatalities"). */
export function evidenceByField(event) {
  const by = new Map();
  for (const ev of Array.isArray(event?.evidence) ? event.evidence : []) {
    const f = ev.field || "";
    if (!by.has(f)) by.set(f, []);
    by.get(f).push(ev);
  }
  return by;
}

export function evidenceFor(byField, field) {
  const out = [...(byField.get(field) ?? [])];
  for (const [f, list] of byField) {
    if (f !== field && (field.startsWith(`${f}_`) || f.startsWith(`${field}_`))) out.push(...list);
  }
  return out;
}
