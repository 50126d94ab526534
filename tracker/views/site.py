"""``out/index.html``: one page linking every chart, table and executed notebook.

The page states the as-of date (the latest report in the table), lists the exports, shows
each main chart (PNG, linking to its SVG with per-claim tooltips), says why a chart was not
drawn, links the executed notebooks and lists the key events with their sources. It is
built from what is on disk under ``out/`` and from :func:`tracker.views.plots.chart_plan`.

Example:
    >>> "<title>" in index_html({"claims": 0, "reports": 0, "last": None}, [], [], [], [])
    True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.table.files import atomic_write

if TYPE_CHECKING:
    import pandas as pd

    from tracker.views.plots import PlannedChart

#: The exports the page links, with what each one is.
TABLE_FILES: tuple[tuple[str, str], ...] = (
    ("claims.xlsx", "workbook: claims (filters, frozen header), codebook, sources"),
    ("claims.csv", "canonical CSV (UTF-8, ISO dates, sorted by claim_id)"),
    ("claims-excel.csv", "CSV safe to open in a spreadsheet (formula cells defused)"),
    ("datapackage.json", "Frictionless Data Package: the column descriptions"),
)

STYLE = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em} .asof{color:#555;margin-top:0}
figure{margin:1.5em 0;border-top:1px solid #ddd;padding-top:.8em}
figure img{max-width:100%;height:auto} figcaption{color:#444;font-size:.9em}
li{margin:.2em 0} .why{color:#666}
"""


def index_html(
    summary: Mapping[str, Any],
    plan: Sequence[PlannedChart],
    tables: Sequence[str],
    notebooks: Sequence[str],
    events: Sequence[tuple[str, str, str]],
) -> str:
    """The page as HTML text (all words escaped); paths are relative to ``out/``.

    ``summary`` is :func:`tracker.refresh.summarise`'s dict; ``tables`` the export file
    names present; ``notebooks`` the executed notebooks' paths; ``events`` (date, label,
    source URL) rows.

    Example:
        >>> page = index_html({"claims": 3, "reports": 2, "last": "2024-11-01"}, [], [], [], [])
        >>> "as of 2024-11-01" in page
        True
    """
    as_of = summary.get("last") or "no dated report"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Troop-deployment claims, as of {escape(str(as_of))}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Troop-deployment claims</h1>",
        f'<p class="asof">as of {escape(str(as_of))} (latest report) · '
        f"{summary.get('claims', 0)} claims from {summary.get('reports', 0)} reports"
        + (
            f" · {summary['undated_reports']} undated "
            f"{'report' if summary['undated_reports'] == 1 else 'reports'} (on no timeline)"
            if summary.get("undated_reports")
            else ""
        )
        + "</p>",
        "<h2>Tables</h2>",
        "<ul>",
    ]
    known = dict(TABLE_FILES)
    for name in tables:
        words = escape(known.get(name, ""))
        parts.append(f'<li><a href="{escape(name, quote=True)}">{escape(name)}</a> — {words}</li>')
    parts += ["</ul>", "<h2>Charts</h2>"]
    for chart in plan:
        if chart.why_not:
            continue
        png = f"charts/{chart.stem}.png"
        svg = f"charts/{chart.stem}.svg"
        parts.append(
            f'<figure id="{escape(chart.stem, quote=True)}">'
            f'<a href="{escape(svg, quote=True)}"><img src="{escape(png, quote=True)}" '
            f'alt="{escape(chart.stem, quote=True)}" loading="lazy"></a>'
            f"<figcaption>{escape(chart.stem)} · "
            f'<a href="{escape(png, quote=True)}">PNG</a> · '
            f'<a href="{escape(svg, quote=True)}">SVG (hover a point for its source)</a>'
            "</figcaption></figure>"
        )
    skipped = [c for c in plan if c.why_not]
    if skipped:
        parts += ["<h3>Charts not drawn</h3>", "<ul>"]
        parts += [
            f'<li>{escape(c.stem)}: <span class="why">{escape(str(c.why_not))}</span></li>'
            for c in skipped
        ]
        parts.append("</ul>")
    parts += ["<h2>Notebooks (executed)</h2>", "<ul>"]
    parts += [
        f'<li><a href="{escape(path, quote=True)}">{escape(Path(path).stem)}</a></li>'
        for path in notebooks
    ]
    parts += ["</ul>"]
    if events:
        parts += ["<h2>Key events marked on the charts</h2>", "<ol>"]
        parts += [
            f'<li>{escape(date)}: {escape(label)} (<a href="{escape(source, quote=True)}">'
            "source</a>)</li>"
            for date, label, source in events
        ]
        parts.append("</ol>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_index(
    out: Path | str,
    summary: Mapping[str, Any],
    plan: Sequence[PlannedChart],
    events: pd.DataFrame | None = None,
) -> Path:
    """Write ``out/index.html`` from the files present under ``out`` (atomic).

    Example:
        >>> import tempfile
        >>> write_index(tempfile.mkdtemp(), {"claims": 0}, []).name
        'index.html'
    """
    out = Path(out)
    tables = [name for name, _ in TABLE_FILES if (out / name).exists()]
    notebooks = sorted(p.relative_to(out).as_posix() for p in out.glob("notebooks/*.html"))
    rows = []
    if events is not None:
        rows = [
            (str(r["date"].date()), str(r["label"]), str(r["source"]))
            for r in events.to_dict("records")
        ]
    drawn = [c for c in plan if c.why_not or (out / "charts" / f"{c.stem}.png").exists()]
    return atomic_write(out / "index.html", index_html(summary, drawn, tables, notebooks, rows))
