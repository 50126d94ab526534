"""The shipped record in data/: every report loads, every claimant resolves, ids are unique."""

from __future__ import annotations

import pytest
from support import ROOT

from tracker.claims.registry import load_registry
from tracker.table.ledger import iter_report_files, load_claims, read_report

DATA = ROOT / "data"
REPORTS = list(iter_report_files(DATA))


@pytest.fixture(scope="module")
def table():
    return load_claims(DATA, include_pending=True, include_rejected=True, cache=False)


@pytest.fixture(scope="module")
def registry():
    return load_registry(DATA / "sources.csv")


def test_the_record_is_shipped():
    assert len(REPORTS) >= 150


def test_every_claimant_in_every_report_resolves_to_the_registry(registry):
    unresolved = [
        (path.name, index, claim.get("claimant"))
        for path in REPORTS
        for index, claim in enumerate(read_report(path).get("claims") or [], start=1)
        if registry.resolve(claim.get("claimant")) is None
    ]
    assert unresolved == []


def test_every_report_loads_into_one_table_with_unique_ids(table):
    assert sorted(table["report_file"].unique()) == sorted(
        f"data/reports/{p.name}" for p in REPORTS
    )
    assert not table["claim_id"].duplicated().any()


def test_undated_reports_say_so_in_the_table(table):
    undated = table[table["published"].isna()]
    assert len(undated) > 0
    assert undated["flags"].str.contains("no-publication-date").all()
    assert set(undated["published_precision"]) == {"unknown"}


def test_every_hand_pin_is_listed_in_the_codebook(table):
    codebook = (DATA / "README.md").read_text(encoding="utf-8")
    pinned = table.loc[table["overridden"].notna(), "claim_id"]
    missing = [cid for cid in pinned if cid.split("/")[0] not in codebook]
    assert missing == []
