"""Scale of the ledger: 10,000 reports with 50,000 claims; load_claims() cold, warm, one change.

Prints the median seconds of several runs for

* cold: no cache (every file read, parsed and normalised, then the cache written);
* warm: nothing changed (every file checked against the cache, the table served from it);
* one file changed: one report edited, so only that file is read again;

with the targets of issue 16 (cold <= 5 s, warm <= 0.5 s, one changed <= 0.2 s), the
ratio of cold to warm, and each figure against a baseline measured in the same run (the
machine may be shared and noisy; the ratios move less than the seconds):

* YAML alone: every report file read and parsed by PyYAML's C loader, nothing else (the
  floor of a cold load's reading, before any normalising);
* stat alone: every entry of ``reports/`` listed and stat'ed (the floor of any check that
  a file is unchanged).

Run: ``python benchmarks/bench_ledger.py [--reports N] [--runs R]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from tracker.paths import data_dir
from tracker.table.ledger import dump_report, load_claims

FIGURES = [
    "at least 3,000 soldiers",
    "about 2,000 troops",
    "10,000",
    "several thousand",
    "more than 11,000 soldiers",
    "between 10,000 and 12,000",
    "up to 1,500",
    "$2,000 a month",
    "nearly 300 killed",
    "tens of thousands of workers",
]
TIMES = [
    None,
    "in October",
    "by the end of the year",
    "last week",
    "since early August",
    "on Thursday",
    "mid-December",
    None,
]
METRICS = ["troops_present", "troops_transported", "troops_planned", "killed", "pay"]
CLAIMANTS = ["South Korea NIS", "Ukraine HUR", "Pentagon", "Kremlin", "unattributed"]


def build(root: Path, reports: int, per_report: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    data = root / "data"
    (data / "reports").mkdir(parents=True)
    shutil.copy(data_dir() / "sources.csv", data / "sources.csv")
    start = dt.date(2024, 10, 1)
    for n in range(reports):
        published = start + dt.timedelta(days=rng.randrange(500))
        rid = f"{published.isoformat()}-bench-{n:05d}"
        claims = [
            {
                "figure": rng.choice(FIGURES),
                "metric": rng.choice(METRICS),
                "claimant": rng.choice(CLAIMANTS),
                "when": rng.choice(TIMES),
            }
            for _ in range(per_report)
        ]
        report = {
            "id": rid,
            "outlet": "Bench Wire",
            "url": f"https://example.org/{n}",
            "published": published,
            "language": "en",
            "claims": claims,
        }
        (data / "reports" / f"{rid}.yaml").write_text(dump_report(report), encoding="utf-8")
    return data


def median_seconds(func, runs: int, before=None) -> tuple[float, int]:
    """Median wall-clock seconds of ``runs`` calls (``before`` runs untimed before each)."""
    times = []
    rows = 0
    for n in range(runs):
        if before is not None:
            before(n)
        began = time.perf_counter()
        rows = len(func())
        times.append(time.perf_counter() - began)
    return statistics.median(times), rows


def yaml_alone(files: list[Path]) -> list[object]:
    """Every report file read and parsed by PyYAML's C loader (a baseline)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return [yaml.load(path.read_bytes().decode("utf-8"), Loader=loader) for path in files]


def stat_alone(folder: Path) -> list[os.stat_result]:
    """Every entry of a folder listed and stat'ed, in name order (a baseline)."""
    return [entry.stat() for entry in sorted(os.scandir(folder), key=lambda e: e.name)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--claims-per-report", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = build(Path(tmp), args.reports, args.claims_per_report)
        files = sorted((data / "reports").glob("*.yaml"))
        print(f"ledger: {args.reports:,} reports, {args.reports * args.claims_per_report:,} claims")

        def drop_cache(_n: int) -> None:
            shutil.rmtree(data / ".cache", ignore_errors=True)

        def edit_one(n: int) -> None:
            one = files[n * 7919 % len(files)]
            one.write_text(one.read_text().replace("language: en", f"language: en\nnote: e{n}"))

        load = lambda: load_claims(data, include_pending=True)  # noqa: E731
        yaml_only, _ = median_seconds(lambda: yaml_alone(files), args.runs)
        cold, rows = median_seconds(load, args.runs, drop_cache)
        load()  # the cache of the last cold run is in place: warm up the process
        warm, _ = median_seconds(load, max(args.runs, 5))
        one, _ = median_seconds(load, max(args.runs, 5), edit_one)
        stat_only, _ = median_seconds(lambda: stat_alone(data / "reports"), max(args.runs, 5))
        for label, seconds, target in (
            ("cold (no cache)", cold, 5.0),
            ("warm (unchanged)", warm, 0.5),
            ("one file changed", one, 0.2),
        ):
            verdict = "met" if seconds <= target else "NOT met"
            print(f"{label:<20} {seconds:7.3f} s  target <= {target:.1f} s: {verdict}", end="")
            print(f"  ({rows:,} rows)")
        print(f"cold / warm: {cold / warm:.0f}x   cold / one changed: {cold / one:.0f}x")
        print(
            f"baselines: YAML alone {yaml_only:.3f} s (cold / YAML: {cold / yaml_only:.1f}x);"
            f" stat alone {stat_only:.3f} s (warm / stat: {warm / stat_only:.1f}x,"
            f" one changed / stat: {one / stat_only:.1f}x)"
        )


if __name__ == "__main__":
    main()
