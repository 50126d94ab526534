"""Indonesian (id) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

SCALES: dict[str, float] = {
    "ribu": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "triliun": 1e12,
}

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "setidaknya": "at_least",
    "sedikitnya": "at_least",
    "lebih dari": "more_than",
    "hingga": "up_to",
    "hampir": "nearly",
    "sekitar": "approx",
    "kira-kira": "approx",
}

VAGUE_WORDS: dict[str, str] = {
    "ribuan": "thousands",
    "ratusan": "hundreds",
    "puluhan ribu": "tens_of_thousands",
}
