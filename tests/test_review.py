"""The review loop on a throw-away ledger: propose, save pending, accept / reject / correct."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import cli
from tracker.claims.extract import extract_claims, to_report_claims
from tracker.claims.registry import load_registry
from tracker.table.ledger import add_report, claim_id, load_claims, read_report
from tracker.table.review import ClaimNotFoundError, pending_claims, review_claim
from tracker.table.schema import ValidationError

TEXT = (
    "The NIS said 3,000 soldiers were sent to Russia in October.\n"
    "Peskov denied that 2,000 soldiers were fighting near Kursk."
)
PUBLISHED = dt.date(2024, 11, 1)
META = {
    "url": "https://example.org/story-1",
    "outlet": "Example Wire",
    "published": "2024-11-01",
    "language": "en",
    "id": "2024-11-01-example-wire",
}
RID = META["id"]
ID_3000 = claim_id(RID, "3,000 soldiers", 0)
ID_2000 = claim_id(RID, "2,000 soldiers", 0)
COLUMNS = ["claim_id", "figure_text", "metric", "status", "claimant", "time_text", "review"]


def _rows(table):
    return [
        tuple(None if str(v) in ("<NA>", "nan") else v for v in row)
        for row in table[COLUMNS].itertuples(index=False)
    ]


@pytest.fixture
def report(ledger):
    """The ledger with TEXT added, its two claims proposed as pending."""
    registry = load_registry(ledger / "sources.csv")
    proposals = extract_claims(TEXT, PUBLISHED, "en", RID, registry=registry)
    path = add_report(META, TEXT, to_report_claims(proposals), data_dir=ledger)
    return path


def test_proposals_are_saved_pending_and_kept_out_of_the_table(ledger, report):
    assert load_claims(ledger, cache=False).empty
    assert _rows(pending_claims(ledger)) == [
        (ID_2000, "2,000 soldiers", "troops_deployed_front", "denied", "Kremlin", None, "pending"),
        (
            ID_3000,
            "3,000 soldiers",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "pending",
        ),
    ]


def test_accept_and_reject_round_trip(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger)
    review_claim(ID_2000, "reject", data_dir=ledger)
    assert _rows(load_claims(ledger, cache=False)) == [
        (
            ID_3000,
            "3,000 soldiers",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "accepted",
        ),
    ]
    everything = load_claims(ledger, include_rejected=True, cache=False)
    assert list(everything["review"]) == ["rejected", "accepted"]
    assert pending_claims(ledger).empty


def test_correct_sets_fields_and_accepts(ledger, report):
    path = review_claim(
        ID_3000,
        "correct",
        data_dir=ledger,
        metric="troops_transported",
        location="North Korea to Russia",
        when="in early October",
    )
    claim = read_report(path)["claims"][0]
    assert claim == {
        "figure": "3,000 soldiers",
        "metric": "troops_transported",
        "claimant": "The NIS",
        "when": "in early October",
        "status": "reported",
        "scope": "total",
        "subject": "DPRK",
        "location": "North Korea to Russia",
        "review": "accepted",
        "rank": "normal",
    }
    row = load_claims(ledger, cache=False).iloc[0]
    assert (row["period_start"].date(), row["period_end"].date()) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 10),
    )


def test_correcting_the_figure_keeps_the_claim_id(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger, figure="3,000")
    table = load_claims(ledger, cache=False)
    assert _rows(table) == [
        (
            ID_3000,
            "3,000",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "accepted",
        ),
    ]
    review_claim(ID_3000, "reject", data_dir=ledger)  # still found by its old id


def test_pins_are_corrections_too(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger, low=2500, best=3000, high=3500)
    row = load_claims(ledger, cache=False).iloc[0]
    assert (row["low"], row["best"], row["high"], row["overridden"]) == (
        2500.0,
        3000.0,
        3500.0,
        "low;best;high",
    )


@pytest.mark.parametrize(
    "claim, decision, corrections, error, words",
    [
        (f"{RID}/00000000", "accept", {}, ClaimNotFoundError, f"{RID}/00000000"),
        ("no-such-report/00000000", "accept", {}, ClaimNotFoundError, "no-such-report"),
        ("garbage", "accept", {}, ClaimNotFoundError, "garbage"),
        (ID_3000, "maybe", {}, ValueError, "maybe"),
        (ID_3000, "accept", {"colour": "red"}, ValueError, "colour"),
        (ID_3000, "accept", {"metric": "troops"}, ValueError, "troops"),
        (ID_3000, "accept", {"status": "rumoured"}, ValueError, "rumoured"),
        (ID_3000, "accept", {"claimant": "Nobody Known"}, ValidationError, "Nobody Known"),
        (ID_3000, "accept", {"best": "lots"}, ValidationError, "lots"),
        (ID_3000, "accept", {"best": 3500}, ValidationError, "best <= high"),
    ],
)
def test_bad_reviews_raise_naming_the_problem_and_write_nothing(
    ledger, report, claim, decision, corrections, error, words
):
    before = report.read_bytes()
    with pytest.raises(error, match=words):
        review_claim(claim, decision, data_dir=ledger, **corrections)
    assert report.read_bytes() == before


def test_cli_extract_prints_the_proposals(tmp_path, capsys, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", str(story), "--published", "2024-11-01"]) == 0
    out = capsys.readouterr().out
    assert ("3,000 soldiers" in out, "2,000 soldiers" in out, "2 claim(s) proposed" in out) == (
        True,
        True,
        True,
    )


def test_cli_add_saves_pending_or_accepted(ledger, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(
        "tracker.claims.extract._registry", lambda reg: load_registry(ledger / "sources.csv")
    )
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    code = cli.main(
        [
            "add",
            str(story),
            "--url",
            "https://example.org/a",
            "--published",
            "2024-11-01",
            "--data",
            str(ledger),
        ]
    )
    assert code == 0
    assert len(pending_claims(ledger)) == 2
    other = tmp_path / "other.txt"
    other.write_text(TEXT + "\nAnother line.", encoding="utf-8")
    code = cli.main(
        [
            "add",
            str(other),
            "--url",
            "https://example.org/b",
            "--published",
            "2024-11-01",
            "--data",
            str(ledger),
            "--accept-all",
        ]
    )
    assert code == 0
    assert len(load_claims(ledger, cache=False)) == 2


@pytest.mark.parametrize(
    ("decisions", "message"),
    [
        ({"accept": [5]}, r"no proposal row\(s\) \[5\]; rows are 0..1"),
        ({"accept": [0], "reject": [0]}, r"row\(s\) \[0\] are both accepted and rejected"),
        ({"corrections": {1: {"colour": "red"}}}, r"cannot correct \['colour'\]"),
    ],
)
def test_save_proposals_refuses_bad_decisions_and_writes_nothing(ledger, decisions, message):
    from tracker.claims.extract import extract_claims
    from tracker.table.review import save_proposals

    text = "The NIS said 3,000 soldiers were sent. Later 200 were killed, it said.\n"
    proposals = extract_claims(text, "2024-11-01", registry=None)
    assert len(proposals) == 2
    with pytest.raises(ValueError, match=message):
        save_proposals(
            {"url": "https://example.org/p"}, text, proposals, data_dir=ledger, **decisions
        )
    assert list((ledger / "reports").iterdir()) == []
