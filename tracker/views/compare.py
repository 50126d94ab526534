"""Cross-source views of the claims table: who says what, and what is current.

Every function takes the claims table (DESIGN §3) and returns a new DataFrame; nothing is
changed in place. The rules are data, defined at the top of this module:

- ``METRICS``: stock / flow / target / rate / count per metric and which metrics may share a
  chart axis (stocks and flows never do).
- ``REVIEW_SHOWN``: rows with ``review == "rejected"`` never count; ``"pending"`` rows count only
  with ``include_pending=True``.
- ``CLAIM_KEY``: what "the same claimant's figure for the same thing" means (claimant, metric,
  status, unit, per). Latest-per-claimant, live claims and supersession group by it.
- Supersession (``supersession_links``): an explicit ``supersedes`` id always wins. Otherwise a
  claim B revises an earlier claim A when they share ``CLAIM_KEY`` and ``period_kind``, the kind
  is in ``REVISION_PERIOD_KINDS``, B was published strictly later, their periods overlap and
  their figures differ (``figure_key``). As-of claims (no time phrase) are observations, not
  revisions: a later as-of figure makes the earlier one *not current* (it is no longer the
  latest) but does not deprecate it. A claim carrying an explicit ``supersedes`` gets no
  inferred links, and a ``rank`` the analyst pinned (``"rank"`` in ``overridden``) is kept.
- Independent originators (``originators``): the same claimant's same figure counts once however
  many outlets relay it; ``via`` chains are relays, never new originators.

Example:
    >>> from tracker.views.compare import METRICS
    >>> METRICS["troops_present"].kind, METRICS["killed"].kind
    ('stock', 'flow')
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Literal

import pandas as pd

from tracker.claims.vocabulary import METRIC_INFO, MetricInfo

METRICS = METRIC_INFO  # the one table, in tracker.claims.vocabulary

#: Which review states count, by ``include_pending``.
REVIEW_SHOWN: dict[bool, tuple[str, ...]] = {
    False: ("accepted",),
    True: ("accepted", "pending"),
}

#: Columns that identify "the same claimant's figure for the same thing".
CLAIM_KEY: tuple[str, ...] = ("metric", "claimant", "status", "unit", "per")

#: Period kinds where a later overlapping figure from the same claimant is a revision.
REVISION_PERIOD_KINDS: frozenset[str] = frozenset({"point", "period", "since", "deadline"})

#: Statuses whose figures are current estimates (denials are listed, never enveloped).
LIVE_STATUSES: tuple[str, ...] = ("reported", "planned")

#: Display order of claimant types (most to least direct access).
CLAIMANT_TYPE_ORDER: tuple[str, ...] = (
    "intelligence",
    "military",
    "head_of_state",
    "government",
    "international_org",
    "researcher",
    "osint",
    "media",
    "anonymous_officials",
    "unattributed",
)

#: Among claims published the same day, which rank wins as "latest".
RANK_ORDER: dict[str, int] = {"deprecated": 0, "normal": 1, "preferred": 2}

#: How ``spread_over_time`` picks claims for a period, by metric kind: "live" = each claimant's
#: current figure at the end of the period (stocks); "dated" = claims whose date falls in it.
SPREAD_BASIS: dict[str, str] = {
    "stock": "live",
    "target": "live",
    "rate": "live",
    "flow": "dated",
    "count": "dated",
}

#: Words for a figure, by qualifier; {low}, {best}, {high} are formatted numbers.
FIGURE_TEMPLATES: dict[str, str] = {
    "exact": "{best}",
    "approx": "about {best}",
    "nearly": "nearly {best}",
    "at_least": "at least {low}",
    "more_than": "more than {low}",
    "up_to": "up to {high}",
    "at_most": "at most {high}",
    "less_than": "fewer than {high}",
    "range": "{low}–{high}",
    "vague": "{low}–{high} (vague)",
    "vague_open_high": "{low}+ (vague)",
    "vague_open_low": "under {high} (vague)",
    "none": "unspecified",
}

LATEST_COLUMNS: tuple[str, ...] = (
    "metric",
    "claimant",
    "claimant_type",
    "status",
    "figure",
    "low",
    "best",
    "high",
    "qualifier",
    "unit",
    "per",
    "period_start",
    "period_end",
    "period_kind",
    "published",
    "outlet",
    "claim_id",
    "n_claims",
)

ENVELOPE_COLUMNS: tuple[str, ...] = (
    "claimant",
    "claimant_type",
    "status",
    "low",
    "best",
    "high",
    "interval",
    "qualifier",
    "published",
    "period_end",
    "outlet",
    "claim_id",
)

SPREAD_COLUMNS: tuple[str, ...] = (
    "n_claimants",
    "low",
    "min_best",
    "median_best",
    "max_best",
    "high",
    "ratio",
)

ORIGINATOR_COLUMNS: tuple[str, ...] = (
    "metric",
    "claimant",
    "claimant_type",
    "figure",
    "low",
    "best",
    "high",
    "unit",
    "per",
    "appearances",
    "outlets",
    "relays",
    "originators",
    "first_published",
    "last_published",
)

DateLike = date | str | pd.Timestamp


def metric_info(metric: str) -> MetricInfo:
    """Return the ``MetricInfo`` of a metric; an unknown metric gets its own count axis.

    Example:
        >>> metric_info("casualties").kind
        'flow'
    """
    words = metric.replace("_", " ")
    return METRICS.get(metric, MetricInfo("count", metric, words.capitalize(), words))


def axis_groups(metrics: Iterable[str]) -> dict[str, list[str]]:
    """Group metrics by the chart axis they may share, keeping first-seen order.

    Example:
        >>> axis_groups(["troops_present", "killed", "troops_planned"])
        {'persons_stock': ['troops_present', 'troops_planned'], 'persons_flow': ['killed']}
    """
    groups: dict[str, list[str]] = {}
    for metric in metrics:
        members = groups.setdefault(metric_info(metric).axis, [])
        if metric not in members:
            members.append(metric)
    return groups


def format_number(value: float) -> str:
    """Format a number with thousands separators and no spurious decimals.

    Example:
        >>> format_number(12000.0), format_number(2.5)
        ('12,000', '2.5')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(low: float, best: float, high: float, qualifier: str) -> str:
    """Words for a figure from its bounds and qualifier (``FIGURE_TEMPLATES``).

    Example:
        >>> format_figure(3000.0, 3000.0, float("nan"), "at_least")
        'at least 3,000'
    """
    if qualifier == "vague" and _isnan(high) != _isnan(low):
        qualifier = "vague_open_high" if _isnan(high) else "vague_open_low"
    template = FIGURE_TEMPLATES.get(qualifier, "{best}")
    if template == "{best}" and _isnan(best):
        template = "{low}–{high}"
    return template.format(
        low=format_number(low), best=format_number(best), high=format_number(high)
    )


