"""The ledger: report files in, a validated table out; add_report; the row cache."""

from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import pytest
from conftest import write_report

from tracker.table.ledger import DuplicateReportError, add_report, claim_id, load_claims
from tracker.table.schema import COLUMN_NAMES, ValidationError

REPORT = """\
    id: 2024-11-01-test-a
    outlet: Test Wire
    url: https://example.org/a
    published: 2024-11-01
    language: en
    claims:
    - figure: at least 3,000 troops
      metric: troops_transported
      claimant: the NIS
      when: in October
    - figure: about 2,000
      metric: troops_transported
      claimant: reportedly
      best: 2500
      note: pinned by hand for the test
"""


def _row(table, figure):
    rows = table[table["figure_text"] == figure]
    assert len(rows) == 1, figure
    return rows.iloc[0]


def _pick(row, names):
    return {n: (None if _isna(row[n]) else row[n]) for n in names}


def _isna(value):
    return value is None or pd.isna(value)


def test_a_report_becomes_rows_with_derived_numbers_and_dates(ledger):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    table = load_claims(ledger, cache=False)
    assert list(table.columns) == list(COLUMN_NAMES)
    row = _row(table, "at least 3,000 troops")
    assert _pick(
        row,
        [
            "report_id",
            "report_file",
            "claimant",
            "claimant_text",
            "claimant_type",
            "reliability",
            "metric",
            "status",
            "subject",
            "low",
            "best",
            "high",
            "qualifier",
            "unit",
            "period_kind",
            "precision",
            "review",
            "rank",
            "overridden",
            "flags",
        ],
    ) == {
        "report_id": "2024-11-01-test-a",
        "report_file": "data/reports/2024-11-01-test-a.yaml",
        "claimant": "South Korea NIS",
        "claimant_text": "the NIS",
        "claimant_type": "intelligence",
        "reliability": "B",
        "metric": "troops_transported",
        "status": "reported",
        "subject": "DPRK",
        "low": 3000.0,
        "best": 3000.0,
        "high": None,
        "qualifier": "at_least",
        "unit": "persons",
        "period_kind": "period",
        "precision": "month",
        "review": "accepted",
        "rank": "normal",
        "overridden": None,
        "flags": None,
    }
    assert (row["period_start"].date(), row["period_end"].date()) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 31),
    )


def test_a_hand_pin_wins_and_is_marked_overridden(ledger):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    row = _row(load_claims(ledger, cache=False), "about 2,000")
    assert _pick(row, ["best", "qualifier", "overridden", "period_kind", "note"]) == {
        "best": 2500.0,
        "qualifier": "approx",
        "overridden": "best",
        "period_kind": "asof",
        "note": "pinned by hand for the test",
    }
    assert row["period_start"].date() == row["period_end"].date() == dt.date(2024, 11, 1)


def test_claim_ids_are_stable_and_survive_analyst_edits(ledger):
    path = write_report(ledger, "2024-11-01-test-a", REPORT)
    first = sorted(load_claims(ledger, cache=False)["claim_id"])
    path.write_text(path.read_text().replace("troops_transported", "troops_present"))
    second = sorted(load_claims(ledger, cache=False)["claim_id"])
    assert (
        first
        == second
        == sorted(
            [
                claim_id("2024-11-01-test-a", "at least 3,000 troops", 0),
                claim_id("2024-11-01-test-a", "about 2,000", 0),
            ]
        )
    )


def test_undated_and_month_dated_reports_are_flagged_not_guessed(ledger):
    write_report(
        ledger,
        "undated-test-b",
        """\
        id: undated-test-b
        published: null
        language: en
        claims:
        - {figure: "some 1,500 soldiers", metric: troops_present, claimant: NIS, when: last week}
        - {figure: "1,000 soldiers", metric: troops_present, claimant: NIS}
    """,
    )
    write_report(
        ledger,
        "2024-12-test-c",
        """\
        id: 2024-12-test-c
        published: "2024-12"
        language: en
        claims:
        - {figure: "1,000 soldiers", metric: troops_present, claimant: NIS}
    """,
    )
    table = load_claims(ledger, cache=False)
    b = table[table["report_id"] == "undated-test-b"].set_index("figure_text")
    assert b.loc["some 1,500 soldiers", "flags"] == "no-publication-date;needs-publication-date"
    assert _isna(b.loc["some 1,500 soldiers", "period_start"])
    assert b.loc["1,000 soldiers", "flags"] == "no-publication-date"
    assert _isna(b.loc["1,000 soldiers", "published"])
    c = _row(table[table["report_id"] == "2024-12-test-c"], "1,000 soldiers")
    assert _pick(c, ["published_precision", "flags", "period_kind", "precision"]) == {
        "published_precision": "month",
        "flags": "month-publication-date",
        "period_kind": "asof",
        "precision": "month",
    }
    assert (c["period_start"].date(), c["period_end"].date()) == (
        dt.date(2024, 12, 1),
        dt.date(2024, 12, 31),
    )


