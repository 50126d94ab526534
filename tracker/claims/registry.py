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
import io
import re
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

    def __init__(self, sources: Iterable[Source], origin: str = "data/sources.csv"):
        self.origin = origin
        self.sources: dict[str, Source] = {}
        self._by_alias: dict[str, str] = {}
        problems: list[str] = []
        for line, src in enumerate(sources, start=2):
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
    def from_rows(cls, rows: Iterable[Mapping[str, str]], origin: str = "<rows>") -> Registry:
        """Build a registry from dict rows with the ``sources.csv`` columns."""
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
        return cls(sources, origin)

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


def load_registry(path: Path | str) -> Registry:
    """Read ``sources.csv``; raise :class:`ValidationError` naming every bad line.

    Example:
        >>> from tracker.paths import data_dir
        >>> len(load_registry(data_dir() / "sources.csv")) > 0
        True
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REGISTRY_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError([f"{path}: missing column(s) {missing}"])
    return Registry.from_rows(reader, origin=str(path))
