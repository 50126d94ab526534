"""Compiled per-language patterns for figure phrases: cue, currency, unit and range regexes.

:func:`lang_patterns` compiles the word tables of :mod:`tracker.lexicon.figure_words` for one
language once (tries, see :mod:`tracker.figures.phrase_regex`) and caches them. Every pattern is
folded to lower case and runs on text folded by
:func:`tracker.figures.phrase_regex.fold_case`, which is several times faster than
``re.IGNORECASE``.

Example:
    >>> bool(lang_patterns("en").post_re.match(" or more"))
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.figures.phrase_regex import LETTER, alternation, lead_bounded
from tracker.lexicon.figure_words import (
    AGE_PATTERNS,
    CALIBRE_WORDS,
    CJK_COUNTERS,
    CJK_LANGS,
    CURRENCY_MILLIONS,
    CURRENCY_SYMBOLS_BY_LANG_ALL,
    CURRENCY_WORDS_BY_LANG,
    GENITIVE_SINGULAR,
    MEASURE_WORDS,
    MONTH_WORDS,
    NONE_CUES,
    PER_AFTER,
    PER_BEFORE,
    PERCENT_WORDS,
    POST_CUES,
    POST_FAR,
    PRE_CUES,
    RANGE_AND,
    RANGE_ARTICLES,
    RANGE_TO,
    SHARE_OF,
    SHARE_WORDS,
    SUBUNIT_WORDS,
    TOTAL_CUES,
    VAGUE_WORDS,
)
from tracker.lexicon.numbers import AND_WORDS, FRACTION_ANDS, SCALES

__all__ = ["QUOTES", "LangPatterns", "lang_patterns", "norm_cue"]

# A comparative after a post cue ("200 or greater than 190", "200 o más de 190") makes the
# cue part of the next figure's bound.
_THAN = r"\s+(?:than|que|als|de|d['’])\s*[\w$€£¥₩-]"


QUOTES = "\"“”«»'‘’„(\\[「『"


def _merged(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    out = dict(table.get("en", {}))
    out.update(table.get(lang, {}))
    return out


class LangPatterns:
    """Compiled regexes and lookups for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.pre = _merged(PRE_CUES, lang)
        self.post = _merged(POST_CUES, lang)
        if lang in CJK_LANGS:
            for other in CJK_LANGS:
                for k, v in POST_CUES.get(other, {}).items():
                    self.post.setdefault(k, v)
                for k, v in PRE_CUES.get(other, {}).items():
                    self.pre.setdefault(k, v)
        ci = 0  # every pattern here is folded and runs on text folded by fold_case
        self.cur_symbol_codes = CURRENCY_SYMBOLS_BY_LANG_ALL.get(
            lang, CURRENCY_SYMBOLS_BY_LANG_ALL[""]
        )
        self.cur_word_codes = CURRENCY_WORDS_BY_LANG.get(lang, CURRENCY_WORDS_BY_LANG[""])
        cur_syms = [*self.cur_symbol_codes, *CURRENCY_MILLIONS]
        per_before = list(PER_BEFORE)
        self.prefix_re = re.compile(
            rf"[\s{QUOTES}]*(?:(?P<cur>{alternation(cur_syms, reverse=True)})[\s]*)?"
            rf"(?:(?P<per1>{alternation(per_before, reverse=True)})(?!\d)\s*)?"
            rf"(?:(?P<cue>{alternation(self.pre, reverse=True)})[\s{QUOTES}]*)?"
            rf"(?:(?P<per2>{alternation(per_before, reverse=True)})(?!\d)\s*)?",
            ci,
        )
        # "200 or greater than 190": "or greater" then belongs to what follows
        self.post_re = re.compile(rf"[ \t]?(?P<cue>{alternation(self.post)})(?!{_THAN})", ci)
        far = POST_FAR.get(lang, ())
        self.far_re = (
            re.compile(rf"[^\d.;:!?]{{0,40}}?(?P<cue>{alternation(far)})", ci) if far else None
        )
        counters = list(CJK_COUNTERS)
        self.cjk_re = re.compile(
            rf"[ ]?(?P<odd>여|餘|余|多)?[ ]?(?P<counter>{alternation(counters, fold=False)})?"
            r"(?P<odd2>余り|余|あまり|多)?"
        )
        self.percent_re = re.compile(rf"[ \u00a0]?(?:{alternation(PERCENT_WORDS)})", ci)
        cur_words = list(self.cur_word_codes) + list(CURRENCY_MILLIONS)
        cur_alt = alternation(cur_words)
        # the first characters of the currency words, folded as alternation() folds them: a
        # position no currency word starts at fails before the long alternation is tried
        heads = {w[0].lower() if len(w[0].lower()) == 1 else w[0] for w in cur_words if w}
        firsts = "".join(sorted(re.escape(h) for h in heads))
        self.curword_re = re.compile(
            rf"(?P<sc>m|bn|k)?[ \u00a0-]?(?:(?:de|d['’]|of|di)\s*)?"
            rf"(?=[{firsts}])(?P<cur>{cur_alt})",
            ci,
        )
        scales = {**SCALES.get("en", {}), **SCALES.get(lang, {})}
        self.cur_scales = {k.lower(): v for k, v in scales.items() if v >= 1e3}
        # "75 USD million": a scale word after the currency
        self.cur_scale_re = re.compile(rf"[ \u00a0]?(?P<s>{alternation(self.cur_scales)})", ci)
        self.subunit_re = re.compile(rf"[ \u00a0]?(?:{alternation(SUBUNIT_WORDS)})", ci)
        ands = {"and", *AND_WORDS.get(lang, ()), *FRACTION_ANDS.get(lang, ())}
        self.subunit_gap_re = re.compile(rf"[ \u00a0]+(?:{alternation(ands)}\s+)?", ci)
        self.per_re = re.compile(rf"[\s,]*(?P<per>{alternation([p for p in PER_AFTER if p])})", ci)
        self.measure_re = re.compile(rf"[ \u00a0]?-?(?P<m>{alternation(MEASURE_WORDS)})", ci)
        self.calibre_re = re.compile(rf"[ \u00a0]?-?[ ]?(?:{alternation(CALIBRE_WORDS)})", ci)
        self.age_after_re = re.compile(rf"[ ]?-?(?:{alternation(AGE_PATTERNS)})", ci)
        self.age_before_re = re.compile(
            rf"(?:ega(?:\s+eht\s+ta)?|fo\s+ega|dega|sega)\s*$|^\s*(?:fo\s+ega\s+eht\s+ta|dega|ega)"
            rf"(?!{LETTER})",
            ci,
        )
        self.month_after_re = re.compile(rf"\.?[ ]?(?:{alternation(MONTH_WORDS)})", ci)
        self.month_before_re = re.compile(
            rf"[\s,.]*(?:{alternation(MONTH_WORDS, reverse=True)})", ci
        )
        to_words = list(RANGE_TO.get("en", ())) + list(RANGE_TO.get(lang, ()))
        and_words = list(RANGE_AND.get("en", ())) + list(RANGE_AND.get(lang, ()))
        arts = alternation(RANGE_ARTICLES)
        cur_before = alternation(cur_syms)
        gap_counters = [k for k, v in CJK_COUNTERS.items() if v != "percent"]
        cjk_gap = rf"(?:[ ]?(?:여|余|多)?(?:{alternation(gap_counters)})?)?"
        self.to_re = re.compile(
            rf"{cjk_gap}\s*(?P<c>{alternation(to_words)})\s*(?:(?:{arts})\s+)?[{QUOTES}]*"
            rf"(?:(?:{cur_before})\s*)?",
            ci,
        )
        self.and_re = re.compile(
            rf"{cjk_gap}\s*(?P<c>{alternation(and_words)})\s+(?:(?:{arts})\s+)?[{QUOTES}]*"
            rf"(?:(?:{cur_before})\s*)?",
            ci,
        )
        vague = _merged(VAGUE_WORDS, lang)
        self.vague = {k.lower(): v for k, v in vague.items()}
        self.vague_re = re.compile(lead_bounded(self.vague), ci)
        self.gen_sg = GENITIVE_SINGULAR.get(lang, {})
        nones = list(NONE_CUES.get("en", ())) + list(NONE_CUES.get(lang, ()))
        self.none_re = re.compile(lead_bounded(nones), ci)
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
        shares = SHARE_WORDS.get(lang, {})
        self.shares = {k.lower(): v for k, v in shares.items()}
        self.share_hints = tuple(sorted({k.split()[-1] for k in self.shares}))
        self.share_re = (
            re.compile(
                rf"(?<!{LETTER})(?P<w>{alternation(shares)})\s+"
                rf"(?:{alternation(SHARE_OF.get(lang, ()))}\s+)?$"
            )
            if shares
            else None
        )
        totals = TOTAL_CUES.get(lang, ())
        self.total_re = re.compile(rf"(?:{alternation(totals)})\s*$") if totals else None
        self.total_words = tuple(sorted({t.lower() for t in totals}))
        self.article_measure_re = re.compile(
            r"(?<!\w)(?:a|an|one)\s+(?P<m>day|week|month|year|decade)(?!\w)", ci
        )


@lru_cache(maxsize=64)
def lang_patterns(lang: str) -> LangPatterns:
    """The compiled patterns of `lang` (cached).

    Example:
        >>> lang_patterns("de").lang
        'de'
    """
    return LangPatterns(lang)


def norm_cue(s: str) -> str:
    """A matched cue in table form: lower case, single spaces.

    Example:
        >>> norm_cue("At  Least")
        'at least'
    """
    return " ".join(s.lower().split())
