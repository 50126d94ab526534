"""Figure phrases -> :class:`Figure` (low / best / high, qualifier, unit, currency, per).

A grammar driven by the tables in :mod:`tracker.figure_words` and :mod:`tracker.number_words`:
numerals come from :func:`tracker.numerals.find_numerals`; around each one the grammar reads
qualifier cues ("at least", "약", "以上", "-odd"), a second range end ("10-12 thousand",
"between 10,000 and 12,000", "1만~1만 2천"), currency and rate words ("$2,000 a month",
"월 200만 원"), the counted noun, and drops what is not a count (calibres, model names,
years, dates, ordinals, ages unless asked). Vague words ("thousands", "수천") become flagged
ranges from a named rule table (:data:`VAGUE_RULES`), never a point.

Conventions (DESIGN.md §3): exact v/v/v; approx None/v/None; nearly None/v/v; at_least and
more_than v/v/None; up_to, at_most, less_than None/v/v; range a/midpoint/b; vague
rule-low/None/rule-high; none: all None.

Example:
    >>> f = parse_figure("at least 3,000 soldiers")
    >>> (f.low, f.best, f.high, f.qualifier, f.unit)
    (3000.0, 3000.0, None, 'at_least', 'persons')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.figure_words import (
    AGE_PATTERNS,
    CALIBRE_WORDS,
    CJK_COUNTERS,
    CJK_DATE_CHARS,
    COUNTED_STEMS,
    CURRENCY_FALSE_FRIENDS,
    CURRENCY_MILLIONS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    GENITIVE_SINGULAR,
    MEASURE_WORDS,
    MONTH_WORDS,
    NO_SUBUNIT,
    NONE_CUES,
    PER_AFTER,
    PER_BEFORE,
    PERCENT_WORDS,
    PERSON_STEMS,
    POST_CUES,
    POST_FAR,
    PRE_CUES,
    QUALIFIERS,
    RANGE_AND,
    RANGE_ARTICLES,
    RANGE_TO,
    SINGULAR_ARTICLES,
    SINGULAR_PERSONS,
    SUBUNIT_WORDS,
    VAGUE_RULES,
    VAGUE_WORDS,
)
from tracker.number_words import AND_WORDS, ARTICLES, SCALES
from tracker.numerals import Numeral, find_numerals, normalise_digits
from tracker.phrase_regex import LETTER, alternation, fold_case, is_cjk, lead_bounded

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


# --- compiled tables ------------------------------------------------------------------------

_LETTER = LETTER
# A comparative after a post cue ("200 or greater than 190", "200 o más de 190") makes the
# cue part of the next figure's bound.
_THAN = r"\s+(?:than|que|als|de|d['’])\s*[\w$€£¥₩-]"
_QUOTES = "\"“”«»'‘’„(\\[「『"
_BOUND = {"at_least", "more_than", "up_to", "at_most", "less_than"}
_RANK = {
    "exact": 0,
    "approx": 1,
    "nearly": 2,
    "at_least": 3,
    "more_than": 3,
    "up_to": 3,
    "at_most": 3,
    "less_than": 3,
}
_is_cjk = is_cjk
_alt = alternation
_lead_bounded = lead_bounded


def _merged(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    out = dict(table.get("en", {}))
    out.update(table.get(lang, {}))
    return out


class _Lang:
    """Compiled regexes and lookups for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.pre = _merged(PRE_CUES, lang)
        self.post = _merged(POST_CUES, lang)
        if lang in ("ko", "ja", "zh"):
            for other in ("ko", "ja", "zh"):
                for k, v in POST_CUES.get(other, {}).items():
                    self.post.setdefault(k, v)
                for k, v in PRE_CUES.get(other, {}).items():
                    self.pre.setdefault(k, v)
        ci = 0  # every pattern here is folded and runs on text folded by fold_case
        cur_syms = [*CURRENCY_SYMBOLS, *CURRENCY_MILLIONS]
        per_before = list(PER_BEFORE)
        self.prefix_re = re.compile(
            rf"[\s{_QUOTES}]*(?:(?P<cur>{_alt(cur_syms, reverse=True)})[\s]*)?"
            rf"(?:(?P<per1>{_alt(per_before, reverse=True)})(?!\d)\s*)?"
            rf"(?:(?P<cue>{_alt(self.pre, reverse=True)})[\s{_QUOTES}]*)?"
            rf"(?:(?P<per2>{_alt(per_before, reverse=True)})(?!\d)\s*)?",
            ci,
        )
        # "200 or greater than 190": "or greater" then belongs to what follows
        self.post_re = re.compile(rf"[ \t]?(?P<cue>{_alt(self.post)})(?!{_THAN})", ci)
        far = POST_FAR.get(lang, ())
        self.far_re = re.compile(rf"[^\d.;:!?]{{0,40}}?(?P<cue>{_alt(far)})", ci) if far else None
        counters = list(CJK_COUNTERS)
        self.cjk_re = re.compile(
            rf"[ ]?(?P<odd>여|餘|余|多)?[ ]?(?P<counter>{_alt(counters, fold=False)})?"
            r"(?P<odd2>余り|余|あまり|多)?"
        )
        self.percent_re = re.compile(rf"[ \u00a0]?(?:{_alt(PERCENT_WORDS)})", ci)
        cur_words = list(CURRENCY_WORDS) + list(CURRENCY_MILLIONS)
        self.curword_re = re.compile(
            rf"(?P<sc>m|bn|k)?[ \u00a0-]?(?:(?:de|d['’]|of|di)\s*)?(?P<cur>{_alt(cur_words)})", ci
        )
        scales = {**SCALES.get("en", {}), **SCALES.get(lang, {})}
        self.cur_scales = {k.lower(): v for k, v in scales.items() if v >= 1e3}
        # "75 USD million": a scale word after the currency
        self.cur_scale_re = re.compile(rf"[ \u00a0]?(?P<s>{_alt(self.cur_scales)})", ci)
        self.subunit_re = re.compile(rf"[ \u00a0]?(?:{_alt(SUBUNIT_WORDS)})", ci)
        ands = {"and", *AND_WORDS.get(lang, ())}
        self.subunit_gap_re = re.compile(rf"[ \u00a0]+(?:{_alt(ands)}\s+)?", ci)
        self.per_re = re.compile(rf"[\s,]*(?P<per>{_alt([p for p in PER_AFTER if p])})", ci)
        self.measure_re = re.compile(rf"[ \u00a0]?-?(?P<m>{_alt(MEASURE_WORDS)})", ci)
        self.calibre_re = re.compile(rf"[ \u00a0]?-?[ ]?(?:{_alt(CALIBRE_WORDS)})", ci)
        self.age_after_re = re.compile(rf"[ ]?-?(?:{_alt(AGE_PATTERNS)})", ci)
        self.age_before_re = re.compile(
            rf"(?:ega(?:\s+eht\s+ta)?|fo\s+ega|dega|sega)\s*$|^\s*(?:fo\s+ega\s+eht\s+ta|dega|ega)"
            rf"(?!{_LETTER})",
            ci,
        )
        self.month_after_re = re.compile(rf"\.?[ ]?(?:{_alt(MONTH_WORDS)})", ci)
        self.month_before_re = re.compile(rf"[\s,.]*(?:{_alt(MONTH_WORDS, reverse=True)})", ci)
        to_words = list(RANGE_TO.get("en", ())) + list(RANGE_TO.get(lang, ()))
        and_words = list(RANGE_AND.get("en", ())) + list(RANGE_AND.get(lang, ()))
        arts = _alt(RANGE_ARTICLES)
        cur_before = _alt(cur_syms)
        gap_counters = [k for k, v in CJK_COUNTERS.items() if v != "percent"]
        cjk_gap = rf"(?:[ ]?(?:여|余|多)?(?:{_alt(gap_counters)})?)?"
        self.to_re = re.compile(
            rf"{cjk_gap}\s*(?P<c>{_alt(to_words)})\s*(?:(?:{arts})\s+)?[{_QUOTES}]*"
            rf"(?:(?:{cur_before})\s*)?",
            ci,
        )
        self.and_re = re.compile(
            rf"{cjk_gap}\s*(?P<c>{_alt(and_words)})\s+(?:(?:{arts})\s+)?[{_QUOTES}]*"
            rf"(?:(?:{cur_before})\s*)?",
            ci,
        )
        vague = _merged(VAGUE_WORDS, lang)
        self.vague = {k.lower(): v for k, v in vague.items()}
        self.vague_re = re.compile(_lead_bounded(self.vague), ci)
        self.gen_sg = GENITIVE_SINGULAR.get(lang, {})
        nones = list(NONE_CUES.get("en", ())) + list(NONE_CUES.get(lang, ()))
        self.none_re = re.compile(_lead_bounded(nones), ci)
        self.partitive_re = re.compile(
            r"\s+(?:of|out of|von|de|di|dei|degli|delle|des|dos|das|z|из|з)\s+"
            r"(?:(?:the|them|those|these|its|their|die|den|der|les|los|las|i|gli|le|os|as)\s+)?"
            r"(?:(?:approximately|about|around|some|estimated|roughly|total)\s+)?(?=\d)",
            ci,
        )
        self.whole_re = re.compile(
            r"[ ]?(?:명|人|名)?[ ]?(?:중|가운데|のうち|の内|の中|之中|포함|을 포함한|를 포함한)"
        )
        self.half_re = re.compile(
            r"(?<!\w)(?:half|the majority|la moitié|die hälfte|la mitad|la metà|metà|a metade|"
            r"metade|половин[аыу]|절반|半数|一半)(?!\w)(?!\s+(?:a|an|million|billion)\b)",
            ci,
        )
        self.article_measure_re = re.compile(
            r"(?<!\w)(?:a|an|one)\s+(?P<m>day|week|month|year|decade)(?!\w)", ci
        )


