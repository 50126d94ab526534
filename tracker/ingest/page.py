"""A fetched page -> its main text and metadata (trafilatura), decoded without guessing.

:func:`decode_html` takes the charset the server declared (HTTP header, else the page's
``<meta charset>``, else a byte-order mark, else UTF-8) and refuses bytes that do not decode
in it. :func:`read_page` returns the main text (navigation and footers left out) with the
title, site name, author, declared language and publication date. The date comes from the
page's own metadata (``article:published_time``, ``datePublished`` and the like) with its
precision (``day``, ``month``, ``year``); only when none is declared does it fall back to
trafilatura's reading of the markup (htmldate without its extensive text search).

Example:
    >>> page = read_page('<html lang="de"><head><title>T</title>'
    ...     '<meta property="article:published_time" content="2024-11">'
    ...     '</head><body><article><p>' + 'Ein Satz über Züge. ' * 20 +
    ...     '</p></article></body></html>', "https://example.org/a")
    >>> page.published, page.precision, page.language
    ('2024-11', 'month', 'de')
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any

from tracker.ingest.fetch import IngestError
from tracker.ingest.language import declared_language

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s].*)?$")
#: Page metadata that declares the publication date, in order of trust.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class PageText:
    """The main text of a page and what the page says about itself."""

    text: str
    title: str | None
    site: str | None
    author: str | None
    published: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    precision: str  # day, month, year or unknown
    language: str | None  # declared (primary subtag), None when the page declares none


def declared_charset(body: bytes, header: str | None) -> str:
    """The charset to decode ``body`` with: HTTP header, ``<meta>``, BOM, else UTF-8.

    Example:
        >>> declared_charset(b'<meta charset="windows-1251">', None)
        'windows-1251'
        >>> declared_charset(b"<p>x</p>", "ISO-8859-1")
        'ISO-8859-1'
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    if header:
        return header
    match = _META_CHARSET.search(body[:4096])
    if match:
        return match.group(1).decode("ascii")
    return "utf-8"


def decode_html(body: bytes, header_charset: str | None, url: str) -> str:
    """The page as text; :class:`IngestError` when its charset is unknown or does not fit.

    Example:
        >>> decode_html("<p>Zürich</p>".encode("latin-1"), "latin-1", "u")
        '<p>Zürich</p>'
        >>> decode_html(b"<p>\\xff</p>", None, "https://example.org/a")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        tracker.ingest.fetch.IngestError: https://example.org/a: undecodable: not valid utf-8 ...
    """
    charset = declared_charset(body, header_charset)
    try:
        codecs.lookup(charset)
    except LookupError:
        raise IngestError(url, f"undecodable: unknown charset {charset!r}") from None
    try:
        return body.decode(charset)
    except UnicodeDecodeError as err:
        bad = body[err.start : err.start + 1].hex()
        raise IngestError(
            url, f"undecodable: not valid {charset} (byte 0x{bad} at {err.start})"
        ) from None


def read_page(html: str, url: str) -> PageText:
    """Main text and metadata of a page (see the module notes); empty text when none found."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    try:  # lxml refuses text that still carries an XML encoding declaration
        tree = lxml_html.fromstring(_XML_DECL.sub("", html, count=1)) if html.strip() else None
    except (ValueError, etree.ParserError):
        tree = None
    declared = _declared_date(tree) if tree is not None else None
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _get(doc, "text") or ""
    if declared is None and _get(doc, "date"):
        declared = _precise_date(str(_get(doc, "date")))
    published, precision = declared or (None, "unknown")
    return PageText(
        text=text.strip(),
        title=_get(doc, "title"),
        site=_get(doc, "sitename"),
        author=_get(doc, "author"),
        published=published,
        precision=precision,
        language=_declared_language(tree) if tree is not None else None,
    )


def _get(doc: Any, name: str) -> Any:
    if doc is None:
        return None
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value or None


def _precise_date(value: str) -> tuple[str, str] | None:
    """``("2024-11", "month")`` from ``"2024-11"``; a full timestamp gives its day."""
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def _declared_date(tree: Any) -> tuple[str, str] | None:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in DATE_META and meta.get("content") and key not in found:
            found[key] = meta.get("content")
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            value = _json_ld_date(script.text)
            if value:
                found.setdefault("datepublished", value)
    for key in DATE_META:
        if key in found and (date := _precise_date(found[key])):
            return date
    return None


def _json_ld_date(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data]
    items += [g for d in items if isinstance(d, dict) for g in d.get("@graph", [])]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
            return str(item["datePublished"])
    return None


def _declared_language(tree: Any) -> str | None:
    root = tree.getroottree().getroot()
    tags = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language":
            tags.append(meta.get("content"))
        if (meta.get("property") or "").lower() == "og:locale":
            tags.append(meta.get("content"))
    for tag in tags:
        if code := declared_language(tag):
            return code
    return None
