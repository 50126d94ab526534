"""Filters an analyst applies to the claims table before charting or exporting.

Example:
    >>> from tracker import load_claims
    >>> table = filter_claims(load_claims(), metrics=["troops_transported"])
    >>> set(table["metric"]) <= {"troops_transported"}
    True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tracker.table.schema import COLUMNS_BY_NAME

if TYPE_CHECKING:
    import pandas as pd


def _check_vocab(column: str, values: Iterable[str]) -> list[str]:
    values = list(values)
    vocab = COLUMNS_BY_NAME[column].vocab
    unknown = [v for v in values if vocab and v not in vocab]
    if unknown:
        raise ValueError(f"unknown {column} value(s) {unknown}; allowed: {list(vocab or [])}")
    return values


def filter_claims(
    table: pd.DataFrame,
    *,
    metrics: Iterable[str] | None = None,
    claimants: Iterable[str] | None = None,
    subjects: Iterable[str] | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    review: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows of ``table`` matching every filter given (None means no filter on that field).

    Dates select on the claim's period: a claim is kept when its period overlaps
    ``since``..``until`` (inclusive); claims with no known period are kept only when no
    date filter is given. Unknown metric or review values raise ``ValueError``.

    Example:
        >>> import pandas as pd
        >>> from tracker.table.schema import coerce
        >>> t = coerce(pd.DataFrame({"claim_id": ["a", "b"], "metric": ["killed", "pay"]}))
        >>> list(filter_claims(t, metrics=["pay"])["claim_id"])
        ['b']
    """
    import pandas as pd

    keep = pd.Series(True, index=table.index)
    if metrics is not None:
        keep &= table["metric"].isin(_check_vocab("metric", metrics))
    if review is not None:
        keep &= table["review"].isin(_check_vocab("review", review))
    if claimants is not None:
        keep &= table["claimant"].isin(list(claimants))
    if subjects is not None:
        keep &= table["subject"].isin(list(subjects))
    if since is not None:
        keep &= table["period_end"] >= pd.Timestamp(since)
    if until is not None:
        keep &= table["period_start"] <= pd.Timestamp(until)
    return table[keep.fillna(False).astype(bool)].reset_index(drop=True)
