"""Money after and between amounts: currency words, scales, cents, shared symbols, conversions.

* :func:`read_currency`: "3,000 dollars", "30 MUSD", "75 USD million" after an amount.
* :func:`read_subunit`: cents after an amount ("3 dollars 50 cents", "17 USD 25").
* :func:`yield_shared_currency`: one symbol between two amounts ("10 $ 30 $", "rmb 10 usd 20").
* :func:`drop_conversions`: "$2,000 (2.76m won)" keeps the first amount only.

The candidates and patterns come from :mod:`tracker.figures.context` and
:mod:`tracker.figures.patterns`.

Example:
    >>> from tracker.figures.parse import find_figures
    >>> [(f.best, f.currency) for f in find_figures("3 dollars 50 cents")]
    [(3.5, 'USD')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.figures.nouns import scan_noun
from tracker.figures.patterns import norm_cue
from tracker.lexicon.figure_words import (
    CURRENCY_FALSE_FRIENDS,
    CURRENCY_MILLIONS,
    NO_SUBUNIT,
    SUBUNIT_WORDS,
)
from tracker.lexicon.numbers import ARTICLES

if TYPE_CHECKING:
    from tracker.figures.context import Cand
    from tracker.figures.numerals import Numeral
    from tracker.figures.patterns import LangPatterns

__all__ = ["drop_conversions", "read_currency", "read_subunit", "yield_shared_currency"]

_GLUED_SCALES = {"m": 1e6, "bn": 1e9, "k": 1e3}
_CONV_RE = re.compile(r"\s*[(（]\s*")
_DIGIT_NEXT = re.compile(r"\s*\d")
_FALSE_FRIENDS = tuple(CURRENCY_FALSE_FRIENDS)


def _next_amounts(text: str, m: re.Match, c: Cand) -> bool:
    """True when the currency word `m` after a figure opens the next amount instead."""
    if not _DIGIT_NEXT.match(text, m.end()):
        return False
    if c.pre_cur:
        return True  # "$ 20,000 $ 37,305": each amount has its symbol before it
    glued_next = text[m.end() : m.end() + 1].isdigit()
    return glued_next and m.group()[:1].isspace()  # "1 $10"


def read_currency(text: str, c: Cand, L: LangPatterns, pos: int) -> int | None:
    """Read a currency word after an amount ("3,000 dollars", "30 MUSD", "75 USD million").

    Sets the candidate's currency, unit and multiplier; returns the end of what was read, or
    None when no currency word follows.

    Example:
        >>> from tracker.figures.context import Cand
        >>> from tracker.figures.patterns import lang_patterns
        >>> c = Cand(0, 2)
        >>> read_currency("75 usd million", c, lang_patterns("en"), 2), c.cur, c.mult
        (14, 'USD', 1000000.0)
    """
    m = L.curword_re.match(text, pos)
    if m is None or _next_amounts(text, m, c) or text.startswith(_FALSE_FRIENDS, m.start("cur")):
        return None  # "rmb 10 usd 20", "1 $10": the word is the next amount's prefix
    word = m.group("cur").lower()
    code = CURRENCY_MILLIONS.get(word)  # "30 MUSD"
    if code is not None:
        c.mult = 1e6
    else:
        code = L.cur_word_codes.get(word)
        if word in SUBUNIT_WORDS:  # "50 cents" is half a dollar, not fifty
            c.mult = 0.01
    if not code:
        return None
    if m.group("sc"):
        c.mult *= _GLUED_SCALES[m.group("sc").lower()]
    c.cur = c.unit = code
    c.post_cur = True
    end = m.end()
    if c.mult == 1.0 and c.nscale == 1.0:
        sm = L.cur_scale_re.match(text, end)
        if sm:
            c.mult = L.cur_scales[norm_cue(sm.group("s"))]
            end = sm.end()
    return end


def read_subunit(
    text: str, c: Cand, L: LangPatterns, nums: list[Numeral], excl: list[str | None], i: int
) -> tuple[float, int] | None:
    """Cents after an amount ("3 dollars 50 cents", "15 USD 50"): (addend, end), or None.

    `i` indexes the amount's numeral in `nums`; `excl` says which numerals are no counts.

    Example:
        >>> from tracker.figures.parse import parse_figure
        >>> parse_figure("17 USD 25").best
        17.25
    """
    if i + 1 >= len(nums) or c.mult != 1.0 or c.cur in NO_SUBUNIT or excl[i + 1]:
        return None
    a, b = nums[i], nums[i + 1]
    if a.value != int(a.value) or not (0 < b.value < 100) or b.value != int(b.value):
        return None
    if b.kind == "words" and text[b.start : b.end] in ARTICLES.get(L.lang, ()):
        return None  # "470 pence une ...": an article, not one cent
    gap = L.subunit_gap_re.match(text, c.end)
    if gap is None or gap.end() != b.start:
        return None
    sm = L.subunit_re.match(text, b.end)
    if sm is not None:
        return b.value / 100, sm.end()
    if text[b.end : b.end + 1].isalnum():
        return None  # "10 turkish lira 11a"
    if not c.post_cur:
        return None  # "$500 and 20 ...": only a currency word after the amount makes cents
    if L.curword_re.match(text, b.end) or L.percent_re.match(text, b.end):
        return None  # "50 dollar 40 rmb"
    if scan_noun(text, b.end, 1)[0] is not None or L.measure_re.match(text, b.end):
        return None  # "2,000 dollars and 30 soldiers"
    return b.value / 100, b.end


def yield_shared_currency(c: Cand, prev: Cand) -> bool:
    """Give up the currency word `prev` took as its suffix ("10 $ 30 $"); False if no such.

    Example:
        >>> from tracker.figures.parse import find_figures
        >>> [f.text for f in find_figures("10 $ 30 $")]
        ['10 $', '30 $']
    """
    if not c.pre_cur or c.num_start < prev.end or c.mult != 1.0:
        return False
    c.start = c.num_start
    if not c.post_cur:
        c.cur = None
        if c.unit == prev.cur or c.unit is None:
            c.unit = None
    c.pre_cur = False
    return True


def drop_conversions(text: str, cands: list[Cand]) -> None:
    """Remove money figures in brackets right after another money figure.

    Example:
        >>> from tracker.figures.parse import find_figures
        >>> [f.text for f in find_figures("$2,000 (2.76m won)")]
        ['$2,000']
    """
    i = 0
    while i + 1 < len(cands):
        a, b = cands[i], cands[i + 1]
        if a.cur and b.cur:
            m = _CONV_RE.match(text, a.end)
            gap = text[a.end : b.start]
            if m and ("(" in gap or "（" in gap) and len(gap) < 24:
                if b.per and not a.per:
                    a.per = b.per
                del cands[i + 1]
                continue
        i += 1
