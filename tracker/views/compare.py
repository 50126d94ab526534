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
from typing import Literal, TypeAlias

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

#: The one ageing rule of every "current claims" view (envelope, spread of stocks): a source's
#: latest figure counts as current for this many days after it was published.
CURRENT_MAX_AGE_DAYS = 180

#: Scopes that envelopes and spreads compare: totals only (an incident or an increment is not
#: a standing number; a missing scope counts as a total, the ledger's default).
COMPARED_SCOPES: tuple[str, ...] = ("total",)

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
    "url",
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
    "unit",
    "per",
    "published",
    "period_end",
    "outlet",
    "url",
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

DateLike: TypeAlias = date | str | pd.Timestamp


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
    for records in _groups(candidates, group_key, _LINK_FIELDS):
        for i, prior in enumerate(records):
            if prior["claim_id"] in explicitly_done or prior["claim_id"] in pinned:
                continue
            for later in records[i + 1 :]:
                if later["claim_id"] in explicit_newer or later["published"] <= prior["published"]:
                    continue
                if _overlap(prior, later) and _key(prior) != _key(later):
                    links.append((prior["claim_id"], later["claim_id"], "inferred"))
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


def ageing_text(max_age_days: int | None = CURRENT_MAX_AGE_DAYS) -> str:
    """The ageing rule in words, for the subtitle of every "current claims" view.

    Example:
        >>> ageing_text(180)
        "current = each source's latest figure, if published within 180 days"
    """
    if max_age_days is None:
        return "current = each source's latest figure, however old"
    return f"current = each source's latest figure, if published within {max_age_days} days"


def totals(df: pd.DataFrame) -> pd.DataFrame:
    """Rows whose ``scope`` is compared across sources (``COMPARED_SCOPES``; missing = total).

    Example:
        >>> totals(pd.DataFrame({"scope": ["total", "incident", None]})).shape[0]
        2
    """
    if "scope" not in df:
        return df
    return df[df["scope"].fillna(COMPARED_SCOPES[0]).isin(COMPARED_SCOPES)]


def main_measure(df: pd.DataFrame) -> tuple[str | None, str | None]:
    """The most frequent (unit, per) of the valued rows: what one axis may show.

    Ties go to the alphabetically first, so the choice is stable. Missing = None.

    Example:
        >>> main_measure(pd.DataFrame({"metric": ["pay"] * 3, "unit": ["USD", "USD", "KRW"],
        ...     "per": ["month"] * 3,
        ...     "low": [1.0] * 3, "best": [1.0] * 3, "high": [1.0] * 3}))
        ('USD', 'month')
    """
    rows = df[df[["low", "best", "high"]].notna().any(axis=1)] if len(df) else df
    if rows.empty:
        return (None, None)
    keys = measure_keys(rows)
    counts = keys.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    unit, per = counts.index[0].split("|")
    return (unit or None, per or None)


def measure_keys(df: pd.DataFrame) -> pd.Series:
    """The key "unit|per" of each row (empty for missing): rows with equal keys may share an axis.

    Example:
        >>> list(measure_keys(pd.DataFrame({"metric": ["pay", "other"], "unit": ["USD", None],
        ...     "per": ["month", None]})))
        ['USD|month', '|']
    """
    unit = implied_unit(df).astype(object)
    unit = unit.where(unit.notna(), "").astype(str)
    per = df["per"].astype(object).where(df["per"].notna(), "").astype(str)
    return unit + "|" + per


def implied_unit(df: pd.DataFrame) -> pd.Series:
    """``unit``, with ``persons`` where a people metric's figure names no noun ("this 10,000").

    Example:
        >>> list(implied_unit(pd.DataFrame({"metric": ["killed", "pay"], "unit": [None, None]})))
        ['persons', None]
    """
    people = df["metric"].map(lambda m: metric_info(str(m)).axis.startswith("persons"))
    unit = df["unit"].astype(object)
    return unit.where(unit.notna() | ~people.astype(bool), "persons").where(
        unit.notna() | people.astype(bool), None
    )


def in_measure(df: pd.DataFrame, measure: tuple[str | None, str | None]) -> pd.DataFrame:
    """Rows in one (unit, per).

    Example:
        >>> in_measure(pd.DataFrame({"metric": ["pay", "pay"], "unit": ["USD", "KRW"],
        ...     "per": ["month", "month"]}),
        ...     ("KRW", "month")).shape[0]
        1
    """
    return df[measure_keys(df) == f"{measure[0] or ''}|{measure[1] or ''}"]


