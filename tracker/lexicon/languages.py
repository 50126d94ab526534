"""The registered languages and the functions that assemble language-keyed tables.

Every language has one module ``tracker/lexicon/<code>.py`` holding its words as module-level
constants named after the tables (``UNITS``, ``PRE_CUES``, ``MONTHS``, ...). The table modules
(:mod:`~tracker.lexicon.numbers`, :mod:`~tracker.lexicon.figure_words`,
:mod:`~tracker.lexicon.calendar`, :mod:`~tracker.lexicon.cues`) build their ``{code: entry}``
dicts from them once, at import, with :func:`collect` and :func:`flagged`.

Example:
    >>> collect("POINT_WORDS")["de"]
    'komma'
    >>> flagged("COMPOUNDING")
    ('de', 'it', 'nl')
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import Any

# Register a new language here (and add tracker/lexicon/<code>.py); see README.md.
LANGUAGES: tuple[str, ...] = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "uk",
    "ko",
    "ja",
    "zh",
    "ar",
    "cs",
    "hr",
    "bg",
    "mk",
    "is",
    "id",
    "tr",
    "sv",
    "hi",
    "mr",
    "te",
    "ta",
    "bn",
    "th",
    "he",
    "ms",
    "tl",
)

# Every constant a language module may define, with its type (checked by tests/test_lexicon.py;
# README.md says what each means).
TABLES: dict[str, str] = {
    "SCRIPT": "str",
    "UNITS": "dict[str, float]",
    "HUNDREDS": "dict[str, float]",
    "SCALES": "dict[str, float]",
    "FRACTION_WORDS": "dict[str, float]",
    "DENOMINATORS": "dict[str, float]",
    "FRACTION_ANDS": "frozenset[str]",
    "POINT_WORDS": "str",
    "ARTICLES": "frozenset[str]",
    "HALVES": "frozenset[str]",
    "AND_WORDS": "frozenset[str]",
    "COMPOUNDING": "bool",
    "COMPOUND_AND": "str",
    "APPROX_NOUNS": "dict[str, float]",
    "DECIMAL_POINT": "bool",
    "ALONE_OK": "frozenset[str]",
    "EXTRA_UNITS": "dict[str, float]",
    "TENS_AND_UNITS": "bool",
    "AND_JOINS_UNITS": "bool",
    "VIGESIMAL": "bool",
    "HANGUL_DIGITS": "dict[str, int]",
    "HANGUL_NUMBER_SUFFIXES": "str",
    "HANGUL_NUMBER_FALSE_FRIENDS": "frozenset[str]",
    "PRE_CUES": "dict[str, str]",
    "POST_CUES": "dict[str, str]",
    "POST_FAR": "tuple[str, ...]",
    "RANGE_TO": "tuple[str, ...]",
    "RANGE_AND": "tuple[str, ...]",
    "VAGUE_WORDS": "dict[str, str]",
    "GENITIVE_SINGULAR": "dict[str, float]",
    "NONE_CUES": "tuple[str, ...]",
    "ORDINAL_E": "bool",
    "MONTHS": "tuple[str, ...]",
    "WEEKDAYS": "tuple[str, ...]",
    "SEASONS": "dict[str, str]",
    "TIME_UNITS": "dict[str, str]",
    "TIME_WORDS": "tuple[tuple[str, object, tuple[str, ...]], ...]",
    "COMPOUNDS": "dict[str, tuple[tuple[str, object], ...]]",
    "SUFFIX_ONLY": "frozenset[str]",
    "AMBIGUOUS": "frozenset[str]",
    "FUTURE_MARKERS": "tuple[str, ...]",
    "ORDINALS": "tuple[tuple[str, object, tuple[str, ...]], ...]",
    "HOLIDAYS": "dict[str, tuple[object, ...]]",
    "DATE_CARDINALS": "dict[str, int]",
    "DATE_SCALES": "dict[str, int]",
    "DATE_ORDINALS": "dict[str, int]",
    "DECADES": "dict[str, int]",
    "TIME_UNIT_PHRASES": "bool",
    "CAPITALISED_NAMES": "bool",
    "MONTH_FIRST": "bool",
    "NO_DOT_DATES": "bool",
    "METRIC_CUES": "dict[str, tuple[str, ...]]",
    "ATTRIBUTION": "dict[str, tuple[str, ...]]",
    "SUBJECT_PARTICLE": "str",
    "DESCRIPTORS": "tuple[str, ...]",
    "NP_STOP": "str",
    "NP_LEAD": "str",
    "NP_TRAIL": "str",
    "PRONOUNS": "tuple[str, ...]",
    "PLACES": "tuple[str, ...]",
    "PLACE_PREP": "dict[str, str]",
    "PLACE_SUFFIX": "dict[str, str]",
    "WORKER_WORDS": "str",
    "PERSON_WORDS": "str",
    "BACK_FRAMES": "str",
    "SCOPE_CUES": "dict[str, str]",
    "REVISION_CUES": "str",
    "MATERIEL_WORDS": "str",
    "SOURCE_TYPES": "dict[str, str]",
    "TITLES": "str",
    "FOREIGN_TROOPS": "str",
    "WHOLE_OF": "str",
    "CONTRAST": "str",
    "SAME_TIME": "str",
    "OTHER_THINGS": "str",
    "NO_SPACES": "bool",
    "SUBJECT_NEAR": "str",
    "MINUS_WORDS": "tuple[str, ...]",
    "DECIMAL_COMMA": "bool",
    "SHARE_WORDS": "dict[str, float]",
    "SHARE_OF": "tuple[str, ...]",
    "TOTAL_CUES": "tuple[str, ...]",
    "EVENT_WORDS": "dict[str, str]",
    "DENOMINATOR_SUFFIXES": "dict[str, str]",
    "PLURAL_DENOMINATORS": "bool",
    "CURRENCY_LOCAL": "dict[str, str]",
    "DECIMAL_WORDS": "tuple[str, ...]",
    "THOUSAND_MILLIONS": "bool",
    "LONE_ARTICLES": "frozenset[str]",
    "NUMBER_COUNTERS": "tuple[str, ...]",
    "NUMBER_PREFIXES": "str",
    "FRACTION_OF": "tuple[str, ...]",
    "FRACTION_JOINERS": "tuple[str, ...]",
    "TENTHS": "tuple[str, ...]",
    "CJK_POINT": "tuple[str, ...]",
    "HANGUL_NUMBERS": "bool",
    "NATIVE_TENS": "dict[str, int]",
    "NATIVE_UNITS": "dict[str, int]",
    "NATIVE_COUNTER_ONLY": "tuple[str, ...]",
    "NATIVE_PARTICLES": "tuple[str, ...]",
    "HALF_ANDS": "frozenset[str]",
    "PERCENT_OF": "tuple[str, ...]",
}


@cache
def language(code: str) -> ModuleType:
    """The word module of one language (``is`` is a keyword, so it is imported by name).

    Example:
        >>> language("fr").POINT_WORDS
        'virgule'
    """
    return importlib.import_module(f"tracker.lexicon.{code}")


def collect(name: str) -> dict[str, Any]:
    """``{code: entry}`` for every registered language whose module defines ``name``.

    Example:
        >>> list(collect("FRACTION_ANDS"))
        ['es']
    """
    return {
        code: getattr(language(code), name) for code in LANGUAGES if hasattr(language(code), name)
    }


def flagged(name: str) -> tuple[str, ...]:
    """The codes of the languages whose module sets the flag ``name`` to True, in order.

    Example:
        >>> flagged("TENS_AND_UNITS")
        ('es', 'pt')
    """
    return tuple(code for code in LANGUAGES if getattr(language(code), name, False) is True)
