"""Charts of the claims table: one visual grammar for every chart (DESIGN §7).

x is time (or, in the envelope chart, claimants); y is the figure. A claim is drawn as:

- a marker at its best value, at ``period_end`` (or ``published`` when there is no period);
- a horizontal line from ``period_start`` to ``period_end`` when the claim covers a period
  ("in October", "since August", "by the end of the year": a deadline is drawn to its date);
- a vertical bar from low to high; an arrow cap pointing the open way for a one-sided bound
  (up for at least / more than, down for up to / fewer than);
- filled marker and solid line when reported, hollow marker and dashed line when planned,
  an ``x`` when denied; faded when revised (``rank == "deprecated"``);
- a translucent band between low and high for a vague figure ("thousands"), never a point.

Each claimant has one colour and marker in every chart and every run (``claimant_style``).
Stocks and flows never share an axis (``tracker.views.compare.METRICS``). Every chart gets an
"as of <latest report>" subtitle and a "Sources:" footer from the data (``add_chart_frame``).
Functions take a DataFrame and an ``ax`` and return the ``ax``; nothing touches pyplot.
Artists carry a ``gid`` (``GIDS``) so tests and notebooks can find them.

Example:
    >>> claimant_style("South Korea NIS") == claimant_style("South Korea NIS")
    True
"""

from __future__ import annotations

import hashlib
import math
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from tracker.claims.vocabulary import AXIS_LABELS
from tracker.views.compare import (
    METRICS,
    SPREAD_BASIS,
    DateLike,
    apply_supersession,
    axis_groups,
    envelope,
    figure_key,
    format_number,
    metric_info,
    originator_summary,
    originators,
    reviewed,
    spread_over_time,
)

#: Claimant colours: matplotlib's tab10 without grey, then four dark tab20b shades.
PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#843c39",
    "#7b4173",
)
#: Claimant markers (``x`` is kept for denials).
MARKERS: tuple[str, ...] = ("o", "s", "D", "^", "v", "p", "h", "<", ">")

#: Fixed styles for the most frequent claimants (canonical names of data/sources.csv), so
#: they never collide: one colour per country or camp, one marker per claimant within it.
#: Any other claimant is hashed into the colours no pin uses (``_FREE_STYLES``).
STYLE_PINS: dict[str, tuple[str, str]] = {
    "South Korea NIS": ("#1f77b4", "o"),
    "South Korea JCS": ("#1f77b4", "v"),
    "South Korea Ministry of National Defense": ("#1f77b4", "s"),
    "South Korea government": ("#1f77b4", "D"),
    "INSS": ("#17becf", "o"),
    "Ukraine HUR": ("#ff7f0e", "s"),
    "Zelensky": ("#ff7f0e", "o"),
    "Ukraine government": ("#ff7f0e", "D"),
    "Ukrainian armed forces": ("#ff7f0e", "^"),
    "Pentagon": ("#2ca02c", "^"),
    "US government": ("#2ca02c", "D"),
    "US State Department": ("#2ca02c", "s"),
    "US intelligence": ("#2ca02c", "o"),
    "White House": ("#2ca02c", "v"),
    "UK Defence Intelligence": ("#9467bd", "v"),
    "NATO": ("#9467bd", "o"),
    "Western officials": ("#e377c2", "D"),
    "Kremlin": ("#d62728", "p"),
    "Russia government": ("#d62728", "h"),
    "Russia Security Council": ("#d62728", "s"),
    "North Korea government": ("#8c564b", "h"),
    "Kim Jong Un": ("#8c564b", "o"),
    "KCNA": ("#8c564b", "s"),
    "unattributed": ("#7f7f7f", "o"),
}

#: How status changes the glyph.
STATUS_STYLE: dict[str, dict[str, Any]] = {
    "reported": {"filled": True, "linestyle": "-", "marker": None, "label": "reported"},
    "planned": {"filled": False, "linestyle": "--", "marker": None, "label": "planned (hollow)"},
    "denied": {"filled": True, "linestyle": ":", "marker": "x", "label": "denied"},
}
#: Opacity by rank: revised figures stay visible but faded.
RANK_ALPHA: dict[str, float] = {"preferred": 1.0, "normal": 1.0, "deprecated": 0.3}

#: Artist ids, by role.
GIDS: dict[str, str] = {
    "marker": "claim-marker",
    "denied": "denied-marker",
    "bar": "error-bar",
    "arrow_up": "arrow-up",
    "arrow_down": "arrow-down",
    "band": "vague-band",
    "span": "period-span",
    "deadline": "deadline-span",
    "envelope": "envelope-span",
    "subtitle": "chart-subtitle",
    "footer": "chart-footer",
    "label": "claim-label",
    "spread_bounds": "spread-bounds",
    "spread_best": "spread-best",
    "spread_median": "spread-median",
    "appearances": "appearance-bar",
    "originator": "originator-marker",
}

#: Footer notes on what a chart leaves out ({n} count, {claims} "claim"/"claims").
LEFT_OUT_NOTES: dict[str, str] = {
    "undated": "{n} undated {claims} not shown",
    "unvalued": "{n} {claims} without a number not shown",
    "other_unit": "{n} {claims} in another unit not shown",
    "pending": "{n} pending {claims} not shown",
    "merged": "{n} relayed {repeats} of a figure drawn once",
}