def envelope(
    df: pd.DataFrame,
    metric: str,
    at: DateLike,
    include_pending: bool = False,
    max_age_days: int | None = CURRENT_MAX_AGE_DAYS,
) -> pd.DataFrame:
    """All live totals for one metric at a date, in one unit, by claimant type then value.

    Only totals (``COMPARED_SCOPES``) in the metric's main (unit, per) count; ``interval`` is
    the figure in words ("at least 3,000", "10,000–12,000"). Claims older than
    ``max_age_days`` are stale (``CURRENT_MAX_AGE_DAYS``, the one ageing rule). Columns:
    ``ENVELOPE_COLUMNS``.

    Example:
        >>> envelope(claims, "troops_present", "2024-12-01")  # doctest: +SKIP
    """
    rows = totals(df[df["metric"] == metric])
    rows = rows.assign(unit=implied_unit(rows))  # "10,000" of troops is persons
    rows = in_measure(rows, main_measure(reviewed(rows, include_pending)))
    live = live_claims(rows, at, [metric], include_pending, max_age_days)
    live = live.rename(columns={"figure": "interval"})
    return live[list(ENVELOPE_COLUMNS)].reset_index(drop=True)


def spread_over_time(
    df: pd.DataFrame,
    metric: str,
    freq: str = "MS",
    basis: Literal["live", "dated"] | None = None,
    include_pending: bool = False,
    max_age_days: int | None = CURRENT_MAX_AGE_DAYS,
) -> pd.DataFrame:
    """How far apart sources are, per period: min/median/max of best across claimants.

    One vote per claimant per period (its latest claim). ``basis="live"`` uses each claimant's
    current figure at the end of the period (stale after ``max_age_days``, the same ageing
    rule as the envelope); ``"dated"`` the claims dated (``claim_date``) in it; by default
    ``SPREAD_BASIS`` of the metric's kind. Only totals in the metric's main (unit, per)
    count. ``low``/``high`` are the widest bounds (a missing bound falls back to best),
    ``ratio`` is max_best / min_best. Index: period start.

    Example:
        >>> spread_over_time(claims, "troops_present")[["min_best", "max_best"]]  # doctest: +SKIP
    """
    chosen = basis or SPREAD_BASIS[metric_info(metric).kind]
    all_rows = reviewed(totals(df[df["metric"] == metric]), include_pending)
    all_rows = all_rows.assign(unit=implied_unit(all_rows))
    all_rows = in_measure(all_rows, main_measure(all_rows))
    rows = all_rows[
        all_rows["status"].isin(LIVE_STATUSES)
        & all_rows[["low", "best", "high"]].notna().any(axis=1)
    ]
    dates = claim_date(rows) if chosen == "dated" else rows["published"]
    dates = dates.dropna()
    if dates.empty:
        return _empty_spread()
    offset = pd.tseries.frequencies.to_offset(freq)
    first = offset.rollback(dates.min().normalize())
    bins = pd.date_range(first, dates.max(), freq=freq)
    frames = []
    if chosen == "live":
        ends = [end - pd.Timedelta(days=1) for end in [*bins[1:], bins[-1] + offset]]
        for start, live in zip(bins, _live_over_time(all_rows, ends, max_age_days), strict=True):
            frames.append(_spread_row(start, live))
    else:
        rows = rows.assign(_date=claim_date(rows)).dropna(subset=["_date"])
        rows = rows.assign(_bin=bins[bins.searchsorted(rows["_date"], side="right") - 1])
        revised = supersession_links(rows, include_pending)["claim_id"]
        rows = rows[~rows["claim_id"].isin(set(revised))]
        rows = rows[rows["rank"] != "deprecated"]
        rows = rows.sort_values(["published", "claim_id"], kind="stable")
        last = rows.groupby(["_bin", "claimant"], sort=False).tail(1)
        by_bin = dict(list(last.groupby("_bin", sort=False)))
        for start in bins:
            frames.append(_spread_row(start, by_bin.get(start, last.iloc[0:0])))
    out = pd.DataFrame(frames).set_index("period")
    out.index.name = "period"
    return out


