"""Exports: byte-identical CSV, read-back round trip, formula injection, datapackage."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from support import write_report

from tracker.table.ledger import load_claims
from tracker.table.schema import COLUMN_NAMES, coerce
from tracker.views.export import defuse, export_all, read_claims_csv, to_csv_text

REPORT = """\
    id: 2024-11-01-export
    outlet: "=cmd|' /C calc'!A0"
    url: https://example.org/x
    published: 2024-11-01
    language: en
    claims:
    - {figure: "at least 3,000 troops", metric: troops_transported, claimant: NIS, when: in October}
    - {figure: "$2,000 per month", metric: pay, claimant: reportedly, note: "+pay, said one; é 국정원"}
    - {figure: "several thousand", metric: troops_present, claimant: Peskov, status: denied}
"""


@pytest.fixture
def table(ledger):
    write_report(ledger, "2024-11-01-export", REPORT)
    return load_claims(ledger, cache=False)


def test_an_unchanged_ledger_exports_byte_identical_files(table, ledger, tmp_path):
    first = [p.read_bytes() for p in export_all(table, tmp_path / "one")]
    again = load_claims(ledger, cache=False).sample(frac=1, random_state=1)
    second = [p.read_bytes() for p in export_all(again, tmp_path / "two")]
    assert first == second
    csv_bytes = first[0]
    assert not csv_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" not in csv_bytes
    assert csv_bytes.decode("utf-8").splitlines()[0] == ",".join(COLUMN_NAMES)


def test_the_canonical_csv_reads_back_as_the_same_table(table, tmp_path):
    path = export_all(table, tmp_path)[0]
    assert read_claims_csv(path).equals(table)


def test_cells_are_iso_dates_plain_numbers_and_empty_for_missing(table):
    rows = list(csv.DictReader(io.StringIO(to_csv_text(table))))
    row = next(r for r in rows if r["figure_text"] == "at least 3,000 troops")
    assert (
        row["published"],
        row["low"],
        row["best"],
        row["high"],
        row["period_start"],
        row["period_end"],
    ) == ("2024-11-01", "3000", "3000", "", "2024-10-01", "2024-10-31")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("\nLF", "'\nLF"),
        ("about 2,000", "about 2,000"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_defuse_neutralises_leading_formula_characters_only(cell, safe):
    assert defuse(cell) == safe


def test_excel_export_defuses_text_and_leaves_numbers_alone():
    df = coerce(
        pd.DataFrame(
            {
                "claim_id": ["a"],
                "outlet": ["=HYPERLINK(1)"],
                "note": ["-5 said"],
                "low": [-5.0],
                "best": [2000.0],
            }
        )
    )
    excel = to_csv_text(df, excel=True)
    header, row = excel.split("\r\n")[:2]
    cells = dict(zip(header.split(","), row.split(","), strict=True))
    assert (cells["outlet"], cells["note"], cells["low"], cells["best"]) == (
        "'=HYPERLINK(1)",
        "'-5 said",
        "-5",
        "2000",
    )


def test_the_excel_file_has_a_bom_and_crlf(table, tmp_path):
    excel = export_all(table, tmp_path)[1].read_bytes()
    assert excel.startswith(b"\xef\xbb\xbfclaim_id,") and excel.count(b"\r\n") == 4
    assert "'=cmd|' /C calc'!A0" in excel.decode("utf-8-sig")


def test_datapackage_describes_every_column_in_order(table, tmp_path):
    package = json.loads(export_all(table, tmp_path)[2].read_text())
    schema = package["resources"][0]["schema"]
    assert [f["name"] for f in schema["fields"]] == list(COLUMN_NAMES)
    metric = next(f for f in schema["fields"] if f["name"] == "metric")
    assert (
        metric["constraints"]["required"] is True
        and "troops_present" in metric["constraints"]["enum"]
    )
    assert schema["primaryKey"] == "claim_id"
