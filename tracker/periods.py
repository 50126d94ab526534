"""Time phrase + publication date -> :class:`Period` (start, end, kind, precision).

The report's own grammar is resolved here: a lexer turns words into one-letter tokens
(tables in :mod:`tracker.calendar_words`), *anchor rules* (regular expressions over the
token letters) reduce them to anchors ("last week", "mid-December", "Q1 2025"), and
*phrase rules* combine anchors with cues ("by", "since", "between ... and ..."). What
the grammar does not cover goes to dateparser, one language at a time, imported lazily.

Conventions (DESIGN §3, recorded in ``Period.convention`` when used): weeks run
Monday-Sunday; early/mid/late month = days 1-10 / 11-20 / 21-end; early/mid/late year =
Jan-Apr / May-Aug / Sep-Dec; seasons are meteorological (winter Y = Dec Y - Feb Y+1);
a deadline runs from the publication date to the end of its anchor; a bare month or
weekday looks back unless a cue or the tense says otherwise; a current period read in
the past is clipped at the publication date ("in October" published 2024-10-18 ->
2024-10-01..2024-10-18); "week 10" / "the third week of 2027" are ISO 8601 weeks, while
"the first week of May" is May 1-7; "from X to Y" includes Y; "N units ago / from now" is
a day, "for N units from X" the window X .. X + N units - 1 day. The machine clock is
never read. Swapping one of these for another tool's is possible for benchmarks only
(``_with_conventions``).

Example:
    >>> import datetime
    >>> p = parse_when("by the end of the year", datetime.date(2024, 11, 1))
    >>> (str(p.start), str(p.end), p.kind)
    ('2024-11-01', '2024-12-31', 'deadline')
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from tracker import calendar_words as cw
from tracker.time_numbers import NUMBER_RUN, read_number_run

KINDS: tuple[str, ...] = ("point", "period", "deadline", "since", "asof")
PRECISIONS: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "unknown",
)
NEEDS_PUBLICATION_DATE = "needs-publication-date"

_PREC_RANK = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass(slots=True)
class _Conventions:
    """The conventions of DESIGN §3 that other tools resolve differently, in one place.

    The defaults are the project's. A benchmark may swap one of them for another tool's
    (e.g. halves for early/late) to see which misses differ only by convention.
    """

    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    clip_current: bool = True  # "in October" read in the past ends at publication
    last_month: str = "latest"  # "last September": the latest one | "previous-year"
    week_of_month: str = "first-7-days"  # "first week of May": days 1-7 | "iso"
    range_end: str = "inclusive"  # "from 2014 to 2018" ends 2018-12-31 | "exclusive"


def _default_conventions() -> _Conventions:
    return _Conventions(
        month_parts={"early": (1, 10), "mid": (11, 20), "late": (21, 31)},
        year_parts={"early": (1, 4), "mid": (5, 8), "late": (9, 12)},
    )


_CONV = _default_conventions()


@contextlib.contextmanager
def _with_conventions(**changes: object) -> Iterator[None]:
    """Resolve with some conventions swapped (benchmarks only; caches are cleared)."""
    global _CONV
    saved = _CONV
    _CONV = replace(saved, **changes)  # type: ignore[arg-type]
    _parse_cached.cache_clear()
    _fallback.cache_clear()
    try:
        yield
    finally:
        _CONV = saved
        _parse_cached.cache_clear()
        _fallback.cache_clear()


_WEEK_PARTS = {"early": (0, 2), "mid": (1, 4), "late": (3, 6)}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_SEASON_PART = {"early": 0, "mid": 1, "late": 2}
_PART_NAMES = {
    "month": "early/mid/late month=1-10/11-20/21-end",
    "year": "early/mid/late year=Jan-Apr/May-Aug/Sep-Dec",
    "week": "early/mid/late week=Mon-Wed/Tue-Fri/Thu-Sun",
    "season": "early/mid/late season=its 1st/2nd/3rd month",
}


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved time phrase: inclusive start and end dates, kind and precision.

    Example:
        >>> Period(dt.date(2024, 10, 1), dt.date(2024, 10, 31), "period", "month", "in October")
        ... # doctest: +ELLIPSIS
        Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 10, 31), ...)
    """

    start: dt.date | None
    end: dt.date | None
    kind: str
    precision: str
    text: str
    convention: str | None = None
    flag: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    source: str = "grammar"  # grammar | dateparser | publication

    def describe(self) -> str:
        """One line for people: dates, kind, precision, words and conventions.

        Example:
            >>> asof(dt.date(2024, 11, 1)).describe()
            '2024-11-01 asof (day) [publication date]'
        """
        start = self.start.isoformat() if self.start else "?"
        end = self.end.isoformat() if self.end else "?"
        when = start if start == end else f"{start}..{end}"
        out = f"{when} {self.kind} ({self.precision})"
        if self.text:
            out += f' "{self.text}"'
        notes = [n for n in (self.convention, self.flag) if n]
        if self.source != "grammar":
            notes.append(self.source if self.source != "publication" else "publication date")
        if notes:
            out += " [" + "; ".join(notes) + "]"
        return out

    def __str__(self) -> str:
        return self.describe()


def asof(published: dt.date | None) -> Period:
    """The Period of a figure with no time phrase: as of the publication date.

    Example:
        >>> asof(dt.date(2024, 11, 1)).start
        datetime.date(2024, 11, 1)
    """
    if published is None:
        return Period(
            None, None, "asof", "day", "", flag=NEEDS_PUBLICATION_DATE, source="publication"
        )
    return Period(published, published, "asof", "day", "", source="publication")


def guess_tense(sentence: str, lang: str = "en") -> str | None:
    """'future' when the sentence has a future or plan marker ("will", "예정"), else None.

    Example:
        >>> guess_tense("They will send more troops by March.")
        'future'
    """
    padded = f" {sentence.lower()} "
    markers = cw.FUTURE_MARKERS.get(lang, ())
    return "future" if any(m in padded for m in markers) else None


# --------------------------------------------------------------------------- dates


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _date(y: int, m: int, d: int) -> dt.date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 31) or d > _last_day(y, m):
        return None
    return dt.date(y, m, d)


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, _last_day(y, m))


def _months_span(y: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m1, 1), dt.date(y2, m2, _last_day(y2, m2))


