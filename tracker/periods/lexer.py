"""The lexer of the time normaliser: text -> one-letter tokens (:class:`Tok`).

Each language gets one compiled regular expression (:func:`lexicon`, cached): generic
digit patterns ("2024-11-01", "12/3", "Q1", "1990s", "11월") first, then the language's
words from :mod:`tracker.lexicon.calendar` grouped by first letter, longest first. English
number words ("twenty second") are read by :mod:`tracker.periods.numbers`. Token kinds are
the one-letter codes documented in :mod:`tracker.lexicon.calendar`; digit patterns add
``D`` (a numeric date: year, month, day, any of them None), ``Y`` (a year), ``C`` (a
decade), ``Q`` (a quarter or half) and ``d`` (a day of the month). A few English forms
count only as a whole phrase, since in running text they are numbers: "4.22" and "4-22"
(a month and day), "August 99" (a two-digit year), "70's", a year in words.

Example:
    >>> [(t.kind, t.value) for t in tokenize("since mid-December 2024", "en")]
    [('s', None), ('P', 'mid'), ('M', 12), ('Y', 2024)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.lexicon import calendar as cw
from tracker.periods.numbers import NUMBER_RUN, read_number_run


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its kind letter, value, character span and how ambiguous it is."""

    kind: str
    value: object
    start: int
    end: int
    amb: int = 0  # 0 strong, 1 ambiguous word ("May"), 2 bare number, 3 numeric date w/o year


_EN_MONTHS = "|".join(
    sorted(
        (f for forms in cw.MONTHS["en"] for f in forms.split() if "." not in f),
        key=len,
        reverse=True,
    )
)
# a year before 1800 ends its phrase ("on 5 March 1200 soldiers ..." is a count)
_OLD_YEAR = r"(1[0-7]\d\d)(?=\s*(?:$|[;:!?)\]]|[.,](?!\d)))"
# a lower-case "may" / "march" is a month when a day number follows: "may 20th", "may 3, 2025"
_DAY_AFTER = re.compile(
    r"\s+(?:the\s+)?\d{1,2}(?:(?:st|nd|rd|th)(?!\w)|(?=\s*(?:$|[;:!?)]|[.,](?!\d)|\d{4})))",
    re.IGNORECASE,
)
_EN_MONTH_NUMBER = {
    f.lower(): i + 1 for i, forms in enumerate(cw.MONTHS["en"]) for f in forms.split()
}
_NUM_WORDS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PUNCT_GAP = re.compile(r"[\s()\[\]\"'«»“”‘’…・、]*")
BREAK = re.compile(r"[.;:!?。！？]")
_KO_AFTER = r"(?=$|[^가-힣]|까지|부터|에|경|쯤|께|의|이후|엔|도|은|는|중|이|간)"

# A time of day ("at 4 pm", "um 15 Uhr", "14:30", "오후 3시", "下午三点"): no time token, but read
# so that its number is no day; a phrase with nothing else is the publication day.
TIME_OF_DAY = (
    r"(?:(?:오전|오후|上午|下午|中午|晚上|凌晨|午前|午後)\s*)?"
    r"(?:(?<![\d.,:])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*"
    r"(?:[ap]\.?m\.?|uhr|h|heures?|horas?|hrs|o['’]clock|godz\.?|час\w*|годин\w*)(?![^\W\d_])"
    r"|(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
    r"|(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:시|時|点|點)(?:\s*\d{1,2}\s*(?:분|分))?(?:半)?)"
)

