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
    package = json.loads(export_all(table, tmp_path)[3].read_text())
    schema = package["resources"][0]["schema"]
    assert [f["name"] for f in schema["fields"]] == list(COLUMN_NAMES)
    metric = next(f for f in schema["fields"] if f["name"] == "metric")
    assert (
        metric["constraints"]["required"] is True
        and "troops_present" in metric["constraints"]["enum"]
    )
    assert schema["primaryKey"] == "claim_id"


def test_the_workbook_has_claims_codebook_and_sources_sheets(table, ledger, tmp_path):
    from openpyxl import load_workbook

    from tracker.claims.columns import COLUMNS

    (ledger / "sources.csv").write_text(
        "name,aliases,type,side,country,reliability,reason\n"
        "Test Agency,TA|=SUM(A1),intelligence,neutral,XX,B,@invented for this test\n",
        encoding="utf-8",
    )
    path = export_all(table, tmp_path, ledger)[2]
    book = load_workbook(path)
    assert book.sheetnames == ["claims", "codebook", "sources"]
    claims = book["claims"]
    header = [c.value for c in claims[1]]
    assert header == list(COLUMN_NAMES)
    assert (claims.freeze_panes, claims.auto_filter.ref) == (
        "A2",
        f"A1:{claims.cell(1, len(COLUMN_NAMES)).column_letter}4",
    )
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in claims.iter_rows(2)]
    assert {r["outlet"] for r in rows} == {"'=cmd|' /C calc'!A0"}
    transported = next(r for r in rows if r["metric"] == "troops_transported")
    assert (transported["low"], transported["published"].date().isoformat()) == (
        3000.0,
        "2024-11-01",
    )
    codebook = [[c.value for c in row] for row in book["codebook"].iter_rows(2)]
    assert [r[0] for r in codebook] == [c.name for c in COLUMNS]
    assert "troops_present" in next(r for r in codebook if r[0] == "metric")[4]
    sources = [[c.value for c in row] for row in book["sources"].iter_rows()]
    assert sources[1][:2] == ["Test Agency", "TA|=SUM(A1)"]
    assert sources[1][6] == "'@invented for this test"
    assert book["sources"].freeze_panes == "A2"


def test_the_workbook_carries_no_save_time(table, tmp_path):
    import re
    import zipfile

    path = export_all(table, tmp_path)[2]
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode("utf-8")
    stamps = re.findall(r"<dcterms:(created|modified)[^>]*>([^<]*)<", core)
    assert stamps == [("created", "2000-01-01T00:00:00Z"), ("modified", "2000-01-01T00:00:00Z")]
    assert {i.date_time for i in zipfile.ZipFile(path).infolist()} == {(1980, 1, 1, 0, 0, 0)}
