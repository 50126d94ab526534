"""The archive scan as one job: partitions -> engine -> proposals.parquet, errors, summary.

Output folder (each file written to a temporary name and renamed when complete; a lock file
keeps two scans from writing the same folder at once):

- ``proposals.parquet``: the claims-table columns of :func:`tracker.claims.extract.extract_claims`
  with ``url`` (and ``outlet``, ``published``, ``language``) of the article, one row group
  per partition that proposed something, in archive order. The same archive and options
  give the same bytes whichever engine ran the scan (timings live in the summary only).
- ``errors.jsonl``: one line per bad article, line or file: ``url``, ``where``, ``error``.
- ``summary.json``: articles read, relevant, claims, per-language counts, errors, seconds.

Example:
    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text(json.dumps({"url": "https://example.org/1",
    ...     "language": "en", "published": "2024-11-01",
    ...     "text": "North Korea sent 3,000 troops to Russia in October."}) + "\\n")
    >>> from tracker.scan.engines import LocalEngine
    >>> summary = scan_archive(folder, folder / "out", engine=LocalEngine(1, in_process=True))
    >>> summary["articles_read"], summary["relevant"], summary["claims"], summary["errors"]
    (1, 1, 1, 0)
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tracker import paths
from tracker.scan.archive import BLOCK_BYTES, partitions
from tracker.scan.engines import ClusterEngine, LocalEngine
from tracker.scan.work import PartResult, ScanOptions, scan_partition

PROPOSALS = "proposals.parquet"
ERRORS = "errors.jsonl"
SUMMARY = "summary.json"
ERROR_EXAMPLES = 20


def default_options(data: Path | str | None = None) -> ScanOptions:
    """Scan options with the shipped subject words and the registry and events of ``data``.

    ``data`` (default: the project's data/) gives ``sources.csv`` and ``events.csv``, each when
    present. Both are read once here and sent to every worker, so every engine uses the same.

    Example:
        >>> opts = default_options()
        >>> opts.registry is not None, opts.events is not None
        (True, True)
    """
    from tracker.claims.registry import load_registry
    from tracker.table.events import load_events

    folder = Path(data or paths.data_dir())
    sources, events = folder / "sources.csv", folder / "events.csv"
    return ScanOptions.default(
        load_registry(sources) if sources.exists() else None,
        load_events(events) if events.is_file() else None,
    )


def proposals_schema() -> Any:
    """The Arrow schema of ``proposals.parquet`` (the claims-table columns and dtypes).

    Example:
        >>> proposals_schema().names[:2]
        ['claim_id', 'report_id']
    """
    import pyarrow as pa

    from tracker.claims.columns import from_rows

    return pa.Schema.from_pandas(from_rows([]), preserve_index=False)


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    import fcntl

    with open(out / ".scan.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OSError(f"{out}: another scan is writing this folder") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _temp(out: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    return Path(tmp)


class _Totals:
    """Counts summed over partitions."""

    def __init__(self) -> None:
        self.read = self.relevant = self.claims = self.errors = self.with_claims = 0
        self.languages: dict[str, dict[str, int]] = {}
        self.examples: list[dict[str, Any]] = []

    def add(self, res: PartResult) -> None:
        self.read += res.read
        self.relevant += res.relevant
        self.claims += res.claims
        self.errors += len(res.errors)
        if len(res.proposals):
            self.with_claims += int(res.proposals["url"].nunique())
        for lang, counts in res.languages.items():
            entry = self.languages.setdefault(lang, {"read": 0, "relevant": 0, "claims": 0})
            for key, n in counts.items():
                entry[key] += n
        room = ERROR_EXAMPLES - len(self.examples)
        self.examples.extend(res.errors[: max(room, 0)])


def scan_archive(
    archive: Path | str,
    out: Path | str,
    *,
    engine: LocalEngine | ClusterEngine | None = None,
    options: ScanOptions | None = None,
    block_bytes: int = BLOCK_BYTES,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Scan an archive into ``out``; return the summary (also written to ``summary.json``).

    Args:
        archive: a Parquet or JSONL file, or a folder of them.
        out: the output folder (created; its three files are replaced).
        engine: where partitions run (default: local processes, one per core).
        options: subject words, registry, language default (default: :func:`default_options`).
        block_bytes: size of a JSONL partition.
        progress: called with (partitions done, partitions) after each partition.

    Raises:
        FileNotFoundError, ValueError: the archive is missing or holds no archive file.
        OSError: another scan is writing ``out``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out)
    parts = partitions(archive, block_bytes, exclude=out)  # never re-read our own output
    options = options or default_options()
    engine = engine or LocalEngine()
    out.mkdir(parents=True, exist_ok=True)
    schema = proposals_schema()
    totals = _Totals()
    with _locked(out):
        tmp_props, tmp_errors = _temp(out, PROPOSALS), _temp(out, ERRORS)
        try:
            start = time.perf_counter()
            with (
                engine,
                pq.ParquetWriter(tmp_props, schema) as writer,
                open(tmp_errors, "w", encoding="utf-8", newline="\n") as errors,
            ):
                results = engine.map_ordered(scan_partition, parts, (options,))
                for done, res in enumerate(results, 1):
                    totals.add(res)
                    if len(res.proposals):
                        table = pa.Table.from_pandas(
                            res.proposals, schema=schema, preserve_index=False
                        )
                        writer.write_table(table)
                    for err in res.errors:
                        errors.write(json.dumps(err, ensure_ascii=False, sort_keys=True) + "\n")
                    if progress is not None:
                        progress(done, len(parts))
            seconds = time.perf_counter() - start
            os.replace(tmp_props, out / PROPOSALS)
            os.replace(tmp_errors, out / ERRORS)
        finally:
            tmp_props.unlink(missing_ok=True)
            tmp_errors.unlink(missing_ok=True)
        summary = {
            "archive": str(archive),
            "engine": engine.name,
            "workers": getattr(engine, "workers", None),
            "partitions": len(parts),
            "articles_read": totals.read,
            "relevant": totals.relevant,
            "articles_with_claims": totals.with_claims,
            "claims": totals.claims,
            "languages": dict(sorted(totals.languages.items())),
            "errors": totals.errors,
            "error_examples": totals.examples,
            "seconds": round(seconds, 3),
            "articles_per_second": round(totals.read / seconds, 1) if seconds > 0 else None,
            "files": {"proposals": PROPOSALS, "errors": ERRORS},
        }
        tmp_summary = _temp(out, SUMMARY)
        tmp_summary.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        os.replace(tmp_summary, out / SUMMARY)
    return summary
