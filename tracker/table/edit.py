"""Edit claims in a report file the way an analyst would: only the claim's own lines change.

A review decision sets a few keys of one claim (``review: accepted``, ``metric: killed``).
Rewriting the whole file from parsed data would drop the analyst's comments, blank lines,
key order and quoting. Here the file is read with ruamel.yaml's round-trip loader (which
keeps comments and order), the claim is changed in place, the document is dumped, and then
only the changed claims' blocks of lines are spliced from the dump into the original text:
every other line stays byte for byte as it was. The result is read back as the ledger reads
it and compared with the intended data; if the splice would not give exactly that, the
whole round-trip dump is used instead (still keeping comments), and if that is wrong too,
:class:`EditError` is raised and nothing is written.

Rules:

- a key already in the claim is set in place (its end-of-line comment stays);
- a new key goes in the documented order (:data:`tracker.claims.rows.CLAIM_KEYS`) after the
  claim's keys that come before it; a comment below the claim's last line stays below;
- the value ``None`` removes a key.

Example:
    >>> text = "id: r\\nclaims:\\n- figure: 3,000  # NIS\\n  review: pending\\n"
    >>> print(edit_claims(text, {0: {"review": "accepted"}}), end="")
    id: r
    claims:
    - figure: 3,000  # NIS
      review: accepted
"""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelYAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from tracker.claims.rows import CLAIM_KEYS

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class EditError(ValueError):
    """A report file cannot be edited as asked (not a report, no such claim, bad YAML)."""


def edit_claims(text: str, changes: Mapping[int, Mapping[str, Any]], where: str = "report") -> str:
    """The report ``text`` with the keys of claims set (``{index: {key: value}}``).

    ``index`` counts claims from 0 in file order; a value of ``None`` removes the key.
    Lines outside the changed claims are kept byte for byte.

    Example:
        >>> text = "claims:\\n- figure: a\\n  metric: other # why\\n- figure: b\\n"
        >>> print(edit_claims(text, {1: {"metric": "killed"}}), end="")
        claims:
        - figure: a
          metric: other # why
        - figure: b
          metric: killed
    """
    if not changes:
        return text
    if "\r\n" in text:  # work on LF lines, give back CRLF lines
        edited = edit_claims(text.replace("\r\n", "\n"), changes, where)
        return edited.replace("\n", "\r\n")
    rt, doc = _load(text, where)
    claims = _claims(doc, where)
    for index in changes:
        if not 0 <= index < len(claims) or not isinstance(claims[index], CommentedMap):
            raise EditError(f"{where}: no claim {index + 1} to edit ({len(claims)} claims)")
    old_ranges = _claim_lines(doc, text)
    for index, keys in changes.items():
        for key, value in keys.items():
            _set(claims[index], key, value)
    dumped = _dump(rt, doc)
    want = _expected(text, changes)
    spliced = _splice(text, dumped, old_ranges, sorted(changes), where)
    if spliced is not None and _plain(spliced) == want:
        return spliced
    if _plain(dumped) == want:
        return dumped
    raise EditError(f"{where}: the edited file would not read back as intended; not written")


# --------------------------------------------------------------------------- reading


def _load(text: str, where: str) -> tuple[YAML, Any]:
    """A round-trip loader set to the file's own indentation, and the loaded document."""
    try:
        _, indent, offset = load_yaml_guess_indent(text)
        rt = YAML(typ="rt")
        rt.preserve_quotes = True
        rt.width = 4096  # never re-wrap a long line
        rt.indent(mapping=indent or 2, sequence=indent or 2, offset=offset or 0)
        rt.representer.add_representer(type(None), _represent_null)
        doc = rt.load(text)
    except RuamelYAMLError as err:
        raise EditError(f"{where}: not valid YAML: {err}") from None
    if not isinstance(doc, CommentedMap):
        raise EditError(f"{where}: a report file must be a mapping of keys")
    return rt, doc


def _represent_null(representer: Any, _data: None) -> Any:
    """Write ``null`` (as the ledger writes it), not an empty value."""
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _claims(doc: CommentedMap, where: str) -> CommentedSeq:
    claims = doc.get("claims")
    if not isinstance(claims, CommentedSeq):
        raise EditError(f"{where}: field 'claims' must be a list of claims")
    return claims


