"""``tracker check``: every problem of a ledger folder at once, and the sweep of stray texts.

:func:`check_ledger` reads the whole ledger as ``load_claims`` would, but without the cache
and without stopping at the first bad file: the registry, every entry of ``reports/``, every
report's fields and claims, the one-page-one-report rule, and the stored texts that no report
refers to (left by a crash between storing a text and writing its report). Each problem names
the file, the claim and the field.

:func:`sweep_texts` removes the unreferenced texts (``tracker check --sweep``), holding the
ledger lock; it refuses while any report file cannot be read, since that report might refer
to one of them.

Example:
    >>> problems = check_ledger()
    >>> problems
    []
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from tracker import paths
from tracker.errors import ValidationError
from tracker.table.files import is_temp_name
from tracker.table.ledger import load_ledger
from tracker.table.lock import ledger_lock, text_stores
from tracker.table.reports import read_report_file, scan_reports

TEXT_SUFFIX = ".txt"


def check_ledger(data_dir: Path | str | None = None) -> list[str]:
    """Every problem of the ledger folder ``data_dir`` (default ``data/``), one line each.

    Example:
        >>> check_ledger("/nonexistent/data")[0]
        '/nonexistent/data/sources.csv: the claimant registry is missing'
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    problems: list[str] = []
    try:
        ledger = load_ledger(data, cache=False, skip_invalid=True)
    except ValidationError as err:  # the registry: nothing else can be checked without it
        return err.problems
    for found in ledger.skipped.values():
        problems += found
    stray, unreadable = _unreferenced(data)
    for path in stray:
        problems.append(
            f"{_label(path, data)}: a stored text no report refers to "
            "(left by an interrupted add?); `tracker check --sweep` removes it"
        )
    if unreadable and stray:
        problems.append("stored texts cannot be swept while a report file cannot be read")
    for folder in [paths.reports_dir(data), *text_stores(data)]:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if is_temp_name(path.name):
                    problems.append(
                        f"{_label(path, data)}: a temporary file of an interrupted write; "
                        "the next write or `tracker check --sweep` removes it"
                    )
    return problems


def unreferenced_texts(data_dir: Path | str | None = None) -> list[Path]:
    """Stored texts (``*.txt`` in the text stores) that no report file refers to.

    Example:
        >>> unreferenced_texts()
        []
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    return _unreferenced(data)[0]


def sweep_texts(data_dir: Path | str | None = None) -> list[Path]:
    """Remove the stored texts no report refers to; return them. Holds the ledger lock.

    Raises :class:`ValidationError` when a report file cannot be read (it might refer to a
    text), so nothing is removed on a guess.

    Example:
        >>> import shutil, tempfile
        >>> data = Path(tempfile.mkdtemp()) / "data"
        >>> _ = shutil.copytree(paths.data_dir(), data, ignore=shutil.ignore_patterns(".*"))
        >>> (data.parent / "seeds").mkdir()
        >>> _ = (data.parent / "seeds" / "0123456789abcdef.txt").write_text("no report")
        >>> [p.name for p in sweep_texts(data)]
        ['0123456789abcdef.txt']
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    with ledger_lock(data):
        stray, unreadable = _unreferenced(data)
        if unreadable and stray:
            raise ValidationError(
                [*unreadable, "stored texts are not swept while a report file cannot be read"]
            )
        for path in stray:
            path.unlink(missing_ok=True)
    return stray


def _unreferenced(data: Path) -> tuple[list[Path], list[str]]:
    """Texts no report refers to, and the problems of report files that could not be read."""
    root = data.parent
    reports = paths.reports_dir(data)
    files, _ = scan_reports(reports, "reports")
    referenced: set[Path] = set()
    unreadable: list[str] = []
    for name, _info in files:
        path = reports / name
        try:
            report = read_report_file(path, [data], str(path))
        except ValidationError as err:
            unreadable += err.problems
            continue
        value = report.get("text")
        if isinstance(value, str) and value:
            rel = PurePosixPath(value)
            if not rel.is_absolute() and ".." not in rel.parts:
                referenced.update({(root / rel).resolve(), (data / rel).resolve()})
    stray = []
    for store in text_stores(data):
        if not store.is_dir():
            continue
        for path in sorted(store.iterdir()):
            if path.suffix != TEXT_SUFFIX or path.is_symlink() or not path.is_file():
                continue
            if path.resolve() not in referenced:
                stray.append(path)
    return stray, unreadable


def _label(path: Path, data: Path) -> str:
    try:
        return path.resolve().relative_to(data.parent.resolve()).as_posix()
    except ValueError:
        return str(path)
