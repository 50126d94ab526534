"""Icelandic (is) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "einn": 1,
    "eitt": 1,
    "ein": 1,
    "tveir": 2,
    "tvö": 2,
    "tvær": 2,
    "þrír": 3,
    "þrjú": 3,
    "þrjár": 3,
    "fjórir": 4,
    "fjögur": 4,
    "fjórar": 4,
    "fimm": 5,
    "sex": 6,
    "sjö": 7,
    "átta": 8,
    "níu": 9,
    "tíu": 10,
    "ellefu": 11,
    "tólf": 12,
    "tuttugu": 20,
    "þrjátíu": 30,
    "fjörutíu": 40,
    "fimmtíu": 50,
}

HUNDREDS: dict[str, float] = {"hundrað": 100}

SCALES: dict[str, float] = {"þúsund": 1e3, "milljón": 1e6, "milljónir": 1e6, "milljarður": 1e9}

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"þúsund"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "að minnsta kosti": "at_least",
    "yfir": "more_than",
    "vel yfir": "more_than",
    "meira en": "more_than",
    "allt að": "up_to",
    "nærri": "nearly",
    "um": "approx",
    "tæplega": "nearly",
    "rúmlega": "more_than",
    "um það bil": "approx",
}

VAGUE_WORDS: dict[str, str] = {"þúsundir": "thousands", "hundruð": "hundreds"}
