"""Regex alternations of word tables, compiled as tries so long tables match fast.

Python's regex engine tries the branches of ``a|b|c`` one after another; a table of 300 cue
phrases then costs 300 failed branch attempts at every position. :func:`alternation` writes
the same language as a trie (``more(?:\\s+than|)``), which fails after one or two characters.
Semantics match a longest-first alternation: at each point the longer continuation is tried
before the phrase ends there.

Example:
    >>> alternation(["more than", "more", "over"])
    '(?:more(?:\\\\s+than(?![^\\\\W\\\\d_])|(?![^\\\\W\\\\d_]))|over(?![^\\\\W\\\\d_]))'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LETTER", "alternation", "fold_case", "is_cjk", "lead_bounded"]

LETTER = r"[^\W\d_]"
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SPACE = " "
_END = ""


def is_cjk(ch: str) -> bool:
    """True for a kana, CJK ideograph or Hangul character.

    Example:
        >>> is_cjk("만"), is_cjk("m")
        (True, False)
    """
    return _CJK_CHAR.match(ch) is not None


def _fold(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold_case(text: str) -> str:
    """Lower-case `text` character by character, keeping its length (and so its offsets).

    Searching folded text with a folded pattern is several times faster than searching with
    ``re.IGNORECASE``. A character whose lower case is longer ("İ") stays as it is, as it
    does in :func:`alternation`.

    Example:
        >>> fold_case("At Least 3,000"), len(fold_case("İx"))
        ('at least 3,000', 2)
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(map(_fold, text))


def _emit(node: dict, boundary: bool, last: str) -> str:
    parts = []
    for key in sorted(k for k in node if k != _END):
        pat = r"\s+" if key == _SPACE else re.escape(key)
        parts.append(pat + _emit(node[key], boundary, key))
    if _END in node:
        needs = boundary and (last.isalpha() or last == "'") and not is_cjk(last)
        parts.append(rf"(?!{LETTER})" if needs else "")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def alternation(
    phrases: Iterable[str],
    *,
    reverse: bool = False,
    boundary_after: bool = True,
    fold: bool = True,
) -> str:
    """A regex matching any of `phrases`, longest first, spaces matching any whitespace.

    Args:
        phrases: The phrases (empty strings are ignored).
        reverse: Write each phrase backwards, to match at the start of a reversed prefix;
            the word boundary then guards the phrase's first character.
        boundary_after: Require that a phrase ending in a (non-CJK) letter is not followed by
            another letter.
        fold: Lower-case the phrases (for patterns compiled with ``re.IGNORECASE``).

    Returns:
        A regex group, or a never-matching pattern when there are no phrases.

    Example:
        >>> bool(re.match(alternation(["at least"]), "at  least 3"))
        True
    """
    root: dict = {}
    for p in phrases:
        if not p:
            continue
        q = p[::-1] if reverse else p
        node = root
        for ch in q:
            key = _SPACE if ch == " " else (_fold(ch) if fold else ch)
            node = node.setdefault(key, {})
        node[_END] = True
    if not root:
        return "(?!x)x"
    body = _emit(root, boundary_after, "")
    return body if body.startswith("(?:") else f"(?:{body})"


def lead_bounded(phrases: Iterable[str]) -> str:
    """Alternation where phrases starting with a non-CJK letter must start a word.

    Example:
        >>> bool(re.search(lead_bounded(["tens of"]), "attens of")), lead_bounded([])
        (False, '(?!x)x')
    """
    items = [p for p in phrases if p]
    plain = [p for p in items if not is_cjk(p[0])]
    cjk = [p for p in items if is_cjk(p[0])]
    parts = []
    if plain:
        parts.append(rf"(?<!{LETTER}){alternation(plain)}")
    if cjk:
        parts.append(alternation(cjk))
    return "|".join(parts) if parts else "(?!x)x"
