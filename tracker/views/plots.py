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
"as of <date>" subtitle and a "Sources:" footer from the data (``add_chart_frame``). The
honest-chart rules (one unit per axis, totals compared with totals, one ageing rule, ...) are
the table ``CHART_RULES``, printed in the codebook (data/README.md, "Chart rules").
Functions take a DataFrame and an ``ax`` and return the ``ax``; nothing touches pyplot.
Artists carry a ``gid`` (``GIDS``) so tests and notebooks can find them.

Example:
    >>> claimant_style("South Korea NIS") == claimant_style("South Korea NIS")
    True
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
    CURRENT_MAX_AGE_DAYS,
    METRICS,
    SPREAD_BASIS,
    DateLike,
    ageing_text,
    apply_supersession,
    axis_groups,
    envelope,
    format_figure,
    format_number,
    in_measure,
    main_measure,
    measure_keys,
    metric_info,
    originators,
    reviewed,
    spread_over_time,
    summarise_originators,
    totals,
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
    "bracket": "period-bracket",
    "event": "key-event",
    "event_label": "key-event-label",
}
#: A claim's marker has the gid ``<role>--<claim id>`` (role: claim or denial marker); its
#: label is its SVG tooltip.
TIP_PREFIXES: tuple[str, ...] = (GIDS["marker"] + "--", GIDS["denied"] + "--")

#: Footer notes on what a chart leaves out ({n} count, {claims} "claim"/"claims").
LEFT_OUT_NOTES: dict[str, str] = {
    "undated": "{n} undated {claims} not shown",
    "unvalued": "{n} {claims} without a number not shown",
    "other_unit": "{n} {claims} in another unit or scope not shown",
    "pending": "{n} pending {claims} not shown",
    "merged": "{n} relayed {repeats} of a figure drawn once",
}

#: How the spread chart's footer explains its basis (``tracker.views.compare.SPREAD_BASIS``).
BASIS_WORDS: dict[str, str] = {
    "live": "each source's current figure at the end of each period",
    "dated": "claims dated in each period, latest per source",
}

MIN_X_DAYS = 90.0  # narrowest time axis, so a lone claim is not stretched over years
ENVELOPE_MAX_LABELS = 24  # above this many claims an envelope labels no figure (too dense)
ENVELOPE_MIN_CLAIMANTS = 2  # an envelope needs this many independent originators
MAX_POINTS = 250  # above this many claims, a panel draws a monthly summary per claimant
MAX_CLAIMANTS = 12  # claimants named in a summarised panel; the rest are OTHER_SOURCES
OTHER_SOURCES = "other sources"
ALL_MEASURES = "*"  # _plottable: keep every unit and scope (tables, frames over panels)
LOG_SPAN = 100.0  # a money axis whose amounts span more than this ratio is drawn in log scale
SUPERSEDED_ATTR = "tracker_superseded"  # DataFrame.attrs key set by with_supersession
AGE_UNLIMITED = -1  # add_chart_frame: a current-claims view without an age limit
#: Metric kinds drawn as of the end of a whole period, with a light bracket to its start.
AS_OF_END_KINDS: frozenset[str] = frozenset({"stock", "target"})
#: Words for a scope other than total in panel titles and tables.
SCOPE_WORDS: dict[str, str] = {
    "total": "totals",
    "incident": "single incidents",
    "increment": "increments (another ...)",
}
PLOTTED_COLUMNS: tuple[str, ...] = (
    "date",
    "published",
    "claimant",
    "metric",
    "figure",
    "figure_text",
    "low",
    "best",
    "high",
    "measure",
    "outlet",
    "url",
    "claim_id",
)
GROUP_GAP = 0.7  # extra space between claimant types in the envelope chart
DENIAL_LABEL_GAP_DAYS = 45.0  # one "X denies" label per claimant within this many days
MIN_BAND_DAYS = 4.0  # half-width of a vague band drawn for a single date
ARROW_POINTS = 16.0  # length of an arrow cap in points
FOOTER_NAMES = 6  # names listed per footer list before "+N more"
FOOTER_WIDTH = 120  # characters per footer line
#: Saving: fixed SVG ids; SVG text kept as text (searchable, selectable, and fast to write).
SAVE_RC: Any = {"svg.hashsalt": "tracker", "svg.fonttype": "none", "font.size": 9.5}
SAVE_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}
FIGSIZE = (10.0, 5.2)
TABLE_MAX_ROWS = 200  # rows of a notebook's table of plotted claims (the latest)
PANEL_HEIGHT = 3.2  # inches per timeline panel, at least
LEGEND_LINE = 0.2  # inches per legend line (a panel grows to fit its legend)
LEGEND_KEY_LINES = 7  # legend lines of the key (statuses, bands, bounds, spans)
PNG_COMPRESS_LEVEL = 3  # zlib level of the PNG files: fast to write, a little larger
#: y-axis caption for people, by metric kind (several kinds on one axis use ``AXIS_LABELS``).
PERSONS_LABELS: dict[str, str] = {
    "stock": AXIS_LABELS["persons_stock"],
    "target": "persons planned by the date (target)",  # a target shares the stock axis
    "flow": AXIS_LABELS["persons_flow"],
}


@dataclass(frozen=True)
class ChartRule:
    """One honest-chart rule: its name, what the charts do, and where the code does it."""

    name: str
    rule: str
    code: str


