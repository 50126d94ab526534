"""Locale-aware numerals: digit separators, scale words, number words, CJK myriads.

:func:`find_numerals` lists every number written in a text (``3,000``, ``3.000`` in German,
``10 000``, ``3,7 tys.``, ``15-hundred``, ``four-thousand-100``, ``dreitausend``, ``2mila``,
``1만 2천``, ``2억 4,000만``, ``約1万1千``) with its offsets; :func:`parse_number` reads one
numeral expression. The word tables live in :mod:`tracker.lexicon.numbers`.

Example:
    >>> parse_number("1만 2천", lang="ko")
    12000.0
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker.lexicon.numbers import (
    ALONE_OK,
    AND_JOINS_UNITS,
    AND_WORDS,
    APPROX_NOUNS,
    ARTICLES,
    CJK_DIGITS,
    CJK_POINT,
    CJK_SCALES,
    COMPOUND_AND,
    COMPOUNDING,
    DECIMAL_COMMA_LANGS,
    DECIMAL_POINT_LANGS,
    DECIMAL_WORDS,
    DENOMINATOR_SUFFIXES,
    DENOMINATORS,
    EXTRA_UNITS,
    FRACTION_ANDS,
    FRACTION_JOINERS,
    FRACTION_OF,
    FRACTION_WORDS,
    HALF_ANDS,
    HALVES,
    HANGUL_DIGITS,
    HANGUL_NUMBER_FALSE_FRIENDS,
    HANGUL_NUMBER_SUFFIXES,
    HANGUL_NUMBERS,
    HUNDREDS,
    LONE_ARTICLES,
    MINUS_WORDS,
    NATIVE_COUNTER_ONLY,
    NATIVE_PARTICLES,
    NATIVE_TENS,
    NATIVE_UNITS,
    NUMBER_COUNTERS,
    NUMBER_PREFIXES,
    PERCENT_OF,
    PLURAL_DENOMINATORS,
    POINT_WORDS,
    SCALES,
    SUFFIX_SCALES,
    TENS_AND_UNITS,
    TENTHS,
    THOUSAND_MILLIONS,
    UNITS,
    VIGESIMAL,
    VULGAR_FRACTIONS,
)

__all__ = ["Numeral", "find_numerals", "parse_number", "digits_value", "normalise_digits"]


@dataclass(frozen=True, slots=True)
class Numeral:
    """One number written in a text.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character.
        value: The number.
        scale: The largest multiplier written ("thousand", "만" ...), 1.0 when none.
        kind: "digits", "words" (any number word), "cjk" (myriad chain), "fraction" ("3/4")
            or "percent" ("百分之三十": the value is the percentage).
        approx: True for approximate numeral nouns ("una trentina", "un millier").
        year_like: True for a bare four-digit integer that could be a year (1800-2100).
    """

    start: int
    end: int
    value: float
    scale: float = 1.0
    kind: str = "digits"
    approx: bool = False
    year_like: bool = False


# --- digits ---------------------------------------------------------------------------

_DIGIT_TABLE = {}
for _base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10, 0x0E50):
    for _i in range(10):
        _DIGIT_TABLE[_base + _i] = ord("0") + _i
_DIGIT_TABLE.update({0x066B: ord("."), 0x066C: ord(","), 0xFF0C: ord(","), 0xFF0E: ord(".")})


def normalise_digits(text: str) -> str:
    """Map non-ASCII decimal digits (Arabic-Indic, Devanagari, full-width) to ASCII.

    The result has the same length as the input, so offsets stay valid.

    Example:
        >>> normalise_digits("١٢ ألف")
        '12 ألف'
    """
    return text if text.isascii() else text.translate(_DIGIT_TABLE)


_SPACES = " \u00a0\u202f\u2009"
_DIGITS = (
    r"(?<![\d.,])(?:"
    r"\d+(?:[.,]\d+)?(?:[eE][+-]?\d+|(?:[x×]10)?\^[+-]{0,2}\d+)(?![\w.])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"
    rf"|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?(?![\d])"
    r"|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?"
    r"|(?<![\w.,])[.,]\d+(?![\d.,]|[^\W\d_]{2})"
    r")(?!\d)"
)
_CJK_SCALE_CHARS = "".join(CJK_SCALES)
_CJK_DIGIT_CHARS = "".join(CJK_DIGITS)
_HANGUL_DIGIT_CHARS = "".join(HANGUL_DIGITS)
_ALL_CJK_DIGITS = {**CJK_DIGITS, **HANGUL_DIGITS}
_ARABIC = r"\d+(?:[,.]\d+)*"
# A Hangul digit syllable counts only when the next character may follow a number: another
# digit or scale, a counter or particle, or no Hangul at all ("오십 이" = 52, "오십 이상" = 50+).
_HANGUL_DIGIT = (
    rf"[{_HANGUL_DIGIT_CHARS}]"
    rf"(?=[{_HANGUL_DIGIT_CHARS}{_CJK_SCALE_CHARS}{HANGUL_NUMBER_SUFFIXES}]|[^\uac00-\ud7af]|$)"
)
# Only digits may stand a space apart from their scale ("3 천"); "이 조사" is no 2 trillion.
_CJK_NUM = rf"(?:{_ARABIC}[ ]?(?=[{_CJK_SCALE_CHARS}])|[{_CJK_DIGIT_CHARS}]+|{_HANGUL_DIGIT})"
# A myriad chain ("1만 2천", "三十七", "3천700", "천 4백만", "십이억"), or digit characters alone
# ("三", "삼"), which :func:`_weak_cjk_ok` reads only where a counter or the phrase end follows.
_CJK_CHAIN = (
    # a chain holds a CJK digit or scale within its first characters: other digit runs
    # ("3000 солдат") leave this branch at once
    rf"(?=[\d,. ]{{0,24}}[{_CJK_SCALE_CHARS}{_CJK_DIGIT_CHARS}{_HANGUL_DIGIT_CHARS}])"
    rf"(?<![\d.,])(?:"
    rf"(?:{_CJK_NUM})?[{_CJK_SCALE_CHARS}]"
    rf"(?:[ ]{{0,2}}(?:{_CJK_NUM})?[{_CJK_SCALE_CHARS}])*"
    rf"(?:[ ]?\d+(?:[,.]\d+)*(?!\d)|[ ]{{0,2}}[{_CJK_DIGIT_CHARS}]+|[ ]{{0,2}}{_HANGUL_DIGIT})?"
    rf"|[{_CJK_DIGIT_CHARS}]+|{_HANGUL_DIGIT})"
)
_CJK_RANGES = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0e7f"
_RUN = rf"[^\W\d_{_CJK_RANGES}]+(?:[{_MARKS}]+[^\W\d_{_CJK_RANGES}]*)*"
_WORD = rf"(?:{_RUN}|[{_MARKS}]+{_RUN}?)(?:['’‘]{_RUN})*"
# The lookahead lets the scanner skip spaces and punctuation without trying each branch.
_TOKEN_RE = re.compile(
    rf"(?=[\w.{_MARKS}]|,\d)(?:(?P<word>{_WORD})|(?P<cjk>{_CJK_CHAIN})|(?P<num>{_DIGITS}))"
)
# The same tokens in ASCII text, where neither marks nor CJK chains can occur: a simpler
# word class scans faster.
_ASCII_TOKEN_RE = re.compile(
    rf"(?=[\w.]|,\d)(?:(?P<word>[A-Za-z]+(?:'[A-Za-z]+)*)|(?P<cjk>(?!x)x)|(?P<num>{_DIGITS}))"
)
_YEAR_RE = re.compile(r"(?:18|19|20)\d\d|2100")


def digits_value(s: str, lang: str = "en", scaled: bool = False) -> float | None:
    """Read a digit string with the separators of `lang`.

    Args:
        s: Digits with optional separators ("3,000", "3.000", "10 000", "3,7").
        lang: ISO 639-1 code; decides whether a lone "." or "," before three digits groups
            thousands or marks decimals.
        scaled: True when a scale word follows ("3,7 tys."), which makes a lone comma or
            point a decimal mark in languages that write decimals with it.

    Returns:
        The value, or None when `s` holds no digits.

    Example:
        >>> digits_value("1.076", "pt"), digits_value("2.8", "en"), digits_value("3,7", "pl", True)
        (1076.0, 2.8, 3.7)
    """
    s = s.strip()
    if "e" in s or "E" in s or "^" in s:  # "1e10", "1.1^23", "1.3x10^6"
        return _power_value(s)
    if s[:1] in ".," and s[1:].isdigit():
        return float("0." + s[1:])  # ",75", ".5"
    for ch in _SPACES + "'’":
        if ch in s:
            s = s.replace(ch, "")
    if not s or not s[0].isdigit():
        return None
    if len(s) > 300:  # 400 nines overflow a float: no number
        return None
    has_c, has_p = "," in s, "." in s
    try:
        if has_c and has_p:
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if not has_c and not has_p:
            return float(s)
        sep = "," if has_c else "."
        if s.count(sep) > 1:
            return float(s.replace(sep, ""))
        whole, frac = s.split(sep)
        if len(frac) != 3 or whole == "0":
            return float(whole + "." + frac)
        if lang in DECIMAL_POINT_LANGS:
            return float(whole + "." + frac) if sep == "." else float(whole + frac)
        if sep == "," and (scaled or lang in DECIMAL_COMMA_LANGS):
            return float(whole + "." + frac)
        return float(whole + frac)
    except ValueError:
        return None


def _power_value(s: str) -> float | None:
    """Value of a power notation ("1e10", "1.3e6", "1.1^23"), or None."""
    s = s.replace(",", ".")  # "1,1^23", "-127,32e13": the comma is a decimal mark here
    try:
        if "^" in s:
            base, _, exp = s.partition("^")
            exp = exp.replace("--", "").replace("+", "")
            mant, x, ten = base.replace("×", "x").partition("x")
            if x:  # "1.3x10^6"
                if ten != "10":
                    return None
                v = float(f"{mant}e{int(exp)}")
                return v if math.isfinite(v) else None
            v = float(base) ** int(exp)
        else:
            v = float(s)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    return v if math.isfinite(v) else None  # "1E400"


def _cjk_value(s: str) -> tuple[float, float] | None:
    """Value and largest unit of a CJK myriad chain ("1만 2천", "2억 4,000만", "三千")."""
    total = 0.0
    section = 0.0  # below 10^4, waiting for 万/億
    number = None  # digits read, waiting for a unit
    largest = 1.0
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < n and (s[j].isdigit() or (s[j] in ",." and j + 1 < n and s[j + 1].isdigit())):
                j += 1
            raw = s[i:j]
            number = float(raw.replace(",", "")) if raw.count(".") <= 1 else None
            if number is None:
                return None
            i = j
            continue
        if ch in _ALL_CJK_DIGITS:
            number = (
                (number or 0.0) * 10 + _ALL_CJK_DIGITS[ch]
                if number is not None
                else float(_ALL_CJK_DIGITS[ch])
            )
            i += 1
            continue
        unit = CJK_SCALES.get(ch)
        if unit is None:
            i += 1
            continue
        largest = max(largest, unit)
        if unit >= 1e4:
            section += number if number is not None else 0.0
            if section == 0:
                section = 1.0
            if total and unit > 1e4 and total < unit:
                total = (total + section) * unit
            else:
                total += section * unit
            section = 0.0
        else:
            section += (number if number is not None else 1.0) * unit
        number = None
        i += 1
    return total + section + (number or 0.0), largest


# --- word tables compiled per language ----------------------------------------------------


class _Lexicon:
    """The compiled word tables of one language."""

    __slots__ = (
        "lang",
        "words",
        "alone",
        "ands",
        "morph_re",
        "compound_and",
        "suffix_ok",
        "cache",
        "special",
        "denoms",
        "point",
        "frac_ands",
        "hangul",
        "counters",
        "prefixes",
        "counter_space",
        "extra_res",
        "minus_re",
        "denom_suffixes",
        "points",
        "minus_forms",
        "lone_articles",
    )

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cache: dict[str, list[tuple[str, float]] | None] = {}
        words: dict[str, tuple[str, float]] = {}
        src = lang if lang in UNITS or lang in SCALES else "en"
        for w, v in UNITS.get(src, {}).items():
            words[w] = ("U", float(v))
        for w, v in EXTRA_UNITS.get(lang, {}).items():
            words[w] = ("U", v)
        for w, v in HUNDREDS.get(src, {}).items():
            words[w] = ("H", float(v))
        for w, v in SCALES.get(src, {}).items():
            words[w] = ("S", float(v))
        if src != "en":
            for w, v in SCALES["en"].items():
                if len(w) > 3 and w.isascii():
                    words.setdefault(w, ("S", float(v)))
        for w in ARTICLES.get(src, ()):
            words.setdefault(w, ("A", 1.0))
        for w in HALVES.get(src, ()):
            words[w] = ("F", 0.5)
        for w, v in APPROX_NOUNS.get(src, {}).items():
            words[w] = ("X", float(v))
        for w, v in VULGAR_FRACTIONS.items():
            words[w] = ("U", v)
        for w, v in FRACTION_WORDS.get(src, {}).items():
            words[w] = ("U", v)
        for w, hit in list(words.items()):  # "cinquieme", "veintitres", "fuenf"
            for plain in _plain_forms(w):
                words.setdefault(plain, hit)
        self.words = words
        self.alone = ALONE_OK.get(src, frozenset())
        self.ands = AND_WORDS.get(src, frozenset())
        denoms = {w: float(v) for w, v in DENOMINATORS.get(src, {}).items()}
        for w, v in list(denoms.items()):
            for plain in _plain_forms(w):
                denoms.setdefault(plain, v)
        self.denoms = denoms
        self.point = POINT_WORDS.get(src, "")
        self.frac_ands = (
            self.ands | FRACTION_ANDS.get(src, frozenset()) | HALF_ANDS.get(src, frozenset())
        )
        self.points = frozenset(
            ({self.point} if self.point else set()) | set(DECIMAL_WORDS.get(src, ()))
        )
        self.special = set(self.frac_ands) | set(denoms) | set(self.points)
        self.compound_and = COMPOUND_AND.get(src)
        self.lone_articles = LONE_ARTICLES.get(lang, frozenset())
        self.hangul = lang in HANGUL_NUMBERS
        self.counters = NUMBER_COUNTERS.get(lang, ())
        self.prefixes = NUMBER_PREFIXES.get(lang, "")
        self.counter_space = self.hangul
        self.extra_res = _extra_patterns(lang)
        self.denom_suffixes = tuple(
            sorted(DENOMINATOR_SUFFIXES.get(src, {}).items(), key=lambda kv: -len(kv[0]))
        )
        minus = "|".join(map(re.escape, MINUS_WORDS.get(lang, ()) + ("minus", "negative")))
        forms = {
            f for w in MINUS_WORDS.get(lang, ()) + ("minus", "negative") for f in (w, w.title())
        }
        self.minus_forms = tuple(sorted(forms))
        self.minus_re = re.compile(rf"(?i)(?:(?<![^\W\d_])(?:{minus})\s+|-\s?)$")
        self.suffix_ok = True
        self.morph_re = None
        if src in COMPOUNDING:
            morphs = [w for w, (t, _) in words.items() if t in "UHS" and w.isalpha()]
            if self.compound_and:
                morphs.append(self.compound_and)
            morphs.sort(key=len, reverse=True)
            self.morph_re = re.compile("|".join(map(re.escape, morphs)))

    def lookup(self, word: str) -> list[tuple[str, float]] | None:
        """Token types of a word (a compound word gives several), :data:`_SPECIAL`, or None.

        :data:`_SPECIAL` marks a word that is no number but steers grouping ("and", "point",
        "third").
        """
        try:
            return self.cache[word]
        except KeyError:
            pass
        if len(self.cache) > 50000:
            self.cache.clear()
        hit = self._lookup(word)
        if hit is None and self.denom_suffixes:
            self._derived_denominator(word.lower())
        if hit is None and word.lower() in self.special:
            hit = _SPECIAL
        self.cache[word] = hit
        return hit

    def _derived_denominator(self, low: str) -> None:
        """Add `low` to the denominators when it is an ordinal form of a number word.

        "trentième", "veinteavos", "millionths" (endings: DENOMINATOR_SUFFIXES).
        """
        for suffix, repl in self.denom_suffixes:
            if not low.endswith(suffix) or len(low) <= len(suffix) + 2:
                continue
            stem = low[: -len(suffix)] + repl
            for cand in (stem, stem + "e", stem + "a", stem + "o"):
                hit = self.words.get(cand)
                if hit is not None and hit[0] in "UHS" and hit[1] >= 1:
                    self.denoms[low] = hit[1]
                    self.special.add(low)
                    return

    def _lookup(self, word: str) -> list[tuple[str, float]] | None:
        low = word.lower()
        if not low.isascii():
            low = low.translate(_APOSTROPHES)  # "п’ять", "пʼять", "п‘ять" -> "п'ять"
        hit = self.words.get(low)
        if hit is not None:
            return [hit]
        if self.morph_re is None or len(low) < 6:
            return None
        parts = self.morph_re.findall(low)
        if sum(map(len, parts)) != len(low) or len(parts) < 2:
            return None
        out: list[tuple[str, float]] = []
        k = 0
        while k < len(parts):
            p = parts[k]
            if p == self.compound_and:
                if not out or k + 1 >= len(parts):
                    return None
                nxt = self.words.get(parts[k + 1])
                prev_t, prev_v = out[-1]
                if nxt is None or prev_t != "U" or nxt[0] != "U":
                    return None
                out[-1] = ("U", prev_v + nxt[1])
                k += 2
                continue
            out.append(self.words[p])
            k += 1
        return out


_CH = rf"(?:[{_HANGUL_DIGIT_CHARS}{_CJK_DIGIT_CHARS}{_CJK_SCALE_CHARS}\d]+(?:[.,]\d+)?)"
# The end of a number read by :func:`_extra_patterns`: no Hangul syllable follows unless a
# particle, a counter or a scale ("삼분의 일이다" = 1/3, "삼분의 일조각" = 1/3 of a piece).
_CH_END = rf"(?=[^\uac00-\ud7af]|$|[{HANGUL_NUMBER_SUFFIXES}만이조])"


def _alt(words: tuple[str, ...] | dict[str, int]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _extra_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Patterns of CJK forms read after tokenising: fractions, decimal words, minus, natives.

    Each comes with a pattern of the strings one of which a text must hold for the pattern
    to be tried.
    """
    out: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = []
    if lang in PERCENT_OF:  # before fractions: "百分之三十" = 30 percent
        out.append(
            (
                "percent",
                PERCENT_OF[lang],
                re.compile(rf"(?:{_alt(PERCENT_OF[lang])})\s?(?P<n>{_CH}){_CH_END}"),
            )
        )
    if lang in TENTHS:  # "3割", "三成" = 30 percent
        out.append(
            (
                "tenths",
                TENTHS[lang],
                re.compile(
                    rf"(?P<n>{_CH})(?:{_alt(TENTHS[lang])})"
                    rf"(?![\u3400-\u9fff](?<![的以左多上]))"
                ),
            )
        )
    if lang in FRACTION_OF:
        joiners = _alt(FRACTION_JOINERS.get(lang, ()))
        whole = rf"(?:(?P<w>{_CH})\s?(?:{joiners})\s?)?" if joiners else ""
        out.append(
            (
                "fraction",
                FRACTION_OF[lang],
                re.compile(
                    rf"{whole}(?P<d>{_CH})\s?(?:{_alt(FRACTION_OF[lang])})\s?(?P<n>{_CH}){_CH_END}"
                ),
            )
        )
    if lang in CJK_POINT:
        digits = _HANGUL_DIGIT_CHARS + _CJK_DIGIT_CHARS
        point = _alt(CJK_POINT[lang])
        out.append(
            (
                "point",
                CJK_POINT[lang],
                re.compile(rf"(?P<i>{_CH})(?:{point})\s?(?P<f>[{digits}\d]+){_CH_END}"),
            )
        )
    if lang in MINUS_WORDS and lang in NUMBER_COUNTERS:
        minus = _alt(MINUS_WORDS[lang])
        out.append(
            ("minus", MINUS_WORDS[lang], re.compile(rf"(?:{minus})\s?(?P<n>{_CH}){_CH_END}"))
        )
    if lang in NATIVE_UNITS:
        tens, units = _alt(NATIVE_TENS.get(lang, {})), _alt(NATIVE_UNITS[lang])
        counters = _alt(NUMBER_COUNTERS.get(lang, ()))
        particles = "".join(NATIVE_PARTICLES.get(lang, ())) or "_"
        words = (*NATIVE_TENS.get(lang, {}), *NATIVE_UNITS[lang])
        out.append(
            (
                "native",
                tuple(words),
                re.compile(
                    rf"(?<![\uac00-\ud7af])(?:(?P<t>{tens})(?P<u>{units})?|(?P<u2>{units}))"
                    rf"(?:(?=\s?(?:{counters})|\s*$|[^\w\s])|(?P<p>(?=[{particles}])))"
                ),
            )
        )
    return tuple(
        (
            kind,
            re.compile(("(?<![\uac00-\ud7af])" if kind == "native" else "") + _alt(needles)),
            pat,
        )
        for kind, needles, pat in out
    )


