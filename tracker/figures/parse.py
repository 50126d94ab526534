"""Figure phrases -> :class:`Figure` (low / best / high, qualifier, unit, currency, per).

A grammar driven by the tables in :mod:`tracker.lexicon.figure_words` and
:mod:`tracker.lexicon.numbers`: numerals come from :func:`tracker.figures.numerals.find_numerals`;
around each one the grammar reads qualifier cues ("at least", "약", "以上", "-odd"), a second range
end ("10-12 thousand", "between 10,000 and 12,000", "1만~1만 2천"), currency and rate words
("$2,000 a month", "월 200만 원"), the counted noun, and drops what is not a count (calibres, model
names, years,
dates, ordinals, ages unless asked). Vague words ("thousands", "수천") become flagged ranges from a
named rule table (:data:`VAGUE_RULES`), never a point.

The pieces: :mod:`tracker.figures.patterns` (cue tables compiled per language),
:mod:`tracker.figures.context` (reading around a numeral, what is not a count),
:mod:`tracker.figures.nouns` (the counted unit),
:mod:`tracker.figures.money` (currency words, cents, shared symbols, conversions) and
:mod:`tracker.figures.vague` (vague words, halves).

Conventions (DESIGN.md §3): exact v/v/v; approx None/v/None; nearly None/v/v; at_least and
more_than v/v/None; up_to, at_most, less_than None/v/v; range a/midpoint/b; vague
rule-low/None/rule-high; none: all None.

Example:
    >>> f = parse_figure("at least 3,000 soldiers")
    >>> (f.low, f.best, f.high, f.qualifier, f.unit)
    (3000.0, 3000.0, None, 'at_least', 'persons')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tracker.figures.context import (
    Cand,
    apply_prefix,
    better,
    not_a_count,
    read_after,
    read_prefix,
)
from tracker.figures.money import drop_conversions, read_subunit, yield_shared_currency
from tracker.figures.nouns import MEASURE_UNITS, WORD_RE, noun_unit, scan_noun
from tracker.figures.numerals import Numeral, _holds_any, find_numerals, normalise_digits
from tracker.figures.patterns import LangPatterns, lang_patterns, norm_cue
from tracker.figures.phrase_regex import fold_case
from tracker.figures.vague import half_candidates, vague_candidates
from tracker.lexicon.figure_words import (
    PER_AFTER,
    QUALIFIERS,
    SINGULAR_ARTICLES,
    SINGULAR_PERSONS,
    VAGUE_RULES,
)

__all__ = [
    "DEFAULT_VAGUE_RULE",
    "QUALIFIERS",
    "VAGUE_RULES",
    "Figure",
    "find_figures",
    "parse_figure",
]

DEFAULT_VAGUE_RULE = "tracker-2026"


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported figure: its span, bounds, qualifier and unit.

    Attributes:
        text: The matched span, exactly as in the input.
        low: Lower bound, or None when open.
        best: Point value, or None (vague, none, one-sided ranges of vague words).
        high: Upper bound, or None when open.
        qualifier: One of :data:`QUALIFIERS`.
        unit: "persons", "percent", an ISO 4217 code for money, a counted noun ("shells"),
            a measure ("months", "km"), or None.
        currency: ISO 4217 code when money, else None.
        per: "day", "week", "month" or "year" for rates, else None.
        vague_rule: Name of the rule table used for vague words, else None.
        start: Offset of the span in the input.
        end: Offset after the span.
    """

    text: str
    low: float | None
    best: float | None
    high: float | None
    qualifier: str
    unit: str | None
    currency: str | None
    per: str | None
    vague_rule: str | None
    start: int
    end: int


def _range_end(
    text: str, a: Numeral, nums: list[Numeral], idx: int, L: LangPatterns, between: bool
):
    """The numeral closing a range that starts with `a`, and the connector, or None."""
    if idx + 1 >= len(nums):
        return None
    b = nums[idx + 1]
    m = L.to_re.match(text, a.end)
    if m and m.end() == b.start:
        c = norm_cue(m.group("c"))
        if c in ("-", "–", "—") and text[a.end : b.start].count(" ") > 2:
            return None
        return b
    if between:
        m = L.and_re.match(text, a.end)
        if m and m.end() == b.start:
            return b
    return None


