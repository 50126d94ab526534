"""Anchors of the time normaliser: what "last week", "mid-December", "Q1 2025" mean.

An :class:`Anchor` is built by the anchor rules of :mod:`tracker.periods.rules`: a
resolver (one of the ``resolve_*`` functions here) and its arguments. Resolving it in a
:class:`Ctx` (publication date, reference date, direction) gives a :class:`Span`: start,
end, precision and the conventions used. A resolver that needs the publication date of a
report that has none raises :class:`NeedPub`. Under-specified anchors (a bare month,
weekday or day) take the occurrence nearest the reference date in the context's
direction.

Example:
    >>> import datetime as dt
    >>> ctx = Ctx(dt.date(2024, 11, 1), None, "past", "default")
    >>> sp = resolve_month(None, 12, "mid", ctx)
    >>> (str(sp.start), str(sp.end), sp.precision)
    ('2023-12-11', '2023-12-20', 'month')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from tracker.periods.conventions import DEFAULT_CONVENTIONS, PART_NAMES, Conventions
from tracker.periods.dates import (
    Pair,
    add_months,
    date_or_none,
    holiday,
    iso_week,
    month_span,
    nth_weekday,
    part_of,
    quarter_span,
    season_span,
    shift,
    unit_span,
    week_of_month,
)
from tracker.periods.period import PREC_RANK


class NeedPub(Exception):
    """A relative phrase met a report with no publication date."""


@dataclass(slots=True)
class Ctx:
    """Where an anchor is resolved: publication and reference dates, direction."""

    pub: dt.date | None
    ref: dt.date | None  # reference for under-specified anchors: pub or the range's other end
    direction: str  # past | future
    source: str  # default | tense | cue | range
    relative: bool = False  # set when resolution needed the publication or a reference date
    conv: Conventions = DEFAULT_CONVENTIONS


@dataclass(slots=True)
class Span:
    """A resolved anchor: start, end, precision, conventions used, kind if it fixes one."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    conv: tuple[str, ...] = ()
    kind: str | None = None
    part: str | None = None  # early/mid/late of a month, for "as of mid-January"


@dataclass(slots=True)
class Anchor:
    """An anchor found in a phrase: its resolver, arguments and precision."""

    fn: Callable[..., Span | None]
    args: tuple[object, ...]
    prec: str
    under: bool = False  # needs a reference date and a direction (bare month, weekday, day)
    spec: int = 1  # 0 for a bare day number or weekday: resolved after its range partner
    duration: tuple[int, str] | None = None  # "for 3 days" before "from today"


def _pub(ctx: Ctx) -> dt.date:
    if ctx.pub is None:
        raise NeedPub
    ctx.relative = True
    return ctx.pub


def _ref(ctx: Ctx) -> dt.date:
    ref = ctx.ref or ctx.pub
    if ref is None:
        raise NeedPub
    ctx.relative = True
    return ref


def _dirconv(ctx: Ctx) -> str:
    return f"direction={ctx.direction} ({ctx.source})"


def _pick(make: Callable[[int], Pair | None], ctx: Ctx) -> Pair | None:
    """The occurrence nearest the reference date in the context's direction.

    Looking back, the latest occurrence starting on or before the reference; looking
    forward, the earliest one ending on or after it (the current one counts for both).
    """
    ref = _ref(ctx)
    if ctx.direction == "future":
        for k in range(-1, 12):
            iv = make(k)
            if iv and iv[1] >= ref:
                return iv
    else:
        for k in range(1, -12, -1):
            iv = make(k)
            if iv and iv[0] <= ref:
                return iv
    return None


def _with_part(span: Pair, unit: str, part: str | None, conv: Conventions) -> Pair:
    return part_of(span, unit, part, conv) if part else span


def _conv(unit: str, part: str | None, *more: str) -> tuple[str, ...]:
    out = [PART_NAMES[unit if unit in PART_NAMES else "month"]] if part else []  # as _with_part
    if unit == "week":
        out.append("week=Mon-Sun")
    return tuple(out) + tuple(x for x in more if x)


