"""The dateparser fallback of the time normaliser, for what the grammar does not read.

Only phrases that look like a time are tried (:func:`fallback` skips money, counts of
people and long texts; in a language with word tables a strong time token is needed).
dateparser is imported lazily, on the first call, and its parsers are reused: one per
language, direction and reference date. Without a publication date the phrase is parsed
at two probe dates: when the readings differ it is relative, and flagged.

Example:
    >>> import datetime as dt
    >>> dp_once("3 de marzo de 2025", "es", "past", dt.datetime(2025, 5, 1))
    (datetime.date(2025, 3, 3), 'day')
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from tracker.lexicon import calendar as cw
from tracker.periods.dates import unit_span
from tracker.periods.lexer import tokenize
from tracker.periods.period import NEEDS_PUBLICATION_DATE, Period

_DP_PRECISION = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}
_NOT_A_TIME = re.compile(r"[$€£¥₩%]|\d[\d,.]*\s*(?:000|thousand|million|명|人)")
_PROBE_BASES = (dt.datetime(2001, 3, 14), dt.datetime(2013, 9, 25))


@functools.lru_cache(maxsize=64)
def _dp_parser(lang: str, direction: str, base: dt.datetime) -> object:
    from dateparser.date import DateDataParser  # lazy: dateparser costs ~0.1 s to import

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "PREFER_DATES_FROM": direction,
        "RETURN_TIME_AS_PERIOD": False,
    }
    return DateDataParser(languages=[lang], settings=settings)


def dp_once(text: str, lang: str, direction: str, base: dt.datetime) -> tuple[dt.date, str] | None:
    """The dateparser reading of a phrase at one reference date: (day, precision), or None."""
    try:
        data = _dp_parser(lang, direction, base).get_date_data(text)  # type: ignore[attr-defined]
    except Exception:
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), _DP_PRECISION.get(data.period or "day", "day")


def _fallback_worthy(text: str, lang: str) -> bool:
    if _NOT_A_TIME.search(text) or len(text) > 80:
        return False
    if lang not in cw.WORDS:
        return True
    strong = {"M", "W", "S", "Y", "D", "Z", "d", "Q"}
    return any(t.kind in strong and not t.amb for t in tokenize(text, lang))


@functools.lru_cache(maxsize=4096)
def fallback(text: str, pub: dt.date | None, lang: str, tense: str | None) -> Period | None:
    """Dateparser for what the grammar does not cover (one language, reused parsers)."""
    if not _fallback_worthy(text, lang):
        return None
    direction = "future" if tense == "future" else "past"
    got: tuple[dt.date, str] | None
    try:
        if pub is None:
            probes = [dp_once(text, lang, direction, b) for b in _PROBE_BASES]
            if probes[0] is None or probes[0] != probes[1]:
                either = probes[0] or probes[1]
                if either is None:
                    return None
                prec = either[1]
                return Period(
                    None,
                    None,
                    "point" if prec == "day" else "period",
                    prec,
                    text.strip(),
                    flag=NEEDS_PUBLICATION_DATE,
                    source="dateparser",
                )
            got = probes[0]
        else:
            got = dp_once(text, lang, direction, dt.datetime(pub.year, pub.month, pub.day, 12))
    except Exception:  # pragma: no cover - dateparser missing or broken
        return None
    if got is None:
        return None
    day, prec = got
    start, end = unit_span(day, prec) if prec != "day" else (day, day)
    kind = "point" if prec == "day" else "period"
    conv = f"dateparser, direction={direction}"
    if kind == "period" and pub and start <= pub < end and direction == "past":
        end = pub
        conv += "; current period clipped at publication"
    return Period(start, end, kind, prec, text.strip(), convention=conv, source="dateparser")
