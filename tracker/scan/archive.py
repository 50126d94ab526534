"""An archive of articles as partitions: Parquet row groups and JSONL byte blocks.

An archive is a Parquet file, a JSONL file (one JSON object a line) or a folder of such
files (``*.parquet``, ``*.jsonl``, ``*.json``, ``*.ndjson``, read in name order). Each
article has ``url`` and ``text``, and ``published``, ``language`` and ``outlet`` when known.

A partition is one Parquet row group or one block of a JSONL file (whole lines whose first
byte lies in ``[start, end)``), so a worker reads only its own part of the archive and the
archive is never loaded whole.

Example:
    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [json.dumps({"url": f"https://example.org/{n}", "text": "x"}) for n in range(3)]
    >>> _ = (folder / "a.jsonl").write_text("\\n".join(lines) + "\\n")
    >>> parts = partitions(folder, block_bytes=40)
    >>> [len(read_partition(p).articles) for p in parts]
    [1, 1, 1, 0]
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("url", "text", "published", "language", "outlet")
REQUIRED = ("url", "text")
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
BLOCK_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: a Parquet row group (``index``) or a JSONL byte block."""

    path: str
    kind: str  # parquet | jsonl
    index: int = 0
    start: int = 0
    end: int = 0

    @property
    def label(self) -> str:
        """A short name for errors and progress: ``file.parquet#3`` or ``file.jsonl@0``.

        Example:
            >>> Partition("/x/a.parquet", "parquet", 3).label
            'a.parquet#3'
        """
        name = Path(self.path).name
        return f"{name}#{self.index}" if self.kind == "parquet" else f"{name}@{self.start}"


@dataclass
class Batch:
    """The articles of one partition, and the problems met reading it (one dict each).

    A line that could not be read stands in ``articles`` too, as ``{"_problem": problem}``,
    so errors keep the archive's order.
    """

    articles: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)


def archive_files(archive: Path | str, exclude: Path | str | None = None) -> list[Path]:
    """The Parquet and JSONL files of an archive (a file, or a folder searched recursively).

    Files under ``exclude`` (the scan's own output folder) are left out.

    Raises:
        FileNotFoundError: the archive does not exist.
        ValueError: a file of another kind, or a folder without any archive file.

    Example:
        >>> archive_files("/nonexistent.jsonl")
        Traceback (most recent call last):
        ...
        FileNotFoundError: archive /nonexistent.jsonl does not exist
    """
    path = Path(archive)
    if not path.exists():
        raise FileNotFoundError(f"archive {path} does not exist")
    if path.is_file():
        if path.suffix.lower() not in PARQUET_SUFFIXES + JSONL_SUFFIXES:
            raise ValueError(f"archive {path}: not a .parquet or .jsonl file")
        return [path]
    skip = Path(exclude).resolve() if exclude is not None else None
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in PARQUET_SUFFIXES + JSONL_SUFFIXES
        and not p.name.startswith((".", "_"))
        and not (skip is not None and p.resolve().is_relative_to(skip))
    )
    if not files:
        raise ValueError(f"archive {path}: no .parquet or .jsonl files in the folder")
    return files


def partitions(
    archive: Path | str, block_bytes: int = BLOCK_BYTES, exclude: Path | str | None = None
) -> list[Partition]:
    """The partitions of an archive in a fixed order (files by name, then position).

    Only file metadata is read here (Parquet footers, JSONL sizes). Files under ``exclude``
    are left out.

    Example:
        >>> partitions("/nonexistent")
        Traceback (most recent call last):
        ...
        FileNotFoundError: archive /nonexistent does not exist
    """
    out: list[Partition] = []
    for path in archive_files(archive, exclude):
        if path.suffix.lower() in PARQUET_SUFFIXES:
            out.extend(_parquet_partitions(path))
        else:
            size = path.stat().st_size
            for start in range(0, max(size, 1), block_bytes):
                out.append(Partition(str(path), "jsonl", 0, start, min(start + block_bytes, size)))
    return out