# A spelled fraction before "of the ..." is a share of a group, in percent.
_SHARE_OF = re.compile(r"\s+of\s+(?:the|them|those|these|its|their|all)\b")


def _numeric_cands(text: str, L: LangPatterns, nums: list[Numeral], ages: bool) -> list[Cand]:
    out: list[Cand] = []
    skip: set[int] = set()
    excl = [not_a_count(text, n, L, ages) for n in nums]
    for i, n in enumerate(nums):
        if i in skip:
            continue
        why = excl[i]
        if why and not (why == "age" and ages):
            continue
        m, start = read_prefix(text, n.start, L)
        c = Cand(start, n.end, n.start)
        c.nscale = n.scale
        apply_prefix(text, c, L, m)
        cue = c.cue
        low = best = high = n.value
        b = None
        if why != "age":
            b = _range_end(text, n, nums, i, L, cue in ("between", "from"))
            if b is not None and excl[i + 1] not in (None,) and excl[i + 1] != "age":
                b = None
        if b is not None:
            av, bv = n.value, b.value
            if b.scale > 1 and n.scale == 1 and n.kind != "cjk" and av * b.scale <= bv:
                av *= b.scale
            if av < bv:
                skip.add(i + 1)
                c.qual = "range"
                low, high = av, bv
                best = (av + bv) / 2
                c.end = c.num_end = b.end
                c.year = n.year_like and b.year_like
                # currency/percent of the second end applies to the first
                end = read_after(text, c, L, b.end)
                c.end = max(c.end, end)
            else:
                b = None
        if b is None:
            c.year = n.year_like
            if n.approx:
                c.qual = "approx"
            end = read_after(text, c, L, n.end)
            c.end = max(c.end, end)
            sub = read_subunit(text, c, L, nums, excl, i) if c.cur else None
            if sub is not None:
                low = best = high = low + sub[0]
                c.end = sub[1]
                skip.add(i + 1)
        if why == "age":
            c.unit = "years_of_age"
        if n.kind == "percent":
            c.unit = "percent"  # "百分之三十"
        if (
            0 < n.value < 1
            and n.kind == "words"
            and c.unit is None
            and _SHARE_OF.match(text, c.end)
        ):
            low = best = high = n.value * 100  # "two thirds of the troops": a share, as "half"
            c.unit = "percent"
        if c.qual != "range" and cue and cue not in ("between", "from"):
            c.qual = cue if c.qual == "exact" else better(c.qual, cue)
        elif c.qual != "range" and cue in ("between", "from") and c.qual == "exact":
            pass
        if c.mult > 1.0:
            low, best, high = low * c.mult, best * c.mult, high * c.mult
        elif c.mult < 1.0:  # a subunit: divide, so 70 pence is 0.7, not 0.7000000000000001
            parts = round(1 / c.mult)
            low, best, high = low / parts, best / parts, high / parts
        if not (-_BIG < low <= best <= high < _BIG):
            continue  # an overflow ("1e308 trillion dollars"): no infinity in a figure
        c.low, c.best, c.high = low, best, high
        if L.far_re is not None and c.qual in ("exact", "approx"):
            fm = L.far_re.match(text, c.end)
            if fm:
                q = L.post.get(norm_cue(fm.group("cue")))
                if q:
                    c.qual = q
        # units from the following noun
        if c.unit is None:
            u, uend = scan_noun(text, c.end)
            c.unit = u
            if u and c.cur is None:
                pm = L.per_re.match(text, uend)
                if pm and u not in ("persons",):
                    c.per = PER_AFTER.get(norm_cue(pm.group("per")))
        elif c.cur and c.per is None:
            pass
        # years: a bare 1800-2100 integer without a unit or a bound is not a count
        if c.year and c.unit is None and c.cur is None and c.qual in ("exact", "range"):
            continue
        if c.unit in ("days", "weeks", "months", "years") and c.year:
            continue
        out.append(c)
    return out


