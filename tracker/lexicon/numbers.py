"""Number-word tables per language: units, hundreds, scale words, articles, separators.

Pure data (Python literals) read by :mod:`tracker.figures.numerals`. Keys are lower-case.

* ``UNITS[lang]``: words with an additive value ("seven": 7, "twenty": 20, "doscientos": 200).
* ``HUNDREDS[lang]``: multipliers below a thousand ("hundred": 100, "dozen": 12).
* ``SCALES[lang]``: multipliers from a thousand up, words and abbreviations ("tys.", "mln").
* ``ARTICLES[lang]``: words worth 1 only before a multiplier ("a hundred", "ein Tausend").
* ``HALVES[lang]``: words worth one half before a multiplier ("half a million").
* ``AND_WORDS[lang]``: the word joining number words ("hundred and six").
* ``COMPOUNDING``: languages that write numbers as one word ("dreitausend", "duemila").
* ``APPROX_NOUNS[lang]``: approximate numeral nouns ("una trentina" ~ 30).
* ``DECIMAL_POINT_LANGS``: languages where "." is always the decimal mark.
* ``VULGAR_FRACTIONS``: one-character fractions, read in every language ("1½ million").
* ``FRACTION_WORDS[lang]``: words worth a fraction ("anderthalb": 1.5, "dreiviertel": 0.75).
* ``DENOMINATORS[lang]``: fraction denominators after a numerator ("two thirds", "drei
  Viertel", "trois quarts", "dos tercios").
* ``FRACTION_ANDS[lang]``: extra words joining a whole number and a fraction ("con").
* ``HANGUL_DIGITS``: Sino-Korean digit syllables for number chains ("삼천" = 3,000).
* ``POINT_WORDS[lang]``: the word for the decimal mark in spelled numbers ("five point five").
* ``MINUS_WORDS[lang]``: spoken minus before a number ("minus", "negativo", "мінус").
* ``NUMBER_COUNTERS[lang]`` / ``NUMBER_PREFIXES[lang]``: what may follow / precede a CJK
  number written without a digit-and-scale pair ("三名", "백 명"), ``FRACTION_OF[lang]``
  ("分之", "분의"), ``FRACTION_JOINERS[lang]`` ("又", "과"), ``CJK_POINT[lang]`` ("点", "점"),
  ``NATIVE_TENS`` / ``NATIVE_UNITS`` (Korean native numbers: "스물", "다섯").

Example:
    >>> UNITS["en"]["twenty"]
    20
"""

from __future__ import annotations

from tracker.lexicon import ko
from tracker.lexicon.languages import collect, flagged

UNITS: dict[str, dict[str, float]] = collect("UNITS")

HUNDREDS: dict[str, dict[str, float]] = collect("HUNDREDS")

SCALES: dict[str, dict[str, float]] = collect("SCALES")

# Abbreviations glued to digits ("10k", "$20m", "2,5 Mio.") in every language.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}

FRACTION_WORDS: dict[str, dict[str, float]] = collect("FRACTION_WORDS")

DENOMINATORS: dict[str, dict[str, float]] = collect("DENOMINATORS")

# Ordinal endings that make a denominator of a number word ("trent|ième", "veinte|avos",
# "million|ths"): ending -> what replaces it before the number word is looked up.
DENOMINATOR_SUFFIXES: dict[str, dict[str, str]] = collect("DENOMINATOR_SUFFIXES")

# Words joining a whole number and a fraction besides AND_WORDS ("veinte con tres quintos").
FRACTION_ANDS: dict[str, frozenset[str]] = collect("FRACTION_ANDS")

# Words joining a number and a following half ("дві з половиною тисячі" = 2,500).
HALF_ANDS: dict[str, frozenset[str]] = collect("HALF_ANDS")

POINT_WORDS: dict[str, str] = collect("POINT_WORDS")

# Other words that read as a decimal mark between spelled numbers only ("siete con cincuenta").
DECIMAL_WORDS: dict[str, tuple[str, ...]] = collect("DECIMAL_WORDS")

SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "к": 1e3,
    "К": 1e3,
    "М": 1e6,
    "тис": 1e3,
    "bln": 1e9,
    "tn": 1e12,
}

ARTICLES: dict[str, frozenset[str]] = collect("ARTICLES")

# Words that are the number one inside a number ("vingt et un") but an article alone
# ("un accident"): alone in a longer text they are no number.
LONE_ARTICLES: dict[str, frozenset[str]] = collect("LONE_ARTICLES")

HALVES: dict[str, frozenset[str]] = collect("HALVES")

AND_WORDS: dict[str, frozenset[str]] = collect("AND_WORDS")