#: The honest-chart rules, printed in the codebook by ``chart_rules_markdown``.
CHART_RULES: tuple[ChartRule, ...] = (
    ChartRule(
        "one unit per axis",
        "An axis shows one unit, one currency and one 'per' (USD per month); a metric in "
        "several units gets one panel per unit, never a joined label like 'KRW/USD'.",
        "`measure_of`, `panels`, `timeline_figure`; `_value_axis` names one unit",
    ),
    ChartRule(
        "stocks and flows apart",
        "A stock (present at a date) and a flow (moved over a period) never share an axis.",
        "`compare.axis_groups`; `timeline` refuses, `timeline_figure` splits",
    ),
    ChartRule(
        "totals compared with totals",
        "`scope` (total, incident, increment) is never mixed: envelopes and spreads compare "
        "totals only; incidents and increments get their own timeline panel.",
        "`compare.totals` (`COMPARED_SCOPES`), `measure_of`",
    ),
    ChartRule(
        "a whole period's stock at its end",
        "A stock or target dated by a whole period ('last year', 'in October') is drawn as "
        "of the period's end, with a light bracket back to its start, not a bar across it.",
        "`_draw_claim` (`AS_OF_END_KINDS`, gid `period-bracket`)",
    ),
    ChartRule(
        "one ageing rule",
        "Every 'current claims' view (envelope, spread of stocks) uses one rule, stated in "
        f"its subtitle: {ageing_text(CURRENT_MAX_AGE_DAYS)}.",
        "`compare.CURRENT_MAX_AGE_DAYS`, `compare.ageing_text`",
    ),
    ChartRule(
        "one as-of date",
        "Title and subtitle agree: titles carry no date; the subtitle gives the one as-of "
        "date (the envelope's date, or the latest report shown).",
        "`add_chart_frame`, `as_of_text`",
    ),
    ChartRule(
        "two originators for an envelope",
        "An envelope (lowest to highest current claim) needs current claims from two "
        "independent claimants; otherwise none is drawn and the chart or the index says why.",
        "`envelope_chart` (`ENVELOPE_MIN_CLAIMANTS`), `chart_plan`",
    ),
    ChartRule(
        "money apart by orders of magnitude on a log scale",
        f"A money axis whose amounts span more than {LOG_SPAN:.0f} times (a wage and a "
        "total bill) is drawn in log scale and its label says so.",
        "`_value_axis` (`LOG_SPAN`)",
    ),
    ChartRule(
        "vague words are bands",
        "A vague figure ('thousands') is a band between its rule's bounds, never a point.",
        "`_draw_band`",
    ),
    ChartRule(
        "key events marked",
        "Key events from data/events.csv (date, label, public source) are dashed lines on "
        "every time axis they fall in.",
        "`read_events`, `mark_events`",
    ),
    ChartRule(
        "readable at scale",
        f"A panel with more than {MAX_POINTS} claims draws one mark per source and month "
        "(median, bar = range) and says so in the footer.",
        "`_thin` (`MAX_POINTS`, `MAX_CLAIMANTS`)",
    ),
    ChartRule(
        "every point has its source",
        "In the SVG charts every claim carries its claimant, outlet, date and link (tooltip "
        "and link); in the notebooks a table of the plotted claims with links follows each "
        "chart.",
        "`svg_with_tooltips`, `claims_table`",
    ),
)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def claimant_style(claimant: str) -> dict[str, Any]:
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


def chart_rules_markdown() -> str:
    """``CHART_RULES`` as the Markdown table of the codebook's "Chart rules" section.

    Example:
        >>> chart_rules_markdown().splitlines()[0]
        '| rule | what the charts do | where in the code |'
    """
    lines = ["| rule | what the charts do | where in the code |", "|---|---|---|"]
    lines += [f"| {r.name} | {r.rule} | {r.code} |" for r in CHART_RULES]
    return "\n".join(lines)


