"""The unit a figure counts, read from the noun after it ("3,000 soldiers" -> persons).

Person stems (:data:`tracker.lexicon.figure_words.PERSON_STEMS`) give ``persons``; counted nouns
(:data:`tracker.lexicon.figure_words.COUNTED_STEMS`) give their unit ("shells", "ships"). Short
stems match whole words (with a plural "s"/"es"), long stems match word prefixes, so inflected forms
("Soldaten", "солдат", "militaires") need one table entry each.

Example:
    >>> scan_noun("3,000 soldiers", 5)
    ('persons', 14)
"""

from __future__ import annotations

import re

from tracker.lexicon.figure_words import COUNTED_STEMS, MEASURE_WORDS, PERSON_STEMS

__all__ = ["MEASURE_UNITS", "WORD_RE", "noun_unit", "scan_noun"]

_STEM_EXACT: dict[str, str] = {}


_STEM_PREFIX: dict[str, str] = {}


for _s in PERSON_STEMS:
    if len(_s) <= 4:
        for _v in (_s, _s + "s", _s + "es"):
            _STEM_EXACT.setdefault(_v, "persons")
    else:
        _STEM_PREFIX.setdefault(_s, "persons")


for _s, _u in COUNTED_STEMS.items():
    if len(_s) <= 4:
        for _v in (_s, _s + "s", _s + "es"):
            _STEM_EXACT.setdefault(_v, _u)
    else:
        _STEM_PREFIX.setdefault(_s, _u)
_STEM_LENS = sorted({len(k) for k in _STEM_PREFIX}, reverse=True)
_MULTI = {k for k in list(_STEM_PREFIX) + list(_STEM_EXACT) if " " in k}
WORD_RE = re.compile(
    r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d|[.;:!?()\[\]/]|(?<=\s),(?=\s)",
)
_STOP_WORDS = frozenset({"and", "or", "und", "et", "y", "e", "i", "и", "і", "та", "but"})


_NOUN_CACHE: dict[str, str | None] = {}


def noun_unit(word: str) -> str | None:
    """The unit a noun counts ("soldiers" -> "persons", "shells" -> "shells"), or None.

    Example:
        >>> noun_unit("Soldaten"), noun_unit("houses")
        ('persons', None)
    """
    try:
        return _NOUN_CACHE[word]
    except KeyError:
        pass
    if len(_NOUN_CACHE) > 50000:
        _NOUN_CACHE.clear()
    hit = _NOUN_CACHE[word] = _noun_unit_uncached(word)
    return hit


def _noun_unit_uncached(word: str) -> str | None:
    w = word.lower()
    if w.startswith("ال") and len(w) > 4:
        hit = _STEM_EXACT.get(w) or _STEM_PREFIX.get(w)
        if hit:
            return hit
        w2 = w[2:]
    else:
        w2 = w
    hit = _STEM_EXACT.get(w)
    if hit:
        return hit
    for n in _STEM_LENS:
        if n <= len(w2):
            hit = _STEM_PREFIX.get(w2[:n])
            if hit:
                return hit
    return None


_CALIBRE_SKIP = re.compile(
    r"\d+(?:[.,]\d+)?\s?-?\s?(?:mm|millimet(?:er|re)s?|мм|cm|calib(?:er|re)|inch)\b",
)


def scan_noun(text: str, pos: int, limit: int = 5) -> tuple[str | None, int]:
    """The unit named by the first noun within `limit` words after `pos`, and its end.

    Example:
        >>> scan_noun("500 more shells", 3)
        ('shells', 15)
    """
    prev = ""
    count = 0
    stop = min(len(text), pos + 80)
    p = pos
    while True:
        m = WORD_RE.search(text, p, stop)
        if m is None:
            break
        p = m.end()
        w = m.group()
        if w[0].isdigit():
            cm = _CALIBRE_SKIP.match(text, m.start())
            if cm:
                p = cm.end()
                continue
            return None, pos
        if not w[0].isalpha():
            return None, pos
        lw = w.lower()
        if lw in _STOP_WORDS and count:
            return None, pos
        if prev and (prev + " " + lw) in _MULTI:
            return noun_unit(prev + " " + lw) or noun_unit(lw), m.end()
        u = noun_unit(w)
        if u:
            return u, m.end()
        prev = lw
        count += 1
        if count >= limit:
            break
    return None, pos


MEASURE_UNITS = frozenset(set(MEASURE_WORDS.values()) | {"years_of_age"})