def _finalise(c: Cand) -> tuple[float | None, float | None, float | None]:
    q = c.qual
    v = c.best
    if q == "exact":
        return v, v, v
    if q == "approx":
        return None, v, None
    if q == "nearly":
        return None, v, v
    if q in ("at_least", "more_than"):
        return v, v, None
    if q in ("up_to", "at_most", "less_than"):
        return None, v, v
    if q == "range":
        return c.low, c.best, c.high
    return c.low, c.best, c.high


def _mark_partitives(text: str, cands: list[Cand], L: LangPatterns) -> None:
    """Demote wholes of partitives ("1,000 of the 11,000", "6000명 중 1000명")."""
    for i, c in enumerate(cands):
        if i + 1 < len(cands):
            nxt = cands[i + 1]
            pm = L.partitive_re.match(text, c.num_end) if nxt.start >= c.end else None
            if pm is not None and pm.end() >= nxt.start - 1:
                nxt.demoted = True
                if c.unit is None and nxt.unit is not None and c.cur is None:
                    c.unit = nxt.unit
        if L.whole_re.match(text, c.num_end if c.qual != "vague" else c.end):
            c.demoted = True


def _to_figure(text: str, c: Cand) -> Figure:
    if c.qual == "vague":
        low, best, high = c.low, None, c.high
    elif c.qual == "none":
        low = best = high = None
    else:
        low, best, high = _finalise(c)
    start, end = c.start, c.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Figure(
        text=text[start:end],
        low=low,
        best=best,
        high=high,
        qualifier=c.qual,
        unit=c.unit,
        currency=c.cur,
        per=c.per,
        vague_rule=c.vague,
        start=start,
        end=end,
    )


def _collect(
    text: str, lang: str, vague_rule: str, ages: bool
) -> tuple[list[Cand], str, LangPatterns]:
    if vague_rule not in VAGUE_RULES:
        raise ValueError(f"unknown vague_rule {vague_rule!r}; choose one of {sorted(VAGUE_RULES)}")
    norm = normalise_digits(text)
    L = lang_patterns(lang if isinstance(lang, str) and lang else "en")
    nums = find_numerals(norm, L.lang)  # numerals are case-sensitive ("5M", "5m")
    nums = [n for n in nums if math.isfinite(n.value)]  # "1E400", 400 digits: no reading
    norm = fold_case(norm)  # the cue tables are folded: match without re.IGNORECASE
    vague = vague_candidates(norm, L, nums, vague_rule)
    if vague:
        spans = [(v.start, v.end) for v in vague]
        nums = [n for n in nums if not any(s <= n.start < e for s, e in spans)]
    cands = _numeric_cands(norm, L, nums, ages) + vague + half_candidates(norm, L, nums)
    cands.sort(key=lambda c: c.start)
    # drop overlaps (keep the first)
    kept: list[Cand] = []
    for c in cands:
        if kept and c.start < kept[-1].end and not yield_shared_currency(c, kept[-1]):
            continue
        kept.append(c)
    drop_conversions(norm, kept)
    _join_bounds(norm, kept)
    _mark_partitives(norm, kept, L)
    if L.share_re is not None and _holds_any(norm, L.share_hints):
        kept = _apply_shares(norm, kept, L)
    return kept, norm, L


_BIG = float("inf")


def _apply_shares(text: str, cands: list[Cand], L: LangPatterns) -> list[Cand]:
    """A share of a stated whole is that part of it, approximately.

    "half of its 6,000 troops" = 3,000 approx; a fraction read from the share words is dropped.

    Example:
        >>> f = parse_figure("half of its 6,000 troops")
        >>> (f.low, f.best, f.high, f.qualifier)
        (None, 3000.0, None, 'approx')
    """
    assert L.share_re is not None
    out = list(cands)
    for c in cands:
        if c.best is None or c.qual not in ("exact", "approx") or c.cur is not None:
            continue
        lo = max(0, c.start - 40)
        m = L.share_re.search(text, lo, c.start)
        if m is None:
            continue
        pm, _start = read_prefix(text, m.start(), L)
        if pm is not None and pm.group("cue"):
            continue  # "more than half of the 11,000": a bound on a share, the whole stays
        c.best = c.best * L.shares[" ".join(m.group("w").split())]
        c.low = c.high = None
        c.qual = "approx"
        new_start = m.start()
        out = [o for o in out if o is c or not (new_start <= o.start < c.start)]
        c.start = new_start
    return out


