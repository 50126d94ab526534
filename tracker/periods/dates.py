"""Date arithmetic and calendar helpers of the time normaliser (no words, no phrases).

Spans are pairs of inclusive dates (:data:`Pair`). Calendar units are the words of
:mod:`tracker.lexicon.calendar` ("day", "week", "fortnight", "weekend", "month",
"quarter", "half", "year", "decade", "century"); weeks run Monday-Sunday. The two
helpers that depend on a convention (:func:`part_of`, :func:`week_of_month`) take a
:class:`tracker.periods.conventions.Conventions`. Named ``dates`` so as not to shadow the standard
library's ``calendar`` module.

Example:
    >>> import datetime as dt
    >>> unit_span(dt.date(2024, 11, 1), "quarter")
    (datetime.date(2024, 10, 1), datetime.date(2024, 12, 31))
    >>> add_months(dt.date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
"""

from __future__ import annotations

import calendar
import datetime as dt

from tracker.lexicon import calendar as cw
from tracker.periods.conventions import (
    DEFAULT_CONVENTIONS,
    SEASON_PART,
    SEASON_START,
    WEEK_PARTS,
    Conventions,
)

Pair = tuple[dt.date, dt.date]


def last_day(y: int, m: int) -> int:
    """The number of days in month m of year y.

    Example:
        >>> last_day(2024, 2)
        29
    """
    return calendar.monthrange(y, m)[1]


def date_or_none(y: int, m: int, d: int) -> dt.date | None:
    """The date y-m-d, or None when it does not exist.

    Example:
        >>> date_or_none(2025, 2, 29) is None
        True
    """
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 31) or d > last_day(y, m):
        return None
    return dt.date(y, m, d)


def month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    """The first and last day of month m of year y.

    Example:
        >>> month_span(2024, 2)
        (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    return dt.date(y, m, 1), dt.date(y, m, last_day(y, m))


def months_span(y: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    """From the first day of y-m1 to the last day of y2-m2.

    Example:
        >>> months_span(2024, 11, 2025, 1)
        (datetime.date(2024, 11, 1), datetime.date(2025, 1, 31))
    """
    return dt.date(y, m1, 1), dt.date(y2, m2, last_day(y2, m2))


def add_months(d: dt.date, n: int) -> dt.date:
    """D moved by n months, the day clipped to the end of the month.

    Example:
        >>> add_months(dt.date(2024, 3, 31), -1)
        datetime.date(2024, 2, 29)
    """
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return dt.date(y, m + 1, min(d.day, last_day(y, m + 1)))


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """D moved by n calendar units (a weekend moves by weeks, a business day skips Sat-Sun).

    Example:
        >>> shift(dt.date(2024, 11, 1), -2, "fortnight")
        datetime.date(2024, 10, 4)
    """
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "business day":  # Monday-Friday; holidays are not known
        step = 1 if n > 0 else -1
        for _ in range(abs(n)):
            d += dt.timedelta(days=step)
            while d.weekday() >= 5:
                d += dt.timedelta(days=step)
        return d
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return add_months(d, n * months[unit])


def unit_span(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar unit containing d.

    Example:
        >>> unit_span(dt.date(2024, 11, 1), "week")
        (datetime.date(2024, 10, 28), datetime.date(2024, 11, 3))
    """
    if unit == "day":
        return d, d
    if unit in ("week", "fortnight"):
        mon = d - dt.timedelta(days=d.weekday())
        return mon, mon + dt.timedelta(days=6)
    if unit == "weekend":
        sat = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
        return sat, sat + dt.timedelta(days=1)
    if unit == "month":
        return month_span(d.year, d.month)
    if unit == "quarter":
        q0 = (d.month - 1) // 3 * 3 + 1
        return months_span(d.year, q0, d.year, q0 + 2)
    if unit == "half":
        h0 = 1 if d.month <= 6 else 7
        return months_span(d.year, h0, d.year, h0 + 5)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        y0 = d.year // size * size
        return dt.date(max(y0, 1), 1, 1), dt.date(y0 + size - 1, 12, 31)
    return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)


