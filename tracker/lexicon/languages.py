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