def timeline(
    df: pd.DataFrame,
    ax: Axes,
    metrics: Sequence[str] | str | None = None,
    include_pending: bool = False,
    title: str | None = None,
    frame: bool = True,
    *,
    measure: str | None = None,
    events: pd.DataFrame | None = None,
) -> Axes:
    """Claims of one or more metrics over time, in the chart grammar of this module.

    Metrics must share an axis (``tracker.views.compare.METRICS``): stocks and flows raise a
    ValueError naming them (use ``timeline_figure`` for one axis per group). One axis shows
    one measure (unit, per and scope, ``measure_of``): the most frequent unless ``measure``
    is given; the rest are counted in the footer. Pending and rejected claims are left out
    unless ``include_pending``; undated claims and claims without a number are counted in
    the footer. Relays of one claimant's figure for the same period are drawn once. Over
    ``MAX_POINTS`` claims, a monthly summary per claimant is drawn instead (``CHART_RULES``).
    ``events`` (``read_events``) are marked on the time axis.

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
    rows, notes = _plottable(df, metrics, include_pending, measure)
    rows, thin_notes = _thin(rows)
    notes += thin_notes
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
    notes += events_note(mark_events(ax, events))
    _legend(ax, rows)
    if frame:
        labels = " · ".join(metric_info(m).label for m in metrics)
        add_chart_frame(ax, rows, notes=notes, title=title or f"{labels}: claims by source")
    return ax


def panels(
    df: pd.DataFrame, metrics: Sequence[str] | None = None, include_pending: bool = False
) -> list[tuple[str, str]]:
    """The (metric, measure) panels a timeline figure draws: one per unit, per and scope.

    In ``METRICS`` order (stocks first), then by number of claims.

    Example:
        >>> panels(claims, ["pay"])  # doctest: +SKIP
        [('pay', 'USD|month|total'), ('pay', 'KRW|month|total')]
    """
    ordered = [m for ms in axis_groups(_metric_list(df, metrics)).values() for m in ms]
    rows = _dated_valued(df, ordered, include_pending)
    out: list[tuple[str, str]] = []
    for metric in ordered:
        keys = measure_of(rows[rows["metric"] == metric])
        counts = keys.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        out += [(metric, str(key)) for key in counts.index]
    return out


def timeline_figure(
    df: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    include_pending: bool = False,
    title: str | None = None,
    *,
    events: pd.DataFrame | None = None,
) -> Figure:
    """A figure with one timeline panel per metric and measure, sharing the time axis.

    This is the way to show stocks and flows together, or one metric in several units or
    scopes: each (metric, unit, per, scope) gets its own y axis (``panels``), so no axis
    mixes them. Built without pyplot.

    Example:
        >>> timeline_figure(claims, ["troops_present", "killed"])  # doctest: +SKIP
    """
    shown = panels(df, metrics, include_pending)
    if not shown:
        shown = [(m, "") for m in _metric_list(df, metrics)[:1]]
    n = max(1, len(shown))
    # each panel tall enough for its legend (one line per claimant plus the key)
    rows_all = _dated_valued(df, [m for m, _ in shown], include_pending)
    keyed = measure_of(rows_all) if len(rows_all) else pd.Series(dtype=str)
    heights = [
        max(
            PANEL_HEIGHT,
            LEGEND_LINE
            * (
                rows_all.loc[(rows_all["metric"] == m) & (keyed == k), "claimant"].nunique()
                + LEGEND_KEY_LINES
            ),
        )
        for m, k in shown
    ]
    fig = Figure(figsize=(FIGSIZE[0], 1.4 + sum(heights)))
    axes = fig.subplots(n, 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": heights})[
        :, 0
    ]
    everything = [m for m, _ in shown]
    for ax, (metric, key) in zip(axes, shown, strict=False):
        timeline(df, ax, [metric], include_pending, frame=False, measure=key or None)
        ax.set_title(_panel_title(metric, key, shown), loc="left", fontsize=10.5, fontweight="bold")
    rows, notes = _plottable(df, everything, include_pending, measure=ALL_MEASURES)
    denials = _denials(df, everything, include_pending)
    _date_axis(axes[-1], [*rows["_x0"], *rows["_x1"], *denials["_x1"]])
    marked = [mark_events(ax, events) for ax in axes][0]
    notes += events_note(marked)
    first = _panel_title(*shown[0], shown) if shown[0][1] else None
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
    max_age_days: int | None = CURRENT_MAX_AGE_DAYS,
    title: str | None = None,
    frame: bool = True,
) -> Axes:
    """Every claimant's current total for ``metric`` at ``at``, grouped by claimant type.

    x = claimants (grouped by type, headed in italics), y = the figure, each claim drawn in
    the timeline grammar and labelled with its words and publication date. The grey span is
    the envelope (lowest to highest bound) of the current claims, drawn only when they come
    from at least ``ENVELOPE_MIN_CLAIMANTS`` claimants; the footer says why when not. The
    subtitle gives the one as-of date (``at``) and the ageing rule.

    Example:
        >>> envelope_chart(claims, ax, "troops_present", "2024-12-01")  # doctest: +SKIP
    """
    rows = envelope(df, metric, at, include_pending, max_age_days)
    rows = rows.assign(metric=metric, rank="normal", period_kind="point")
    positions, ticks = _category_positions(rows, wrap=len(rows) <= ENVELOPE_MAX_LABELS)
    open_bands: list[tuple[Rectangle, float]] = []
    for rec, x in zip(rows.to_dict("records"), positions, strict=True):
        open_bands += _draw_claim(ax, rec, x, x, x, 0.25)
        if len(rows) <= ENVELOPE_MAX_LABELS:
            _label(ax, x, _anchor_value(rec), f"{rec['interval']}\n{_day(rec['published'])}", rec)
    extra: list[tuple[Any, str]] = []
    claimants = int(rows["claimant"].nunique())
    notes = [f"Each source's latest total published by {_day(at)}; revised figures left out"]
    if len(rows) > ENVELOPE_MAX_LABELS:
        notes.append(f"{len(rows)} claims: figures not labelled (see the table of claims)")
    if claimants >= ENVELOPE_MIN_CLAIMANTS:
        lo = rows["low"].fillna(rows["best"]).fillna(rows["high"]).min()
        hi = rows["high"].fillna(rows["best"]).fillna(rows["low"]).max()
        span = ax.axhspan(lo, hi, color="#999999", alpha=0.13, zorder=0, lw=0)
        span.set_gid(GIDS["envelope"])
        words = f"envelope of current claims:\n{format_number(lo)}–{format_number(hi)}"
        extra.append((Patch(facecolor="#999999", alpha=0.3), words))
    else:
        notes.append(envelope_why_not(claimants))
    ax.set_xticks([t[0] for t in ticks], [t[1] for t in ticks], fontsize=8.5)
    if len(rows) > ENVELOPE_MAX_LABELS:
        ax.tick_params(axis="x", labelrotation=90)
    ax.set_xlim(-0.7, (max(positions) if positions else 0) + 0.7)
    ax.tick_params(axis="x", length=0)
    _value_axis(ax, rows.assign(metric=metric), [metric], headroom=1.4)
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
        add_chart_frame(
            ax,
            rows,
            title=title or f"{metric_info(metric).label}: current claims by source",
            notes=notes,
            at=at,
            ageing=max_age_days if max_age_days is not None else AGE_UNLIMITED,
        )
    return ax


def envelope_why_not(claimants: int) -> str:
    """Footer words when an envelope is not drawn (fewer than two current claimants).

    Example:
        >>> envelope_why_not(1).split(";")[0]
        'no envelope: the current claims come from 1 claimant'
    """
    return (
        f"no envelope: the current claims come from {claimants} "
        f"{_plural(claimants, 'claimant')}; an envelope needs {ENVELOPE_MIN_CLAIMANTS} "
        "independent originators"
    )


def spread_chart(
    df: pd.DataFrame,
    ax: Axes,
    metric: str,
    freq: str = "MS",
    basis: str | None = None,
    include_pending: bool = False,
    title: str | None = None,
    frame: bool = True,
    *,
    events: pd.DataFrame | None = None,
) -> Axes:
    """The spread between sources per period: range of best values, widest bounds, median.

    Totals only, in the metric's main unit (``compare.spread_over_time``); stocks use the one
    ageing rule, stated in the subtitle.

    Example:
        >>> spread_chart(claims, ax, "troops_present")  # doctest: +SKIP
    """
    basis = basis or SPREAD_BASIS[metric_info(metric).kind]
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
    all_rows = reviewed(df, include_pending)
    all_rows = all_rows[all_rows["metric"] == metric]
    rows = totals(all_rows)
    rows = in_measure(rows, main_measure(rows))
    _value_axis(ax, rows, [metric])
    marked = mark_events(ax, events)
    if frame:
        notes = [f"Bands: {BASIS_WORDS[basis]}; small numbers = sources per period"]
        notes += events_note(marked)
        left_out = len(all_rows) - len(rows)
        if left_out:
            notes.append(
                f"{left_out} {_plural(left_out, 'claim')} in another unit or scope not compared"
            )
        add_chart_frame(
            ax,
            rows,
            title=title or f"{metric_info(metric).label}: spread between sources",
            notes=notes,
            ageing=CURRENT_MAX_AGE_DAYS if basis == "live" else None,
        )
    return ax


def read_events(path: Path | str | None = None) -> pd.DataFrame:
    """Key events for the charts from ``events.csv`` (columns date, label, source).

    ``path`` is the file or the ledger folder holding it (default: the project's
    ``data/``). A missing file gives an empty table; a row without a date, a label or a
    source raises a ValueError naming the file and the line.

    Example:
        >>> list(read_events().columns)
        ['date', 'label', 'source']
    """
    from tracker import paths

    path = Path(path) if path else paths.data_dir()
    if path.is_dir():
        path = path / "events.csv"
    columns = ["date", "label", "source"]
    if not path.exists():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for line, rec in enumerate(raw.to_dict("records"), start=2):
        empty = [c for c in columns if not str(rec[c]).strip()]
        if empty:
            raise ValueError(f"{path}, line {line}: empty {', '.join(empty)}")
    dates = pd.to_datetime(raw["date"], format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        line = int(dates.isna().to_numpy().argmax()) + 2
        raise ValueError(
            f"{path}, line {line}: date {raw['date'].iloc[line - 2]!r} is not YYYY-MM-DD"
        )
    return raw.assign(date=dates)[columns].sort_values("date", kind="stable").reset_index(drop=True)


def mark_events(ax: Axes, events: pd.DataFrame | None, labels: bool = True) -> list[str]:
    """Mark each key event inside the time axis; return the footer words for those marked.

    An event is a dashed line with its number (its row in ``events``, the same in every
    chart) in a small box at the top; the words ("1 = ... (6 Aug 2024)") go in the footer,
    so labels never cover the claims.

    Example:
        >>> mark_events(chart_axes(), None)
        []
    """
    if events is None or events.empty:
        return []
    lo, hi = ax.get_xlim()
    on_axis = ax.get_xaxis_transform()
    words = []
    for number, rec in enumerate(events.to_dict("records"), start=1):
        x = mdates.date2num(rec["date"])
        if not lo <= x <= hi:
            continue
        ax.axvline(x, color="#8a8a8a", lw=0.8, ls=(0, (4, 3)), zorder=0, gid=GIDS["event"])
        if labels:
            ax.text(
                x,
                0.995,
                str(number),
                transform=on_axis,
                ha="center",
                va="top",
                fontsize=7,
                color="#444444",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#8a8a8a", "lw": 0.6},
                gid=GIDS["event_label"],
            )
        words.append(f"{number} = {rec['label']} ({_day(rec['date'])})")
    return words


def events_note(words: Sequence[str]) -> list[str]:
    """The footer note listing the key events marked on a chart.

    Example:
        >>> events_note(["1 = Kursk incursion (6 Aug 2024)"])
        ['Key events (dashed): 1 = Kursk incursion (6 Aug 2024)']
    """
    return [f"Key events (dashed): {'; '.join(words)}"] if words else []


def plotted_claims(
    df: pd.DataFrame,
    metrics: Sequence[str] | str | None = None,
    include_pending: bool = False,
    claim_ids: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The claims a timeline of ``metrics`` draws (every panel), one row each, with links.

    With ``claim_ids`` (e.g. an envelope's claims), only those. Columns
    ``PLOTTED_COLUMNS``: the date drawn, the claimant, the figure's words and numbers, the
    measure, the outlet and the report's address.

    Example:
        >>> plotted_claims(claims, ["troops_present"])  # doctest: +SKIP
    """
    metrics = _metric_list(df, metrics)
    rows, _ = _plottable(df, metrics, include_pending, measure=ALL_MEASURES)
    if claim_ids is not None:
        rows = rows[rows["claim_id"].isin(set(claim_ids))]
    rows = rows.assign(
        date=rows["_x1"],
        metric=rows["metric"].map(lambda m: metric_info(str(m)).label),
        measure=rows["_measure"].map(_measure_words),
        figure=[
            format_figure(lo, be, hi, str(q))
            for lo, be, hi, q in zip(
                rows["low"], rows["best"], rows["high"], rows["qualifier"], strict=True
            )
        ],
    )
    rows = rows.sort_values(["date", "claimant", "claim_id"], kind="stable")
    return rows[list(PLOTTED_COLUMNS)].reset_index(drop=True)


