"""The language of a report text when none is given: lingua, restricted to supported languages.

Extraction needs the language to read figures ("10.000 bis 12.000 Soldaten" is ten to twelve
thousand in German, ten to twelve in English) and to choose its cue words. When the caller
gives none (``extract_claims(lang=None)``, ``tracker extract`` without ``--lang``), the text is
classified by the lingua language detector, restricted to the languages the tracker has word
tables for (:data:`tracker.lexicon.languages.LANGUAGES`), so it never answers a language the
tracker cannot read. The detector is built once, on first use (it loads its models lazily).

Example:
    >>> detect_language("Nach Angaben des Geheimdienstes wurden 10.000 Soldaten entsandt.")
    'de'
    >>> checked_language("xx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: language 'xx' is not supported; supported codes: ar, bg, ..., uk, zh
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from tracker.lexicon.languages import LANGUAGES

#: What :func:`detect_language` answers for a text without letters (or a detector failure).
FALLBACK = "en"
_SAMPLE = 4_000  # characters classified (the opening of a report is enough)


def supported_languages() -> tuple[str, ...]:
    """The ISO 639-1 codes extraction reads, sorted.

    Example:
        >>> "ko" in supported_languages()
        True
    """
    return tuple(sorted(LANGUAGES))


def checked_language(code: str | None) -> str | None:
    """``code`` in lower case, or None for None; ValueError naming the supported codes.

    Example:
        >>> checked_language(" DE ")
        'de'
    """
    if code is None or not str(code).strip():
        return None  # none given: the caller detects it
    norm = str(code).strip().lower()
    if norm not in LANGUAGES:
        raise ValueError(
            f"language {code!r} is not supported; supported codes: "
            + ", ".join(supported_languages())
        )
    return norm


@functools.lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...], min_distance: float) -> Any:
    """A lingua detector over ``codes`` (None for fewer than two it knows); models are shared."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    if len(known) < 2:
        return None
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*known)
    if min_distance:
        builder = builder.with_minimum_relative_distance(min_distance)
    return builder.build()


def guess_language(
    text: str, languages: Iterable[str] | None = None, *, min_distance: float = 0.0
) -> str | None:
    """The language of ``text`` among ``languages`` (default: all supported ones), or None.

    None when the text has no letters or the detector is unsure: ``min_distance`` above 0
    asks for that margin between the best and the second-best language (lingua's minimum
    relative distance). Only the first few thousand characters are classified.

    Example:
        >>> guess_language("Nach Angaben des Geheimdienstes wurden Soldaten verlegt.", ["de", "en"])
        'de'
        >>> guess_language("1,000 / 2,000") is None
        True
    """
    codes = tuple(sorted(set(languages) if languages is not None else LANGUAGES))
    sample = text[:_SAMPLE] if isinstance(text, str) else ""
    if not any(c.isalpha() for c in sample):
        return None
    detector = _detector(codes, min_distance)
    if detector is None:
        return None
    try:
        found = detector.detect_language_of(sample)
    except Exception:  # noqa: BLE001 - a detector failure is "unsure", never a crash
        return None
    if found is None:
        return None
    code: str = found.iso_code_639_1.name.lower()
    return code if code in codes else None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language among the supported ones (``en`` if unsure).

    Only the first few thousand characters are classified; a text without letters gives
    :data:`FALLBACK`.

    Example:
        >>> detect_language("국정원은 북한군 1만1000여명이 파병됐다고 밝혔다.")
        'ko'
    """
    return guess_language(text) or FALLBACK