@lru_cache(maxsize=64)
def _lang(lang: str) -> _Lang:
    return _Lang(lang)


_STEM_EXACT: dict[str, str] = {}
_STEM_PREFIX: dict[str, str] = {}
for _s in PERSON_STEMS:
    if len(_s) <= 4:
        for _v in (_s, _s + "s", _s + "es"):
            _STEM_EXACT.setdefault(_v, "persons")
    else:
        _STEM_PREFIX.setdefault(_s, "persons")
for _s, _u in COUNTED_STEMS.items():
    if len(_s) <= 4:
        for _v in (_s, _s + "s", _s + "es"):
            _STEM_EXACT.setdefault(_v, _u)
    else:
        _STEM_PREFIX.setdefault(_s, _u)
_STEM_LENS = sorted({len(k) for k in _STEM_PREFIX}, reverse=True)
_MULTI = {k for k in list(_STEM_PREFIX) + list(_STEM_EXACT) if " " in k}
_WORD_RE = re.compile(
    r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d|[.;:!?()\[\]/]|(?<=\s),(?=\s)",
)
_STOP_WORDS = frozenset({"and", "or", "und", "et", "y", "e", "i", "и", "і", "та", "but"})


_NOUN_CACHE: dict[str, str | None] = {}


def _noun_unit(word: str) -> str | None:
    try:
        return _NOUN_CACHE[word]
    except KeyError:
        pass
    if len(_NOUN_CACHE) > 50000:
        _NOUN_CACHE.clear()
    hit = _NOUN_CACHE[word] = _noun_unit_uncached(word)
    return hit