def _add_months(d: dt.date, n: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return dt.date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return _add_months(d, n * months[unit])


def _unit_span(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar unit containing d."""
    if unit == "day":
        return d, d
    if unit in ("week", "fortnight"):
        mon = d - dt.timedelta(days=d.weekday())
        return mon, mon + dt.timedelta(days=6)
    if unit == "weekend":
        sat = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
        return sat, sat + dt.timedelta(days=1)
    if unit == "month":
        return _month_span(d.year, d.month)
    if unit == "quarter":
        q0 = (d.month - 1) // 3 * 3 + 1
        return _months_span(d.year, q0, d.year, q0 + 2)
    if unit == "half":
        h0 = 1 if d.month <= 6 else 7
        return _months_span(d.year, h0, d.year, h0 + 5)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        y0 = d.year // size * size
        return dt.date(max(y0, 1), 1, 1), dt.date(y0 + size - 1, 12, 31)
    return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)


def _part_of(span: tuple[dt.date, dt.date], unit: str, part: str) -> tuple[dt.date, dt.date]:
    s, e = span
    if unit == "month":
        a, b = _CONV.month_parts[part]
        return s.replace(day=a), s.replace(day=min(b, e.day))
    if unit == "year":
        a, b = _CONV.year_parts[part]
        return _months_span(s.year, a, s.year, b)
    if unit in ("week", "weekend"):
        a, b = _WEEK_PARTS[part]
        return s + dt.timedelta(days=a), s + dt.timedelta(days=b)
    # season / quarter / half: split into thirds of months
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    third = max(months // 3, 1)
    i = _SEASON_PART[part]
    a = _add_months(s, i * third)
    b = _add_months(s, (i + 1) * third - 1) if i < 2 else e
    return a, dt.date(b.year, b.month, _last_day(b.year, b.month))


def _season_span(y: int, season: str) -> tuple[dt.date, dt.date]:
    m = _SEASON_START[season]
    s = dt.date(y, m, 1)
    e = _add_months(s, 2)
    return s, dt.date(e.year, e.month, _last_day(e.year, e.month))


# --------------------------------------------------------------------------- lexer


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    value: object
    start: int
    end: int
    amb: int = 0  # 0 strong, 1 ambiguous word ("May"), 2 bare number, 3 numeric date w/o year


_NUM_WORDS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PUNCT_GAP = re.compile(r"[\s()\[\]\"'«»“”‘’…・、]*")
_BREAK = re.compile(r"[.;:!?。！？]")
_SCRIPT = {"ko": "ko", "ja": "cjk", "zh": "cjk"}
_KO_AFTER = r"(?=$|[^가-힣]|까지|부터|에|경|쯤|께|의|이후|엔|도|은|는|중|이|간)"

_GENERIC = (
    ("ymd", r"(?<![\d.,])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"),
    ("dmy", r"(?<![\d.,])(\d{1,2})(?P<sep>[./-])(\d{1,2})(?P=sep)(\d{4}|\d{2})(?![\d])"),
    ("ym", r"(?<![\d.,])(\d{4})(?:\s*[-/]\s*|\.)(\d{1,2})(?![\d/.-])"),
    ("my", r"(?<![\d.,])(\d{1,2})\s*[/-]\s*(\d{4})(?![\d])"),
    ("cjky", r"(\d{4})\s*[년年]"),
    (
        "cjkn",
        r"(\d{1,3})\s*(년간|年間|년|年|개월|か月|ヶ月|カ月|个月|個月|주일|주간|週間|週|周|주|일간|日間|天)",
    ),
    ("cjkm", r"(\d{1,2})\s*[월月](?!요|曜)"),
    ("cjkd", r"(\d{1,2})\s*(?:일|日|号|號)(?!간|間|요)"),
    ("cjkq", r"(\d)\s*(?:분기|四半期|季度)"),
    ("zhm", r"(十[一二]?|[一二三四五六七八九])月"),
    ("md", r"(?<![\d.,])(\d{1,2})([./])(\d{1,2})(\.?)(?![\d]|[./]\d)"),
    ("qh", r"(?<![A-Za-z])([QqHh])([1-4])(?![\w])"),
    ("decade", r"(?<![\d.,])(1[89]\d0|20\d0)['’]?s(?!\w)"),
    ("year", r"(?<![\d.,])(1[89]\d\d|20\d\d)(?:-?(?:го|й|ого|ми))?(?![\d]|[.,]\d)"),
    ("ordd", r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)(?![\w])"),
    ("dotd", r"(?<![\d.,])(\d{1,2})\.(?=\s*[^\W\d])"),
    ("num", r"(?<![\d.,:])(\d{1,3})(?![\d]|[.,:]\d)"),
)

# Patterns for one language only, tried before its words.
_GENERIC_LANG: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "thed",
            r"(?<!\w)the\s+(\d{1,2})(?:st|nd|rd|th)?"
            r"(?=\s*(?:$|[,.;:!?)]|(?:of|and|to|through|or)\b|[-–]))",
        ),
        ("decade2", r"(?<![\w.,'’])(the\s+)?(['’])?([1-9]0|00)['’]?s(?!\w)"),
        ("numw", NUMBER_RUN),
    ),
}

_GENERIC_RX = {
    name: re.compile(rx, re.IGNORECASE)
    for name, rx in _GENERIC + tuple(p for ps in _GENERIC_LANG.values() for p in ps)
}


@dataclass(slots=True)
class _Lexicon:
    regex: re.Pattern[str]
    words: dict[str, tuple[tuple[str, object], ...]]
    amb: frozenset[str]
    suffix: frozenset[str]
    script: str
    known: bool


def _lexicon_entries(lang: str) -> dict[str, tuple[tuple[str, object], ...]]:
    words: dict[str, tuple[tuple[str, object], ...]] = {}

    def add(w: str, toks: tuple[tuple[str, object], ...]) -> None:
        words.setdefault(w.lower(), toks)

    for form, toks in cw.COMPOUNDS.get(lang, {}).items():
        add(form, toks)
    for i, forms in enumerate(cw.MONTHS.get(lang, ())):
        for f in forms.split():
            add(f, (("M", i + 1),))
    for i, forms in enumerate(cw.WEEKDAYS.get(lang, ())):
        for f in forms.split():
            add(f, (("W", i),))
    for forms, season in cw.SEASONS.get(lang, {}).items():
        for f in forms.split():
            add(f, (("S", season),))
    for kind, value, forms in cw.WORDS.get(lang, ()) + cw.ORDINALS.get(lang, ()):
        for f in forms:
            add(f, ((kind, value),))
    for name, spec in cw.HOLIDAYS.get(lang, {}).items():
        add(name, (("J", spec),))
    for forms, unit in cw.UNITS.get(lang, {}).items():
        for f in forms.split() if " " not in forms or lang not in ("es", "it", "pt") else [forms]:
            add(f, (("U", unit),))
    return words


def _grouped(words: list[str]) -> str:
    """An alternation grouped by first letter, longest first (much faster for re)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0].lower(), []).append(w)
    parts = []
    for first, group in by_first.items():
        rests = "|".join(re.escape(w[1:]).replace(r"\ ", r"\s+") for w in group)
        parts.append(f"{re.escape(first)}(?:{rests})")
    return "|".join(parts)


def _word_pattern(words: list[str], script: str, suffix: frozenset[str]) -> str:
    if script == "word":
        groups: dict[tuple[bool, bool], list[str]] = {}
        for w in words:
            groups.setdefault((w[0].isalnum(), w[-1].isalnum()), []).append(w)
        alts = []
        # words ending in punctuation ("mid-", "jan.") before their bare forms
        for (left, right), group in sorted(groups.items(), key=lambda g: (g[0][1], not g[0][0])):
            lb = r"(?<!\w)" if left else ""
            rb = r"(?!\w)" if right else ""
            alts.append(f"{lb}(?:{_grouped(group)}){rb}")
        return "|".join(alts)
    if script == "ko":
        free = [w for w in words if w not in suffix]
        glued = [w for w in words if w in suffix]
        alts = [f"(?<![가-힣])(?:{_grouped(free)}){_KO_AFTER}"] if free else []
        if glued:
            alts.append(f"(?:{_grouped(glued)}){_KO_AFTER}")
        return "|".join(alts)
    return _grouped(words)


@functools.cache
def _lexicon(lang: str) -> _Lexicon:
    words = _lexicon_entries(lang)
    script = _SCRIPT.get(lang, "word")
    suffix = cw.SUFFIX_ONLY.get(lang, frozenset())
    generic = "|".join(f"(?P<{name}>{rx})" for name, rx in _GENERIC_LANG.get(lang, ()) + _GENERIC)
    alts = _word_pattern(list(words), script, suffix) if words else ""
    pattern = generic + (f"|(?P<w>{alts})" if alts else "")
    return _Lexicon(
        regex=re.compile(pattern, re.IGNORECASE),
        words=words,
        amb=cw.AMBIGUOUS.get(lang, frozenset()),
        suffix=suffix,
        script=script,
        known=lang in cw.WORDS,
    )


def _lex(text: str, lang: str) -> list[_Tok]:
    lex = _lexicon(lang)
    toks: list[_Tok] = []
    prev_end = -1
    for m in lex.regex.finditer(text):
        name = m.lastgroup
        s, e = m.span()
        glued = prev_end == s or (
            lex.script == "ko" and prev_end >= 0 and not text[prev_end:s].strip()
        )
        if name == "w":
            raw = m.group()
            key = re.sub(r"\s+", " ", raw.lower())
            if key in lex.suffix and not glued:
                continue
            amb = key in lex.amb
            if amb and raw == raw.lower() and lang == "en":
                continue  # "may", "sat": ordinary words in lower case
            for kind, value in lex.words.get(key, ()):
                toks.append(_Tok(kind, value, s, e, 2 if kind == "N" else int(amb)))
        else:
            toks.extend(_make_generic(name or "", m, s, e, lang))
        prev_end = e
    return toks