def resolve_date(y: int | None, m: int, d: int, ctx: Ctx) -> Span | None:
    """A day: y-m-d, or m-d of the year nearest the reference."""
    if y is not None:
        x = date_or_none(y, m, d)
        return Span(x, x, "day") if x else None
    base = _ref(ctx).year

    def make(k: int) -> Pair | None:
        x = date_or_none(base + k, m, d)
        return (x, x) if x else None

    iv = _pick(make, ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def resolve_month(y: int | None, m: int, part: str | None, ctx: Ctx) -> Span | None:
    """A month (or its early/mid/late part) of year y, or the nearest one."""
    if not 1 <= m <= 12:
        return None
    if y is not None:
        s, e = _with_part(month_span(y, m), "month", part, ctx.conv)
        return Span(s, e, "month", _conv("month", part), part=part)
    base = _ref(ctx).year
    iv = _pick(lambda k: _with_part(month_span(base + k, m), "month", part, ctx.conv), ctx)
    if iv is None:
        return None
    return Span(iv[0], iv[1], "month", _conv("month", part, _dirconv(ctx)), part=part)


def resolve_year(y: int, part: str | None, ctx: Ctx) -> Span | None:
    """A year, or its early/mid/late part."""
    s, e = _with_part((dt.date(y, 1, 1), dt.date(y, 12, 31)), "year", part, ctx.conv)
    return Span(s, e, "year", _conv("year", part))


def resolve_decade(y: int, ctx: Ctx) -> Span | None:
    """'the 1990s'; 'the 70s' of the century nearest the reference."""
    conv: tuple[str, ...] = ("decade=its ten calendar years",)
    if y < 100:  # "the 70s": the century nearest the reference in the direction
        base = _ref(ctx).year // 100 * 100
        iv = _pick(
            lambda k: (dt.date(base + 100 * k + y, 1, 1), dt.date(base + 100 * k + y + 9, 12, 31)),
            ctx,
        )
        if iv is None:
            return None
        return Span(iv[0], iv[1], "year", conv + (_dirconv(ctx),))
    return Span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "year", conv)


def resolve_century(n: int, ctx: Ctx) -> Span | None:
    """'the 21st century': the years (N-1)00 to (N-1)99."""
    if not 1 <= n <= 30:
        return None
    y0 = (n - 1) * 100
    return Span(
        dt.date(max(y0, 1), 1, 1),
        dt.date(y0 + 99, 12, 31),
        "year",
        ("Nth century=years (N-1)00-(N-1)99",),
    )


def resolve_iso_week(n: int, y: int | None, rel: int | None, ctx: Ctx) -> Span | None:
    """ISO 8601 week n of year y, or of the publication year + rel."""
    if y is None:
        y = _pub(ctx).year + (rel or 0)
    iv = iso_week(y, n)
    return Span(iv[0], iv[1], "week", ("week N of a year=ISO 8601 week",)) if iv else None


def resolve_year_number(y: int, ctx: Ctx) -> Span | None:
    """'year 247': a year written as a number."""
    return Span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year") if 1 <= y <= 9999 else None


def resolve_week_of(inner: Anchor, ctx: Ctx) -> Span | None:
    """The Monday-Sunday week holding a date: "the week of the 18th", "w/c 4 February"."""
    sp = inner.fn(*inner.args, ctx)
    if sp is None or sp.start is None:
        return None
    mon = sp.start - dt.timedelta(days=sp.start.weekday())
    return Span(mon, mon + dt.timedelta(days=6), "week", sp.conv + ("week=Mon-Sun",))


def resolve_holiday(
    spec: tuple[object, ...], y: int | None, rel: int | None, ctx: Ctx
) -> Span | None:
    """A holiday of year y, of the publication year + rel, or the nearest one."""
    if rel is not None:
        y = _pub(ctx).year + rel
    if y is not None:
        iv = holiday(y, spec)
        return Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: holiday(base + k, spec), ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def resolve_dom_weekday(d: int, wd: int, ctx: Ctx) -> Span | None:
    """'Friday the 15th': the nearest month, in the direction, whose day d is that weekday."""
    if not 1 <= d <= 31:
        return None
    ref = _ref(ctx).replace(day=1)

    def make(k: int) -> Pair | None:
        b = add_months(ref, k)
        x = date_or_none(b.year, b.month, d)
        return (x, x) if x and x.weekday() == wd else None

    iv = _pick(make, ctx)
    if iv is None:
        return resolve_dom(d, None, ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),))