_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|but|und|et|y|e|и|і|,)?\s*$")
_LOWER = ("at_least", "more_than")
_UPPER = ("up_to", "at_most", "less_than")


def _join_bounds(text: str, cands: list[Cand]) -> None:
    """Fold "more than 10 and less than 20" (a lower and an upper bound) into one range."""
    i = 0
    while i + 1 < len(cands):
        a, b = cands[i], cands[i + 1]
        pair = (a.qual, b.qual)
        lo_hi = None
        if pair[0] in _LOWER and pair[1] in _UPPER:
            lo_hi = (a.best, b.best)
        elif pair[0] in _UPPER and pair[1] in _LOWER:
            lo_hi = (b.best, a.best)
        if (
            lo_hi
            and lo_hi[0] is not None
            and lo_hi[1] is not None
            and lo_hi[0] < lo_hi[1]
            and (a.unit == b.unit or a.unit is None or b.unit is None)
            and _JOIN_RE.match(text[a.end : b.start])
            and b.start - a.end < 12
        ):
            a.qual = "range"
            a.low, a.high = lo_hi
            a.best = (lo_hi[0] + lo_hi[1]) / 2
            a.end = b.end
            a.unit = a.unit or b.unit
            del cands[i + 1]
        i += 1


def find_figures(
    text: str,
    lang: str = "en",
    *,
    vague_rule: str = DEFAULT_VAGUE_RULE,
    ages: bool = False,
) -> list[Figure]:
    """Every figure in a text, in order, with offsets into `text`.

    Args:
        text: Any text.
        lang: ISO 639-1 code of the text (other codes read digits and English words).
        vague_rule: Name of the rule table in :data:`VAGUE_RULES` for vague words.
        ages: Also return ages ("18-year-old") as figures with unit "years_of_age".

    Returns:
        The figures, in text order; currency conversions in brackets are folded into the
        figure they convert. Durations and distances come back with their measure as unit.

    Example:
        >>> [(f.best, f.unit) for f in find_figures("1,000 sappers and 5,000 builders")]
        [(1000.0, 'persons'), (5000.0, 'persons')]
    """
    if not isinstance(text, str) or not text:
        return []
    cands, _, L = _collect(text, lang, vague_rule, ages)
    figs = [_to_figure(text, c) for c in cands]
    for m in L.none_re.finditer(fold_case(normalise_digits(text))):
        if not any(f.start <= m.start() < f.end for f in figs):
            figs.append(_no_number(text, m.start(), m.end()))
    figs.sort(key=lambda f: f.start)
    return [f for f in figs if _sane(f, text)]


def _sane(fig: Figure, text: str) -> bool:
    """The invariants every Figure keeps: finite values, low <= best <= high, span in the text.

    A reading that breaks one (a product beyond float range) is dropped, never returned.
    """
    low, best, high = fig.low, fig.best, fig.high
    isfinite = math.isfinite
    for v in (low, best, high):
        if v is not None and not isfinite(v):
            return False
    if low is not None and best is not None and low > best:
        return False
    if best is not None and high is not None and best > high:
        return False
    if low is not None and high is not None and low > high:
        return False
    return 0 <= fig.start <= fig.end <= len(text)


def _main(cands: list[Cand]) -> Cand | None:
    if not cands:
        return None
    for want_demoted in (False, True):
        for c in cands:
            if (c.unit == "persons" or c.cur) and (c.demoted == want_demoted or want_demoted):
                return c
    for c in cands:
        if c.unit not in MEASURE_UNITS:
            return c
    return cands[0]