def part_of(
    span: tuple[dt.date, dt.date],
    unit: str,
    part: str,
    conv: Conventions = DEFAULT_CONVENTIONS,
) -> tuple[dt.date, dt.date]:
    """The early, mid or late part of a unit's span (conventions of DESIGN §3).

    Example:
        >>> part_of(month_span(2024, 12), "month", "mid")
        (datetime.date(2024, 12, 11), datetime.date(2024, 12, 20))
    """
    s, e = span
    if unit == "month":
        a, b = conv.month_parts[part]
        return s.replace(day=a), s.replace(day=min(b, e.day))
    if unit == "year":
        a, b = conv.year_parts[part]
        return months_span(s.year, a, s.year, b)
    if unit in ("week", "weekend"):
        a, b = WEEK_PARTS[part]
        return s + dt.timedelta(days=a), s + dt.timedelta(days=b)
    # season / quarter / half: split into thirds of months
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    third = max(months // 3, 1)
    i = SEASON_PART[part]
    first = add_months(s, i * third)
    last = add_months(s, (i + 1) * third - 1) if i < 2 else e
    return first, dt.date(last.year, last.month, last_day(last.year, last.month))


def season_span(y: int, season: str) -> tuple[dt.date, dt.date]:
    """A meteorological season of year y (winter Y = December Y - February Y+1).

    Example:
        >>> season_span(2024, "winter")
        (datetime.date(2024, 12, 1), datetime.date(2025, 2, 28))
    """
    m = SEASON_START[season]
    s = dt.date(y, m, 1)
    e = add_months(s, 2)
    return s, dt.date(e.year, e.month, last_day(e.year, e.month))


def iso_week(y: int, n: int) -> Pair | None:
    """ISO 8601 week n of year y (Monday-Sunday; week 1 holds the year's first Thursday).

    Example:
        >>> iso_week(2025, 1)
        (datetime.date(2024, 12, 30), datetime.date(2025, 1, 5))
    """
    last = dt.date(y, 12, 28).isocalendar()[1]
    if n < 0:
        n = last + 1 + n
    if not 1 <= n <= last:
        return None
    mon = dt.date.fromisocalendar(y, n, 1)
    return mon, mon + dt.timedelta(days=6)


def easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm).

    Example:
        >>> easter(2025)
        datetime.date(2025, 4, 20)
    """
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def holiday(y: int, spec: tuple[object, ...]) -> Pair | None:
    """The day of a holiday in year y, from its spec in :data:`calendar_words.HOLIDAYS`.

    A spec is ("fixed", month, day), ("easter", days after Easter), ("nth", month, n,
    weekday) or ("table", id) for a holiday from the generated table.

    Example:
        >>> holiday(2024, ("nth", 11, 4, 3))
        (datetime.date(2024, 11, 28), datetime.date(2024, 11, 28))
    """
    if not 1583 <= y <= 9999:
        return None
    if spec[0] == "table":
        return _table_holiday(y, str(spec[1]))
    if spec[0] == "easter":
        x: dt.date | None = easter(y) + dt.timedelta(days=int(spec[1]))  # type: ignore[call-overload]
    elif spec[0] == "nth":
        _, m, o, wd = spec
        iv = nth_weekday(y, int(m), int(o), int(wd))  # type: ignore[call-overload]
        x = iv[0] if iv else None
    else:
        x = date_or_none(y, int(spec[1]), int(spec[2]))  # type: ignore[call-overload]
    return (x, x) if x else None


def _table_holiday(y: int, hid: str) -> Pair | None:
    """A generated holiday's days in year y (see :data:`calendar_words.HOLIDAY_DATES`).

    Example:
        >>> _table_holiday(2024, "KR:추석")
        (datetime.date(2024, 9, 17), datetime.date(2024, 9, 17))
    """
    years = cw.HOLIDAY_DATES.get(hid, ())
    k = y - cw.HOLIDAY_FIRST_YEAR
    if not 0 <= k < len(years) or not years[k]:
        return None
    first, _, last = years[k].partition("-")
    a = date_or_none(y, int(first[:2]), int(first[2:]))
    b = date_or_none(y, int(last[:2]), int(last[2:])) if last else a
    return (a, b) if a and b else None


def quarter_span(y: int, kind: str, q: int) -> Pair | None:
    """Quarter or half q of year y (kind "quarter" or "half"), or None when q is out of range.

    Example:
        >>> quarter_span(2025, "half", 2)
        (datetime.date(2025, 7, 1), datetime.date(2025, 12, 31))
    """
    size = 3 if kind == "quarter" else 6
    if not 1 <= q <= 12 // size:
        return None
    m0 = (q - 1) * size + 1
    return months_span(y, m0, y, m0 + size - 1)


def week_of_month(y: int, m: int, o: int, conv: Conventions = DEFAULT_CONVENTIONS) -> Pair | None:
    """Week o of a month (o < 0 counts from the end): days 1-7, 8-14, ... by convention.

    Example:
        >>> week_of_month(2024, 5, -1)
        (datetime.date(2024, 5, 25), datetime.date(2024, 5, 31))
    """
    if conv.week_of_month == "iso":
        first = dt.date(y, m, 1)
        mon = first - dt.timedelta(days=first.weekday())
        mons = [mon + dt.timedelta(weeks=k) for k in range(6)]
        weeks = [(x, x + dt.timedelta(days=6)) for x in mons if (x + dt.timedelta(3)).month == m]
        idx = o - 1 if o > 0 else o
        return weeks[idx] if -len(weeks) <= idx < len(weeks) else None
    last = last_day(y, m)
    if o < 0:
        return dt.date(y, m, last - 6), dt.date(y, m, last)
    if not 1 <= o <= 5 or 7 * (o - 1) + 1 > last:
        return None
    return dt.date(y, m, 7 * (o - 1) + 1), dt.date(y, m, min(7 * o, last))


def nth_weekday(y: int, m: int, o: int, wd: int) -> Pair | None:
    """The o-th weekday wd (Monday = 0) of month m of year y, as a one-day span.

    Example:
        >>> nth_weekday(2024, 5, 2, 1)
        (datetime.date(2024, 5, 14), datetime.date(2024, 5, 14))
    """
    first = dt.date(y, m, 1)
    x = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (o - 1))
    return (x, x) if x.month == m else None
