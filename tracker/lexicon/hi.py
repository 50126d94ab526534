"""Hindi (hi) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "ग्यारह": 11,
    "बारह": 12,
    "बीस": 20,
    "पचास": 50,
    "सौ": 100,
}

HUNDREDS: dict[str, float] = {"सौ": 100}

SCALES: dict[str, float] = {"हजार": 1e3, "हज़ार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7}

# "." is always a decimal mark in this language (never a thousands separator).
DECIMAL_POINT: bool = True

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"हजार", "हज़ार", "सौ"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "लगभग": "approx",
    "करीब": "approx",
    "कम से कम": "at_least",
    "से अधिक": "more_than",
}

VAGUE_WORDS: dict[str, str] = {"हजारों": "thousands", "हज़ारों": "thousands", "सैकड़ों": "hundreds"}
