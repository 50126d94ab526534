"""Follow feeds: read ``feeds.csv``, list each RSS or Atom feed's items, add the new ones.

``<data>/feeds.csv`` has the columns ``name, url, language, active`` (``active``: yes/no,
true/false or 1/0; lines starting with ``#`` are comments). :func:`fetch_feeds` fetches
each active feed (:func:`tracker.ingest.fetch.fetch`), parses it with feedparser, and adds
every item with :func:`tracker.ingest.add.add_url`, the feed's language and the item's date
as hints. An item whose link (canonical form) or text is already in the ledger is skipped
and counted; a failure is one line (URL and reason) and counted; nothing stops the run.

Example:
    >>> FetchSummary(items=2, new=1, duplicates=1).line()
    '2 items: 1 new, 1 already in the ledger, 0 failed'
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tracker import paths
from tracker.errors import ValidationError
from tracker.ingest.add import Hints, add_url
from tracker.ingest.fetch import FEED_TYPES, FetchConfig, IngestError, fetch
from tracker.table.dedup import open_index
from tracker.table.ledger import DuplicateReportError

FEED_COLUMNS = ("name", "url", "language", "active")
_TRUE = {"yes", "true", "1", "y"}
_FALSE = {"no", "false", "0", "n", ""}
#: A progress bar is shown (on a terminal) from this many items on.
PROGRESS_FROM = 10


@dataclass(frozen=True)
class Feed:
    """One feed to follow."""

    name: str
    url: str
    language: str | None = None
    active: bool = True


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: its link and what the feed says about it."""

    link: str
    title: str | None
    published: dt.date | None
    feed: Feed


@dataclass
class FetchSummary:
    """Counts of one ``tracker fetch`` run, and a line per failure."""

    items: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    added: list[Path] = field(default_factory=list)

    def line(self) -> str:
        """The summary line, e.g. ``2 items: 1 new, 1 already in the ledger, 0 failed``."""
        noun = "item" if self.items == 1 else "items"
        return (
            f"{self.items} {noun}: {self.new} new, {self.duplicates} already in the ledger, "
            f"{self.failed} failed"
        )


def read_feeds(path: Path | str) -> list[Feed]:
    """The feeds listed in a ``feeds.csv``; :class:`ValidationError` naming file and line.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "feeds.csv"
        >>> _ = p.write_text("name,url,language,active\\n# a comment\\n"
        ...                  "Example,https://example.org/feed.xml,en,no\\n")
        >>> read_feeds(p)
        [Feed(name='Example', url='https://example.org/feed.xml', language='en', active=False)]
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ValidationError([f"{path}: cannot read the feed list: {err}"]) from None
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    missing = [c for c in FEED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError([f"{path}: missing columns {missing} (want {list(FEED_COLUMNS)})"])
    feeds, problems = [], []
    for number, row in enumerate(reader, start=2):
        name, url = (row["name"] or "").strip(), (row["url"] or "").strip()
        active = (row["active"] or "").strip().lower()
        if active not in _TRUE | _FALSE:
            problems.append(f"{path}: row {number} ({name!r}): field 'active': {active!r}")
            continue
        if not url:
            problems.append(f"{path}: row {number} ({name!r}): field 'url' is empty")
            continue
        language = (row["language"] or "").strip() or None
        feeds.append(Feed(name or url, url, language, active in _TRUE))
    if problems:
        raise ValidationError(problems)
    return feeds


def feed_items(feed: Feed, config: FetchConfig | None = None) -> list[FeedItem]:
    """The items of one RSS or Atom feed, in feed order; :class:`IngestError` if unreadable."""
    import feedparser

    fetched = fetch(feed.url, config, FEED_TYPES, "an RSS or Atom feed")
    parsed = feedparser.parse(fetched.body)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise IngestError(feed.url, "not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        keys = entry.keys()  # not .get(): feedparser maps a missing "published" to "updated"
        stamp = entry.get("published_parsed" if "published_parsed" in keys else "updated_parsed")
        day = dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC).date() if stamp else None
        items.append(FeedItem(link.strip(), entry.get("title"), day, feed))
    return items


def fetch_feeds(
    feeds: Iterable[Feed],
    data_dir: Path | str | None = None,
    *,
    config: FetchConfig | None = None,
    on_failure: Callable[[str], None] | None = None,
    progress_from: int = PROGRESS_FROM,
    progress_file: TextIO | None = None,
) -> FetchSummary:
    """Add the new items of the active ``feeds`` to the ledger; return the counts.

    ``on_failure`` receives each failure's line as it happens. A tqdm progress bar goes to
    ``progress_file`` (default: stderr) from ``progress_from`` items on, and only when that
    stream is a terminal.
    """
    from tqdm import tqdm

    data = Path(data_dir) if data_dir else paths.data_dir()
    summary = FetchSummary()

    def fail(line: str) -> None:
        summary.failures.append(line)
        if on_failure:
            on_failure(line)

    items: list[FeedItem] = []
    for feed in feeds:
        if not feed.active:
            continue
        try:
            items.extend(feed_items(feed, config))
        except IngestError as err:
            fail(str(err))
    summary.items = len(items)
    bar = tqdm(
        items,
        disable=None if len(items) >= progress_from else True,  # None: only on a terminal
        file=progress_file or sys.stderr,
        unit="item",
        leave=False,
    )
    for item in bar:
        _take(item, data, config, summary, fail)
    return summary


def _take(
    item: FeedItem,
    data: Path,
    config: FetchConfig | None,
    summary: FetchSummary,
    fail: Callable[[str], None],
) -> None:
    """Add one feed item, counting it as new, already in the ledger, or failed."""
    if not item.link:
        summary.failed += 1
        fail(f"{item.feed.url}: an item without a link ({item.title!r})")
        return
    if open_index(data).by_url(item.link):
        summary.duplicates += 1
        return
    hints = Hints(language=item.feed.language, fallback_published=item.published)
    try:
        added = add_url(item.link, data, hints=hints, config=config)
    except DuplicateReportError:
        summary.duplicates += 1
    except (IngestError, ValidationError, ValueError, OSError) as err:
        summary.failed += 1
        line = str(err).replace("\n", " ")
        fail(line if line.startswith(item.link) else f"{item.link}: {line}")
    else:
        summary.new += 1
        summary.added.append(added.path)