def _extra_value(kind: str, m: re.Match[str], lex: _Lexicon) -> float | None:
    """The value of one match of :func:`_extra_patterns`."""
    if kind == "native":
        t, u = m.group("t"), m.group("u") or m.group("u2")
        if m.group("p") is not None and (u or t) in NATIVE_COUNTER_ONLY.get(lex.lang, ()):
            return None  # "네가" (you), "세계" (world): short forms count before a counter only
        return float(NATIVE_TENS[lex.lang].get(t or "", 0) + NATIVE_UNITS[lex.lang].get(u or "", 0))
    if kind == "minus":
        v = _cjk_value(m.group("n"))
        return -v[0] if v else None
    if kind in ("percent", "tenths"):
        v = _cjk_value(m.group("n"))
        return (v[0] * (10 if kind == "tenths" else 1)) if v else None
    if kind == "point":
        v = _cjk_value(m.group("i"))
        frac = "".join(str(_ALL_CJK_DIGITS.get(ch, ch)) for ch in m.group("f"))
        return v[0] + float("0." + frac) if v and frac.isdigit() else None
    d, n = _cjk_value(m.group("d")), _cjk_value(m.group("n"))
    if not d or not n or d[0] == 0:
        return None
    w = _cjk_value(m.group("w")) if m.groupdict().get("w") else None
    return (w[0] if w else 0.0) + n[0] / d[0]


