"""Helpers that language files use to write their tables compactly.

Example:
    >>> forms({"tysiąc|e|a": 1000.0, "tys.": 1000.0})
    {'tysiące': 1000.0, 'tysiąca': 1000.0, 'tys.': 1000.0}
"""

from __future__ import annotations


def forms(pairs: dict[str, float]) -> dict[str, float]:
    """Expand "stem|suffix1|suffix2" keys into one entry per inflected form.

    An empty suffix ("demi||s") stands for the bare stem.

    Example:
        >>> forms({"demi||s": 2})
        {'demi': 2, 'demis': 2}
    """
    out: dict[str, float] = {}
    for key, value in pairs.items():
        stem, _, rest = key.partition("|")
        if not rest:
            out[stem] = value
            continue
        for suffix in rest.split("|"):
            out[stem + suffix] = value
    return out