def _noun_unit_uncached(word: str) -> str | None:
    w = word.lower()
    if w.startswith("ال") and len(w) > 4:
        hit = _STEM_EXACT.get(w) or _STEM_PREFIX.get(w)
        if hit:
            return hit
        w2 = w[2:]
    else:
        w2 = w
    hit = _STEM_EXACT.get(w)
    if hit:
        return hit
    for n in _STEM_LENS:
        if n <= len(w2):
            hit = _STEM_PREFIX.get(w2[:n])
            if hit:
                return hit
    return None


_CALIBRE_SKIP = re.compile(
    r"\d+(?:[.,]\d+)?\s?-?\s?(?:mm|millimet(?:er|re)s?|мм|cm|calib(?:er|re)|inch)\b",
)


def _scan_noun(text: str, pos: int, limit: int = 5) -> tuple[str | None, int]:
    """The unit named by the first noun within `limit` words after `pos`, and its end."""
    prev = ""
    count = 0
    stop = min(len(text), pos + 80)
    p = pos
    while True:
        m = _WORD_RE.search(text, p, stop)
        if m is None:
            break
        p = m.end()
        w = m.group()
        if w[0].isdigit():
            cm = _CALIBRE_SKIP.match(text, m.start())
            if cm:
                p = cm.end()
                continue
            return None, pos
        if not w[0].isalpha():
            return None, pos
        lw = w.lower()
        if lw in _STOP_WORDS and count:
            return None, pos
        if prev and (prev + " " + lw) in _MULTI:
            return _noun_unit(prev + " " + lw) or _noun_unit(lw), m.end()
        u = _noun_unit(w)
        if u:
            return u, m.end()
        prev = lw
        count += 1
        if count >= limit:
            break
    return None, pos


