"""Add a report by URL: fetch, keep the original, extract, propose the claims as pending.

:func:`add_url` is ``tracker add URL``. In order, and refusing with one line (the URL and
the reason) before anything is written:

1. the URL (canonical form) is already in the ledger -> refused without a request;
2. fetch (:func:`tracker.ingest.fetch.fetch`): dead link, timeout, neither HTML nor PDF,
   too large;
3. the final URL after redirects is already in the ledger -> refused;
4. decode in the declared charset (refused when it does not decode) and extract the main
   text and metadata (:func:`tracker.ingest.page.read_page`; a PDF through
   :func:`tracker.ingest.pdf.read_pdf`); a main text shorter than :data:`MIN_TEXT_CHARS`
   is refused, and so is the same text already in the ledger;
5. language: given (``lang``, e.g. a feed's) > declared by the page > declared by the
   server > detected among the supported languages; claims are proposed
   (:func:`tracker.claims.extract.extract_claims`, ``review: pending``) only in a supported
   language;
6. the text and the gzip-compressed original (``.html.gz`` or ``.pdf.gz``) go to the
   ledger's seeds folder (:func:`tracker.ingest.store.seeds_dir_for`), the report is
   saved with :func:`tracker.table.ledger.add_report` (URL = the final URL) and its
   ``text`` field set to the stored text; the duplicate index records it.

The report's ``text`` path is relative to the ledger folder's parent, as the loader reads
it (``seeds/...`` for the project's data, ``DIR/seeds/...`` for ``--data DIR``).

Example:
    >>> add_url("ftp://example.org/a", "/nonexistent")
    Traceback (most recent call last):
    ...
    tracker.ingest.fetch.IngestError: ftp://example.org/a: not an http(s) URL
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker import paths
from tracker.ingest.fetch import HTML_TYPES, FetchConfig, IngestError, fetch
from tracker.ingest.language import declared_language, detect_language, supported_languages
from tracker.ingest.page import PageText, decode_html, read_page
from tracker.ingest.pdf import PDF_TYPES, read_pdf
from tracker.ingest.store import seeds_dir_for, store_page
from tracker.table.dedup import DuplicateIndex, open_index
from tracker.table.files import sha256_hex
from tracker.table.ledger import DuplicateReportError, add_report, ledger_events
from tracker.table.urls import canonical_url

#: A page whose main text is shorter than this is refused (a menu, a paywall stub).
MIN_TEXT_CHARS = 80


@dataclass(frozen=True)
class Hints:
    """What the caller knows about a page before fetching it (a feed item, the command line).

    ``language`` and ``published`` given here win over the page's own; ``fallback_published``
    (e.g. a feed item's date) is used only when the page declares no date.
    """

    language: str | None = None
    published: str | None = None
    fallback_published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Added:
    """A report added by URL: its file, what was read from the page, and where it is kept."""

    path: Path
    url: str
    title: str | None
    outlet: str | None
    published: str | None
    precision: str
    language: str
    language_source: str  # given, declared, server, detected, unknown
    claims: int
    text_file: Path
    html_file: Path


def add_url(
    url: str,
    data_dir: Path | str | None = None,
    *,
    hints: Hints | None = None,
    accept_all: bool = False,
    config: FetchConfig | None = None,
) -> Added:
    """Fetch ``url`` and add it to the ledger with its claims proposed (see the module notes).

    Raises :class:`IngestError` (fetch, charset, no text) or
    :class:`tracker.table.ledger.DuplicateReportError` (already in the ledger), each with
    the URL first in its one-line message; nothing is written then.
    """
    hints = hints or Hints()
    if canonical_url(url) is None:
        raise IngestError(url, "not an http(s) URL")
    data = Path(data_dir) if data_dir else paths.data_dir()
    index = open_index(data)
    _refuse(index, url, None, url)
    fetched = fetch(url, config, HTML_TYPES | PDF_TYPES, "an HTML page or a PDF")
    final = fetched.final_url
    if final != url:
        _refuse(index, final, None, url, f" (it redirects to {final})")
    is_pdf = fetched.media_type in PDF_TYPES
    if is_pdf:
        page = read_pdf(fetched.body, url)
    else:
        page = read_page(decode_html(fetched.body, fetched.charset, url), final)
    if len(page.text) < MIN_TEXT_CHARS:
        raise IngestError(url, f"no main text found in the page ({len(page.text)} characters)")
    _refuse(index, None, sha256_hex(page.text), url)

    language, language_source = _language(page, fetched.content_language, hints)
    published, precision = _published(page, hints)
    claims = _propose(page.text, published, language, data, accept_all)
    outlet = hints.outlet or page.site or _host(final)
    meta = {
        "url": final,
        "outlet": outlet,
        "title": hints.title or page.title,
        "published": published if precision in ("day", "month") else None,
        "language": language,
        "note": _note(page, language_source, precision, published, language),
    }
    stored = store_page(seeds_dir_for(data), page.text, fetched.body, ".pdf" if is_pdf else ".html")
    try:
        path = add_report(meta, None, claims, data, stored_text=stored.text)
    except BaseException:
        stored.remove()
        raise
    index.record(path)
    return Added(
        path=path,
        url=final,
        title=meta["title"],
        outlet=outlet,
        published=meta["published"],
        precision=precision,
        language=language,
        language_source=language_source,
        claims=len(claims),
        text_file=stored.text,
        html_file=stored.html,
    )


def _refuse(
    index: DuplicateIndex, url: str | None, text_hash: str | None, asked: str, why: str = ""
) -> None:
    match = index.find(url, text_hash)
    if match is None:
        return
    rel = _relative(paths.reports_dir(index.data) / match.file, index.data.parent)
    what = "the same text is already" if match.kind == "text" else "already"
    raise DuplicateReportError(f"{asked}: {what} in the ledger ({rel}){why}")


def _language(page: PageText, server: str | None, hints: Hints) -> tuple[str, str]:
    for code, source in (
        (declared_language(hints.language), "given"),
        (page.language, "declared"),
        (declared_language(server), "server"),
    ):
        if code:
            return code, source
    detected = detect_language(page.text)
    return (detected, "detected") if detected else ("und", "unknown")


def _published(page: PageText, hints: Hints) -> tuple[str | None, str]:
    if hints.published:
        return hints.published, "day" if len(hints.published) == 10 else "month"
    if page.published:
        return page.published, page.precision
    if hints.fallback_published:
        return hints.fallback_published.isoformat(), "day"
    return None, "unknown"


def _propose(
    text: str, published: str | None, language: str, data: Path, accept_all: bool
) -> list[dict[str, Any]]:
    """Claims proposed by the extractor, in report-file form; none in an unsupported language."""
    if language not in supported_languages():
        return []
    from tracker.claims.extract import extract_claims
    from tracker.claims.new_sources import claims_for_report
    from tracker.claims.registry import load_registry

    registry_path = data / "sources.csv"
    registry = load_registry(registry_path) if registry_path.exists() else None
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    proposals = extract_claims(text, day, language, registry=registry, events=ledger_events(data))
    return claims_for_report(proposals, data, accept=accept_all)[0]


def _note(
    page: PageText, language_source: str, precision: str, published: str | None, language: str
) -> str | None:
    parts = []
    if page.author:
        parts.append(f"author: {page.author}")
    if precision == "year" and published:
        parts.append(f"published: {published} (year only)")
    if language_source in ("detected", "unknown"):
        parts.append(f"language {language_source}")
    if language not in supported_languages():
        parts.append(f"no word tables for language {language!r}: no claims proposed")
    return "; ".join(parts) or None


def _host(url: str) -> str | None:
    canonical = canonical_url(url)
    return canonical.split("/")[2] if canonical else None


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
