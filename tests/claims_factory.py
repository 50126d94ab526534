"""Invented claims-table rows for the chart and comparison tests (no real report's words)."""

from __future__ import annotations

import math

import pandas as pd

from tracker.table.schema import COLUMN_NAMES, from_rows

NAN = math.nan
TYPES = {
    "South Korea NIS": "intelligence",
    "Ukraine HUR": "intelligence",
    "Pentagon": "military",
    "Zelensky": "head_of_state",
    "Russia": "government",
    "Western officials": "anonymous_officials",
    "unattributed": "unattributed",
}


def claim(
    cid: str,
    published: str | None,
    claimant: str,
    metric: str,
    qualifier: str,
    bounds: tuple[float, float, float],
    **fields: object,
) -> dict:
    """One claims-table row with (low, best, high); as-of period (the publication date)."""
    row = dict.fromkeys(COLUMN_NAMES)
    row.update(
        claim_id=cid,
        report_id=f"rep-{cid}",
        report_file=f"data/reports/rep-{cid}.yaml",
        published=published,
        published_precision="day" if published else "unknown",
        outlet="Wire A",
        language="en",
        claimant=claimant,
        claimant_text=claimant,
        claimant_type=TYPES[claimant],
        side="unknown",
        reliability="C",
        metric=metric,
        status="reported",
        figure_text=qualifier,
        low=bounds[0],
        best=bounds[1],
        high=bounds[2],
        qualifier=qualifier,
        unit="persons",
        period_start=published,
        period_end=published,
        period_kind="asof",
        precision="day",
        review="accepted",
        rank="normal",
    )
    row.update(fields)
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def make_table(rows: list[dict]) -> pd.DataFrame:
    """Rows -> a claims table with the schema's dtypes."""
    return from_rows(rows)