def _cjk_extras(text: str, lex: _Lexicon, nums: list[Numeral]) -> list[Numeral]:
    """Add CJK fractions, decimal words, spoken minus and Korean native numbers to `nums`.

    Example:
        >>> [n.value for n in find_numerals("삼분의 이", "ko")], parse_number("스물다섯 명", "ko")
        ([0.6666666666666666], None)
        >>> [n.value for n in find_numerals("스물다섯 명", "ko")]
        [25.0]
    """
    found: list[Numeral] = []
    for kind, needles, pat in lex.extra_res:
        if needles.search(text) is None:
            continue
        for m in pat.finditer(text):
            if m.end() == m.start() or any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            v = _extra_value(kind, m, lex)
            if v is not None:
                found.append(
                    Numeral(
                        m.start(),
                        m.end(),
                        v,
                        1.0,
                        "percent" if kind in ("percent", "tenths") else "cjk",
                    )
                )
    if not found:
        return nums
    kept = [n for n in nums if not any(n.start < f.end and f.start < n.end for f in found)]
    return sorted(kept + found, key=lambda n: n.start)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _plain_forms(word: str) -> set[str]:
    """Spellings without accents ("cinquième" -> "cinquieme", "fünf" -> "funf", "fuenf")."""
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch)
    )
    out = {stripped, word.translate(_TRANSLIT)}
    out.discard(word)
    return out


