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
    from tracker.views.export import export_all, write_csv

    table = load_claims(args.data, include_pending=args.pending)
    out = Path(args.out)
    if args.excel:
        print(write_csv(table, out / "claims-excel.csv", excel=True))
    else:
        for path in export_all(table, out):
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
    table = extract_claims(text, args.published, lang, ages=args.ages, registry=_registry(args))
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
    from tracker.claims.extract import extract_claims, load_text, to_report_claims
    from tracker.claims.language import checked_language, detect_language
    from tracker.table.ledger import add_report

    try:
        lang = checked_language(args.lang)
    except ValueError as err:
        print(f"tracker add: {err}", file=sys.stderr)
        return 2
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
        from tracker.claims.new_sources import append_sources, new_source_rows

        registry = _registry(args)
        proposals = extract_claims(text, published, lang, registry=registry)
        if args.accept_all:
            proposals["review"] = "accepted"
        claims = to_report_claims(proposals)
        new_rows = new_source_rows(proposals, registry)
        if new_rows:  # named sources the registry lacks: proposed rows, so the report loads
            append_sources(Path(args.data or paths.data_dir()) / "sources.csv", new_rows)
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
    written = draw_charts(table, args.out, include_pending=args.pending)
    print(f"{len(written)} chart files in {Path(args.out) / 'charts'}")
    return 0


def _cmd_refresh(args: argparse.Namespace) -> int:
    from tracker.refresh import refresh

    summary = refresh(args.data, args.out, notebooks=not args.no_notebooks)
    print(
        f"done: {summary['reports']} reports, {summary['claims']} claims, "
        f"{summary['claimants']} claimants, published {summary['first']} .. {summary['last']}"
        f" ({summary['undated_reports']} undated reports); outputs in {summary['outputs']}"
    )
    return 0


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
        ("export", _cmd_export, "write claims.csv, claims-excel.csv, datapackage.json"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--data", default=None, help="ledger folder (default: data/)")
        p.add_argument("--pending", action="store_true", help="include pending claims")
        if name == "export":
            p.add_argument("--out", default=str(paths.out_dir()))
            p.add_argument("--excel", action="store_true", help="only the Excel-safe CSV")
        p.set_defaults(func=func)

    p = sub.add_parser("extract", help="propose the claims of a report text")
    p.add_argument("file")
    p.add_argument("--published", type=_date, default=None, help="YYYY-MM-DD")
    p.add_argument("--lang", default=None, help="ISO 639-1 code (default: detected from the text)")
    p.add_argument("--data", default=None, help="ledger folder (registry: DIR/sources.csv)")
    p.add_argument("--ages", action="store_true", help="also propose ages")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("add", help="add a report text to the ledger")
    p.add_argument("file")
    p.add_argument("--url", default=None)
    p.add_argument("--outlet", default=None)
    p.add_argument("--title", default=None)
    p.add_argument("--published", default=None, help="YYYY-MM-DD, YYYY-MM or omitted")
    p.add_argument("--lang", default=None, help="ISO 639-1 code (default: detected)")
    p.add_argument("--data", default=None)
    p.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)  # the default now
    p.add_argument("--no-extract", action="store_true", help="store the text without claims")
    p.add_argument(
        "--accept-all",
        action="store_true",
        help="accept every proposed claim (default: pending, for review)",
    )
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("chart", help="draw the main charts (PNG and SVG) into OUT/charts")
    p.add_argument("--data", default=None)
    p.add_argument("--out", default=str(paths.out_dir()))
    p.add_argument("--pending", action="store_true", help="include pending claims")
    p.set_defaults(func=_cmd_chart)

    p = sub.add_parser("refresh", help="rebuild table, exports, charts and notebooks")
    p.add_argument("--data", default=None)
    p.add_argument("--out", default=str(paths.out_dir()))
    p.add_argument("--no-notebooks", action="store_true")
    p.set_defaults(func=_cmd_refresh)
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
