"""Arabic (ar) words for the tracker's parsers.

Each constant is this language's entry of the table of the same name in
:mod:`tracker.lexicon.numbers`, :mod:`tracker.lexicon.figure_words`,
:mod:`tracker.lexicon.calendar` or :mod:`tracker.lexicon.cues` (see README.md).
"""

from __future__ import annotations

# Numbers (assembled in tracker.lexicon.numbers) --------------------------------------------------

UNITS: dict[str, float] = {
    "واحد": 1,
    "واحدة": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "أربعة": 4,
    "أربع": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "أربعون": 40,
    "أربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "مائة": 100,
    "مئة": 100,
    "مائتين": 200,
    "مئتين": 200,
    "وثلاثة": 3,
    "وخمسة": 5,
    "وتسعة": 9,
}

SCALES: dict[str, float] = {
    "ألف": 1e3,
    "آلاف": 1e3,
    "ألفا": 1e3,
    "الف": 1e3,
    "مليون": 1e6,
    "ملايين": 1e6,
    "مليار": 1e9,
}

# Multipliers that are a number on their own ("thousand" = 1,000).
ALONE_OK: frozenset[str] = frozenset({"ألف"})

# Qualifiers and figure words (assembled in tracker.lexicon.figure_words) -------------------------

PRE_CUES: dict[str, str] = {
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "على الأقل": "at_least",
    "أكثر من": "more_than",
    "اكثر من": "more_than",
    "حتى": "up_to",
    "أقل من": "less_than",
    "قرابة": "nearly",
    "حوالي": "approx",
    "حوالى": "approx",
    "نحو": "approx",
    "زهاء": "approx",
    "ما يقرب من": "nearly",
    "بين": "between",
}

POST_CUES: dict[str, str] = {
    "على الأقل": "at_least",
    "على الاقل": "at_least",
    "أو أكثر": "at_least",
}

POST_FAR: tuple[str, ...] = ("على الأقل", "على الاقل")

RANGE_AND: tuple[str, ...] = ("و",)

VAGUE_WORDS: dict[str, str] = {
    "آلاف": "thousands",
    "الآلاف": "thousands",
    "عشرات الآلاف": "tens_of_thousands",
    "مئات": "hundreds",
    "عشرات": "dozens",
}