def _make_generic(name: str, m: re.Match[str], s: int, e: int, lang: str) -> list[_Tok]:
    if name == "numw":
        return [_Tok(k, v, a, b, amb) for k, v, a, b, amb in read_number_run(m.string, s, e)]
    sub = _GENERIC_RX[name].match(m.string, s)
    if sub is None:  # pragma: no cover - the same regex matched just before
        return []
    g = sub.groups()
    if name == "ymd":
        return [_Tok("D", (int(g[0]), int(g[1]), int(g[2])), s, e)]
    if name == "dmy":
        a, b, y = int(g[0]), int(g[2]), int(g[3])
        if len(g[3]) == 2:
            y += 2000 if y < 50 else 1900
        month_first = lang == "en" and g[1] in "/-" and a <= 12
        m_, d_ = (a, b) if month_first else (b, a)
        return [_Tok("D", (y, m_, d_), s, e)]
    if name == "ym":
        return [_Tok("D", (int(g[0]), int(g[1]), None), s, e)]
    if name == "my":
        return [_Tok("D", (int(g[1]), int(g[0]), None), s, e)]
    if name == "cjky":
        return [_Tok("Y", int(g[0]), s, e)]
    if name == "cjkn":
        unit = g[1]
        u = (
            "year"
            if unit[0] in "년年"
            else "month"
            if unit[-1] in "월月"
            else "day"
            if unit[0] in "일日天"
            else "week"
        )
        return [_Tok("N", int(g[0]), s, e), _Tok("U", u, s, e)]
    if name == "cjkm":
        return [_Tok("M", int(g[0]), s, e)]
    if name == "cjkd":
        return [_Tok("d", int(g[0]), s, e)]
    if name == "cjkq":
        return [_Tok("Q", ("quarter", int(g[0])), s, e)]
    if name == "zhm":
        w = g[0]
        n = 10 + _NUM_WORDS_ZH.get(w[1:], 0) if w.startswith("十") else _NUM_WORDS_ZH[w]
        return [_Tok("M", n, s, e)]
    if name == "md":
        if lang == "en" and g[1] == ".":
            return []  # "3.5" is a decimal in English
        a, b = int(g[0]), int(g[2])
        month_first = lang == "en" and a <= 12
        m_, d_ = (a, b) if month_first else (b, a)
        return [_Tok("D", (None, m_, d_), s, e, 3)]
    if name == "qh":
        return [_Tok("Q", ("quarter" if g[0] in "Qq" else "half", int(g[1])), s, e)]
    if name == "year":
        return [_Tok("Y", int(g[0]), s, e)]
    if name == "decade":
        return [_Tok("C", int(g[0]), s, e)]
    if name == "decade2":  # "the 70s", "'90s": strong with "the" or an apostrophe
        return [_Tok("C", int(g[2]), s, e, 0 if g[0] or g[1] else 1)]
    if name == "thed":
        return [_Tok("d", int(g[0]), s, e)]
    if name in ("ordd", "dotd"):
        return [_Tok("d", int(g[0]), s, e, 2 if name == "dotd" else 0)]
    return [_Tok("N", int(g[0]), s, e, 2)]


# --------------------------------------------------------------------------- anchors


class _NeedPub(Exception):
    """A relative phrase met a report with no publication date."""


@dataclass(slots=True)
class _Ctx:
    pub: dt.date | None
    ref: dt.date | None  # reference for under-specified anchors: pub or the range's other end
    direction: str  # past | future
    source: str  # default | tense | cue | range
    relative: bool = False  # set when resolution needed the publication or a reference date


@dataclass(slots=True)
class _Span:
    start: dt.date | None
    end: dt.date | None
    precision: str
    conv: tuple[str, ...] = ()
    kind: str | None = None
    part: str | None = None  # early/mid/late of a month, for "as of mid-January"


@dataclass(slots=True)
class _Anchor:
    fn: Callable[..., _Span | None]
    args: tuple[object, ...]
    prec: str
    under: bool = False  # needs a reference date and a direction (bare month, weekday, day)
    spec: int = 1  # 0 for a bare day number or weekday: resolved after its range partner
    duration: tuple[int, str] | None = None  # "for 3 days" before "from today"


def _pub(ctx: _Ctx) -> dt.date:
    if ctx.pub is None:
        raise _NeedPub
    ctx.relative = True
    return ctx.pub


def _ref(ctx: _Ctx) -> dt.date:
    ref = ctx.ref or ctx.pub
    if ref is None:
        raise _NeedPub
    ctx.relative = True
    return ref


def _dirconv(ctx: _Ctx) -> str:
    return f"direction={ctx.direction} ({ctx.source})"


Pair = tuple[dt.date, dt.date]


def _pick(make: Callable[[int], Pair | None], ctx: _Ctx) -> Pair | None:
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


def _with_part(span: Pair, unit: str, part: str | None) -> Pair:
    return _part_of(span, unit, part) if part else span


def _conv(unit: str, part: str | None, *more: str) -> tuple[str, ...]:
    out = [_PART_NAMES[unit]] if part else []
    if unit == "week":
        out.append("week=Mon-Sun")
    return tuple(out) + tuple(x for x in more if x)


def _r_date(y: int | None, m: int, d: int, ctx: _Ctx) -> _Span | None:
    if y is not None:
        x = _date(y, m, d)
        return _Span(x, x, "day") if x else None
    base = _ref(ctx).year

    def make(k: int) -> Pair | None:
        x = _date(base + k, m, d)
        return (x, x) if x else None

    iv = _pick(make, ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def _r_month(y: int | None, m: int, part: str | None, ctx: _Ctx) -> _Span | None:
    if not 1 <= m <= 12:
        return None
    if y is not None:
        s, e = _with_part(_month_span(y, m), "month", part)
        return _Span(s, e, "month", _conv("month", part), part=part)
    base = _ref(ctx).year
    iv = _pick(lambda k: _with_part(_month_span(base + k, m), "month", part), ctx)
    if iv is None:
        return None
    return _Span(iv[0], iv[1], "month", _conv("month", part, _dirconv(ctx)), part=part)


def _r_year(y: int, part: str | None, ctx: _Ctx) -> _Span | None:
    s, e = _with_part((dt.date(y, 1, 1), dt.date(y, 12, 31)), "year", part)
    return _Span(s, e, "year", _conv("year", part))


def _r_decade(y: int, ctx: _Ctx) -> _Span | None:
    conv: tuple[str, ...] = ("decade=its ten calendar years",)
    if y < 100:  # "the 70s": the century nearest the reference in the direction
        base = _ref(ctx).year // 100 * 100
        iv = _pick(
            lambda k: (dt.date(base + 100 * k + y, 1, 1), dt.date(base + 100 * k + y + 9, 12, 31)),
            ctx,
        )
        if iv is None:
            return None
        return _Span(iv[0], iv[1], "year", conv + (_dirconv(ctx),))
    return _Span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "year", conv)


def _r_century(n: int, ctx: _Ctx) -> _Span | None:
    if not 1 <= n <= 30:
        return None
    y0 = (n - 1) * 100
    return _Span(
        dt.date(max(y0, 1), 1, 1),
        dt.date(y0 + 99, 12, 31),
        "year",
        ("Nth century=years (N-1)00-(N-1)99",),
    )


def _iso_week(y: int, n: int) -> Pair | None:
    """ISO 8601 week n of year y (Monday-Sunday; week 1 holds the year's first Thursday)."""
    last = dt.date(y, 12, 28).isocalendar()[1]
    if n < 0:
        n = last + 1 + n
    if not 1 <= n <= last:
        return None
    mon = dt.date.fromisocalendar(y, n, 1)
    return mon, mon + dt.timedelta(days=6)


def _r_iso_week(n: int, y: int | None, rel: int | None, ctx: _Ctx) -> _Span | None:
    if y is None:
        y = _pub(ctx).year + (rel or 0)
    iv = _iso_week(y, n)
    return _Span(iv[0], iv[1], "week", ("week N of a year=ISO 8601 week",)) if iv else None


def _r_year_number(y: int, ctx: _Ctx) -> _Span | None:
    return _Span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year") if 1 <= y <= 9999 else None


def _r_week_of(inner: _Anchor, ctx: _Ctx) -> _Span | None:
    """The Monday-Sunday week holding a date: "the week of the 18th", "w/c 4 February"."""
    sp = inner.fn(*inner.args, ctx)
    if sp is None or sp.start is None:
        return None
    mon = sp.start - dt.timedelta(days=sp.start.weekday())
    return _Span(mon, mon + dt.timedelta(days=6), "week", sp.conv + ("week=Mon-Sun",))


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday(y: int, spec: tuple[object, ...]) -> Pair | None:
    if not 1583 <= y <= 9999:
        return None
    if spec[0] == "easter":
        x: dt.date | None = _easter(y) + dt.timedelta(days=int(spec[1]))  # type: ignore[call-overload]
    elif spec[0] == "nth":
        _, m, o, wd = spec
        iv = _nth_weekday(y, int(m), int(o), int(wd))  # type: ignore[call-overload]
        x = iv[0] if iv else None
    else:
        x = _date(y, int(spec[1]), int(spec[2]))  # type: ignore[call-overload]
    return (x, x) if x else None


