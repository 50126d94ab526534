"""The claimant registry (``data/sources.csv``): canonical names, aliases and grades.

Each row names one claimant, the aliases reports use for it in any language, its type,
side, country and default source reliability (A-F). :func:`resolve` turns the words of a
report ("국정원", "the NIS") into the canonical name.

Example:
    >>> reg = Registry.from_rows([{"name": "South Korea NIS", "aliases": "NIS|국정원",
    ...     "type": "intelligence", "side": "ukraine_aligned", "country": "KR",
    ...     "reliability": "B", "reason": "official agency"}])
    >>> reg.resolve("국정원").name
    'South Korea NIS'
"""

from __future__ import annotations

import csv
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker.claims.vocabulary import CLAIMANT_TYPES, RELIABILITY, SIDES
from tracker.errors import ValidationError

REGISTRY_COLUMNS = ("name", "aliases", "type", "side", "country", "reliability", "reason")

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s\"'«»“”„‘’.,:;()]+|[\s\"'«»“”„‘’.,:;()]+$")
_ARTICLE = re.compile(r"^(the|die|der|das|le|la|les|el|los|il)\s+", re.IGNORECASE)


def alias_key(words: str) -> str:
    """Normalise claimant words for matching: NFKC, case-folded, spaces and edge quotes trimmed.

    A leading article ("the", "die", "le" ...) is dropped.

    Example:
        >>> alias_key('  The  "Moscow Times" ')
        'moscow times'
    """
    text = unicodedata.normalize("NFKC", words).casefold()
    text = _SPACE.sub(" ", _EDGE.sub("", text))
    return _EDGE.sub("", _ARTICLE.sub("", text))


@dataclass(frozen=True)
class Source:
    """One registry row."""

    name: str
    aliases: tuple[str, ...]
    type: str
    side: str
    country: str
    reliability: str
    reason: str


class Registry:
    """Claimants by canonical name, with alias lookup."""

    def __init__(
        self,
        sources: Iterable[Source],
        origin: str = "data/sources.csv",
        lines: Iterable[int] | None = None,
    ):
        self.origin = origin
        self.sources: dict[str, Source] = {}
        self._by_alias: dict[str, str] = {}
        problems: list[str] = []
        numbers = iter(lines) if lines is not None else None
        for count, src in enumerate(sources, start=2):
            line = next(numbers, count) if numbers is not None else count
            problems += _check_row(src, f"{origin}: line {line}")
            if src.name in self.sources:
                problems.append(f"{origin}: line {line}: duplicate name {src.name!r}")
            self.sources[src.name] = src
            for words in (src.name, *src.aliases):
                key = alias_key(words)
                other = self._by_alias.get(key)
                if other is not None and other != src.name:
                    problems.append(f"{origin}: line {line}: alias {words!r} also names {other!r}")
                self._by_alias[key] = src.name
        if problems:
            raise ValidationError(problems)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Mapping[str, str]],
        origin: str = "<rows>",
        lines: Iterable[int] | None = None,
    ) -> Registry:
        """Build a registry from dict rows with the ``sources.csv`` columns.

        ``lines`` gives each row's line number in its file, for the error messages.
        """
        sources = []
        for row in rows:
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            sources.append(
                Source(
                    name=(row.get("name") or "").strip(),
                    aliases=aliases,
                    type=(row.get("type") or "").strip(),
                    side=(row.get("side") or "").strip(),
                    country=(row.get("country") or "").strip(),
                    reliability=(row.get("reliability") or "").strip(),
                    reason=(row.get("reason") or "").strip(),
                )
            )
        return cls(sources, origin, lines)

    def resolve(self, words: str | None) -> Source | None:
        """The registry row named by ``words`` (canonical name or alias), or None.

        Example:
            >>> reg = Registry.from_rows([{"name": "Kremlin", "aliases": "Peskov",
            ...     "type": "government", "side": "russia_aligned", "country": "RU",
            ...     "reliability": "D", "reason": "party to the war"}])
            >>> reg.resolve("peskov").name, reg.resolve("nobody")
            ('Kremlin', None)
        """
        if not words:
            return None
        name = self._by_alias.get(alias_key(words))
        return self.sources[name] if name else None

    def __len__(self) -> int:
        return len(self.sources)