_GENERIC = (
    ("ymd", r"(?<![\d.,])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])"),
    ("dmy", r"(?<![\d.,])(\d{1,2})(?P<sep>[./-])(\d{1,2})(?P=sep)(\d{4}|\d{2})(?![\d])"),
    ("tod", TIME_OF_DAY),
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
    ("ordd", r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|e|º|ª|°)(?![\w])"),
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
        # written without a space: "Oct2", "3year"
        ("monglued", rf"(?<!\w)({_EN_MONTHS})(\d{{1,2}})(?!\w)"),
        ("numunit", r"(?<![\w.,])(\d{1,3})(days?|weeks?|months?|years?)(?!\w)"),
        # a two-digit year: "August '99" (anywhere), "August 99" (the whole phrase)
        ("monapos", rf"(?<!\w)({_EN_MONTHS})\.?\s+()['’](\d\d)(?!\w)"),
        ("monyy", rf"^\s*({_EN_MONTHS})\.?\s+()(3[2-9]|[4-9]\d)\s*$"),
        # "08/12,15", "8/12, 2015": month/day, year
        ("mdcy", r"(?<![\d.,/])(\d{1,2})/(\d{1,2}),(\d\d|\s?\d{4})(?![\d]|[.,]\d)"),
        # a day, month and year before 1800: "5 December 1391", "December 5th, 1391"
        ("dmyold", rf"(?<![\d.,])(\d{{1,2}})(?:st|nd|rd|th)?\s+({_EN_MONTHS})\.?,?\s+{_OLD_YEAR}"),
        ("mdyold", rf"(?<!\w)({_EN_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_OLD_YEAR}"),
        # "4.22", "4-22" alone are a month and day 10-31 (in text a decimal or a range;
        # "3.5" alone stays a number)
        ("mdalone", r"^\s*(\d{1,2})[.-]([12]\d|3[01])\s*$"),
    ),
}

_GENERIC_RX = {
    name: re.compile(rx, re.IGNORECASE)
    for name, rx in _GENERIC + tuple(p for ps in _GENERIC_LANG.values() for p in ps)
}


@dataclass(slots=True)
class Lexicon:
    """The compiled lexer of one language and its word table."""

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
    for kind, value, word_forms in cw.WORDS.get(lang, ()) + cw.ORDINALS.get(lang, ()):
        for f in word_forms:
            add(f, ((kind, value),))
    for name, spec in cw.HOLIDAYS.get(lang, {}).items():
        add(name, (("J", spec),))
    for forms, unit in cw.UNITS.get(lang, {}).items():
        for f in forms.split() if " " not in forms or lang not in cw.TIME_UNIT_PHRASES else [forms]:
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


# Letters that may begin a match inside a word (every other letter-initial pattern or word
# has a "(?<!\w)" guard): "Q1"/"H2" after a digit, and the CJK starts of times of day and
# month numbers. Keep in step with _GENERIC when a pattern without a guard is added.
_UNGUARDED_LETTERS = "QqHh오上下中晚凌午一二三四五六七八九十两"


def _gate(words: list[str], script: str) -> str:
    """A zero-width test that fails fast at positions where no token can start.

    Most positions of a text are inside a word or on a space; without this the regex
    tries all its ~40 alternatives there. It admits a superset of the positions where a
    match can start, so the matches are the same: the start of the text (the "^" patterns),
    any position before a non-space that is not preceded by a word character, before a
    non-letter, or before a letter that an unguarded pattern starts with. Scripts other than
    "word" (CJK words glue to anything) keep only the test for a space.
    """
    if any(w[:1].isspace() for w in words):
        return ""
    if script != "word":
        return r"(?:\A|(?=\S))"
    return rf"(?:\A|(?=\S)(?:(?<!\w)|(?![^\W\d_])|(?=[{_UNGUARDED_LETTERS}])))"


_MONTH_FIRST = "".join(sorted({f[0].lower() for f in _EN_MONTHS.split("|")}))
_NUMBER_FIRST = "".join(
    sorted(
        {"t"}
        | {
            w[0].lower()
            for table in (cw.EN_CARDINALS, cw.EN_SCALES, cw.EN_ORDINALS, cw.EN_DECADES)
            for w in table
        }
    )
)
#: The characters each generic pattern can start with (a lookahead before it): a run of
#: patterns with the same start fails in one test where none of them can match. Patterns not
#: listed are tried as they are. tests/test_lexer_gate.py checks that nothing changes.
_STARTS: dict[str, str] = {
    **{
        name: r"\d"
        for name in [
            "numunit",
            "mdcy",
            "dmyold",
            "ymd",
            "dmy",
            "ym",
            "my",
            "cjky",
            "cjkn",
            "cjkm",
            "cjkd",
            "cjkq",
            "md",
            "decade",
            "year",
            "ordd",
            "dotd",
            "num",
        ]
    },
    **{name: _MONTH_FIRST for name in ("monglued", "monapos", "mdyold")},
    "numw": _NUMBER_FIRST,
    "tod": r"\d오上下中晚凌午一二三四五六七八九十两",
}


