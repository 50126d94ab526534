"""Reading around a numeral: cues, counters, percent, units, and whether it is a count.

:class:`Cand` is the mutable figure under construction; :func:`read_prefix` and
:func:`apply_prefix` read what stands before a numeral ("at least", "$", "약"),
:func:`read_after` what follows it ("여 명", "%", "dollars a month", "or more"), and
:func:`not_a_count` says why a numeral is no count.

Example:
    >>> from tracker.figures.patterns import lang_patterns
    >>> c = Cand(0, 5)
    >>> read_after("3,000 or more troops", c, lang_patterns("en"), 5), c.qual
    (13, 'at_least')
"""

from __future__ import annotations

import re

from tracker.figures.money import read_currency
from tracker.figures.numerals import Numeral
from tracker.figures.patterns import LangPatterns, norm_cue
from tracker.figures.phrase_regex import is_cjk
from tracker.lexicon.figure_words import (
    CJK_COUNTERS,
    CJK_DATE_CHARS,
    CJK_LANGS,
    CURRENCY_MILLIONS,
    MEASURE_WORDS,
    ORDINAL_E,
    PER_AFTER,
    PER_BEFORE,
)

__all__ = ["RANK", "Cand", "apply_prefix", "better", "not_a_count", "read_after", "read_prefix"]

RANK = {
    "exact": 0,
    "approx": 1,
    "nearly": 2,
    "at_least": 3,
    "more_than": 3,
    "up_to": 3,
    "at_most": 3,
    "less_than": 3,
}


class Cand:
    """A figure under construction: span, bounds, qualifier, unit, currency and flags.

    Example:
        >>> c = Cand(4, 9)
        >>> (c.start, c.end, c.qual, c.mult)
        (4, 9, 'exact', 1.0)
    """

    __slots__ = (
        "start",
        "end",
        "low",
        "best",
        "high",
        "qual",
        "unit",
        "cur",
        "per",
        "vague",
        "demoted",
        "num_end",
        "year",
        "cue",
        "mult",
        "num_start",
        "pre_cur",
        "post_cur",
        "nscale",
    )

    def __init__(self, start: int, end: int, num_start: int | None = None) -> None:
        self.start = start
        self.end = end
        self.num_start = start if num_start is None else num_start
        self.pre_cur = False  # the currency came from before the number
        self.post_cur = False  # ... from after it
        self.nscale = 1.0  # the scale written in the numeral ("3 million")
        self.low: float | None = None
        self.best: float | None = None
        self.high: float | None = None
        self.qual = "exact"
        self.unit: str | None = None
        self.cur: str | None = None
        self.per: str | None = None
        self.vague: str | None = None
        self.demoted = False
        self.num_end = end
        self.year = False
        self.cue: str | None = None
        self.mult = 1.0


def better(q_old: str, q_new: str) -> str:
    """The stronger of two qualifiers (a bound beats "nearly" beats "approx" beats "exact").

    Example:
        >>> better("approx", "at_least"), better("at_least", "approx")
        ('at_least', 'at_least')
    """
    return q_new if RANK.get(q_new, 0) > RANK.get(q_old, 0) else q_old


def read_prefix(text: str, s: int, L: LangPatterns) -> tuple[re.Match | None, int]:
    """Match cue, currency and rate words before offset `s`; (match or None, new start).

    The match runs on the reversed text before `s`; hand it to :func:`apply_prefix`.

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> read_prefix("at least 500", 9, lang_patterns("en"))[1]
        0
    """
    if s == 0:
        return None, s  # nothing before the numeral: no cue, currency or rate
    lo = max(0, s - 48)
    rev = text[lo:s][::-1]
    m = L.prefix_re.match(rev)
    if m is None or m.end() == 0:
        return None, s
    # trim trailing junk that matched only quotes/spaces (groups: cur, per1, cue, per2)
    groups_end = max(m.end(1), m.end(2), m.end(3), m.end(4))
    if groups_end <= 0:
        return None, s
    return m, s - groups_end


