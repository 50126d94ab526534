"""Reports as they arrive: pages by URL and feeds, with their originals kept.

- :func:`tracker.ingest.add.add_url` (``tracker add URL``): fetch a page, keep its HTML
  (gzip) and main text under the ledger's seeds folder, propose its claims as pending;
- :func:`tracker.ingest.feeds.fetch_feeds` (``tracker fetch``): the new items of RSS and
  Atom feeds, each added the same way, duplicates skipped and counted.

This stage sits above :mod:`tracker.table` (it uses the ledger, the duplicate index and
the extractor); nothing below imports it.

Example:
    >>> from tracker.ingest import FetchConfig
    >>> FetchConfig().read_timeout
    20.0
"""

from __future__ import annotations

from tracker.ingest.add import Added, Hints, add_url
from tracker.ingest.feeds import Feed, FetchSummary, fetch_feeds, read_feeds
from tracker.ingest.fetch import FetchConfig, IngestError

__all__ = [
    "Added",
    "Feed",
    "FetchConfig",
    "FetchSummary",
    "Hints",
    "IngestError",
    "add_url",
    "fetch_feeds",
    "read_feeds",
]