@lru_cache(maxsize=64)
def _lexicon(lang: str) -> _Lexicon:
    return _Lexicon(lang)


# --- tokenising and grouping -------------------------------------------------------------


class _Tok:
    __slots__ = ("type", "value", "start", "end", "raw", "abbrev")

    def __init__(self, type_: str, value: float, start: int, end: int, raw: str, abbrev: bool):
        self.type = type_
        self.value = value
        self.start = start
        self.end = end
        self.raw = raw
        self.abbrev = abbrev


_CURRENCY_BEFORE = set("$€£₩¥₽₴")
_MISS = object()
_SPECIAL: list[tuple[str, float]] = []  # marker: a word that steers grouping
_ABBREVS = frozenset(
    ("k", "mn", "mln", "bn", "bln", "tn", "tln", "mm", "mil", "tys", "тыс", "тис", "млн", "млрд")
    + ("mld", "mrd", "mio", "tsd", "md", "mds", "mi", "bi", "rb", "jt", "lac", "hil")
)


def _tokens(text: str, lex: _Lexicon) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    cache = lex.cache
    words = lex.words
    last_digits: _Tok | None = None  # the previous token, when it is digits
    for m in (_ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE).finditer(text):
        kind = m.lastindex
        if kind == 1:
            w = m.group()
            s, e = m.span()
            if (
                last_digits is not None
                and len(w) <= 4
                and (last_digits.end == s or (w in "kK" and not text[last_digits.end : s].strip()))
            ):  # "10k", "2,33 k"
                mult = SUFFIX_SCALES.get(w)
                if mult is None and w in ("m", "b") and last_digits.start > 0:
                    before = text[last_digits.start - 1 : last_digits.start].strip()
                    if before in _CURRENCY_BEFORE:
                        mult = 1e6 if w == "m" else 1e9
                if mult is not None:
                    last_digits = None
                    append(_Tok("S", mult, s, e, w, True))
                    continue
            hits: Any = cache.get(w, _MISS)
            if hits is _MISS:
                hits = lex.lookup(w)
            if hits is None:
                continue
            last_digits = None
            if hits is _SPECIAL:
                append(_Tok("W", 0.0, s, e, w, False))
                continue
            if e < len(text) and text[e] == "." and (w.lower() + ".") in words:
                e += 1
            for t, v in hits:
                abbrev = t == "S" and (
                    text[e - 1] == "." or (w.lower() in _ABBREVS and w.lower() not in lex.alone)
                )
                append(_Tok(t, v, s, e, w, abbrev))
        elif kind == 3:
            raw = m.group()
            s, e = m.span()
            year = len(raw) == 4 and _YEAR_RE.fullmatch(raw) is not None
            last_digits = _Tok("D", 1.0 if year else 0.0, s, e, raw, False)
            append(last_digits)
        else:
            raw = m.group().rstrip()
            s = m.start()
            last_digits = None
            if _HANGUL_DIGIT_RE.search(raw) and not _hangul_number_ok(text, s, raw, lex):
                continue
            if _weak_cjk(raw) and not _weak_cjk_ok(text, s, s + len(raw), lex):
                continue
            append(_Tok("C", 0.0, s, s + len(raw), raw, False))
    return toks


_HANGUL_DIGIT_RE = re.compile(rf"[{_HANGUL_DIGIT_CHARS}]")


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7af"


_HAS_SCALE_RE = re.compile(rf"[{_CJK_SCALE_CHARS}]")
_HAS_DIGIT_RE = re.compile(rf"[\d{_CJK_DIGIT_CHARS}{_HANGUL_DIGIT_CHARS}]")


def _weak_cjk(raw: str) -> bool:
    """A chain of digit characters alone ("三", "삼") or of scales alone ("万", "백")."""
    return _HAS_SCALE_RE.search(raw) is None or _HAS_DIGIT_RE.search(raw) is None


def _weak_cjk_ok(text: str, s: int, e: int, lex: _Lexicon) -> bool:
    """Whether a weak chain is a number: the whole phrase, or a counter follows it.

    Before it there may be only a non-CJK character, a cue character of the language
    (:data:`NUMBER_PREFIXES`) or the start. Korean allows one space before the counter.

    Example:
        >>> [n.value for n in find_numerals("三名士兵", "zh")], find_numerals("十月", "zh")
        ([3.0], [])
    """
    rest = text[e:]
    if not rest.strip() and not text[:s].strip():
        return True
    if not lex.counters:
        return False
    if s > 0:
        before = text[s - 1]
        if _CJK_CHAR_RE.match(before) and before not in lex.prefixes:
            return False
    if lex.counter_space:
        rest = rest.lstrip(" ")
    return rest.startswith(lex.counters)


