"""The fast paths of loading give what the general paths give (columns, YAML, validation)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tracker.claims.columns import COLUMNS, _python_column, from_rows
from tracker.errors import ValidationError
from tracker.table.reports import parse_yaml
from tracker.table.schema import _surely_valid, validate


def _one_by_one(rows):
    return pd.DataFrame(
        {c.name: _python_column([r.get(c.name) for r in rows], c.kind) for c in COLUMNS}
    )


@pytest.mark.parametrize(
    "rows",
    [
        [{"claim_id": "a/1", "best": 3000, "credibility": 2, "published": dt.date(2024, 1, 1)}],
        [{"claim_id": ""}, {"claim_id": None, "low": 2.5}],
        [{"outlet": 7}, {"outlet": "x"}],  # a number in a text column: str() as before
        [{"best": True}, {"best": 2**60 + 1}],  # bool and a big integer: float() as before
        [{"credibility": 3.0}],
        [{"published": dt.date(2024, 1, 1)}, {"published": dt.datetime(2024, 1, 2, 5, 30)}],
        [{"period_start": "2024-02-01"}],
        [],
    ],
)
def test_from_rows_equals_the_one_by_one_conversion(rows):
    pd.testing.assert_frame_equal(from_rows(rows), _one_by_one(rows), check_exact=True)


def test_from_rows_keeps_the_time_of_day_of_a_datetime_among_dates():
    rows = [{"published": dt.date(2024, 1, 1)}, {"published": dt.datetime(2024, 1, 2, 5, 30)}]
    assert str(from_rows(rows)["published"][1]) == "2024-01-02 05:30:00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\nb:\n  c: 2\n  c: 3\n", "key 'c' is given twice"),
        ("a: &x [1]\nb: *x\n", "aliases are not allowed"),
        ("a: !!python/name:os.system x\n", "could not determine a constructor"),
    ],
)
def test_strict_yaml_still_refuses(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_yaml(text.encode(), "r.yaml")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("<<: {a: 1}\nb: 2\n", {"a": 1, "b": 2}),  # a merge key: the general constructor
        ("d: 2024-02-30\ne: 2024-02-03\n", {"d": "2024-02-30", "e": dt.date(2024, 2, 3)}),
        ("x: [yes, ~, 1_000, 1.5, '7']\n", {"x": [True, None, 1000, 1.5, "7"]}),
        ("a: &k v\n", {"a": "v"}),  # an anchor without an alias is harmless
    ],
)
def test_strict_yaml_values(text, value):
    assert parse_yaml(text.encode(), "r.yaml") == value


def _valid_row(**changes):
    row = {
        "claim_id": "r/1",
        "report_id": "r",
        "report_file": "data/reports/r.yaml",
        "published_precision": "day",
        "language": "en",
        "claimant": "Pentagon",
        "claimant_text": "Pentagon",
        "claimant_type": "government",
        "side": "neutral",
        "reliability": "B",
        "metric": "killed",
        "status": "reported",
        "scope": "total",
        "figure_text": "about 30",
        "best": 30.0,
        "qualifier": "approx",
        "period_kind": "point",
        "precision": "day",
        "review": "accepted",
        "rank": "normal",
    }
    return {**row, **changes}


def test_a_valid_table_passes_without_pandera_and_is_a_new_frame():
    frame = from_rows([_valid_row(), _valid_row(claim_id="r/2")])
    assert _surely_valid(frame)
    out = validate(frame)
    assert out is not frame
    pd.testing.assert_frame_equal(out, frame)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"metric": "troops"}, "metric"),
        ({"low": 50.0}, "low"),
        ({"qualifier": "vague"}, "qualifier"),
        ({"claim_id": "r/1"}, "claim_id"),
    ],
)
def test_a_bad_row_is_still_named_by_pandera(change, field):
    frame = from_rows([_valid_row(), _valid_row(**{"claim_id": "r/2", **change})])
    assert not _surely_valid(frame)
    with pytest.raises(ValidationError, match=f"field '{field}'"):
        validate(frame)
