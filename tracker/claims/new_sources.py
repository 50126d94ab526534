"""Named sources missing from the registry: proposed as new ``sources.csv`` rows, never dropped.

Extraction resolves a claimant's words through the registry (``data/sources.csv``). When a
report names a source the registry does not know ("the newspaper Hankyoreh", "госсекретарь
США Энтони Блинкен"), the proposal keeps those words as its claimant and this module
proposes the registry row to add: the name, a type guessed from the words (per-language
``SOURCE_TYPES`` in :mod:`tracker.lexicon.cues`), side ``unknown``, country ``XX``,
reliability ``F`` (cannot be judged yet) and a reason naming the report's language. The add
path appends the rows atomically (:func:`append_sources`) so the report loads; the analyst
then edits the row (aliases, side, grade) like any other.

Example:
    >>> guess_source("Daily NK", "en").type
    'media'
    >>> guess_source("Министерство обороны Литвы", "ru").type
    'government'
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tracker.claims.registry import REGISTRY_COLUMNS, Registry, Source, alias_key
from tracker.claims.vocabulary import UNATTRIBUTED
from tracker.lexicon import cues

#: Flag on a proposal whose claimant is a proposed new registry row.
NEW_SOURCE_FLAG = "claimant-new-source"
_SPACE = re.compile(r"\s+")


def guess_type(words: str, lang: str) -> str:
    """A claimant type for new source words, from the language's ``SOURCE_TYPES`` patterns.

    English patterns are tried after the language's own (names are often quoted in
    English); ``government`` when nothing fits.

    Example:
        >>> guess_type("Yonhap news agency", "en"), guess_type("영국 국방정보국", "ko")
        ('media', 'intelligence')
    """
    tables = [cues.SOURCE_TYPES.get(lang, {}), cues.SOURCE_TYPES.get("en", {})]
    for table in tables:
        for kind, rx in table.items():
            if re.search(rx, words, re.IGNORECASE):
                return kind
    return "government"


def guess_source(words: str, lang: str, context: str | None = None) -> Source:
    """The registry row proposed for a named source the registry lacks.

    ``context`` is the fuller phrase the name came from ("the newspaper Pyongyang Watch"),
    used to guess the type.

    Example:
        >>> src = guess_source("  RBC-Ukraine ", "uk", "видання RBC-Ukraine")
        >>> src.name, src.type
        ('RBC-Ukraine', 'media')
    """
    name = _SPACE.sub(" ", words).strip()
    return Source(
        name=name,
        aliases=(),
        type=guess_type(context or name, lang),
        side="unknown",
        country="XX",
        reliability="F",
        reason=f"proposed by extraction from a report in {lang}; check side, country and grade",
    )


def new_source_rows(
    proposals: Any, registry: Registry | None, lang: str | None = None
) -> list[dict[str, str]]:
    """The ``sources.csv`` rows to append for the proposals' claimants the registry lacks.

    ``proposals`` is a claims table (DataFrame) or a list of row dicts; a claimant already
    in the registry, ``unattributed`` and repeats are skipped. Each row's language is the
    proposal's ``language`` (else ``lang``).

    Example:
        >>> rows = new_source_rows([{"claimant": "Daily NK", "language": "en"},
        ...                         {"claimant": "daily nk", "language": "en"}], None)
        >>> [(r["name"], r["type"], r["reliability"]) for r in rows]
        [('Daily NK', 'media', 'F')]
    """
    rows = proposals.to_dict(orient="records") if hasattr(proposals, "to_dict") else proposals
    seen: set[str] = set()
    out: list[dict[str, str]] = []
    for row in rows:
        name = str(row.get("claimant") or "").strip()
        key = alias_key(name)
        if not name or key == alias_key(UNATTRIBUTED) or key in seen:
            continue
        if registry is not None and registry.resolve(name) is not None:
            continue
        seen.add(key)
        context = str(row.get("claimant_text") or "") or None  # the words the name came from
        src = guess_source(name, str(row.get("language") or lang or "en"), context)
        out.append(_as_row(src))
    return out


def _as_row(src: Source) -> dict[str, str]:
    return {
        "name": src.name,
        "aliases": "|".join(src.aliases),
        "type": src.type,
        "side": src.side,
        "country": src.country,
        "reliability": src.reliability,
        "reason": src.reason,
    }


def append_sources(path: Path | str, rows: Iterable[Mapping[str, str]]) -> int:
    """Append registry rows to ``sources.csv`` atomically and under a lock; return how many.

    Rows whose name (or an alias of an existing row) is already present are skipped, so
    appending twice adds nothing. The new file replaces the old one in one rename.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "sources.csv"
        >>> _ = p.write_text(",".join(REGISTRY_COLUMNS) + "\\n", encoding="utf-8")
        >>> append_sources(p, new_source_rows([{"claimant": "Daily NK"}], None))
        1
        >>> append_sources(p, [_as_row(guess_source("Daily NK", "en"))])
        0
    """
    path = Path(path)
    with _locked(path):
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if not text.strip():
            text = ",".join(REGISTRY_COLUMNS) + "\n"
        known = {alias_key(n) for n in _names(text)}
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(REGISTRY_COLUMNS), lineterminator="\n")
        added = 0
        for row in rows:
            key = alias_key(str(row.get("name") or ""))
            if not key or key in known:
                continue
            known.add(key)
            writer.writerow({c: row.get(c, "") for c in REGISTRY_COLUMNS})
            added += 1
        if added:
            if not text.endswith("\n"):
                text += "\n"
            _atomic_write(path, text + buf.getvalue())
        return added


def _names(text: str) -> list[str]:
    names = []
    for row in csv.DictReader(io.StringIO(text)):
        names.append(row.get("name") or "")
        names += [a for a in (row.get("aliases") or "").split("|") if a.strip()]
    return names


def _atomic_write(path: Path, content: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _locked:
    """An exclusive lock on ``<path>.lock`` for the duration of a ``with`` block."""

    def __init__(self, path: Path) -> None:
        self.lock = path.with_name(path.name + ".lock")
        self.handle: Any = None

    def __enter__(self) -> None:
        import fcntl

        self.lock.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.lock, "a+")  # noqa: SIM115 - closed in __exit__
        fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        import fcntl

        fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
        self.handle.close()


def claims_for_report(
    proposals: Any, data_dir: Path | str, *, accept: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Report-file claims from proposals, with the registry rows their new sources need.

    The one path every "save these proposals" takes (``tracker add``, a fetched page, a
    scan's results): a named source missing from ``DATA/sources.csv`` is appended there
    (:func:`append_sources`, once per name) before the claims are returned, so the report
    loads and the claimant is never dropped to ``unattributed``. ``accept`` marks every
    claim accepted instead of pending. Returns the claims and the rows appended.

    Example:
        >>> claims_for_report([], "/tmp/nowhere")
        ([], [])
    """
    from tracker.claims.extract import to_report_claims
    from tracker.claims.registry import load_registry

    records = to_report_claims(proposals)
    if accept:
        for record in records:
            record["review"] = "accepted"
    if not records:
        return records, []
    registry_file = Path(data_dir) / "sources.csv"
    registry = load_registry(registry_file) if registry_file.exists() else None
    rows = new_source_rows(proposals, registry)
    if rows:
        append_sources(registry_file, rows)
    return records, rows
