"""The main job's outputs: workbook, index page linking every output, and the shipped dates."""

from __future__ import annotations

import re

import pytest
import yaml
from support import ROOT, write_report

from tracker.refresh import refresh

#: A date in an address: /2024/11/05/, 2024-11-05, 2024_11_05 or 20241105.
URL_DATE = re.compile(r"(?<!\d)(20[0-2]\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")


def _reports():
    for path in sorted((ROOT / "data" / "reports").glob("*.yaml")):
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))


def test_no_undated_shipped_report_has_a_date_in_its_address():
    found = [
        (path.name, URL_DATE.search(report.get("url") or "").group(0))
        for path, report in _reports()
        if not report.get("published") and URL_DATE.search(report.get("url") or "")
    ]
    assert found == []


def test_a_date_taken_from_the_address_says_so_and_matches_it():
    for path, report in _reports():
        if "published date from URL path" in str(report.get("note") or ""):
            match = URL_DATE.search(report["url"])
            assert match and str(report["published"]) == "-".join(match.groups()), path.name


def test_the_codebook_lists_every_undated_report_with_a_reason():
    codebook = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    section = codebook.split("## Undated reports", 1)[1].split("\n## ", 1)[0]
    listed = dict(re.findall(r"^\| `([^`]+\.yaml)` \| (.+) \|$", section, re.M))
    undated = {path.name for path, report in _reports() if not report.get("published")}
    assert set(listed) == undated
    assert all(reason.strip() for reason in listed.values())


REPORTS = {
    "2024-11-01-one": """\
        id: 2024-11-01-one
        outlet: Wire One
        url: https://example.org/one
        published: 2024-11-01
        language: en
        claims:
        - {figure: "about 10,000", metric: troops_present, claimant: NIS}
        - {figure: "at least 3,000", metric: troops_transported, claimant: NIS, when: in October}
    """,
    "2024-11-20-two": """\
        id: 2024-11-20-two
        outlet: Wire Two
        url: https://example.org/two
        published: 2024-11-20
        language: en
        claims:
        - {figure: "11,000", metric: troops_present, claimant: HUR}
    """,
    "undated-three": """\
        id: undated-three
        outlet: Wire Three
        url: https://example.org/three
        language: en
        claims:
        - {figure: "12,000", metric: troops_present, claimant: HUR}
    """,
}


@pytest.mark.slow
def test_refresh_writes_an_index_linking_every_chart_table_and_the_as_of_date(ledger, tmp_path):
    for name, body in REPORTS.items():
        write_report(ledger, name, body)
    (ledger / "events.csv").write_text(
        "date,label,source\n2024-11-10,Invented event,https://example.org/event\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    lines: list[str] = []
    summary = refresh(ledger, out, progress=lines.append, notebooks=False)
    page = (out / "index.html").read_text(encoding="utf-8")
    charts = sorted(p.name for p in (out / "charts").iterdir())
    assert summary["claims"] == 4 and "as of 2024-11-20" in page
    assert charts and all(
        f'href="charts/{name}"' in page or f'src="charts/{name}"' in page for name in charts
    )
    for name in ("claims.xlsx", "claims.csv", "claims-excel.csv", "datapackage.json"):
        assert (out / name).exists() and f'href="{name}"' in page
    assert "envelope-troops_present" in page  # NIS and HUR: two claimants, an envelope
    assert "no envelope" not in page.split("Charts not drawn")[0]
    assert "Invented event" in page and 'href="https://example.org/event"' in page
    assert "1 undated report (on no timeline)" in page
    assert lines[-1].startswith("[4/4] index:")


def test_the_readme_shows_a_chart_drawn_by_refresh():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    picture = ROOT / "docs" / "img" / "timeline-troops_present.png"
    assert "](docs/img/timeline-troops_present.png)" in readme
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
