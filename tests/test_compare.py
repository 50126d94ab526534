"""Cross-source views: latest per claimant, live claims, envelope, spread, originators,
supersession. The claims below are invented for these tests."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from claims_factory import NAN, make_table
from claims_factory import claim as _row

from tracker.views.compare import (
    METRICS,
    apply_supersession,
    axis_groups,
    envelope,
    figure_key,
    format_figure,
    latest_per_claimant,
    live_claims,
    originator_summary,
    originators,
    spread_over_time,
    supersession_links,
)

BOUNDS = {  # qualifier -> (low, best, high) from one or two numbers
    "exact": lambda a, b: (a, a, a),
    "approx": lambda a, b: (NAN, a, NAN),
    "more_than": lambda a, b: (a, a, NAN),
    "up_to": lambda a, b: (NAN, a, a),
    "range": lambda a, b: (a, (a + b) / 2, b),
    "vague": lambda a, b: (a, NAN, b),
    "none": lambda a, b: (NAN, NAN, NAN),
}


def claim(cid, published, claimant, metric, qualifier, a=NAN, b=NAN, **fields):
    """A row from one or two numbers, as the qualifier reads them."""
    fields.setdefault("figure_text", f"{qualifier} {a}")
    return _row(cid, published, claimant, metric, qualifier, BOUNDS[qualifier](a, b), **fields)


def base_rows() -> list[dict]:
    since = {"period_start": "2024-11-01", "period_end": "2024-12-23", "period_kind": "since"}
    return [
        claim("c01", "2024-11-13", "South Korea NIS", "troops_present", "approx", 11000),
        claim(
            "c02",
            "2024-11-14",
            "South Korea NIS",
            "troops_present",
            "approx",
            11000,
            outlet="Wire B",
            via="Yonhap",
        ),
        claim("c03", "2025-01-13", "South Korea NIS", "troops_present", "exact", 12000),
        claim("c04", "2024-10-30", "Ukraine HUR", "troops_present", "more_than", 11000),
        claim("c05", "2024-12-23", "Ukraine HUR", "killed", "exact", 1500, **since),
        claim("c06", "2025-01-05", "Ukraine HUR", "killed", "exact", 1800, **since),
        claim("c07", "2024-12-23", "Zelensky", "casualties", "more_than", 3000),
        claim("c08", "2025-01-10", "Zelensky", "casualties", "more_than", 4000, supersedes="c07"),
        claim("c09", "2025-01-20", "Pentagon", "troops_present", "approx", 9000, review="pending"),
        claim("c10", "2025-01-21", "Pentagon", "troops_present", "exact", 50000, review="rejected"),
        claim("c11", "2024-12-05", "Pentagon", "troops_present", "range", 10000, 12000),
        claim("c12", "2024-11-01", "unattributed", "troops_present", "vague", 1000, 9000),
        claim("c13", "2024-11-20", "Russia", "troops_present", "none", status="denied"),
    ]


@pytest.fixture
def claims() -> pd.DataFrame:
    return make_table(base_rows())


# --- rule tables -----------------------------------------------------------------------------

METRIC_KINDS = [
    ("troops_present", "stock", "persons_stock"),
    ("troops_deployed_front", "stock", "persons_stock"),
    ("troops_planned", "target", "persons_stock"),
    ("troops_transported", "flow", "persons_flow"),
    ("workers_sent", "flow", "persons_flow"),
    ("killed", "flow", "persons_flow"),
    ("wounded", "flow", "persons_flow"),
    ("casualties", "flow", "persons_flow"),
    ("captured", "flow", "persons_flow"),
    ("pay", "rate", "money_rate"),
    ("materiel", "count", "materiel"),
    ("other", "count", "other"),
]


@pytest.mark.parametrize(("metric", "kind", "axis"), METRIC_KINDS)
def test_metric_table(metric: str, kind: str, axis: str) -> None:
    assert (METRICS[metric].kind, METRICS[metric].axis) == (kind, axis)


def test_metric_table_covers_every_metric() -> None:
    assert sorted(METRICS) == sorted(m for m, _, _ in METRIC_KINDS)


def test_axis_groups_split_stocks_from_flows() -> None:
    assert axis_groups(["killed", "troops_present", "casualties", "troops_planned"]) == {
        "persons_flow": ["killed", "casualties"],
        "persons_stock": ["troops_present", "troops_planned"],
    }


FIGURE_WORDS = [
    ((3000, 3000, 3000, "exact"), "3,000"),
    ((NAN, 2000, NAN, "approx"), "about 2,000"),
    ((3000, 3000, NAN, "at_least"), "at least 3,000"),
    ((10000, 10000, NAN, "more_than"), "more than 10,000"),
    ((NAN, 12000, 12000, "up_to"), "up to 12,000"),
    ((NAN, 500, 500, "less_than"), "fewer than 500"),
    ((10000, 11000, 12000, "range"), "10,000–12,000"),
    ((1000, NAN, 9000, "vague"), "1,000–9,000 (vague)"),
    ((1000, NAN, NAN, "vague"), "1,000+ (vague)"),
    ((NAN, NAN, NAN, "none"), "unspecified"),
    ((NAN, 2.5, NAN, "approx"), "about 2.5"),
]


@pytest.mark.parametrize(("bounds", "words"), FIGURE_WORDS)
def test_format_figure(bounds: tuple, words: str) -> None:
    assert format_figure(*bounds) == words


FIGURE_KEYS = [
    ((NAN, 10000, NAN), (10000, 10000, 10000), True),  # "about 10,000" relayed as "10,000"
    ((10000, 10000, NAN), (NAN, 10000, 10000), True),  # qualifiers dropped in relay
    ((1000, NAN, 9000), (1000, NAN, 9000), True),
    ((1000, NAN, 9000), (2000, NAN, 9000), False),
    ((NAN, 10000, NAN), (NAN, 11000, NAN), False),
]


@pytest.mark.parametrize(("a", "b", "same"), FIGURE_KEYS)
def test_figure_key(a: tuple, b: tuple, same: bool) -> None:
    assert (figure_key(*a) == figure_key(*b)) is same


# --- latest per claimant ---------------------------------------------------------------------


def test_latest_per_claimant(claims: pd.DataFrame) -> None:
    latest = latest_per_claimant(claims, ["troops_present"])
    got = list(
        latest[["claimant", "status", "figure", "claim_id", "n_claims"]].itertuples(
            index=False, name=None
        )
    )
    assert got == [
        ("Ukraine HUR", "reported", "more than 11,000", "c04", 1),
        ("South Korea NIS", "reported", "12,000", "c03", 3),
        ("Pentagon", "reported", "10,000–12,000", "c11", 1),
        ("Russia", "denied", "unspecified", "c13", 1),
        ("unattributed", "reported", "1,000–9,000 (vague)", "c12", 1),
    ]


def test_latest_per_claimant_with_pending(claims: pd.DataFrame) -> None:
    latest = latest_per_claimant(claims, ["troops_present"], include_pending=True)
    pentagon = latest[latest["claimant"] == "Pentagon"]
    assert list(
        pentagon[["figure", "claim_id", "n_claims"]].itertuples(index=False, name=None)
    ) == [("about 9,000", "c09", 2)]


def test_latest_per_claimant_skips_revised_figures(claims: pd.DataFrame) -> None:
    latest = latest_per_claimant(claims, ["killed", "casualties"])
    assert list(
        latest[["metric", "claimant", "figure", "claim_id"]].itertuples(index=False, name=None)
    ) == [
        ("killed", "Ukraine HUR", "1,800", "c06"),
        ("casualties", "Zelensky", "more than 4,000", "c08"),
    ]


def test_latest_of_empty_table_has_the_columns(claims: pd.DataFrame) -> None:
    latest = latest_per_claimant(claims.iloc[0:0])
    assert (len(latest), list(latest.columns)[:3]) == (0, ["metric", "claimant", "claimant_type"])


# --- live claims and envelope ----------------------------------------------------------------

LIVE = [
    ("2024-10-31", ["c04"]),
    ("2024-12-01", ["c02", "c04", "c12"]),  # c01 restated by c02; Russia's denial is no figure
    ("2024-12-31", ["c02", "c04", "c11", "c12"]),
    ("2025-02-01", ["c04", "c03", "c11", "c12"]),
]


@pytest.mark.parametrize(("at", "ids"), LIVE)
def test_live_claims(claims: pd.DataFrame, at: str, ids: list[str]) -> None:
    assert list(live_claims(claims, at, ["troops_present"])["claim_id"]) == ids


def test_live_claims_see_only_what_was_published_by_then(claims: pd.DataFrame) -> None:
    # c05 is revised by c06 (published 2025-01-05); on 2024-12-31 c05 was still current.
    assert list(live_claims(claims, "2024-12-31", ["killed"])["claim_id"]) == ["c05"]
    assert list(live_claims(claims, "2025-01-31", ["killed"])["claim_id"]) == ["c06"]


def test_envelope(claims: pd.DataFrame) -> None:
    env = envelope(claims, "troops_present", "2025-02-01")
    got = list(
        env[["claimant", "claimant_type", "low", "best", "high", "interval"]].itertuples(
            index=False, name=None
        )
    )
    expected = [
        ("Ukraine HUR", "intelligence", 11000.0, 11000.0, NAN, "more than 11,000"),
        ("South Korea NIS", "intelligence", 12000.0, 12000.0, 12000.0, "12,000"),
        ("Pentagon", "military", 10000.0, 11000.0, 12000.0, "10,000–12,000"),
        ("unattributed", "unattributed", 1000.0, NAN, 9000.0, "1,000–9,000 (vague)"),
    ]
    assert _nan_safe(got) == _nan_safe(expected)


def test_envelope_leaves_out_stale_claims(claims: pd.DataFrame) -> None:
    env = envelope(claims, "troops_present", "2025-02-01", max_age_days=60)
    assert list(env["claim_id"]) == ["c03", "c11"]


# --- supersession ----------------------------------------------------------------------------


def test_supersession_links(claims: pd.DataFrame) -> None:
    links = supersession_links(claims)
    assert list(links.itertuples(index=False, name=None)) == [
        ("c07", "c08", "explicit"),
        ("c05", "c06", "inferred"),
    ]


SUPERSESSION_CASES = [
    # (case, changes per claim id, expected links among the killed claims c05 and c06)
    ("later different figure, same period", {}, [("c05", "c06", "inferred")]),
    ("same figure restated", {"c06": {"best": 1500.0, "low": 1500.0, "high": 1500.0}}, []),
    ("same day", {"c06": {"published": pd.Timestamp("2024-12-23")}}, []),
    (
        "periods apart",
        {
            "c06": {
                "period_start": pd.Timestamp("2025-01-01"),
                "period_end": pd.Timestamp("2025-01-05"),
            }
        },
        [],
    ),
    ("other period kind", {"c06": {"period_kind": "period"}}, []),
    ("other claimant", {"c06": {"claimant": "Zelensky", "claimant_type": "head_of_state"}}, []),
    ("newer claim pending", {"c06": {"review": "pending"}}, []),
    ("earlier rank pinned", {"c05": {"overridden": "rank"}}, []),
    ("explicit link wins", {"c06": {"supersedes": "c02"}}, [("c02", "c06", "explicit")]),
]


@pytest.mark.parametrize(("case", "changes", "expected"), SUPERSESSION_CASES)
def test_supersession_rules(claims: pd.DataFrame, case: str, changes: dict, expected: list) -> None:
    rows = claims.set_index("claim_id")
    for cid, values in changes.items():
        for column, value in values.items():
            rows.loc[cid, column] = value
    links = supersession_links(rows.reset_index())
    got = [link for link in links.itertuples(index=False, name=None) if link[0] != "c07"]
    assert got == expected


def test_apply_supersession_marks_and_keeps(claims: pd.DataFrame) -> None:
    out = apply_supersession(claims)
    assert list(out["claim_id"]) == list(claims["claim_id"])
    assert list(out.columns) == list(claims.columns)
    assert sorted(out.loc[out["rank"] == "deprecated", "claim_id"]) == ["c05", "c07"]
    assert (claims["rank"] == "normal").all()  # the input is not changed


def test_apply_supersession_keeps_a_pinned_rank(claims: pd.DataFrame) -> None:
    pinned = claims.copy()
    pinned.loc[pinned["claim_id"] == "c07", "overridden"] = "rank;low"
    out = apply_supersession(pinned)
    assert sorted(out.loc[out["rank"] == "deprecated", "claim_id"]) == ["c05"]


# --- spread over time ------------------------------------------------------------------------


def test_spread_over_time_live(claims: pd.DataFrame) -> None:
    spread = spread_over_time(claims, "troops_present")
    got = [(str(p.date()), *row) for p, *row in spread.itertuples(name=None)]
    assert got == [
        ("2024-10-01", 1, 11000.0, 11000.0, 11000.0, 11000.0, 11000.0, 1.0),
        ("2024-11-01", 3, 1000.0, 11000.0, 11000.0, 11000.0, 11000.0, 1.0),
        ("2024-12-01", 4, 1000.0, 11000.0, 11000.0, 11000.0, 12000.0, 1.0),
        ("2025-01-01", 4, 1000.0, 11000.0, 11000.0, 12000.0, 12000.0, 12000 / 11000),
    ]


def test_spread_over_time_dated_for_flows(claims: pd.DataFrame) -> None:
    spread = spread_over_time(claims, "killed")  # flows: claims dated in the month
    got = [(str(p.date()), *row) for p, *row in spread.itertuples(name=None)]
    assert got == [("2024-12-01", 1, 1800.0, 1800.0, 1800.0, 1800.0, 1800.0, 1.0)]


def test_spread_over_time_empty(claims: pd.DataFrame) -> None:
    spread = spread_over_time(claims, "workers_sent")
    assert (len(spread), list(spread.columns)) == (
        0,
        ["n_claimants", "low", "min_best", "median_best", "max_best", "high", "ratio"],
    )


# --- originators -----------------------------------------------------------------------------


def test_originators_count_relays_once(claims: pd.DataFrame) -> None:
    table = originators(claims)
    present = table[table["metric"] == "troops_present"]
    got = list(
        present[
            ["claimant", "figure", "appearances", "outlets", "relays", "originators"]
        ].itertuples(index=False, name=None)
    )
    assert got == [
        ("South Korea NIS", "11,000", 2, 2, 1, 1),
        ("Pentagon", "11,000", 1, 1, 0, 1),
        ("South Korea NIS", "12,000", 1, 1, 0, 1),
        ("Ukraine HUR", "11,000", 1, 1, 0, 1),
        ("unattributed", "1,000–9,000", 1, 1, 0, 1),
    ]


def test_originators_merge_relayed_qualifiers(claims: pd.DataFrame) -> None:
    relayed = claim(
        "c20",
        "2024-11-15",
        "South Korea NIS",
        "troops_present",
        "exact",
        11000,
        outlet="Paper C",
        via="JoongAng > lawmakers",
    )
    table = originators(pd.concat([claims, make_table([relayed])], ignore_index=True))
    nis = table[(table["claimant"] == "South Korea NIS") & (table["figure"] == "11,000")]
    assert list(
        nis[["appearances", "outlets", "relays", "originators"]].itertuples(index=False, name=None)
    ) == [(3, 3, 2, 1)]


def test_originator_summary(claims: pd.DataFrame) -> None:
    summary = originator_summary(claims)
    assert list(summary.itertuples(name=None)) == [
        ("troops_present", 6, 5, 4),
        ("killed", 2, 2, 1),
        ("casualties", 2, 2, 1),
    ]


def _nan_safe(rows: list[tuple]) -> list[tuple]:
    return [tuple("nan" if isinstance(v, float) and math.isnan(v) else v for v in r) for r in rows]


def test_every_metric_of_the_schema_has_a_chart_kind():
    from tracker.table import schema
    from tracker.views import compare

    assert sorted(compare.METRICS) == sorted(schema.METRICS)