_CJK_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _hangul_number_ok(text: str, s: int, raw: str, lex: _Lexicon) -> bool:
    """Whether a chain spelled with Hangul digits is a number ("이십만 명"), not a word."""
    if not lex.hangul or raw in HANGUL_NUMBER_FALSE_FRIENDS:
        return False
    if s > 0 and _is_hangul(text[s - 1]):
        return False
    e = s + len(raw)
    if not (e >= len(text) or not _is_hangul(text[e]) or text[e] in HANGUL_NUMBER_SUFFIXES):
        return False
    word = raw.strip()
    if len(word) == 2 and word[0] in CJK_SCALES and word[0] != "십" and word[1] in HANGUL_DIGITS:
        # "천사" (angel), "조사" (survey), "만일" (if): a bare scale and a digit is a number
        # only as the whole phrase or before a counter
        return _weak_cjk_ok(text, s, e, lex)
    return True


def _gap_kind(gap: str, lex: _Lexicon) -> str | None:
    """'' (adjacent), ' ' (space), '-' (hyphen), 'and' (and-word) or None (breaks)."""
    if not gap:
        return ""
    g = gap.strip()
    if not g:
        return " " if len(gap) <= 3 else None
    if g in ("-", "‑", "–") and len(gap) <= 3:
        return "-"
    if g.lower() in lex.ands and gap[0].isspace() and gap[-1].isspace():
        return "and"
    if len(g) > 2 and g[0] in "-‑" and g[-1] in "-‑" and g[1:-1].lower() in lex.ands:
        return "and"  # "vingt-et-un"
    return None


def _place(v: float) -> float:
    p = 1.0
    iv = int(v)
    if iv != v or iv == 0:
        return 1.0
    while iv % 10 == 0:
        iv //= 10
        p *= 10
    return p


class _Builder:
    __slots__ = (
        "toks",
        "total",
        "current",
        "last_scale",
        "pending_from",
        "largest",
        "lang",
        "text",
        "denom",
        "adder",
        "last_h",
        "h_from",
    )

    def __init__(self, lang: str, text: str = "") -> None:
        self.text = text
        self.denom = 0.0
        self.adder = 0.0
        self.last_h = 0.0  # the largest hundred-like multiplier since the last scale
        self.h_from = 0  # index after it
        self.toks: list[_Tok] = []
        self.total = 0.0
        self.current = 0.0
        self.last_scale = 0.0
        self.pending_from = 0
        self.largest = 1.0
        self.lang = lang


_CALIBRE_AFTER = re.compile(r"\s?-?\s?(?:mm|millimet|мм|cm\b|calib|inch)", re.IGNORECASE)


def b_text(b: _Builder) -> str:
    """The text a builder reads from."""
    return b.text


def _joinable(b: _Builder, tok: _Tok, gap: str, lang: str) -> bool:
    prev = b.toks[-1]
    pt, t = prev.type, tok.type
    if t == "X":  # "une douzaine" ~ 12, "2 douzaines" ~ 24
        if len(b.toks) != 1 or gap != " ":
            return False
        return (pt in ("A", "U") and prev.value == 1.0) or (pt in ("U", "D") and prev.value >= 1)
    if t in ("C", "W"):
        return False
    if pt in ("C", "X"):
        return False
    if t in ("H", "S"):
        if gap == "and":
            return False
        if pt in ("H", "S"):
            return tok.value > prev.value
        return True
    if t == "F":  # "a half", "un medio" ("un" is also the number one)
        return gap == " " and (pt == "A" or (pt == "U" and prev.value == 1.0 and len(b.toks) == 1))
    if t == "A":
        return pt == "F" and gap == " "
    # t in U, D
    if pt in ("A", "F"):
        return False
    if pt in ("H", "S"):
        if prev.abbrev and gap != " ":
            return False
        if t == "D":
            if tok.value == 1.0 or _CALIBRE_AFTER.match(b_text(b), tok.end):  # year, calibre
                return False
            v = digits_value(tok.raw, lang)
            if gap == "and" and v == 0:
                return False  # "4 thousand 3 hundred and 0": a second number
            return v is not None and v < prev.value
        return tok.value < prev.value
    if t == "U" and tok.value < 1 and gap == "" and pt == "D" and prev.value != 1.0:
        return True  # "1½" (prev.value 1.0 marks a year-like digit token)
    if pt == "U" and t == "U":
        if gap == "and" and tok.value == 0:
            return False  # "twenty and zero"
        if gap == "and":
            if lang in TENS_AND_UNITS:  # "cuarenta y siete", "trinta e cinco", "diez y seis"
                return 10 <= prev.value < 100 and prev.value % 10 == 0 and tok.value < 10
            return lang in AND_JOINS_UNITS
        if lang in VIGESIMAL and 10 <= tok.value < 20:
            if prev.value == 60.0:
                return True
            if prev.value == 20.0 and len(b.toks) >= 2 and b.toks[-2].type == "U":
                return b.toks[-2].value < 20

        if lang in VIGESIMAL and prev.value < 20 and tok.value == 20:
            return True
        return tok.value < _place(prev.value) and prev.value >= 10
    return False


def _digit_of(tok: _Tok, lang: str, scaled: bool) -> float | None:
    return digits_value(tok.raw, lang, scaled)


def _finish(b: _Builder, lang: str, text: str) -> Numeral | None:
    if b.denom or b.adder:
        core = [t for t in b.toks if t.type != "Q"]
        inner = _Builder(lang, text)
        inner.toks = core
        num = _finish(inner, lang, text) if core else None
        if num is None:
            return None
        v = num.value / b.denom if b.denom else num.value + b.adder
        return Numeral(num.start, b.toks[-1].end, v, num.scale, "words")
    toks = b.toks
    # Drop leading articles/halves not followed by a multiplier, trailing articles.
    while toks and toks[-1].type in ("A", "F") and not (toks[-1].type == "F" and len(toks) > 1):
        toks = toks[:-1]
    if not toks:
        return None
    if len(toks) == 2 and toks[0].value == 1.0 and toks[1].type == "F":
        return Numeral(toks[0].start, toks[1].end, 0.5, 1.0, "words")  # "un medio"
    if toks[-1].type == "X":
        tk = toks[-1]
        n = toks[0].value if len(toks) == 2 and toks[0].type == "U" else 1.0
        if len(toks) == 2 and toks[0].type == "D":
            n = digits_value(toks[0].raw, lang) or 1.0
        return Numeral(toks[0].start, tk.end, n * tk.value, 1.0, "words", True)
    if len(toks) == 1:
        tk = toks[0]
        if tk.type == "D":
            dv = digits_value(tk.raw, lang)
            if dv is None:
                return None
            return Numeral(tk.start, tk.end, dv, 1.0, "digits", False, tk.value == 1.0)
        if tk.type == "C":
            cv = _cjk_value(tk.raw)
            if cv is None:
                return None
            return Numeral(tk.start, tk.end, cv[0], cv[1], "cjk")
        if tk.type == "X":
            return Numeral(tk.start, tk.end, tk.value, 1.0, "words", True)
        if tk.type == "U":
            return Numeral(tk.start, tk.end, tk.value, 1.0, "words")
        if tk.type in ("H", "S"):
            if tk.abbrev or tk.raw.lower() not in _lexicon(lang).alone:
                return None
            return Numeral(tk.start, tk.end, tk.value, tk.value, "words")
        return None
    current = head = last_h = 0.0
    parts: list[tuple[float, float]] = []  # (scale, amount) of each scale group read
    largest = 1.0
    prev_type = ""
    kind = "words"
    all_digits = True
    for i, tk in enumerate(toks):
        t = tk.type
        if t == "D":
            nxt = toks[i + 1].type if i + 1 < len(toks) else ""
            dv = digits_value(tk.raw, lang, nxt in ("H", "S"))
            if dv is None:
                return None
            current += dv
        elif t == "U":
            all_digits = False
            if lang in VIGESIMAL and prev_type == "U" and tk.value == 20 and current - head < 20:
                current = head + (current - head) * 20  # "cent quatre-vingt-douze"
            else:
                current += tk.value
        elif t == "A":
            all_digits = False
            if prev_type != "F":
                current += 1.0
        elif t == "F":
            all_digits = False
            current = (current or 1.0) * 0.5
        elif t == "H":
            all_digits = False
            if last_h and tk.value < last_h and current > head:
                current = head + (current - head) * tk.value  # "three hundred and two dozen"
            else:
                current = (current or 1.0) * tk.value
                last_h = max(last_h, tk.value)
            head = current
            largest = max(largest, tk.value)
        elif t == "S":
            if not tk.abbrev:
                all_digits = False
            largest = max(largest, tk.value)
            if parts and tk.value > parts[-1][0]:
                # a larger scale after a smaller one multiplies what the smaller ones hold:
                # "one thousand million", "cuatrocientos cincuenta y cinco mil ... millones"
                acc = current
                while parts and parts[-1][0] < tk.value:
                    acc += parts.pop()[1]
                parts.append((tk.value, (acc or 1.0) * tk.value))
            else:
                parts.append((tk.value, (current or 1.0) * tk.value))
            current = head = last_h = 0.0
        prev_type = t
    value = current
    for _, amount in parts:
        value += amount
    if all_digits and any(tk.type == "S" for tk in toks):
        kind = "digits"
    return Numeral(toks[0].start, toks[-1].end, value, largest, kind)


