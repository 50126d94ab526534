"""Anchor rules of the time normaliser: runs of token letters -> :class:`Anchor`.

Each rule of :data:`_ANCHOR_RULES` is a regular expression over the token letters of
:mod:`tracker.periods.lexer` ("M[dNO]Y?" is a month, a day and maybe a year) and a builder
that reads the matched tokens (:class:`Tokens`) into an anchor of
:mod:`tracker.periods.anchors`, or returns None to let a shorter rule try.
:func:`anchor_index` groups the compiled rules by the letters they can start with; the
phrase layer (:mod:`tracker.periods.phrases`) takes the longest match at each position,
earlier rules first on ties.

Example:
    >>> from tracker.periods.lexer import tokenize
    >>> anchor = _b_month_day(Tokens(tokenize("March 3rd 2025", "en")))
    >>> (anchor.fn.__name__, anchor.args, anchor.prec)
    ('resolve_date', (2025, 3, 3), 'day')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from tracker.periods.anchors import (
    Anchor,
    Ctx,
    Span,
    precision_of,
    resolve_century,
    resolve_compared,
    resolve_date,
    resolve_days_in_month,
    resolve_decade,
    resolve_dom,
    resolve_dom_weekday,
    resolve_duration_hence,
    resolve_holiday,
    resolve_iso_week,
    resolve_month,
    resolve_month_range,
    resolve_month_relyear,
    resolve_none,
    resolve_nth_weekday,
    resolve_nth_weekday_after,
    resolve_offset,
    resolve_offsets,
    resolve_open_future,
    resolve_quarter,
    resolve_rel,
    resolve_rel_month,
    resolve_rel_month_day,
    resolve_rel_season,
    resolve_rel_weekday,
    resolve_rolling,
    resolve_season,
    resolve_season_relyear,
    resolve_trim,
    resolve_vague,
    resolve_week_days,
    resolve_week_of,
    resolve_week_of_month,
    resolve_weekday,
    resolve_weekday_relweek,
    resolve_weekend,
    resolve_within,
    resolve_within_steps,
    resolve_year,
    resolve_year_number,
    resolve_zday,
)
from tracker.periods.lexer import Tok


class Tokens:
    """The tokens of one rule match, looked up by kind."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks

    def get(self, kinds: str, nth: int = 0) -> Tok | None:
        """The nth token of one of the kinds, or None."""
        found = [t for t in self.toks if t.kind in kinds]
        return found[nth] if len(found) > nth else None

    def val(self, kinds: str, nth: int = 0) -> object:
        """The value of the nth token of one of the kinds, or None."""
        tok = self.get(kinds, nth)
        return None if tok is None else tok.value

    def unit(self, nth: int = 0) -> str:
        """The nth calendar unit ('week', 'month', ...)."""
        return str(self.val("U", nth))


def _A(fn: Callable[..., Span | None], *args: object, prec: str, **kw: object) -> Anchor:
    return Anchor(fn, args, prec, **kw)  # type: ignore[arg-type]


def _b_numeric(t: Tokens) -> Anchor | None:
    ymd = t.val("D")
    assert isinstance(ymd, tuple)  # a numeric date token carries (year, month, day)
    y, m, d = ymd
    if not 1 <= m <= 12:
        return None
    if d is None:
        return _A(resolve_month, y, m, None, prec="month")
    return _A(resolve_date, y, m, d, prec="day", under=y is None)


def _b_month_day(t: Tokens) -> Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    y = t.val("Y")
    return _A(resolve_date, y, t.val("M"), d, prec="day", under=y is None)


def _b_month(t: Tokens) -> Anchor | None:
    y = t.val("Y")
    return _A(resolve_month, y, t.val("M"), t.val("P"), prec="month", under=y is None)


def _b_dom(t: Tokens) -> Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(resolve_dom, d, None, prec="day", under=True, spec=0)


def _b_dom_past(t: Tokens) -> Anchor | None:
    a = _b_dom(t)
    if a is not None:
        a.fn = _forced(resolve_dom, "past")
    return a


def _forced(fn: Callable[..., Span | None], direction: str) -> Callable[..., Span | None]:
    def run(*args: object) -> Span | None:
        ctx = args[-1]
        assert isinstance(ctx, Ctx)
        return fn(*args[:-1], replace(ctx, direction=direction, source="cue"))

    return run


def _b_dom_rel(t: Tokens) -> Anchor | None:
    d = t.val("dNO")
    if t.unit() != "month" or not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(resolve_dom, d, t.val("LTX"), prec="day")


