"""The main job: rebuild the claims table, export it, draw the charts, run the notebooks.

``tracker refresh`` and ``make demo`` call :func:`refresh`. Each step prints one progress
line; a failing step names what failed.

Example:
    >>> summary = refresh(progress=lambda line: None)  # doctest: +SKIP
    >>> summary["claims"] > 0  # doctest: +SKIP
    True
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker import paths
from tracker.claims.vocabulary import DEFAULT_SUBJECT

# The deployment the main charts follow (other subjects stay in the table and the exports).
MAIN_SUBJECT = DEFAULT_SUBJECT

if TYPE_CHECKING:
    import pandas as pd


def summarise(table: pd.DataFrame) -> dict[str, Any]:
    """Counts and date range of a claims table, for the job's closing lines.

    Example:
        >>> from tracker import load_claims
        >>> summarise(load_claims())["reports"] >= 1
        True
    """
    dates = table["published"].dropna()
    return {
        "reports": int(table["report_id"].nunique()),
        "claims": len(table),
        "claimants": int(table["claimant"].nunique()),
        "first": dates.min().date().isoformat() if len(dates) else None,
        "last": dates.max().date().isoformat() if len(dates) else None,
        "undated_reports": int(table.loc[table["published"].isna(), "report_id"].nunique()),
    }


def refresh(
    data_dir: Path | str | None = None,
    out_dir: Path | str | None = None,
    *,
    progress: Callable[[str], None] = print,
    notebooks: bool = True,
    skip_invalid: bool = False,
) -> dict[str, Any]:
    """Rebuild the table and write every output under ``out/``; return the summary.

    A bad report file stops the job (the error names it), unless ``skip_invalid``: then the
    job builds from the valid reports, prints each file it left out with its first problem,
    and lists them in ``summary["skipped"]``.

    Steps: table, export (CSV, xlsx, datapackage), charts, notebooks (unless
    ``notebooks=False``), then ``index.html`` linking them all. Options are keyword-only,
    so new ones can be added without breaking callers.

    Example:
        >>> refresh(out_dir="/tmp/out", progress=print)  # doctest: +SKIP
        [1/5] table: ...
    """
    from tracker.table.ledger import load_ledger, select_reviews
    from tracker.views.export import export_all

    out = Path(out_dir) if out_dir else paths.out_dir()
    steps = _steps(notebooks)
    total = len(steps)
    progress(f"[1/{total}] table: loading {data_dir or paths.data_dir()}")
    ledger = load_ledger(data_dir, skip_invalid=skip_invalid)
    for file, problems in ledger.skipped.items():
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        progress(f"[1/{total}] table: SKIPPED {file}: {problems[0]}{more}")
    table = select_reviews(ledger.frame)
    summary = summarise(table)
    summary["skipped"] = sorted(ledger.skipped)
    progress(
        f"[1/{total}] table: {summary['claims']} claims from {summary['reports']} reports, "
        f"{summary['claimants']} claimants"
    )
    written = export_all(table, out, data_dir)
    progress(f"[2/{total}] export: " + ", ".join(_rel(p) for p in written))
    context: dict[str, Any] = {"summary": summary}
    with ThreadPoolExecutor(max_workers=1) as background:
        # notebooks run in their own kernels while this process draws the charts
        if notebooks:
            from tracker.notebooks import preload

            preload()  # imports done here, not raced by the background thread
            context["notebooks"] = background.submit(_run_notebooks, out, data_dir)
        for number, (name, step) in enumerate(steps[2:], start=3):
            progress(f"[{number}/{total}] {name}: running")
            for line in step(table, out, data_dir, context):
                progress(f"[{number}/{total}] {name}: {line}")
    summary["outputs"] = str(out)
    return summary


def _steps(notebooks: bool) -> list[tuple[str, Any]]:
    steps: list[tuple[str, Any]] = [("table", None), ("export", None), ("charts", _charts)]
    if notebooks:
        steps.append(("notebooks", _notebooks))
    steps.append(("index", _index))
    return steps


def draw_charts(
    table: pd.DataFrame,
    out: Path | str,
    include_pending: bool = False,
    data_dir: Path | str | None = None,
) -> list[Path]:
    """The main charts of the ``MAIN_SUBJECT`` claims, as PNG and SVG in ``out/charts``.

    Key events come from ``events.csv`` of ``data_dir`` (default: the project's ``data/``).

    Example:
        >>> from tracker import load_claims
        >>> draw_charts(load_claims(), "/tmp/out")  # doctest: +SKIP
    """
    from tracker.views.plots import read_events, save_main_charts

    subject = main_claims(table)
    events = read_events(data_dir)
    return save_main_charts(
        subject, Path(out) / "charts", include_pending=include_pending, events=events
    )


def main_claims(table: pd.DataFrame) -> pd.DataFrame:
    """The claims the main charts follow (``MAIN_SUBJECT``).

    Example:
        >>> from tracker import load_claims
        >>> set(main_claims(load_claims())["subject"]) == {MAIN_SUBJECT}
        True
    """
    from tracker.table.select import filter_claims

    return filter_claims(table, subjects=[MAIN_SUBJECT])


def _charts(
    table: pd.DataFrame, out: Path, data_dir: Path | str | None, context: dict[str, Any]
) -> list[str]:
    written = draw_charts(table, out, data_dir=data_dir)
    return [f"{len(written)} files in {_rel(out / 'charts')} ({MAIN_SUBJECT} claims)"]


def _run_notebooks(out: Path, data_dir: Path | str | None) -> list[tuple[Path, Path]]:
    from tracker.notebooks import notebook_paths, run_notebooks

    params = {"DATA_DIR": str(data_dir) if data_dir else None, "OUT_DIR": str(out)}
    jobs = [(p, out / "notebooks" / f"{p.stem}.html", params) for p in notebook_paths()]
    return list(run_notebooks(jobs))


def _notebooks(
    table: pd.DataFrame, out: Path, data_dir: Path | str | None, context: dict[str, Any]
) -> Any:
    done = context["notebooks"].result()  # started with the charts; a failure raises here
    for path, html in done:
        yield f"{path.name} -> {_rel(html)}"


def _index(
    table: pd.DataFrame, out: Path, data_dir: Path | str | None, context: dict[str, Any]
) -> list[str]:
    from tracker.views.plots import chart_plan, read_events
    from tracker.views.site import write_index

    plan = chart_plan(main_claims(table))
    path = write_index(out, context["summary"], plan, read_events(data_dir))
    return [_rel(path)]


def _rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