def claims_table(
    df: pd.DataFrame,
    metrics: Sequence[str] | str | None = None,
    include_pending: bool = False,
    claim_ids: Iterable[str] | None = None,
    max_rows: int | None = TABLE_MAX_ROWS,
) -> Any:
    """``plotted_claims`` as a styled table for a notebook: the outlet links to the report.

    Returns a pandas ``Styler`` (shown as HTML in Jupyter and in the executed notebooks);
    over ``max_rows`` claims, the latest ``max_rows`` are shown and the caption says so.

    Example:
        >>> claims_table(claims, ["troops_present"]).to_html()  # doctest: +SKIP
    """
    from html import escape

    table = plotted_claims(df, metrics, include_pending, claim_ids)
    total = len(table)
    if max_rows is not None and total > max_rows:
        table = table.tail(max_rows)  # the latest claims (the table is in date order)

    def link(rec: dict) -> str:
        outlet = escape(str(rec["outlet"])) if pd.notna(rec["outlet"]) else "report"
        if pd.isna(rec["url"]):
            return outlet
        return f'<a href="{escape(str(rec["url"]), quote=True)}" target="_blank">{outlet}</a>'

    shown = table.assign(source=[link(r) for r in table.to_dict("records")])
    shown = shown.drop(columns=["outlet", "url", "claim_id"])
    shown["date"] = shown["date"].dt.strftime("%Y-%m-%d")
    shown["published"] = shown["published"].dt.strftime("%Y-%m-%d").fillna("undated")
    text = [c for c in shown.columns if c not in ("source", "low", "best", "high")]
    return (
        shown.style.hide(axis="index")
        .format({c: _number_cell for c in ("low", "best", "high")})
        .format(escape, subset=text, na_rep="")
        .set_caption(
            f"{total} {_plural(total, 'claim')} plotted"
            + (
                f"; the latest {len(shown)} shown (all in claims.xlsx)"
                if len(shown) < total
                else ""
            )
        )
    )