# --- candidate figures ----------------------------------------------------------------------


class _Cand:
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
        self.low = self.best = self.high = None
        self.qual = "exact"
        self.unit = None
        self.cur = None
        self.per = None
        self.vague = None
        self.demoted = False
        self.num_end = end
        self.year = False
        self.cue = None
        self.mult = 1.0


def _better(q_old: str, q_new: str) -> str:
    return q_new if _RANK.get(q_new, 0) > _RANK.get(q_old, 0) else q_old


def _prefix(text: str, s: int, L: _Lang) -> tuple[re.Match | None, int]:
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


def _excluded(text: str, n: Numeral, L: _Lang, ages: bool) -> str | None:
    """Why the numeral is not a count: 'calibre', 'model', 'date', 'ordinal', 'age', or None."""
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
        if c0.isalpha() and n.kind == "digits" and not _is_cjk(c0):
            lw = after[:3].lower()
            if lw[:2] in ("st", "nd", "rd", "th") and (len(lw) < 3 or not lw[2].isalpha()):
                return "ordinal"
            if (
                lw[:1] in ("e", "è", "º", "ª", "°")
                and (len(lw) < 2 or not lw[1].isalpha())
                and L.lang in ("fr", "it", "es", "pt", "en", "nl")
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
                if b1.isalpha() and L.prefix_re.match(text[max(0, s - 8) : s][::-1]).group("cur"):
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


def _post_context(text: str, c: _Cand, L: _Lang, pos: int) -> int:
    """Read counters, odd-suffixes, percent, currency, measure, rate and post cues at `pos`."""
    end = pos
    m = L.cjk_re.match(text, pos)
    if m and m.end() > pos:
        if m.group("odd") or m.group("odd2"):
            c.qual = _better(c.qual, "approx")
            if L.lang in ("ko", "zh", "ja"):
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
        cur_end = _read_currency(text, c, L, pos)
        if cur_end is not None:
            end = pos = cur_end
        if c.unit is None:
            m = L.measure_re.match(text, pos)
            if m:
                c.unit = MEASURE_WORDS.get(m.group("m").lower(), m.group("m").lower())
                end = pos = m.end()
    m = L.post_re.match(text, pos)
    if m:
        q = L.post.get(_norm_cue(m.group("cue")))
        if q:
            c.qual = _better(c.qual, q) if c.qual != "range" else c.qual
            end = pos = m.end()
            m2 = L.cjk_re.match(text, pos)
            if m2 and m2.group("counter") and c.unit is None:
                c.unit = CJK_COUNTERS[m2.group("counter")]
    if c.cur:
        m = L.per_re.match(text, pos)
        if m:
            c.per = PER_AFTER.get(_norm_cue(m.group("per")))
            end = m.end()
    return end


_DIGIT_NEXT = re.compile(r"\s*\d")
_FALSE_FRIENDS = tuple(CURRENCY_FALSE_FRIENDS)


def _next_amounts(text: str, m: re.Match, c: _Cand) -> bool:
    """True when the currency word `m` after a figure opens the next amount instead."""
    if not _DIGIT_NEXT.match(text, m.end()):
        return False
    if c.pre_cur:
        return True  # "$ 20,000 $ 37,305": each amount has its symbol before it
    glued_next = text[m.end() : m.end() + 1].isdigit()
    return glued_next and m.group()[:1].isspace()  # "1 $10"


def _read_currency(text: str, c: _Cand, L: _Lang, pos: int) -> int | None:
    """Read a currency word after an amount ("3,000 dollars", "30 MUSD", "75 USD million").

    Sets the candidate's currency, unit and multiplier; returns the end of what was read, or
    None when no currency word follows.
    """
    m = L.curword_re.match(text, pos)
    if m is None or _next_amounts(text, m, c) or text.startswith(_FALSE_FRIENDS, m.start("cur")):
        return None  # "rmb 10 usd 20", "1 $10": the word is the next amount's prefix
    word = m.group("cur").lower()
    code = CURRENCY_MILLIONS.get(word)  # "30 MUSD"
    if code is not None:
        c.mult = 1e6
    else:
        code = CURRENCY_WORDS.get(word)
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
            c.mult = L.cur_scales[_norm_cue(sm.group("s"))]
            end = sm.end()
    return end


def _norm_cue(s: str) -> str:
    return " ".join(s.lower().split())


def _apply_prefix(text: str, c: _Cand, L: _Lang, m: re.Match | None) -> None:
    if m is None:
        return
    if m.group("cur"):
        word = _norm_cue(m.group("cur")[::-1])
        code = CURRENCY_SYMBOLS.get(word)
        if code is None and word in CURRENCY_MILLIONS:  # "MAUD 60"
            code = CURRENCY_MILLIONS[word]
            c.mult = 1e6
        if code:
            c.cur = code
            c.unit = code
            c.pre_cur = True
    per = m.group("per1") or m.group("per2")
    if per:
        c.per = PER_BEFORE.get(_norm_cue(per[::-1]))
    if m.group("cue"):
        cue = _norm_cue(m.group("cue")[::-1])
        q = L.pre.get(cue)
        if q:
            c.cue = q


def _range_end(text: str, a: Numeral, nums: list[Numeral], idx: int, L: _Lang, between: bool):
    """The numeral closing a range that starts with `a`, and the connector, or None."""
    if idx + 1 >= len(nums):
        return None
    b = nums[idx + 1]
    m = L.to_re.match(text, a.end)
    if m and m.end() == b.start:
        c = _norm_cue(m.group("c"))
        if c in ("-", "–", "—") and text[a.end : b.start].count(" ") > 2:
            return None
        return b
    if between:
        m = L.and_re.match(text, a.end)
        if m and m.end() == b.start:
            return b
    return None


def _subunit(
    text: str, c: _Cand, L: _Lang, nums: list[Numeral], excl: list[str | None], i: int
) -> tuple[float, int] | None:
    """Cents after an amount ("3 dollars 50 cents", "15 USD 50"): (addend, end), or None."""
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
    if _scan_noun(text, b.end, 1)[0] is not None or L.measure_re.match(text, b.end):
        return None  # "2,000 dollars and 30 soldiers"
    return b.value / 100, b.end


def _numeric_cands(text: str, L: _Lang, nums: list[Numeral], ages: bool) -> list[_Cand]:
    out: list[_Cand] = []
    skip: set[int] = set()
    excl = [_excluded(text, n, L, ages) for n in nums]
    for i, n in enumerate(nums):
        if i in skip:
            continue
        why = excl[i]
        if why and not (why == "age" and ages):
            continue
        m, start = _prefix(text, n.start, L)
        c = _Cand(start, n.end, n.start)
        c.nscale = n.scale
        _apply_prefix(text, c, L, m)
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
                end = _post_context(text, c, L, b.end)
                c.end = max(c.end, end)
            else:
                b = None
        if b is None:
            c.year = n.year_like
            if n.approx:
                c.qual = "approx"
            end = _post_context(text, c, L, n.end)
            c.end = max(c.end, end)
            sub = _subunit(text, c, L, nums, excl, i) if c.cur else None
            if sub is not None:
                low = best = high = low + sub[0]
                c.end = sub[1]
                skip.add(i + 1)
        if why == "age":
            c.unit = "years_of_age"
        if c.qual != "range" and cue and cue not in ("between", "from"):
            c.qual = cue if c.qual == "exact" else _better(c.qual, cue)
        elif c.qual != "range" and cue in ("between", "from") and c.qual == "exact":
            pass
        if c.mult != 1.0:
            low, best, high = low * c.mult, best * c.mult, high * c.mult
        c.low, c.best, c.high = low, best, high
        if L.far_re is not None and c.qual in ("exact", "approx"):
            fm = L.far_re.match(text, c.end)
            if fm:
                q = L.post.get(_norm_cue(fm.group("cue")))
                if q:
                    c.qual = q
        # units from the following noun
        if c.unit is None:
            u, uend = _scan_noun(text, c.end)
            c.unit = u
            if u and c.cur is None:
                pm = L.per_re.match(text, uend)
                if pm and u not in ("persons",):
                    c.per = PER_AFTER.get(_norm_cue(pm.group("per")))
        elif c.cur and c.per is None:
            pass
        # years: a bare 1800-2100 integer without a unit or a bound is not a count
        if c.year and c.unit is None and c.cur is None and c.qual in ("exact", "range"):
            continue
        if c.unit in ("days", "weeks", "months", "years") and c.year:
            continue
        out.append(c)
    return out


def _finalise(c: _Cand) -> tuple[float | None, float | None, float | None]:
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


def _vague_cands(text: str, L: _Lang, nums: list[Numeral], rule: str) -> list[_Cand]:
    out: list[_Cand] = []
    table = VAGUE_RULES[rule]
    for m in L.vague_re.finditer(text):
        s, e = m.start(), m.end()
        if any(n.start < s < n.end or (n.start < s and n.end >= s and n.end > s) for n in nums):
            continue
        if any(n.end <= s and not text[n.end : s].strip() for n in nums):
            continue
        phrase = _norm_cue(m.group())
        kind = L.vague.get(phrase)
        if kind is None:
            continue
        pm, start = _prefix(text, s, L)
        c = _Cand(start, e)
        _apply_prefix(text, c, L, pm)
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
            c.unit, _ = _scan_noun(text, e)
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
        end = _post_context(text, c, L, e)
        c.end = max(e, end if c.cur else e)
        if c.unit is None:
            c.unit, _ = _scan_noun(text, e)
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


def _half_cands(text: str, L: _Lang, nums: list[Numeral]) -> list[_Cand]:
    out: list[_Cand] = []
    if _HALF_HINT_RE.search(text) is None:
        return out
    for m in L.half_re.finditer(text):
        s, e = m.start(), m.end()
        if any(n.start <= s < n.end or s <= n.start < e for n in nums):
            continue
        pm, start = _prefix(text, s, L)
        c = _Cand(start, e)
        _apply_prefix(text, c, L, pm)
        if c.cue is None:
            continue
        c.qual = c.cue if c.cue in _RANK else "exact"
        c.best = 50.0
        c.unit = "percent"
        out.append(c)
    for m in L.article_measure_re.finditer(text):
        pm, start = _prefix(text, m.start(), L)
        if pm is None or not pm.group("cue"):
            continue
        c = _Cand(start, m.end())
        _apply_prefix(text, c, L, pm)
        c.qual = c.cue if c.cue in _RANK else "exact"
        c.best = 1.0
        c.unit = MEASURE_WORDS[m.group("m").lower()]
        out.append(c)
    return out


def _mark_partitives(text: str, cands: list[_Cand], L: _Lang) -> None:
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


def _to_figure(text: str, c: _Cand) -> Figure:
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


def _collect(text: str, lang: str, vague_rule: str, ages: bool) -> tuple[list[_Cand], str, _Lang]:
    if vague_rule not in VAGUE_RULES:
        raise ValueError(f"unknown vague_rule {vague_rule!r}; choose one of {sorted(VAGUE_RULES)}")
    norm = normalise_digits(text)
    L = _lang(lang if isinstance(lang, str) and lang else "en")
    nums = find_numerals(norm, L.lang)  # numerals are case-sensitive ("5M", "5m")
    norm = fold_case(norm)  # the cue tables are folded: match without re.IGNORECASE
    vague = _vague_cands(norm, L, nums, vague_rule)
    if vague:
        spans = [(v.start, v.end) for v in vague]
        nums = [n for n in nums if not any(s <= n.start < e for s, e in spans)]
    cands = _numeric_cands(norm, L, nums, ages) + vague + _half_cands(norm, L, nums)
    cands.sort(key=lambda c: c.start)
    # drop overlaps (keep the first)
    kept: list[_Cand] = []
    for c in cands:
        if kept and c.start < kept[-1].end and not _yield_prefix(c, kept[-1]):
            continue
        kept.append(c)
    _drop_conversions(norm, kept)
    _join_bounds(norm, kept)
    _mark_partitives(norm, kept, L)
    return kept, norm, L


def _yield_prefix(c: _Cand, prev: _Cand) -> bool:
    """Give up the currency word `prev` took as its suffix ("10 $ 30 $"); False if no such."""
    if not c.pre_cur or c.num_start < prev.end or c.mult != 1.0:
        return False
    c.start = c.num_start
    if not c.post_cur:
        c.cur = None
        if c.unit == prev.cur or c.unit is None:
            c.unit = None
    c.pre_cur = False
    return True


_GLUED_SCALES = {"m": 1e6, "bn": 1e9, "k": 1e3}
_CONV_RE = re.compile(r"\s*[(（]\s*")
_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|but|und|et|y|e|и|і|,)?\s*$")
_LOWER = ("at_least", "more_than")
_UPPER = ("up_to", "at_most", "less_than")


