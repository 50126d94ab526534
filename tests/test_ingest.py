"""Reports by URL and from feeds, against a real HTTP server on 127.0.0.1 (tests/local_site.py).

Every page and feed is written for these tests; nothing is copied from an article.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from local_site import (
    CAMP_PARAGRAPHS,
    GERMAN_PARAGRAPHS,
    PORT_PARAGRAPHS,
    RAIL_PARAGRAPHS,
    Answer,
    Site,
    article,
    atom,
    pdf,
    rss,
)
from support import REGISTRY, ROOT, write_report

from tracker import cli
from tracker.ingest import Feed, FetchConfig, IngestError, add_url, fetch_feeds
from tracker.ingest.feeds import PROGRESS_FROM
from tracker.table.dedup import index_path, open_index
from tracker.table.ledger import DuplicateReportError, load_claims

RAIL = article("Rail convoys seen near the border", RAIL_PARAGRAPHS)
PORT = article("Ships loaded at the northern port", PORT_PARAGRAPHS, published="2024-11-08")
CAMP = article("A camp grows near the border", CAMP_PARAGRAPHS, published="2024-11-05T10:00:00")
FAST = FetchConfig(connect_timeout=2, read_timeout=2, retry_delay=0)


@pytest.fixture
def site():
    served = Site().start()
    yield served
    served.stop()


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def _data_files(ledger: Path) -> dict[str, tuple[int, int]]:
    """The ledger's data (reports, seeds), without its cache folder."""
    return {k: v for k, v in _tree(ledger.parent).items() if "/.cache/" not in f"/{k}"}


def _one_report(ledger: Path) -> tuple[Path, dict]:
    [path] = sorted((ledger / "reports").glob("*.yaml"))
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- add by URL


def test_add_url_end_to_end(site, ledger, capsys):
    url = site.page("/world/rail-convoys", RAIL)
    assert cli.main(["add", url, "--data", str(ledger)]) == 0
    out = capsys.readouterr().out.splitlines()
    path, report = _one_report(ledger)
    assert out[0] == f"{path} (1 claim(s) pending)"
    assert "  published: 2024-11-04 (precision: day)" in out
    assert "  language:  en (declared)" in out

    assert {k: report[k] for k in ("title", "outlet", "url", "published", "language")} == {
        "title": "Rail convoys seen near the border",
        "outlet": "Harbour Ledger",
        "url": url,
        "published": "2024-11-04",
        "language": "en",
    }
    assert report["note"] == "author: Mira Castell"
    # the stored text: the article's words, without navigation or footer
    text_file = ledger.parent / report["text"]
    assert text_file.parent == ledger / "seeds"
    text = text_file.read_text(encoding="utf-8")
    assert RAIL_PARAGRAPHS[0] in text and RAIL_PARAGRAPHS[2] in text
    assert "Sport" not in text and "newsletter" not in text
    # the original, gzip-compressed, byte for byte as served
    original = text_file.with_name(text_file.name.replace(".txt", ".html.gz"))
    assert gzip.decompress(original.read_bytes()) == RAIL.encode("utf-8")
    # the claims: proposed, pending, and found in the stored text on load
    assert [(c["figure"], c["claimant"], c["when"], c["review"]) for c in report["claims"]] == [
        ("about 2,000 soldiers", "the NIS", "in October", "pending")
    ]
    assert load_claims(ledger).empty  # pending claims stay out of the table
    table = load_claims(ledger, include_pending=True)
    row = table.iloc[0]
    assert (row["claimant"], row["best"], row["url"]) == ("South Korea NIS", 2000.0, url)
    assert text[int(row["span_start"]) : int(row["span_end"])] == "about 2,000 soldiers"
    assert str(row["period_start"].date()) == "2024-10-01"
    # the request named the project
    assert site.agents == ["tracker/0.1.0 (troop-deployment claim tracker; python-httpx)"]


def test_a_month_date_keeps_its_precision_and_a_missing_language_is_detected(site, ledger):
    url = site.page(
        "/de/truppen",
        article("Truppen verlegt", GERMAN_PARAGRAPHS, lang=None, published="2024-11", author=None),
    )
    added = add_url(url, ledger, config=FAST)
    _, report = _one_report(ledger)
    assert (added.published, added.precision) == ("2024-11", "month")
    assert (added.language, added.language_source) == ("de", "detected")
    assert (report["published"], report["language"]) == ("2024-11", "de")
    assert report["note"] == "language detected"
    assert [c["figure"] for c in report["claims"]] == ["etwa 2.000 Soldaten"]


