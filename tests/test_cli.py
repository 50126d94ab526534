"""The `tracker` command: parse, when, export, refresh, and clear errors."""

from __future__ import annotations

import pytest
from support import ROOT, write_report

from tracker import cli


def test_parse_prints_the_figure(capsys):
    assert cli.main(["parse", "about 2,000 soldiers"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1) for line in lines] == [
        ["      text", "about 2,000"],
        ["       low", "None"],
        ["      best", "2000.0"],
        ["      high", "None"],
        [" qualifier", "approx"],
        ["      unit", "persons"],
        ["  currency", "None"],
        ["       per", "None"],
        ["vague_rule", "None"],
    ]


def test_when_prints_the_period(capsys):
    assert cli.main(["when", "by the end of the year", "--published", "2024-11-01"]) == 0
    out = capsys.readouterr().out
    assert "     start: 2024-11-01\n       end: 2024-12-31\n      kind: deadline\n" in out


def test_junk_is_a_clear_message_not_a_trace(capsys):
    assert cli.main(["parse", "no number at all"]) == 1
    assert capsys.readouterr().err == "no figure in 'no number at all'\n"


def test_a_broken_ledger_exits_2_naming_the_file(ledger, capsys, tmp_path):
    write_report(ledger, "2024-11-01-bad", "id: [oops\n")
    assert cli.main(["export", "--data", str(ledger), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tracker: 1 problem in the claims ledger:\n")
    assert "data/reports/2024-11-01-bad.yaml: not valid YAML" in err


@pytest.mark.slow  # draws every chart of the shipped record
def test_refresh_writes_table_exports_and_charts(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["refresh", "--out", str(out), "--no-notebooks"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"[1/4] table: loading {ROOT / 'data'}"
    assert printed[-1].startswith("done: ") and "claims" in printed[-1]
    assert sorted(p.name for p in out.iterdir()) == [
        "charts",
        "claims-excel.csv",
        "claims.csv",
        "claims.xlsx",
        "datapackage.json",
        "index.html",
    ]
    charts = {p.name for p in (out / "charts").iterdir()}
    assert {
        "timeline-troops_present.png",
        "timeline-troops_present.svg",
        "originators.png",
    } <= charts