def not_a_count(text: str, n: Numeral, L: LangPatterns, ages: bool) -> str | None:
    """Why the numeral is not a count: 'calibre', 'model', 'date', 'ordinal', 'age', or None.

    `text` is folded (:func:`tracker.figures.phrase_regex.fold_case`), as the patterns are.

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> from tracker.figures.numerals import find_numerals
        >>> text = "152mm shells on 3 may"
        >>> [not_a_count(text, n, lang_patterns("en"), False) for n in find_numerals(text)]
        ['calibre', 'date']
    """
    s, e = n.start, n.end
    after = text[e : e + 12]
    if after:
        c0 = after[0]
        if c0 in CJK_DATE_CHARS:
            return "date"
        if c0 in "/:" and len(after) > 1 and after[1].isdigit():
            return "date"
        if c0 == "." and len(after) > 1 and after[1].isdigit():
            return "date"
        if c0.isalpha() and n.kind == "digits" and not is_cjk(c0):
            lw = after[:3].lower()
            if lw[:2] in ("st", "nd", "rd", "th") and (len(lw) < 3 or not lw[2].isalpha()):
                return "ordinal"
            if (
                lw[:1] in ("e", "è", "º", "ª", "°")
                and (len(lw) < 2 or not lw[1].isalpha())
                and L.lang in ORDINAL_E
            ):
                return "ordinal"
        nxt = after.lstrip(" -\u00a0")[:1]
        if nxt.isalpha():
            if L.calibre_re.match(text, e) is not None:
                return "calibre"
            if L.age_after_re.match(text, e) is not None:
                return "age"
            if n.value <= 31 and n.kind == "digits" and L.month_after_re.match(text, e):
                return "date"
    if s > 0:
        b1 = text[s - 1]
        if b1 in ("第", "#", "№"):
            return "ordinal"
        if (b1 == "-" or b1.isalpha()) and n.kind in ("digits", "cjk"):
            b = text[s - 2] if b1 == "-" and s > 1 else b1
            k = s - 2 if b1 == "-" else s - 1
            while k >= 0 and text[k].isalpha():
                k -= 1
            glued_scale = k >= 0 and text[k].isdigit()
            if not glued_scale and (b.isascii() and b.isalpha() or "\u0400" <= b <= "\u04ff"):
                before = L.prefix_re.match(text[max(0, s - 8) : s][::-1])
                if b1.isalpha() and before is not None and before.group("cur"):
                    return None
                return "model"
        if b1 in "/.:" and s > 1 and text[s - 2].isdigit():
            return "date"
        if n.kind == "digits" and n.value <= 31 and n.value == int(n.value):
            rev = text[max(0, s - 14) : s][::-1]
            if L.month_before_re.match(rev):
                return "date"
        window = text[max(0, s - 20) : s]
        if "ag" in window.lower() and L.age_before_re.match(window[::-1]) is not None:
            return "age"
    return None


def read_after(text: str, c: Cand, L: LangPatterns, pos: int) -> int:
    """Read counters, odd-suffixes, percent, currency, measure, rate and post cues at `pos`.

    Updates `c` and returns the end of what was read (`pos` when nothing was).

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> c = Cand(0, 2)
        >>> read_after("12% or more", c, lang_patterns("en"), 2), c.unit, c.qual
        (11, 'percent', 'at_least')
    """
    end = pos
    # In ASCII text without "%" the CJK pattern can only match a space, with no group set
    m = None if text.isascii() and "%" not in text else L.cjk_re.match(text, pos)
    if m and m.group("counter") and not m.group("odd"):
        money = L.curword_re.match(text, pos)
        if money is not None and money.end() > m.end():
            m = None  # "人民币" is money, not the counter 人
    if m and m.end() > pos:
        if m.group("odd") or m.group("odd2"):
            c.qual = better(c.qual, "approx")
            if L.lang in CJK_LANGS:
                c.cue = c.cue or "odd"
        if m.group("counter"):
            c.unit = CJK_COUNTERS[m.group("counter")]
        if m.group("odd") or m.group("counter") or m.group("odd2"):
            end = pos = m.end()
    m = L.percent_re.match(text, pos)
    if m:
        c.unit = "percent"
        end = pos = m.end()
    else:
        cur_end = read_currency(text, c, L, pos)
        if cur_end is not None:
            end = pos = cur_end
        if c.unit is None:
            m = L.measure_re.match(text, pos)
            if m:
                c.unit = MEASURE_WORDS.get(m.group("m").lower(), m.group("m").lower())
                end = pos = m.end()
    m = L.post_re.match(text, pos)
    if m:
        q = L.post.get(norm_cue(m.group("cue")))
        if q:
            c.qual = better(c.qual, q) if c.qual != "range" else c.qual
            end = pos = m.end()
            m2 = L.cjk_re.match(text, pos)
            if m2 and m2.group("counter") and c.unit is None:
                c.unit = CJK_COUNTERS[m2.group("counter")]
    if c.cur:
        m = L.per_re.match(text, pos)
        if m:
            c.per = PER_AFTER.get(norm_cue(m.group("per")))
            end = m.end()
    return end


def apply_prefix(text: str, c: Cand, L: LangPatterns, m: re.Match | None) -> None:
    """Set the cue, currency and rate that :func:`read_prefix` matched on `c`.

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> L = lang_patterns("en")
        >>> c = Cand(0, 6)
        >>> apply_prefix("about $500", c, L, read_prefix("about $500", 7, L)[0])
        >>> (c.cue, c.cur)
        ('approx', 'USD')
    """
    if m is None:
        return
    if m.group("cur"):
        word = norm_cue(m.group("cur")[::-1])
        code = L.cur_symbol_codes.get(word)
        if code is None and word in CURRENCY_MILLIONS:  # "MAUD 60"
            code = CURRENCY_MILLIONS[word]
            c.mult = 1e6
        if code:
            c.cur = code
            c.unit = code
            c.pre_cur = True
    per = m.group("per1") or m.group("per2")
    if per:
        c.per = PER_BEFORE.get(norm_cue(per[::-1]))
    if m.group("cue"):
        cue = norm_cue(m.group("cue")[::-1])
        q = L.pre.get(cue)
        if q:
            c.cue = q
