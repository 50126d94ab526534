"""Where a fetched page's original HTML and extracted text are kept, beside the data.

For the project's own ledger (``data/``) that is the project's ``seeds/`` folder; for any
other ledger folder ``DIR`` (``--data DIR``) it is ``DIR/seeds``, so nothing outside
``DIR`` is written. Both files share one stem, numbered like the other seeds:
``seeds/NNN_<16 hex of the text's SHA-256>.txt`` and ``.html.gz`` (``.pdf.gz`` for a
PDF; gzip without a file name or time stamp, so the same page gives the same bytes).

Example:
    >>> from tracker import paths
    >>> seeds_dir_for(paths.data_dir()) == paths.seeds_dir()
    True
    >>> seeds_dir_for("/tmp/ledger").as_posix()
    '/tmp/ledger/seeds'
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from tracker import paths
from tracker.table.files import atomic_write, sha256_hex


@dataclass(frozen=True)
class Stored:
    """The two files written for one page."""

    text: Path
    html: Path

    def remove(self) -> None:
        """Delete both files (used when the report itself cannot be saved)."""
        self.text.unlink(missing_ok=True)
        self.html.unlink(missing_ok=True)


def seeds_dir_for(data: Path | str) -> Path:
    """The seeds folder that belongs to a ledger folder (:func:`tracker.paths.text_store`)."""
    return paths.text_store(data)


def store_page(seeds: Path, text: str, html: bytes, suffix: str = ".html") -> Stored:
    """Write the extracted text (UTF-8) and the original bytes (gzip) atomically.

    ``suffix`` names the original's kind (``.html``, ``.pdf``); ``.gz`` is added.

    Example:
        >>> import tempfile, pathlib
        >>> seeds = pathlib.Path(tempfile.mkdtemp())
        >>> stored = store_page(seeds, "Some text.", b"<p>Some text.</p>")
        >>> stored.text.name, stored.html.name
        ('000_13b4c5aecd1b6d74.txt', '000_13b4c5aecd1b6d74.html.gz')
        >>> gzip.decompress(stored.html.read_bytes())
        b'<p>Some text.</p>'
    """
    number = len(list(seeds.glob("*.txt"))) if seeds.is_dir() else 0
    stem = f"{number:03d}_{sha256_hex(text)[:16]}"
    text_path = atomic_write(seeds / f"{stem}.txt", text)
    try:
        html_path = atomic_write(seeds / f"{stem}{suffix}.gz", gzip.compress(html, mtime=0))
    except BaseException:
        text_path.unlink(missing_ok=True)
        raise
    return Stored(text_path, html_path)
