"""Bulgarian (bg) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "един": 1,
    "една": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четири": 4,
    "пет": 5,
    "шест": 6,
    "седем": 7,
    "осем": 8,
    "девет": 9,
    "десет": 10,
    "сто": 100,
}

SCALES: dict[str, float] = {
    "хиляди": 1e3,
    "хиляда": 1e3,
    "хил.": 1e3,
    "милиона": 1e6,
    "милион": 1e6,
}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("минус",)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "най-малко": "at_least",
    "повече от": "more_than",
    "над": "more_than",
    "до": "up_to",
    "почти": "nearly",
    "около": "approx",
    "приблизително": "approx",
}

VAGUE_WORDS: dict[str, str] = {"хиляди": "thousands", "стотици": "hundreds"}