def _number_cell(value: object) -> str:
    number = _num(value)
    return "" if math.isnan(number) else format_number(number)


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
    summary = summarise_originators(table)
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
    *,
    at: DateLike | None = None,
    ageing: int | None = None,
) -> Axes:
    """Title, "as of <date>" subtitle and a "Sources:" footer built from ``df``.

    The subtitle's date is ``at`` when given (a current-claims view), else the latest
    publication in ``df``; with ``ageing`` (days, or ``AGE_UNLIMITED``) it adds the ageing
    rule. The footer lists the claimants (most frequent first), the outlets that relayed
    them and any ``notes`` ("3 undated claims not shown"). Calling it again replaces it.

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
        words = as_of_text(df, at)
        if ageing is not None:
            words += " · " + ageing_text(None if ageing == AGE_UNLIMITED else ageing)
        ax.annotate(
            words,
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


def as_of_text(df: pd.DataFrame, at: DateLike | None = None) -> str:
    """The subtitle: "as of <at>", or of the latest publication date of the claims in ``df``.

    Example:
        >>> as_of_text(pd.DataFrame({"published": [pd.Timestamp("2024-11-13")]}))
        'as of 13 Nov 2024 (latest report)'
        >>> as_of_text(pd.DataFrame({"published": []}), "2025-01-31")
        'as of 31 Jan 2025'
    """
    if at is not None:
        return f"as of {_day(at)}"
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


@dataclass(frozen=True)
class PlannedChart:
    """One chart of ``chart_plan``: its file stem, kind, metric and why it is not drawn."""

    stem: str
    kind: str
    metric: str | None
    why_not: str | None = None


def chart_plan(df: pd.DataFrame, include_pending: bool = False) -> list[PlannedChart]:
    """Which main charts are drawn, and for each one left out, why (for ``out/index.html``).

    Per metric with plottable claims: a timeline (panels per unit and scope), unless the
    metric's chart kind is ``table`` (units too varied for an axis); for timeline metrics,
    the envelope of current claims at the latest report (needs ``ENVELOPE_MIN_CLAIMANTS``
    current claimants) and the spread over time (needs two claimants of totals); then the
    originators chart.

    Example:
        >>> [c.stem for c in chart_plan(claims)][:2]  # doctest: +SKIP
        ['timeline-troops_present', 'envelope-troops_present']
    """
    rows = reviewed(df, include_pending)
    latest = rows["published"].max() if len(rows) else pd.NaT
    dated = _dated_valued(df, list(METRICS), include_pending)
    plan: list[PlannedChart] = []
    for metric in METRICS:
        info = metric_info(metric)
        mine = dated[dated["metric"] == metric]
        if mine.empty:
            continue
        if info.chart == "table":
            why = f"{info.label}: units too varied for one axis; listed in the claims table"
            plan.append(PlannedChart(f"timeline-{metric}", "timeline", metric, why))
            continue
        plan.append(PlannedChart(f"timeline-{metric}", "timeline", metric))
        if info.chart == "timeline":
            n_live = (
                0
                if pd.isna(latest)
                else int(envelope(df, metric, latest, include_pending)["claimant"].nunique())
            )
            no_envelope = None if n_live >= ENVELOPE_MIN_CLAIMANTS else envelope_why_not(n_live)
            plan.append(PlannedChart(f"envelope-{metric}", "envelope", metric, no_envelope))
        compared = totals(mine)
        compared = in_measure(compared, main_measure(compared))
        n = int(compared["claimant"].nunique())
        no_spread = None if n >= 2 else f"no spread: totals from {n} {_plural(n, 'claimant')} only"
        plan.append(PlannedChart(f"spread-{metric}", "spread", metric, no_spread))
    if not originators(df, include_pending).empty:
        plan.append(PlannedChart("originators", "originators", None))
    return plan


def save_main_charts(
    df: pd.DataFrame,
    out_dir: str | Path,
    include_pending: bool = False,
    events: pd.DataFrame | None = None,
) -> list[Path]:
    """Write the main charts (``chart_plan``) as PNG and SVG into ``out_dir``; return the paths.

    Each chart is drawn once and saved twice. In the SVG every claim marker carries a
    tooltip (claimant, figure, outlet, date, address) and links to its report. Same data
    gives byte-identical files (fixed SVG hash salt, no dates in metadata). Files of metrics
    no longer in the data are not removed.

    Example:
        >>> save_main_charts(claims, "out/charts")  # doctest: +SKIP
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    df = with_supersession(df, include_pending)
    rows = reviewed(df, include_pending)
    latest = rows["published"].max()
    written: list[Path] = []
    for chart in chart_plan(df, include_pending):
        if chart.why_not:
            continue
        stem, metric = out / chart.stem, str(chart.metric)
        if chart.kind == "timeline" and len(panels(df, [metric], include_pending)) > 1:
            with matplotlib.rc_context(SAVE_RC):
                fig = timeline_figure(df, [metric], include_pending, events=events)
            written += _save_figure(stem, fig)
        elif chart.kind == "timeline":
            written += _save(
                stem, lambda ax, m=metric: timeline(df, ax, [m], include_pending, events=events)
            )
        elif chart.kind == "envelope":
            n_live = len(envelope(df, metric, latest, include_pending))
            written += _save(
                stem,
                lambda ax, m=metric: envelope_chart(df, ax, m, latest, include_pending),
                width=min(18.0, max(FIGSIZE[0], 3.5 + 1.1 * n_live)),
            )
        elif chart.kind == "spread":
            written += _save(
                stem,
                lambda ax, m=metric: spread_chart(
                    df, ax, m, include_pending=include_pending, events=events
                ),
            )
        else:
            table = originators(df, include_pending)
            lines = table["metric"].nunique() + min(15, int((table["appearances"] >= 2).sum()))
            written += _save(
                stem,
                lambda ax: originators_chart(df, ax, include_pending=include_pending),
                height=max(3.0, 1.6 + 0.3 * lines),
            )
    return written


