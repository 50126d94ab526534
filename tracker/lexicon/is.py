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

# Claim cues (assembled in tracker.lexicon.cues) --------------------------------------------------

METRIC_CUES: dict[str, tuple[str, ...]] = {
    "casualties": (r"\bfallnir og særðir\b", r"\bfallnir eða særðir\b", r"\bmannfall\w*"),
    "killed": (r"\bfallnir\b", r"\blátnir\b", r"\bdrepnir\b", r"\bféllu\b"),
    "wounded": (r"\bsærðir\b", r"\bsærst\b"),
    "captured": (r"\bhandteknir\b", r"\bfangar\b"),
    "present": (r"\bsendir\b", r"\bsent\w*", r"\bí Rússlandi\b"),
    "front": (r"\bvíglín\w*", r"\bbardög\w*"),
    "front_place": (r"\bKúrsk\w*",),
}

ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "according": (r"\bsamkvæmt\b", r"\bað sögn\b"),
    "speech": (r"\bsegir\b", r"\bsagði\b", r"\bsegja\b", r"\bfullyrðir\b", r"\bstaðfesti\w*"),
    "report": (r"\bgreinir frá\b", r"\bgreindi frá\b"),
    "hedge": (r"\bsagðir\b", r"\bsögð\b"),
}

PLACES: tuple[str, ...] = (r"Kúrsk\w*", r"Rússland\w*", r"Úkraín\w*")

PLACE_PREP: dict[str, str] = {"in": r"\bí ", "to": r"\btil ", "from": r"\bfrá "}

# Words for people counted in a claim (regex).
PERSON_WORDS: str = r"\b(?:hermenn\w*|hermanna|manns|menn)\b"
