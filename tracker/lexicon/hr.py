"""Croatian (hr) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

SCALES: dict[str, float] = {
    "tisuća": 1e3,
    "tisuće": 1e3,
    "tisuću": 1e3,
    "tis.": 1e3,
    "milijun": 1e6,
    "milijuna": 1e6,
    "milijarda": 1e9,
}

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "najmanje": "at_least",
    "više od": "more_than",
    "preko": "more_than",
    "do": "up_to",
    "gotovo": "nearly",
    "oko": "approx",
    "otprilike": "approx",
}

VAGUE_WORDS: dict[str, str] = {"tisuće": "thousands", "stotine": "hundreds"}