def _join_bounds(text: str, cands: list[_Cand]) -> None:
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


def _drop_conversions(text: str, cands: list[_Cand]) -> None:
    """Remove money figures in brackets right after another money figure ("$2,000 (2.76m won)")."""
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
            figs.append(
                Figure(
                    text[m.start() : m.end()],
                    None,
                    None,
                    None,
                    "none",
                    None,
                    None,
                    None,
                    None,
                    m.start(),
                    m.end(),
                )
            )
    figs.sort(key=lambda f: f.start)
    return figs


_HEAD = ("persons",)


def _main(cands: list[_Cand]) -> _Cand | None:
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


MEASURE_UNITS = frozenset(set(MEASURE_WORDS.values()) | {"years_of_age"})


def _singular(text: str, norm: str) -> Figure | None:
    """A count given by a noun's grammatical number ("a soldier" = 1, Arabic dual = 2)."""
    article_at = -1
    words = 0
    for wm in _WORD_RE.finditer(norm):
        w = wm.group().lower()
        words += 1
        if w in SINGULAR_ARTICLES:
            article_at, words = wm.start(), 0
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
    c = _main(cands)
    if c is not None:
        return _to_figure(text, c)
    m = L.none_re.search(norm)
    if m is not None:
        return Figure(
            text[m.start() : m.end()],
            None,
            None,
            None,
            "none",
            None,
            None,
            None,
            None,
            m.start(),
            m.end(),
        )
    single = _singular(text, norm)
    if single is not None:
        return single
    for wm in _WORD_RE.finditer(norm):
        w = wm.group()
        if w[0].isalpha() and _noun_unit(w) == "persons" and len(w) > 3:
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
