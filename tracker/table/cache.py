"""The load cache: data, not code, checked against the files it stands for.

``load_claims`` keeps what it derived from each report file in ``<data>/.cache/claims.parquet``:
the whole claims table (Parquet, which holds values only and runs nothing when read) and, in
the file's metadata (JSON), one entry per report file: its size, times, inode and SHA-256, its
canonical URL, and its stored text's signature and hash. On the next load an entry is used
only when the report file (and its text) still match it:

* same size, modification and change times and inode: the file is unchanged (the change
  time cannot be set by any program, and a copied folder has new inodes), unless it was
  modified within :data:`RACY_NS` of the cache being written, when it is hashed again;
* otherwise the file is read and hashed; the same hash keeps the entry, any other is parsed.

The whole cache is bound to its folder (the device and inode of ``data/`` and ``reports/``)
and to a key (library code, registry, vague-word rule): a cache copied with a folder, written
by another version or for another registry is not used. Anything unreadable, of another
shape or with rows that no entry accounts for is discarded and rebuilt. The cache is never
the source of truth: deleting ``.cache/`` only costs one slow load.

Example:
    >>> import tempfile
    >>> read_cache(Path(tempfile.mkdtemp()), "key") is None
    True
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.claims.columns import COLUMNS, PANDAS_DTYPES
from tracker.table.files import atomic_write

if TYPE_CHECKING:
    import pandas as pd

CACHE_VERSION = 2
CACHE_NAME = "claims.parquet"
#: Files modified this close (ns) before the cache was written are hashed again on load:
#: file times are coarser than the clock, so a second edit in the same tick keeps the time.
RACY_NS = 2_000_000_000
#: The cache is rewritten when a load had to read more than this many report files again
#: (or on a cold load); below it the few changed files are simply read again next time,
#: which is cheaper than rewriting the whole table for one edit.
REWRITE_AFTER = 32
#: Largest cache file read (bytes).
MAX_CACHE_BYTES = 1 << 30
_META_KEY = b"tracker.cache"


@dataclass
class Cached:
    """A cache read back: its entries (report file name -> entry) and its rows (Arrow).

    ``table`` is sorted by ``claim_id``, so the rows of one report (ids ``<report id>/...``)
    lie together and a changed report is swapped in place (:func:`splice`).
    """

    entries: dict[str, dict[str, Any]]
    table: Any
    written_ns: int


def cache_path(data: Path) -> Path:
    """Where the cache of a ledger folder lives.

    Example:
        >>> cache_path(Path("data")).as_posix()
        'data/.cache/claims.parquet'
    """
    return data / ".cache" / CACHE_NAME


def signature(info: os.stat_result) -> list[int]:
    """What identifies one version of a file without reading it: size, times, inode, device."""
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def trusted(sig: list[int], entry_sig: Any, written_ns: int) -> bool:
    """True when ``sig`` equals the recorded signature and the file is not racily new.

    Example:
        >>> trusted([1, 10, 10, 5, 1], [1, 10, 10, 5, 1], 3_000_000_000)
        True
        >>> trusted([1, 10, 10, 5, 1], [1, 10, 10, 5, 1], 10)  # modified as the cache was written
        False
    """
    return sig == entry_sig and sig[1] < written_ns - RACY_NS and sig[2] < written_ns - RACY_NS


def folder_identity(data: Path) -> list[int]:
    """Device and inode of the ledger folder and of its ``reports/`` folder."""
    out: list[int] = []
    for folder in (data, data / "reports"):
        info = os.stat(folder)
        out += [info.st_dev, info.st_ino]
    return out


def read_cache(data: Path, key: str) -> Cached | None:
    """The cache of ``data`` if it was written for ``key`` and this very folder, else None."""
    import pyarrow.parquet as pq

    path = cache_path(data)
    try:
        info = os.stat(path, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None  # only a regular file of a sane size
        table = pq.read_table(path)
        meta = json.loads(zlib.decompress((table.schema.metadata or {})[_META_KEY]))
        if (
            meta.get("version") != CACHE_VERSION
            or meta.get("key") != key
            or meta.get("folder") != folder_identity(data)
            or table.schema.names != [c.name for c in COLUMNS]
        ):
            return None
        _check_types(table)
        entries = meta["entries"]
        written_ns = int(meta["written_ns"])
        if not isinstance(entries, dict) or not _rows_match(table, entries):
            return None
    except Exception:  # noqa: BLE001 - an unreadable cache of any kind is rebuilt
        return None
    return Cached(entries, table.replace_schema_metadata(None), written_ns)


def _check_types(table: Any) -> None:
    """Raise unless every column has the plain Arrow type of its kind (no extension types)."""
    import pyarrow as pa

    allowed = {
        "string": (pa.types.is_string, pa.types.is_large_string, pa.types.is_null),
        "number": (pa.types.is_floating, pa.types.is_null),
        "integer": (pa.types.is_integer, pa.types.is_null),
        "date": (pa.types.is_timestamp, pa.types.is_null),
    }
    for col in COLUMNS:
        kind = table.schema.field(col.name).type
        if not any(test(kind) for test in allowed[col.kind]):
            raise TypeError(f"cache column {col.name}: {kind}")


def to_frame(table: Any) -> pd.DataFrame:
    """The claims table (pandas, the schema's dtypes) from its Arrow form."""
    import pandas as pd
    import pyarrow as pa

    mapper = {
        pa.large_string(): pd.StringDtype("pyarrow"),
        pa.string(): pd.StringDtype("pyarrow"),
        pa.int64(): pd.Int64Dtype(),
    }
    frame = table.to_pandas(ignore_metadata=True, types_mapper=mapper.get)
    for col in COLUMNS:  # all-null columns come back as objects
        if str(frame[col.name].dtype) != str(pd.api.types.pandas_dtype(PANDAS_DTYPES[col.kind])):
            frame[col.name] = frame[col.name].astype(PANDAS_DTYPES[col.kind])
    return frame


def to_table(frame: pd.DataFrame, like: Any = None) -> Any:
    """The Arrow form of a claims table (with the schema of ``like`` when given)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    if like is not None and table.schema != like.schema:
        table = table.cast(like.schema)
    return table.replace_schema_metadata(None)


def splice(table: Any, drop: list[str], blocks: dict[str, Any]) -> Any:
    """``table`` without the rows of the reports ``drop`` and with ``blocks`` in their place.

    ``table`` and each block are sorted by ``claim_id``; the rows of report ``r`` have ids
    ``r/...`` and so lie together, so the result is sorted too, without a sort.
    """
    import bisect

    import pyarrow as pa

    ids = table.column("claim_id").to_pylist()
    pieces = []
    at = 0
    for report in sorted(set(drop) | set(blocks), key=lambda r: r + "/"):
        start = bisect.bisect_left(ids, report + "/", at)
        end = bisect.bisect_left(ids, report + "0", start)  # "0" follows "/"
        pieces.append(table.slice(at, start - at))
        if report in blocks:
            pieces.append(blocks[report])
        at = end
    pieces.append(table.slice(at))
    return pa.concat_tables(pieces)


def _rows_match(table: Any, entries: dict[str, dict[str, Any]]) -> bool:
    """True when the rows fit the entries.

    Each entry has its recorded number of rows, each row's id starts with its report's id,
    and the ids are sorted and unique. The file names are compared once per file (a
    dictionary of them), not once per row.
    """
    import numpy as np
    import pyarrow.compute as pc

    files = pc.dictionary_encode(table.column("report_file")).combine_chunks()
    if files.null_count:
        return False  # a row of no file
    names = files.dictionary
    indices = files.indices.to_numpy(zero_copy_only=False)
    counts = np.bincount(indices, minlength=len(names)).tolist()
    have = {name: count for name, count in zip(names.to_pylist(), counts, strict=True) if count}
    want = {e["report_file"]: e["rows"] for e in entries.values() if e["rows"]}
    if have != want:
        return False
    ids = table.column("claim_id")
    if len(ids) > 1 and not pc.all(pc.less(ids.slice(0, len(ids) - 1), ids.slice(1))).as_py():
        return False  # not sorted, or an id twice
    stems = pc.take(pc.replace_substring_regex(names, r"^.*/|\.yaml$", ""), files.indices)
    heads = pc.list_element(pc.split_pattern(ids, "/", max_splits=1), 0)
    return len(ids) == 0 or bool(pc.all(pc.equal(heads, stems)).as_py())


def write_cache(data: Path, key: str, entries: dict[str, dict[str, Any]], table: Any) -> None:
    """Store ``table`` (Arrow) and ``entries`` as the cache of ``data`` (skipped if read-only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        folder = folder_identity(data)
    except OSError:  # no reports/ folder: nothing worth caching
        return
    meta = {
        "version": CACHE_VERSION,
        "key": key,
        "folder": folder,
        "written_ns": time.time_ns(),
        "entries": entries,
    }
    packed = zlib.compress(json.dumps(meta).encode("utf-8"), 1)
    table = table.replace_schema_metadata(None)
    sink = pa.BufferOutputStream()
    # the entries go once into the footer (not also into a stored Arrow schema)
    with pq.ParquetWriter(sink, table.schema, compression="zstd", store_schema=False) as writer:
        writer.write_table(table)
        writer.add_key_value_metadata({_META_KEY: packed})
    # A read-only ledger still loads: the cache is only an accelerator.
    with contextlib.suppress(OSError):
        atomic_write(cache_path(data), sink.getvalue().to_pybytes(), sync=False)
