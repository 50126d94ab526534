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

import functools
import re
from typing import Any

from tracker.lexicon import cues

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_SAMPLE = 3_000  # characters of the text given to the detector


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

    Example:
        >>> detect_language("Nach Angaben des Geheimdienstes wurden Soldaten verlegt.")
        'de'
    """
    codes = tuple(sorted(languages if languages is not None else supported_languages()))
    detector = _detector(codes)
    if detector is None or not text.strip():
        return None
    found = detector.detect_language_of(text[:_SAMPLE])
    return found.iso_code_639_1.name.lower() if found is not None else None


@functools.lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    if len(known) < 2:
        return None
    return (
        LanguageDetectorBuilder.from_iso_codes_639_1(*known)
        .with_minimum_relative_distance(0.05)
        .build()
    )
