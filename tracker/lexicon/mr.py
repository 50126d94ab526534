"""Marathi (mr) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "एक": 1,
    "दोन": 2,
    "तीन": 3,
    "चार": 4,
    "पाच": 5,
    "सहा": 6,
    "सात": 7,
    "आठ": 8,
    "नऊ": 9,
    "दहा": 10,
    "अकरा": 11,
    "बारा": 12,
    "वीस": 20,
    "पन्नास": 50,
    "शंभर": 100,
}

HUNDREDS: dict[str, float] = {"शंभर": 100, "शे": 100}

SCALES: dict[str, float] = {"हजार": 1e3, "लाख": 1e5, "कोटी": 1e7}

# "." is always a decimal mark in this language (never a thousands separator).
DECIMAL_POINT: bool = True

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"हजार", "शंभर"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {"सुमारे": "approx", "जवळपास": "approx", "किमान": "at_least"}

VAGUE_WORDS: dict[str, str] = {"हजारो": "thousands", "शेकडो": "hundreds"}
