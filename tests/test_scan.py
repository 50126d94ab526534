"""tracker scan: archive inputs, prefilter, errors, summary, engines and add --from-scan."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from scan_texts import RELEVANT, make_articles

from tracker.cli import main
from tracker.lexicon.subjects import SUBJECTS
from tracker.scan.engines import LocalEngine
from tracker.scan.prefilter import Prefilter
from tracker.scan.run import default_options, scan_archive

ROOT = Path(__file__).resolve().parents[1]


def _jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
    return path


def _parquet(path: Path, articles: list[dict], rows_per_group: int = 7) -> Path:
    pq.write_table(pa.Table.from_pylist(articles), path, row_group_size=rows_per_group)
    return path


def _scan(archive: Path, out: Path, **kw) -> dict:
    return scan_archive(archive, out, engine=LocalEngine(1, in_process=True), **kw)


def _proposals(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "proposals.parquet")


ARTICLES = list(make_articles(40, relevant_every=4, chars=300))
# every 4th article is relevant: 10 of 40, cycling through RELEVANT


def test_subject_tables_cover_the_issue_languages():
    for lang in ("en", "de", "fr", "es", "it", "pl", "pt", "ru", "uk", "ko", "ja", "zh"):
        table = SUBJECTS[lang]
        assert table["subject"] and table["troops"], lang
        assert all(w == w.lower() for w in table["subject"] + table["troops"]), lang


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pyongyang sent troops.", "en", "en"),
        ("North Korean soldiers were seen.", "en", "en"),
        ("North Korea held a parade.", "en", None),  # no troops word
        ("Soldiers marched in the capital.", "en", None),  # no subject word
        ("La Corea del Nord ha inviato truppe.", "it", "it"),
        ("Żołnierze z Korei Południowej", None, None),  # South, not North Korea
        ("Tysiące żołnierzy z Korei Północnej", "pl", "pl"),
        ("A Coreia do Norte enviou tropas.", None, "pt"),
        ("朝鲜向俄罗斯派兵", None, "zh"),
        ("북한군 병력 이동", None, "ko"),
        ("Nordkorea schickt Soldaten.", "nl", "nl"),  # a language without a table keeps its code
    ],
)
def test_prefilter_needs_a_subject_and_a_troops_word(text, lang, expected):
    assert Prefilter.from_tables().language(text, lang) == expected


def test_jsonl_archive_proposes_the_relevant_articles_with_their_urls(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", ARTICLES)
    summary = _scan(archive, tmp_path / "out")
    assert summary["articles_read"] == 40
    assert summary["relevant"] == 10
    assert summary["errors"] == 0
    got = _proposals(tmp_path / "out")
    relevant_urls = [a["url"] for a in ARTICLES[::4]]
    assert got["url"].tolist() == relevant_urls  # one claim each, in archive order
    assert summary["claims"] == len(got) == 10
    first = got.iloc[0]
    assert (first["figure_text"], first["metric"], first["claimant"]) == (
        "about 3,000 troops",
        "troops_present",
        "South Korea NIS",
    )
    assert first["outlet"] == "Example 0"
    assert str(first["published"].date()) == "2024-10-01"
    assert first["review"] == "pending"
    # the guessed languages are marked; given ones are not
    guessed = got[got["flags"].fillna("").str.contains("language-guessed")]
    assert len(guessed) == sum(1 for a in ARTICLES[::4] if a["language"] is None) > 0
    assert set(guessed["language"]) <= {lang for lang, _ in RELEVANT}


def test_parquet_archive_gives_the_same_proposals_as_jsonl(tmp_path):
    _scan(_jsonl(tmp_path / "a.jsonl", ARTICLES), tmp_path / "from-jsonl")
    summary = _scan(_parquet(tmp_path / "a.parquet", ARTICLES), tmp_path / "from-parquet")
    assert summary["partitions"] == 6  # 40 rows in row groups of 7
    pd.testing.assert_frame_equal(
        _proposals(tmp_path / "from-jsonl"), _proposals(tmp_path / "from-parquet")
    )


def test_folder_archive_reads_every_file_in_name_order(tmp_path):
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    _parquet(folder / "a.parquet", ARTICLES[:20])
    _jsonl(folder / "sub" / "b.jsonl", ARTICLES[20:])
    (folder / "notes.txt").write_text("not an archive file")
    summary = _scan(folder, tmp_path / "out", block_bytes=2000)
    assert summary["articles_read"] == 40
    assert summary["partitions"] > 4
    expected = _scan(_jsonl(tmp_path / "all.jsonl", ARTICLES), tmp_path / "one")
    assert summary["claims"] == expected["claims"]
    pd.testing.assert_frame_equal(_proposals(tmp_path / "out"), _proposals(tmp_path / "one"))


def test_an_output_folder_inside_the_archive_is_not_read_back(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", ARTICLES[:8])
    first = _scan(folder, folder / "out")
    again = _scan(folder, folder / "out")
    assert first["articles_read"] == again["articles_read"] == 8
    assert again["errors"] == 0


def test_jsonl_blocks_split_lines_exactly_once(tmp_path):
    archive = _jsonl(tmp_path / "a.jsonl", ARTICLES)
    for block in (97, 500, 4_000, 10**7):
        out = tmp_path / f"out{block}"
        summary = _scan(archive, out, block_bytes=block)
        assert summary["articles_read"] == 40, block
        assert _proposals(out)["url"].is_unique


def test_bad_articles_are_recorded_with_their_url_and_never_stop_the_job(tmp_path):
    good = ARTICLES[0]
    bad = [
        {**good, "url": "https://bad.example/long", "text": "North Korea troops " * 200},
        {**good, "url": "https://bad.example/date", "published": "last Tuesday"},
        {**good, "url": "https://bad.example/text", "text": 1234},
        {**good, "url": None},
    ]
    archive = tmp_path / "a.jsonl"
    _jsonl(archive, [*bad[:2], good, *bad[2:]])
    with archive.open("a") as fh:
        fh.write("{this is not json\n")
        fh.write(json.dumps({**good, "url": "https://bad.example/last", "published": "x"}) + "\n")
    summary = _scan(archive, tmp_path / "out", options=_options(max_chars=1000))
    assert summary["articles_read"] == 6
    assert summary["errors"] == 6
    errors = [
        json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()
    ]
    positions = [int(e["where"].rsplit(" ", 1)[1]) for e in errors]
    assert positions == sorted(positions)  # in archive order, unreadable lines included
    assert errors[-1]["url"] == "https://bad.example/last"
    by_url = {e["url"]: e["error"] for e in errors}
    assert "1,000" in by_url["https://bad.example/long"]
    assert "last Tuesday" in by_url["https://bad.example/date"]
    assert "not a string" in by_url["https://bad.example/text"]
    assert sorted(e["error"].split(":")[0] for e in errors if e["url"] is None) == [
        "ValueError",
        "bad JSON",
    ]
    assert all(e["where"].startswith("a.jsonl byte ") for e in errors)
    assert _proposals(tmp_path / "out")["url"].tolist() == [good["url"]]


def test_an_unreadable_file_is_an_error_not_a_crash(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    _jsonl(folder / "good.jsonl", ARTICLES[:4])
    summary = _scan(folder, tmp_path / "out")
    assert summary["articles_read"] == 4
    assert summary["errors"] == 1
    assert summary["error_examples"][0]["where"] == "broken.parquet#-1"


def test_summary_counts_per_language(tmp_path):
    articles = [
        {"url": "u1", "language": "de", "published": None, "text": RELEVANT[2][1]},
        {"url": "u2", "language": "de", "published": None, "text": "Das Wetter bleibt mild."},
        {"url": "u3", "published": "2024-11", "text": RELEVANT[3][1]},
        {"url": "u4", "language": "en-GB", "published": "2024-11-02", "text": RELEVANT[0][1]},
    ]
    summary = _scan(_jsonl(tmp_path / "a.jsonl", articles), tmp_path / "out")
    assert summary["languages"] == {
        "de": {"read": 2, "relevant": 1, "claims": 1},
        "en": {"read": 1, "relevant": 1, "claims": 1},
        "ko": {"read": 0, "relevant": 1, "claims": 1},
        "und": {"read": 1, "relevant": 0, "claims": 0},
    }
    assert (summary["articles_read"], summary["relevant"], summary["claims"]) == (4, 3, 3)
    assert summary["seconds"] > 0
    on_disk = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert on_disk == summary
    flags = _proposals(tmp_path / "out").set_index("url")["flags"]
    assert flags["u3"].split(";")[-2:] == ["published-not-a-day", "language-guessed"]


def test_missing_archive_is_a_clear_error(tmp_path, capsys):
    assert main(["scan", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out")]) == 2
    assert "nope.jsonl does not exist" in capsys.readouterr().err


def _options(**kw):
    from dataclasses import replace

    from tracker.scan.run import default_options

    return replace(default_options(), **kw)


def _ledger(tmp_path: Path) -> Path:
    data = tmp_path / "project" / "data"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_bytes((ROOT / "data" / "sources.csv").read_bytes())
    return data


def test_add_from_scan_files_pending_reports_and_refuses_duplicates(tmp_path, capsys):
    articles = [
        {**ARTICLES[0], "text": RELEVANT[0][1] + " Another 2,000 troops followed in November."},
        ARTICLES[4],
        ARTICLES[8],
        ARTICLES[1],  # irrelevant
    ]
    _scan(_jsonl(tmp_path / "a.jsonl", articles), tmp_path / "out")
    data = _ledger(tmp_path)
    out = str(tmp_path / "out")
    assert main(["add", "--from-scan", out, "--min-claims", "2", "--data", str(data)]) == 0
    assert "1 reports added (2 claims pending), 0 duplicates refused" in capsys.readouterr().out
    files = sorted((data / "reports").glob("*.yaml"))
    report = yaml.safe_load(files[0].read_text())
    assert report["url"] == ARTICLES[0]["url"]
    assert report["text"] is None
    assert [c["review"] for c in report["claims"]] == ["pending", "pending"]
    assert [c["figure"] for c in report["claims"]] == ["about 3,000 troops", "2,000 troops"]

    assert main(["add", "--from-scan", out, "--data", str(data)]) == 0
    assert "2 reports added (2 claims pending), 1 duplicates refused" in capsys.readouterr().out
    assert len(list((data / "reports").glob("*.yaml"))) == 3
    assert not (tmp_path / "project" / "seeds").exists()  # no archive text is copied

    from tracker.table.ledger import load_claims

    table = load_claims(data, include_pending=True)
    assert sorted(table["url"].unique()) == sorted(a["url"] for a in articles[:3])


def test_add_from_scan_keeps_one_metric(tmp_path, capsys):
    _scan(_jsonl(tmp_path / "a.jsonl", ARTICLES[:12]), tmp_path / "out")
    data = _ledger(tmp_path)
    argv = ["add", "--from-scan", str(tmp_path / "out"), "--data", str(data)]
    assert main([*argv, "--metric", "troops_transported"]) == 0
    assert "1 reports added" in capsys.readouterr().out  # the German article
    reports = [yaml.safe_load(p.read_text()) for p in (data / "reports").glob("*.yaml")]
    assert [r["language"] for r in reports] == ["de"]
    assert main([*argv, "--metric", "troops_present"]) == 0
    assert "2 reports added" in capsys.readouterr().out
    assert main([*argv, "--metric", "tanks"]) == 2
    assert "not one of" in capsys.readouterr().err


# --- engines ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@pytest.fixture
def dask_cluster(tmp_path):
    """A real `dask scheduler` and one `dask worker` on localhost, stopped afterwards."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {"env": _env(), "cwd": tmp_path, "stdout": subprocess.DEVNULL}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1"]
            + ["--port", str(port), "--no-dashboard"],
            stderr=(tmp_path / "scheduler.log").open("w"),
            **common,
        )
    ]
    try:
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "dask", "worker", address, "--nworkers", "1"]
                + ["--nthreads", "1", "--no-nanny", "--no-dashboard"]
                + ["--local-directory", str(tmp_path)],
                stderr=(tmp_path / "worker.log").open("w"),
                **common,
            )
        )
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(1, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.mark.slow
def test_scan_on_an_existing_cluster_equals_the_local_run(tmp_path, dask_cluster, capsys):
    archive = tmp_path / "archive"
    archive.mkdir()
    _parquet(archive / "a.parquet", ARTICLES[:24])
    _jsonl(archive / "b.jsonl", [*ARTICLES[24:], {"url": "https://bad.example", "text": None}])
    local, remote, cluster = tmp_path / "local", tmp_path / "remote", tmp_path / "cluster"
    common = ["--block-mb", "0.002", "--quiet"]
    assert main(["scan", str(archive), "--out", str(local), "--processes", "2", *common]) == 0
    assert (
        main(["scan", str(archive), "--out", str(remote), "--scheduler", dask_cluster, *common])
        == 0
    )
    assert main(["scan", str(archive), "--out", str(cluster), "--workers", "2", *common]) == 0
    assert "(scheduler)" in capsys.readouterr().out

    expected = (local / "proposals.parquet").read_bytes()
    assert len(_proposals(local)) == 10
    for out in (remote, cluster):
        assert (out / "proposals.parquet").read_bytes() == expected
        assert (out / "errors.jsonl").read_text() == (local / "errors.jsonl").read_text()
    summaries = [json.loads((d / "summary.json").read_text()) for d in (local, remote, cluster)]
    assert [s["engine"] for s in summaries] == ["local", "scheduler", "local-cluster"]
    timing = {"engine", "workers", "seconds", "articles_per_second"}
    stripped = [{k: v for k, v in s.items() if k not in timing} for s in summaries]
    assert stripped[0] == stripped[1] == stripped[2]
    assert stripped[0]["errors"] == 1 and stripped[0]["partitions"] > 4


def test_scan_reads_named_events_of_the_ledger_folder(tmp_path):
    # The ledger's events.csv names the event; the scan reads it like extraction does, so the
    # phrase that names the event is a period from the event's day to publication.
    data = _ledger(tmp_path)
    (data / "events.csv").write_text(
        "id,date,label,source\nfull-scale-invasion,2022-02-24,Full-scale invasion,x\n"
    )
    text = (
        "Since the start of the full-scale invasion, North Korea has shipped "
        "about 9,500 soldiers to Russia, officials in Seoul said on Monday."
    )
    archive = _jsonl(
        tmp_path / "ev.jsonl",
        [{"url": "http://example.test/ev", "text": text, "published": "2024-12-20"}],
    )
    _scan(archive, tmp_path / "o1", options=default_options(data))
    row = _proposals(tmp_path / "o1").iloc[0]
    assert (row["best"], pd.Timestamp(row["period_start"]).date().isoformat()) == (
        9500.0,
        "2022-02-24",
    )
    assert row["period_kind"] == "since"
    # without the file, the same words are not a period: nothing is guessed
    (data / "events.csv").unlink()
    _scan(archive, tmp_path / "o2", options=default_options(data))
    assert _proposals(tmp_path / "o2").iloc[0]["period_kind"] != "since"
