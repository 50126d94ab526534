"""Dutch (nl) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}

HUNDREDS: dict[str, float] = {"honderd": 100, "dozijn": 12}

SCALES: dict[str, float] = {
    "duizend": 1e3,
    "miljoen": 1e6,
    "mln": 1e6,
    "mln.": 1e6,
    "miljard": 1e9,
    "mld": 1e9,
    "mld.": 1e9,
}

ARTICLES: frozenset[str] = frozenset({"een"})

HALVES: frozenset[str] = frozenset({"half", "halve"})

AND_WORDS: frozenset[str] = frozenset({"en"})

# Number words are written as one compound word ("dreitausend").
COMPOUNDING: bool = True

COMPOUND_AND: str = "en"

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("negatief",)  # not "min": "5 min"

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"duizend", "honderd"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "minstens": "at_least",
    "ten minste": "at_least",
    "tenminste": "at_least",
    "meer dan": "more_than",
    "ruim": "more_than",
    "tot": "up_to",
    "tot wel": "up_to",
    "maximaal": "at_most",
    "minder dan": "less_than",
    "bijna": "nearly",
    "ongeveer": "approx",
    "zo'n": "approx",
    "circa": "approx",
    "rond de": "approx",
    "tussen": "between",
    "van": "from",
}

RANGE_TO: tuple[str, ...] = ("tot",)

RANGE_AND: tuple[str, ...] = ("en",)

VAGUE_WORDS: dict[str, str] = {
    "duizenden": "thousands",
    "enkele duizenden": "few_thousand",
    "tienduizenden": "tens_of_thousands",
    "honderden": "hundreds",
    "tientallen": "dozens",
    "miljoenen": "millions",
}

# A digit followed by "e", "è", "º", "ª" or "°" is an ordinal ("2e", "3º").
ORDINAL_E: bool = True

# Calendar (assembled in tracker.lexicon.calendar) ------------------------------------------------

MONTHS: tuple[str, ...] = (
    "januari jan",
    "februari feb",
    "maart mrt",
    "april apr",
    "mei",
    "juni jun",
    "juli jul",
    "augustus aug",
    "september sep sept",
    "oktober okt",
    "november nov",
    "december dec",
)

WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

SEASONS: dict[str, str] = {
    "voorjaar lente": "spring",
    "zomer": "summer",
    "najaar herfst": "autumn",
    "winter": "winter",
}

TIME_UNITS: dict[str, str] = {
    "dag dagen": "day",
    "week weken": "week",
    "maand maanden": "month",
    "jaar jaren": "year",
    "kwartaal": "quarter",
    "helft": "half",
    "weekend": "weekend",
}

TIME_WORDS: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    ("P", "early", ("begin", "eind-begin", "vroeg")),
    ("P", "mid", ("midden", "half")),
    ("P", "late", ("eind", "einde", "laat", "eind-")),
    ("L", -1, ("vorige", "afgelopen", "verleden", "vorig")),
    ("T", 0, ("deze", "dit", "huidige")),
    ("X", 1, ("volgende", "komende", "aanstaande")),
    ("R", -1, ("de afgelopen", "de laatste", "het afgelopen")),
    ("K", 1, ("de komende", "de volgende")),
    ("Z", 0, ("vandaag",)),
    ("Z", -1, ("gisteren",)),
    ("Z", 1, ("morgen",)),
    ("A", "ago", ("geleden",)),
    ("V", "recent", ("onlangs", "recent", "kortgeleden")),
    ("V", "sofar", ("tot nu toe", "tot dusver")),
    ("V", "now", ("momenteel", "nu", "op dit moment")),
    ("b", None, ("tegen", "voor", "uiterlijk", "tot", "vóór")),
    ("s", None, ("sinds", "vanaf", "van")),
    ("i", None, ("in", "op", "tijdens", "rond")),
    ("w", None, ("binnen",)),
    ("x", None, ("tussen",)),
    ("&", None, ("en", "tot", "-", "–")),
    ("o", None, ("of",)),
    ("_", None, ("de", "het", "van de", "van het")),
    ("N", 1, ("een", "één")),
    ("N", 2, ("twee",)),
    ("N", 3, ("drie", "enkele")),
    ("O", 1, ("eerste",)),
    ("O", 2, ("tweede",)),
    ("O", 3, ("derde",)),
    ("O", 4, ("vierde",)),
)

AMBIGUOUS: frozenset[str] = frozenset(["mei"])