# Languages whose denominators take the plural after a numerator above one ("two fifths").
PLURAL_DENOMINATORS: frozenset[str] = frozenset(flagged("PLURAL_DENOMINATORS"))

# Languages that count thousands of millions ("cinco mil millones" = 5 * 10^9).
THOUSAND_MILLIONS: frozenset[str] = frozenset(flagged("THOUSAND_MILLIONS"))

# Languages whose number words are written as one compound word.
COMPOUNDING: frozenset[str] = frozenset(flagged("COMPOUNDING"))

# Connectors inside compound words ("einundzwanzig", "eenentwintig").
COMPOUND_AND: dict[str, str] = collect("COMPOUND_AND")

APPROX_NOUNS: dict[str, dict[str, float]] = collect("APPROX_NOUNS")

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: dict[str, frozenset[str]] = collect("ALONE_OK")

# Words read as units besides UNITS ("полмиллиона" = 500,000).
EXTRA_UNITS: dict[str, dict[str, float]] = collect("EXTRA_UNITS")

# Languages whose AND_WORDS join a ten and a unit ("cuarenta y siete").
TENS_AND_UNITS: frozenset[str] = frozenset(flagged("TENS_AND_UNITS"))

# Languages whose AND_WORDS join any two unit words ("vingt et un", "soixante et onze").
AND_JOINS_UNITS: frozenset[str] = frozenset(flagged("AND_JOINS_UNITS"))

# Languages counting by twenties ("quatre-vingt-douze").
VIGESIMAL: frozenset[str] = frozenset(flagged("VIGESIMAL"))

# Languages where "." is always a decimal mark (never a thousands separator).
DECIMAL_POINT_LANGS: frozenset[str] = frozenset(flagged("DECIMAL_POINT"))

# Languages where a lone "," is always a decimal mark ("4,800" = 4.8), "." groups thousands.
DECIMAL_COMMA_LANGS: frozenset[str] = frozenset(flagged("DECIMAL_COMMA"))

# CJK myriad characters and their values (Korean, Japanese, Chinese simplified/traditional).
CJK_SCALES: dict[str, float] = {
    "십": 10,
    "十": 10,
    "拾": 10,
    "佰": 100,
    "仟": 1e3,
    "백": 100,
    "百": 100,
    "천": 1e3,
    "千": 1e3,
    "만": 1e4,
    "万": 1e4,
    "萬": 1e4,
    "억": 1e8,
    "億": 1e8,
    "亿": 1e8,
    "조": 1e12,
    "兆": 1e12,
}

NUMBER_COUNTERS: dict[str, tuple[str, ...]] = collect("NUMBER_COUNTERS")
NUMBER_PREFIXES: dict[str, str] = collect("NUMBER_PREFIXES")
FRACTION_OF: dict[str, tuple[str, ...]] = collect("FRACTION_OF")
PERCENT_OF: dict[str, tuple[str, ...]] = collect("PERCENT_OF")
# Tenths written after a number: "3割", "三成" = 30 percent.
TENTHS: dict[str, tuple[str, ...]] = collect("TENTHS")
FRACTION_JOINERS: dict[str, tuple[str, ...]] = collect("FRACTION_JOINERS")
CJK_POINT: dict[str, tuple[str, ...]] = collect("CJK_POINT")
NATIVE_TENS: dict[str, dict[str, int]] = collect("NATIVE_TENS")
NATIVE_UNITS: dict[str, dict[str, int]] = collect("NATIVE_UNITS")
NATIVE_COUNTER_ONLY: dict[str, tuple[str, ...]] = collect("NATIVE_COUNTER_ONLY")
NATIVE_PARTICLES: dict[str, tuple[str, ...]] = collect("NATIVE_PARTICLES")
# Spoken minus before a number ("minus 1,200", "мінус 20", "마이너스일만").
MINUS_WORDS: dict[str, tuple[str, ...]] = collect("MINUS_WORDS")
# Languages whose Hangul digit syllables are read as numbers ("이십만").
HANGUL_NUMBERS: frozenset[str] = frozenset(flagged("HANGUL_NUMBERS"))

HANGUL_DIGITS: dict[str, int] = ko.HANGUL_DIGITS
HANGUL_NUMBER_SUFFIXES: str = ko.HANGUL_NUMBER_SUFFIXES
HANGUL_NUMBER_FALSE_FRIENDS: frozenset[str] = ko.HANGUL_NUMBER_FALSE_FRIENDS
# Languages whose text may spell numbers with Hangul digits (those defining HANGUL_DIGITS).
HANGUL_NUMBER_LANGS: frozenset[str] = frozenset(collect("HANGUL_DIGITS"))

CJK_DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "壹": 1,
    "貳": 2,
    "贰": 2,
    "參": 3,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陸": 6,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
