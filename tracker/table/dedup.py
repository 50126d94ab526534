"""The duplicate index of a ledger: canonical URLs and text hashes -> report file.

Refusing a duplicate used to mean parsing every report file. The index keeps, per report
file, its size, modification time, canonical URL (:func:`tracker.table.urls.canonical_url`)
and the SHA-256 of its stored text, in ``<data>/.cache/duplicates.json``. It is data, not
the source of truth: on every open the report folder is listed, and any file whose name,
size or modification time differs from the index is read again (a missing or unreadable
index is rebuilt from all files); removed files are dropped. Opening the index of a
10,000-report ledger that has not changed costs one folder listing and one JSON read.

Example:
    >>> import tempfile, pathlib
    >>> data = pathlib.Path(tempfile.mkdtemp()) / "data"
    >>> _ = (data / "reports").mkdir(parents=True)
    >>> _ = (data / "reports" / "a.yaml").write_text("id: a\\nurl: http://www.example.org/x/\\n")
    >>> index = open_index(data)
    >>> index.by_url("https://example.org/x")
    'a.yaml'
    >>> (data / ".cache" / "duplicates.json").exists()
    True
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tracker import paths
from tracker.errors import ValidationError
from tracker.table.files import atomic_write, sha256_hex
from tracker.table.urls import canonical_url

INDEX_VERSION = 1
INDEX_NAME = "duplicates.json"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: One report file in the index: size, mtime (ns), canonical URL, text hash.
Entry = tuple[int, int, str | None, str | None]


@dataclass(frozen=True)
class Match:
    """A report already in the ledger: why it matched (``url`` or ``text``) and its file."""

    kind: str
    file: str


def index_path(data: Path | str) -> Path:
    """Where the duplicate index of a ledger folder lives (its cache folder).

    Example:
        >>> index_path("data").as_posix()
        'data/.cache/duplicates.json'
    """
    return Path(data) / ".cache" / INDEX_NAME


class DuplicateIndex:
    """Canonical URLs and text hashes of a ledger's report files (see the module notes)."""

    def __init__(self, data: Path, entries: dict[str, Entry]):
        self.data = data
        self.entries = entries
        self._urls = {e[2]: name for name, e in sorted(entries.items()) if e[2]}
        self._texts = {e[3]: name for name, e in sorted(entries.items()) if e[3]}

    def by_url(self, url: str | None) -> str | None:
        """The report file holding this URL (compared in canonical form), or ``None``."""
        canonical = canonical_url(url)
        return self._urls.get(canonical) if canonical else None

    def by_text(self, text_hash: str | None) -> str | None:
        """The report file whose stored text has this SHA-256, or ``None``."""
        return self._texts.get(text_hash) if text_hash else None

    def find(self, url: str | None, text_hash: str | None) -> Match | None:
        """The first report that makes a new one a duplicate (URL first, then text)."""
        if name := self.by_url(url):
            return Match("url", name)
        if name := self.by_text(text_hash):
            return Match("text", name)
        return None

    def record(self, path: Path | str) -> None:
        """Index one report file just written, and save the index."""
        path = Path(path)
        self._set(path.name, _entry(path, os.stat(path), self.data.parent))
        save_index(self)

    def _set(self, name: str, entry: Entry) -> None:
        self.entries[name] = entry
        if entry[2]:
            self._urls.setdefault(entry[2], name)
        if entry[3]:
            self._texts.setdefault(entry[3], name)


def open_index(data: Path | str | None = None) -> DuplicateIndex:
    """The ledger's duplicate index, brought in step with its report files (and saved if not).

    Raises :class:`ValidationError` naming a report file that cannot be read as YAML.
    """
    data = Path(data) if data else paths.data_dir()
    stored = _read(index_path(data))
    listing = _listing(paths.reports_dir(data))
    entries: dict[str, Entry] = {}
    changed = stored is None or len(stored) != len(listing)
    problems = []
    for name, stat in listing.items():
        old = (stored or {}).get(name)
        if old is not None and old[0] == stat.st_size and old[1] == stat.st_mtime_ns:
            entries[name] = old
            continue
        changed = True
        try:
            entries[name] = _entry(paths.reports_dir(data) / name, stat, data.parent)
        except ValidationError as err:
            problems.extend(err.problems)
    if problems:
        raise ValidationError(problems)
    index = DuplicateIndex(data, entries)
    if changed:
        save_index(index)
    return index


def save_index(index: DuplicateIndex) -> None:
    """Write the index atomically; a read-only ledger keeps working without it."""
    payload = {
        "version": INDEX_VERSION,
        "reports": {name: list(entry) for name, entry in sorted(index.entries.items())},
    }
    with contextlib.suppress(OSError):
        atomic_write(index_path(index.data), json.dumps(payload, separators=(",", ":")))


def _read(path: Path) -> dict[str, Entry] | None:
    try:
        payload = json.loads(path.read_bytes())
        if payload.get("version") != INDEX_VERSION:
            return None
        return {name: tuple(entry) for name, entry in payload["reports"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _listing(folder: Path) -> dict[str, os.stat_result]:
    if not folder.is_dir():
        return {}
    with os.scandir(folder) as entries:
        return {e.name: e.stat() for e in entries if e.name.endswith(".yaml") and e.is_file()}


def _entry(path: Path, stat: os.stat_result, root: Path) -> Entry:
    """Index entry of one report file: its URL and the hash of the text it points at."""
    try:
        report = yaml.load(path.read_bytes(), Loader=_Loader)
    except yaml.YAMLError as err:
        raise ValidationError([f"{path}: not valid YAML: {err}"]) from None
    except UnicodeDecodeError as err:
        raise ValidationError([f"{path}: not UTF-8 text: {err}"]) from None
    if not isinstance(report, dict):
        raise ValidationError([f"{path}: a report file must be a mapping of keys"])
    url = canonical_url(report.get("url"))
    return (stat.st_size, stat.st_mtime_ns, url, _text_hash(report, root))


def _text_hash(report: dict[str, Any], root: Path) -> str | None:
    text = report.get("text")
    if not text:
        return None
    try:
        return sha256_hex((root / str(text)).read_bytes())
    except OSError:
        return None