#: How the spread chart's footer explains its basis (``tracker.views.compare.SPREAD_BASIS``).
BASIS_WORDS: dict[str, str] = {
    "live": "each source's current figure at the end of each period",
    "dated": "claims dated in each period, latest per source",
}

MIN_X_DAYS = 90.0  # narrowest time axis, so a lone claim is not stretched over years
ENVELOPE_MAX_AGE_DAYS = 180  # saved envelope charts leave out claims older than this
GROUP_GAP = 0.7  # extra space between claimant types in the envelope chart
DENIAL_LABEL_GAP_DAYS = 45.0  # one "X denies" label per claimant within this many days
MIN_BAND_DAYS = 4.0  # half-width of a vague band drawn for a single date
ARROW_POINTS = 16.0  # length of an arrow cap in points
FOOTER_NAMES = 6  # names listed per footer list before "+N more"
FOOTER_WIDTH = 120  # characters per footer line
SAVE_RC: dict[str, Any] = {"svg.hashsalt": "tracker", "svg.fonttype": "path", "font.size": 9.5}
SAVE_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}
FIGSIZE = (10.0, 5.2)
#: y-axis caption for people, by metric kind (several kinds on one axis use ``AXIS_LABELS``).
PERSONS_LABELS: dict[str, str] = {
    "stock": "persons present at the date (stock)",
    "target": "persons planned by the date (target)",
    "flow": "persons over the period (flow)",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def claimant_style(claimant: str) -> dict[str, str]:
    """Colour and marker of a claimant, identical in every chart and every run.

    Pinned claimants (``STYLE_PINS``) keep their style; any other name is hashed (SHA-256,
    not Python's salted ``hash``) into ``_FREE_STYLES``: colours no pin uses.

    Example:
        >>> claimant_style("South Korea NIS")
        {'color': '#1f77b4', 'marker': 'o'}
    """
    pinned = STYLE_PINS.get(claimant)
    if pinned is None:
        digest = hashlib.sha256(str(claimant).encode("utf-8")).digest()
        pinned = _FREE_STYLES[int.from_bytes(digest[:8], "big") % len(_FREE_STYLES)]
    return {"color": pinned[0], "marker": pinned[1]}


#: Pairs for claimants without a pin: colours no pin uses (a hashed claimant never wears a
#: country's colour), times every marker.
_FREE_STYLES: tuple[tuple[str, str], ...] = tuple(
    (colour, marker)
    for colour in PALETTE
    if colour not in {c for c, _ in STYLE_PINS.values()}
    for marker in MARKERS
)


def timeline(
    df: pd.DataFrame,
    ax: Axes,
    metrics: Sequence[str] | str | None = None,
    include_pending: bool = False,
    title: str | None = None,
    frame: bool = True,
) -> Axes:
    """Claims of one or more metrics over time, in the chart grammar of this module.

    Metrics must share an axis (``tracker.views.compare.METRICS``): stocks and flows raise a
    ValueError naming them (use ``timeline_figure`` for one axis per group). Pending and
    rejected claims are left out unless ``include_pending``; undated claims, claims without a
    number and claims in another unit are counted in the footer. Relays of one claimant's
    figure for the same period are drawn once.

    Example:
        >>> timeline(claims, ax, ["troops_present"])  # doctest: +SKIP
    """
    metrics = _metric_list(df, metrics)
    groups = axis_groups(metrics)
    if len(groups) > 1:
        detail = "; ".join(f"{axis}: {', '.join(ms)}" for axis, ms in groups.items())
        raise ValueError(
            f"timeline: these metrics cannot share one axis ({detail}); "
            "draw one axis per group with timeline_figure()"
        )
    rows, notes = _plottable(df, metrics, include_pending)
    multi = rows["metric"].nunique() > 1
    open_bands: list[tuple[Rectangle, float]] = []
    for rec in rows.to_dict("records"):
        x1 = mdates.date2num(rec["_x1"])
        x0 = mdates.date2num(rec["_x0"])
        open_bands += _draw_claim(ax, rec, x0, x1, x1, MIN_BAND_DAYS)
        if multi:
            _label(ax, x1, _anchor_value(rec), metric_info(rec["metric"]).short, rec)
    denials = _denials(df, metrics, include_pending)
    _draw_denials(ax, denials)
    _date_axis(ax, [*rows["_x0"], *rows["_x1"], *denials["_x1"]])
    _value_axis(ax, rows, metrics)
    _extend_open_bands(ax, open_bands)
    _legend(ax, rows)
    if frame:
        labels = " · ".join(metric_info(m).label for m in metrics)
        add_chart_frame(ax, rows, notes=notes, title=title or f"{labels}: claims by source")
    return ax


def timeline_figure(
    df: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    include_pending: bool = False,
    title: str | None = None,
) -> Figure:
    """A figure with one timeline panel per metric, sharing the time axis.

    This is the way to show stocks and flows together: each metric gets its own y axis (in
    ``METRICS`` order, stocks first), so they never share one. Built without pyplot.

    Example:
        >>> timeline_figure(claims, ["troops_present", "killed"])  # doctest: +SKIP
    """
    ordered = [m for ms in axis_groups(_metric_list(df, metrics)).values() for m in ms]
    n = max(1, len(ordered))
    fig = Figure(figsize=(FIGSIZE[0], 1.4 + 3.2 * n))
    axes = fig.subplots(n, 1, sharex=True, squeeze=False)[:, 0]
    for ax, metric in zip(axes, ordered, strict=False):
        timeline(df, ax, [metric], include_pending, frame=False)
        ax.set_title(metric_info(metric).label, loc="left", fontsize=10.5, fontweight="bold")
    rows, notes = _plottable(df, ordered, include_pending)
    denials = _denials(df, ordered, include_pending)
    _date_axis(axes[-1], [*rows["_x0"], *rows["_x1"], *denials["_x1"]])
    first = metric_info(ordered[0]).label if ordered else None
    add_chart_frame(axes[0], rows, footer=False, title=first)
    add_chart_frame(axes[-1], rows, notes=notes, subtitle=False)
    if title:
        fig.suptitle(title, x=0.02, ha="left", fontweight="bold", fontsize=12.5)
    return fig


def envelope_chart(
    df: pd.DataFrame,
    ax: Axes,
    metric: str,
    at: DateLike,
    include_pending: bool = False,
    max_age_days: int | None = None,
    title: str | None = None,
    frame: bool = True,
) -> Axes:
    """Every claimant's live claim for ``metric`` at ``at``, grouped by claimant type.

    x = claimants (grouped by type, headed in italics), y = the figure, each claim drawn in
    the timeline grammar and labelled with its words and publication date. The grey span is
    the envelope (lowest to highest bound) of all current claims.

    Example:
        >>> envelope_chart(claims, ax, "troops_present", "2024-12-01")  # doctest: +SKIP
    """
    rows = envelope(df, metric, at, include_pending, max_age_days)
    rows = rows.assign(metric=metric, rank="normal", period_kind="point")
    positions, ticks = _category_positions(rows)
    open_bands: list[tuple[Rectangle, float]] = []
    for rec, x in zip(rows.to_dict("records"), positions, strict=True):
        open_bands += _draw_claim(ax, rec, x, x, x, 0.25)
        _label(ax, x, _anchor_value(rec), f"{rec['interval']}\n{_day(rec['published'])}", rec)
    extra: list[tuple[Any, str]] = []
    if len(rows):
        lo = rows["low"].fillna(rows["best"]).fillna(rows["high"]).min()
        hi = rows["high"].fillna(rows["best"]).fillna(rows["low"]).max()
        span = ax.axhspan(lo, hi, color="#999999", alpha=0.13, zorder=0, lw=0)
        span.set_gid(GIDS["envelope"])
        words = f"envelope of current claims:\n{format_number(lo)}–{format_number(hi)}"
        extra.append((Patch(facecolor="#999999", alpha=0.3), words))
    ax.set_xticks([t[0] for t in ticks], [t[1] for t in ticks], fontsize=8.5)
    ax.set_xlim(-0.7, (max(positions) if positions else 0) + 0.7)
    ax.tick_params(axis="x", length=0)
    _value_axis(ax, rows, [metric], headroom=1.4)
    _extend_open_bands(ax, open_bands)
    heading = ax.get_xaxis_transform()
    for left, right, label in _type_groups(rows, positions):
        ax.text(
            (left + right) / 2,
            0.98,
            label,
            transform=heading,
            ha="center",
            va="top",
            fontsize=8,
            color="#555555",
            style="italic",
        )
        if left > 0:
            ax.axvline(left - (1 + GROUP_GAP) / 2, color="#dddddd", lw=0.8, zorder=0)
    _legend(ax, rows.assign(_x0=0.0, _x1=0.0), claimants=False, extra=extra)
    if frame:
        notes = [f"Each source's latest figure published by {_day(at)}; revised figures left out"]
        if max_age_days is not None:
            notes.append(f"claims older than {max_age_days} days left out")
        if not len(rows):
            notes.append("no current claims at this date")
        add_chart_frame(
            ax,
            rows,
            title=title or f"{metric_info(metric).label}: current claims at {_day(at)}",
            notes=notes,
        )
    return ax


def spread_chart(
    df: pd.DataFrame,
    ax: Axes,
    metric: str,
    freq: str = "MS",
    basis: str | None = None,
    include_pending: bool = False,
    title: str | None = None,
    frame: bool = True,
) -> Axes:
    """The spread between sources per period: range of best values, widest bounds, median.

    Example:
        >>> spread_chart(claims, ax, "troops_present")  # doctest: +SKIP
    """
    table = spread_over_time(df, metric, freq, basis, include_pending)  # type: ignore[arg-type]
    if len(table):
        offset = pd.tseries.frequencies.to_offset(freq)
        edges = [*table.index, table.index[-1] + offset]
        x = mdates.date2num(pd.DatetimeIndex(edges))
        for column, gid, colour, alpha, label in (
            (("low", "high"), "spread_bounds", "#1f77b4", 0.15, "widest bounds"),
            (("min_best", "max_best"), "spread_best", "#1f77b4", 0.35, "lowest–highest best"),
        ):
            lo = [*table[column[0]], table[column[0]].iloc[-1]]
            hi = [*table[column[1]], table[column[1]].iloc[-1]]
            poly = ax.fill_between(
                x, lo, hi, step="post", color=colour, alpha=alpha, lw=0, label=label
            )
            poly.set_gid(GIDS[gid])
        (median,) = ax.step(
            x,
            [*table["median_best"], table["median_best"].iloc[-1]],
            where="post",
            color="#0b3c5d",
            lw=1.8,
            label="median of sources",
        )
        median.set_gid(GIDS["spread_median"])
        tops = table["high"].fillna(table["max_best"])
        for left, right, n, top in zip(x[:-1], x[1:], table["n_claimants"], tops, strict=True):
            if n and not math.isnan(top):
                ax.annotate(
                    f"{n}",
                    xy=((left + right) / 2, top),
                    xytext=(0, 2),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=7.5,
                    color="#555555",
                )
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8.5)
    _date_axis(ax, [*table.index, *(table.index + pd.tseries.frequencies.to_offset(freq))])
    rows = reviewed(df, include_pending)
    rows = rows[rows["metric"] == metric]
    _value_axis(ax, rows, [metric])
    if frame:
        words = BASIS_WORDS[basis or SPREAD_BASIS[metric_info(metric).kind]]
        add_chart_frame(
            ax,
            rows,
            title=title or f"{metric_info(metric).label}: spread between sources",
            notes=(f"Bands: {words}; small numbers = sources per period",),
        )
    return ax