def _b_weekday_relweek(t: Tokens) -> Anchor | None:
    if t.unit() != "week":
        return None
    return _A(resolve_weekday_relweek, t.val("W"), t.val("LTX"), prec="day")


def _b_nth_weekday(t: Tokens) -> Anchor | None:
    o = t.val("O")
    if t.get("U") is not None and t.unit() != "month":
        return None
    rel = t.val("LTX") if t.get("U") else None
    m = t.val("M")
    return _A(
        resolve_nth_weekday,
        o,
        t.val("W"),
        m,
        rel if m is None else None,
        prec="day",
        under=m is not None,
    )


def _b_rel_unit(t: Tokens) -> Anchor | None:
    unit = t.unit()
    part = t.val("P")
    if part and unit not in ("week", "month", "year", "quarter", "half", "weekend"):
        return None
    if unit in ("quarter", "half", "fortnight", "decade") and part:
        return None
    n = t.val("LTX")
    return _A(resolve_rel, unit, 0 if n is None else n, part, prec=precision_of(unit))


def _b_month_relyear(t: Tokens) -> Anchor | None:
    if t.unit() != "year":
        return None
    day = t.val("dN")
    if day is not None and not 1 <= int(day) <= 31:  # type: ignore[call-overload]
        return None
    prec = "day" if day else "month"
    return _A(resolve_month_relyear, t.val("M"), t.val("LTX"), t.val("P"), day, prec=prec)


def _b_year(t: Tokens) -> Anchor | None:
    if t.get("U") is not None and t.unit() != "year":
        return None
    return _A(resolve_year, t.val("Y"), t.val("P"), prec="year")


def _b_quarter(t: Tokens) -> Anchor | None:
    q = t.val("Q")
    if q is not None:
        kind, n = q  # type: ignore[misc]
    else:
        kind, n = t.unit(), t.val("O")
        if kind not in ("quarter", "half"):
            return None
    rel = None
    if t.get("LTX") is not None:
        if t.unit(len([x for x in t.toks if x.kind == "U"]) - 1) != "year":
            return None
        rel = t.val("LTX")
    y = t.val("Y")
    return _A(resolve_quarter, y, kind, n, rel, prec=kind, under=y is None and rel is None)


def _b_season(t: Tokens) -> Anchor | None:
    y = t.val("Y")
    return _A(resolve_season, y, t.val("S"), t.val("P"), prec="season", under=y is None)


def _b_rel_season(t: Tokens) -> Anchor | None:
    return _A(resolve_rel_season, t.val("S"), t.val("LTX"), t.val("P"), prec="season")


def _b_season_relyear(t: Tokens) -> Anchor | None:
    if t.unit() != "year":
        return None
    return _A(resolve_season_relyear, t.val("S"), t.val("LTX"), t.val("P"), prec="season")


def _b_week_of_month(t: Tokens) -> Anchor | None:
    if t.unit() != "week":
        return None
    first = t.get("OLR")
    o = -1 if first is None or first.kind in "LR" else int(first.value)  # type: ignore[call-overload]
    if t.get("U", 1) is not None:
        if t.unit(1) != "month":
            return None
        rel = t.toks[2].value
        return _A(resolve_week_of_month, o, None, None, rel, prec="week")
    y = t.val("Y")
    return _A(resolve_week_of_month, o, t.val("M"), y, None, prec="week", under=y is None)


def _b_offset(sign: int) -> Callable[[Tokens], Anchor | None]:
    def build(t: Tokens) -> Anchor | None:
        n = t.val("N")
        return _A(resolve_offset, 1 if n is None else n, t.unit(), sign, prec="day")

    return build


def _b_rolling(sign: int) -> Callable[[Tokens], Anchor | None]:
    def build(t: Tokens) -> Anchor | None:
        v = t.get("V")
        if v is not None and v.value != "recent":
            return None
        n = t.val("N")
        return _A(resolve_rolling, 1 if n is None else n, t.unit(), sign, prec="unknown")

    return build


def _b_within(t: Tokens) -> Anchor | None:
    n = t.val("N")
    return _A(resolve_within, 1 if n is None else n, t.unit(), prec=precision_of(t.unit()))


def _b_trim(t: Tokens) -> Anchor | None:
    side = "earlier" if t.get("E") is not None else "later"
    if t.get("M") is not None:
        inner = _A(resolve_month, None, t.val("M"), None, prec="month", under=True)
    else:
        unit = t.unit()
        if unit not in ("week", "month", "year", "quarter", "half", "weekend"):
            return None
        n = t.val("LTX")
        inner = _A(resolve_rel, unit, 0 if n is None else n, None, prec=precision_of(unit))
    return _A(resolve_trim, inner, side, prec=inner.prec)


