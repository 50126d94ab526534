"""Where the project's folders are: data, seeds, notebooks and outputs.

Notebooks and the command line take their paths from here, never from hard-coded
strings. ``TRACKER_HOME`` overrides the project root (tests use it to work on a copy).

Example:
    >>> from tracker.paths import data_dir
    >>> data_dir().name
    'data'
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The project's root folder: ``$TRACKER_HOME`` if set, else the checkout holding ``tracker/``.

    Example:
        >>> (project_root() / "tracker").is_dir()
        True
    """
    home = os.environ.get("TRACKER_HOME")
    return Path(home).resolve() if home else PACKAGE_DIR.parent


def data_dir() -> Path:
    """The ledger folder (``data/``): report files, the claimant registry and the codebook."""
    return project_root() / "data"


def reports_dir(data: Path | str | None = None) -> Path:
    """The folder of report files inside a ledger folder (default: ``data/reports``)."""
    return Path(data or data_dir()) / "reports"


def seeds_dir() -> Path:
    """The folder of stored report texts (``seeds/``), kept as received."""
    return project_root() / "seeds"


def notebooks_dir() -> Path:
    """The folder of analyst notebooks (``notebooks/``)."""
    return project_root() / "notebooks"


def out_dir() -> Path:
    """Where the main job writes its outputs (``out/``): CSVs, charts, executed notebooks."""
    return project_root() / "out"


def shared_dir() -> Path:
    """The read-only shared inputs beside the checkout (``../shared``); may be absent."""
    return project_root().parent / "shared"


def text_store(data: Path | str | None = None) -> Path:
    """Where a ledger folder's report texts and originals are stored.

    The project's own ledger (``data/``) keeps them in the project's ``seeds/``; any other
    ledger folder keeps them in its own ``seeds/``, so nothing outside it is written.

    Example:
        >>> text_store("/tmp/elsewhere").as_posix()
        '/tmp/elsewhere/seeds'
    """
    folder = Path(data) if data else data_dir()
    if folder.resolve() == data_dir().resolve():
        return seeds_dir()
    return folder / "seeds"