def _numerator(toks: list[_Tok], i: int, text: str) -> tuple[float, int] | None:
    """A small numerator at toks[i] ("a", "one", "three", "fifty-four"): (value, next index)."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.type == "A":
        return 1.0, i + 1
    if t.type != "U" or t.value >= 100:
        return None
    v, j = t.value, i + 1
    if (
        j < len(toks)
        and toks[j].type == "U"
        and v >= 20
        and v % 10 == 0
        and toks[j].value < 10
        and text[t.end : toks[j].start].strip() in ("", "-")
    ):
        v, j = v + toks[j].value, j + 1
    return v, j


def _and_fraction(toks: list[_Tok], i: int, text: str, lex: _Lexicon):
    """("and a half" | "and three quarters" | "and fifty-four hundredths") after a number.

    Returns (addend, next index), or None.
    """
    if i + 1 < len(toks):  # "un et demi", "tres millones y medio": a half word, no article
        h = toks[i + 1]
        if h.type == "F" or (h.type == "W" and lex.denoms.get(h.raw.lower()) == 2):
            return 0.5, i + 2
    if i + 2 >= len(toks) or not lex.denoms:
        return None
    num = _numerator(toks, i + 1, text)
    if num is None or num[1] >= len(toks):
        return None
    prev = toks[i - 1] if i > 0 else None
    if (
        lex.lang in TENS_AND_UNITS
        and toks[i].raw.lower() in lex.ands
        and prev is not None
        and prev.type == "U"
        and 20 <= prev.value < 100
        and prev.value % 10 == 0
        and num[0] < 10
    ):
        return None  # "ciento treinta y dos quintos": "treinta y dos" is one number
    v, j = num
    f = toks[j]
    if f.type == "F" and v == 1.0:
        d = 2.0
    elif f.type == "W" and f.raw.lower() in lex.denoms:
        d = lex.denoms[f.raw.lower()]
    else:
        return None
    if v >= d:
        return None  # "one hundred and thirty fifths" divides the whole: 130 / 5
    return v / d, j + 1


_OF_A = re.compile(r"\s+(?:of\s+a\s+|of\s+|de\s+|d['’]un\s+)?$")


def _fraction_scale(toks: list[_Tok], j: int, text: str) -> tuple[float, int] | None:
    """A scale word after a fraction ("three quarters billion", "two thirds of a million")."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.type == "A" and j + 1 < len(toks) and toks[j + 1].type == "S":
        t, j = toks[j + 1], j + 1
    if t.type != "S" or t.abbrev or t.value < 1e3:
        return None
    return t.value, j + 1


def _denominator(b: _Builder | None, toks: list[_Tok], i: int, text: str, lex: _Lexicon):
    """A fraction ending in the denominator toks[i]: (Numeral, next index), or None.

    "two thirds" (numerator: what the builder holds), "a quarter million", "quarter
    million", "two thirds of a million" (a scale after the denominator multiplies it).
    """
    tok = toks[i]
    d = lex.denoms[tok.raw.lower()]
    scale = None
    if i + 1 < len(toks) and _OF_A.match(text, tok.end, toks[i + 1].start):
        scale = _fraction_scale(toks, i + 1, text)
    if b is None or all(t.type == "A" for t in b.toks):
        if scale is None:
            # "a fifth", "un demi": one article right before the denominator
            if b is None or len(b.toks) != 1 or text[b.toks[0].end : tok.start] != " " or d < 2:
                return None
        elif b is None and tok.raw.lower() not in ("quarter", "third"):
            return None
        num, start = 1.0, (b.toks[0].start if b is not None else tok.start)
    else:
        gap = text[b.toks[-1].end : tok.start]
        last = b.toks[-1]
        if (  # "one hundred thirty fifths" = 100/35, "trois vingt-et-unièmes" = 3/21
            d < 10
            and last.type == "U"
            and 20 <= last.value < 100
            and last.value % 10 == 0
            and len(b.toks) > 1
            and b.toks[-2].type in ("U", "D", "H", "S", "A")
            and (
                gap in ("", "-", " ")
                or (gap[:1] == "-" and _gap_kind(gap, lex) == "and")
                or (d == 1 and _gap_kind(gap, lex) == "and")  # "une vingt et unième" = 1/21
            )
            and _gap_kind(text[b.toks[-2].end : last.start], lex) != "and"
        ):
            d += last.value
            b.toks = b.toks[:-1]
            gap = text[b.toks[-1].end : last.start]
        if (
            d < 2
            or gap.strip() not in ("", "-")
            or b.toks[-1].type not in ("U", "D", "H", "S", "A")
        ):
            return None
        inner: Numeral | None = (
            Numeral(b.toks[0].start, b.toks[0].end, 1.0)
            if all(t.type == "A" for t in b.toks)
            else _finish(b, b.lang, text)
        )
        if inner is None:
            return None
        num, start = inner.value, inner.start
        if num > 1 and lex.lang in PLURAL_DENOMINATORS and not tok.raw.lower().endswith("s"):
            return None  # "two millionth" is no fraction: "two millionths" is
    if scale is None:
        return Numeral(start, tok.end, num / d, 1.0, "words"), i + 1
    value, j = scale
    return Numeral(start, toks[j - 1].end, num / d * value, value, "words"), j


