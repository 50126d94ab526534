"""The ledger: report files in, a validated table out; add_report; the row cache."""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import pickle
import random
import shutil
import signal
import time

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from support import write_report

from tracker.table import cache as cache_module
from tracker.table import ledger as ledger_module
from tracker.table.check import check_ledger
from tracker.table.ledger import (
    DuplicateReportError,
    add_report,
    claim_id,
    load_claims,
    load_ledger,
)
from tracker.table.review import review_claim
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
    assert not (ledger / "seeds").exists()


def test_add_report_is_atomic_when_the_write_fails(ledger, monkeypatch):
    def broken_link(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "link", broken_link)
    with pytest.raises(OSError, match="disk full"):
        add_report(META, "A text of our own.\n", CLAIMS, ledger)
    assert list((ledger / "reports").iterdir()) == []
    assert list((ledger / "seeds").iterdir()) == []


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
    seeds = ledger / "seeds"
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


# --------------------------------------------------------------------------- many writers


def _in_processes(targets: list, timeout: float = 30.0) -> list:
    """Run each ``(func, args)`` in its own forked process, all released at once; results."""
    ctx = multiprocessing.get_context("fork")
    start = ctx.Event()
    results = ctx.Queue()

    def run(n, func, args):
        start.wait()
        try:
            results.put((n, "ok", str(func(*args))))
        except Exception as err:  # noqa: BLE001 - the test inspects every outcome
            results.put((n, type(err).__name__, str(err)))

    procs = [ctx.Process(target=run, args=(n, f, a)) for n, (f, a) in enumerate(targets)]
    for proc in procs:
        proc.start()
    start.set()
    out = sorted(results.get(timeout=timeout) for _ in procs)
    for proc in procs:
        proc.join(timeout)
    return out


def test_concurrent_adds_of_one_page_give_exactly_one_report(ledger):
    text = "The NIS said about 2,000 soldiers moved on Thursday.\n"
    variants = [
        "https://example.org/same",
        "https://EXAMPLE.org/same/",
        "http://www.example.org/same",
        "https://example.org/same?utm_source=feed",
        "https://example.org/same#top",
        "https://example.org/same",
    ]
    targets = [
        (add_report, ({**META, "url": url, "outlet": f"Outlet {n}"}, text, CLAIMS, ledger))
        for n, url in enumerate(variants)
    ]
    outcomes = _in_processes(targets)
    kinds = sorted(kind for _, kind, _ in outcomes)
    assert kinds == ["DuplicateReportError"] * 5 + ["ok"], outcomes
    assert len(list((ledger / "reports").iterdir())) == 1
    assert len(list((ledger / "seeds").iterdir())) == 1  # no orphan text
    assert check_ledger(ledger) == []
    assert len(load_claims(ledger)) == 1


