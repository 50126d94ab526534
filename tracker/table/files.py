"""Atomic file writes and content hashes.

Every file the library writes goes through :func:`atomic_write`: the bytes go to a
temporary file in the same folder, are flushed to disk, and replace the target in one
rename, so a reader never sees half a file and a crash leaves the old file intact.

Example:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> atomic_write(p, "hello\\n") == p
    True
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` atomically (temp file + fsync + rename); return the path.

    Text is written as UTF-8 with the line ends given (no translation).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
        >>> atomic_write(p, b"x").read_bytes()
        b'x'
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def sha256_hex(data: str | bytes) -> str:
    """The SHA-256 hex digest of text (as UTF-8) or bytes.

    Example:
        >>> sha256_hex("abc")[:12]
        'ba7816bf8f01'
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()
