"""The ``tracker`` command: parse, when, extract, table, export, add and refresh.

Example:
    $ tracker parse "about 2,000"
    $ tracker when "by the end of the year" --published 2024-11-01
    $ tracker extract story.txt --published 2024-11-01
    $ tracker refresh
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker import __version__, paths

if TYPE_CHECKING:
    from tracker.claims.registry import Registry
    from tracker.periods.events import Events


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _cmd_parse(args: argparse.Namespace) -> int:
    from tracker.figures.parse import parse_figure

    fig = parse_figure(args.phrase, args.lang)
    if fig is None:
        print(f"no figure in {args.phrase!r}", file=sys.stderr)
        return 1
    for name in (
        "text",
        "low",
        "best",
        "high",
        "qualifier",
        "unit",
        "currency",
        "per",
        "vague_rule",
    ):
        print(f"{name:>10}: {getattr(fig, name)}")
    return 0


def _cmd_when(args: argparse.Namespace) -> int:
    from tracker.periods.parse import parse_when

    period = parse_when(args.phrase, args.published, args.lang)
    if period is None:
        print(f"no time in {args.phrase!r}", file=sys.stderr)
        return 1
    for name in ("text", "start", "end", "kind", "precision", "convention", "flag"):
        print(f"{name:>10}: {getattr(period, name)}")
    return 0


def _cmd_table(args: argparse.Namespace) -> int:
    import pandas as pd

    from tracker.table.ledger import load_claims

    table = load_claims(args.data, include_pending=args.pending)
    columns = [
        "claim_id",
        "claimant",
        "metric",
        "figure_text",
        "best",
        "qualifier",
        "period_start",
        "period_end",
    ]
    with pd.option_context(
        "display.max_rows", None, "display.width", 200, "display.max_colwidth", 40
    ):
        print(table[columns].to_string(index=False))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from tracker.table.ledger import load_claims
    from tracker.views.export import export_all, write_csv, write_excel

    table = load_claims(args.data, include_pending=args.pending)
    out = Path(args.out)
    if args.excel:
        print(write_csv(table, out / "claims-excel.csv", excel=True))
        sources = Path(args.data or paths.data_dir()) / "sources.csv"
        print(write_excel(table, out / "claims.xlsx", sources))
    else:
        for path in export_all(table, out, args.data):
            print(path)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from tracker.claims.extract import extract_claims, load_text
    from tracker.claims.language import checked_language, detect_language

    try:
        lang = checked_language(args.lang)
    except ValueError as err:
        print(f"tracker extract: {err}", file=sys.stderr)
        return 2
    text = load_text(args.file)
    if lang is None:
        lang = detect_language(text)
        print(f"language: {lang} (detected; give --lang to choose)")
    table = extract_claims(
        text,
        args.published,
        lang,
        ages=args.ages,
        registry=_registry(args),
        events=_events(args),
    )
    if table.empty:
        print(f"no claims proposed in {args.file}")
        return 0
    view = table.assign(
        span=table["span_start"].astype(str) + "-" + table["span_end"].astype(str),
        period=table["period_start"].dt.strftime("%Y-%m-%d").fillna("?")
        + ".."
        + table["period_end"].dt.strftime("%Y-%m-%d").fillna("?"),
    )
    view = view.assign(
        number=[_number(r) for r in table.to_dict(orient="records")],
    )
    columns = [
        "span",
        "figure_text",
        "number",
        "qualifier",
        "metric",
        "scope",
        "status",
        "claimant",
        "via",
        "time_text",
        "period",
        "location",
        "flags",
    ]
    with pd.option_context(
        "display.max_rows", None, "display.width", 240, "display.max_colwidth", 40
    ):
        print(view[columns].fillna("").to_string(index=False))
    print(f"{len(table)} claim(s) proposed (review: pending)")
    return 0


def _registry(args: argparse.Namespace) -> Registry | None:
    """The registry of ``--data DIR`` (DIR/sources.csv), or None for the default."""
    from tracker.claims.registry import load_registry

    path = Path(args.data or paths.data_dir()) / "sources.csv"
    return load_registry(path) if path.exists() else None


def _events(args: argparse.Namespace) -> Events | None:
    """The named events of ``--data DIR`` (DIR/events.csv), or None without the file."""
    from tracker.table.ledger import ledger_events

    return ledger_events(Path(args.data or paths.data_dir()))


def _number(row: dict) -> str:
    """The normalised number of a proposal: "3000", "10000-12000", "?" for vague words."""

    def plain(v: object) -> str:
        if v is None or v != v:
            return "?"
        f = float(v)  # type: ignore[arg-type]
        return str(int(f)) if f.is_integer() else f"{f:g}"

    low, high = row.get("low"), row.get("high")
    if row.get("qualifier") == "range" or (low == low and high == high and low != high):
        return f"{plain(low)}-{plain(high)}"
    return plain(row.get("best"))


def _cmd_add(args: argparse.Namespace) -> int:
    if args.from_scan:
        return _add_from_scan(args)
    from tracker.claims.extract import extract_claims, load_text
    from tracker.claims.language import checked_language, detect_language
    from tracker.table.ledger import add_report

    if args.file is None:
        raise ValueError("tracker add needs a FILE or URL (or --from-scan DIR)")
    try:
        lang = checked_language(args.lang)
    except ValueError as err:
        print(f"tracker add: {err}", file=sys.stderr)
        return 2
    if _is_url(args.file):
        return _cmd_add_url(args)
    text = load_text(args.file)
    lang = lang or detect_language(text)  # none given: the text's language
    meta = {
        "url": args.url,
        "outlet": args.outlet,
        "published": args.published,
        "language": lang,
        "title": args.title,
    }
    claims: list[dict] = []
    if not args.no_extract:
        published = None
        if args.published and len(args.published) == 10:
            published = dt.date.fromisoformat(args.published)
        from tracker.claims.new_sources import claims_for_report

        proposals = extract_claims(
            text, published, lang, registry=_registry(args), events=_events(args)
        )
        data = Path(args.data or paths.data_dir())
        claims, new_rows = claims_for_report(proposals, data, accept=args.accept_all)
        if new_rows:  # named sources the registry lacks: proposed rows, so the report loads
            print(
                f"{len(new_rows)} new source(s) proposed in sources.csv: "
                + ", ".join(r["name"] for r in new_rows)
            )
    path = add_report(meta, text, claims, args.data)
    state = "accepted" if args.accept_all else "pending"
    print(f"{path} ({len(claims)} claim(s) {state})")
    return 0


def _cmd_chart(args: argparse.Namespace) -> int:
    from tracker.refresh import draw_charts
    from tracker.table.ledger import load_claims

    table = load_claims(args.data, include_pending=args.pending)
    written = draw_charts(table, args.out, include_pending=args.pending, data_dir=args.data)
    print(f"{len(written)} chart files in {Path(args.out) / 'charts'}")
    return 0


def _cmd_refresh(args: argparse.Namespace) -> int:
    from tracker.refresh import refresh

    summary = refresh(
        args.data, args.out, notebooks=not args.no_notebooks, skip_invalid=args.skip_invalid
    )
    print(
        f"done: {summary['reports']} reports, {summary['claims']} claims, "
        f"{summary['claimants']} claimants, published {summary['first']} .. {summary['last']}"
        f" ({summary['undated_reports']} undated reports); outputs in {summary['outputs']}"
    )
    if summary.get("skipped"):
        print(f"skipped {len(summary['skipped'])} invalid report file(s): see the lines above")
    return 0


# --------------------------------------------------------------------------- add URL, fetch


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _fetch_config(args: argparse.Namespace) -> object:
    from tracker.ingest import FetchConfig

    if args.timeout is None:
        return FetchConfig()
    return FetchConfig(connect_timeout=args.timeout, read_timeout=args.timeout)


def _cmd_add_url(args: argparse.Namespace) -> int:
    """``tracker add URL``: fetch the page, keep its original, propose its claims."""
    from tracker.ingest import Hints, add_url

    if args.url:
        print("tracker: --url is for a text file; the URL is the argument", file=sys.stderr)
        return 2
    hints = Hints(
        language=args.lang, published=args.published, outlet=args.outlet, title=args.title
    )
    added = add_url(
        args.file,
        args.data,
        hints=hints,
        accept_all=args.accept_all,
        config=_fetch_config(args),  # type: ignore[arg-type]
    )
    state = "accepted" if args.accept_all else "pending"
    print(f"{added.path} ({added.claims} claim(s) {state})")
    print(f"  title:     {added.title}")
    print(f"  outlet:    {added.outlet}")
    print(f"  url:       {added.url}")
    print(f"  published: {added.published or 'unknown'} (precision: {added.precision})")
    print(f"  language:  {added.language} ({added.language_source})")
    print(f"  text:      {added.text_file}")
    print(f"  original:  {added.html_file}")
    return 0


def _add_fetch_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="add the new items of the feeds in feeds.csv (or --feed)")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="a feed (repeatable)")
    p.add_argument("--data", default=None, help="ledger folder (default: data/)")
    p.add_argument("--timeout", type=float, default=None, help="seconds to wait (20)")
    p.set_defaults(func=_cmd_fetch)


def _cmd_fetch(args: argparse.Namespace) -> int:
    """``tracker fetch``: new feed items in, duplicates skipped, one summary line."""
    from tracker.ingest import Feed, fetch_feeds, read_feeds

    data = Path(args.data) if args.data else paths.data_dir()
    if args.feed:
        feeds = [Feed(url, url) for url in args.feed]
    else:
        listing = data / "feeds.csv"
        if not listing.exists():
            message = f"{listing} does not exist; list feeds there or use --feed"
            print(f"tracker: {message}", file=sys.stderr)
            return 2
        feeds = read_feeds(listing)
        if not any(f.active for f in feeds):
            print(f"no active feed in {listing}")
            return 0

    def report(line: str) -> None:
        print(f"tracker: {line}", file=sys.stderr)

    summary = fetch_feeds(
        feeds,
        data,
        config=_fetch_config(args),  # type: ignore[arg-type]
        on_failure=report,
    )
    print(summary.line())
    return 1 if summary.failures else 0


def _add_review_parser(sub: argparse._SubParsersAction) -> None:
    """``tracker review``: list pending claims, or decide one (accept, reject, correct)."""
    p = sub.add_parser(
        "review",
        help="list pending claims, or accept / reject / correct one by id",
        description=(
            "Without ID: list the pending claims with their ids and sentences. "
            "With ID: 'accept', 'reject', or 'correct key=value ...' "
            "(keys such as metric, claimant, qualifier, scope, when; 'key=' removes a key)."
        ),
    )
    p.add_argument("--data", default=None, help="ledger folder (default: data/)")
    p.add_argument("claim", nargs="?", metavar="ID", help="claim id, as listed")
    p.add_argument("decision", nargs="?", metavar="accept|reject|correct")
    p.add_argument("corrections", nargs="*", metavar="key=value")
    p.set_defaults(func=_cmd_review)


def _cmd_review(args: argparse.Namespace) -> int:
    import os

    from tracker.table.review import (
        ClaimNotFoundError,
        parse_corrections,
        pending_reviews,
        review_claim,
    )

    if args.claim is None:
        pending = pending_reviews(args.data)
        tty = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        left, right = ("\033[1;7m", "\033[0m") if tty else ("[", "]")
        for claim in pending:
            when = f"  {claim.when}" if claim.when else ""
            print(f"{claim.claim_id}  {claim.metric}  {claim.claimant_text}{when}")
            sentence = (
                claim.marked(left, right) if claim.has_sentence else f"{left}{claim.figure}{right}"
            )
            print(f"    {sentence}")
        where = args.data or paths.data_dir()
        print(f"{len(pending)} pending claim(s) in {where}")
        if pending:
            print("decide with: tracker review ID accept | ID reject | ID correct key=value ...")
        return 0
    if args.decision is None:
        print(
            "tracker review: give a decision: ID accept|reject|correct key=value ...",
            file=sys.stderr,
        )
        return 2
    if args.decision not in ("accept", "reject", "correct", "pending"):
        print(
            f"tracker review: decision {args.decision!r} is not one of accept, reject, correct",
            file=sys.stderr,
        )
        return 2
    try:
        corrections = parse_corrections(args.corrections, args.claim)
        if args.decision == "correct" and not corrections:
            raise ValueError(f"claim {args.claim}: 'correct' needs key=value pairs")
        path = review_claim(args.claim, args.decision, args.data, **corrections)
    except ClaimNotFoundError as err:
        print(f"tracker review: {err}", file=sys.stderr)
        return 2
    print(f"{args.claim}: {args.decision} -> {path}")
    return 0


# --- archive scan: `tracker scan` and `tracker add --from-scan` -------------------------------


def _add_scan_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan",
        help="scan a news archive (Parquet/JSONL file or folder) for claims on Dask",
        description="Prefilter every article by subject words, propose the claims of the "
        "relevant ones; write proposals.parquet, errors.jsonl and summary.json into --out.",
    )
    p.add_argument("archive", help="a .parquet or .jsonl file, or a folder of them")
    p.add_argument("--out", required=True, help="output folder")
    engine = p.add_mutually_exclusive_group()
    engine.add_argument(
        "--workers", type=int, default=None, help="start a dask LocalCluster of N workers"
    )
    engine.add_argument("--scheduler", default=None, help="an existing cluster: tcp://HOST:PORT")
    p.add_argument(
        "--processes", type=int, default=None, help="local engine processes (default: cores)"
    )
    p.add_argument("--lang", default=None, help="language of articles without one (default: guess)")
    p.add_argument("--ages", action="store_true", help="also propose ages")
    p.add_argument("--block-mb", type=float, default=8.0, help="JSONL partition size in MB")
    p.add_argument("--data", default=None, help="ledger folder whose sources.csv is the registry")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=_cmd_scan)


def _cmd_scan(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from tracker.scan.engines import LocalEngine, make_engine
    from tracker.scan.run import default_options, scan_archive

    if args.workers is not None and args.workers < 1:
        raise ValueError("--workers must be at least 1")
    engine = make_engine(args.workers, args.scheduler)
    if isinstance(engine, LocalEngine) and args.processes:
        engine = LocalEngine(args.processes)
    options = replace(default_options(args.data), default_lang=args.lang, ages=args.ages)

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            end = "\n" if done == total else ""
            print(f"\rscan: {done}/{total} partitions", end=end, file=sys.stderr, flush=True)

    summary = scan_archive(
        args.archive,
        args.out,
        engine=engine,
        options=options,
        block_bytes=max(1, int(args.block_mb * 1024 * 1024)),
        progress=progress,
    )
    print(
        f"scanned {summary['articles_read']} articles in {summary['seconds']:.1f} s "
        f"({summary['engine']}): {summary['relevant']} relevant, {summary['claims']} claims "
        f"proposed in {summary['articles_with_claims']} articles, {summary['errors']} errors; "
        f"outputs in {args.out}"
    )
    return 0


def _add_from_scan_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from-scan", default=None, metavar="DIR", help="add the articles of a `tracker scan`"
    )
    p.add_argument(
        "--min-claims", type=int, default=1, help="with --from-scan: articles with >= N claims"
    )
    p.add_argument("--metric", default=None, help="with --from-scan: only this metric's claims")


def _add_from_scan(args: argparse.Namespace) -> int:
    """Pending reports from a scan's proposals (no text stored: the archive keeps it)."""
    from tracker.claims.new_sources import claims_for_report
    from tracker.claims.vocabulary import METRICS
    from tracker.scan.results import read_summary, scan_articles
    from tracker.table.ledger import DuplicateReportError, add_report
    from tracker.table.schema import ValidationError

    if args.metric is not None and args.metric not in METRICS:
        raise ValueError(f"--metric {args.metric!r} is not one of {', '.join(METRICS)}")
    summary = read_summary(args.from_scan)
    data = Path(args.data or paths.data_dir())
    added = claims = duplicates = failed = 0
    for meta, rows in scan_articles(args.from_scan, min_claims=args.min_claims, metric=args.metric):
        records, _ = claims_for_report(rows, data, accept=args.accept_all)
        note = f"proposed by tracker scan of {summary.get('archive')}"
        try:
            add_report({**meta, "note": note}, None, records, args.data)
        except DuplicateReportError:
            duplicates += 1
            continue
        except (ValidationError, ValueError) as err:
            failed += 1
            print(f"tracker: {meta['url']}: {err}", file=sys.stderr)
            continue
        added += 1
        claims += len(records)
    state = "accepted" if args.accept_all else "pending"
    print(
        f"from scan {args.from_scan}: {added} reports added ({claims} claims {state}), "
        f"{duplicates} duplicates refused, {failed} refused with errors"
    )
    return 0 if not failed else 1