def test_a_language_without_word_tables_is_kept_and_no_claims_are_proposed(site, ledger):
    url = site.page("/sv", article("Tåg", RAIL_PARAGRAPHS, lang="sv-SE"))
    added = add_url(url, ledger, config=FAST)
    _, report = _one_report(ledger)
    assert (added.language, added.language_source, added.claims) == ("sv", "declared", 0)
    assert (report["language"], report["claims"]) == ("sv", [])
    assert (
        report["note"]
        == "author: Mira Castell; no word tables for language 'sv': no claims proposed"
    )


def test_the_given_language_and_date_win_over_the_page(site, ledger):
    url = site.page("/story", RAIL)
    assert (
        cli.main(["add", url, "--data", str(ledger), "--lang", "en", "--published", "2024-11-10"])
        == 0
    )
    _, report = _one_report(ledger)
    assert report["published"] == "2024-11-10"


def test_redirects_are_followed_and_the_final_url_is_kept(site, ledger, capsys):
    final = site.page("/world/2024/rail", RAIL)
    short = site.redirect("/r/1", "/r/2", status=302)
    site.redirect("/r/2", final, status=301)
    added = add_url(short, ledger, config=FAST)
    assert added.url == final
    assert _one_report(ledger)[1]["url"] == final
    # the short link again: fetched, found to land on a page already in the ledger
    assert cli.main(["add", short, "--data", str(ledger)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"tracker: {short}: already in the ledger (data/reports/{added.path.name})"
        f" (it redirects to {final})\n"
    )


def test_too_many_redirects_are_refused(site, ledger):
    site.redirect("/loop/a", "/loop/b")
    site.redirect("/loop/b", "/loop/a")
    with pytest.raises(IngestError, match="more than 5 redirects"):
        add_url(site.url("/loop/a"), ledger, config=FAST)


def test_a_5xx_answer_is_tried_once_more(site, ledger):
    url = site.serve("/busy", Answer(status=503, body=b"busy"), Answer(body=RAIL.encode()))
    add_url(url, ledger, config=FAST)
    assert site.hits["/busy"] == 2
    assert len(list((ledger / "reports").glob("*.yaml"))) == 1


def test_two_5xx_answers_are_a_refusal(site, ledger):
    url = site.serve("/down", Answer(status=502, body=b"down"))
    with pytest.raises(IngestError) as caught:
        add_url(url, ledger, config=FAST)
    assert str(caught.value) == f"{url}: server error (HTTP 502), tried twice"
    assert site.hits["/down"] == 2


# --------------------------------------------------------------------------- refusals


REFUSALS = {
    "dead link": (
        Answer(status=404, body=b"<p>gone</p>"),
        [],
        "dead link (HTTP 404 Not Found)",
    ),
    "gone": (Answer(status=410, body=b""), [], "dead link (HTTP 410 Gone)"),
    "timeout": (
        Answer(body=RAIL.encode(), delay=1.5),
        ["--timeout", "0.4"],
        "timed out (no answer within 0.4 s)",
    ),
    "an image": (
        Answer(body=b"\x89PNG our own bytes", content_type="image/png"),
        [],
        "not an HTML page or a PDF: the answer is image/png",
    ),
    "json": (
        Answer(body=b'{"a": 1}', content_type="application/json"),
        [],
        "not an HTML page or a PDF: the answer is application/json",
    ),
    "untyped": (
        Answer(body=b"<p>x</p>", content_type=None),
        [],
        "not an HTML page or a PDF: the answer is untyped",
    ),
    "broken pdf": (
        Answer(body=b"%PDF-1.4 not really a document", content_type="application/pdf"),
        [],
        "unreadable PDF (",
    ),
    "undecodable": (
        Answer(body=RAIL.encode().replace(b"Monday", b"Mon\xffday")),
        [],
        "undecodable: not valid utf-8 (byte 0xff at ",
    ),
    "unknown charset": (
        Answer(body=RAIL.encode(), content_type="text/html; charset=x-martian"),
        [],
        "undecodable: unknown charset 'x-martian'",
    ),
    "no text": (
        Answer(body=b"<html><body><nav>Home</nav></body></html>"),
        [],
        "no main text found in the page (4 characters)",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_refusal_is_one_line_a_nonzero_exit_and_nothing_written(site, ledger, capsys, case):
    answer, options, reason = REFUSALS[case]
    url = site.serve("/refused", answer)
    before = _data_files(ledger)
    assert cli.main(["add", url, "--data", str(ledger), *options]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"tracker: {url}: {reason}")
    assert captured.err.count("\n") == 1
    assert _data_files(ledger) == before
    assert not (ledger / "seeds").exists()


def test_a_pdf_is_read_with_its_metadata_and_kept(site, ledger):
    lines = [
        "According to the NIS, about 2,000 soldiers were moved by train in October,",
        "the agency told a closed session of the committee on Monday.",
        "Officials gave no details of the route or of where the units went next.",
    ]
    body = pdf(
        lines,
        title="Committee briefing note",
        author="Committee office",
        created="D:20241104083000Z",
    )
    url = site.serve("/docs/briefing.pdf", Answer(body=body, content_type="application/pdf"))
    added = add_url(url, ledger, config=FAST)
    _, report = _one_report(ledger)
    assert (report["title"], report["outlet"], report["published"], report["language"]) == (
        "Committee briefing note",
        "127.0.0.1:" + site.base.rsplit(":", 1)[1],
        "2024-11-04",
        "en",
    )
    assert report["note"] == "author: Committee office"
    assert added.html_file.name.endswith(".pdf.gz")
    assert gzip.decompress(added.html_file.read_bytes()) == body
    assert added.text_file.read_text(encoding="utf-8") == "\n".join(lines)
    assert [(c["figure"], c["review"]) for c in report["claims"]] == [
        ("about 2,000 soldiers", "pending")
    ]


def test_an_oversized_answer_is_refused_by_its_length_or_while_reading(site, ledger):
    big = RAIL.encode() + b"<!-- " + b"x" * 5_000 + b" -->"
    small = FetchConfig(max_bytes=4_000, retry_delay=0)
    declared = site.serve("/big", Answer(body=big))
    streamed = site.serve("/big-stream", Answer(body=big, length=False))
    with pytest.raises(IngestError) as caught:
        add_url(declared, ledger, config=small)
    assert str(caught.value) == (
        f"{declared}: too large ({len(big):,} bytes; the limit is 4,000 bytes)"
    )
    with pytest.raises(IngestError) as caught:
        add_url(streamed, ledger, config=small)
    assert str(caught.value) == f"{streamed}: too large (more than the limit of 4,000 bytes)"
    assert list((ledger / "reports").iterdir()) == []


def test_a_refused_connection_is_a_refusal(ledger):
    site = Site().start()
    url = site.url("/nobody")
    site.stop()  # the port is closed now
    with pytest.raises(IngestError, match=r"could not be fetched \(ConnectError"):
        add_url(url, ledger, config=FAST)


def test_a_url_already_in_the_ledger_is_refused_without_a_request(site, ledger, capsys):
    url = site.page("/story", RAIL)
    assert cli.main(["add", url, "--data", str(ledger)]) == 0
    path, _ = _one_report(ledger)
    capsys.readouterr()
    before = _data_files(ledger)
    again = url.replace("/story", "/story/?utm_source=feed")
    assert cli.main(["add", again, "--data", str(ledger)]) == 2
    assert capsys.readouterr().err == (
        f"tracker: {again}: already in the ledger (data/reports/{path.name})\n"
    )
    assert site.hits["/story"] == 1
    assert _data_files(ledger) == before


def test_the_same_text_at_another_url_is_refused(site, ledger):
    add_url(site.page("/a", RAIL), ledger, config=FAST)
    copy = site.page("/b", RAIL)
    with pytest.raises(DuplicateReportError, match=r"/b: the same text is already in the ledger"):
        add_url(copy, ledger, config=FAST)


def test_a_report_by_url_is_refused_by_add_report_too(site, ledger):
    url = site.page("/a", RAIL)
    add_url(url, ledger, config=FAST)
    from tracker.table.ledger import add_report

    with pytest.raises(DuplicateReportError, match="is already in the ledger"):
        add_report(
            {"url": url + "/", "published": "2024-11-05", "language": "en"}, None, [], ledger
        )


# --------------------------------------------------------------------------- feeds


def _feed_setup(site):
    rail = site.page("/world/rail", RAIL)
    port = site.page("/world/port", PORT)
    camp = site.page("/world/camp", CAMP)
    copy_of_rail = site.page("/mirror/rail", RAIL)
    rss_url = site.serve(
        "/feeds/world.rss",
        Answer(
            body=rss(
                "World",
                [
                    ("Rail convoys", rail + "?utm_medium=rss", "Mon, 04 Nov 2024 08:30:00 GMT"),
                    ("Ships loaded", port, "Fri, 08 Nov 2024 09:00:00 GMT"),
                ],
            ).encode(),
            content_type="application/rss+xml; charset=utf-8",
        ),
    )
    atom_url = site.serve(
        "/feeds/region.atom",
        Answer(
            body=atom(
                "Region",
                [
                    ("A camp grows", camp, "2024-11-05T10:00:00Z"),
                    ("Rail convoys (mirror)", copy_of_rail, "2024-11-04T09:00:00Z"),
                ],
            ).encode(),
            content_type="application/atom+xml",
        ),
    )
    return rail, rss_url, atom_url


def test_fetch_an_rss_feed_with_one_item_already_in_the_ledger(site, ledger, capsys):
    rail, rss_url, _ = _feed_setup(site)
    add_url(rail, ledger, config=FAST)
    assert cli.main(["fetch", "--feed", rss_url, "--data", str(ledger)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "2 items: 1 new, 1 already in the ledger, 0 failed\n"
    assert captured.err == ""
    assert site.hits["/world/rail"] == 1  # the known link is not fetched again
    titles = sorted(yaml.safe_load(p.read_text())["title"] for p in (ledger / "reports").iterdir())
    assert titles == ["Rail convoys seen near the border", "Ships loaded at the northern port"]


def test_fetch_an_atom_feed_whose_duplicate_is_the_same_text(site, ledger, capsys):
    rail, _, atom_url = _feed_setup(site)
    add_url(rail, ledger, config=FAST)
    assert cli.main(["fetch", "--feed", atom_url, "--data", str(ledger)]) == 0
    assert capsys.readouterr().out == "2 items: 1 new, 1 already in the ledger, 0 failed\n"
    assert site.hits["/mirror/rail"] == 1  # fetched, then found to be the same text
    reports = [yaml.safe_load(p.read_text()) for p in (ledger / "reports").iterdir()]
    camp = [r for r in reports if r["title"] == "A camp grows near the border"]
    assert len(camp) == 1 and camp[0]["claims"][0]["figure"] == "more than 3,000 soldiers"


def test_fetch_two_feeds_sharing_an_item_adds_it_once(site, ledger, capsys):
    _, rss_url, atom_url = _feed_setup(site)
    assert cli.main(["fetch", "--feed", rss_url, "--feed", atom_url, "--data", str(ledger)]) == 0
    assert capsys.readouterr().out == "4 items: 3 new, 1 already in the ledger, 0 failed\n"
    assert len(list((ledger / "reports").iterdir())) == 3


def test_fetch_reads_the_active_rows_of_feeds_csv_with_their_language(site, ledger, capsys):
    _, rss_url, _ = _feed_setup(site)
    (ledger / "feeds.csv").write_text(
        "name,url,language,active\n"
        "# our test feeds\n"
        f"World,{rss_url},en,yes\n"
        f"Paused,{site.url('/feeds/paused.rss')},de,no\n",
        encoding="utf-8",
    )
    assert cli.main(["fetch", "--data", str(ledger)]) == 0
    assert capsys.readouterr().out == "2 items: 2 new, 0 already in the ledger, 0 failed\n"
    assert site.hits["/feeds/paused.rss"] == 0


def test_fetch_counts_and_names_failures(site, ledger, capsys):
    good = site.page("/ok", PORT)
    feed = site.serve(
        "/feeds/mixed.rss",
        Answer(
            body=rss("Mixed", [("ok", good, ""), ("gone", site.url("/gone"), "")]).encode(),
            content_type="text/xml",
        ),
    )
    dead_feed = site.url("/feeds/missing.rss")
    assert cli.main(["fetch", "--feed", feed, "--feed", dead_feed, "--data", str(ledger)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "2 items: 1 new, 0 already in the ledger, 1 failed\n"
    assert captured.err.splitlines() == [
        f"tracker: {dead_feed}: dead link (HTTP 404 Not Found)",
        f"tracker: {site.url('/gone')}: dead link (HTTP 404 Not Found)",
    ]


def test_a_page_that_is_not_a_feed_is_refused(site, ledger, capsys):
    page = site.serve(
        "/feeds/notes.xml", Answer(body=b"<notes><n>1</n></notes>", content_type="text/xml")
    )
    assert cli.main(["fetch", "--feed", page, "--data", str(ledger)]) == 1
    assert capsys.readouterr().err == f"tracker: {page}: not an RSS or Atom feed\n"


def test_fetch_without_a_feed_list_says_so(ledger, capsys):
    assert cli.main(["fetch", "--data", str(ledger)]) == 2
    assert "feeds.csv does not exist" in capsys.readouterr().err


def test_the_shipped_feed_list_follows_no_real_feed():
    from tracker.ingest import read_feeds

    feeds = read_feeds(ROOT / "data" / "feeds.csv")
    assert feeds and not any(f.active for f in feeds)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_a_progress_bar_shows_for_many_items_only_on_a_terminal(site, ledger, terminal):
    links = []
    for n in range(3):
        paragraphs = [f"{p} (Dispatch number {n}.)" for p in PORT_PARAGRAPHS]
        links.append(
            (f"item {n}", site.page(f"/many/{n}", article(f"Dispatch {n}", paragraphs)), "")
        )
    feed = site.serve(
        "/feeds/many.rss",
        Answer(body=rss("Many", links).encode(), content_type="application/rss+xml"),
    )
    stream = _Terminal() if terminal else io.StringIO()
    summary = fetch_feeds(
        [Feed("many", feed)], ledger, config=FAST, progress_from=3, progress_file=stream
    )
    assert summary.line() == "3 items: 3 new, 0 already in the ledger, 0 failed"
    if terminal:
        assert "| 0/3 [" in stream.getvalue()  # the bar is drawn when it starts
    else:
        assert stream.getvalue() == ""


def test_the_cli_shows_no_progress_bar_when_stderr_is_not_a_terminal(site, ledger, capsys):
    links = [(f"item {n}", site.url(f"/gone/{n}"), "") for n in range(PROGRESS_FROM)]
    feed = site.serve(
        "/feeds/gone.rss",
        Answer(body=rss("Gone", links).encode(), content_type="application/rss+xml"),
    )
    assert cli.main(["fetch", "--feed", feed, "--data", str(ledger)]) == 1
    captured = capsys.readouterr()
    assert (
        captured.out
        == f"{PROGRESS_FROM} items: 0 new, 0 already in the ledger, {PROGRESS_FROM} failed\n"
    )
    assert [line.rsplit(": ", 1)[1] for line in captured.err.splitlines()] == [
        "dead link (HTTP 404 Not Found)"
    ] * PROGRESS_FROM


# --------------------------------------------------------------------------- --data isolation


def test_with_data_add_and_fetch_write_nothing_outside_dir(site, tmp_path, monkeypatch, capsys):
    outside = tmp_path / "work"
    data = outside / "ledger"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_text(REGISTRY, encoding="utf-8")
    monkeypatch.chdir(outside)
    _, rss_url, atom_url = _feed_setup(site)
    project = {name: _tree(ROOT / name) for name in ("data", "seeds")}
    assert cli.main(["add", site.url("/world/camp"), "--data", str(data)]) == 0
    assert cli.main(["fetch", "--feed", rss_url, "--feed", atom_url, "--data", str(data)]) == 0
    assert (
        capsys.readouterr().out.splitlines()[-1]
        == "4 items: 2 new, 2 already in the ledger, 0 failed"
    )
    assert sorted(p.name for p in outside.iterdir()) == ["ledger"]
    written = sorted(p.name for p in data.iterdir() if p.name != ".lock")  # the write lock
    assert written == [".cache", "reports", "seeds", "sources.csv"]
    assert len(list((data / "seeds").glob("*.html.gz"))) == 3
    for path in (data / "reports").iterdir():
        report = yaml.safe_load(path.read_text())
        assert (data.parent / report["text"]).parent == data / "seeds"
    assert project == {name: _tree(ROOT / name) for name in ("data", "seeds")}


@pytest.mark.slow
def test_the_command_with_data_writes_nothing_outside_dir(site, tmp_path):
    outside = tmp_path / "work"
    data = outside / "ledger"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_text(REGISTRY, encoding="utf-8")
    rail = site.page("/rail", RAIL)
    feed = site.serve(
        "/feed.atom",
        Answer(
            body=atom("F", [("p", site.page("/port", PORT), "2024-11-08T00:00:00Z")]).encode(),
            content_type="application/atom+xml",
        ),
    )
    project = {name: _tree(ROOT / name) for name in ("data", "seeds") if (ROOT / name).is_dir()}
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_HOME"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    for command in (["add", rail], ["fetch", "--feed", feed]):
        done = subprocess.run(
            [sys.executable, "-m", "tracker", *command, "--data", str(data)],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
    assert done.stdout == "1 item: 1 new, 0 already in the ledger, 0 failed\n"
    assert sorted(p.name for p in outside.iterdir()) == ["ledger"]
    written = _tree(data)
    assert len([k for k in written if k.startswith("reports/")]) == 2
    assert len([k for k in written if k.startswith("seeds/") and k.endswith(".txt")]) == 2
    assert len([k for k in written if k.endswith(".html.gz")]) == 2
    assert project == {
        name: _tree(ROOT / name) for name in ("data", "seeds") if (ROOT / name).is_dir()
    }


# --------------------------------------------------------------------------- duplicate index


def _report(url: str) -> str:
    return f"""\
        id: NAME
        url: {url}
        published: 2024-11-01
        language: en
        claims: []
        """


def test_the_duplicate_index_is_rebuilt_when_missing_and_follows_edits(ledger):
    write_report(ledger, "a", _report("https://example.org/a").replace("NAME", "a"))
    write_report(ledger, "b", _report("https://example.org/b").replace("NAME", "b"))
    index = open_index(ledger)
    assert (index.by_url("http://www.example.org/a/"), index.by_url("https://example.org/b")) == (
        "a.yaml",
        "b.yaml",
    )
    stored = json.loads(index_path(ledger).read_text())
    assert sorted(stored["reports"]) == ["a.yaml", "b.yaml"]

    index_path(ledger).unlink()
    assert open_index(ledger).by_url("https://example.org/a") == "a.yaml"
    assert index_path(ledger).exists()

    # an edited file (new size and time) is read again; a removed one is dropped
    write_report(ledger, "a", _report("https://example.org/a-moved").replace("NAME", "a"))
    (ledger / "reports" / "b.yaml").unlink()
    index = open_index(ledger)
    assert index.by_url("https://example.org/a") is None
    assert index.by_url("https://example.org/a-moved") == "a.yaml"
    assert index.by_url("https://example.org/b") is None
    assert sorted(json.loads(index_path(ledger).read_text())["reports"]) == ["a.yaml"]


def test_a_stale_index_does_not_let_a_duplicate_in(ledger):
    write_report(ledger, "a", _report("https://example.org/a").replace("NAME", "a"))
    open_index(ledger)
    # a report copied in by hand after the index was saved
    write_report(ledger, "c", _report("https://example.org/c").replace("NAME", "c"))
    from tracker.table.ledger import add_report

    with pytest.raises(
        DuplicateReportError,
        match="URL https://example.org/c/ is already in the ledger: data/reports/c.yaml",
    ):
        add_report(
            {"url": "https://example.org/c/", "published": "2024-11-05", "language": "en"},
            None,
            [],
            ledger,
        )


def test_the_index_is_updated_on_add_with_the_text_hash(site, ledger):
    added = add_url(site.page("/a", RAIL), ledger, config=FAST)
    entry = json.loads(index_path(ledger).read_text())["reports"][added.path.name]
    from tracker.table.files import sha256_hex

    assert entry[2] == "https://127.0.0.1:" + site.base.rsplit(":", 1)[1] + "/a"
    assert entry[3] == sha256_hex(added.text_file.read_bytes())
    assert entry[:2] == [added.path.stat().st_size, added.path.stat().st_mtime_ns]