def _live_over_time(
    rows: pd.DataFrame, ends: list[pd.Timestamp], max_age_days: int | None
) -> list[pd.DataFrame]:
    """``live_claims`` at each of ``ends`` (sorted), from one pass of supersession.

    A claim dies when its earliest reviser is published (``supersession_links`` over all
    rows), so the links are worked out once instead of once per date.
    """
    rows = rows[rows["published"].notna()]
    if rows.empty:
        return [rows] * len(ends)
    links = supersession_links(rows, include_pending=True)
    published = dict(zip(rows["claim_id"], rows["published"], strict=True))
    dies: dict[str, pd.Timestamp] = {}
    for old, new in zip(links["claim_id"], links["superseded_by"], strict=True):
        when = published.get(new)
        if when is not None and (old not in dies or when < dies[old]):
            dies[old] = when
    rows = rows[~(_rank_pinned(rows) & (rows["rank"] == "deprecated"))]
    rows = rows.assign(_rank=rows["rank"].map(RANK_ORDER).fillna(1))
    rows = rows.sort_values(
        ["published", "_rank", "period_end", "claim_id"], na_position="first", kind="stable"
    )
    keys = list(
        zip(*(rows[c].astype(object).where(rows[c].notna(), None) for c in CLAIM_KEY), strict=True)
    )
    ids = list(rows["claim_id"])
    pubs = list(rows["published"])
    valued = list(rows[["low", "best", "high"]].notna().any(axis=1))
    live_status = list(rows["status"].isin(LIVE_STATUSES))
    out = []
    for end in ends:
        latest: dict[tuple, int] = {}
        for i, (key, cid, pub) in enumerate(zip(keys, ids, pubs, strict=True)):
            if pub > end:
                break
            death = dies.get(cid)
            if death is None or death > end:
                latest[key] = i
        oldest = None if max_age_days is None else end - pd.Timedelta(days=max_age_days)
        keep = [
            i
            for i in latest.values()
            if live_status[i] and valued[i] and (oldest is None or pubs[i] >= oldest)
        ]
        out.append(rows.iloc[sorted(keep)])
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
    keys = [
        figure_key(lo, be, hi)
        for lo, be, hi in zip(rows["low"], rows["best"], rows["high"], strict=True)
    ]
    rows = rows.assign(
        _fk=[k[0] for k in keys], _flo=[k[1] for k in keys], _fhi=[k[2] for k in keys]
    )
    rows = rows.sort_values(["published", "claim_id"], na_position="first", kind="stable")
    group_key = ["metric", "claimant", "unit", "per", "_fk", "_flo", "_fhi"]
    for column in ("metric", "claimant", "unit", "per", "outlet", "via", "report_id"):
        rows[column] = rows[column].astype(object).where(rows[column].notna(), None)
    grouped = rows.groupby(group_key, dropna=False, sort=False)
    table = grouped.agg(
        claimant_type=("claimant_type", "first"),
        low=("low", "first"),
        best=("best", "first"),
        high=("high", "first"),
        appearances=("report_id", "nunique"),
        outlets=("outlet", "nunique"),
        relays=("via", "nunique"),
        first_published=("published", "min"),
        last_published=("published", "max"),
    ).reset_index()
    firsts = grouped.head(1)  # "first" skips missing values; the first row's values count
    table["claimant_type"] = list(firsts["claimant_type"])
    table["low"] = list(firsts["low"].astype(float))
    table["best"] = list(firsts["best"].astype(float))
    table["high"] = list(firsts["high"].astype(float))
    table["figure"] = [
        _key_words((k, lo, hi))
        for k, lo, hi in zip(table["_fk"], table["_flo"], table["_fhi"], strict=True)
    ]
    table["originators"] = 1
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
    return summarise_originators(originators(df, include_pending))


def summarise_originators(table: pd.DataFrame) -> pd.DataFrame:
    """``originator_summary`` of an ``originators`` table already built (no second pass).

    Example:
        >>> list(summarise_originators(pd.DataFrame(columns=list(ORIGINATOR_COLUMNS))).columns)
        ['appearances', 'originators', 'claimants']
    """
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

#: Fields the supersession rule reads from each claim.
_LINK_FIELDS: tuple[str, ...] = (
    "claim_id",
    "published",
    "period_start",
    "period_end",
    "low",
    "best",
    "high",
)


def _python_values(column: pd.Series) -> list:
    """A column as Python objects, missing values as None (so equal keys group together)."""
    return column.astype(object).where(column.notna(), None).tolist()


def _groups(df: pd.DataFrame, key: list[str], fields: Iterable[str]) -> list[list[dict]]:
    """Rows as dicts of ``fields``, grouped by ``key`` in order of first appearance.

    The same as ``groupby(key, dropna=False, sort=False)`` then ``to_dict("records")`` per
    group, in one pass over plain lists (pandas row access is slow on Arrow-backed columns).
    """
    keys = list(zip(*(_python_values(df[c]) for c in key), strict=True)) if len(df) else []
    names = list(fields)
    values = [df[c].tolist() for c in names]
    grouped: dict[tuple, list[dict]] = {}
    for index, k in enumerate(keys):
        grouped.setdefault(k, []).append({n: v[index] for n, v in zip(names, values, strict=True)})
    return list(grouped.values())


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
