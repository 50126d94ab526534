"""A fetched PDF -> its text and metadata (pypdf), in the same shape as a web page.

The title and author come from the document information, the date from ``/CreationDate``
with the precision it was written with (``D:2024`` is a year, ``D:202411`` a month,
``D:20241104...`` a day), the declared language from the catalogue's ``/Lang``. Scanned
pages have no text layer: their text is empty (and the page is then refused upstream).

Example:
    >>> pdf_date("D:20241104083000Z")
    ('2024-11-04', 'day')
    >>> pdf_date("D:202411")
    ('2024-11', 'month')
    >>> pdf_date("yesterday") is None
    True
"""

from __future__ import annotations

import io
import re
from typing import Any

from tracker.ingest.fetch import IngestError
from tracker.ingest.language import declared_language
from tracker.ingest.page import PageText

PDF_TYPES = frozenset({"application/pdf"})
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_date(value: object) -> tuple[str, str] | None:
    """Date and precision of a PDF date string (``D:YYYYMMDDHHmmSS...``), or None."""
    match = _PDF_DATE.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = match.groups()
    if month and day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def read_pdf(body: bytes, url: str) -> PageText:
    """Text and metadata of a PDF; :class:`IngestError` when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            raise IngestError(url, "unreadable PDF (encrypted)")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info: Any = reader.metadata or {}
        root: Any = reader.trailer["/Root"]
        lang = root.get("/Lang")
    except (PyPdfError, ValueError, KeyError, TypeError) as err:
        if isinstance(err, IngestError):
            raise
        raise IngestError(url, f"unreadable PDF ({type(err).__name__}: {err})") from None
    published, precision = pdf_date(info.get("/CreationDate")) or (None, "unknown")
    return PageText(
        text="\n\n".join(p for p in pages if p),
        title=_text(info.get("/Title")),
        site=None,
        author=_text(info.get("/Author")),
        published=published,
        precision=precision,
        language=declared_language(str(lang)) if lang else None,
    )


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
