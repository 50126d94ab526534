"""Every vocabulary of a claim, defined once: metrics, statuses, scopes, claimant types, subjects.

Plain Python (no pandas): the schema, the row builder, the registry, compare and plots all
read these tuples and tables, so a new metric or status is added here and nowhere else.

Example:
    >>> from tracker.claims.vocabulary import METRIC_INFO, METRICS
    >>> METRICS[0], METRIC_INFO["killed"].kind
    ('troops_present', 'flow')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MetricInfo:
    """How a metric behaves: its kind, which chart axis it may share, and its labels.

    ``kind`` is ``stock`` (a standing number as of a date), ``target`` (a planned stock),
    ``flow`` (a count over a period), ``rate`` (money per person per period) or ``count``.
    Metrics with the same ``axis`` may share a chart axis; ``chart`` names the chart kind
    that draws the metric (``timeline`` for people, ``spread`` for pay, ``table`` otherwise).

    Example:
        >>> MetricInfo("stock", "persons_stock", "Troops present", "present").axis
        'persons_stock'
    """

    kind: str
    axis: str
    label: str
    short: str
    chart: str = "timeline"


METRIC_INFO: dict[str, MetricInfo] = {
    "troops_present": MetricInfo("stock", "persons_stock", "Troops present", "present"),
    "troops_deployed_front": MetricInfo("stock", "persons_stock", "Troops at the front", "front"),
    "troops_transported": MetricInfo("flow", "persons_flow", "Troops transported", "moved"),
    "troops_planned": MetricInfo("target", "persons_stock", "Troops planned (target)", "planned"),
    "workers_sent": MetricInfo("flow", "persons_flow", "Workers sent", "workers"),
    "killed": MetricInfo("flow", "persons_flow", "Killed", "killed"),
    "wounded": MetricInfo("flow", "persons_flow", "Wounded", "wounded"),
    "casualties": MetricInfo("flow", "persons_flow", "Casualties", "casualties"),
    "captured": MetricInfo("flow", "persons_flow", "Captured", "captured"),
    "pay": MetricInfo("rate", "money_rate", "Pay", "pay", "spread"),
    "materiel": MetricInfo("count", "materiel", "Materiel", "materiel", "table"),
    "other": MetricInfo("count", "other", "Other figures", "other", "table"),
}

#: Metric names in their canonical order.
METRICS: tuple[str, ...] = tuple(METRIC_INFO)

#: Axis captions: what a number on an axis of this group means.
AXIS_LABELS: dict[str, str] = {
    "persons_stock": "persons present at the date (stock)",
    "persons_flow": "persons over the period (flow)",
    "money_rate": "pay per person",
    "materiel": "items",
    "other": "count",
}

STATUSES: tuple[str, ...] = ("reported", "planned", "denied")
REVIEWS: tuple[str, ...] = ("pending", "accepted", "rejected")
RANKS: tuple[str, ...] = ("preferred", "normal", "deprecated")
PERS: tuple[str, ...] = ("day", "week", "month", "year")
#: total = a cumulative or standing number; incident = one event; increment = "another 3,000".
SCOPES: tuple[str, ...] = ("total", "incident", "increment")
CLAIMANT_TYPES: tuple[str, ...] = (
    "intelligence",
    "military",
    "head_of_state",
    "government",
    "media",
    "osint",
    "anonymous_officials",
    "researcher",
    "international_org",
    "unattributed",
)
SIDES: tuple[str, ...] = ("ukraine_aligned", "russia_aligned", "neutral", "unknown")
RELIABILITY: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
CREDIBILITY: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
PUBLISHED_PRECISIONS: tuple[str, ...] = ("day", "month", "unknown")

#: The subject the shipped record follows, and the default subject of a claim.
DEFAULT_SUBJECT = "DPRK"

#: What a claim row gets when its report says nothing.
CLAIM_DEFAULTS: dict[str, str] = {
    "status": "reported",
    "subject": DEFAULT_SUBJECT,
    "review": "accepted",
    "rank": "normal",
    "scope": "total",
}

#: The claimant of a figure no words attribute.
UNATTRIBUTED = "unattributed"