# --- drawing helpers -----------------------------------------------------------------------


def _save(
    stem: Path, draw: Any, width: float = FIGSIZE[0], height: float = FIGSIZE[1]
) -> list[Path]:
    with matplotlib.rc_context(SAVE_RC):
        fig = Figure(figsize=(width, height))
        draw(fig.add_subplot())
    return _save_figure(stem, fig)


def _save_figure(stem: Path, fig: Figure) -> list[Path]:
    """Lay out once, then write PNG and SVG (with claim tooltips) from the same drawing."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from tracker.table.files import atomic_write

    paths = []
    with matplotlib.rc_context(SAVE_RC):
        renderer = FigureCanvasAgg(fig).get_renderer()
        bbox = fig.get_tightbbox(renderer).padded(0.1)
        for ext in ("png", "svg"):
            buffer = io.BytesIO()
            extra: dict[str, Any] = (
                {"pil_kwargs": {"compress_level": PNG_COMPRESS_LEVEL}} if ext == "png" else {}
            )
            fig.savefig(
                buffer,
                format=ext,
                dpi=150,
                bbox_inches=bbox,
                metadata=SAVE_METADATA[ext],
                **extra,
            )
            data = buffer.getvalue()
            if ext == "svg":
                data = svg_with_tooltips(data.decode("utf-8"), fig).encode("utf-8")
            paths.append(atomic_write(stem.with_suffix(f".{ext}"), data))
    return paths


def svg_with_tooltips(svg: str, fig: Figure) -> str:
    """Put each claim marker's tooltip (its label) as an SVG ``<title>`` in its group.

    Claim and denial markers carry a gid ``<role>--<id>`` and their words as label
    (``_draw_claim``); browsers show the ``<title>`` on hover, and the marker's ``url``
    (matplotlib writes it as a link) opens the report.

    Example:
        >>> svg_with_tooltips('<g id="x"></g>', Figure())
        '<g id="x"></g>'
    """
    from html import escape

    tips = {
        str(a.get_gid()): str(a.get_label())
        for a in fig.findobj(lambda a: str(a.get_gid() or "").startswith(TIP_PREFIXES))
    }

    def add(match: re.Match[str]) -> str:
        tip = tips.get(match.group(1))
        return (
            match.group(0) if tip is None else f"{match.group(0)}\n   <title>{escape(tip)}</title>"
        )

    return re.sub(r'<g id="([^"]+)">', add, svg)


def _metric_list(df: pd.DataFrame, metrics: Sequence[str] | str | None) -> list[str]:
    if isinstance(metrics, str):
        return [metrics]
    if metrics is None:
        present = set(df["metric"].dropna())
        return [m for m in METRICS if m in present] + sorted(present - set(METRICS))
    return list(metrics)


def measure_of(rows: pd.DataFrame) -> pd.Series:
    """The measure of each row: "unit|per|scope" (a people metric's missing unit = persons).

    Rows with different measures never share an axis.

    Example:
        >>> list(measure_of(pd.DataFrame({"metric": ["killed"], "unit": [None], "per": [None],
        ...     "scope": ["incident"]})))
        ['persons||incident']
    """
    scope = rows["scope"].astype(object) if "scope" in rows else pd.Series("total", rows.index)
    scope = scope.where(scope.notna(), "total").astype(str)
    return measure_keys(rows) + "|" + scope


def _measure_words(key: str) -> str:
    unit, per, scope = (key.split("|") + ["", "", ""])[:3]
    words = unit or "count"
    if per:
        words += f" per {per}"
    if scope and scope != "total":
        words += f", {SCOPE_WORDS.get(scope, scope)}"
    return words


def _panel_title(metric: str, key: str, shown: Sequence[tuple[str, str]]) -> str:
    """The metric's label, plus the unit and/or scope when the metric has several panels."""
    keys = [k for m, k in shown if m == metric and k]
    if not key:
        return metric_info(metric).label
    unit, per, scope = key.split("|")
    parts = []
    if len({k.rsplit("|", 1)[0] for k in keys}) > 1:
        parts.append(_measure_words(f"{unit}|{per}|total"))
    if len({k.rsplit("|", 1)[1] for k in keys}) > 1 or scope != "total":
        parts.append(SCOPE_WORDS.get(scope, scope))
    return metric_info(metric).label + (" — " + ", ".join(parts) if parts else "")


def _dated_valued(df: pd.DataFrame, metrics: Sequence[str], include_pending: bool) -> pd.DataFrame:
    """Reviewed rows of ``metrics`` with a date and a number (what a timeline can draw)."""
    rows = reviewed(df, include_pending)
    rows = rows[rows["metric"].isin(list(metrics))]
    dated = rows["period_end"].notna() | rows["published"].notna()
    return rows[dated & rows[["low", "best", "high"]].notna().any(axis=1)]


def with_supersession(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """``apply_supersession`` once: the result is marked (``attrs``) and passed through after.

    Charts drawn from one table call this first, so each chart's rows need no second pass.

    Example:
        >>> marked = with_supersession(pd.DataFrame(columns=["claim_id", "rank"]))
        >>> with_supersession(marked) is marked
        True
    """
    if df.attrs.get(SUPERSEDED_ATTR) == include_pending:
        return df
    out = apply_supersession(df, include_pending)
    out.attrs[SUPERSEDED_ATTR] = include_pending
    return out


def _plottable(
    df: pd.DataFrame,
    metrics: Sequence[str],
    include_pending: bool,
    measure: str | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Rows that can be drawn, with x0/x1 dates, and the footer notes on what was left out.

    One measure (``measure_of``): ``measure``, or the most frequent; ``ALL_MEASURES`` keeps
    every one (for tables and frames spanning several panels).
    """
    all_rows = with_supersession(df[df["metric"].isin(list(metrics))], include_pending)
    rows = reviewed(all_rows, include_pending)
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
    keys = measure_of(rows) if len(rows) else pd.Series(dtype=str)
    rows = rows.assign(_measure=keys)
    other_unit = 0
    if measure != ALL_MEASURES and keys.nunique() > 0:
        if measure is None:
            counts = keys.value_counts().sort_index().sort_values(ascending=False, kind="stable")
            measure = str(counts.index[0])
        keep = keys == measure
        other_unit = int((~keep).sum())
        rows = rows[keep]
    rows = rows.sort_values(["published", "claim_id"], na_position="last", kind="stable")
    best = rows["best"].astype(float)
    dup = pd.DataFrame(
        {
            "claimant": rows["claimant"].astype(object),
            "metric": rows["metric"].astype(object),
            "status": rows["status"].astype(object),
            "kind": rows["period_kind"].astype(object),
            "x0": rows["_x0"],
            "x1": rows["_x1"],
            "lo": best.where(best.notna(), rows["low"].astype(float).fillna(-math.inf)),
            "hi": best.where(best.notna(), rows["high"].astype(float).fillna(math.inf)),
            "has_best": best.notna(),
        }
    )
    dups = dup.duplicated()
    merged = int(dups.sum())
    rows = rows[~dups]
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


def _thin(rows: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Over ``MAX_POINTS`` claims: one summary mark per claimant, status and month.

    The mark is the month's median best value, its bar the lowest to highest best value,
    drawn over the month; claimants beyond the ``MAX_CLAIMANTS`` most frequent are grouped as
    ``OTHER_SOURCES``. Vague claims (no best value) are counted in the note.
    """
    if len(rows) <= MAX_POINTS:
        return rows, []
    counts = rows["claimant"].astype(str).value_counts()
    top = sorted(counts.index, key=lambda c: (-counts[c], c))[:MAX_CLAIMANTS]
    rows = rows.assign(
        claimant=rows["claimant"].astype(object).where(rows["claimant"].isin(top), OTHER_SOURCES)
    )
    valued = rows[rows["best"].notna()]
    month = valued["_x1"].dt.to_period("M")
    grouped = valued.assign(_month=month).groupby(
        ["claimant", "status", "_month"], sort=True, observed=True
    )
    agg = grouped.agg(
        low=("best", "min"),
        best=("best", "median"),
        high=("best", "max"),
        n=("best", "size"),
        claimant_type=("claimant_type", "first"),
        metric=("metric", "first"),
        _measure=("_measure", "first"),
        unit=("unit", "first"),
        per=("per", "first"),
        scope=("scope", "first"),
        published=("published", "max"),
    ).reset_index()
    months = pd.PeriodIndex(agg["_month"])
    # each source gets its own slot within the month, so the marks sit side by side
    order = {name: i for i, name in enumerate([*top, OTHER_SOURCES])}
    slot = agg["claimant"].map(order).astype(float) + 1.0
    days = pd.to_timedelta(
        (slot / (len(order) + 1.0) * months.days_in_month).round().astype(int), unit="D"
    )
    at = months.start_time + pd.TimedeltaIndex(days)
    agg = agg.assign(
        _x0=at,
        _x1=at,
        period_kind="point",
        rank="normal",
        qualifier="range",
        outlet=None,
        url=None,
        figure_text=None,
        claim_id=[f"summary-{i}" for i in range(len(agg))],
    )
    agg["_tip"] = [
        f"{c}: {n} {_plural(int(n), 'claim')} in {m.strftime('%b %Y')}, median "
        f"{format_number(b)} (range {format_number(lo)}–{format_number(hi)})"
        for c, n, m, b, lo, hi in zip(
            agg["claimant"],
            agg["n"],
            agg["_month"],
            agg["best"],
            agg["low"],
            agg["high"],
            strict=True,
        )
    ]
    vague = len(rows) - len(valued)
    note = (
        f"{len(rows)} claims summarised: one mark per source and month (median best value; "
        f"bar = lowest to highest); sources beyond the {MAX_CLAIMANTS} most frequent grouped "
        f"as {OTHER_SOURCES!r}"
    )
    if vague:
        note += f"; {vague} vague {_plural(vague, 'claim')} not drawn"
    return agg, [note]


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
        (mark,) = ax.plot(
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
            gid=f"{GIDS['denied']}--{_safe_id(rec.get('claim_id'))}",
            label=_tooltip(rec),
        )
        if isinstance(rec.get("url"), str) and rec["url"]:
            mark.set_url(rec["url"])
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
    alpha = RANK_ALPHA.get(str(rec.get("rank")), 1.0)
    low, best, high = (_num(rec[k]) for k in ("low", "best", "high"))
    if math.isnan(best):
        return _draw_band(ax, low, high, x0, x1, xp, half, colour, status, alpha)
    as_of_end = (
        metric_info(str(rec.get("metric"))).kind in AS_OF_END_KINDS
        and rec.get("period_kind") == "period"
    )
    if x1 > x0 and as_of_end:
        _draw_bracket(ax, x0, x1, best, colour, alpha)
    elif x1 > x0:
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
        summary = bool(rec.get("_tip"))  # a monthly summary's range: drawn light
        ax.add_line(
            Line2D(
                [xp, xp],
                [low, high],
                color=colour,
                lw=0.8 if summary else 1.3,
                alpha=alpha * (0.35 if summary else 1.0),
                marker="_",
                ms=8,
                mew=1.3,
                ls=status["linestyle"],
                gid=GIDS["bar"],
            )
        )
    marker = status["marker"] or style["marker"]
    face = colour if status["filled"] else "none"
    point = Line2D(
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
        gid=(GIDS["denied"] if status["marker"] else GIDS["marker"])
        + "--"
        + _safe_id(rec.get("claim_id")),
        label=_tooltip(rec),
    )
    if isinstance(rec.get("url"), str) and rec["url"]:
        point.set_url(rec["url"])
    ax.add_line(point)
    _draw_arrow(ax, xp, best, low, high, colour, alpha)
    return []


def _draw_bracket(ax: Axes, x0: float, x1: float, y: float, colour: str, alpha: float) -> None:
    """A light bracket from a period's start to its end, where the stock is drawn."""
    ax.add_line(
        Line2D(
            [x0, x0, x1],
            [y * 0.985, y, y],
            color=colour,
            lw=0.9,
            alpha=0.4 * alpha,
            solid_capstyle="butt",
            gid=GIDS["bracket"],
        )
    )


def _tooltip(rec: dict) -> str:
    """What a claim's SVG tooltip says: claimant, figure, outlet, date and address."""
    if rec.get("_tip"):
        return str(rec["_tip"])
    words = rec.get("figure_text") or rec.get("interval") or format_number(_num(rec.get("best")))
    parts = [f"{rec.get('claimant')}: {words} ({metric_info(str(rec.get('metric'))).label})"]
    outlet = rec.get("outlet")
    published = rec.get("published")
    when = _day(published) if published is not None and not pd.isna(published) else "undated"
    parts.append(f"{outlet if isinstance(outlet, str) and outlet else 'no outlet'}, {when}")
    url = rec.get("url")
    if isinstance(url, str) and url:
        parts.append(url)
    return " — ".join(parts)


def _safe_id(value: object) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))


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
    ax.set_ylabel(axis_label(rows, metrics))
    values = pd.concat([rows[c] for c in ("low", "best", "high")]).dropna() if len(rows) else []
    top = float(max(values)) if len(values) else 1.0
    positive = [float(v) for v in values if float(v) > 0]
    money = bool(metrics) and metric_info(metrics[0]).axis == "money_rate"
    if money and positive and max(positive) / min(positive) > LOG_SPAN:
        # amounts apart by orders of magnitude (a monthly wage and a total): log scale, said
        ax.set_yscale("log")
        ax.set_ylim(min(positive) / 2, max(positive) * 2)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        ax.set_ylabel(ax.get_ylabel() + " (log scale)")
    else:
        ax.set_ylim(0, top * headroom if top > 0 else 1.0)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)


