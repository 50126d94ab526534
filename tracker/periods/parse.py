"""Time phrase + publication date -> :class:`Period` (start, end, kind, precision).

The report's own grammar is resolved here: a lexer turns words into one-letter tokens
(tables in :mod:`tracker.lexicon.calendar`), *anchor rules* (regular expressions over the
token letters) reduce them to anchors ("last week", "mid-December", "Q1 2025"), and
*phrase rules* combine anchors with cues ("by", "since", "between ... and ..."). What
the grammar does not cover goes to dateparser, one language at a time, imported lazily.

This module is the public entry point; the machinery lives in layers, each importing only
the ones before it: :mod:`tracker.periods.period` (:class:`Period`, its vocabularies),
:mod:`tracker.periods.conventions`, :mod:`tracker.periods.dates` (date arithmetic),
:mod:`tracker.periods.lexer`, :mod:`tracker.periods.anchors` (what an anchor means),
:mod:`tracker.periods.rules` (anchor rules), :mod:`tracker.periods.phrases` (phrase rules) and
:mod:`tracker.periods.fallback` (dateparser).

Conventions (DESIGN §3, recorded in ``Period.convention`` when used): weeks run
Monday-Sunday; early/mid/late month = days 1-10 / 11-20 / 21-end; early/mid/late year =
Jan-Apr / May-Aug / Sep-Dec; seasons are meteorological (winter Y = Dec Y - Feb Y+1);
a deadline runs from the publication date to the end of its anchor; a bare month or
weekday looks back unless a cue or the tense says otherwise; a current period read in
the past is clipped at the publication date ("in October" published 2024-10-18 ->
2024-10-01..2024-10-18); "week 10" / "the third week of 2027" are ISO 8601 weeks, while
"the first week of May" is May 1-7; "from X to Y" includes Y; "N units ago / from now" is
a day, "for N units from X" the window X .. X + N units - 1 day; "more than N units ago"
is open before that day, "less than N units ago" the days from it to publication; "the
past N decades" are whole calendar decades before the current one; a business day is
Monday-Friday. The machine clock is never read. Another tool's conventions may be passed
as ``conventions=`` (:class:`tracker.periods.conventions.Conventions`).

Example:
    >>> import datetime
    >>> p = parse_when("by the end of the year", datetime.date(2024, 11, 1))
    >>> (str(p.start), str(p.end), p.kind)
    ('2024-11-01', '2024-12-31', 'deadline')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from tracker.lexicon import calendar as cw
from tracker.periods.conventions import DEFAULT_CONVENTIONS, Conventions
from tracker.periods.events import Events, substitute_events
from tracker.periods.fallback import fallback as _fallback
from tracker.periods.lexer import TIME_OF_DAY
from tracker.periods.period import (
    KINDS,
    NEEDS_PUBLICATION_DATE,
    PRECISIONS,
    Period,
    asof,
)
from tracker.periods.phrases import analyse as _analyse
from tracker.periods.phrases import build_period as _build
from tracker.periods.phrases import matches as _matches
from tracker.periods.phrases import parse_grammar as _parse_grammar

__all__ = [
    "KINDS",
    "NEEDS_PUBLICATION_DATE",
    "PRECISIONS",
    "Period",
    "asof",
    "find_times",
    "guess_tense",
    "parse_when",
    "supported_date",
    "SUPPORTED_YEARS",
]


def guess_tense(sentence: str, lang: str = "en") -> str | None:
    """'future' when the sentence has a future or plan marker ("will", "예정"), else None.

    Example:
        >>> guess_tense("They will send more troops by March.")
        'future'
    """
    padded = f" {sentence.lower()} "
    markers = cw.FUTURE_MARKERS.get(lang, ())
    return "future" if any(m in padded for m in markers) else None


_TENSES = ("past", "future")
_TIME_OF_DAY = re.compile(TIME_OF_DAY, re.IGNORECASE)
_CLAUSE = ".,;:!?。、\n"
_MAX_LEN = 300


def parse_when(
    text: str,
    published: dt.date | None,
    lang: str = "en",
    *,
    tense: str | None = None,
    conventions: Conventions = DEFAULT_CONVENTIONS,
    engine: str = "auto",
    events: Events | None = None,
) -> Period | None:
    """Resolve the words that date a figure into a :class:`Period`, or None.

    Args:
        text: the time phrase ("by the end of the year", "지난 8~13일", "im Oktober").
        published: the report's publication date; None keeps relative phrases unresolved
            (start and end None, flag "needs-publication-date").
        lang: ISO 639-1 code of the phrase.
        tense: how a bare month, weekday or day number is directed: "past" (the latest one
            up to publication; also the default, None), "future" (the next one), or "auto"
            (whichever reading lies nearest the publication date, the past one on a tie; for
            planned figures, whose words may point either way).
        conventions: how early/mid/late, current periods and range ends resolve
            (default: the project's, DESIGN §3).
        engine: ``auto`` (the grammar, then guarded dateparser; cached), or ``grammar`` /
            ``dateparser`` alone and uncached (to measure each).
        events: named events of the domain (:class:`tracker.periods.events.Events`, loaded
            by the caller from data/events.csv); their names read as their dates ("since
            the start of the full-scale invasion").

    Returns:
        The Period, or None when the words are not a time ("may", "$2,000 a month").

    Example:
        >>> str(parse_when("in October", dt.date(2024, 11, 1)))
        '2024-10-01..2024-10-31 period (month) "in October" [direction=past (default)]'
    """
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_LEN:
        return None
    day = supported_date(published)
    if published is not None and day is None:
        return None
    lang = lang.lower() if isinstance(lang, str) and lang else "en"
    if events is not None:
        swapped, used = substitute_events(text, lang, events, keep_offsets=False)
        if used:
            found = parse_when(swapped, day, lang, tense=tense, conventions=conventions)
            if found is None:
                return None
            note = ", ".join(f"{u}={events.date(u)}" for u, _, _ in used)
            conv = f"{found.convention}; event {note}" if found.convention else f"event {note}"
            return replace(
                found, text=text.strip(), convention=conv, span_start=None, span_end=None
            )
    if tense == "auto":
        return _nearest(text, day, lang, conventions, engine)
    tense = tense if tense in _TENSES else None
    try:
        if engine == "grammar":
            found = _parse_grammar(text, day, lang, tense, search=True, conv=conventions)
        elif engine == "dateparser":
            found = _fallback.__wrapped__(text, day, lang, tense)
        else:
            found = _parse_cached(text, day, lang, tense, conventions)
    except (ValueError, OverflowError):  # date arithmetic beyond the calendar: no reading
        return None
    return found if _in_range(found) else None


#: The years a Period may lie in; a reading outside them is no reading (None).
SUPPORTED_YEARS: tuple[int, int] = (1900, 2100)


def supported_date(value: object) -> dt.date | None:
    """A publication date as a date inside :data:`SUPPORTED_YEARS`, else None.

    Takes a date, a datetime or an ISO string ("2024-11-01"); anything else (junk, a date
    that does not exist, a year outside the range) is None: no publication date.

    Example:
        >>> supported_date("2024-11-01"), supported_date("2024-02-30"), supported_date(None)
        (datetime.date(2024, 11, 1), None, None)
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, dt.date):
        return None
    return value if SUPPORTED_YEARS[0] <= value.year <= SUPPORTED_YEARS[1] else None


def _in_range(period: Period | None) -> bool:
    """True when ``period`` ends and starts (where known) inside :data:`SUPPORTED_YEARS`."""
    if period is None:
        return False
    for day in (period.start, period.end):
        if day is not None and not SUPPORTED_YEARS[0] <= day.year <= SUPPORTED_YEARS[1]:
            return False
    return period.start is None or period.end is None or period.start <= period.end


def _distance(p: Period, pub: dt.date) -> int:
    """Days between a period and a date (0 when the period holds it)."""
    if p.start is None or p.end is None:
        return 10**6
    if p.start <= pub <= p.end:
        return 0
    return min(abs((p.start - pub).days), abs((p.end - pub).days))


def _nearest(
    text: str, pub: dt.date | None, lang: str, conv: Conventions, engine: str
) -> Period | None:
    """tense="auto": the past and the future reading, whichever is nearer `pub`.

    When both hold `pub` (a current period), the whole period.

    Example:
        >>> str(parse_when("in March", dt.date(2025, 2, 20), tense="auto").start)
        '2025-03-01'
        >>> str(parse_when("in October", dt.date(2024, 11, 1), tense="auto").start)
        '2024-10-01'
    """
    past = parse_when(text, pub, lang, conventions=conv, engine=engine)
    future = parse_when(text, pub, lang, tense="future", conventions=conv, engine=engine)
    if past is None or future is None or pub is None or past == future:
        return past or future
    d_past, d_future = _distance(past, pub), _distance(future, pub)
    if d_past == d_future == 0 and past.start and future.end:
        # both readings hold the publication date ("this week", "in October" on an October
        # page): the whole period, not the part up to publication
        start = min(past.start, future.start or past.start)
        end = max(past.end or future.end, future.end)
        note = "tense=auto: the whole current period"
        return replace(past, start=start, end=end, convention=note)
    if d_future < d_past:
        return future
    return past


@functools.lru_cache(maxsize=8192)
def _parse_cached(
    text: str, pub: dt.date | None, lang: str, tense: str | None, conv: Conventions
) -> Period | None:
    known = lang in cw.WORDS
    found = _parse_grammar(text, pub, lang, tense, search=known, conv=conv)
    if found is not None:
        return found
    if pub is not None and _TIME_OF_DAY.search(text):
        return Period(pub, pub, "point", "day", text.strip(), "time of day=the publication day")
    found = _fallback(text, pub, lang, tense)
    if found is not None or known:
        return found
    # a language without word tables: dateparser first, then digits the grammar can read
    return _parse_grammar(text, pub, lang, tense, search=True, conv=conv)


def find_times(
    text: str,
    published: dt.date | None,
    lang: str = "en",
    *,
    tense: str | None = None,
    conventions: Conventions = DEFAULT_CONVENTIONS,
    events: Events | None = None,
) -> list[Period]:
    """Every time phrase in a longer text, in order, with span offsets.

    Args:
        text: any text (an article, a sentence).
        published: publication date of the report (None: relative phrases are flagged).
        lang: ISO 639-1 code.
        tense: "past", "future", None (default: cue words and the look-back default), or
            "auto": "future" for phrases in a clause with a future marker ("will").
        conventions: as for :func:`parse_when`.
        events: named events, as for :func:`parse_when`.

    Example:
        >>> [p.text for p in find_times("Troops arrived last week.", dt.date(2024, 11, 1))]
        ['last week']
    """
    if not isinstance(text, str) or not text:
        return []
    lang = lang.lower() if isinstance(lang, str) and lang else "en"
    published = supported_date(published)
    original = text
    text, swapped = substitute_events(text, lang, events)  # same length: offsets hold
    try:
        red = _analyse(text, lang)
    except Exception:  # pragma: no cover
        return []
    out = []
    for i, j, rule in _matches(red):
        phrase_tense = tense if tense in _TENSES else None
        if tense == "auto":
            a, b = red[i].start, red[j - 1].end
            left = max(text.rfind(c, 0, a) for c in _CLAUSE)
            rights = [k for k in (text.find(c, b) for c in _CLAUSE) if k >= 0]
            phrase_tense = guess_tense(text[left + 1 : min(rights) if rights else len(text)], lang)
        try:
            period = _build(rule, red[i:j], text, published, phrase_tense, conventions)
        except (ValueError, OverflowError):  # date arithmetic beyond the calendar
            continue
        if _in_range(period) and period is not None:
            if swapped:  # an event was read as its date: the span covers its words
                a, b = period.span
                b = max([b] + [e for _, s, e in swapped if s < b <= e])
                period = replace(period, text=original[a:b], span_end=b)
            out.append(period)
    return out