def _adjacent(t: Tokens) -> bool:
    """Tokens written without spaces: "2019-sep-1", "Oct-2"."""
    return all(a.end == b.start for a, b in zip(t.toks, t.toks[1:], strict=False))


def _b_glued_date(t: Tokens) -> Anchor | None:
    return _b_month_day(t) if _adjacent(t) else None


def _b_unit_number(t: Tokens) -> Anchor | None:
    """'week 10 (of 2017)', 'year 247'."""
    n = t.val("N")
    if not isinstance(n, int):
        return None
    if t.unit() == "week":
        y = t.val("Y")
        return _A(resolve_iso_week, n, y, None, prec="week")
    if t.unit() == "year" and n >= 100 and t.get("Y") is None:
        return _A(resolve_year_number, n, prec="year")
    return None


def _b_week_of_year(t: Tokens) -> Anchor | None:
    if t.unit() != "week":
        return None
    first = t.get("OL")
    o = -1 if first is None or first.kind == "L" else int(first.value)  # type: ignore[call-overload]
    if t.get("U", 1) is not None:
        if t.unit(1) != "year":
            return None
        return _A(
            resolve_iso_week,
            o,
            None,
            t.val("LTX", 1 if first and first.kind == "L" else 0),
            prec="week",
        )
    return _A(resolve_iso_week, o, t.val("Y"), None, prec="week")


def _b_century(t: Tokens) -> Anchor | None:
    n = t.val("dO")
    return _A(resolve_century, n, prec="year") if t.unit() == "century" else None


def _b_steps(t: Tokens) -> tuple[tuple[int, str], ...]:
    nums = [x for x in t.toks if x.kind == "N"]
    units = [x for x in t.toks if x.kind == "U"]
    return tuple((int(n.value), str(u.value)) for n, u in zip(nums, units, strict=False))  # type: ignore[call-overload]


def _b_offsets(sign: int) -> Callable[[Tokens], Anchor | None]:
    def build(t: Tokens) -> Anchor | None:
        if t.get("s") is not None and t.val("s") != "from":
            return None  # "a week starting tomorrow" is a duration, not an offset
        z = t.val("Z")
        return _A(resolve_offsets, _b_steps(t), sign, z or 0, prec="day")

    return build


def _b_compared(t: Tokens) -> Anchor | None:
    """'more than 2 weeks ago', 'less than 3 days after tomorrow'."""
    steps = _b_steps(t)
    if not steps or any(u not in _STEP_UNITS for _, u in steps):
        return None
    sign = 1 if t.get("sHF") is not None else -1
    z = t.val("Z")
    return _A(resolve_compared, steps, sign, z or 0, t.val("c"), prec="day")


_STEP_UNITS = frozenset(("day", "business day", "week", "fortnight", "month", "year", "decade"))


def _b_within_steps(t: Tokens) -> Anchor | None:
    steps = _b_steps(t)
    return _A(resolve_within_steps, steps, prec=precision_of(steps[-1][1]))


def _b_week_of(t: Tokens) -> Anchor | None:
    if t.unit() != "week":
        return None
    p = t.get("P")
    if p is not None and p.value != "early":  # "the week beginning 4 February"
        return None
    rest = Tokens([x for x in t.toks if x.kind not in "UsP"])
    inner = _b_month_day(rest) if rest.get("M") is not None else _b_dom(rest)
    if inner is None:
        return None
    return _A(resolve_week_of, inner, prec="week", under=inner.under, spec=inner.spec)


def _b_duration(t: Tokens) -> Anchor | None:
    """'for 3 days' / '2 weeks' before a start ("from today", "starting May 20th")."""
    n = t.val("N")
    if not isinstance(n, int) or n < 1:
        return None
    return _A(resolve_none, prec=precision_of(t.unit()), duration=(n, t.unit()))


def _b_duration_hence(t: Tokens) -> Anchor | None:
    """'for 3 days from today'."""
    n = t.val("N")
    if not isinstance(n, int) or n < 1:
        return None
    return _A(resolve_duration_hence, n, t.unit(), prec="day")


def _b_week_days(t: Tokens) -> Anchor | None:
    """'next week between Wednesday and Friday'."""
    if t.unit() != "week":
        return None
    return _A(resolve_week_days, t.val("LTX"), t.val("W"), t.val("W", 1), prec="day")