def _total_head(text: str, cands: list[Cand], L: LangPatterns) -> Cand | None:
    """The figure a total cue stands before, when the phrase has several.

    "600 of them killed, a total of 4,200 casualties" -> 4,200.

    Example:
        >>> parse_figure("600 of them killed, a total of 4,200 casualties").best
        4200.0
    """
    if L.total_re is None or len(cands) < 2:
        return None
    if not _holds_any(text, L.total_words):
        return None
    for c in cands:
        if L.total_re.search(text, max(0, c.start - 24), c.start) is not None:
            return c
    return None


def _singular(text: str, norm: str, L: LangPatterns | None = None) -> Figure | None:
    """A count given by a noun's grammatical number ("a soldier" = 1, Arabic dual = 2).

    An article right before a currency word is one of it ("a dollar" = 1 USD).

    Example:
        >>> f = parse_figure("a dollar")
        >>> (f.best, f.currency)
        (1.0, 'USD')
    """
    article_at = -1
    words = 0
    for wm in WORD_RE.finditer(norm):
        w = wm.group().lower()
        words += 1
        if w in SINGULAR_ARTICLES:
            article_at, words = wm.start(), 0
            code = L.cur_word_codes.get(_next_word(norm, wm.end())) if L is not None else None
            if code:
                e = norm.index(" ", wm.end()) + 1 + len(_next_word(norm, wm.end()))
                return Figure(
                    text[wm.start() : e],
                    1.0,
                    1.0,
                    1.0,
                    "exact",
                    code,
                    code,
                    None,
                    None,
                    wm.start(),
                    e,
                )
            continue
        count = SINGULAR_PERSONS.get(w)
        if count is None:
            continue
        if w.isascii() and (article_at < 0 or words > 4):
            continue
        s = article_at if w.isascii() else wm.start()
        v = float(count)
        return Figure(
            text[s : wm.end()], v, v, v, "exact", "persons", None, None, None, s, wm.end()
        )
    return None


def _next_word(text: str, pos: int) -> str:
    """The word after one space at `pos` ("" when none)."""
    if not text.startswith(" ", pos):
        return ""
    m = WORD_RE.match(text, pos + 1)
    return m.group().lower() if m else ""


def _no_number(text: str, start: int, end: int) -> Figure:
    """A claim with no number ("an unspecified number"): qualifier ``none``, no values."""
    return Figure(text[start:end], None, None, None, "none", None, None, None, None, start, end)


def parse_figure(
    text: str,
    lang: str = "en",
    *,
    vague_rule: str = DEFAULT_VAGUE_RULE,
    ages: bool = False,
) -> Figure | None:
    """The main figure of a short phrase ("at least 3,000 soldiers"), or None.

    The main figure is the first head count or money figure (a figure that is the whole of
    a partitive, "1,000 of the 11,000", counts last); a currency conversion in brackets is
    folded into the figure it converts. A phrase that says no number was given ("an
    unspecified number of troops"), or names people without a number, gives a Figure with
    qualifier "none"; junk gives None.

    Args:
        text: A short figure phrase, possibly with words around the figure.
        lang: ISO 639-1 code of the phrase.
        vague_rule: Name of the rule table in :data:`VAGUE_RULES` for vague words.
        ages: Also read ages ("18-year-old") as figures.

    Returns:
        The Figure, or None.

    Example:
        >>> f = parse_figure("$2,000 a month")
        >>> (f.best, f.unit, f.currency, f.per)
        (2000.0, 'USD', 'USD', 'month')
    """
    if not isinstance(text, str) or not text.strip():
        return None
    cands, norm, L = _collect(text, lang, vague_rule, ages)
    c = (_total_head(norm, cands, L) if len(cands) > 1 else None) or _main(cands)
    if c is not None:
        fig = _to_figure(text, c)
        return fig if _sane(fig, text) else None
    m = L.none_re.search(norm)
    if m is not None:
        return _no_number(text, m.start(), m.end())
    single = _singular(text, norm, L)
    if single is not None:
        return single
    for wm in WORD_RE.finditer(norm):
        w = wm.group()
        if w[0].isalpha() and noun_unit(w) == "persons" and len(w) > 3:
            return Figure(
                text[wm.start() : wm.end()],
                None,
                None,
                None,
                "none",
                "persons",
                None,
                None,
                None,
                wm.start(),
                wm.end(),
            )
    return None