def _check_row(src: Source, where: str) -> list[str]:
    problems = []
    if not src.name:
        problems.append(f"{where}: field 'name' is empty")
    for field, vocab in (("type", CLAIMANT_TYPES), ("side", SIDES), ("reliability", RELIABILITY)):
        value = getattr(src, field)
        if value not in vocab:
            problems.append(f"{where}: field {field!r}: {value!r} not in {list(vocab)}")
    return problems


#: Largest registry file read (bytes).
MAX_REGISTRY_BYTES = 8 << 20


def load_registry(path: Path | str) -> Registry:
    """Read ``sources.csv``; raise :class:`ValidationError` naming every bad line.

    The file must be a regular UTF-8 file (not a folder, FIFO or device, at most
    :data:`MAX_REGISTRY_BYTES`); see :func:`parse_registry` for the rows.

    Example:
        >>> from tracker.paths import data_dir
        >>> len(load_registry(data_dir() / "sources.csv")) > 0
        True
    """
    path = Path(path)
    real = path.resolve()
    if path.is_symlink() and real.parent != path.absolute().parent.resolve():
        raise ValidationError([f"{path}: a link leading out of its folder ({real})"])
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ValidationError([f"{path}: the claimant registry is missing"]) from None
    except OSError as err:
        raise ValidationError([f"{path}: cannot read: {err.strerror or err}"]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise ValidationError([f"{path}: the claimant registry is {kind}"])
        if info.st_size > MAX_REGISTRY_BYTES:
            raise ValidationError([f"{path}: more than {MAX_REGISTRY_BYTES:,} bytes"])
        with os.fdopen(os.dup(fd), "rb") as handle:
            raw = handle.read(MAX_REGISTRY_BYTES + 1)
    finally:
        os.close(fd)
    return parse_registry(raw, str(path))


def parse_registry(raw: bytes, origin: str) -> Registry:
    """A registry from the bytes of a ``sources.csv``, read strictly.

    One header row with exactly the columns of :data:`REGISTRY_COLUMNS`; every row has as
    many fields as the header; a quote opened in a row closes in the same row (a field
    never runs across lines, so an unclosed quote cannot swallow the rows after it). Each
    problem names the line.

    Example:
        >>> parse_registry(b"name,aliases\\n", "s.csv")
        Traceback (most recent call last):
        tracker.errors.ValidationError: 1 problem in the claims ledger:
          - s.csv: line 1: the header must be name,aliases,type,side,country,reliability,reason
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValidationError(
            [f"{origin}: not UTF-8 text ({err.reason} at byte {err.start})"]
        ) from None
    problems: list[str] = []
    rows: list[dict[str, str]] = []
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if not lines or next(csv.reader([lines[0]])) != list(REGISTRY_COLUMNS):
        raise ValidationError(
            [f"{origin}: line 1: the header must be {','.join(REGISTRY_COLUMNS)}"]
        )
    lines_of_rows: list[int] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as err:
            problems.append(f"{origin}: line {number}: {err} (a quote opened and not closed?)")
            continue
        if _open_quote(line):
            problems.append(f"{origin}: line {number}: a quote opened and not closed")
            continue
        if len(fields) != len(REGISTRY_COLUMNS):
            problems.append(
                f"{origin}: line {number}: {len(fields)} fields, the header has "
                f"{len(REGISTRY_COLUMNS)}"
            )
            continue
        rows.append(dict(zip(REGISTRY_COLUMNS, fields, strict=True)))
        lines_of_rows.append(number)
    if problems:
        raise ValidationError(problems)
    return Registry.from_rows(rows, origin=origin, lines=lines_of_rows)


def _open_quote(line: str) -> bool:
    """True when a field of ``line`` opens a quote that the line does not close."""
    inside = False
    at_start = True
    i = 0
    while i < len(line):
        ch = line[i]
        if inside:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    i += 1
                else:
                    inside = False
        elif ch == '"' and at_start:
            inside = True
        at_start = ch == ","
        i += 1
    return inside