def resolve_offsets(
    steps: tuple[tuple[int, str], ...], sign: int, zday: int, ctx: Ctx
) -> Span | None:
    """'1 month 21 days ago', 'two days from tomorrow': larger units first."""
    x = _pub(ctx) + dt.timedelta(days=zday)
    order = (
        "century",
        "decade",
        "year",
        "half",
        "quarter",
        "month",
        "fortnight",
        "week",
        "weekend",
        "day",
        "business day",
    )
    for n, unit in sorted(steps, key=lambda st: order.index(st[1]) if st[1] in order else 99):
        if unit not in order:
            return None
        x = shift(x, sign * n, unit)
    word = "ago" if sign < 0 else "from now"
    return Span(x, x, "day", (f"amount {word}=publication date {'-+'[sign > 0]} amount",), "point")


def resolve_compared(
    steps: tuple[tuple[int, str], ...], sign: int, zday: int, cmp: str, ctx: Ctx
) -> Span | None:
    """'more than 2 weeks ago', 'less than 3 days from now': one side of the offset day.

    From a base day (publication, or "tomorrow"/"yesterday"), X = base +/- the amount:
    "more than" is open beyond X (after: X .. open; before: open .. X - 1 day), "less
    than" the days between the base and X (after: base .. X - 1; before: X + 1 .. base).
    """
    sp = resolve_offsets(steps, sign, zday, ctx)
    if sp is None or sp.start is None:
        return None
    x, base = sp.start, _pub(ctx) + dt.timedelta(days=zday)
    one = dt.timedelta(days=1)
    ends = {
        ("more", 1): (x, None),
        ("more", -1): (None, x - one),
        ("less", 1): (base, x - one),
        ("less", -1): (x + one, base),
    }
    start, end = ends[(cmp, 1 if sign > 0 else -1)]
    side = "after" if sign > 0 else "before"
    conv = f"{cmp} than N units {side}=the days beyond/within base {'-+'[sign > 0]} N units"
    return Span(start, end, "day", (conv,), "period")


def resolve_nth_weekday_after(n: int, wd: int, ctx: Ctx) -> Span | None:
    """'2 Fridays from now': the Nth such weekday after publication."""
    pub = _pub(ctx)
    x = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1 + 7 * (n - 1))
    return Span(x, x, "day", ("N <weekday>s from now=the Nth one after publication",))


def resolve_rel(unit: str, n: int, part: str | None, ctx: Ctx) -> Span | None:
    """'last week', 'early next month': the unit n units away from publication."""
    pub = _pub(ctx)
    span = unit_span(shift(pub, n, unit), unit)
    s, e = _with_part(span, unit if unit in PART_NAMES else "month", part, ctx.conv)
    prec = "week" if unit in ("weekend", "fortnight") else unit
    return Span(s, e, prec if prec in PREC_RANK else "unknown", _conv(unit, part), part=part)


def resolve_rel_month(m: int, n: int, part: str | None, ctx: Ctx) -> Span | None:
    """'last September', 'next March': that month relative to publication."""
    pub = _pub(ctx)
    if n == 0:
        y = pub.year
    elif n < 0 and ctx.conv.last_month == "previous-year":
        y = pub.year + n
    elif n < 0:
        y = (pub.year if m < pub.month else pub.year - 1) + n + 1
    else:
        y = pub.year if m > pub.month else pub.year + 1
    return resolve_month(y, m, part, ctx)