def _tens_denominator(
    b: _Builder, toks: list[_Tok], i: int, text: str, lex: _Lexicon, out: list[Numeral]
) -> tuple[Numeral, int] | None:
    """A numerator, a lone tens word and a unit denominator: "one twenty-fifth" = 1/25.

    "a twenty-first" = 1/21, "three twenty firsts" = 3/21; pops the numerator from `out`.
    """
    tok = toks[i]
    d = lex.denoms[tok.raw.lower()]
    if len(b.toks) != 1 or d >= 10:
        return None
    tens = b.toks[0]
    if tens.type != "U" or not (20 <= tens.value < 100 and tens.value % 10 == 0):
        return None
    if text[tens.end : tok.start] not in ("", "-", " "):
        return None
    k = toks.index(tens) - 1 if tens in toks else -1
    if k < 0 or text[toks[k].end : tens.start] != " ":
        return None
    before = toks[k]
    if before.type == "A":
        num, start = 1.0, before.start
    elif out and out[-1].end == before.end and out[-1].kind == "words" and out[-1].value < 1000:
        num, start = out.pop().value, before.start
        start = min(start, text.rfind(" ", 0, before.start) + 1)
    else:
        return None
    return Numeral(start, tok.end, num / (tens.value + d), 1.0, "words"), i + 1


def _decimal_digits(
    toks: list[_Tok], j: int, text: str, lex: _Lexicon, words_only: bool
) -> tuple[str, int, float] | None:
    """The digits after a decimal word: (digits, next index, scale after them or 0).

    Each number group after the word gives its digits: "five five two" -> "552",
    "seventy-one" -> "71", "mil quinientos setenta y ocho" -> "1578", "5" -> "5". A scale of
    a million or more right after ends the digits and multiplies ("1 point 5 million").
    """
    n = len(toks)
    digits = ""
    while j < n:
        t = toks[j]
        if _gap_kind(text[toks[j - 1].end : t.start], lex) not in (" ", "-"):
            break
        if t.type == "D" and t.raw.isdigit() and not words_only:
            digits += t.raw
            j += 1
            continue
        if t.type not in ("U", "H", "S") or (t.type == "S" and t.value >= 1e6):
            break
        g = _Builder(lex.lang, text)
        g.toks = [t]
        k = j + 1
        while k < n:
            nxt, gap = k, _gap_kind(text[toks[k - 1].end : toks[k].start], lex)
            if toks[k].type == "W" and toks[k].raw.lower() in lex.ands and k + 1 < n:
                nxt, gap = k + 1, "and"  # "setenta y ocho", "soixante et onze"
            t2 = toks[nxt]
            if t2.type not in ("U", "H", "S") or (t2.type == "S" and t2.value >= 1e6):
                break
            if gap is None or not _joinable(g, t2, gap, lex.lang):
                break
            g.toks.append(t2)
            k = nxt + 1
        num = _finish(g, lex.lang, text)
        if num is None or num.value < 0 or num.value != int(num.value):
            break
        digits += str(int(num.value))
        j = k
    if not digits:
        return None
    scale = 0.0
    if (
        j < n
        and toks[j].type == "S"
        and toks[j].value >= 1e6
        and _gap_kind(text[toks[j - 1].end : toks[j].start], lex) == " "
    ):
        scale = toks[j].value
    return digits, j, scale


def _group(toks: list[_Tok], text: str, lex: _Lexicon) -> list[Numeral]:
    """The numerals of a token stream (see :class:`_Grouper`)."""
    if len(toks) == 1 and toks[0].type == "D":  # one digit run alone: what _finish reads
        tk = toks[0]
        dv = digits_value(tk.raw, lex.lang)
        if dv is None:
            return []
        return [Numeral(tk.start, tk.end, dv, 1.0, "digits", False, tk.value == 1.0)]
    return _Grouper(toks, text, lex).run()


class _Grouper:
    """Groups a token stream into numerals, one builder at a time, flushed at a break.

    The steps per token: a word (``W``) may join a fraction ("and a half"), be a
    denominator ("two thirds") or a decimal point ("1 point 5"), else it breaks the
    number; any other token extends the open builder when the gap allows (a second scale
    or hundred not smaller than the last starts a new number), else starts a builder.
    """

    def __init__(self, toks: list[_Tok], text: str, lex: _Lexicon) -> None:
        self.toks, self.text, self.lex, self.lang = toks, text, lex, lex.lang
        self.n = len(toks)
        self.out: list[Numeral] = []
        self.b: _Builder | None = None

    def run(self) -> list[Numeral]:
        """Every numeral of the stream, in order."""
        i = 0
        while i < self.n:
            tok = self.toks[i]
            if tok.type == "W":
                i = self._word(i, tok)
                continue
            if self.b is not None:
                joined = self._extend(i, tok)
                if joined is not None:
                    i = joined
                    continue
                self.flush()
            self._start(tok)
            i += 1
        self.flush()
        return self.out

    def flush(self) -> None:
        """Close the open builder: its numeral (if it reads as one) joins the output."""
        b = self.b
        if b is not None and b.toks:
            num = _finish(b, self.lang, self.text)
            if num is not None:
                self.out.append(num)
        self.b = None

    def _start(self, tok: _Tok) -> None:
        b = _Builder(self.lang, self.text)
        b.toks.append(tok)
        if tok.type == "S":
            b.last_scale = tok.value
            b.pending_from = 1
        elif tok.type == "H":
            b.last_h, b.h_from = tok.value, 1
        self.b = b

    def _word(self, i: int, tok: _Tok) -> int:
        """A word token: a fraction, denominator or decimal point, else a break."""
        low, lex = tok.raw.lower(), self.lex
        if self.b is not None and low in lex.frac_ands:
            after = self._and_fraction(i)
            if after is not None:
                return after
            if low not in lex.points:
                if low not in lex.ands:
                    self.flush()  # "con" joins only fractions
                return i + 1
        if low in lex.denoms:
            after = self._denominator(i)
            if after is not None:
                return after
        if self.b is not None and low in lex.points and i + 1 < self.n:
            after = self._decimal(i, tok, low)
            if after is not None:
                return after
        self.flush()
        return i + 1

    def _and_fraction(self, i: int) -> int | None:
        """A fraction joined by "and" ("two and a half thousand"): the index after it."""
        toks, text, b = self.toks, self.text, self.b
        assert b is not None
        frac = _and_fraction(toks, i, text, self.lex)
        if frac is None:
            return None
        add, j = frac
        last = b.toks[-1]
        piece = _Tok("U", add, toks[i + 1].start, toks[j - 1].end, "frac", False)
        if j < self.n and toks[j].type in ("S", "H") and last.type in ("U", "D"):
            b.toks.append(piece)
            return j
        if (
            j < self.n
            and toks[j].type == "S"
            and last.type == "S"
            and toks[j].value < last.value
            and not text[toks[j - 1].end : toks[j].start].strip()
        ):
            add, j = add * toks[j].value, j + 1  # "a billion and a half million"
            piece.end = toks[j - 1].end
            b.adder = add  # the scale after "and a half" already multiplied it
        else:
            b.adder = add * (last.value if last.type == "S" else 1.0)
        piece.type = "Q"
        b.toks.append(piece)
        self.flush()
        return j

    def _denominator(self, i: int) -> int | None:
        """A denominator ("two thirds", "drei Viertel"): the fraction, and the index after it."""
        b, toks, text, lex = self.b, self.toks, self.text, self.lex
        frac = _tens_denominator(b, toks, i, text, lex, self.out) if b is not None else None
        if frac is None:
            frac = _denominator(b, toks, i, text, lex)
        if frac is None:
            return None
        self.out.append(frac[0])
        self.b = None
        return frac[1]

    def _decimal(self, i: int, tok: _Tok, low: str) -> int | None:
        """A decimal point word ("1 point 5", "siete con cincuenta"): the index after it."""
        b, toks, out = self.b, self.toks, self.out
        assert b is not None
        words_only = low != self.lex.point  # "siete con cincuenta": words on both sides
        if words_only and any(t.type == "D" for t in b.toks):
            return None
        read = _decimal_digits(toks, i + 1, self.text, self.lex, words_only)
        if read is None:
            return None
        digits, j, scale = read
        b.adder = float("0." + digits)
        b.toks.append(_Tok("Q", 0.0, tok.start, toks[j - 1].end, "point", False))
        before = len(out)
        self.flush()
        if scale and len(out) > before:
            done = out[-1]  # "1 point 5 million", "1 Komma 5 Millionen"
            out[-1] = Numeral(done.start, toks[j].end, done.value * scale, scale, done.kind)
            j += 1
        return j

    def _extend(self, i: int, tok: _Tok) -> int | None:
        """Add ``tok`` to the open builder (or split it); None when it cannot join."""
        b, lang, text = self.b, self.lang, self.text
        assert b is not None
        gap = _gap_kind(text[b.toks[-1].end : tok.start], self.lex)
        # "one thousand and two thousand": split before a second, not smaller, scale
        if gap is None or not _joinable(b, tok, gap, lang):
            return None
        if tok.type == "H" and b.last_h and tok.value >= b.last_h:
            pend = b.toks[b.h_from :]
            if pend and all(t.type in ("U", "D") for t in pend):
                # "3 hundred and 2 hundred": a second hundred starts a new number
                b.toks = b.toks[: b.h_from]
                self.flush()
                nb = _Builder(lang, text)
                nb.toks = [*pend, tok]
                nb.last_h, nb.h_from = tok.value, len(nb.toks)
                self.b = nb
                return i + 1
        if (
            tok.type == "S"
            and b.last_scale
            and tok.value >= b.last_scale
            and not (  # "cinco mil millones": thousands of millions
                lang in THOUSAND_MILLIONS and b.last_scale == 1e3 and tok.value > 1e3
            )
        ):
            pend = b.toks[b.pending_from :]
            if pend and pend[0].type not in ("S", "H"):
                b.toks = b.toks[: b.pending_from]
                self.flush()
                nb = _Builder(lang, text)
                nb.toks = [*pend, tok]
                nb.last_scale = tok.value
                nb.pending_from = len(nb.toks)
                self.b = nb
                return i + 1
        b.toks.append(tok)
        if tok.type == "S":
            b.last_scale = tok.value
            b.pending_from = len(b.toks)
            b.last_h = 0.0
        elif tok.type == "H" and tok.value > b.last_h:
            b.last_h, b.h_from = tok.value, len(b.toks)
        return i + 1


