"""The one claim-row builder: a claim's words and its report's facts -> one row of the table.

Extraction (:mod:`tracker.claims.extract`) and the ledger (:mod:`tracker.table.ledger`) both
build rows here, so a proposal saved as a report and loaded again gives the same numbers,
qualifier, metric, status, scope and period. Rows are plain dicts (no pandas); numbers and
dates are always derived from the words, the way the ledger reads a report file.

Example:
    >>> import datetime
    >>> report = ReportInfo("r-1", published=datetime.date(2024, 11, 1), language="en")
    >>> row = build_row(report, {"figure": "at least 3,000", "when": "in October",
    ...                          "metric": "troops_transported"}, UNATTRIBUTED_SOURCE)
    >>> row["low"], row["qualifier"], str(row["period_start"]), row["scope"]
    (3000.0, 'at_least', '2024-10-01', 'total')
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from tracker.claims.columns import OVERRIDABLE
from tracker.claims.registry import Source
from tracker.claims.vocabulary import (
    CLAIM_DEFAULTS,
    METRICS,
    RANKS,
    REVIEWS,
    SCOPES,
    STATUSES,
    UNATTRIBUTED,
)
from tracker.figures.parse import DEFAULT_VAGUE_RULE, parse_figure
from tracker.periods.events import Events
from tracker.periods.parse import NEEDS_PUBLICATION_DATE, Period, asof, parse_when

#: Keys a claim may carry in a report file, in the order they are written.
CLAIM_KEYS: tuple[str, ...] = (
    "id",
    "figure",
    "metric",
    "claimant",
    "via",
    "when",
    "status",
    "scope",
    "subject",
    "location",
    "review",
    "rank",
    "supersedes",
    "credibility",
    "note",
    "lang",
    *OVERRIDABLE,
)
REQUIRED_CLAIM_KEYS: tuple[str, ...] = ("figure", "metric", "claimant")
#: Claim keys whose value must come from a vocabulary.
CLAIM_VOCABS: dict[str, tuple[str, ...]] = {
    "metric": METRICS,
    "status": STATUSES,
    "scope": SCOPES,
    "review": REVIEWS,
    "rank": RANKS,
}
#: Table columns filled from the claim's own keys (report key -> table column).
CLAIM_COLUMNS: dict[str, str] = {
    "figure": "figure_text",
    "when": "time_text",
    "claimant": "claimant_text",
    "via": "via",
    "metric": "metric",
    "status": "status",
    "scope": "scope",
    "subject": "subject",
    "location": "location",
    "review": "review",
    "rank": "rank",
    "supersedes": "supersedes",
    "credibility": "credibility",
    "note": "note",
}
_DATE_PINS = ("period_start", "period_end")

#: The registry row of a figure no words attribute.
UNATTRIBUTED_SOURCE = Source(UNATTRIBUTED, (), "unattributed", "unknown", "XX", "F", "")


@dataclass(frozen=True)
class ReportInfo:
    """What a claim row takes from its report.

    ``published_precision`` is ``day``, ``month`` (a ``YYYY-MM`` date, stored as the first
    of the month) or ``unknown`` (no date).
    """

    report_id: str
    report_file: str | None = None
    published: dt.date | None = None
    published_precision: str = "day"
    outlet: str | None = None
    url: str | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        if self.published is None and self.published_precision != "unknown":
            object.__setattr__(self, "published_precision", "unknown")


def claim_id(report_id: str, figure: str, occurrence: int) -> str:
    """Stable claim id: the report id and a hash of the figure words and their occurrence.

    Editing a claim's analyst fields (metric, claimant, review) keeps its id.

    Example:
        >>> claim_id("2024-11-01-dprk-holy-war", "at least 3,000", 0)
        '2024-11-01-dprk-holy-war/3448ea99'
    """
    digest = hashlib.sha256(f"{report_id}\x1f{figure}\x1f{occurrence}".encode()).hexdigest()[:8]
    return f"{report_id}/{digest}"


def build_row(
    report: ReportInfo,
    claim: Mapping[str, Any],
    source: Source,
    *,
    vague_rule: str = DEFAULT_VAGUE_RULE,
    events: Events | None = None,
) -> dict[str, Any]:
    """One claims-table row from a claim's report keys (``figure``, ``when``, ``metric`` ...).

    The figure and the period are derived from the words; ``source`` is the claimant's registry row;
    ``events`` (named events, from ``data/events.csv``) lets "since the start of the full-scale
    invasion" read as a period. Pins (``low: 3000``) are not applied here: see :func:`apply_pins`.
    ``flags`` is a list; :func:`finish_row` joins it.

    Example:
        >>> row = build_row(ReportInfo("r"), {"figure": "about 2,000", "metric": "other"},
        ...                 UNATTRIBUTED_SOURCE)
        >>> row["best"], row["qualifier"], row["flags"]
        (2000.0, 'approx', ['no-publication-date'])
    """
    values = {**CLAIM_DEFAULTS, **{k: v for k, v in claim.items() if v is not None}}
    lang = str(values.get("lang") or report.language)
    row: dict[str, Any] = {
        "report_id": report.report_id,
        "report_file": report.report_file,
        "published": report.published,
        "published_precision": report.published_precision,
        "outlet": report.outlet,
        "url": report.url,
    }
    row.update({column: values.get(key) for key, column in CLAIM_COLUMNS.items()})
    row.update(
        language=lang,
        claimant=source.name,
        claimant_type=source.type,
        side=source.side,
        reliability=source.reliability,
        flags=[],
    )
    apply_figure(row, str(values.get("figure") or ""), lang, values.get("vague_rule") or vague_rule)
    apply_period(row, values.get("when"), report, lang, str(values["status"]), events)
    return row


def apply_figure(row: dict[str, Any], words: str, lang: str, rule: str) -> None:
    """Fill the figure columns of ``row`` from its figure words (flag unreadable words).

    An analyst or the extractor chose these words as the claim's figure, so an age
    ("around 20 years old") is read here; free-text search leaves ages out.
    """
    fig = parse_figure(words, lang, vague_rule=rule, ages=True)
    if fig is None:
        row.update(
            low=None,
            best=None,
            high=None,
            qualifier="none",
            unit=None,
            currency=None,
            per=None,
            vague_rule=None,
        )
        row["flags"].append("unreadable-figure")
        return
    row.update(
        low=fig.low,
        best=fig.best,
        high=fig.high,
        qualifier=fig.qualifier,
        unit=fig.unit,
        currency=fig.currency,
        per=fig.per,
        vague_rule=fig.vague_rule,
    )


def apply_period(
    row: dict[str, Any],
    words: Any,
    report: ReportInfo,
    lang: str,
    status: str,
    events: Events | None = None,
) -> None:
    """Fill the period columns of ``row`` from its time words and the publication date."""
    published, precision = report.published, report.published_precision
    if precision == "unknown":
        row["flags"].append("no-publication-date")
    elif precision == "month":
        row["flags"].append("month-publication-date")
    anchor = published if precision == "day" else None
    period: Period | None
    if not words:
        period = month_period(published) if precision == "month" and published else asof(anchor)
    else:
        if precision == "month" and published is not None:
            period = _parse_in_month(str(words), published, lang, status, events)
        else:
            period = read_time(str(words), anchor, lang, status, events)
        if period is None:
            row["flags"].append("unreadable-time")
            period = asof(anchor)
        elif period.flag:
            row["flags"].append(period.flag)
    row.update(
        period_start=period.start,
        period_end=period.end,
        period_kind=period.kind,
        precision=period.precision,
    )


def month_period(day: dt.date) -> Period:
    """The whole month of a month-only publication date, as the claim's as-of period.

    Example:
        >>> month_period(dt.date(2024, 2, 1)).end
        datetime.date(2024, 2, 29)
    """
    nxt = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1, day=1)
    return Period(day, nxt - dt.timedelta(days=1), "asof", "month", "")


def read_time(
    words: str,
    published: dt.date | None,
    lang: str,
    status: str,
    events: Events | None = None,
) -> Period | None:
    """Resolve a claim's time words; for a plan, take the reading nearest the publication date.

    A bare month or weekday in a report of a plan ("on Jan. 8", "in October") may look back
    (when the plan was announced) or forward (its target): the reading whose period lies
    nearer the publication date wins; a tie looks back. Cue words ("by", "next") decide
    first, inside :func:`parse_when`, whatever the status.

    Example:
        >>> read_time("in October", dt.date(2024, 11, 2), "en", "planned").start
        datetime.date(2024, 10, 1)
    """
    past = parse_when(words, published, lang, events=events)
    if status != "planned" or past is None or published is None:
        return past
    future = parse_when(words, published, lang, tense="future", events=events)
    if future is None or future == past:
        return past
    return future if _distance(future, published) < _distance(past, published) else past


def _distance(period: Period, day: dt.date) -> int:
    """Days between a period and a day (0 when the day falls inside it)."""
    if period.start is None or period.end is None:
        return 10**6
    if period.start <= day <= period.end:
        return 0
    return min(abs((period.start - day).days), abs((period.end - day).days))


def _parse_in_month(
    words: str, first: dt.date, lang: str, status: str, events: Events | None = None
) -> Period | None:
    """Resolve time words of a report dated to a month only.

    The words are resolved against the first and the last day of that month; each bound
    on which both readings agree is kept ("on January 9" in a January report), any other
    is left unknown and flagged, never guessed ("last week").
    """
    last = month_period(first).end
    assert last is not None
    early = read_time(words, first, lang, status, events)
    late = read_time(words, last, lang, status, events)
    if early is None or late is None:
        return early or late
    if early.start == late.start and early.end == late.end:
        return early
    return replace(
        early,
        start=early.start if early.start == late.start else None,
        end=early.end if early.end == late.end else None,
        flag=NEEDS_PUBLICATION_DATE,
    )


def apply_pins(
    row: dict[str, Any], claim: Mapping[str, Any], where: str, problems: list[str]
) -> list[str]:
    """Set the fields an analyst pinned in the claim (``low: 3000``); return their names.

    A value that is not valid for its field is reported in ``problems`` naming ``where``.
    """
    pinned = []
    for key in OVERRIDABLE:
        if key not in claim:
            continue
        value = claim[key]  # an explicit null empties a derived field
        try:
            if value is None:
                pass
            elif key in _DATE_PINS:
                value = _to_date(value)
            elif key in ("low", "best", "high"):
                value = float(value)
        except (TypeError, ValueError):
            problems.append(f"{where}: field {key!r}: {value!r} is not a valid {key}")
            continue
        row[key] = value
        pinned.append(key)
    return pinned


def _to_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def claims_to_records(claims: Any) -> list[dict[str, Any]]:
    """Report-file claims from a list of dicts or a claims-table DataFrame.

    Claims-table rows (a DataFrame, or dicts with ``figure_text``) map back to report keys
    (``figure_text`` -> ``figure``, ``time_text`` -> ``when``, ``claimant_text`` ->
    ``claimant``); derived columns are not copied, so the numbers are re-derived from the
    words on load. Missing values are left out.

    Example:
        >>> claims_to_records([{"figure": "about 2,000", "metric": "troops_transported",
        ...                     "claimant": "Kyodo"}])[0]["figure"]
        'about 2,000'
    """
    rows = claims.to_dict(orient="records") if hasattr(claims, "to_dict") else claims
    table_to_key = {column: key for key, column in CLAIM_COLUMNS.items()}
    records = []
    for row in rows:
        if "figure_text" in row:  # a claims-table row: its columns map back to report keys
            row = {table_to_key[c]: v for c, v in row.items() if c in table_to_key}
        records.append({k: plain(v) for k, v in row.items() if plain(v) is not None})
    return records


def plain(value: Any) -> Any:
    """A YAML-friendly Python value from a table cell (NA -> None, numpy -> builtins).

    Example:
        >>> plain(float("nan")) is None, plain(3)
        (True, 3)
    """
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "item"):
        value = value.item()
        if isinstance(value, float) and value != value:
            return None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    return value