def originators_chart(
    df: pd.DataFrame,
    ax: Axes,
    metrics: Sequence[str] | None = None,
    top: int = 15,
    min_appearances: int = 2,
    include_pending: bool = False,
    title: str | None = None,
    frame: bool = True,
) -> Axes:
    """Appearances of each claimant's figure vs its single independent originator.

    One horizontal bar per (metric, claimant, figure) that appeared in at least
    ``min_appearances`` reports (the ``top`` most repeated), as long as the number of reports
    that carried it; a marker at 1 stands for the one originator. Each metric's header gives
    its totals: appearances, independent claimant-figures, distinct claimants.

    Example:
        >>> originators_chart(claims, ax, ["troops_present"])  # doctest: +SKIP
    """
    table = originators(df, include_pending)
    summary = originator_summary(df, include_pending)
    if metrics is not None:
        table = table[table["metric"].isin(list(metrics))]
        summary = summary[summary.index.isin(list(metrics))]
    shown = table[table["appearances"] >= min_appearances]
    shown = shown.sort_values("appearances", ascending=False, kind="stable").head(top)
    y = 0.0
    ticks: list[tuple[float, str]] = []
    for metric in summary.index:
        s = summary.loc[metric]
        group = shown[shown["metric"] == metric].sort_values(
            "appearances", ascending=False, kind="stable"
        )
        once = int((table["metric"] == metric).sum()) - len(group)
        header = (
            f"{metric_info(metric).label}: {s['appearances']} "
            f"{_plural(int(s['appearances']), 'appearance')} of {s['originators']} independent "
            f"{_plural(int(s['originators']), 'figure')} from {s['claimants']} "
            f"{_plural(int(s['claimants']), 'claimant')}"
        )
        if once and len(group):
            header += f" (+{once} {_plural(once, 'figure')} not shown)"
        ax.text(
            0,
            y,
            header,
            fontsize=8.5,
            fontweight="bold",
            va="center",
            transform=ax.get_yaxis_transform(),
        )
        y += 1
        for rec in group.to_dict("records"):
            style = claimant_style(rec["claimant"])
            bar = ax.barh(y, rec["appearances"], height=0.62, color=style["color"], alpha=0.5)
            for patch in bar.patches:
                patch.set_gid(GIDS["appearances"])
            ax.add_line(
                Line2D(
                    [1],
                    [y],
                    marker=style["marker"],
                    color=style["color"],
                    mec="black",
                    mew=0.6,
                    ms=7,
                    ls="none",
                    gid=GIDS["originator"],
                )
            )
            n, k = int(rec["appearances"]), int(rec["outlets"])
            ax.annotate(
                f"{n} {_plural(n, 'report')} · {k} {_plural(k, 'outlet')}",
                xy=(rec["appearances"], y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=7.5,
                color="#444444",
            )
            ticks.append((y, f"{rec['claimant']} — {rec['figure']}"))
            y += 1
        y += 0.5
    ax.set_yticks([t[0] for t in ticks], [t[1] for t in ticks], fontsize=8.5)
    ax.set_ylim(max(y - 0.4, 1.0), -0.8)
    ax.set_xlim(0, max([2, *shown["appearances"]]) * 1.25)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("reports carrying the figure (marker = its 1 independent originator)")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)
    if frame:
        rows = reviewed(df, include_pending)
        if metrics is not None:
            rows = rows[rows["metric"].isin(list(metrics))]
        notes = [
            "A claimant's figure relayed by many outlets counts as one originator; "
            f"figures in fewer than {min_appearances} reports (or beyond the top {top}) are "
            "counted in the headers only"
        ]
        add_chart_frame(
            ax,
            rows,
            notes=notes,
            title=title or "Repetition is not corroboration: reports per original figure",
        )
    return ax