def _generic_pattern(lang: str, guarded: bool) -> str:
    """The generic patterns of ``lang`` as named alternatives, in order.

    ``guarded``: each run of patterns with the same start characters (:data:`_STARTS`) sits
    behind one lookahead on them; the alternatives and their order stay the same.
    """
    runs: list[tuple[str, list[str]]] = []
    for name, rx in _GENERIC_LANG.get(lang, ()) + _GENERIC:
        start = _STARTS.get(name, "") if guarded else ""
        if runs and start and runs[-1][0] == start:
            runs[-1][1].append(f"(?P<{name}>{rx})")
        else:
            runs.append((start, [f"(?P<{name}>{rx})"]))
    return "|".join(
        f"(?=[{start}])(?:{'|'.join(alts)})" if start else "|".join(alts) for start, alts in runs
    )


def _pattern(lang: str, guarded: bool) -> str:
    words = _lexicon_entries(lang)
    script = cw.SCRIPTS.get(lang, "word")
    suffix = cw.SUFFIX_ONLY.get(lang, frozenset())
    alts = _word_pattern(list(words), script, suffix) if words else ""
    return _generic_pattern(lang, guarded) + (f"|(?P<w>{alts})" if alts else "")


def ungated_pattern(lang: str) -> str:
    """The lexer's alternation of a language without its fast-fail tests.

    :func:`lexicon` compiles it with them (:func:`_gate`, :data:`_STARTS`); tests compare the
    two.

    Example:
        >>> ungated_pattern("en").startswith("(?P<thed>")
        True
    """
    return _pattern(lang, guarded=False)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The lexer of a language (built once, cached).

    Example:
        >>> lexicon("ko").script
        'ko'
    """
    words = _lexicon_entries(lang)
    script = cw.SCRIPTS.get(lang, "word")
    suffix = cw.SUFFIX_ONLY.get(lang, frozenset())
    gate = _gate(list(words), script)
    return Lexicon(
        regex=re.compile(f"{gate}(?:{_pattern(lang, guarded=True)})", re.IGNORECASE),
        words=words,
        amb=cw.AMBIGUOUS.get(lang, frozenset()),
        suffix=suffix,
        script=script,
        known=lang in cw.WORDS,
    )


def tokenize(text: str, lang: str) -> list[Tok]:
    """The time tokens of a text, in order (fillers such as "of" are "_", other words skipped).

    Example:
        >>> [(t.kind, t.value) for t in tokenize("by the end of May", "en")]
        [('b', None), ('P', 'late'), ('_', None), ('M', 5)]
    """
    lex = lexicon(lang)
    toks: list[Tok] = []
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
            if amb and raw == raw.lower() and lang in cw.CAPITALISED_NAMES:
                entries = lex.words.get(key, ())
                if not (entries and entries[0][0] == "M" and _DAY_AFTER.match(text, e)):
                    continue  # "may", "sat": ordinary words in lower case
            for kind, value in lex.words.get(key, ()):
                toks.append(Tok(kind, value, s, e, 2 if kind == "N" else int(amb)))
        else:
            toks.extend(_make_generic(name or "", m, s, e, lang))
        prev_end = e
    return toks


def _alone(m: re.Match[str]) -> bool:
    """Whether the match is the whole text: "70's" alone is a decade, in text maybe an age."""
    return m.string.strip() == m.group().strip()


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _count_follows(text: str, tok: Tok, lang: str) -> bool:
    """Whether a number in words is a count: "two thousand five hundred troops".

    A year in words ("two thousand and fourteen") is kept when the text ends or a time
    word ("and", "until", "the") follows it.
    """
    nxt = _NEXT_WORD.match(text, tok.end)
    return nxt is not None and nxt.group(1).lower() not in lexicon(lang).words


@dataclass(frozen=True)
class _Hit:
    """One match of a generic (digit or CJK) pattern: what its token builder reads."""

    name: str  # the pattern's name in _GENERIC_RX
    m: re.Match[str]  # the match in the lexer's alternation
    sub: re.Match[str]  # the pattern's own match, with its groups
    s: int
    e: int
    lang: str

    @property
    def g(self) -> tuple[Any, ...]:
        return self.sub.groups()


def _two_digit_year(yy: int) -> int:
    return yy + (2000 if yy < 50 else 1900)


def _day_month(lang: str, a: int, b: int, month_first_ok: bool) -> tuple[int, int]:
    """(month, day) of two numbers; month first where the language writes it so."""
    return (a, b) if lang in cw.MONTH_FIRST and month_first_ok and a <= 12 else (b, a)


def _tok_ymd(h: _Hit) -> list[Tok]:
    return [Tok("D", (int(h.g[0]), int(h.g[1]), int(h.g[2])), h.s, h.e)]


def _tok_dmy(h: _Hit) -> list[Tok]:
    a, b, y = int(h.g[0]), int(h.g[2]), int(h.g[3])
    if len(h.g[3]) == 2:
        y = _two_digit_year(y)
    month, day = _day_month(h.lang, a, b, h.g[1] in "/-")
    return [Tok("D", (y, month, day), h.s, h.e)]


def _tok_ym(h: _Hit) -> list[Tok]:
    return [Tok("D", (int(h.g[0]), int(h.g[1]), None), h.s, h.e)]


def _tok_my(h: _Hit) -> list[Tok]:
    return [Tok("D", (int(h.g[1]), int(h.g[0]), None), h.s, h.e)]


#: The calendar unit of a CJK counter ("3년", "3个月", "3日", "3周").
def _cjk_unit(unit: str) -> str:
    if unit[0] in "년年":
        return "year"
    if unit[-1] in "월月":
        return "month"
    if unit[0] in "일日天":
        return "day"
    return "week"


def _tok_cjkn(h: _Hit) -> list[Tok]:
    return [Tok("N", int(h.g[0]), h.s, h.e), Tok("U", _cjk_unit(h.g[1]), h.s, h.e)]


def _tok_zhm(h: _Hit) -> list[Tok]:
    w = h.g[0]
    n = 10 + _NUM_WORDS_ZH.get(w[1:], 0) if w.startswith("十") else _NUM_WORDS_ZH[w]
    return [Tok("M", n, h.s, h.e)]


def _tok_md(h: _Hit) -> list[Tok]:
    if h.lang in cw.NO_DOT_DATES and h.g[1] == ".":
        return []  # "3.5" is a decimal in English
    month, day = _day_month(h.lang, int(h.g[0]), int(h.g[2]), True)
    return [Tok("D", (None, month, day), h.s, h.e, 3)]


def _tok_numunit(h: _Hit) -> list[Tok]:  # "3year": two tokens, no space between
    n, unit, cut = int(h.g[0]), h.g[1].lower().rstrip("s"), h.s + len(h.g[0])
    return [Tok("N", n, h.s, cut, 2), Tok("U", unit, cut, h.e)]


def _tok_monglued(h: _Hit) -> list[Tok]:  # "Oct2"
    month = _EN_MONTH_NUMBER[h.g[0].lower()]
    return [Tok("M", month, h.s, h.sub.end(1)), Tok("d", int(h.g[1]), h.sub.end(1), h.e)]


def _tok_month_year(h: _Hit) -> list[Tok]:  # "Oct '24", "Oct 24"
    month = _EN_MONTH_NUMBER[h.g[0].lower()]
    year = _two_digit_year(int(h.g[2]))
    return [Tok("M", month, h.s, h.sub.end(1)), Tok("Y", year, h.sub.start(3), h.e)]


def _tok_old_date(h: _Hit) -> list[Tok]:  # "5th of May 1987", "May 5th 1987"
    day, month = (h.g[0], h.g[1]) if h.name == "dmyold" else (h.g[1], h.g[0])
    return [Tok("D", (int(h.g[2]), _EN_MONTH_NUMBER[month.lower()], int(day)), h.s, h.e)]


def _tok_mdcy(h: _Hit) -> list[Tok]:
    y = int(h.g[2].strip())
    y = y if y >= 100 else _two_digit_year(y)
    return [Tok("D", (y, int(h.g[0]), int(h.g[1])), h.s, h.e)]


def _tok_decade2(h: _Hit) -> list[Tok]:  # "the 70s", "'90s": strong with "the" or "'"
    strong = h.g[0] or h.g[1] or _alone(h.m)
    return [Tok("C", int(h.g[2]), h.s, h.e, 0 if strong else 1)]


def _one(kind: str, amb: int = 0) -> Callable[[_Hit], list[Tok]]:
    """A builder of one token of ``kind`` from the first group as a number."""

    def build(h: _Hit) -> list[Tok]:
        return [Tok(kind, int(h.g[0]), h.s, h.e, amb)]

    return build


#: Token builders of the generic patterns, by pattern name (a pattern not listed is a
#: bare number, ambiguous: N with amb 2).
_GENERIC_TOKENS: dict[str, Callable[[_Hit], list[Tok]]] = {
    "ymd": _tok_ymd,
    "dmy": _tok_dmy,
    "ym": _tok_ym,
    "my": _tok_my,
    "cjky": _one("Y"),
    "cjkn": _tok_cjkn,
    "cjkm": _one("M"),
    "cjkd": _one("d"),
    "cjkq": lambda h: [Tok("Q", ("quarter", int(h.g[0])), h.s, h.e)],
    "zhm": _tok_zhm,
    "md": _tok_md,
    "numunit": _tok_numunit,
    "monglued": _tok_monglued,
    "monapos": _tok_month_year,
    "monyy": _tok_month_year,
    "dmyold": _tok_old_date,
    "mdyold": _tok_old_date,
    "mdcy": _tok_mdcy,
    "mdalone": lambda h: [Tok("D", (None, int(h.g[0]), int(h.g[1])), h.s, h.e, 3)],
    "qh": lambda h: [Tok("Q", ("quarter" if h.g[0] in "Qq" else "half", int(h.g[1])), h.s, h.e)],
    "year": _one("Y"),
    "decade": _one("C"),
    "decade2": _tok_decade2,
    "thed": _one("d"),
    "ordd": _one("d"),
    "dotd": _one("d", 2),
}


def _number_words(m: re.Match[str], s: int, e: int, lang: str) -> list[Tok]:
    """Tokens of a run of number words ("one thousand seven hundred and ten")."""
    toks = [Tok(k, v, a, b, amb) for k, v, a, b, amb in read_number_run(m.string, s, e)]
    year = toks[0].value if len(toks) == 1 and toks[0].kind == "Y" else 0
    if year % 1000 >= 100 and year % 100 and _alone(m):  # type: ignore[operator]
        # a year in words that is the whole phrase: "one thousand seven hundred and ten"
        return [Tok("Y", toks[0].value, s, e)]
    return [t for t in toks if not (t.kind == "Y" and t.amb and _count_follows(m.string, t, lang))]


def _make_generic(name: str, m: re.Match[str], s: int, e: int, lang: str) -> list[Tok]:
    """The tokens of one generic match: number words, a time of day, or a table builder."""
    if name == "numw":
        return _number_words(m, s, e, lang)
    if name == "tod":
        return [Tok("_", None, s, e)]
    sub = _GENERIC_RX[name].match(m.string, s)
    if sub is None:  # pragma: no cover - the same regex matched just before
        return []
    build = _GENERIC_TOKENS.get(name, _one("N", 2))
    return build(_Hit(name, m, sub, s, e, lang))
