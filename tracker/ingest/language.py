"""The language of a fetched page: the declared tag first, detection (lingua) as fallback.

Detection only chooses among the languages the library has word tables for (the keys of
:data:`tracker.lexicon.cues.METRIC_CUES`), and says nothing (``None``) when unsure.

Example:
    >>> declared_language("en-GB")
    'en'
    >>> declared_language("x-klingon") is None
    True
    >>> "en" in supported_languages()
    True
"""

from __future__ import annotations

import re

from tracker.claims.language import guess_language
from tracker.lexicon import cues

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
MIN_DISTANCE = 0.05  # lingua's margin between the best and second-best language


def supported_languages() -> frozenset[str]:
    """ISO 639-1 codes of the languages with cue tables (claims are proposed in these)."""
    return frozenset(cues.METRIC_CUES)


def declared_language(tag: str | None) -> str | None:
    """The primary language subtag of a declared language tag (``"de-AT"`` -> ``"de"``).

    A list (``"en, de"``, as HTTP ``Content-Language`` allows) gives its first tag.

    Example:
        >>> declared_language("DE_at, en")
        'de'
    """
    if not tag:
        return None
    match = _TAG.match(tag.split(",")[0])
    return match.group(1).lower() if match else None


def detect_language(text: str, languages: frozenset[str] | None = None) -> str | None:
    """The language of ``text`` among ``languages`` (default: the supported ones), or None.

    Detection is :func:`tracker.claims.language.guess_language`, asked for a clear margin
    (a page's language decides whether claims are proposed at all).

    Example:
        >>> detect_language("Nach Angaben des Geheimdienstes wurden Soldaten verlegt.")
        'de'
    """
    chosen = languages if languages is not None else supported_languages()
    return guess_language(text, chosen, min_distance=MIN_DISTANCE)