def test_concurrent_adds_of_different_pages_all_survive(ledger):
    targets = [
        (
            add_report,
            (
                {**META, "url": f"https://example.org/page-{n}"},
                f"Story {n}: the NIS said about 2,000 soldiers moved on Thursday.\n",
                CLAIMS,
                ledger,
            ),
        )
        for n in range(8)
    ]
    outcomes = _in_processes(targets)
    assert [kind for _, kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert len(load_claims(ledger)) == 8
    assert check_ledger(ledger) == []


# --------------------------------------------------------------------------- crashes

_WRITE_CALLS = ("link", "replace", "fsync", "unlink", "open", "write", "fchmod")


def _crash_child(ledger, n: int, mode: str, at: int) -> None:
    """In a forked child: add a report and review it, killing itself (-9) at a write step."""
    if mode == "step":
        count = [0]
        for name in _WRITE_CALLS:
            real = getattr(os, name)

            def hooked(*args, _real=real, **kwargs):
                count[0] += 1
                if count[0] == at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return _real(*args, **kwargs)

            setattr(os, name, hooked)
    meta = {**META, "url": f"https://example.org/crash-{n}", "id": f"2024-11-02-crash-{n}"}
    text = f"Crash story {n}: Ukrainian military intelligence said about 2,000 soldiers moved.\n"
    pending = [{**CLAIMS[0], "review": "pending"}]
    add_report(meta, text, pending, ledger)
    review_claim(claim_id(meta["id"], CLAIMS[0]["figure"], 0), "accept", ledger)


@pytest.mark.slow  # about 15 s: 100 forked writers killed at random points
@pytest.mark.timeout(90)
def test_kill_9_at_random_points_of_add_and_review_leaves_a_loadable_ledger(ledger):
    rng = random.Random(15)
    registry = (ledger / "sources.csv").read_bytes()
    outcomes = {"killed": 0, "finished": 0}
    for n in range(100):
        data = ledger.parent / f"trial-{n}" / "data"  # a small ledger per trial: fast checks
        (data / "reports").mkdir(parents=True)
        (data / "sources.csv").write_bytes(registry)
        mode = "step" if n % 2 == 0 else "time"
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                _crash_child(data, n, mode, rng.randrange(1, 40))
            finally:
                os._exit(0)
        if mode == "time":
            time.sleep(rng.uniform(0.0, 0.06))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        outcomes["killed" if os.WIFSIGNALED(status) else "finished"] += 1
        # loadable at once, whatever the moment of the kill
        load_claims(data, include_pending=True, cache=n % 2 == 0)
        # clean after the next writer starts: no temp file, no orphan text, no second copy
        meta = {**META, "url": f"https://example.org/crash-{n}", "id": f"2024-11-02-crash-{n}"}
        text = (
            f"Crash story {n}: Ukrainian military intelligence said about 2,000 soldiers moved.\n"
        )
        with contextlib.suppress(DuplicateReportError):
            add_report(meta, text, CLAIMS, data)
        leftovers = [p.name for p in (data / "reports").iterdir() if p.name.startswith(".")]
        assert leftovers == [], (n, mode, leftovers)
        assert check_ledger(data) == [], n
        assert len(list((data / "seeds").iterdir())) == 1, n
        assert len(list((data / "reports").iterdir())) == 1, n
    assert outcomes["killed"] >= 60, outcomes


# --------------------------------------------------------------------------- the cache


def test_a_planted_pickle_is_never_run(ledger, tmp_path):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    (ledger / ".cache").mkdir()
    (ledger / ".cache" / "claims.pickle").write_bytes(pickle.dumps({"version": 1, "x": Payload()}))
    (ledger / ".cache" / "claims.parquet").write_bytes(pickle.dumps(Payload()))
    table = load_claims(ledger)
    assert not marker.exists()
    assert sorted(table["best"].dropna()) == [2500.0, 3000.0]


def _forge(cache_file, column, value):
    """Rewrite a cache with one value changed and its metadata (key, entries) kept."""
    table = pq.read_table(cache_file)
    meta = table.schema.metadata
    values = table.column(column).to_pylist()
    values[0] = value
    if isinstance(value, str):
        values = [None if v is None else str(v) for v in values]
    forged = table.set_column(table.schema.get_field_index(column), column, pa.array(values))
    pq.write_table(forged.replace_schema_metadata(meta), cache_file)


def test_a_forged_cache_in_a_copied_folder_is_not_served(ledger, tmp_path):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    truth = load_claims(ledger)
    _forge(ledger / ".cache" / "claims.parquet", "best", 999999.0)
    copy = tmp_path / "colleague" / "data"
    shutil.copytree(ledger, copy, symlinks=True)
    shared = load_claims(copy)
    assert 999999.0 not in set(shared["best"].dropna())
    assert shared.drop(columns="report_file").equals(truth.drop(columns="report_file"))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]),
        lambda f: f.write_bytes(b"PAR1" + b"\0" * 100 + b"PAR1"),
        lambda f: _forge(f, "claim_id", "2024-11-01-other/deadbeef"),
        lambda f: _forge(f, "best", "not a number"),
        lambda f: (f.unlink(), f.mkdir()),
        lambda f: (f.unlink(), os.mkfifo(f)),
    ],
    ids=["truncated", "garbage", "foreign id", "wrong type", "a folder", "a FIFO"],
)
def test_a_broken_or_tampered_cache_is_rebuilt(ledger, tamper):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    truth = load_claims(ledger)
    tamper(ledger / ".cache" / "claims.parquet")
    assert load_claims(ledger).equals(truth)