def _b_days_in_month(t: Tokens) -> Anchor | None:
    """'November between 19 and 20', 'Feb between 2-7 2018'."""
    d1, d2 = t.val("dNO"), t.val("dNO", 1)
    if not isinstance(d1, int) or not isinstance(d2, int):
        return None
    y = t.val("Y")
    return _A(resolve_days_in_month, y, t.val("M"), d1, d2, prec="day", under=y is None)


def _b_coming(t: Tokens) -> Anchor | None:
    """'the coming weeks' (open end); 'the next decade' (the calendar decade)."""
    if t.get("N") is None and t.unit() in ("decade", "century"):
        return _A(resolve_rel, t.unit(), 1, None, prec="year")
    return _A(resolve_open_future, t.unit(), prec="unknown")


def _b_holiday(t: Tokens) -> Anchor | None:
    y = t.val("Y")
    rel = None
    if t.get("LTX") is not None:
        if t.unit() != "year":
            return None
        rel = t.val("LTX")
    return _A(resolve_holiday, t.val("J"), y, rel, prec="day", under=y is None and rel is None)


def _b_rel_month_day(t: Tokens) -> Anchor | None:
    """'지난 1월 11일': a day of the month before (or after) publication."""
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(resolve_rel_month_day, t.val("M"), d, t.val("LTX"), prec="day")


def _b_month_range(t: Tokens) -> Anchor | None:
    """'1~3월', '지난 1~3월': a run of months written with one month word at its end."""
    n = t.get("N")
    if n is None or not isinstance(n.value, int) or not _adjacent(Tokens(t.toks[-3:])):
        return None
    rel = t.val("LTX")
    return _A(resolve_month_range, n.value, t.val("M"), rel, prec="month", under=rel is None)


def _b_dom_weekday(t: Tokens) -> Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(resolve_dom_weekday, d, t.val("W"), prec="day", under=True, spec=0)