def _add_check_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="list every problem of the ledger and registry (exit 1 if any)"
    )
    p.add_argument("--data", default=None, help="ledger folder (default: data/)")
    p.add_argument(
        "--sweep",
        action="store_true",
        help="remove stored texts no report refers to and temporary files of crashed writes",
    )
    p.set_defaults(func=_cmd_check)


def _cmd_check(args: argparse.Namespace) -> int:
    from tracker.table.check import check_ledger, sweep_texts

    data = Path(args.data) if args.data else paths.data_dir()
    if args.sweep:
        for path in sweep_texts(data):
            print(f"removed {path}")
    problems = check_ledger(data)
    for problem in problems:
        print(problem)
    count = len(problems)
    print(f"{count} problem{'s' if count != 1 else ''} in {data}", file=sys.stderr)
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tracker`` command."""
    parser = argparse.ArgumentParser(prog="tracker", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="normalise one figure phrase")
    p.add_argument("phrase")
    p.add_argument("--lang", default="en")
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("when", help="normalise one time phrase")
    p.add_argument("phrase")
    p.add_argument("--published", type=_date, default=None)
    p.add_argument("--lang", default="en")
    p.set_defaults(func=_cmd_when)

    for name, func, helptext in (
        ("table", _cmd_table, "print the claims table"),
        (
            "export",
            _cmd_export,
            "write claims.csv, claims-excel.csv, claims.xlsx, datapackage.json",
        ),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--data", default=None, help="ledger folder (default: data/)")
        p.add_argument("--pending", action="store_true", help="include pending claims")
        if name == "export":
            p.add_argument("--out", default=str(paths.out_dir()))
            p.add_argument(
                "--excel", action="store_true", help="only the Excel-safe CSV and claims.xlsx"
            )
        p.set_defaults(func=func)

    p = sub.add_parser("extract", help="propose the claims of a report text")
    p.add_argument("file")
    p.add_argument("--published", type=_date, default=None, help="YYYY-MM-DD")
    p.add_argument("--lang", default=None, help="ISO 639-1 code (default: detected from the text)")
    p.add_argument("--data", default=None, help="ledger folder (registry: DIR/sources.csv)")
    p.add_argument("--ages", action="store_true", help="also propose ages")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("add", help="add a report (a text file or an http(s) URL) to the ledger")
    p.add_argument("file", nargs="?", default=None, help="a text file, or the URL of a page")
    p.add_argument("--url", default=None)
    p.add_argument("--outlet", default=None)
    p.add_argument("--title", default=None)
    p.add_argument("--published", default=None, help="YYYY-MM-DD, YYYY-MM or omitted")
    p.add_argument(
        "--lang", default=None, help="ISO 639-1 code (default: detected; a page's declared one)"
    )
    p.add_argument("--data", default=None)
    p.add_argument("--timeout", type=float, default=None, help="URL: seconds to wait (20)")
    p.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)  # the default now
    p.add_argument("--no-extract", action="store_true", help="store the text without claims")
    p.add_argument(
        "--accept-all",
        action="store_true",
        help="accept every proposed claim (default: pending, for review)",
    )
    _add_from_scan_arguments(p)
    p.set_defaults(func=_cmd_add)

    _add_fetch_parser(sub)
    _add_scan_parser(sub)

    p = sub.add_parser("chart", help="draw the main charts (PNG and SVG) into OUT/charts")
    p.add_argument("--data", default=None)
    p.add_argument("--out", default=str(paths.out_dir()))
    p.add_argument("--pending", action="store_true", help="include pending claims")
    p.set_defaults(func=_cmd_chart)

    p = sub.add_parser("refresh", help="rebuild table, exports, charts and notebooks")
    p.add_argument("--data", default=None)
    p.add_argument("--out", default=str(paths.out_dir()))
    p.add_argument("--no-notebooks", action="store_true")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="build from the valid reports and list the ones left out (default: stop)",
    )
    p.set_defaults(func=_cmd_refresh)

    _add_review_parser(sub)
    _add_check_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tracker`` command; return its exit status.

    Errors in the ledger (bad report files, duplicates) print their message, not a trace.
    """
    from tracker.table.schema import ValidationError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValidationError, ValueError, OSError) as err:
        print(f"tracker: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