def _r_holiday(spec: tuple[object, ...], y: int | None, rel: int | None, ctx: _Ctx) -> _Span | None:
    if rel is not None:
        y = _pub(ctx).year + rel
    if y is not None:
        iv = _holiday(y, spec)
        return _Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: _holiday(base + k, spec), ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def _r_dom_weekday(d: int, wd: int, ctx: _Ctx) -> _Span | None:
    """'Friday the 15th': the nearest month, in the direction, whose day d is that weekday."""
    if not 1 <= d <= 31:
        return None
    ref = _ref(ctx).replace(day=1)

    def make(k: int) -> Pair | None:
        b = _add_months(ref, k)
        x = _date(b.year, b.month, d)
        return (x, x) if x and x.weekday() == wd else None

    iv = _pick(make, ctx)
    if iv is None:
        return _r_dom(d, None, ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),))


def _r_offsets(steps: tuple[tuple[int, str], ...], sign: int, zday: int, ctx: _Ctx) -> _Span | None:
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
    )
    for n, unit in sorted(steps, key=lambda st: order.index(st[1]) if st[1] in order else 99):
        if unit not in order:
            return None
        x = _shift(x, sign * n, unit)
    word = "ago" if sign < 0 else "from now"
    return _Span(x, x, "day", (f"amount {word}=publication date {'-+'[sign > 0]} amount",), "point")


def _r_nth_weekday_after(n: int, wd: int, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    x = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1 + 7 * (n - 1))
    return _Span(x, x, "day", ("N <weekday>s from now=the Nth one after publication",))