def test_one_changed_file_is_read_again_and_the_others_come_from_the_cache(ledger, monkeypatch):
    for n in range(3):
        body = REPORT.replace("2024-11-01-test-a", f"2024-11-01-test-{n}").replace(
            "example.org/a", f"example.org/{n}"
        )
        write_report(ledger, f"2024-11-01-test-{n}", body)
    cold = load_claims(ledger)
    path = ledger / "reports" / "2024-11-01-test-1.yaml"
    path.write_text(path.read_text().replace("at least 3,000", "at least 4,000"))
    parsed = []
    real = ledger_module.normalise_report

    def spy(report, file, ctx):
        parsed.append(file)
        return real(report, file, ctx)

    monkeypatch.setattr(ledger_module, "normalise_report", spy)
    warm = load_claims(ledger)
    assert parsed == ["data/reports/2024-11-01-test-1.yaml"]
    assert list(warm["claim_id"]) == sorted(warm["claim_id"])  # spliced in place, still sorted
    assert sorted(warm["best"].dropna()) == [2500.0] * 3 + [3000.0, 3000.0, 4000.0]
    assert load_claims(ledger, cache=False).equals(warm)
    assert len(warm) == len(cold)


def test_skip_invalid_builds_from_the_good_reports_and_names_the_bad(ledger):
    write_report(ledger, "2024-11-01-test-a", REPORT)
    write_report(ledger, "2024-11-01-bad", "id: 2024-11-01-bad\nlanguage: en\nclaims: 5\n")
    (ledger / "reports" / "notes.yml").write_text("x\n")
    with pytest.raises(ValidationError):
        load_ledger(ledger)
    loaded = load_ledger(ledger, skip_invalid=True)
    assert sorted(loaded.skipped) == [
        "data/reports/2024-11-01-bad.yaml",
        "data/reports/notes.yml",
    ]
    assert "field 'claims' must be a list" in loaded.skipped["data/reports/2024-11-01-bad.yaml"][0]
    assert set(loaded.frame["report_id"]) == {"2024-11-01-test-a"}


def test_a_text_may_live_in_the_data_folders_own_seeds(ledger):
    (ledger / "seeds").mkdir()
    (ledger / "seeds" / "story.txt").write_text("The NIS said about 2,000 soldiers moved.\n")
    write_report(
        ledger,
        "2024-11-01-test-t",
        """\
        id: 2024-11-01-test-t
        published: 2024-11-01
        language: en
        text: seeds/story.txt
        claims:
        - {figure: "about 2,000 soldiers", metric: troops_transported, claimant: NIS}
    """,
    )
    assert int(load_claims(ledger)["span_start"].iloc[0]) == 13
    assert check_ledger(ledger) == []


def test_the_cache_is_rewritten_only_after_enough_files_changed(ledger, monkeypatch):
    monkeypatch.setattr(ledger_module, "REWRITE_AFTER", 2)
    monkeypatch.setattr(cache_module, "RACY_NS", 0)  # files just written count as settled
    paths = []
    for n in range(4):
        body = REPORT.replace("2024-11-01-test-a", f"2024-11-01-test-{n}").replace(
            "example.org/a", f"example.org/{n}"
        )
        paths.append(write_report(ledger, f"2024-11-01-test-{n}", body))
    load_claims(ledger)
    cache = ledger / ".cache" / "claims.parquet"
    written = cache.stat().st_ino
    paths[0].write_text(paths[0].read_text().replace("at least 3,000", "at least 4,000"))
    assert 4000.0 in set(load_claims(ledger)["best"])  # read again, the cache kept as it was
    assert cache.stat().st_ino == written
    assert 4000.0 in set(load_claims(ledger)["best"])  # and read again on the next load
    for path in paths[1:]:
        path.write_text(path.read_text().replace("at least 3,000", "at least 5,000"))
    assert sorted(load_claims(ledger)["best"].dropna())[-4:] == [4000.0, 5000.0, 5000.0, 5000.0]
    assert cache.stat().st_ino != written  # 4 files read again: the cache is rewritten
    assert load_claims(ledger).equals(load_claims(ledger, cache=False))
