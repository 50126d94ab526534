"""Named events of the domain ("the full-scale invasion"), passed in as an immutable table.

The dates live in ``data/events.csv`` (read by :func:`tracker.table.events.load_events`, not
here: the time normaliser reads no files); the words that name each event are data of the
language files (``EVENT_WORDS``: phrase -> event id, assembled in
:data:`tracker.lexicon.calendar.EVENT_WORDS`). :func:`tracker.periods.parse.parse_when`
takes an :class:`Events` as ``events=`` and reads an event's name as its date, so "since the
start of the full-scale invasion" is the period from 2022-02-24 to publication.

Example:
    >>> ev = Events.from_mapping({"full-scale-invasion": "2022-02-24"})
    >>> str(ev.date("full-scale-invasion"))
    '2022-02-24'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from tracker.lexicon import calendar as cw

__all__ = ["Events", "substitute_events"]


@dataclass(frozen=True)
class Events:
    """Event id -> date, immutable and hashable (parse caches key on it).

    Example:
        >>> Events.from_mapping({"a": dt.date(2024, 8, 6)}).ids
        ('a',)
    """

    items: tuple[tuple[str, dt.date], ...] = ()

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, dt.date | str]) -> Events:
        """An Events table from id -> date (a date or an ISO string); bad dates are left out.

        Example:
            >>> Events.from_mapping({"x": "not a date", "y": "2024-08-06"}).ids
            ('y',)
        """
        out = []
        for key, value in mapping.items():
            day = value if isinstance(value, dt.date) else _iso(value)
            if isinstance(key, str) and key and day is not None:
                out.append((key, day))
        return cls(tuple(sorted(out)))

    @property
    def ids(self) -> tuple[str, ...]:
        """The event ids, sorted."""
        return tuple(k for k, _ in self.items)

    def date(self, event_id: str) -> dt.date | None:
        """The date of an event, or None when the table does not hold it."""
        for k, v in self.items:
            if k == event_id:
                return v
        return None


def _iso(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _event_re(lang: str) -> re.Pattern[str] | None:
    words = {**cw.EVENT_WORDS.get("en", {}), **cw.EVENT_WORDS.get(lang, {})}
    if not words:
        return None
    alts = []
    for w in sorted(words, key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"\s+")
        lb = "" if _CJK.match(w[0]) else r"(?<!\w)"  # CJK words are not spaced apart
        rb = "" if _CJK.match(w[-1]) else r"(?!\w)"
        alts.append(f"{lb}{body}{rb}")
    return re.compile("|".join(alts), re.IGNORECASE)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def substitute_events(
    text: str, lang: str, events: Events | None, *, keep_offsets: bool = True
) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """`text` with each named event of the table written as its ISO date, and what was swapped.

    With `keep_offsets` the date is padded with spaces to the length of the words it
    replaces (words shorter than a date are then left as they are), so offsets stay valid.
    Returns the new text and (event id, start, end) of each swapped name in the input.

    Example:
        >>> ev = Events.from_mapping({"full-scale-invasion": "2022-02-24"})
        >>> out, used = substitute_events("since the start of the full-scale invasion", "en", ev)
        >>> out.strip(), used
        ('since 2022-02-24', (('full-scale-invasion', 6, 42),))
    """
    if events is None or not events.items:
        return text, ()
    pattern = _event_re(lang)
    if pattern is None:
        return text, ()
    words = {**cw.EVENT_WORDS.get("en", {}), **cw.EVENT_WORDS.get(lang, {})}
    used: list[tuple[str, int, int]] = []

    def swap(m: re.Match[str]) -> str:
        key = " ".join(m.group().lower().split())
        event_id = words.get(key)
        day = events.date(event_id) if event_id else None
        if day is None or (keep_offsets and len(m.group()) < 10):
            return m.group()
        used.append((str(event_id), m.start(), m.end()))
        iso = day.isoformat()
        if keep_offsets:
            return iso.ljust(len(m.group()))
        return iso if _CJK.search(m.group()) else f" {iso} "

    return pattern.sub(swap, text), tuple(used)