def _parquet_partitions(path: Path) -> list[Partition]:
    import pyarrow.parquet as pq

    try:
        groups = pq.ParquetFile(path).num_row_groups
    except Exception:  # noqa: BLE001 - an unreadable file is one partition that fails
        return [Partition(str(path), "parquet", -1, 0, 0)]
    return [Partition(str(path), "parquet", i) for i in range(groups)]


def read_partition(part: Partition) -> Batch:
    """The articles of one partition; unreadable lines or files become problems, not errors.

    Example:
        >>> bad = read_partition(Partition("/nonexistent.jsonl", "jsonl", 0, 0, 10))
        >>> bad.articles, bad.problems[0]["where"], bad.problems[0]["error"][:17]
        ([], 'nonexistent.jsonl@0', 'FileNotFoundError')
    """
    try:
        if part.kind == "parquet":
            return _read_parquet(part)
        return _read_jsonl(part)
    except Exception as err:  # noqa: BLE001 - a partition that cannot be read is reported
        msg = f"{type(err).__name__}: {err}"
        return Batch([], [{"url": None, "where": part.label, "error": msg}])


def _read_parquet(part: Partition) -> Batch:
    import pyarrow.parquet as pq

    if part.index < 0:
        pq.ParquetFile(part.path)  # raises the reason the footer could not be read
    pf = pq.ParquetFile(part.path)
    names = set(pf.schema_arrow.names)
    missing = [f for f in REQUIRED if f not in names]
    if missing:
        raise ValueError(f"{part.path}: no column {', '.join(missing)}")
    table = pf.read_row_group(part.index, columns=[f for f in FIELDS if f in names])
    articles = table.to_pylist()
    for n, article in enumerate(articles):
        article["_where"] = f"{part.label} row {n}"
    return Batch(articles)


def _read_jsonl(part: Partition) -> Batch:
    batch = Batch()
    with open(part.path, "rb") as fh:
        if part.start > 0:
            fh.seek(part.start - 1)
            fh.readline()  # the line that began before this block belongs to the previous one
        while True:
            at = fh.tell()
            if at >= part.end or at >= os.fstat(fh.fileno()).st_size:
                break
            line = fh.readline()
            if not line.strip():
                continue
            where = f"{Path(part.path).name} byte {at}"
            try:
                article = json.loads(line)
                if not isinstance(article, dict):
                    raise ValueError(f"a JSON {type(article).__name__}, not an object")
            except ValueError as err:
                problem = {"url": None, "where": where, "error": f"bad JSON: {err}"}
                batch.problems.append(problem)
                batch.articles.append({"_problem": problem})
                continue
            article["_where"] = where
            batch.articles.append(article)
    return batch


def iter_articles(archive: Path | str) -> Iterator[dict[str, Any]]:
    """Every article of an archive, partition by partition (for small archives and tests).

    Example:
        >>> next(iter_articles("/nonexistent"), None)
        Traceback (most recent call last):
        ...
        FileNotFoundError: archive /nonexistent does not exist
    """
    for part in partitions(archive):
        yield from (a for a in read_partition(part).articles if "_problem" not in a)


def published_date(value: Any) -> tuple[dt.date | None, str | None]:
    """An article's publication day from a date, timestamp or ISO string; and a flag.

    Returns ``(None, None)`` for a missing value, ``(None, "published-not-a-day")`` for a
    month or year only. Raises ValueError for anything else.

    Example:
        >>> published_date("2024-11-01T08:30:00Z")
        (datetime.date(2024, 11, 1), None)
        >>> published_date("2024-11")
        (None, 'published-not-a-day')
    """
    if value is None or (isinstance(value, float) and value != value):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, None
        if len(text) in (4, 7) and text[:4].isdigit():
            try:
                dt.date.fromisoformat(f"{text}-01-01"[:10] if len(text) == 4 else f"{text}-01")
                return None, "published-not-a-day"
            except ValueError:
                pass
        try:
            return dt.date.fromisoformat(text[:10]), None
        except ValueError:
            pass
    raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")