def resolve_rel_month_day(m: int, d: int, n: int, ctx: Ctx) -> Span | None:
    """'지난 1월 11일', 'last March 3': that day of the month before (after) publication."""
    pub = _pub(ctx)
    x = date_or_none(pub.year, m, d)
    if x is None:
        return None
    if n < 0 and x > pub:
        x = date_or_none(pub.year - 1, m, d)
    elif n > 0 and x < pub:
        x = date_or_none(pub.year + 1, m, d)
    return Span(x, x, "day", ("relative day=the latest (next) one",)) if x else None


def resolve_month_range(m1: int, m2: int, n: int | None, ctx: Ctx) -> Span | None:
    """'지난 1~3월', '1~3월': months m1 to m2 of one year, the latest (next) such run."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None

    def make(k: int) -> Pair | None:
        y = _ref(ctx).year + k
        start = month_span(y - 1 if m1 > m2 else y, m1)[0]
        return start, month_span(y, m2)[1]

    if n is not None:
        ctx = replace(ctx, direction="past" if n < 0 else "future", source="cue")
    iv = _pick(make, ctx)
    if iv is None:
        return None
    return Span(iv[0], iv[1], "month", (_dirconv(ctx),))


def resolve_month_relyear(
    m: int, n: int, part: str | None, day: int | None, ctx: Ctx
) -> Span | None:
    """'March of next year' (or a day of it): in the publication year + n."""
    y = _pub(ctx).year + n
    return resolve_date(y, m, day, ctx) if day else resolve_month(y, m, part, ctx)


def resolve_season(y: int | None, season: str, part: str | None, ctx: Ctx) -> Span | None:
    """A meteorological season (or part) of year y, or the nearest one."""
    conv = _conv("season", part, "season=meteorological, winter Y=Dec Y-Feb Y+1")
    if y is not None:
        s, e = _with_part(season_span(y, season), "season", part, ctx.conv)
        return Span(s, e, "season", conv)
    base = _ref(ctx).year
    iv = _pick(lambda k: _with_part(season_span(base + k, season), "season", part, ctx.conv), ctx)
    return Span(iv[0], iv[1], "season", conv + (_dirconv(ctx),)) if iv else None


def resolve_rel_season(season: str, n: int, part: str | None, ctx: Ctx) -> Span | None:
    """'last winter', 'this summer': the season n away from publication."""
    pub = _pub(ctx)
    spans = [season_span(pub.year + k, season) for k in range(-3, 3)]
    if n < 0:
        chosen = [sp for sp in spans if sp[1] < pub][n]
    elif n == 0:
        inside = [sp for sp in spans if sp[0] <= pub <= sp[1]]
        chosen = inside[0] if inside else season_span(pub.year, season)
    else:
        chosen = [sp for sp in spans if sp[0] > pub][n - 1]
    s, e = _with_part(chosen, "season", part, ctx.conv)
    return Span(s, e, "season", _conv("season", part, "season=meteorological"))


def resolve_quarter(y: int | None, kind: str, q: int, rel: int | None, ctx: Ctx) -> Span | None:
    """Quarter or half q of year y, of the publication year + rel, or the nearest."""
    if rel is not None:
        y = _pub(ctx).year + rel
    if y is not None:
        iv = quarter_span(y, kind, q)
        return Span(iv[0], iv[1], kind) if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: quarter_span(base + k, kind, q), ctx)
    return Span(iv[0], iv[1], kind, (_dirconv(ctx),)) if iv else None


def resolve_weekday(wd: int, ctx: Ctx) -> Span | None:
    """A bare weekday: the nearest one from the reference in the direction."""
    ref = _ref(ctx)
    if ctx.direction == "future":
        x = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    else:
        x = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    return Span(x, x, "day", (_dirconv(ctx),))


def resolve_rel_weekday(wd: int, n: int, ctx: Ctx) -> Span | None:
    """'last Friday', 'this Friday', 'next Friday'."""
    pub = _pub(ctx)
    if n < 0:
        x = pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        return Span(x, x, "day", ("last <weekday>=the latest one before publication",))
    x = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * n + wd)
    conv = ("next <weekday>=that day of next week",) if n > 0 else ("week=Mon-Sun",)
    return Span(x, x, "day", conv)


def resolve_weekday_relweek(wd: int, n: int, ctx: Ctx) -> Span | None:
    """'Friday of next week': that day of the week n weeks away."""
    pub = _pub(ctx)
    x = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * n + wd)
    return Span(x, x, "day", ("week=Mon-Sun",))


def resolve_dom(d: int, n: int | None, ctx: Ctx) -> Span | None:
    """Day of month: of the month n away from publication, or nearest the reference."""
    if not 1 <= d <= 31:
        return None
    if n is not None:
        base = add_months(_pub(ctx).replace(day=1), n)
        x = date_or_none(base.year, base.month, d)
        return Span(x, x, "day") if x else None
    ref = _ref(ctx).replace(day=1)

    def make(k: int) -> Pair | None:
        b = add_months(ref, k)
        x = date_or_none(b.year, b.month, d)
        return (x, x) if x else None

    iv = _pick(make, ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def resolve_week_of_month(
    o: int, m: int | None, y: int | None, rel: int | None, ctx: Ctx
) -> Span | None:
    """'the first week of May', 'the last week of next month'."""
    conv = ("first/last week of a month=its first/last 7 days",)
    if rel is not None:
        b = add_months(_pub(ctx).replace(day=1), rel)
        y, m = b.year, b.month
    if m is None:
        return None
    if y is not None:
        iv = week_of_month(y, m, o, ctx.conv)
        return Span(iv[0], iv[1], "week", conv) if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: week_of_month(base + k, m, o, ctx.conv), ctx)
    return Span(iv[0], iv[1], "week", conv + (_dirconv(ctx),)) if iv else None


def resolve_nth_weekday(o: int, wd: int, m: int | None, rel: int | None, ctx: Ctx) -> Span | None:
    """'the second Tuesday of May': the o-th weekday of a month."""
    if rel is not None or m is None:
        b = add_months(_pub(ctx).replace(day=1), rel or 0)
        iv = nth_weekday(b.year, b.month, o, wd)
        return Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: nth_weekday(base + k, m, o, wd), ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def resolve_zday(n: int, ctx: Ctx) -> Span | None:
    """'today', 'yesterday': the publication date + n days."""
    x = _pub(ctx) + dt.timedelta(days=n)
    return Span(x, x, "day")


def resolve_offset(n: int, unit: str, sign: int, ctx: Ctx) -> Span | None:
    """'3 weeks ago', '2 days from now': one day before or after publication."""
    x = shift(_pub(ctx), sign * n, unit)
    word = "ago" if sign < 0 else "from now"
    return Span(
        x, x, "day", (f"N {unit}s {word}=publication date {'-+'[sign > 0]} N {unit}s",), "point"
    )


def resolve_rolling(n: int, unit: str, sign: int, ctx: Ctx) -> Span | None:
    """'the past 3 months', 'the next 2 weeks': a window at publication.

    Decades are calendar decades: 'the past 2 decades' are the two before the current one.
    """
    pub = _pub(ctx)
    if unit == "decade":
        y0 = pub.year // 10 * 10
        first, last = (y0 - 10 * n, y0 - 1) if sign < 0 else (y0 + 10, y0 + 10 * n + 9)
        conv = f"the {'past' if sign < 0 else 'next'} N decades=whole calendar decades"
        return Span(dt.date(first, 1, 1), dt.date(last, 12, 31), "year", (conv,), "period")
    if sign < 0:
        conv = "the past N units=rolling window ending at publication"
        return Span(
            shift(pub, -n, unit),
            pub,
            "unknown" if n != 1 else precision_of(unit),
            (conv,),
            "period",
        )
    conv = "the next N units=rolling window after publication"
    start = pub + dt.timedelta(days=1)
    return Span(
        start, shift(pub, n, unit), "unknown" if n != 1 else precision_of(unit), (conv,), "period"
    )


def precision_of(unit: str) -> str:
    """The precision of a calendar unit ('fortnight' -> 'week', 'decade' -> 'unknown')."""
    return unit if unit in PREC_RANK else "week" if unit in ("weekend", "fortnight") else "unknown"


def resolve_open_future(unit: str, ctx: Ctx) -> Span | None:
    """'the coming weeks': from publication, open end."""
    return Span(_pub(ctx), None, "unknown", ("open end",), "period")


def resolve_within(n: int, unit: str, ctx: Ctx) -> Span | None:
    """'within 3 months': a deadline from publication."""
    pub = _pub(ctx)
    conv = "within N units=deadline publication + N units"
    return Span(pub, shift(pub, n, unit), precision_of(unit), (conv,), "deadline")


def resolve_trim(inner: Anchor, side: str, ctx: Ctx) -> Span | None:
    """Trim a period at publication: "earlier this month" and "later this year"."""
    pub = _pub(ctx)
    sp = inner.fn(*inner.args, ctx)
    if sp is None or sp.start is None or sp.end is None:
        return None
    if side == "earlier":
        end = min(sp.end, pub)
        return Span(
            sp.start, end, sp.precision, sp.conv + ("earlier=start .. publication",), "period"
        )
    start = max(sp.start, pub)
    return Span(start, sp.end, sp.precision, sp.conv + ("later=publication .. end",), "period")


def resolve_weekend(ctx: Ctx) -> Span | None:
    """A bare 'weekend': the nearest one from the reference in the direction."""
    ref = _ref(ctx)
    if ctx.direction == "future":
        sat = (
            ref - dt.timedelta(days=1)
            if ref.weekday() == 6
            else ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
        )
    else:
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    return Span(sat, sat + dt.timedelta(days=1), "week", ("weekend=Sat-Sun", _dirconv(ctx)))


def resolve_vague(what: str, ctx: Ctx) -> Span | None:
    """'now', 'so far', 'soon', 'recently' (open ends at publication)."""
    pub = _pub(ctx)
    if what in ("now", "sofar"):
        return Span(pub, pub, "day", (), "asof")
    if what == "soon":
        return Span(pub, None, "unknown", ("soon=open end",), "period")
    return Span(None, pub, "unknown", ("recently=open start",), "period")


def resolve_season_relyear(season: str, n: int, part: str | None, ctx: Ctx) -> Span | None:
    """'winter of last year': the season of the publication year + n."""
    return resolve_season(_pub(ctx).year + n, season, part, ctx)


def resolve_within_steps(steps: tuple[tuple[int, str], ...], ctx: Ctx) -> Span | None:
    """'within 1 month and 10 days': a deadline from publication."""
    sp = resolve_offsets(steps, 1, 0, ctx)
    if sp is None:
        return None
    conv = "within N units=deadline publication + N units"
    return Span(_pub(ctx), sp.end, precision_of(steps[-1][1]), (conv,), "deadline")


def resolve_none(ctx: Ctx) -> Span | None:
    """The placeholder of a duration waiting for its start: None."""
    return None


def resolve_duration_hence(n: int, unit: str, ctx: Ctx) -> Span | None:
    """'for 3 days from today': publication .. + N units - 1 day."""
    pub = _pub(ctx)
    conv = "for N units from now=publication .. + N units - 1 day"
    return Span(pub, shift(pub, n, unit) - dt.timedelta(days=1), "day", (conv,), "period")


def resolve_week_days(n: int, wd1: int, wd2: int, ctx: Ctx) -> Span | None:
    """'next week between Wednesday and Friday': days of the week n away."""
    pub = _pub(ctx)
    mon = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
    if wd2 < wd1:
        return None
    return Span(mon + dt.timedelta(wd1), mon + dt.timedelta(wd2), "day", ("week=Mon-Sun",))


def resolve_days_in_month(y: int | None, m: int, d1: int, d2: int, ctx: Ctx) -> Span | None:
    """'November between 19 and 20': days d1..d2 of a month."""

    def make(year: int) -> Pair | None:
        a, b = date_or_none(year, m, d1), date_or_none(year, m, d2)
        return (a, b) if a and b and a <= b else None

    if y is not None:
        iv = make(y)
        return Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: make(base + k), ctx)
    return Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None
