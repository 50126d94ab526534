"""Reading a scan's output back: its summary and its proposals, one article at a time.

Example:
    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text(json.dumps({"url": "https://example.org/1",
    ...     "language": "en", "published": "2024-11-01",
    ...     "text": "North Korea sent 3,000 troops to Russia in October."}) + "\\n")
    >>> from tracker.scan.engines import LocalEngine
    >>> from tracker.scan.run import scan_archive
    >>> _ = scan_archive(folder, folder / "out", engine=LocalEngine(1, in_process=True))
    >>> [(meta["url"], len(rows)) for meta, rows in scan_articles(folder / "out")]
    [('https://example.org/1', 1)]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.scan.run import PROPOSALS, SUMMARY

if TYPE_CHECKING:
    import pandas as pd


def read_summary(out: Path | str) -> dict[str, Any]:
    """The ``summary.json`` of a scan folder (a clear error when it is not one).

    Example:
        >>> read_summary("/nonexistent")
        Traceback (most recent call last):
        ...
        FileNotFoundError: /nonexistent is not a scan output folder (no summary.json)
    """
    path = Path(out) / SUMMARY
    if not path.exists():
        raise FileNotFoundError(f"{out} is not a scan output folder (no {SUMMARY})")
    return json.loads(path.read_text(encoding="utf-8"))


def scan_articles(
    out: Path | str, *, min_claims: int = 1, metric: str | None = None
) -> Iterator[tuple[dict[str, Any], pd.DataFrame]]:
    """Per article of a scan: report metadata and its proposal rows, in archive order.

    Rows are read one row group (one partition) at a time. With ``metric`` only that
    metric's proposals are kept; articles left with fewer than ``min_claims`` are skipped.

    Example:
        >>> list(scan_articles("/nonexistent"))
        Traceback (most recent call last):
        ...
        FileNotFoundError: /nonexistent is not a scan output folder (no proposals.parquet)
    """
    import pyarrow.parquet as pq

    path = Path(out) / PROPOSALS
    if not path.exists():
        raise FileNotFoundError(f"{out} is not a scan output folder (no {PROPOSALS})")
    pf = pq.ParquetFile(path)
    for group in range(pf.num_row_groups):
        frame = pf.read_row_group(group).to_pandas()
        if metric is not None:
            frame = frame[frame["metric"] == metric]
        for url, rows in frame.groupby("url", sort=False):
            if len(rows) < max(min_claims, 1):
                continue
            yield _meta(str(url), rows), rows.reset_index(drop=True)


def _meta(url: str, rows: pd.DataFrame) -> dict[str, Any]:
    import pandas as pd

    first = rows.iloc[0]
    published, outlet = first["published"], first["outlet"]
    return {
        "url": url,
        "outlet": None if pd.isna(outlet) else str(outlet),
        "published": None if pd.isna(published) else published.date().isoformat(),
        "language": str(first["language"]),
    }