def add_chart_frame(
    ax: Axes,
    df: pd.DataFrame,
    notes: Iterable[str] = (),
    title: str | None = None,
    subtitle: bool = True,
    footer: bool = True,
) -> Axes:
    """Title, "as of <latest published>" subtitle and a "Sources:" footer built from ``df``.

    The footer lists the claimants (most frequent first), the outlets that relayed them and
    any ``notes`` ("3 undated claims not shown"). Calling it again replaces the frame.

    Example:
        >>> add_chart_frame(ax, claims).texts[-1].get_text()  # doctest: +SKIP
        'Sources: South Korea NIS, Ukraine HUR (claimants); via Yonhap, Reuters (outlets).'
    """
    for artist in [*ax.texts]:
        if artist.get_gid() in (GIDS["subtitle"], GIDS["footer"]):
            artist.remove()
    if title is not None:
        ax.set_title(title, loc="left", fontweight="bold", fontsize=11.5, pad=18)
    if subtitle:
        ax.annotate(
            as_of_text(df),
            xy=(0, 1),
            xycoords="axes fraction",
            xytext=(0, 5),
            textcoords="offset points",
            va="bottom",
            ha="left",
            fontsize=9,
            color="#444444",
            gid=GIDS["subtitle"],
        )
    if footer:
        text = "\n".join(textwrap.wrap(sources_text(df, notes), FOOTER_WIDTH))
        ax.annotate(
            text,
            xy=(0, 0),
            xycoords=("axes fraction", lambda renderer: _below_x_axis(ax, renderer)),
            xytext=(0, -8),
            textcoords="offset points",
            va="top",
            ha="left",
            fontsize=7.5,
            color="#555555",
            gid=GIDS["footer"],
        )
    return ax