def find_numerals(text: str, lang: str = "en") -> list[Numeral]:
    """Every numeral in `text`, in order, with offsets.

    Args:
        text: Any text; non-ASCII digits are read as digits.
        lang: ISO 639-1 code choosing separators and number words; unknown codes read
            digits and English words.

    Returns:
        The numerals found (possibly none).

    Example:
        >>> [(n.value, n.start, n.end) for n in find_numerals("some 15-hundred troops")]
        [(1500.0, 5, 15)]
    """
    if not text:
        return []
    text = normalise_digits(text)
    lex = _lexicon(lang or "en")
    nums = _group(_tokens(text, lex), text, lex)
    if lex.extra_res and not text.isascii():
        nums = _cjk_extras(text, lex, nums)
    if "/" in text:
        nums = _slash_fractions(text, nums)
    if not nums:
        return nums
    out = []
    signed = "-" in text or _holds_any(text, lex.minus_forms)
    for n in nums:
        if n.kind == "words" and n.value == 1.0:
            word = text[n.start : n.end].lower()
            if (
                word in lex.lone_articles
                and text.strip().lower() != word
                and lex.minus_re.search(text, max(0, n.start - 14), n.start) is None
            ):
                continue  # "un accident": an article alone ("vingt et un" is one number)
            if word == "one" and _PRONOUN_BEFORE.search(text, max(0, n.start - 12), n.start):
                continue
        if not signed or n.value < 0:
            out.append(n)
            continue
        window = text[max(0, n.start - 14) : n.start]
        if "-" not in window and not _holds_any(window, lex.minus_forms):
            out.append(n)
            continue
        m = lex.minus_re.search(text, max(0, n.start - 14), n.start)
        if m is not None:
            k = m.start() - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if (
                k < 0
                or m.group().strip() != "-"  # "minus", "negative" after any word
                or not (text[k].isdigit() or text[k].isalpha() or text[k] in ",.-")
                or (text[k].isalpha() and k < m.start() - 1 and m.group() == "-")  # "à -30"
            ):
                n = Numeral(m.start(), n.end, -n.value, n.scale, n.kind, n.approx, n.year_like)
        out.append(n)
    return out


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` occurs in `text` (plain substring tests: faster than a regex)."""
    for w in words:  # noqa: SIM110 - a plain loop: faster than any() over a generator
        if w in text:
            return True
    return False


_SLASH_FRACTION = re.compile(
    r"(?<![\d/.,])(?:(?P<w>\d+)[ ]{1,2})?(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/.,]\d)"
)
# Denominators read as fractions ("1/5", "3/4", "2 1/4"); "9/11" and "24/7" stay as they are.
_SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 50, 64, 100})


def _slash_fractions(text: str, nums: list[Numeral]) -> list[Numeral]:
    """Replace "3/4", "2 1/4" (a numerator below its denominator) by one fractional numeral.

    Example:
        >>> [n.value for n in find_numerals("1/5 of the troops")]
        [0.2]
        >>> [n.value for n in find_numerals("5/17/2018")]  # a date: no fraction
        [5.0, 17.0, 2018.0]
    """
    found = []
    for m in _SLASH_FRACTION.finditer(text):
        n, d = int(m.group("n")), int(m.group("d"))
        if not 0 < n < d or d not in _SLASH_DENOMINATORS:
            continue
        whole = float(m.group("w")) if m.group("w") else 0.0
        found.append(Numeral(m.start(), m.end(), whole + n / d, 1.0, "fraction"))
    if not found:
        return nums
    kept = [x for x in nums if not any(x.start < f.end and f.start < x.end for f in found)]
    return sorted(kept + found, key=lambda x: x.start)


_PRONOUN_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:the|this|that|which|each|any|no)\s+$")


def parse_number(text: str, lang: str = "en") -> float | None:
    """The value of a text that is one numeral expression, else None.

    Example:
        >>> parse_number("half a million"), parse_number("dreitausend", "de")
        (500000.0, 3000.0)
    """
    if not isinstance(text, str):
        return None
    nums = find_numerals(text.strip(), lang)
    if len(nums) != 1:
        return None
    n = nums[0]
    if n.start != 0 or n.end != len(text.strip()):
        return None
    return n.value
