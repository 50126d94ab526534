"""The shipped seed report loads into the claims listed in the foundation issue."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from support import ROOT

from tracker.table.ledger import load_claims

REPORT_ID = "2024-11-01-dprk-holy-war"
COLUMNS = [
    "claimant",
    "via",
    "metric",
    "status",
    "location",
    "low",
    "best",
    "high",
    "qualifier",
    "unit",
    "currency",
    "per",
    "period_start",
    "period_end",
    "period_kind",
    "flags",
]
D = dt.date

EXPECTED = {
    "thousands of Korean soldiers": (
        "unattributed",
        None,
        "troops_present",
        "reported",
        "Kursk region",
        1000.0,
        None,
        None,
        "vague",
        "persons",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        None,
    ),
    "several thousand soldiers": (
        "Western officials",
        None,
        "troops_present",
        "reported",
        "Kursk region",
        2000.0,
        None,
        9000.0,
        "vague",
        "persons",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        None,
    ),
    "at least 3,000 soldiers": (
        "US and South Korea governments",
        None,
        "troops_transported",
        "reported",
        "North Korea to Russia",
        3000.0,
        3000.0,
        None,
        "at_least",
        "persons",
        None,
        None,
        D(2024, 10, 1),
        D(2024, 10, 31),
        "period",
        None,
    ),
    "10,000 military personnel": (
        "US and South Korea governments",
        None,
        "troops_planned",
        "planned",
        "Russia",
        10000.0,
        10000.0,
        10000.0,
        "exact",
        "persons",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 12, 31),
        "deadline",
        None,
    ),
    "about 2,000 North Korean soldiers": (
        "Japanese and Ukrainian media",
        None,
        "troops_transported",
        "reported",
        "Russian Far East to the European part of Russia, by train",
        None,
        2000.0,
        None,
        "approx",
        "persons",
        None,
        None,
        D(2024, 10, 31),
        D(2024, 10, 31),
        "point",
        None,
    ),
    "$2,000 per month": (
        "South Korea military sources",
        "JoongAng > military sources",
        "pay",
        "reported",
        "Russia",
        2000.0,
        2000.0,
        2000.0,
        "exact",
        "USD",
        "USD",
        "month",
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        None,
    ),
    "around 20 years old": (
        "South Korea military sources",
        "JoongAng > military sources",
        "other",
        "reported",
        "Russia",
        None,
        20.0,
        None,
        "approx",
        "years_of_age",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        None,
    ),
}


def _plain(value):
    if value is None or pd.isna(value):
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value


@pytest.fixture(scope="module")
def seed_rows():
    table = load_claims(ROOT / "data", cache=False)
    return table[table["report_id"] == REPORT_ID].set_index("figure_text")


def test_the_seed_has_exactly_the_listed_claims(seed_rows):
    assert sorted(seed_rows.index) == sorted(EXPECTED)


@pytest.mark.parametrize("figure", sorted(EXPECTED))
def test_each_seed_claim_is_normalised_as_listed(seed_rows, figure):
    row = seed_rows.loc[figure]
    assert tuple(_plain(row[c]) for c in COLUMNS) == EXPECTED[figure]


def test_every_seed_claim_points_back_at_its_words(seed_rows):
    text = (ROOT / "seeds" / "000_fa9f0326c5be52ea.txt").read_text(encoding="utf-8")
    for figure, row in seed_rows.iterrows():
        assert text[int(row["span_start"]) : int(row["span_end"])] == figure
