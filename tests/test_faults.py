"""Bad input to the ledger, as a careless user or an attacker would give it: one row per case.

Each row sets up a ledger folder (a report file's text, or a fault in the file system or the
registry) and names the words the error must contain. Every case must be refused by
``load_claims`` with a :class:`ValidationError` naming the file (and the claim and field
where there is one), and listed by ``tracker check``; none may crash, hang or be accepted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker import cli
from tracker.table.check import check_ledger
from tracker.table.ledger import add_report, load_claims
from tracker.table.schema import ValidationError

NAME = "2024-11-01-fault"
FILE = f"data/reports/{NAME}.yaml"
BASE = f"""\
id: {NAME}
outlet: Fault Wire
url: https://example.org/fault/story
published: 2024-11-01
language: en
text: null
claims:
- figure: about 2,000 soldiers
  metric: troops_transported
  claimant: NIS
  when: last week
"""


def report(old: str = "", new: str = "", *, body: str | None = None) -> Callable[[Path], None]:
    """A case: the base report with ``old`` replaced by ``new`` (or a whole ``body``)."""

    def setup(data: Path) -> None:
        text = body if body is not None else BASE.replace(old, new, 1)
        assert body is not None or old in BASE, old
        (data / "reports" / f"{NAME}.yaml").write_text(text, encoding="utf-8")

    return setup


def claim(extra: str) -> Callable[[Path], None]:
    """A case: the base claim with one more key line (``extra``)."""
    return report("  when: last week\n", f"  when: last week\n  {extra}\n")


def second(url: str) -> Callable[[Path], None]:
    """A case: the base report plus a second report of the same page under another URL form."""

    def setup(data: Path) -> None:
        report()(data)
        other = BASE.replace(NAME, "2024-11-02-fault").replace(
            "https://example.org/fault/story", url
        )
        (data / "reports" / "2024-11-02-fault.yaml").write_text(other, encoding="utf-8")

    return setup


def with_text(value: str, make: Callable[[Path], None]) -> Callable[[Path], None]:
    """A case: the base report naming stored text ``value``, after ``make(root)`` ran."""

    def setup(data: Path) -> None:
        (data.parent / "seeds").mkdir(exist_ok=True)
        make(data.parent)
        report("text: null", f"text: {value}")(data)

    return setup


def files(make: Callable[[Path], None]) -> Callable[[Path], None]:
    """A case: the base report plus whatever ``make(reports folder)`` puts beside it."""

    def setup(data: Path) -> None:
        report()(data)
        make(data / "reports")

    return setup


def registry(content: bytes | None) -> Callable[[Path], None]:
    """A case: the base report with ``sources.csv`` replaced (None: a folder instead)."""

    def setup(data: Path) -> None:
        report()(data)
        path = data / "sources.csv"
        path.unlink()
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)

    return setup


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev, cur = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    return BASE + "\n".join(lines) + "\n"


GOOD_ROW = "South Korea NIS,NIS,intelligence,ukraine_aligned,KR,B,agency\n"
HEADER = "name,aliases,type,side,country,reliability,reason\n"

CASES = [
    # YAML itself
    ("duplicate key", report("language: en\n", "language: en\nlanguage: de\n"), ["'language' is given twice", FILE]),
    ("duplicate claims list", report(body=BASE + "claims: []\n"), ["'claims' is given twice"]),
    ("alias bomb", report(body=_bomb()), ["aliases are not allowed", FILE]),
    ("not valid YAML", report(body="id: [unclosed\n"), ["not valid YAML", FILE]),
    ("not a mapping", report(body="- a\n- b\n"), ["must be a mapping", FILE]),
    ("empty file", report(body=""), ["must be a mapping", FILE]),
    ("unknown report key", report("language: en", "language: en\ncolour: red"), ["unknown report key 'colour'"]),
    ("id not the file name", report(f"id: {NAME}", "id: 2024-11-01-other"), ["differs from the file name"]),
    ("id with slashes", report(f"id: {NAME}", "id: ../../etc"), ["field 'id'", "lowercase"]),
    # field types
    ("figure a list", report("figure: about 2,000 soldiers", "figure: [a, b]"), ["claim 1", "field 'figure'", "is not text"]),
    ("when a list", report("when: last week", "when: [last week]"), ["claim 1", "field 'when'", "is not text"]),
    ("claimant a number", report("claimant: NIS", "claimant: 123"), ["field 'claimant': 123 is not text"]),
    ("url a number", report("url: https://example.org/fault/story", "url: 12345"), ["field 'url': 12345 is not text"]),
    ("url not a web address", report("url: https://example.org/fault/story", "url: not a url"), ["field 'url'", "http(s)"]),
    ("credibility a word", claim("credibility: high"), ["field 'credibility': 'high'"]),
    ("credibility out of range", claim("credibility: 9"), ["field 'credibility': 9"]),
    ("negative pin", claim("best: -5"), ["field 'best': -5 is negative"]),
    ("infinite pin", claim("best: 1.0e+309"), ["field 'best'", "not a finite number"]),
    ("pinned .inf", claim("high: .inf"), ["field 'high'", "not a finite number"]),
    ("pinned .nan", claim("low: .nan"), ["field 'low'", "not a finite number"]),
    ("pin as text", claim("best: 1e309"), ["field 'best': '1e309' is not a number"]),
    ("qualifier a list", claim("qualifier: [approx]"), ["field 'qualifier'"]),
    ("pinned impossible date", claim("period_start: 2024-02-30"), ["field 'period_start'", "2024-02-30"]),
    ("claim id with ../", claim("id: ../../etc/passwd"), ["field 'id'", "is not a claim id"]),
    ("claim id of another report", claim("id: 2024-11-01-other/00000000"), ["does not start with"]),
    ("unknown claim field", claim("colour: red"), ["claim 1", "unknown field 'colour'"]),
    ("metric not in vocabulary", report("metric: troops_transported", "metric: troops"), ["field 'metric': 'troops'"]),
    ("claimant not in registry", report("claimant: NIS", "claimant: Nobody Known"), ["'Nobody Known' is not in the registry"]),
    # dates
    ("published 2024-02-30", report("published: 2024-11-01", "published: 2024-02-30"), ["field 'published'", "2024-02-30"]),
    ("published 2024-13-45", report("published: 2024-11-01", "published: 2024-13-45"), ["field 'published'", "2024-13-45"]),
    ("published 1500", report("published: 2024-11-01", "published: 1500-01-01"), ["field 'published'", "1900-2100"]),
    ("published 9999 next year", report("published: 2024-11-01", "published: 9999-12-31"), ["field 'published'", "9999-12-31"]),
    ("published words", report("published: 2024-11-01", "published: 1 Nov"), ["field 'published'", "1 Nov"]),
    # stored texts
    ("text /etc/passwd", report("text: null", "text: /etc/passwd"), ["field 'text'", "relative path inside seeds/"]),
    ("text ../../etc/hostname", report("text: null", "text: ../../etc/hostname"), ["field 'text'", "relative path inside seeds/"]),
    ("text /dev/zero", report("text: null", "text: /dev/zero"), ["field 'text'", "relative path inside seeds/"]),
    ("text link outside", with_text("seeds/out.txt", lambda r: (r / "seeds" / "out.txt").symlink_to("/etc/hostname")), ["field 'text'", "lies outside"]),
    ("text link to a device", with_text("seeds/zero.txt", lambda r: (r / "seeds" / "zero.txt").symlink_to("/dev/zero")), ["field 'text'", "lies outside"]),
    ("text a FIFO", with_text("seeds/fifo.txt", lambda r: os.mkfifo(r / "seeds" / "fifo.txt")), ["field 'text'", "not a regular file"]),
    ("text a folder", with_text("seeds/dir.txt", lambda r: (r / "seeds" / "dir.txt").mkdir()), ["field 'text'", "not a regular file"]),
    ("text missing", with_text("seeds/none.txt", lambda r: None), ["field 'text'", "no such file"]),
    ("text not UTF-8", with_text("seeds/bin.txt", lambda r: (r / "seeds" / "bin.txt").write_bytes(b"\xff\xfe\x00")), ["field 'text'", "not UTF-8"]),
    # one page, one report
    ("same URL", second("https://example.org/fault/story"), ["field 'url'", "the same URL as data/reports/2024-11-01-fault.yaml", "data/reports/2024-11-02-fault.yaml"]),
    ("URL host case", second("https://EXAMPLE.org/fault/story"), ["the same URL as data/reports/2024-11-01-fault.yaml"]),
    ("URL trailing slash", second("https://example.org/fault/story/"), ["the same URL as"]),
    ("URL utm", second("https://example.org/fault/story?utm_source=x"), ["the same URL as"]),
    ("URL http", second("http://example.org/fault/story"), ["the same URL as"]),
    ("URL fragment", second("https://example.org/fault/story#top"), ["the same URL as"]),
    ("URL www", second("https://www.example.org/fault/story"), ["the same URL as"]),
    # the reports/ folder
    ("a .yml file", files(lambda d: (d / "x.yml").write_text("id: x\n")), ["data/reports/x.yml", "'.yaml', not '.yml'"]),
    ("a subfolder", files(lambda d: (d / "old").mkdir()), ["data/reports/old", "not a report file"]),
    ("a stray file", files(lambda d: (d / "README.md").write_text("notes\n")), ["data/reports/README.md", "not a report file"]),
    ("a folder named .yaml", files(lambda d: (d / "2024-11-03-dir.yaml").mkdir()), ["2024-11-03-dir.yaml", "a folder"]),
    ("a dangling link", files(lambda d: (d / "2024-11-03-gone.yaml").symlink_to(d / "nowhere.yaml")), ["2024-11-03-gone.yaml", "a link to nothing"]),
    ("a FIFO report", files(lambda d: os.mkfifo(d / "2024-11-03-fifo.yaml")), ["2024-11-03-fifo.yaml", "not a regular file"]),
    ("a link leading out", files(lambda d: (d / "2024-11-03-out.yaml").symlink_to("/etc/hostname")), ["2024-11-03-out.yaml", "lies outside"]),
    ("a huge report", files(lambda d: (d / "2024-11-03-big.yaml").write_text("note: " + "x" * (2 << 20))), ["2024-11-03-big.yaml", "more than"]),
    # the registry
    ("registry unclosed quote", registry((HEADER + 'Kremlin,"Peskov,government,russia_aligned,RU,D,x\n' + GOOD_ROW).encode()), ["sources.csv: line 2", "quote"]),
    ("registry extra field", registry((HEADER + GOOD_ROW.strip() + ",extra\n").encode()), ["sources.csv: line 2", "8 fields"]),
    ("registry not UTF-8", registry(HEADER.encode() + b"\xff\xfe,NIS\n"), ["sources.csv", "not UTF-8"]),
    ("registry a folder", registry(None), ["sources.csv", "a folder"]),
    ("registry header", registry(b"name,aliases\n"), ["sources.csv: line 1", "header"]),
    ("registry a link out", files(lambda d: ((d.parent / "sources.csv").unlink(), (d.parent / "sources.csv").symlink_to("/etc/hostname"))), ["sources.csv", "a link leading out"]),
    ("registry a FIFO", files(lambda d: ((d.parent / "sources.csv").unlink(), os.mkfifo(d.parent / "sources.csv"))), ["sources.csv", "not a regular file"]),
]  # fmt: skip


@pytest.mark.timeout(20)
@pytest.mark.parametrize(("setup", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_input_is_refused_with_a_clear_error_naming_it(ledger, setup, words):
    setup(ledger)
    with pytest.raises(ValidationError) as caught:
        load_claims(ledger, cache=False)
    message = str(caught.value)
    assert all(w in message for w in words), message
    listed = "\n".join(check_ledger(ledger))
    assert all(w in listed for w in words), listed


def test_the_table_of_cases_covers_every_kind_of_fault():
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("when", "flag"),
    [("in 2300", "unreadable-time"), ("400 years ago", "unreadable-time")],
)
def test_times_outside_the_supported_years_are_flagged_not_guessed(ledger, when, flag):
    report("when: last week", f"when: {when}")(ledger)
    row = load_claims(ledger, cache=False).iloc[0]
    assert flag in row["flags"]
    assert row["period_start"] == row["period_end"]  # as of publication, never year 2300


def test_a_400_digit_figure_gives_no_infinite_value(ledger):
    report("figure: about 2,000 soldiers", f"figure: '{'9' * 400} soldiers'")(ledger)
    row = load_claims(ledger, cache=False).iloc[0]
    assert row["best"] != row["best"] or row["best"] < 1e300  # NaN (no reading) or finite


def test_a_bad_file_does_not_stop_later_adds_with_a_raw_error(ledger):
    report("url: https://example.org/fault/story", "url: 12345")(ledger)
    path = add_report(
        {"url": "https://example.org/other", "published": "2024-11-02", "language": "en"},
        None,
        [{"figure": "3,000 soldiers", "metric": "troops_present", "claimant": "NIS"}],
        ledger,
    )
    assert path.exists()
    with pytest.raises(ValidationError, match="field 'url': 12345 is not text"):
        load_claims(ledger, cache=False)


def test_a_clean_ledger_has_no_problems(ledger):
    report()(ledger)
    assert check_ledger(ledger) == []
    assert len(load_claims(ledger, cache=False)) == 1


def test_tracker_check_lists_every_problem_and_exits_1(ledger, capsys):
    report("claimant: NIS", "claimant: 123")(ledger)
    (ledger / "reports" / "extra.yml").write_text("x\n")
    assert cli.main(["check", "--data", str(ledger)]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        f"{FILE}: claim 1: field 'claimant': 123 is not text",
        "data/reports/extra.yml: report files end in '.yaml', not '.yml'",
    ]
    assert "2 problems in" in out.err


def test_tracker_check_sweep_removes_stray_texts_and_temp_files(ledger, capsys):
    report()(ledger)
    seeds = ledger.parent / "seeds"
    seeds.mkdir()
    (seeds / "0123456789abcdef.txt").write_text("left by a crash\n")
    (ledger / "reports" / f".{NAME}.yaml.x1y2.tmp").write_text("half")
    assert cli.main(["check", "--data", str(ledger)]) == 1
    listed = capsys.readouterr().out
    assert "seeds/0123456789abcdef.txt: a stored text no report refers to" in listed
    assert f"data/reports/.{NAME}.yaml.x1y2.tmp: a temporary file" in listed
    assert cli.main(["check", "--data", str(ledger), "--sweep"]) == 0
    assert list(seeds.iterdir()) == []
    assert [p.name for p in (ledger / "reports").iterdir()] == [f"{NAME}.yaml"]


def test_refresh_skip_invalid_builds_from_the_valid_reports(ledger, tmp_path, capsys):
    report()(ledger)
    bad = (
        BASE.replace(NAME, "2024-11-02-bad")
        .replace("fault/story", "bad")
        .replace("published: 2024-11-01", "published: 2024-02-30")
    )
    (ledger / "reports" / "2024-11-02-bad.yaml").write_text(bad, encoding="utf-8")
    out = tmp_path / "out"
    args = ["refresh", "--data", str(ledger), "--out", str(out), "--no-notebooks"]
    assert cli.main(args) == 2  # strict by default
    assert "2024-11-02-bad.yaml: field 'published'" in capsys.readouterr().err
    assert cli.main([*args, "--skip-invalid"]) == 0
    printed = capsys.readouterr().out
    assert "SKIPPED data/reports/2024-11-02-bad.yaml: " in printed
    assert "done: 1 reports, 1 claims" in printed
    assert (out / "claims.csv").read_text(encoding="utf-8").count("\n") == 2
