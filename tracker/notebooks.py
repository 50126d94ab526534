"""Execute the analyst notebooks (nbclient) and save them as HTML.

A notebook takes its parameters in one code cell tagged ``parameters``; :func:`run_notebook`
injects overrides in a cell right after it (the papermill convention), executes the
notebook with its own folder as working directory, and writes the executed notebook as
HTML. A failing cell raises :class:`NotebookError` naming the notebook and the cell.

Example:
    >>> from tracker.paths import notebooks_dir
    >>> [p.name for p in notebook_paths()][:1]
    ['01_add_report.ipynb']
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from tracker import paths
from tracker.table.files import atomic_write

PARAMETERS_TAG = "parameters"


class NotebookError(RuntimeError):
    """A notebook cell failed; the message names the notebook, the cell and the error."""


def notebook_paths(folder: Path | str | None = None) -> list[Path]:
    """The notebooks of ``notebooks/`` in run order (by their number prefix)."""
    return sorted(Path(folder or paths.notebooks_dir()).glob("[0-9][0-9]_*.ipynb"))


def parameters_cell_index(nb: Mapping[str, Any]) -> int | None:
    """Index of the code cell tagged ``parameters``, or None.

    ``nb`` is a notebook as nbformat reads it or as plain JSON (a notebook node is a dict).

    Example:
        >>> parameters_cell_index({"cells": [
        ...     {"cell_type": "markdown", "source": "# Title"},
        ...     {"cell_type": "code", "source": "X = 1", "metadata": {"tags": ["parameters"]}}]})
        1
    """
    for index, cell in enumerate(nb["cells"]):
        tags = cell.get("metadata", {}).get("tags", [])
        if cell["cell_type"] == "code" and PARAMETERS_TAG in tags:
            return index
    return None


def inject_parameters(nb: Any, parameters: Mapping[str, Any]) -> Any:
    """Add a cell setting ``parameters`` right after the tagged parameters cell.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        ...     "X = 1", metadata={"tags": ["parameters"]})])
        >>> inject_parameters(nb, {"X": 2}).cells[1].source
        '# Parameters injected by tracker\\nX = 2'
    """
    import nbformat

    if not parameters:
        return nb
    index = parameters_cell_index(nb)
    if index is None:
        raise NotebookError("the notebook has no cell tagged 'parameters'")
    lines = ["# Parameters injected by tracker"]
    lines += [f"{name} = {value!r}" for name, value in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(index + 1, cell)
    return nb


def run_notebook(
    path: Path | str,
    html_path: Path | str | None = None,
    parameters: Mapping[str, Any] | None = None,
    *,
    timeout: int = 600,
    env: Mapping[str, str] | None = None,
) -> Any:
    """Execute one notebook; write it as HTML if ``html_path`` is given; return the notebook.

    ``env`` adds environment variables for the kernel (e.g. ``TRACKER_HOME`` for a copy).

    Example:
        >>> run_notebook("notebooks/04_export.ipynb", "/tmp/04.html")  # doctest: +SKIP
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path)
    nb = inject_parameters(nbformat.read(path, as_version=4), parameters or {})
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": path.parent}},
        )
        client.execute()
    except CellExecutionError as err:
        index = _failed_cell(nb)
        raise NotebookError(f"{path.name}: cell {index} failed:\n{err}") from None
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if html_path is not None:
        atomic_write(html_path, to_html(nb))
    return nb


def preload() -> None:
    """Import the notebook machinery now, in the calling thread.

    ``run_notebooks`` in a background thread would otherwise import IPython (through
    nbconvert) while the main thread draws charts, and matplotlib may see a half-imported
    IPython module.

    Example:
        >>> preload()
    """
    import importlib.util

    import nbclient  # noqa: F401
    import nbformat  # noqa: F401
    from nbconvert import HTMLExporter  # noqa: F401

    if importlib.util.find_spec("IPython") is not None:
        import IPython  # noqa: F401


def run_notebooks(
    jobs: Sequence[tuple[Path, Path, Mapping[str, Any]]], workers: int | None = None
) -> Iterator[tuple[Path, Path]]:
    """Run several notebooks (path, HTML path, parameters) side by side; yield each when done.

    Each notebook has its own kernel process, so up to ``workers`` (default: the machine's
    cores, at most 4) run at once. Results come in the order of ``jobs``; the first failure
    raises its :class:`NotebookError` once the running ones have finished.

    Example:
        >>> list(run_notebooks([]))
        []
    """
    from concurrent.futures import ThreadPoolExecutor

    if not jobs:
        return
    workers = workers or max(1, min(4, os.cpu_count() or 1, len(jobs)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_notebook, path, html, params) for path, html, params in jobs]
        for (path, html, _), future in zip(jobs, futures, strict=True):
            future.result()
            yield path, html


def _failed_cell(nb: Any) -> int | None:
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index
    return None


def to_html(nb: Any) -> str:
    """An executed notebook as a standalone HTML page."""
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nb)
    return body