def _below_x_axis(ax: Axes, renderer: Any) -> Any:
    """Box of the x axis with its tick labels (the axes box when the axis shows nothing)."""
    return ax.xaxis.get_tightbbox(renderer) or ax.get_window_extent(renderer)


def as_of_text(df: pd.DataFrame) -> str:
    """The subtitle: "as of <latest publication date>" of the claims in ``df``.

    Example:
        >>> as_of_text(pd.DataFrame({"published": [pd.Timestamp("2024-11-13")]}))
        'as of 13 Nov 2024 (latest report)'
    """
    latest = df["published"].max() if "published" in df and len(df) else pd.NaT
    if pd.isna(latest):
        return "as of: no dated report"
    return f"as of {_day(latest)} (latest report)"


def sources_text(df: pd.DataFrame, notes: Iterable[str] = ()) -> str:
    """The footer: claimants and relaying outlets from ``df``, then ``notes``.

    Example:
        >>> sources_text(pd.DataFrame({"claimant": ["Ukraine HUR"], "outlet": ["Wire"]}))
        'Sources: Ukraine HUR (claimant); via Wire (outlet).'
    """
    parts = []
    claimants = _by_frequency(df.get("claimant", pd.Series(dtype=object)))
    outlets = _by_frequency(df.get("outlet", pd.Series(dtype=object)))
    if claimants:
        noun = "claimant" if len(claimants) == 1 else "claimants"
        parts.append(f"Sources: {_name_list(claimants)} ({noun})")
    else:
        parts.append("Sources: none shown")
    if outlets:
        noun = "outlet" if len(outlets) == 1 else "outlets"
        parts.append(f"via {_name_list(outlets)} ({noun})")
    text = "; ".join(parts) + "."
    extra = [n.rstrip(".") + "." for n in notes if n]
    return " ".join([text, *extra])


def chart_axes(width: float = FIGSIZE[0], height: float = FIGSIZE[1]) -> Axes:
    """A fresh axes on its own figure, built without pyplot, for one chart in a notebook.

    Example:
        >>> chart_axes().figure.get_size_inches().tolist()
        [10.0, 5.2]
    """
    return Figure(figsize=(width, height)).add_subplot()