def axis_label(rows: pd.DataFrame, metrics: Sequence[str]) -> str:
    """The y-axis caption: what the numbers are, in one unit (``AXIS_LABELS``).

    People: stock, target or flow (``PERSONS_LABELS``); money: "USD per month"; other
    counts: the unit's name. Rows in more than one measure raise a ValueError, since one
    axis never joins units (draw panels with ``timeline_figure``).

    Example:
        >>> axis_label(pd.DataFrame({"metric": ["pay"], "unit": ["USD"], "per": ["month"]}),
        ...     ["pay"])
        'USD per month'
        >>> axis_label(pd.DataFrame({"metric": ["killed"], "unit": ["portraits"],
        ...     "per": [None]}), ["killed"])
        'portraits over the period (flow)'
    """
    axis = metric_info(metrics[0]).axis if metrics else "other"
    kinds = {metric_info(m).kind for m in metrics}
    label = AXIS_LABELS.get(axis, "count")
    if len(kinds) == 1 and axis.startswith("persons"):
        label = PERSONS_LABELS[next(iter(kinds))]
    if not len(rows):
        return label
    keys = sorted(set(measure_of(rows)))
    if len(keys) > 1:
        raise ValueError(f"one axis, several units or scopes: {', '.join(keys)}")
    unit, per, scope = keys[0].split("|")
    if axis.startswith("persons") and unit and unit != "persons":
        label = label.replace("persons", unit.replace("_", " "), 1)  # "portraits over ..."
    elif not axis.startswith("persons") and unit:
        label = _measure_words(f"{unit}|{per}|total")
    if scope != "total":
        label += f" — {SCOPE_WORDS.get(scope, scope)}"
    return label


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
    if "_x0" in rows and len(rows):
        spans = rows["_x1"] > rows["_x0"]
        kinds = rows["metric"].map(lambda m: metric_info(str(m)).kind in AS_OF_END_KINDS)
        bracket = spans & kinds.astype(bool) & (rows["period_kind"] == "period")
        if (spans & ~bracket).any():
            entries.append((Line2D([], [], color=grey, lw=2.4), "period covered"))
        if bracket.any():
            entries.append(
                (
                    Line2D([], [], color=grey, lw=0.9, alpha=0.5),
                    "whole period: stock at its end",
                )
            )
    if (rows.get("rank", pd.Series(dtype=object)) == "deprecated").any():
        entries.append(
            (Line2D([], [], color=grey, marker="o", ls="none", alpha=0.3), "revised (faded)")
        )
    return entries


def _category_positions(
    rows: pd.DataFrame, wrap: bool = True
) -> tuple[list[float], list[tuple[float, str]]]:
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
        words = "\n".join(textwrap.wrap(name, 10, break_long_words=False)) if wrap else name
        ticks.append((x, words))
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
