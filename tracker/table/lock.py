"""One lock for every write to a ledger folder.

:func:`ledger_lock` takes an exclusive ``flock`` on ``<data>/.lock``; every writer of report
files and stored texts (``add_report``, review saves, ``save_proposals``, ``tracker check
--sweep``) holds it, so two writers never interleave and a duplicate check and the write it
guards happen as one step. Taking the lock also removes the temporary files a crashed writer
left in ``reports/`` and in the text stores (nobody else is writing while we hold it).

The lock is re-entrant within a process (a review that adds a report takes it once).
Readers (``load_claims``) need no lock: every file appears or is replaced in one step.

Example:
    >>> import tempfile
    >>> with ledger_lock(tempfile.mkdtemp()) as data:
    ...     data.name != ""
    True
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tracker.table.files import clean_temp_files

LOCK_NAME = ".lock"

_held: dict[str, int] = {}  # lock files this process holds -> depth (re-entrancy)
_guard = threading.RLock()


class LedgerBusyError(TimeoutError):
    """Another process held the ledger lock for longer than the timeout."""


def text_stores(data: Path) -> list[Path]:
    """The folders stored report texts may live in: ``<data>/../seeds`` and ``<data>/seeds``.

    Example:
        >>> [p.as_posix() for p in text_stores(Path("/x/data"))]
        ['/x/seeds', '/x/data/seeds']
    """
    return [data.parent / "seeds", data / "seeds"]


@contextlib.contextmanager
def ledger_lock(data_dir: Path | str, *, timeout: float = 60.0) -> Iterator[Path]:
    """Hold the write lock of a ledger folder; yield the folder.

    Waits up to ``timeout`` seconds for another writer, then raises
    :class:`LedgerBusyError`. On first entry removes stale temporary files.

    Example:
        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> with ledger_lock(folder), ledger_lock(folder):  # re-entrant
        ...     pass
    """
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    key = str((data / LOCK_NAME).resolve())
    with _guard:
        if key in _held:
            _held[key] += 1
            try:
                yield data
            finally:
                _held[key] -= 1
            return
        fd = os.open(key, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            _acquire(fd, key, timeout)
            _held[key] = 1
            try:
                clean_temp_files([data / "reports", *text_stores(data)])
                yield data
            finally:
                del _held[key]
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _acquire(fd: int, name: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LedgerBusyError(
                    f"{name}: another tracker process is writing this ledger; try again"
                ) from None
            time.sleep(0.01)
