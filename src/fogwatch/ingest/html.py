"""HTML pages and feed fragments -> main text, title, publication date and outlet.

Bytes are decoded here, once, in this order: byte-order mark, the charset the server declared, the
page's own ``<meta charset>``, strict UTF-8, then charset-normalizer's guess. The first that decodes
without error wins, so a server that declares UTF-8 for Windows-1252 bytes still gives clean text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import warnings
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Block-level tags end a paragraph when a feed's HTML fragment is turned into plain text.
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"})


@dataclass(frozen=True, slots=True)
class HtmlDoc:
    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None


def decode_bytes(data: bytes, declared: str | None = None, *, name: str = "the page") -> str:
    """Text of ``data``; raises ``InputError`` (code ``binary``) for bytes that are not text at all."""
    if b"\x00" in data[:10_000] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes), not text or HTML",
                         code="binary")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    meta = _META_CHARSET.search(data[:4096])
    candidates: list[str | None] = [declared, meta.group(1).decode("ascii") if meta else None, "utf-8"]
    for candidate in candidates:
        codec_name = _codec(candidate)
        if codec_name is None:
            continue
        try:
            return data.decode(codec_name)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:200_000]).best()
    if guess is None or guess.encoding is None:
        # Nothing fits: cp1252 maps almost every byte, so the text stays readable and offsets stay
        # consistent; a handful of wrong characters beats losing the article.
        return data.decode("cp1252", errors="replace")
    return data.decode(guess.encoding, errors="replace")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read pages declared ISO-8859-1 as Windows-1252 (WHATWG encoding standard): do the same,
    # or curly quotes and dashes in the 0x80-0x9f range turn into control characters.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def parse_html(html: str, *, url: str | None = None) -> HtmlDoc:
    """Main text and metadata of a news page; raises ``InputError`` (``no_text``) when there is none."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Only dates the page states (meta tags, time elements) are trusted: htmldate's extensive
        # search guesses from any date-like string, and a wrong publication date would misplace
        # every relative date ("on Monday") in the article.
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    found: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = _tidy(found.get("text") or "")
    if not text:
        # trafilatura drops pages it judges too short to be articles; a short note is still news
        text = fragment_text(html, body_only=True)
    if not text:
        raise InputError(f"{url or 'the page'}: no article text found in the HTML", code="no_text")
    return HtmlDoc(
        text=text,
        title=found.get("title") or None,
        published=_date(found.get("date")),
        outlet=found.get("sitename") or outlet_from_url(url),
    )


def fragment_text(html: str, *, body_only: bool = False) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph a line."""
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return _tidy(html)
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return _tidy(html)
    if body_only:
        bodies = root.xpath("//body")
        if not bodies:
            return ""
        root = bodies[0]
    for bad in root.xpath(".//script|.//style|.//noscript|.//nav|.//header|.//footer"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()
