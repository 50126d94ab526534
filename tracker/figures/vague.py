"""Vague amounts ("thousands", "수천", "several hundred") and halves ("more than half").

Vague words never become a point: their bounds come from a named rule table
(:data:`tracker.lexicon.figure_words.VAGUE_RULES`). A half with a cue ("more than half") is a
percentage; "more than a month" is a measure.

Example:
    >>> from tracker.figures.parse import parse_figure
    >>> f = parse_figure("thousands of troops")
    >>> (f.low, f.best, f.high, f.qualifier)
    (1000.0, None, None, 'vague')
"""

from __future__ import annotations

import re

from tracker.figures.context import RANK, Cand, apply_prefix, read_after, read_prefix
from tracker.figures.nouns import scan_noun
from tracker.figures.numerals import Numeral
from tracker.figures.patterns import LangPatterns, norm_cue
from tracker.figures.phrase_regex import alternation
from tracker.lexicon.figure_words import MEASURE_WORDS, VAGUE_RULES

__all__ = ["half_candidates", "vague_candidates"]


def vague_candidates(text: str, L: LangPatterns, nums: list[Numeral], rule: str) -> list[Cand]:
    """Candidates for the vague words of `text` (folded), bounded by rule table `rule`.

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> L = lang_patterns("en")
        >>> [(c.low, c.high) for c in vague_candidates("tens of thousands", L, [], "tracker-2026")]
        [(20000.0, 90000.0)]
    """
    out: list[Cand] = []
    table = VAGUE_RULES[rule]
    for m in L.vague_re.finditer(text):
        s, e = m.start(), m.end()
        if any(n.start < s < n.end or (n.start < s and n.end >= s and n.end > s) for n in nums):
            continue
        if any(n.end <= s and not text[n.end : s].strip() for n in nums):
            continue
        phrase = norm_cue(m.group())
        kind = L.vague.get(phrase)
        if kind is None:
            continue
        pm, start = read_prefix(text, s, L)
        c = Cand(start, e)
        apply_prefix(text, c, L, pm)
        if phrase in L.gen_sg and c.cue in (
            "approx",
            "more_than",
            "at_least",
            "up_to",
            "less_than",
            "nearly",
        ):
            c.best = c.low = c.high = L.gen_sg[phrase]
            c.qual = c.cue
            c.unit, _ = scan_noun(text, e)
            out.append(c)
            continue
        low, high = table.get(kind, (None, None))
        if c.cue in ("at_least", "more_than"):
            high = None
        elif c.cue in ("up_to", "at_most", "less_than"):
            low = None
        c.qual = "vague"
        c.vague = rule
        c.low, c.high = low, high
        end = read_after(text, c, L, e)
        c.end = max(e, end if c.cur else e)
        if c.unit is None:
            c.unit, _ = scan_noun(text, e)
        if kind in ("few", "several", "small", "many") and c.unit is None:
            continue
        out.append(c)
    return out


_HALF_HINT_RE = re.compile(
    alternation(
        ("half", "majorit", "moiti", "hälfte", "mitad", "metà", "metade", "половин", "절반", "半")
        + ("month", "week", "year", "day", "decade"),
        boundary_after=False,
    )
)


def half_candidates(text: str, L: LangPatterns, nums: list[Numeral]) -> list[Cand]:
    """Candidates for cued halves ("more than half" = 50 percent) and "over a month".

    Example:
        >>> from tracker.figures.patterns import lang_patterns
        >>> [(c.best, c.unit) for c in half_candidates("more than half", lang_patterns("en"), [])]
        [(50.0, 'percent')]
    """
    out: list[Cand] = []
    if _HALF_HINT_RE.search(text) is None:
        return out
    for m in L.half_re.finditer(text):
        s, e = m.start(), m.end()
        if any(n.start <= s < n.end or s <= n.start < e for n in nums):
            continue
        pm, start = read_prefix(text, s, L)
        c = Cand(start, e)
        apply_prefix(text, c, L, pm)
        if c.cue is None:
            continue
        c.qual = c.cue if c.cue in RANK else "exact"
        c.best = 50.0
        c.unit = "percent"
        out.append(c)
    for m in L.article_measure_re.finditer(text):
        pm, start = read_prefix(text, m.start(), L)
        if pm is None or not pm.group("cue"):
            continue
        c = Cand(start, m.end())
        apply_prefix(text, c, L, pm)
        c.qual = c.cue if c.cue in RANK else "exact"
        c.best = 1.0
        c.unit = MEASURE_WORDS[m.group("m").lower()]
        out.append(c)
    return out
