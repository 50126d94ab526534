"""Macedonian (mk) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

from tracker.lexicon import bg

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

# Macedonian number words are the Bulgarian ones.
UNITS: dict[str, float] = bg.UNITS

SCALES: dict[str, float] = {"илјади": 1e3, "илјада": 1e3, "милиони": 1e6, "милион": 1e6}

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "најмалку": "at_least",
    "повеќе од": "more_than",
    "над": "more_than",
    "до": "up_to",
    "речиси": "nearly",
    "околу": "approx",
    "приближно": "approx",
}

VAGUE_WORDS: dict[str, str] = {"илјадници": "thousands", "стотици": "hundreds"}