def _plain(text: str) -> Any:
    """The data of a YAML text as the ledger reads it (PyYAML safe loader)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return None


def _expected(text: str, changes: Mapping[int, Mapping[str, Any]]) -> Any:
    """What the edited file must read back as: the old data with the changes applied."""
    data = _plain(text)
    for index, keys in changes.items():
        claim = data["claims"][index]
        for key, value in keys.items():
            if value is None:
                claim.pop(key, None)
            else:
                claim[key] = value
    return data


# --------------------------------------------------------------------------- editing


def _set(claim: CommentedMap, key: str, value: Any) -> None:
    """Set, add (in documented order) or remove (``None``) one key of a claim."""
    if value is None:
        if key in claim:
            _remove(claim, key)
        return
    if key in claim:
        claim[key] = value
        return
    position = _position(list(claim), key)
    if position == len(claim) and len(claim):
        _append(claim, key, value)
    else:
        claim.insert(position, key, value)


def _position(keys: list[Any], key: str) -> int:
    """Where a new key goes: after the last present key that the documented order puts first."""
    order = {k: i for i, k in enumerate(CLAIM_KEYS)}
    rank = order.get(key, len(order))
    before = [i for i, k in enumerate(keys) if order.get(k, len(order)) < rank]
    return max(before) + 1 if before else 0


def _append(claim: CommentedMap, key: str, value: Any) -> None:
    """Add a key after the claim's last one; comment lines below the claim stay below it."""
    last = list(claim)[-1]
    claim.insert(len(claim), key, value)
    below = _split_comment(claim, last)
    if below is not None:
        claim.ca.items[key] = [None, None, below, None]


def _remove(claim: CommentedMap, key: str) -> None:
    """Remove a key; comment lines below it move to the key before it."""
    keys = list(claim)
    at = keys.index(key)
    below = _split_comment(claim, key)
    del claim[key]
    claim.ca.items.pop(key, None)
    if below is None or at == 0:
        return
    previous = keys[at - 1]
    entry = claim.ca.items.setdefault(previous, [None, None, None, None])
    if entry[2] is None:
        entry[2] = below
    else:
        entry[2].value = entry[2].value + below.value[1:]


def _split_comment(claim: CommentedMap, key: Any) -> Any:
    """Cut the comment lines after ``key``'s line off its comment; return them (or ``None``).

    The end-of-line comment stays with ``key``. The returned token starts with a newline
    (no end-of-line part), ready to hang below another key.
    """
    entry = claim.ca.items.get(key)
    token = entry[2] if entry and len(entry) > 2 else None
    if token is None:
        return None
    head, _, rest = token.value.partition("\n")
    if not rest:
        return None
    below = copy.copy(token)
    below.value = "\n" + rest
    if head.strip():
        token.value = head + "\n"
    else:
        entry[2] = None
    return below


def _dump(rt: YAML, doc: Any) -> str:
    buffer = io.StringIO()
    rt.dump(doc, buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- splicing


def _claim_lines(doc: CommentedMap, text: str) -> list[tuple[int, int]]:
    """The ``[first, end)`` line range of each claim in ``text`` (comments below included)."""
    claims = doc["claims"]
    lines = text.splitlines(keepends=True)
    starts = [_dash_line(lines, claims.lc.item(i)[0]) for i in range(len(claims))]
    claims_line = doc.lc.key("claims")[0]
    after = [doc.lc.key(k)[0] for k in doc if doc.lc.key(k)[0] > claims_line]
    stop = min(after) if after else len(lines)
    ends = [*starts[1:], stop]
    return list(zip(starts, ends, strict=True))


def _dash_line(lines: list[str], line: int) -> int:
    """The line of the ``-`` that opens a sequence item whose content starts on ``line``."""
    while line > 0 and not lines[line].lstrip().startswith("-"):
        line -= 1
    return line


def _splice(
    old: str, new: str, old_ranges: list[tuple[int, int]], changed: list[int], where: str
) -> str | None:
    """``old`` with the changed claims' line blocks replaced by theirs from ``new``."""
    try:
        _, doc = _load(new, where)
    except EditError:
        return None
    new_ranges = _claim_lines(doc, new)
    if len(new_ranges) != len(old_ranges):
        return None
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    trailing = not old_lines or old_lines[-1].endswith("\n")
    if not trailing:
        old_lines[-1] += "\n"
    for index in sorted(changed, reverse=True):
        (a, b), (c, d) = old_ranges[index], new_ranges[index]
        if a >= b or c >= d:
            return None  # a flow-style list: no lines of its own to splice
        old_lines[a:b] = new_lines[c:d]
    result = "".join(old_lines)
    return result if trailing else result.rstrip("\n")