def test_an_unreadable_figure_is_kept_and_flagged(ledger):
    write_report(
        ledger,
        "2024-11-01-test-d",
        """\
        id: 2024-11-01-test-d
        published: 2024-11-01
        language: en
        claims:
        - {figure: "a great many", metric: troops_present, claimant: NIS}
    """,
    )
    row = _row(load_claims(ledger, cache=False), "a great many")
    assert _pick(row, ["qualifier", "best", "flags"]) == {
        "qualifier": "none",
        "best": None,
        "flags": "unreadable-figure",
    }


def test_every_problem_in_every_file_is_listed_at_once(ledger):
    write_report(
        ledger,
        "2024-11-01-bad-one",
        """\
        id: 2024-11-01-bad-one
        published: 2024-11-01
        language: en
        claims:
        - {figure: "3,000 soldiers", metric: troops, claimant: NIS}
        - {figure: "4,000 soldiers", metric: killed, claimant: Somebody Unknown}
        - {figure: "5,000 soldiers", metric: killed, claimant: NIS, colour: red}
    """,
    )
    write_report(ledger, "2024-11-01-bad-two", "id: [unclosed\n")
    write_report(
        ledger,
        "2024-11-01-bad-three",
        """\
        id: 2024-11-01-bad-three
        published: 1 Nov
        language: en
        claims: []
    """,
    )
    with pytest.raises(ValidationError) as caught:
        load_claims(ledger, cache=False)
    problems = caught.value.problems
    assert len(problems) == 5
    text = "\n".join(problems)
    assert (
        "data/reports/2024-11-01-bad-one.yaml: claim 1 ('3,000 soldiers'): field 'metric': "
        "'troops' not in"
    ) in text
    assert (
        "data/reports/2024-11-01-bad-one.yaml: claim 2 ('4,000 soldiers'): field "
        "'claimant': 'Somebody Unknown' is not in the registry"
    ) in text
    assert (
        "data/reports/2024-11-01-bad-one.yaml: claim 3 ('5,000 soldiers'): unknown field 'colour'"
        in text
    )
    assert "data/reports/2024-11-01-bad-two.yaml: not valid YAML" in text
    assert "data/reports/2024-11-01-bad-three.yaml: field 'published': '1 Nov'" in text


def test_pending_and_rejected_rows_stay_out_unless_asked(ledger):
    write_report(
        ledger,
        "2024-11-01-test-e",
        """\
        id: 2024-11-01-test-e
        published: 2024-11-01
        language: en
        claims:
        - {figure: "3,000", metric: troops_present, claimant: NIS, review: accepted}
        - {figure: "4,000", metric: troops_present, claimant: NIS, review: pending}
        - {figure: "5,000", metric: troops_present, claimant: NIS, review: rejected}
    """,
    )
    assert list(load_claims(ledger)["figure_text"]) == ["3,000"]
    both = load_claims(ledger, include_pending=True)
    assert sorted(both["figure_text"]) == ["3,000", "4,000"]
    every = load_claims(ledger, include_pending=True, include_rejected=True)
    assert sorted(every["figure_text"]) == ["3,000", "4,000", "5,000"]


def test_the_cache_serves_unchanged_files_and_rebuilds_changed_or_broken_ones(ledger):
    path = write_report(ledger, "2024-11-01-test-a", REPORT)
    cold = load_claims(ledger)
    cache = ledger / ".cache" / "claims.parquet"
    assert cache.exists()
    warm = load_claims(ledger)
    assert warm.equals(cold)
    path.write_text(path.read_text().replace("at least 3,000 troops", "at least 4,000 troops"))
    changed = load_claims(ledger)
    assert sorted(changed["best"].dropna()) == [2500.0, 4000.0]
    cache.write_bytes(b"not a parquet file")
    assert load_claims(ledger).equals(changed)


META = {
    "url": "https://example.org/new",
    "outlet": "Example News",
    "published": "2024-11-02",
    "language": "en",
}
CLAIMS = [
    {
        "figure": "about 2,000 soldiers",
        "metric": "troops_transported",
        "claimant": "Ukrainian military intelligence",
        "when": "on Thursday",
    }
]


def test_add_report_writes_a_file_that_loads(ledger):
    text = "Ukrainian military intelligence said on Thursday that about 2,000 soldiers moved.\n"
    path = add_report(META, text, CLAIMS, ledger)
    assert path == ledger / "reports" / f"2024-11-02-example-news-{path.stem[-6:]}.yaml"
    row = _row(load_claims(ledger), "about 2,000 soldiers")
    assert _pick(row, ["claimant", "qualifier", "best", "span_start", "span_end", "flags"]) == {
        "claimant": "Ukraine HUR",
        "qualifier": "approx",
        "best": 2000.0,
        "span_start": text.index("about"),
        "span_end": text.index(" moved"),
        "flags": None,
    }
    assert row["period_start"].date() == dt.date(2024, 10, 31)


