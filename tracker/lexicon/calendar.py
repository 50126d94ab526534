"""Calendar words per language: the lexicon behind :mod:`tracker.periods.parse`.

Every table is plain data. ``MONTHS[lang]`` and ``WEEKDAYS[lang]`` hold one string of
space-separated forms per month (January first) or weekday (Monday first), including
inflected forms ("października", "жовтні"). ``WORDS[lang]`` maps a token kind to a
tuple of words or phrases. The token kinds are one-letter codes read by the grammar
in :mod:`tracker.periods.parse`:

======  =====================================================  ==================
kind    meaning                                                value
======  =====================================================  ==================
U       calendar unit                                          day/week/month/...
P       part of a period: early, mid, late                     early/mid/late
L       previous ("last November", "last week")                -1 (or -2)
T       this / current                                         0
X       next / coming (calendar)                               1
R       rolling window back ("the past", "the last")           -1
K       rolling window forward ("the coming", "upcoming")      1
Z       day relative to publication (today, yesterday)         offset in days
E, F    "earlier" / "later" (in the current period)            -
A, H    "ago" / "from now" (after an amount)                   -
V       vague anchors: recently, so far, now, soon             recent/sofar/now/soon
N, O    number word, ordinal word                              int
b       deadline cue: by, before, until, bis, до, 까지          -
s       open start cue: since, from, seit, depuis, 부터          -
i       neutral cue: in, on, at, during, im, в                 -
w       within                                                 -
x       between                                                -
&       range joint: and, to, through, "-"                     -
o       or                                                     -
f       as of, Stand, станом на, 時点                            -
c       comparison before an amount: more than, less than      more/less
G       a weekday in the plural ("two Sundays from now")       0-6
_       filler: the, of, de, der, roku                         -
======  =====================================================  ==================

``SUFFIX_ONLY[lang]`` lists words (Korean and Japanese particles, "초", "末") that count
only when glued to a preceding time token. ``AMBIGUOUS[lang]`` lists forms that are also
ordinary words ("May", "Sat"); they are case-sensitive and never make a time alone.
``COMPOUNDS[lang]`` maps one word to several tokens ("올해" -> this + year).

Example:
    >>> MONTHS["de"][9].split()[0]
    'oktober'
"""

from __future__ import annotations

from tracker.lexicon import en
from tracker.lexicon.holiday_dates import FIRST_YEAR, HOLIDAY_NAMES, HOLIDAY_TABLE
from tracker.lexicon.languages import collect, flagged

MONTHS: dict[str, tuple[str, ...]] = collect("MONTHS")

WEEKDAYS: dict[str, tuple[str, ...]] = collect("WEEKDAYS")

SEASONS: dict[str, dict[str, str]] = collect("SEASONS")

# Units: word -> unit name.
UNITS: dict[str, dict[str, str]] = collect("TIME_UNITS")

# Other words: kind -> (words, value). One entry per (kind, value).
WORDS: dict[str, tuple[tuple[str, object, tuple[str, ...]], ...]] = collect("TIME_WORDS")

# One word standing for several tokens, e.g. Korean 올해 = this + year.
COMPOUNDS: dict[str, dict[str, tuple[tuple[str, object], ...]]] = collect("COMPOUNDS")

# Words that count only when glued to the time token before them.
SUFFIX_ONLY: dict[str, frozenset[str]] = collect("SUFFIX_ONLY")

# Ordinary words that are also calendar forms: matched case-sensitively, never alone.
AMBIGUOUS: dict[str, frozenset[str]] = collect("AMBIGUOUS")

# Future markers for guess_tense: verbs and auxiliaries that put a sentence in the future.
FUTURE_MARKERS: dict[str, tuple[str, ...]] = collect("FUTURE_MARKERS")

# Lexing mode per language: "ko" (Hangul with particles), "cjk"; "word" when absent.
SCRIPTS: dict[str, str] = collect("SCRIPT")

# Languages where a UNITS key with spaces is one phrase, not several forms.
TIME_UNIT_PHRASES: frozenset[str] = frozenset(flagged("TIME_UNIT_PHRASES"))

# Languages capitalising month and weekday names: a lower-case AMBIGUOUS form is a word.
CAPITALISED_NAMES: frozenset[str] = frozenset(flagged("CAPITALISED_NAMES"))

# Languages writing numeric dates month first ("3/5/2025" = 5 March).
MONTH_FIRST: frozenset[str] = frozenset(flagged("MONTH_FIRST"))

# Languages where "3.5" is a decimal, never a day and month.
NO_DOT_DATES: frozenset[str] = frozenset(flagged("NO_DOT_DATES"))


EN_CARDINALS: dict[str, int] = en.DATE_CARDINALS
EN_SCALES: dict[str, int] = en.DATE_SCALES
EN_ORDINALS: dict[str, int] = en.DATE_ORDINALS
EN_DECADES: dict[str, int] = en.DECADES


ORDINALS: dict[str, tuple[tuple[str, object, tuple[str, ...]], ...]] = collect("ORDINALS")

# Holidays: name -> ("fixed", month, day) | ("easter", days after Easter Sunday) |
# ("nth", month, n, weekday Monday=0) | ("table", id of HOLIDAY_DATES). Only days that are
# the same everywhere the language is used; regional feasts are left out.
HOLIDAYS: dict[str, dict[str, tuple[object, ...]]] = collect("HOLIDAYS")

# Public holidays per country from the ``holidays`` package (generated data, see
# scripts/gen_holiday_tables.py), named in each language: name -> ("table", id); the words of
# the language files above win where both name a day.
for _lang, _names in HOLIDAY_NAMES.items():
    HOLIDAYS[_lang] = {
        **{name: ("table", hid) for name, hid in _names.items()},
        **HOLIDAYS.get(_lang, {}),
    }

#: Named events of the domain: phrase (lower case) -> event id; the dates come from the table
#: passed to parse_when (events=), loaded from data/events.csv by the table layer.
EVENT_WORDS: dict[str, dict[str, str]] = collect("EVENT_WORDS")

#: The dates of the generated holidays: id -> one "MMDD" / "MMDD-MMDD" / "" per year.
HOLIDAY_DATES: dict[str, tuple[str, ...]] = HOLIDAY_TABLE
HOLIDAY_FIRST_YEAR: int = FIRST_YEAR