_ANCHOR_RULES: tuple[tuple[str, Callable[[Tokens], Anchor | None]], ...] = (
    # dates
    ("D", _b_numeric),
    ("WD", _b_numeric),
    ("M[dNO]Y?", _b_month_day),
    ("WM[dNO]Y?", _b_month_day),
    ("[dNO]MY?", _b_month_day),
    ("W[dNO]MY?", _b_month_day),
    ("YM[dN]", _b_month_day),
    ("[LTX]UM[dN]", _b_month_relyear),
    ("[LTX]M[dNO]", _b_rel_month_day),
    ("[LTX]N&M", _b_month_range),
    ("N&M", _b_month_range),
    ("W[dON]", _b_dom_weekday),
    ("Y&M&[dN]", _b_glued_date),
    ("M&[dN]", _b_glued_date),
    ("J", _b_holiday),
    ("J[in]?Y", _b_holiday),
    ("YJ", _b_holiday),
    ("J[in]?[LTX]U", _b_holiday),
    # the week holding a date, numbered weeks, centuries
    ("U[sP]?[in]?M[dNO]Y?", _b_week_of),
    ("U[sP]?[in]?[dNO]MY?", _b_week_of),
    ("[LTX]U[xs]W[&b]W", _b_week_days),
    ("Mx[dNO]&[dNO]Y?", _b_days_in_month),
    ("iNUH", _b_duration_hence),
    ("iNU", _b_duration),
    ("NU(?=s)", _b_duration),
    ("U[sP]?[dO]", _b_week_of),
    ("UNY?", _b_unit_number),
    ("[OLR]UY", _b_week_of_year),
    ("[OLR]U[LTX]U", _b_week_of_year),
    ("[dO]U", _b_century),
    ("L[dN]", _b_dom_past),
    ("[dNO][LTX]U", _b_dom_rel),
    ("d", _b_dom),
    ("N", _b_dom),
    ("Z", lambda t: _A(resolve_zday, t.val("Z"), prec="day")),
    # weekdays
    ("W[in]?[LTX]U", _b_weekday_relweek),
    ("[LTX]U[in]?W", _b_weekday_relweek),
    ("[LTX]W", lambda t: _A(resolve_rel_weekday, t.val("W"), t.val("LTX"), prec="day")),
    ("OWM", _b_nth_weekday),
    ("OW[LTX]U", _b_nth_weekday),
    ("OW", lambda t: _A(resolve_nth_weekday, t.val("O"), t.val("W"), None, 0, prec="day")),
    ("W", lambda t: _A(resolve_weekday, t.val("W"), prec="day", under=True, spec=0)),
    # months
    ("MY", _b_month),
    ("YM", _b_month),
    ("YMP", _b_month),
    ("PMY?", _b_month),
    ("MPY?", _b_month),
    ("M", _b_month),
    ("[LTX]M", lambda t: _A(resolve_rel_month, t.val("M"), t.val("LTX"), None, prec="month")),
    (
        "P[LTX]M",
        lambda t: _A(resolve_rel_month, t.val("M"), t.val("LTX"), t.val("P"), prec="month"),
    ),
    ("M[LTX]U", _b_month_relyear),
    ("[LTX]UMP?", _b_month_relyear),
    ("P[LTX]UM", _b_month_relyear),
    # weeks of a month
    ("[OLR]U[in]?MY?", _b_week_of_month),
    ("M[OL]U", _b_week_of_month),
    ("[OLR]U[LTX]U", _b_week_of_month),
    # years and relative units
    ("Y", _b_year),
    ("C", lambda t: _A(resolve_decade, t.val("C"), prec="year", under=int(t.val("C")) < 100)),  # type: ignore[call-overload]
    ("UY", _b_year),
    ("YU", _b_year),
    ("PY", _b_year),
    ("YP", _b_year),
    ("PUY", _b_year),
    ("[LTX]U", _b_rel_unit),
    (
        "U",
        lambda t: _A(resolve_weekend, prec="week", under=True) if t.unit() == "weekend" else None,
    ),
    ("P[LTX]U", _b_rel_unit),
    ("PU", _b_rel_unit),
    ("[LTX]UP", _b_rel_unit),
    ("UP", _b_rel_unit),
    # quarters and halves
    ("QY?", _b_quarter),
    ("YQ", _b_quarter),
    ("Q[LTX]U", _b_quarter),
    ("[LTX]UQ", _b_quarter),
    ("OUY", _b_quarter),
    ("YOU", _b_quarter),
    ("OU[LTX]U", _b_quarter),
    ("OU", _b_quarter),
    # seasons
    ("SY?", _b_season),
    ("YS", _b_season),
    ("PSY?", _b_season),
    ("[LTX]S", _b_rel_season),
    ("P[LTX]S", _b_rel_season),
    ("S[LTX]U", _b_season_relyear),
    ("[LTX]US", _b_season_relyear),
    # amounts of time
    ("NU(?:&?NU)+[AEb]", _b_offsets(-1)),
    ("NU(?:&?NU)+[HF]", _b_offsets(1)),
    ("wK?NU(?:&?NU)+", _b_within_steps),
    ("NU[sH]Z", _b_offsets(1)),
    ("NU[Ab]Z", _b_offsets(-1)),
    ("cNU(?:&?NU)*[sHFAEb]Z?", _b_compared),
    ("NG[HF]", lambda t: _A(resolve_nth_weekday_after, t.val("N"), t.val("G"), prec="day")),
    ("NW[HF]", lambda t: _A(resolve_nth_weekday_after, t.val("N"), t.val("W"), prec="day")),
    ("NU[AEb]", _b_offset(-1)),
    ("ANU", _b_offset(-1)),
    ("NU[HF]", _b_offset(1)),
    ("nNU", _b_offset(1)),
    ("[RLV]NU", _b_rolling(-1)),
    ("RU", _b_rolling(-1)),
    ("[XK]NU", _b_rolling(1)),
    ("KN?U", _b_coming),
    ("wK?N?U", _b_within),
    # earlier / later in a period, vague words
    ("E[in]?M", _b_trim),
    ("E[in]?[LTX]?U", _b_trim),
    ("F[in]?[LTX]?U", _b_trim),
    ("E", lambda t: _A(resolve_vague, "recent", prec="unknown")),
    (
        "V",
        lambda t: _A(resolve_vague, t.val("V"), prec="unknown" if t.val("V") != "now" else "day"),
    ),
)


def _first_chars(pattern: str) -> str:
    return pattern[1 : pattern.index("]")] if pattern[0] == "[" else pattern[0]


@functools.cache
def anchor_index() -> dict[
    str, list[tuple[int, re.Pattern[str], Callable[[Tokens], Anchor | None]]]
]:
    """The compiled anchor rules by first token letter: (order, regex, builder)."""
    index: dict[str, list[tuple[int, re.Pattern[str], Callable[[Tokens], Anchor | None]]]] = {}
    for i, (pattern, build) in enumerate(_ANCHOR_RULES):
        rx = re.compile(pattern)
        for ch in _first_chars(pattern):
            index.setdefault(ch, []).append((i, rx, build))
    return index
