"""Swedish (sv) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

SCALES: dict[str, float] = {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9}

# Spoken minus before a number ("minus 1,200").
MINUS_WORDS: tuple[str, ...] = ("minus",)

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "minst": "at_least",
    "över": "more_than",
    "mer än": "more_than",
    "upp till": "up_to",
    "nästan": "nearly",
    "omkring": "approx",
    "cirka": "approx",
    "ungefär": "approx",
}

VAGUE_WORDS: dict[str, str] = {"tusentals": "thousands", "hundratals": "hundreds"}