def figure_key(low: float, best: float, high: float) -> tuple[str, float, float]:
    """What makes two figures "the same": the best value, or the bounds when there is none.

    "about 10,000" and "10,000" share a key (relays drop qualifiers); a vague band is its bounds.

    Example:
        >>> figure_key(float("nan"), 10000.0, float("nan")) == figure_key(1e4, 1e4, 1e4)
        True
    """
    if not _isnan(best):
        return ("best", float(best), float(best))
    return ("bounds", _nan_to_inf(low, -1.0), _nan_to_inf(high, 1.0))


def reviewed(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """Rows that count: accepted ones, plus pending ones when ``include_pending``.

    Example:
        >>> reviewed(pd.DataFrame({"review": ["accepted", "pending", "rejected"]})).shape[0]
        1
    """
    return df[df["review"].isin(REVIEW_SHOWN[include_pending])]


def claim_date(df: pd.DataFrame) -> pd.Series:
    """The date a claim is about: ``period_end``, or ``published`` when there is no period.

    Example:
        >>> claim_date(pd.DataFrame({"period_end": [pd.NaT],
        ...     "published": [pd.Timestamp("2024-11-01")]})).iloc[0].date()
        datetime.date(2024, 11, 1)
    """
    return df["period_end"].fillna(df["published"])


def supersession_links(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """Which claim revises which: columns ``claim_id``, ``superseded_by``, ``rule``.

    ``rule`` is ``"explicit"`` (the newer claim's ``supersedes`` names it) or ``"inferred"``
    (same ``CLAIM_KEY`` and period kind, later publication, overlapping period, different
    figure; each claim is linked to the earliest claim that revises it). See the module doc.

    Example:
        >>> list(supersession_links(pd.DataFrame(columns=["claim_id"])).columns)
        ['claim_id', 'superseded_by', 'rule']
    """
    columns = ["claim_id", "superseded_by", "rule"]
    if df.empty:
        return pd.DataFrame(columns=columns)
    rows = reviewed(df, include_pending)
    known = set(rows["claim_id"])
    links: list[tuple[str, str, str]] = []
    explicit_newer: set[str] = set()
    for newer, targets in zip(rows["claim_id"], rows["supersedes"], strict=True):
        if pd.isna(targets) or not str(targets).strip():
            continue
        explicit_newer.add(newer)
        for old in str(targets).split(";"):
            if old.strip() in known and old.strip() != newer:
                links.append((old.strip(), newer, "explicit"))
    explicitly_done = {old for old, _, _ in links}
    pinned = set(rows.loc[_rank_pinned(rows), "claim_id"])
    candidates = rows[
        rows["period_kind"].isin(REVISION_PERIOD_KINDS)
        & rows["published"].notna()
        & rows["period_start"].notna()
        & rows["period_end"].notna()
    ]
    group_key = [*CLAIM_KEY, "period_kind"]
    candidates = candidates[candidates.duplicated(group_key, keep=False)]
    candidates = candidates.sort_values(["published", "claim_id"], kind="stable")
    for _, group in candidates.groupby(group_key, dropna=False, sort=False):
        records = group.to_dict("records")
        for i, old in enumerate(records):
            if old["claim_id"] in explicitly_done or old["claim_id"] in pinned:
                continue
            for new in records[i + 1 :]:
                if new["claim_id"] in explicit_newer or new["published"] <= old["published"]:
                    continue
                if _overlap(old, new) and _key(old) != _key(new):
                    links.append((old["claim_id"], new["claim_id"], "inferred"))
                    break
    return pd.DataFrame(links, columns=columns)


def apply_supersession(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """Mark revised figures ``rank == "deprecated"``, keeping them in the table.

    Rules in ``supersession_links``; a rank the analyst pinned (``"rank"`` in ``overridden``)
    is never changed. Returns a copy with the same columns.

    Example:
        >>> apply_supersession(pd.DataFrame(columns=["claim_id", "rank"])).shape[0]
        0
    """
    out = df.copy()
    if out.empty:
        return out
    links = supersession_links(out, include_pending)
    target = out["claim_id"].isin(set(links["claim_id"])) & ~_rank_pinned(out)
    out.loc[target, "rank"] = "deprecated"
    return out


def latest_per_claimant(
    df: pd.DataFrame,
    metrics: Iterable[str] | None = None,
    at: DateLike | None = None,
    include_pending: bool = False,
) -> pd.DataFrame:
    """Each claimant's latest figure per metric (one row per ``CLAIM_KEY``).

    Latest = last published, then preferred rank, then later ``period_end``, then claim_id.
    Revised (deprecated) figures never count. With ``at``, only claims published on or
    before ``at`` are known, and supersession is worked out from those alone. Columns:
    ``LATEST_COLUMNS`` (``figure`` is the words, ``n_claims`` how many claims the key had).

    Example:
        >>> latest_per_claimant(claims)[["claimant", "figure"]]  # doctest: +SKIP
    """
    rows = reviewed(df, include_pending)
    if metrics is not None:
        rows = rows[rows["metric"].isin(list(metrics))]
    if at is not None:
        cutoff = pd.Timestamp(at)
        rows = rows[rows["published"].notna() & (rows["published"] <= cutoff)]
        links = supersession_links(rows, include_pending)
        dead = set(links["claim_id"]) | set(
            rows.loc[_rank_pinned(rows) & (rows["rank"] == "deprecated"), "claim_id"]
        )
    else:
        links = supersession_links(rows, include_pending)
        dead = set(links["claim_id"]) | set(rows.loc[rows["rank"] == "deprecated", "claim_id"])
    rows = rows[~rows["claim_id"].isin(dead)]
    if rows.empty:
        return pd.DataFrame(columns=list(LATEST_COLUMNS))
    rows = rows.assign(_rank=rows["rank"].map(RANK_ORDER).fillna(1))
    rows = rows.sort_values(
        ["published", "_rank", "period_end", "claim_id"], na_position="first", kind="stable"
    )
    grouped = rows.groupby(list(CLAIM_KEY), dropna=False, sort=False)
    latest = grouped.tail(1).copy()
    latest["n_claims"] = grouped["claim_id"].transform("size").loc[latest.index]
    latest["figure"] = [
        format_figure(lo, be, hi, q)
        for lo, be, hi, q in zip(
            latest["low"], latest["best"], latest["high"], latest["qualifier"], strict=True
        )
    ]
    return _display_order(latest)[list(LATEST_COLUMNS)].reset_index(drop=True)


def live_claims(
    df: pd.DataFrame,
    at: DateLike,
    metrics: Iterable[str] | None = None,
    include_pending: bool = False,
    max_age_days: int | None = None,
) -> pd.DataFrame:
    """Claims current at ``at``: each claimant's latest known figure with a value.

    A claim is live at ``at`` when it was published on or before ``at``, is not revised by a
    claim published by then, is the latest of its ``CLAIM_KEY``, has a status in
    ``LIVE_STATUSES`` and at least one of low/best/high. With ``max_age_days``, a latest claim
    published longer ago than that is stale and left out. Columns: ``LATEST_COLUMNS``.

    Example:
        >>> live_claims(claims, "2024-12-01", ["troops_present"])  # doctest: +SKIP
    """
    latest = latest_per_claimant(df, metrics, at=at, include_pending=include_pending)
    keep = latest["status"].isin(LIVE_STATUSES) & latest[["low", "best", "high"]].notna().any(
        axis=1
    )
    if max_age_days is not None:
        keep &= latest["published"] >= pd.Timestamp(at) - pd.Timedelta(days=max_age_days)
    return latest[keep].reset_index(drop=True)


def envelope(
    df: pd.DataFrame,
    metric: str,
    at: DateLike,
    include_pending: bool = False,
    max_age_days: int | None = None,
) -> pd.DataFrame:
    """All live claims for one metric at a date, ordered by claimant type then value.

    ``interval`` is the figure in words ("at least 3,000", "10,000–12,000"). See
    ``live_claims`` for ``max_age_days``. Columns: ``ENVELOPE_COLUMNS``.

    Example:
        >>> envelope(claims, "troops_present", "2024-12-01")  # doctest: +SKIP
    """
    live = live_claims(df, at, [metric], include_pending, max_age_days)
    live = live.rename(columns={"figure": "interval"})
    return live[list(ENVELOPE_COLUMNS)].reset_index(drop=True)


def spread_over_time(
    df: pd.DataFrame,
    metric: str,
    freq: str = "MS",
    basis: Literal["live", "dated"] | None = None,
    include_pending: bool = False,
) -> pd.DataFrame:
    """How far apart sources are, per period: min/median/max of best across claimants.

    One vote per claimant per period (its latest claim). ``basis="live"`` uses each claimant's
    current figure at the end of the period; ``"dated"`` the claims dated (``claim_date``) in it;
    by default ``SPREAD_BASIS`` of the metric's kind. ``low``/``high`` are the widest bounds
    (a missing bound falls back to best), ``ratio`` is max_best / min_best. Index: period start.

    Example:
        >>> spread_over_time(claims, "troops_present")[["min_best", "max_best"]]  # doctest: +SKIP
    """
    basis = basis or SPREAD_BASIS[metric_info(metric).kind]
    rows = reviewed(df, include_pending)
    rows = rows[
        (rows["metric"] == metric)
        & rows["status"].isin(LIVE_STATUSES)
        & rows[["low", "best", "high"]].notna().any(axis=1)
    ]
    dates = claim_date(rows) if basis == "dated" else rows["published"]
    dates = dates.dropna()
    if dates.empty:
        return _empty_spread()
    offset = pd.tseries.frequencies.to_offset(freq)
    first = offset.rollback(dates.min().normalize())
    bins = pd.date_range(first, dates.max(), freq=freq)
    frames = []
    if basis == "live":
        for start, end in zip(bins, [*bins[1:], bins[-1] + offset], strict=True):
            live = live_claims(df, end - pd.Timedelta(days=1), [metric], include_pending)
            frames.append(_spread_row(start, live))
    else:
        rows = rows.assign(_date=claim_date(rows)).dropna(subset=["_date"])
        rows = rows.assign(_bin=bins[bins.searchsorted(rows["_date"], side="right") - 1])
        revised = supersession_links(rows, include_pending)["claim_id"]
        rows = rows[~rows["claim_id"].isin(set(revised))]
        rows = rows[rows["rank"] != "deprecated"]
        for start in bins:
            in_bin = rows[rows["_bin"] == start].sort_values(["published", "claim_id"])
            frames.append(_spread_row(start, in_bin.groupby("claimant").tail(1)))
    out = pd.DataFrame(frames).set_index("period")
    out.index.name = "period"
    return out


def originators(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """Appearances vs independent originators, per (metric, claimant, figure).

    A figure relayed by many outlets (or via many relays) is one originator with many
    appearances. ``appearances`` counts distinct reports, ``outlets`` distinct outlets,
    ``relays`` distinct ``via`` chains; ``originators`` is always 1 per row (sum it per metric
    for the number of independent claimant-figures). Figures are matched with ``figure_key``.
    Only ``LIVE_STATUSES`` claims with a value count. Columns: ``ORIGINATOR_COLUMNS``.

    Example:
        >>> originators(claims)  # doctest: +SKIP
    """
    rows = reviewed(df, include_pending)
    rows = rows[
        rows["status"].isin(LIVE_STATUSES) & rows[["low", "best", "high"]].notna().any(axis=1)
    ]
    if rows.empty:
        return pd.DataFrame(columns=list(ORIGINATOR_COLUMNS))
    rows = rows.assign(
        _fig=[
            figure_key(lo, be, hi)
            for lo, be, hi in zip(rows["low"], rows["best"], rows["high"], strict=True)
        ]
    )
    rows = rows.sort_values(["published", "claim_id"], na_position="first", kind="stable")
    out = []
    for (metric, claimant, unit, per, fig), group in rows.groupby(
        ["metric", "claimant", "unit", "per", "_fig"], dropna=False, sort=False
    ):
        first = group.iloc[0]
        out.append(
            {
                "metric": metric,
                "claimant": claimant,
                "claimant_type": first["claimant_type"],
                "figure": _key_words(fig),
                "low": first["low"],
                "best": first["best"],
                "high": first["high"],
                "unit": unit,
                "per": per,
                "appearances": group["report_id"].nunique(),
                "outlets": group["outlet"].dropna().nunique(),
                "relays": group["via"].dropna().nunique(),
                "originators": 1,
                "first_published": group["published"].min(),
                "last_published": group["published"].max(),
            }
        )
    table = pd.DataFrame(out)
    table["_m"] = table["metric"].map(_metric_rank)
    table = table.sort_values(
        ["_m", "appearances", "claimant", "best"], ascending=[True, False, True, True]
    )
    return table[list(ORIGINATOR_COLUMNS)].reset_index(drop=True)


def originator_summary(df: pd.DataFrame, include_pending: bool = False) -> pd.DataFrame:
    """Per metric: appearances, independent claimant-figures, and distinct claimants.

    Example:
        >>> originator_summary(claims).loc["troops_present", "claimants"]  # doctest: +SKIP
    """
    table = originators(df, include_pending)
    columns = ["appearances", "originators", "claimants"]
    if table.empty:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="metric"))
    summary = table.groupby("metric", sort=False).agg(
        appearances=("appearances", "sum"),
        originators=("originators", "sum"),
        claimants=("claimant", "nunique"),
    )
    return summary[columns]


# --- helpers -------------------------------------------------------------------------------


def _isnan(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _nan_to_inf(value: float, sign: float) -> float:
    return sign * math.inf if _isnan(value) else float(value)


def _key(record: dict) -> tuple[str, float, float]:
    return figure_key(record["low"], record["best"], record["high"])


def _key_words(key: tuple[str, float, float]) -> str:
    kind, low, high = key
    if kind == "best":
        return format_number(low)
    if math.isinf(high):
        return f"{format_number(low)}+"
    if math.isinf(low):
        return f"under {format_number(high)}"
    return f"{format_number(low)}–{format_number(high)}"


def _overlap(a: dict, b: dict) -> bool:
    return a["period_start"] <= b["period_end"] and b["period_start"] <= a["period_end"]


def _rank_pinned(df: pd.DataFrame) -> pd.Series:
    if "overridden" not in df:
        return pd.Series(False, index=df.index)
    return df["overridden"].fillna("").astype(str).str.split(";").apply(lambda c: "rank" in c)


def _metric_rank(metric: str) -> int:
    order = list(METRICS)
    return order.index(metric) if metric in order else len(order)


def _display_order(df: pd.DataFrame) -> pd.DataFrame:
    type_rank = {t: i for i, t in enumerate(CLAIMANT_TYPE_ORDER)}
    keyed = df.assign(
        _m=df["metric"].map(_metric_rank),
        _t=df["claimant_type"].map(type_rank).fillna(len(type_rank)),
        _b=df["best"].fillna(df["low"]).fillna(df["high"]),
    )
    keyed = keyed.sort_values(["_m", "_t", "_b", "claimant", "claim_id"], kind="stable")
    return keyed.drop(columns=["_m", "_t", "_b"])


def _spread_row(start: pd.Timestamp, rows: pd.DataFrame) -> dict:
    best = rows["best"].dropna()
    lows = rows["low"].fillna(rows["best"]).dropna()
    highs = rows["high"].fillna(rows["best"]).dropna()
    lo_best = best.min() if len(best) else math.nan
    hi_best = best.max() if len(best) else math.nan
    return {
        "period": start,
        "n_claimants": int(rows["claimant"].nunique()),
        "low": lows.min() if len(lows) else math.nan,
        "min_best": lo_best,
        "median_best": best.median() if len(best) else math.nan,
        "max_best": hi_best,
        "high": highs.max() if len(highs) else math.nan,
        "ratio": hi_best / lo_best if len(best) and lo_best > 0 else math.nan,
    }


def _empty_spread() -> pd.DataFrame:
    out = pd.DataFrame(columns=list(SPREAD_COLUMNS), index=pd.DatetimeIndex([], name="period"))
    return out.astype(
        {c: "float64" for c in SPREAD_COLUMNS if c != "n_claimants"} | {"n_claimants": "int64"}
    )