def save_main_charts(
    df: pd.DataFrame, out_dir: str | Path, include_pending: bool = False
) -> list[Path]:
    """Write the main charts as PNG and SVG into ``out_dir``; return the paths written.

    Charts: a timeline per metric with plottable claims; for metrics with two or more
    claimants, the envelope at the latest publication date (claims older than
    ``ENVELOPE_MAX_AGE_DAYS`` left out, as its footer says) and the spread over time; and the
    originators chart. Same data gives byte-identical files (fixed SVG hash salt, no dates in
    metadata). Files of metrics no longer in the data are not removed.

    Example:
        >>> save_main_charts(claims, "out/charts")  # doctest: +SKIP
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = reviewed(df, include_pending)
    written: list[Path] = []
    latest = rows["published"].max()
    for metric in METRICS:
        plottable, _ = _plottable(df, [metric], include_pending)
        if plottable.empty:
            continue
        written += _save(
            out / f"timeline-{metric}", lambda ax, m=metric: timeline(df, ax, [m], include_pending)
        )
        if plottable["claimant"].nunique() < 2 or pd.isna(latest):
            continue
        n_live = len(envelope(df, metric, latest, include_pending, ENVELOPE_MAX_AGE_DAYS))
        written += (
            []
            if n_live == 0
            else _save(
                out / f"envelope-{metric}",
                lambda ax, m=metric: envelope_chart(
                    df, ax, m, latest, include_pending, ENVELOPE_MAX_AGE_DAYS
                ),
                width=min(18.0, max(FIGSIZE[0], 3.5 + 1.1 * n_live)),
            )
        )
        written += _save(
            out / f"spread-{metric}",
            lambda ax, m=metric: spread_chart(df, ax, m, include_pending=include_pending),
        )
    table = originators(df, include_pending)
    if not table.empty:
        lines = table["metric"].nunique() + min(15, int((table["appearances"] >= 2).sum()))
        written += _save(
            out / "originators",
            lambda ax: originators_chart(df, ax, include_pending=include_pending),
            height=max(3.0, 1.6 + 0.3 * lines),
        )
    return written


# --- drawing helpers -----------------------------------------------------------------------


def _save(
    stem: Path, draw: Any, width: float = FIGSIZE[0], height: float = FIGSIZE[1]
) -> list[Path]:
    paths = []
    with matplotlib.rc_context(SAVE_RC):
        fig = Figure(figsize=(width, height))
        draw(fig.add_subplot())
        for ext in ("png", "svg"):
            path = stem.with_suffix(f".{ext}")
            fig.savefig(path, dpi=150, bbox_inches="tight", metadata=SAVE_METADATA[ext])
            paths.append(path)
    return paths


def _metric_list(df: pd.DataFrame, metrics: Sequence[str] | str | None) -> list[str]:
    if isinstance(metrics, str):
        return [metrics]
    if metrics is None:
        present = set(df["metric"].dropna())
        return [m for m in METRICS if m in present] + sorted(present - set(METRICS))
    return list(metrics)


def _plottable(
    df: pd.DataFrame, metrics: Sequence[str], include_pending: bool
) -> tuple[pd.DataFrame, list[str]]:
    """Rows that can be drawn, with x0/x1 dates, and the footer notes on what was left out."""
    all_rows = df[df["metric"].isin(list(metrics))]
    rows = reviewed(apply_supersession(df, include_pending), include_pending)
    rows = rows[rows["metric"].isin(list(metrics))]
    notes = []
    pending = int((all_rows["review"] == "pending").sum()) if not include_pending else 0
    x1 = rows["period_end"].fillna(rows["published"])
    has_span = rows["period_kind"].ne("asof") & rows["period_start"].notna()
    x0 = rows["period_start"].where(has_span & rows["period_end"].notna(), x1)
    rows = rows.assign(_x0=x0, _x1=x1)
    undated = int(rows["_x1"].isna().sum())
    rows = rows[rows["_x1"].notna()]
    no_value = ~rows[["low", "best", "high"]].notna().any(axis=1)
    denials = rows[no_value & (rows["status"] == "denied")]
    unvalued = int(no_value.sum()) - len(denials)
    rows = rows[~no_value]
    measure = rows["unit"].fillna("").astype(str) + "|" + rows["per"].fillna("").astype(str)
    other_unit = 0
    if measure.nunique() > 1:
        main = measure.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        keep = measure == main.index[0]
        other_unit = int((~keep).sum())
        rows = rows[keep]
    dup_key = (
        rows.apply(
            lambda r: (
                r["claimant"],
                r["metric"],
                r["status"],
                r["period_kind"],
                r["_x0"],
                r["_x1"],
                figure_key(r["low"], r["best"], r["high"]),
            ),
            axis=1,
        )
        if len(rows)
        else pd.Series(dtype=object)
    )
    rows = rows.sort_values(["published", "claim_id"], na_position="last", kind="stable")
    dups = dup_key.loc[rows.index].duplicated() if len(rows) else pd.Series(dtype=bool)
    merged = int(dups.sum())
    rows = rows[~dups] if len(rows) else rows
    counts = {
        "undated": undated,
        "unvalued": unvalued,
        "other_unit": other_unit,
        "pending": pending,
        "merged": merged,
    }
    for name, n in counts.items():
        if n:
            words = {"claims": _plural(n, "claim"), "repeats": _plural(n, "repeat")}
            notes.append(LEFT_OUT_NOTES[name].format(n=n, **words))
    return rows, notes


def _denials(df: pd.DataFrame, metrics: Sequence[str], include_pending: bool) -> pd.DataFrame:
    """Dated denials with no number ("fake news"), with their date in ``_x1``."""
    rows = reviewed(df, include_pending)
    no_value = ~rows[["low", "best", "high"]].notna().any(axis=1)
    rows = rows[rows["metric"].isin(list(metrics)) & (rows["status"] == "denied") & no_value]
    rows = rows.assign(_x1=rows["period_end"].fillna(rows["published"]))
    return rows[rows["_x1"].notna()]


def _draw_denials(ax: Axes, denials: pd.DataFrame) -> None:
    """A denial with no number ("fake news"): an ``x`` on the time axis, in the claimant's colour.

    It marks when a claimant denied the reports, without putting a number on the value axis.
    """
    on_axis = ax.get_xaxis_transform()  # x in data (dates), y in axes fraction
    labelled: dict[str, float] = {}  # claimant -> date of its last label
    for rec in denials.sort_values(["_x1", "claim_id"]).to_dict("records"):
        x = mdates.date2num(rec["_x1"])
        colour = claimant_style(rec["claimant"])["color"]
        ax.plot(
            [x],
            [0.0],
            transform=on_axis,
            linestyle="none",
            marker="x",
            markersize=9,
            markeredgewidth=2.2,
            color=colour,
            clip_on=False,
            zorder=5,
            gid=GIDS["denied"],
        )
        if x - labelled.get(rec["claimant"], -math.inf) < DENIAL_LABEL_GAP_DAYS:
            continue  # one label for a run of denials by the same claimant
        labelled[rec["claimant"]] = x
        ax.annotate(
            f"{rec['claimant']} denies",
            xy=(x, 0.0),
            xycoords=on_axis,
            xytext=(0, 8),
            textcoords="offset points",
            rotation=90,
            ha="center",
            va="bottom",
            fontsize=7.5,
            color=colour,
        )


def _draw_claim(
    ax: Axes, rec: dict, x0: float, x1: float, xp: float, half: float
) -> list[tuple[Rectangle, float]]:
    """Draw one claim; return vague bands open upward/downward (to extend once ylim is set)."""
    style = claimant_style(rec["claimant"])
    colour = style["color"]
    status = STATUS_STYLE.get(rec["status"], STATUS_STYLE["reported"])
    alpha = RANK_ALPHA.get(rec.get("rank"), 1.0)
    low, best, high = (_num(rec[k]) for k in ("low", "best", "high"))
    if math.isnan(best):
        return _draw_band(ax, low, high, x0, x1, xp, half, colour, status, alpha)
    if x1 > x0:
        gid = GIDS["deadline"] if rec.get("period_kind") == "deadline" else GIDS["span"]
        ax.add_line(
            Line2D(
                [x0, x1],
                [best, best],
                color=colour,
                lw=2.4,
                ls=status["linestyle"],
                alpha=0.75 * alpha,
                solid_capstyle="butt",
                gid=gid,
            )
        )
    if not math.isnan(low) and not math.isnan(high) and high > low:
        ax.add_line(
            Line2D(
                [xp, xp],
                [low, high],
                color=colour,
                lw=1.3,
                alpha=alpha,
                marker="_",
                ms=8,
                mew=1.3,
                ls=status["linestyle"],
                gid=GIDS["bar"],
            )
        )
    marker = status["marker"] or style["marker"]
    face = colour if status["filled"] else "none"
    ax.add_line(
        Line2D(
            [xp],
            [best],
            marker=marker,
            ms=7.5,
            mfc=face,
            mec=colour,
            mew=1.6,
            ls="none",
            alpha=alpha,
            zorder=3,
            gid=GIDS["denied"] if status["marker"] else GIDS["marker"],
        )
    )
    _draw_arrow(ax, xp, best, low, high, colour, alpha)
    return []


def _draw_band(
    ax: Axes,
    low: float,
    high: float,
    x0: float,
    x1: float,
    xp: float,
    half: float,
    colour: str,
    status: dict,
    alpha: float,
) -> list[tuple[Rectangle, float]]:
    lo = low if not math.isnan(low) else high
    hi = high if not math.isnan(high) else low
    if x1 - x0 < 2 * half:
        x0, x1 = xp - half, xp + half
    is_open = math.isnan(low) != math.isnan(high)
    band = Rectangle(
        (x0, lo),
        x1 - x0,
        hi - lo,
        facecolor=colour,
        alpha=(0.07 if is_open else 0.2) * alpha,
        edgecolor=colour,
        lw=1.0,
        ls=status["linestyle"],
        gid=GIDS["band"],
        hatch="///" if is_open else None,
    )
    ax.add_patch(band)
    _draw_arrow(ax, (x0 + x1) / 2, lo, low, high, colour, alpha)
    if not is_open:
        return []
    return [(band, 1.0 if math.isnan(high) else -1.0)]


def _extend_open_bands(ax: Axes, bands: list[tuple[Rectangle, float]]) -> None:
    """Stretch a vague band with one open side ("thousands" = 1,000 or more) to the axis edge."""
    bottom, top = ax.get_ylim()
    for band, direction in bands:
        y = band.get_y()
        if direction > 0:
            band.set_height(max(0.0, top - y))
        else:
            band.set_y(bottom)
            band.set_height(max(0.0, y - bottom))


def _draw_arrow(
    ax: Axes, x: float, y: float, low: float, high: float, colour: str, alpha: float
) -> None:
    if not math.isnan(low) and math.isnan(high):
        direction, gid = 1.0, GIDS["arrow_up"]
    elif math.isnan(low) and not math.isnan(high):
        direction, gid = -1.0, GIDS["arrow_down"]
    else:
        return
    ax.annotate(
        "",
        xy=(x, y),
        xytext=(0, direction * ARROW_POINTS),
        textcoords="offset points",
        arrowprops={
            "arrowstyle": "<|-,head_length=0.45,head_width=0.22",
            "color": colour,
            "lw": 1.3,
            "alpha": alpha,
            "shrinkA": 0,
            "shrinkB": 4,
        },
        gid=gid,
    )


def _label(ax: Axes, x: float, y: float, text: str, rec: dict) -> None:
    """A small text beside a claim: above it, or to its right when an arrow points up."""
    up = math.isnan(_num(rec["high"])) and not math.isnan(_num(rec["low"]))
    ax.annotate(
        text,
        xy=(x, y),
        xytext=(7, 2) if up else (0, 7),
        textcoords="offset points",
        ha="left" if up else "center",
        va="bottom",
        fontsize=7.5,
        color="#333333",
        gid=GIDS["label"],
    )


def _anchor_value(rec: dict) -> float:
    for key in ("high", "best", "low"):
        value = _num(rec[key])
        if not math.isnan(value):
            return value
    return math.nan


def _date_axis(ax: Axes, dates: Iterable[Any]) -> None:
    """Months on x (concise labels), spanning ``dates`` padded, at least ``MIN_X_DAYS`` wide."""
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    stamps = pd.to_datetime(pd.Series(list(dates), dtype=object)).dropna()
    if stamps.empty:
        return
    lo, hi = mdates.date2num(stamps.min()), mdates.date2num(stamps.max())
    if hi - lo < MIN_X_DAYS:
        middle = (lo + hi) / 2
        lo, hi = middle - MIN_X_DAYS / 2, middle + MIN_X_DAYS / 2
    pad = max(6.0, (hi - lo) * 0.03)
    ax.set_xlim(lo - pad, hi + pad)


def _value_axis(
    ax: Axes, rows: pd.DataFrame, metrics: Sequence[str], headroom: float = 1.18
) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    axis = metric_info(metrics[0]).axis if metrics else "other"
    kinds = {metric_info(m).kind for m in metrics}
    label = AXIS_LABELS.get(axis, "count")
    if len(kinds) == 1 and axis.startswith("persons"):
        label = PERSONS_LABELS[kinds.pop()]
    units = sorted({str(u) for u in rows.get("unit", pd.Series(dtype=object)).dropna()})
    pers = sorted({str(p) for p in rows.get("per", pd.Series(dtype=object)).dropna()})
    if axis == "money_rate" and units:
        label = f"{'/'.join(units)} per {'/'.join(pers) or 'period'}"
    elif axis in ("materiel", "other") and units:
        label = ", ".join(units)
    ax.set_ylabel(label)
    values = pd.concat([rows[c] for c in ("low", "best", "high")]).dropna() if len(rows) else []
    top = float(max(values)) if len(values) else 1.0
    ax.set_ylim(0, top * headroom if top > 0 else 1.0)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)


def _legend(
    ax: Axes,
    rows: pd.DataFrame,
    claimants: bool = True,
    extra: Sequence[tuple[Any, str]] = (),
) -> None:
    """Legend outside the data, right: claimants (colour + marker), then the key in use."""
    handles: list[Any] = []
    labels: list[str] = []
    if claimants:
        for claimant in sorted(rows["claimant"].dropna().unique(), key=str.casefold):
            handles.append(Line2D([], [], ls="none", ms=7, mew=1.4, **claimant_style(claimant)))
            labels.append(claimant)
    key = [*extra, *_key_entries(rows)]
    if key:
        if handles:
            handles.append(Line2D([], [], ls="none"))
            labels.append("")
        handles += [h for h, _ in key]
        labels += [label for _, label in key]
    if handles:
        ax.legend(
            handles,
            labels,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
            fontsize=8.5,
            handlelength=2.2,
            borderaxespad=0,
        )


def _key_entries(rows: pd.DataFrame) -> list[tuple[Any, str]]:
    grey = "#555555"
    present = set(rows["status"].dropna())
    entries: list[tuple[Any, str]] = []
    for status, spec in STATUS_STYLE.items():
        if status in present and (status != "reported" or len(present) > 1):
            entries.append(
                (
                    Line2D(
                        [],
                        [],
                        color=grey,
                        marker=spec["marker"] or "o",
                        ls=spec["linestyle"],
                        mfc=grey if spec["filled"] else "none",
                        mec=grey,
                        ms=6,
                    ),
                    spec["label"],
                )
            )
    best = rows["best"]
    if (best.isna() & (rows["low"].notna() | rows["high"].notna())).any():
        entries.append((Patch(facecolor=grey, alpha=0.25, edgecolor=grey), "vague (band)"))
    if (best.notna() & (rows["high"] > rows["low"])).any():
        entries.append((Line2D([], [], color=grey, marker="_", ms=8), "low–high"))
    if (rows["low"].isna() ^ rows["high"].isna()).any():
        entries.append(
            (Line2D([], [], color=grey, marker="$\u2195$", ls="none", ms=9), "open bound (arrow)")
        )
    if (rows["_x1"] > rows["_x0"]).any() if "_x0" in rows else False:
        entries.append((Line2D([], [], color=grey, lw=2.4), "period covered"))
    if (rows.get("rank", pd.Series(dtype=object)) == "deprecated").any():
        entries.append(
            (Line2D([], [], color=grey, marker="o", ls="none", alpha=0.3), "revised (faded)")
        )
    return entries


def _category_positions(rows: pd.DataFrame) -> tuple[list[float], list[tuple[float, str]]]:
    positions: list[float] = []
    ticks: list[tuple[float, str]] = []
    x = 0.0
    previous = None
    for claimant, ctype, status in zip(
        rows["claimant"], rows["claimant_type"], rows["status"], strict=True
    ):
        if previous is not None and ctype != previous:
            x += GROUP_GAP
        positions.append(x)
        name = str(claimant) if status == "reported" else f"{claimant} ({status})"
        ticks.append((x, "\n".join(textwrap.wrap(name, 10, break_long_words=False))))
        previous = ctype
        x += 1.0
    return positions, ticks


def _type_groups(rows: pd.DataFrame, positions: list[float]) -> list[tuple[float, float, str]]:
    out = []
    frame = pd.DataFrame({"t": list(rows["claimant_type"]), "x": positions})
    for ctype, group in frame.groupby("t", sort=False):
        words = str(ctype).replace("_", " ")
        out.append((float(group["x"].min()), float(group["x"].max()), words))
    return out


def _by_frequency(values: pd.Series) -> list[str]:
    counts = values.dropna().astype(str).value_counts()
    return sorted(counts.index, key=lambda name: (-counts[name], name.casefold()))


def _name_list(names: list[str]) -> str:
    if len(names) <= FOOTER_NAMES:
        return ", ".join(names)
    return ", ".join(names[:FOOTER_NAMES]) + f" +{len(names) - FOOTER_NAMES} more"


def _day(value: DateLike) -> str:
    """A date as "1 Mar 2025" (no zero padding, no locale)."""
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {MONTHS[stamp.month - 1]} {stamp.year}"


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def _num(value: object) -> float:
    if value is None or value is pd.NA:
        return math.nan
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
