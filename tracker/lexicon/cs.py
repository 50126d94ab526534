"""Czech (cs) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "jeden": 1,
    "jedna": 1,
    "dva": 2,
    "dvě": 2,
    "tři": 3,
    "čtyři": 4,
    "pět": 5,
    "šest": 6,
    "sedm": 7,
    "osm": 8,
    "devět": 9,
    "deset": 10,
    "jedenáct": 11,
    "dvanáct": 12,
    "třináct": 13,
    "čtrnáct": 14,
    "patnáct": 15,
    "šestnáct": 16,
    "sedmnáct": 17,
    "osmnáct": 18,
    "devatenáct": 19,
    "dvacet": 20,
    "třicet": 30,
    "čtyřicet": 40,
    "padesát": 50,
    "šedesát": 60,
    "sedmdesát": 70,
    "osmdesát": 80,
    "devadesát": 90,
    "sto": 100,
    "dvěstě": 200,
    "pětset": 500,
}

# Hundreds after a unit: "tři sta" = 300, "pět set" = 500.
HUNDREDS: dict[str, float] = {"sta": 100, "set": 100, "stě": 100}

SCALES: dict[str, float] = {
    "tisíc": 1e3,
    "tisíce": 1e3,
    "tisící": 1e3,
    "tis.": 1e3,
    "milion": 1e6,
    "miliony": 1e6,
    "milionů": 1e6,
    "mil.": 1e6,
    "miliard": 1e9,
    "miliardy": 1e9,
}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("mínus", "minus")

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "nejméně": "at_least",
    "alespoň": "at_least",
    "více než": "more_than",
    "přes": "more_than",
    "až": "up_to",
    "téměř": "nearly",
    "zhruba": "approx",
    "asi": "approx",
    "přibližně": "approx",
    "kolem": "approx",
    "okolo": "approx",
}

RANGE_TO: tuple[str, ...] = ("až", "do")

VAGUE_WORDS: dict[str, str] = {
    "tisíce": "thousands",
    "stovky": "hundreds",
    "desítky tisíc": "tens_of_thousands",
}