def test_add_report_refuses_the_same_url_or_the_same_text(ledger):
    text = "A text of our own about 2,000 soldiers.\n"
    first = add_report(META, text, CLAIMS, ledger)
    with pytest.raises(
        DuplicateReportError,
        match="URL https://EXAMPLE.org/new/ is already in the ledger: data/reports/2024-11-02-example-news-",
    ):
        add_report({**META, "url": "https://EXAMPLE.org/new/"}, None, CLAIMS, ledger)
    with pytest.raises(DuplicateReportError, match="same text is already in the ledger"):
        add_report({**META, "url": "https://example.org/other"}, text, CLAIMS, ledger)
    assert sorted(p.name for p in (ledger / "reports").iterdir()) == [first.name]


def test_add_report_writes_nothing_when_a_claim_is_bad(ledger):
    bad = [{**CLAIMS[0], "metric": "troop"}]
    with pytest.raises(ValidationError, match="field 'metric': 'troop' not in"):
        add_report(META, "some text\n", bad, ledger)
    assert list((ledger / "reports").iterdir()) == []
    assert not (ledger.parent / "seeds").exists()


def test_add_report_is_atomic_when_the_write_fails(ledger, monkeypatch):
    def broken_link(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "link", broken_link)
    with pytest.raises(OSError, match="disk full"):
        add_report(META, "A text of our own.\n", CLAIMS, ledger)
    assert list((ledger / "reports").iterdir()) == []
    assert list((ledger.parent / "seeds").iterdir()) == []


def test_a_null_pin_empties_a_derived_field(ledger):
    write_report(
        ledger,
        "2024-11-01-test-f",
        """\
        id: 2024-11-01-test-f
        published: 2024-11-01
        language: en
        claims:
        - {figure: "2,700 wounded", metric: wounded, claimant: NIS, qualifier: approx, low: null, high: null}
    """,
    )
    row = _row(load_claims(ledger, cache=False), "2,700 wounded")
    assert _pick(row, ["low", "best", "high", "qualifier", "overridden"]) == {
        "low": None,
        "best": 2700.0,
        "high": None,
        "qualifier": "approx",
        "overridden": "low;high;qualifier",
    }


@pytest.mark.parametrize(
    ("when", "status", "start", "end"),
    [
        ("on Jan. 8", "planned", dt.date(2025, 1, 8), dt.date(2025, 1, 8)),
        ("on Jan. 8", "reported", dt.date(2024, 1, 8), dt.date(2024, 1, 8)),
        ("in October", "planned", dt.date(2024, 10, 1), dt.date(2024, 10, 31)),
        ("in February", "planned", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        ("by the end of the year", "planned", dt.date(2025, 1, 3), dt.date(2025, 12, 31)),
    ],
)
def test_a_plan_takes_the_reading_nearest_its_report(ledger, when, status, start, end):
    write_report(
        ledger,
        "2025-01-03-test-g",
        f"""\
        id: 2025-01-03-test-g
        published: 2025-01-03
        language: en
        claims:
        - {{figure: "5,000 troops", metric: troops_planned, claimant: NIS, status: {status}, when: "{when}"}}
    """,
    )
    row = _row(load_claims(ledger, cache=False), "5,000 troops")
    assert (row["period_start"].date(), row["period_end"].date()) == (start, end)


@pytest.mark.parametrize(
    ("when", "start", "end", "flags"),
    [
        ("in November 2024", dt.date(2024, 11, 1), dt.date(2024, 11, 30), "month-publication-date"),
        ("last year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "month-publication-date"),
        ("last week", None, None, "month-publication-date;needs-publication-date"),
    ],
)
def test_a_month_dated_report_keeps_only_what_both_ends_of_its_month_agree_on(
    ledger, when, start, end, flags
):
    write_report(
        ledger,
        "2024-12-test-h",
        f"""\
        id: 2024-12-test-h
        published: "2024-12"
        language: en
        claims:
        - {{figure: "5,000 troops", metric: troops_present, claimant: NIS, when: "{when}"}}
    """,
    )
    row = _row(load_claims(ledger, cache=False), "5,000 troops")
    got = tuple(None if pd.isna(row[c]) else row[c].date() for c in ("period_start", "period_end"))
    assert (got, row["flags"]) == ((start, end), flags)


def test_a_changed_stored_text_is_not_served_from_a_stale_cache(ledger):
    seeds = ledger.parent / "seeds"
    seeds.mkdir()
    (seeds / "001_story.txt").write_text("The NIS said about 2,000 soldiers moved.\n")
    write_report(
        ledger,
        "2024-11-01-test-t",
        """\
        id: 2024-11-01-test-t
        published: 2024-11-01
        language: en
        text: seeds/001_story.txt
        claims:
        - {figure: "about 2,000 soldiers", metric: troops_transported, claimant: NIS}
    """,
    )
    assert int(load_claims(ledger)["span_start"].iloc[0]) == 13
    (seeds / "001_story.txt").write_text("Yesterday the NIS said about 2,000 soldiers moved.\n")
    assert int(load_claims(ledger)["span_start"].iloc[0]) == 23
