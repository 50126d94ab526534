"""Filtering the claims table before charts and exports."""

from __future__ import annotations

import pandas as pd
import pytest

from tracker.table.schema import coerce
from tracker.table.select import filter_claims


@pytest.fixture
def table():
    return coerce(
        pd.DataFrame(
            {
                "claim_id": ["a", "b", "c", "d"],
                "metric": ["killed", "pay", "killed", "troops_present"],
                "claimant": ["Ukraine HUR", "Kremlin", "South Korea NIS", "Ukraine HUR"],
                "review": ["accepted", "accepted", "pending", "accepted"],
                "period_start": ["2024-10-01", "2024-11-01", "2024-12-01", None],
                "period_end": ["2024-10-31", "2024-11-01", "2024-12-31", None],
            }
        )
    )


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({}, ["a", "b", "c", "d"]),
        ({"metrics": ["killed"]}, ["a", "c"]),
        ({"claimants": ["Ukraine HUR"]}, ["a", "d"]),
        ({"review": ["accepted"]}, ["a", "b", "d"]),
        ({"since": "2024-10-15"}, ["a", "b", "c"]),
        ({"until": "2024-10-31"}, ["a"]),
        ({"since": "2024-11-01", "until": "2024-11-30", "metrics": ["pay"]}, ["b"]),
    ],
)
def test_filters_combine(table, filters, ids):
    assert list(filter_claims(table, **filters)["claim_id"]) == ids


def test_an_unknown_metric_is_an_error_not_an_empty_table(table):
    with pytest.raises(ValueError, match=r"unknown metric value\(s\) \['kiled'\]"):
        filter_claims(table, metrics=["kiled"])


def test_subjects_filter_other_deployments_out():
    table = coerce(pd.DataFrame({"claim_id": ["a", "b"], "subject": ["DPRK", "Iran"]}))
    assert list(filter_claims(table, subjects=["DPRK"])["claim_id"]) == ["a"]
