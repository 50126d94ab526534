"""One partition of an archive -> its proposals, counts and errors (the function every engine runs).

:func:`scan_partition` is a plain function of its arguments: the same partition and options
give the same result in this process, a local process pool or a Dask worker on another host.

Example:
    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = path.write_text(json.dumps({"url": "https://example.org/1", "language": "en",
    ...     "published": "2024-11-01",
    ...     "text": "North Korea sent 3,000 troops to Russia in October."}) + "\\n")
    >>> from tracker.scan.archive import partitions
    >>> result = scan_partition(partitions(path)[0], ScanOptions.default())
    >>> result.read, result.relevant, result.proposals["figure_text"].tolist()
    (1, 1, ['3,000 troops'])
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.claims.columns import from_rows
from tracker.claims.extract import MAX_CHARS, propose
from tracker.claims.registry import Registry
from tracker.periods.events import Events
from tracker.scan.archive import Partition, published_date, read_partition
from tracker.scan.prefilter import Prefilter

if TYPE_CHECKING:
    import pandas as pd

UNKNOWN_LANGUAGE = "und"  # ISO 639-2 "undetermined": counts of articles with no language


@dataclass(frozen=True)
class ScanOptions:
    """What every partition is scanned with (sent once to each worker)."""

    prefilter: Prefilter
    registry: Registry | None = None
    default_lang: str | None = None  # for articles without a language; None: guess
    ages: bool = False
    max_chars: int = MAX_CHARS
    events: Events | None = None  # named events ("since the full-scale invasion")

    @classmethod
    def default(cls, registry: Registry | None = None, events: Events | None = None) -> ScanOptions:
        """Options with the shipped subject words.

        Example:
            >>> ScanOptions.default().default_lang is None
            True
        """
        return cls(Prefilter.from_tables(), registry, events=events)


@dataclass
class PartResult:
    """What one partition gave: proposals (claims-table columns), counts and errors."""

    label: str
    proposals: pd.DataFrame
    read: int = 0
    relevant: int = 0
    claims: int = 0
    languages: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)


def report_id_for_url(url: str) -> str:
    """The draft report id of an archive article (its claim ids are made from it).

    Example:
        >>> report_id_for_url("https://example.org/1")
        'scan-18c17418f5ad'
    """
    return "scan-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def _language_code(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower()


def _count(langs: dict[str, dict[str, int]], lang: str, key: str, n: int = 1) -> None:
    entry = langs.setdefault(lang, {"read": 0, "relevant": 0, "claims": 0})
    entry[key] += n


def scan_article(article: dict[str, Any], options: ScanOptions) -> tuple[str, list[dict]] | None:
    """One article's language and proposal rows, or None when the prefilter drops it.

    Raises what a bad article raises (no url, text not a string, bad date, too long).

    Example:
        >>> scan_article({"url": "u", "text": "Markets rose."}, ScanOptions.default()) is None
        True
    """
    url, text = article.get("url"), article.get("text")
    if not isinstance(url, str) or not url.strip():
        raise ValueError("the article has no url")
    if not isinstance(text, str):
        raise TypeError(f"text is {type(text).__name__}, not a string")
    if len(text) > options.max_chars:
        raise ValueError(
            f"text is {len(text):,} characters; an article is read up to {options.max_chars:,}"
        )
    given = _language_code(article.get("language")) or options.default_lang
    lang = options.prefilter.language(text, given)
    if lang is None:
        return None
    published, date_flag = published_date(article.get("published"))
    rows = propose(
        text,
        published,
        lang,
        report_id_for_url(url),
        registry=options.registry,
        ages=options.ages,
        max_chars=options.max_chars,
        events=options.events,
    )
    outlet = article.get("outlet")
    extra = [f for f in (date_flag, None if given else "language-guessed") if f]
    for row in rows:
        row["url"] = url
        row["outlet"] = outlet if isinstance(outlet, str) and outlet else None
        row["report_file"] = None  # not in the ledger yet: `tracker add --from-scan` files it
        if extra:
            row["flags"] = ";".join([f for f in row["flags"].split(";") if f] + extra)
    return lang, rows


def scan_partition(part: Partition, options: ScanOptions) -> PartResult:
    """Read one partition, prefilter its articles, propose the claims of the relevant ones.

    A bad article (or an unreadable line or file) is recorded in ``errors`` with its url
    and where it was; it never stops the partition.

    Example:
        >>> from tracker.scan.archive import Partition
        >>> scan_partition(Partition("/nonexistent.jsonl", "jsonl"), ScanOptions.default()
        ...                ).errors[0]["where"]
        'nonexistent.jsonl@0'
    """
    batch = read_partition(part)
    listed = [a["_problem"] for a in batch.articles if "_problem" in a]
    unlisted = [p for p in batch.problems if not any(p is q for q in listed)]
    result = PartResult(part.label, from_rows([]), errors=unlisted)
    rows: list[dict[str, Any]] = []
    for article in batch.articles:
        if "_problem" in article:  # an unreadable line, in its place among the articles
            result.errors.append(article["_problem"])
            continue
        where = article.pop("_where", part.label)
        given = _language_code(article.get("language")) or UNKNOWN_LANGUAGE
        result.read += 1
        _count(result.languages, given, "read")
        try:
            found = scan_article(article, options)
        except Exception as err:  # noqa: BLE001 - a bad article is recorded, never fatal
            url = article.get("url")
            result.errors.append(
                {
                    "url": url if isinstance(url, str) else None,
                    "where": where,
                    "error": f"{type(err).__name__}: {err}",
                }
            )
            continue
        if found is None:
            continue
        lang, article_rows = found
        result.relevant += 1
        result.claims += len(article_rows)
        _count(result.languages, lang, "relevant")
        _count(result.languages, lang, "claims", len(article_rows))
        rows.extend(article_rows)
    if rows:
        result.proposals = from_rows(rows)
    return result