def _r_rel(unit: str, n: int, part: str | None, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    span = _unit_span(_shift(pub, n, unit), unit)
    s, e = _with_part(span, unit if unit in _PART_NAMES else "month", part)
    prec = "week" if unit in ("weekend", "fortnight") else unit
    return _Span(s, e, prec if prec in _PREC_RANK else "unknown", _conv(unit, part), part=part)


def _r_rel_month(m: int, n: int, part: str | None, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    if n == 0:
        y = pub.year
    elif n < 0 and _CONV.last_month == "previous-year":
        y = pub.year + n
    elif n < 0:
        y = (pub.year if m < pub.month else pub.year - 1) + n + 1
    else:
        y = pub.year if m > pub.month else pub.year + 1
    return _r_month(y, m, part, ctx)


def _r_month_relyear(m: int, n: int, part: str | None, day: int | None, ctx: _Ctx) -> _Span | None:
    y = _pub(ctx).year + n
    return _r_date(y, m, day, ctx) if day else _r_month(y, m, part, ctx)


def _r_season(y: int | None, season: str, part: str | None, ctx: _Ctx) -> _Span | None:
    conv = _conv("season", part, "season=meteorological, winter Y=Dec Y-Feb Y+1")
    if y is not None:
        s, e = _with_part(_season_span(y, season), "season", part)
        return _Span(s, e, "season", conv)
    base = _ref(ctx).year
    iv = _pick(lambda k: _with_part(_season_span(base + k, season), "season", part), ctx)
    return _Span(iv[0], iv[1], "season", conv + (_dirconv(ctx),)) if iv else None


def _r_rel_season(season: str, n: int, part: str | None, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    spans = [_season_span(pub.year + k, season) for k in range(-3, 3)]
    if n < 0:
        chosen = [sp for sp in spans if sp[1] < pub][n]
    elif n == 0:
        inside = [sp for sp in spans if sp[0] <= pub <= sp[1]]
        chosen = inside[0] if inside else _season_span(pub.year, season)
    else:
        chosen = [sp for sp in spans if sp[0] > pub][n - 1]
    s, e = _with_part(chosen, "season", part)
    return _Span(s, e, "season", _conv("season", part, "season=meteorological"))


def _quarter_span(y: int, kind: str, q: int) -> Pair | None:
    size = 3 if kind == "quarter" else 6
    if not 1 <= q <= 12 // size:
        return None
    m0 = (q - 1) * size + 1
    return _months_span(y, m0, y, m0 + size - 1)


def _r_quarter(y: int | None, kind: str, q: int, rel: int | None, ctx: _Ctx) -> _Span | None:
    if rel is not None:
        y = _pub(ctx).year + rel
    if y is not None:
        iv = _quarter_span(y, kind, q)
        return _Span(iv[0], iv[1], kind) if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: _quarter_span(base + k, kind, q), ctx)
    return _Span(iv[0], iv[1], kind, (_dirconv(ctx),)) if iv else None


def _r_weekday(wd: int, ctx: _Ctx) -> _Span | None:
    ref = _ref(ctx)
    if ctx.direction == "future":
        x = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    else:
        x = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
    return _Span(x, x, "day", (_dirconv(ctx),))


def _r_rel_weekday(wd: int, n: int, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    if n < 0:
        x = pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        return _Span(x, x, "day", ("last <weekday>=the latest one before publication",))
    x = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * n + wd)
    conv = ("next <weekday>=that day of next week",) if n > 0 else ("week=Mon-Sun",)
    return _Span(x, x, "day", conv)


def _r_weekday_relweek(wd: int, n: int, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    x = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * n + wd)
    return _Span(x, x, "day", ("week=Mon-Sun",))


def _r_dom(d: int, n: int | None, ctx: _Ctx) -> _Span | None:
    """Day of month: of the month n away from publication, or nearest the reference."""
    if not 1 <= d <= 31:
        return None
    if n is not None:
        base = _add_months(_pub(ctx).replace(day=1), n)
        x = _date(base.year, base.month, d)
        return _Span(x, x, "day") if x else None
    ref = _ref(ctx).replace(day=1)

    def make(k: int) -> Pair | None:
        b = _add_months(ref, k)
        x = _date(b.year, b.month, d)
        return (x, x) if x else None

    iv = _pick(make, ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def _week_of_month(y: int, m: int, o: int) -> Pair | None:
    if _CONV.week_of_month == "iso":
        first = dt.date(y, m, 1)
        mon = first - dt.timedelta(days=first.weekday())
        mons = [mon + dt.timedelta(weeks=k) for k in range(6)]
        weeks = [(x, x + dt.timedelta(days=6)) for x in mons if (x + dt.timedelta(3)).month == m]
        idx = o - 1 if o > 0 else o
        return weeks[idx] if -len(weeks) <= idx < len(weeks) else None
    last = _last_day(y, m)
    if o < 0:
        return dt.date(y, m, last - 6), dt.date(y, m, last)
    if not 1 <= o <= 5 or 7 * (o - 1) + 1 > last:
        return None
    return dt.date(y, m, 7 * (o - 1) + 1), dt.date(y, m, min(7 * o, last))


def _r_week_of_month(
    o: int, m: int | None, y: int | None, rel: int | None, ctx: _Ctx
) -> _Span | None:
    conv = ("first/last week of a month=its first/last 7 days",)
    if rel is not None:
        b = _add_months(_pub(ctx).replace(day=1), rel)
        y, m = b.year, b.month
    if m is None:
        return None
    if y is not None:
        iv = _week_of_month(y, m, o)
        return _Span(iv[0], iv[1], "week", conv) if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: _week_of_month(base + k, m, o), ctx)
    return _Span(iv[0], iv[1], "week", conv + (_dirconv(ctx),)) if iv else None


def _nth_weekday(y: int, m: int, o: int, wd: int) -> Pair | None:
    first = dt.date(y, m, 1)
    x = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (o - 1))
    return (x, x) if x.month == m else None


def _r_nth_weekday(o: int, wd: int, m: int | None, rel: int | None, ctx: _Ctx) -> _Span | None:
    if rel is not None or m is None:
        b = _add_months(_pub(ctx).replace(day=1), rel or 0)
        iv = _nth_weekday(b.year, b.month, o, wd)
        return _Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: _nth_weekday(base + k, m, o, wd), ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def _r_zday(n: int, ctx: _Ctx) -> _Span | None:
    x = _pub(ctx) + dt.timedelta(days=n)
    return _Span(x, x, "day")


def _r_offset(n: int, unit: str, sign: int, ctx: _Ctx) -> _Span | None:
    x = _shift(_pub(ctx), sign * n, unit)
    word = "ago" if sign < 0 else "from now"
    return _Span(
        x, x, "day", (f"N {unit}s {word}=publication date {'-+'[sign > 0]} N {unit}s",), "point"
    )


def _r_rolling(n: int, unit: str, sign: int, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    if sign < 0:
        conv = "the past N units=rolling window ending at publication"
        return _Span(
            _shift(pub, -n, unit), pub, "unknown" if n != 1 else _prec(unit), (conv,), "period"
        )
    conv = "the next N units=rolling window after publication"
    start = pub + dt.timedelta(days=1)
    return _Span(
        start, _shift(pub, n, unit), "unknown" if n != 1 else _prec(unit), (conv,), "period"
    )


def _prec(unit: str) -> str:
    return unit if unit in _PREC_RANK else "week" if unit in ("weekend", "fortnight") else "unknown"


def _r_open_future(unit: str, ctx: _Ctx) -> _Span | None:
    return _Span(_pub(ctx), None, "unknown", ("open end",), "period")


def _r_within(n: int, unit: str, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    conv = "within N units=deadline publication + N units"
    return _Span(pub, _shift(pub, n, unit), _prec(unit), (conv,), "deadline")


def _r_trim(inner: _Anchor, side: str, ctx: _Ctx) -> _Span | None:
    """Trim a period at publication: "earlier this month" and "later this year"."""
    pub = _pub(ctx)
    sp = inner.fn(*inner.args, ctx)
    if sp is None or sp.start is None or sp.end is None:
        return None
    if side == "earlier":
        end = min(sp.end, pub)
        return _Span(
            sp.start, end, sp.precision, sp.conv + ("earlier=start .. publication",), "period"
        )
    start = max(sp.start, pub)
    return _Span(start, sp.end, sp.precision, sp.conv + ("later=publication .. end",), "period")


def _r_weekend(ctx: _Ctx) -> _Span | None:
    ref = _ref(ctx)
    if ctx.direction == "future":
        sat = (
            ref - dt.timedelta(days=1)
            if ref.weekday() == 6
            else ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
        )
    else:
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    return _Span(sat, sat + dt.timedelta(days=1), "week", ("weekend=Sat-Sun", _dirconv(ctx)))


def _r_vague(what: str, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    if what in ("now", "sofar"):
        return _Span(pub, pub, "day", (), "asof")
    if what == "soon":
        return _Span(pub, None, "unknown", ("soon=open end",), "period")
    return _Span(None, pub, "unknown", ("recently=open start",), "period")


# --------------------------------------------------------------------------- anchor rules


class _T:
    """The tokens of one rule match, looked up by kind."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks

    def get(self, kinds: str, nth: int = 0) -> _Tok | None:
        found = [t for t in self.toks if t.kind in kinds]
        return found[nth] if len(found) > nth else None

    def val(self, kinds: str, nth: int = 0) -> object:
        tok = self.get(kinds, nth)
        return None if tok is None else tok.value

    def unit(self, nth: int = 0) -> str:
        return str(self.val("U", nth))


def _A(fn: Callable[..., _Span | None], *args: object, prec: str, **kw: object) -> _Anchor:
    return _Anchor(fn, args, prec, **kw)  # type: ignore[arg-type]


def _b_numeric(t: _T) -> _Anchor | None:
    y, m, d = t.val("D")  # type: ignore[misc]
    if not 1 <= m <= 12:
        return None
    if d is None:
        return _A(_r_month, y, m, None, prec="month")
    return _A(_r_date, y, m, d, prec="day", under=y is None)


def _b_month_day(t: _T) -> _Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    y = t.val("Y")
    return _A(_r_date, y, t.val("M"), d, prec="day", under=y is None)


def _b_month(t: _T) -> _Anchor | None:
    y = t.val("Y")
    return _A(_r_month, y, t.val("M"), t.val("P"), prec="month", under=y is None)


def _b_dom(t: _T) -> _Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(_r_dom, d, None, prec="day", under=True, spec=0)


def _b_dom_past(t: _T) -> _Anchor | None:
    a = _b_dom(t)
    if a is not None:
        a.fn = _forced(_r_dom, "past")
    return a


def _forced(fn: Callable[..., _Span | None], direction: str) -> Callable[..., _Span | None]:
    def run(*args: object) -> _Span | None:
        ctx = args[-1]
        assert isinstance(ctx, _Ctx)
        return fn(*args[:-1], replace(ctx, direction=direction, source="cue"))

    return run


def _b_dom_rel(t: _T) -> _Anchor | None:
    d = t.val("dNO")
    if t.unit() != "month" or not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(_r_dom, d, t.val("LTX"), prec="day")


def _b_weekday_relweek(t: _T) -> _Anchor | None:
    if t.unit() != "week":
        return None
    return _A(_r_weekday_relweek, t.val("W"), t.val("LTX"), prec="day")


def _b_nth_weekday(t: _T) -> _Anchor | None:
    o = t.val("O")
    if t.get("U") is not None and t.unit() != "month":
        return None
    rel = t.val("LTX") if t.get("U") else None
    m = t.val("M")
    return _A(
        _r_nth_weekday,
        o,
        t.val("W"),
        m,
        rel if m is None else None,
        prec="day",
        under=m is not None,
    )


def _b_rel_unit(t: _T) -> _Anchor | None:
    unit = t.unit()
    part = t.val("P")
    if part and unit not in ("week", "month", "year", "quarter", "half", "weekend"):
        return None
    if unit in ("quarter", "half", "fortnight", "decade") and part:
        return None
    n = t.val("LTX")
    return _A(_r_rel, unit, 0 if n is None else n, part, prec=_prec(unit))


def _b_month_relyear(t: _T) -> _Anchor | None:
    if t.unit() != "year":
        return None
    day = t.val("dN")
    if day is not None and not 1 <= int(day) <= 31:  # type: ignore[call-overload]
        return None
    prec = "day" if day else "month"
    return _A(_r_month_relyear, t.val("M"), t.val("LTX"), t.val("P"), day, prec=prec)


def _b_year(t: _T) -> _Anchor | None:
    if t.get("U") is not None and t.unit() != "year":
        return None
    return _A(_r_year, t.val("Y"), t.val("P"), prec="year")


def _b_quarter(t: _T) -> _Anchor | None:
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
    return _A(_r_quarter, y, kind, n, rel, prec=kind, under=y is None and rel is None)


def _b_season(t: _T) -> _Anchor | None:
    y = t.val("Y")
    return _A(_r_season, y, t.val("S"), t.val("P"), prec="season", under=y is None)


def _b_rel_season(t: _T) -> _Anchor | None:
    return _A(_r_rel_season, t.val("S"), t.val("LTX"), t.val("P"), prec="season")


def _r_season_relyear(season: str, n: int, part: str | None, ctx: _Ctx) -> _Span | None:
    return _r_season(_pub(ctx).year + n, season, part, ctx)


def _b_season_relyear(t: _T) -> _Anchor | None:
    if t.unit() != "year":
        return None
    return _A(_r_season_relyear, t.val("S"), t.val("LTX"), t.val("P"), prec="season")


def _b_week_of_month(t: _T) -> _Anchor | None:
    if t.unit() != "week":
        return None
    first = t.get("OLR")
    o = -1 if first is None or first.kind in "LR" else int(first.value)  # type: ignore[call-overload]
    if t.get("U", 1) is not None:
        if t.unit(1) != "month":
            return None
        rel = t.toks[2].value
        return _A(_r_week_of_month, o, None, None, rel, prec="week")
    y = t.val("Y")
    return _A(_r_week_of_month, o, t.val("M"), y, None, prec="week", under=y is None)


def _b_offset(sign: int) -> Callable[[_T], _Anchor | None]:
    def build(t: _T) -> _Anchor | None:
        n = t.val("N")
        return _A(_r_offset, 1 if n is None else n, t.unit(), sign, prec="day")

    return build


def _b_rolling(sign: int) -> Callable[[_T], _Anchor | None]:
    def build(t: _T) -> _Anchor | None:
        v = t.get("V")
        if v is not None and v.value != "recent":
            return None
        n = t.val("N")
        return _A(_r_rolling, 1 if n is None else n, t.unit(), sign, prec="unknown")

    return build


def _b_within(t: _T) -> _Anchor | None:
    n = t.val("N")
    return _A(_r_within, 1 if n is None else n, t.unit(), prec=_prec(t.unit()))


def _b_trim(t: _T) -> _Anchor | None:
    side = "earlier" if t.get("E") is not None else "later"
    if t.get("M") is not None:
        inner = _A(_r_month, None, t.val("M"), None, prec="month", under=True)
    else:
        unit = t.unit()
        if unit not in ("week", "month", "year", "quarter", "half", "weekend"):
            return None
        n = t.val("LTX")
        inner = _A(_r_rel, unit, 0 if n is None else n, None, prec=_prec(unit))
    return _A(_r_trim, inner, side, prec=inner.prec)


def _adjacent(t: _T) -> bool:
    """Tokens written without spaces: "2019-sep-1", "Oct-2"."""
    return all(a.end == b.start for a, b in zip(t.toks, t.toks[1:], strict=False))


def _b_glued_date(t: _T) -> _Anchor | None:
    return _b_month_day(t) if _adjacent(t) else None


def _b_unit_number(t: _T) -> _Anchor | None:
    """'week 10 (of 2017)', 'year 247'."""
    n = t.val("N")
    if not isinstance(n, int):
        return None
    if t.unit() == "week":
        y = t.val("Y")
        return _A(_r_iso_week, n, y, None, prec="week")
    if t.unit() == "year" and n >= 100 and t.get("Y") is None:
        return _A(_r_year_number, n, prec="year")
    return None


def _b_week_of_year(t: _T) -> _Anchor | None:
    if t.unit() != "week":
        return None
    first = t.get("OL")
    o = -1 if first is None or first.kind == "L" else int(first.value)  # type: ignore[call-overload]
    if t.get("U", 1) is not None:
        if t.unit(1) != "year":
            return None
        return _A(
            _r_iso_week, o, None, t.val("LTX", 1 if first and first.kind == "L" else 0), prec="week"
        )
    return _A(_r_iso_week, o, t.val("Y"), None, prec="week")


def _b_century(t: _T) -> _Anchor | None:
    n = t.val("dO")
    return _A(_r_century, n, prec="year") if t.unit() == "century" else None


def _b_steps(t: _T) -> tuple[tuple[int, str], ...]:
    nums = [x for x in t.toks if x.kind == "N"]
    units = [x for x in t.toks if x.kind == "U"]
    return tuple((int(n.value), str(u.value)) for n, u in zip(nums, units, strict=False))  # type: ignore[call-overload]


def _b_offsets(sign: int) -> Callable[[_T], _Anchor | None]:
    def build(t: _T) -> _Anchor | None:
        if t.get("s") is not None and t.val("s") != "from":
            return None  # "a week starting tomorrow" is a duration, not an offset
        z = t.val("Z")
        return _A(_r_offsets, _b_steps(t), sign, z or 0, prec="day")

    return build


def _b_within_steps(t: _T) -> _Anchor | None:
    steps = _b_steps(t)
    return _A(_r_within_steps, steps, prec=_prec(steps[-1][1]))


def _r_within_steps(steps: tuple[tuple[int, str], ...], ctx: _Ctx) -> _Span | None:
    sp = _r_offsets(steps, 1, 0, ctx)
    if sp is None:
        return None
    conv = "within N units=deadline publication + N units"
    return _Span(_pub(ctx), sp.end, _prec(steps[-1][1]), (conv,), "deadline")


def _b_week_of(t: _T) -> _Anchor | None:
    if t.unit() != "week":
        return None
    p = t.get("P")
    if p is not None and p.value != "early":  # "the week beginning 4 February"
        return None
    rest = _T([x for x in t.toks if x.kind not in "UsP"])
    inner = _b_month_day(rest) if rest.get("M") is not None else _b_dom(rest)
    if inner is None:
        return None
    return _A(_r_week_of, inner, prec="week", under=inner.under, spec=inner.spec)


def _r_none(ctx: _Ctx) -> _Span | None:
    return None


def _b_duration(t: _T) -> _Anchor | None:
    """'for 3 days' / '2 weeks' before a start ("from today", "starting May 20th")."""
    n = t.val("N")
    if not isinstance(n, int) or n < 1:
        return None
    return _A(_r_none, prec=_prec(t.unit()), duration=(n, t.unit()))


def _r_duration_hence(n: int, unit: str, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    conv = "for N units from now=publication .. + N units - 1 day"
    return _Span(pub, _shift(pub, n, unit) - dt.timedelta(days=1), "day", (conv,), "period")


def _b_duration_hence(t: _T) -> _Anchor | None:
    """'for 3 days from today'."""
    n = t.val("N")
    if not isinstance(n, int) or n < 1:
        return None
    return _A(_r_duration_hence, n, t.unit(), prec="day")


def _r_week_days(n: int, wd1: int, wd2: int, ctx: _Ctx) -> _Span | None:
    pub = _pub(ctx)
    mon = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
    if wd2 < wd1:
        return None
    return _Span(mon + dt.timedelta(wd1), mon + dt.timedelta(wd2), "day", ("week=Mon-Sun",))


def _b_week_days(t: _T) -> _Anchor | None:
    """'next week between Wednesday and Friday'."""
    if t.unit() != "week":
        return None
    return _A(_r_week_days, t.val("LTX"), t.val("W"), t.val("W", 1), prec="day")


def _r_days_in_month(y: int | None, m: int, d1: int, d2: int, ctx: _Ctx) -> _Span | None:
    def make(year: int) -> Pair | None:
        a, b = _date(year, m, d1), _date(year, m, d2)
        return (a, b) if a and b and a <= b else None

    if y is not None:
        iv = make(y)
        return _Span(iv[0], iv[1], "day") if iv else None
    base = _ref(ctx).year
    iv = _pick(lambda k: make(base + k), ctx)
    return _Span(iv[0], iv[1], "day", (_dirconv(ctx),)) if iv else None


def _b_days_in_month(t: _T) -> _Anchor | None:
    """'November between 19 and 20', 'Feb between 2-7 2018'."""
    d1, d2 = t.val("dNO"), t.val("dNO", 1)
    if not isinstance(d1, int) or not isinstance(d2, int):
        return None
    y = t.val("Y")
    return _A(_r_days_in_month, y, t.val("M"), d1, d2, prec="day", under=y is None)


def _b_coming(t: _T) -> _Anchor | None:
    """'the coming weeks' (open end); 'the next decade' (the calendar decade)."""
    if t.get("N") is None and t.unit() in ("decade", "century"):
        return _A(_r_rel, t.unit(), 1, None, prec="year")
    return _A(_r_open_future, t.unit(), prec="unknown")


def _b_holiday(t: _T) -> _Anchor | None:
    y = t.val("Y")
    rel = None
    if t.get("LTX") is not None:
        if t.unit() != "year":
            return None
        rel = t.val("LTX")
    return _A(_r_holiday, t.val("J"), y, rel, prec="day", under=y is None and rel is None)


def _b_dom_weekday(t: _T) -> _Anchor | None:
    d = t.val("dNO")
    if not isinstance(d, int) or not 1 <= d <= 31:
        return None
    return _A(_r_dom_weekday, d, t.val("W"), prec="day", under=True, spec=0)


_ANCHOR_RULES: tuple[tuple[str, Callable[[_T], _Anchor | None]], ...] = (
    # dates
    ("D", _b_numeric),
    ("WD", _b_numeric),
    ("M[dNO]Y?", _b_month_day),
    ("WM[dNO]Y?", _b_month_day),
    ("[dNO]MY?", _b_month_day),
    ("W[dNO]MY?", _b_month_day),
    ("YM[dN]", _b_month_day),
    ("[LTX]UM[dN]", _b_month_relyear),
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
    ("Z", lambda t: _A(_r_zday, t.val("Z"), prec="day")),
    # weekdays
    ("W[in]?[LTX]U", _b_weekday_relweek),
    ("[LTX]U[in]?W", _b_weekday_relweek),
    ("[LTX]W", lambda t: _A(_r_rel_weekday, t.val("W"), t.val("LTX"), prec="day")),
    ("OWM", _b_nth_weekday),
    ("OW[LTX]U", _b_nth_weekday),
    ("OW", lambda t: _A(_r_nth_weekday, t.val("O"), t.val("W"), None, 0, prec="day")),
    ("W", lambda t: _A(_r_weekday, t.val("W"), prec="day", under=True, spec=0)),
    # months
    ("MY", _b_month),
    ("YM", _b_month),
    ("YMP", _b_month),
    ("PMY?", _b_month),
    ("MPY?", _b_month),
    ("M", _b_month),
    ("[LTX]M", lambda t: _A(_r_rel_month, t.val("M"), t.val("LTX"), None, prec="month")),
    ("P[LTX]M", lambda t: _A(_r_rel_month, t.val("M"), t.val("LTX"), t.val("P"), prec="month")),
    ("M[LTX]U", _b_month_relyear),
    ("[LTX]UMP?", _b_month_relyear),
    ("P[LTX]UM", _b_month_relyear),
    # weeks of a month
    ("[OLR]U[in]?MY?", _b_week_of_month),
    ("M[OL]U", _b_week_of_month),
    ("[OLR]U[LTX]U", _b_week_of_month),
    # years and relative units
    ("Y", _b_year),
    ("C", lambda t: _A(_r_decade, t.val("C"), prec="year", under=int(t.val("C")) < 100)),  # type: ignore[call-overload]
    ("UY", _b_year),
    ("YU", _b_year),
    ("PY", _b_year),
    ("YP", _b_year),
    ("PUY", _b_year),
    ("[LTX]U", _b_rel_unit),
    ("U", lambda t: _A(_r_weekend, prec="week", under=True) if t.unit() == "weekend" else None),
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
    ("NW[HF]", lambda t: _A(_r_nth_weekday_after, t.val("N"), t.val("W"), prec="day")),
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
    ("E", lambda t: _A(_r_vague, "recent", prec="unknown")),
    ("V", lambda t: _A(_r_vague, t.val("V"), prec="unknown" if t.val("V") != "now" else "day")),
)


def _first_chars(pattern: str) -> str:
    return pattern[1 : pattern.index("]")] if pattern[0] == "[" else pattern[0]


@functools.cache
def _anchor_index() -> dict[str, list[tuple[int, re.Pattern[str], Callable[[_T], _Anchor | None]]]]:
    index: dict[str, list[tuple[int, re.Pattern[str], Callable[[_T], _Anchor | None]]]] = {}
    for i, (pattern, build) in enumerate(_ANCHOR_RULES):
        rx = re.compile(pattern)
        for ch in _first_chars(pattern):
            index.setdefault(ch, []).append((i, rx, build))
    return index


# --------------------------------------------------------------------------- phrases


@dataclass(slots=True)
class _Item:
    ch: str
    start: int
    end: int
    amb: int
    anchor: _Anchor | None = None


_GAP_STRIP = re.compile(r"[\s,()\[\]\"'«»“”‘’…・、/]+")
_PHRASE_RULES: tuple[tuple[str, str], ...] = (
    ("[sx][in]?@[&b][in]?@", "range"),
    ("[in&]?@[&b]@", "range"),
    ("@s[in]?@b?", "range"),
    ("[in]?@o[in]?@", "union"),
    ("sg?[in]?@", "since"),
    ("@s", "since"),
    ("[in]?b@", "deadline"),
    ("@b", "deadline"),
    ("f@", "asof"),
    ("@f", "asof"),
    ("f", "now"),
    ("[in&]?@", "plain"),
)
_PHRASE_RX = tuple((re.compile(p), kind) for p, kind in _PHRASE_RULES)
_RULE_KIND = {"range": "period", "union": "period", "now": "asof", "plain": "period"}


def _items(text: str, toks: list[_Tok], script: str) -> list[_Item]:
    """Tokens -> items, with 'g' for a short gap of other words and '|' for a break."""
    items: list[_Item] = []
    prev_end = -1
    for tok in toks:
        if prev_end >= 0 and tok.start >= prev_end:
            gap = text[prev_end : tok.start]
            rest = _GAP_STRIP.sub("", gap)
            if rest:
                words = gap.split()
                brk = _BREAK.search(gap) or "," in gap or script != "word" or len(words) > 3
                if not (items and items[-1].ch in "g|"):
                    items.append(_Item("|" if brk else "g", prev_end, tok.start, 1))
            elif _BREAK.search(gap.replace("...", "")):
                items.append(_Item("|", prev_end, tok.start, 1))
        prev_end = max(prev_end, tok.end)
        if tok.kind != "_":
            items.append(_Item(tok.kind, tok.start, tok.end, tok.amb))
    return items


def _reduce(items: list[_Item], toks_by_item: list[_Tok | None]) -> list[_Item]:
    """Replace token runs by anchors ('@'), longest rule match first."""
    types = "".join(it.ch for it in items)
    index = _anchor_index()
    out: list[_Item] = []
    i = 0
    while i < len(items):
        best: tuple[int, _Anchor] | None = None
        cands = []
        for order, rx, build in index.get(types[i], ()):
            m = rx.match(types, i)
            if m:
                cands.append((-m.end(), order, build))
        for neg_end, _, build in sorted(cands, key=lambda c: (c[0], c[1])):
            j = -neg_end
            toks = [t for t in toks_by_item[i:j] if t is not None]
            anchor = build(_T(toks))
            if anchor is not None:
                best = (j, anchor)
                break
        if best is None:
            out.append(items[i])
            i += 1
            continue
        j, anchor = best
        amb = 0 if j - i >= 2 else items[i].amb
        out.append(_Item("@", items[i].start, items[j - 1].end, amb, anchor))
        i = j
    return out


def _analyse(text: str, lang: str) -> list[_Item]:
    lex = _lexicon(lang)
    toks = _lex(text, lang)
    items = _items(text, toks, lex.script)
    # map each item back to its token (markers have none)
    real = iter(t for t in toks if t.kind != "_")
    toks_by_item = [None if it.ch in "g|" else next(real) for it in items]
    return _reduce(items, toks_by_item)


def _matches(red: list[_Item]) -> list[tuple[int, int, str]]:
    """Longest phrase-rule matches, left to right, over the reduced items."""
    types = "".join(it.ch for it in red)
    out = []
    i = 0
    while i < len(types):
        best = None
        for rx, kind in _PHRASE_RX:
            m = rx.match(types, i)
            if m and (best is None or m.end() > best[1]):
                best = (i, m.end(), kind)
        if best is None or not _accept(red[best[0] : best[1]], whole=False):
            i += 1
            continue
        out.append(best)
        i = best[1]
    return out


def _accept(items: list[_Item], whole: bool) -> bool:
    """Ambiguous words ("May") need a cue, bare numbers a real anchor beside them."""
    levels = {it.amb for it in items if it.anchor is not None}
    if not levels:
        return [it.ch for it in items] == ["f"]
    if 0 in levels:
        return True
    if levels <= {2, 3}:
        return whole and levels == {3}
    return any(it.anchor is None and it.ch not in "g|" for it in items)


def _resolve_anchor(a: _Anchor, ctx: _Ctx) -> _Span | None:
    return a.fn(*a.args, ctx)


def _resolve_pair(a1: _Anchor, a2: _Anchor, ctx: _Ctx) -> tuple[_Span | None, _Span | None]:
    """Resolve both ends; an under-specified end takes its year from the other end.

    Two under-specified ends of the same kind ("from October to January"): the first is
    resolved in the phrase's direction, the second forward from it.
    """
    if a1.under and a2.under and a1.spec == a2.spec:
        s1 = _resolve_anchor(a1, ctx)
        if s1 is None or s1.start is None:
            return s1, None
        return s1, _resolve_anchor(
            a2, replace(ctx, ref=s1.start, direction="future", source="range")
        )
    if a1.under and (not a2.under or a2.spec >= a1.spec):
        s2 = _resolve_anchor(a2, ctx)
        if s2 is None or s2.start is None:
            return None, s2
        return _resolve_anchor(a1, replace(ctx, ref=s2.start, direction="past", source="range")), s2
    s1 = _resolve_anchor(a1, ctx)
    if a2.under:
        if s1 is None or s1.start is None:
            return s1, None
        return s1, _resolve_anchor(
            a2, replace(ctx, ref=s1.start, direction="future", source="range")
        )
    return s1, _resolve_anchor(a2, ctx)


def _coarser(p1: str, p2: str) -> str:
    return p1 if _PREC_RANK.get(p1, 7) >= _PREC_RANK.get(p2, 7) else p2


def _direction(rule: str, tense: str | None) -> tuple[str, str]:
    if rule == "deadline":
        return ("past", "tense") if tense == "past" else ("future", "cue")
    if rule in ("since", "asof", "now"):
        return "past", "cue"
    return (tense, "tense") if tense else ("past", "default")


def _build(
    rule: str, red: list[_Item], text: str, pub: dt.date | None, tense: str | None
) -> Period | None:
    anchors = [it.anchor for it in red if it.anchor is not None]
    words = text[red[0].start : red[-1].end]
    span_start = red[0].start
    direction, source = _direction(rule, tense)
    ctx = _Ctx(pub, None, direction, source)
    kind = _RULE_KIND.get(rule, rule)
    prec = anchors[0].prec if anchors else "day"
    if len(anchors) == 2:
        prec = _coarser(anchors[0].prec, anchors[1].prec)
    base = {"text": words, "span_start": span_start, "span_end": red[-1].end}
    try:
        if rule == "now":
            sp = _r_vague("now", ctx)
        elif len(anchors) == 2:
            if anchors[0].duration is not None:
                return _duration_from(anchors[0].duration, anchors[1], ctx, pub, base)
            s1, s2 = _resolve_pair(anchors[0], anchors[1], ctx)
            if s1 is None or s2 is None or s1.start is None:
                return None
            start, end = s1.start, s2.end or s2.start
            if rule == "range" and _CONV.range_end == "exclusive" and s2.start:
                end = s2.start - dt.timedelta(days=1) if s2.start > start else s2.end
            if rule == "union":
                start, end = (
                    min(s1.start, s2.start or s1.start),
                    max(s1.end or s1.start, end or s1.start),
                )
            if end is None or end < start:
                return None
            sp = _Span(start, end, _coarser(s1.precision, s2.precision), s1.conv + s2.conv)
        else:
            sp = _resolve_anchor(anchors[0], ctx)
    except _NeedPub:
        if kind == "period" and prec == "day":
            kind = "point"
        return Period(None, None, kind, prec, flag=NEEDS_PUBLICATION_DATE, **base)  # type: ignore[arg-type]
    if sp is None:
        return None
    return _finish(rule, kind, sp, pub, direction if ctx.relative else "absolute", base)


def _duration_from(
    duration: tuple[int, str], a2: _Anchor, ctx: _Ctx, pub: dt.date | None, base: dict[str, object]
) -> Period | None:
    """'for 3 days from today', '2 weeks starting May 20th': N units from the start."""
    s2 = _resolve_anchor(a2, ctx)
    if s2 is None or s2.start is None:
        return None
    n, unit = duration
    end = _shift(s2.start, n, unit) - dt.timedelta(days=1)
    conv = "N units from X=X .. X + N units - 1 day"
    return _finish("range", "period", _Span(s2.start, end, "day", (conv,)), pub, "absolute", base)


def _finish(
    rule: str, kind: str, sp: _Span, pub: dt.date | None, direction: str, base: dict[str, object]
) -> Period | None:
    conv = list(sp.conv)
    start, end, flag = sp.start, sp.end, None
    if rule in ("plain", "range", "union"):
        kind = sp.kind or ("point" if sp.precision == "day" and start == end else "period")
        clip = rule == "plain" and sp.kind is None and direction == "past" and _CONV.clip_current
        if clip and pub and start and end and start <= pub < end:
            end = pub
            conv.append("current period clipped at publication")
    elif rule == "deadline" and sp.kind != "deadline":
        if pub is None:
            start, flag = None, NEEDS_PUBLICATION_DATE
        elif end is not None and end < pub:
            kind, start = "asof", end
            conv.append("past deadline=as of its end")
        else:
            start = pub
            conv.append("deadline=publication .. end")
    elif rule == "since":
        if start is None:
            return None
        if pub is None:
            end, flag = None, NEEDS_PUBLICATION_DATE
        elif start > pub:
            end = None
            conv.append("since a future date=open end")
        else:
            end = pub
    elif rule == "asof":
        if sp.part == "mid" and sp.precision == "month" and start:
            start = end = start.replace(day=15)
            conv.append("as of mid-month=the 15th")
        elif sp.part == "late" and sp.precision == "month":
            start = end
            conv.append("as of the end of a month=its last day")
    if start is not None and end is not None and start > end:
        return None
    uniq = list(dict.fromkeys(conv))
    return Period(
        start,
        end,
        kind,
        sp.precision if sp.precision in _PREC_RANK else "unknown",
        convention="; ".join(uniq) or None,
        flag=flag,
        **base,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- public API

_TENSES = ("past", "future")
_CLAUSE = ".,;:!?。、\n"
_MAX_LEN = 300


def parse_when(
    text: str, published: dt.date | None, lang: str = "en", *, tense: str | None = None
) -> Period | None:
    """Resolve the words that date a figure into a :class:`Period`, or None.

    Args:
        text: the time phrase ("by the end of the year", "지난 8~13일", "im Oktober").
        published: the report's publication date; None keeps relative phrases unresolved
            (start and end None, flag "needs-publication-date").
        lang: ISO 639-1 code of the phrase.
        tense: "past" or "future" from the sentence, to direct a bare month or weekday.

    Returns:
        The Period, or None when the words are not a time ("may", "$2,000 a month").

    Example:
        >>> str(parse_when("in October", dt.date(2024, 11, 1)))
        '2024-10-01..2024-10-31 period (month) "in October" [direction=past (default)]'
    """
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_LEN:
        return None
    if published is not None and not isinstance(published, dt.date):
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    return _parse_cached(
        text, published, (lang or "en").lower(), tense if tense in _TENSES else None
    )


@functools.lru_cache(maxsize=8192)
def _parse_cached(text: str, pub: dt.date | None, lang: str, tense: str | None) -> Period | None:
    known = lang in cw.WORDS
    found = _parse_grammar(text, pub, lang, tense, search=known)
    if found is not None:
        return found
    found = _fallback(text, pub, lang, tense)
    if found is not None or known:
        return found
    # a language without word tables: dateparser first, then digits the grammar can read
    return _parse_grammar(text, pub, lang, tense, search=True)


def _parse_grammar(
    text: str, pub: dt.date | None, lang: str, tense: str | None, search: bool = True
) -> Period | None:
    """The grammar alone: the whole text as one phrase, else the first phrase inside it."""
    try:
        red = _analyse(text, lang)
    except Exception:  # pragma: no cover - a lexer bug must not crash a caller
        return None
    core = [it for it in red if it.ch not in "g|"]
    types = "".join(it.ch for it in core)
    if core and _accept(core, whole=True):
        for rx, rule in _PHRASE_RX:
            if rx.fullmatch(types):
                period = _build(rule, core, text, pub, tense)
                if period is not None:
                    return period
                break
    for i, j, rule in _matches(red) if search else ():
        period = _build(rule, red[i:j], text, pub, tense)
        if period is not None:
            return period
    return None


def find_times(
    text: str, published: dt.date | None, lang: str = "en", *, tense: str | None = None
) -> list[Period]:
    """Every time phrase in a longer text, in order, with span offsets.

    Args:
        text: any text (an article, a sentence).
        published: publication date of the report (None: relative phrases are flagged).
        lang: ISO 639-1 code.
        tense: "past", "future", None (default: cue words and the look-back default), or
            "auto": "future" for phrases in a clause with a future marker ("will").

    Example:
        >>> [p.text for p in find_times("Troops arrived last week.", dt.date(2024, 11, 1))]
        ['last week']
    """
    if not isinstance(text, str) or not text:
        return []
    lang = (lang or "en").lower()
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
        period = _build(rule, red[i:j], text, published, phrase_tense)
        if period is not None:
            out.append(period)
    return out


# --------------------------------------------------------------------------- dateparser


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


def _dp_once(text: str, lang: str, direction: str, base: dt.datetime) -> tuple[dt.date, str] | None:
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
    return any(t.kind in strong and not t.amb for t in _lex(text, lang))


@functools.lru_cache(maxsize=4096)
def _fallback(text: str, pub: dt.date | None, lang: str, tense: str | None) -> Period | None:
    """Dateparser for what the grammar does not cover (one language, reused parsers)."""
    if not _fallback_worthy(text, lang):
        return None
    direction = "future" if tense == "future" else "past"
    try:
        if pub is None:
            probes = [_dp_once(text, lang, direction, b) for b in _PROBE_BASES]
            if probes[0] is None or probes[0] != probes[1]:
                if probes[0] is None and probes[1] is None:
                    return None
                prec = (probes[0] or probes[1])[1]  # type: ignore[index]
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
            got = _dp_once(text, lang, direction, dt.datetime(pub.year, pub.month, pub.day, 12))
    except Exception:  # pragma: no cover - dateparser missing or broken
        return None
    if got is None:
        return None
    day, prec = got
    start, end = _unit_span(day, prec) if prec != "day" else (day, day)
    kind = "point" if prec == "day" else "period"
    conv = f"dateparser, direction={direction}"
    if kind == "period" and pub and start <= pub < end and direction == "past":
        end = pub
        conv += "; current period clipped at publication"
    return Period(start, end, kind, prec, text.strip(), convention=conv, source="dateparser")
