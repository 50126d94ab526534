"""Scale of the ledger: 10,000 reports with 50,000 claims; load_claims() cold and warm.

Prints seconds for a cold load (no cache: every file read and normalised), a warm load
(nothing changed: served from the content-hash cache) and a load after one file changed.
Target: warm <= 2 s. Run: python benchmarks/bench_ledger.py [--reports N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import tempfile
import time
from pathlib import Path

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


def timed(label: str, func) -> float:
    began = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - began
    print(f"{label:<28} {seconds:8.2f} s   ({len(result):,} rows)")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--claims-per-report", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = build(Path(tmp), args.reports, args.claims_per_report)
        print(f"ledger: {args.reports:,} reports, {args.reports * args.claims_per_report:,} claims")
        timed("cold (no cache)", lambda: load_claims(data))
        warm = timed("warm (unchanged)", lambda: load_claims(data))
        one = sorted((data / "reports").glob("*.yaml"))[0]
        one.write_text(one.read_text().replace("language: en", "language: en\nnote: edited"))
        timed("one file changed", lambda: load_claims(data))
        print(f"target warm <= 2 s: {'met' if warm <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
