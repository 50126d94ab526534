"""Adding one report to a 10,000-report ledger: the duplicate index against a full scan.

Builds a ledger of invented reports (each with a URL and a stored text) in a temporary
folder, then times ``add_report`` of a new report with its text (the duplicate check by URL
and by text hash included): once cold (the index built from every file), then warm, the
median of several adds. The baseline is the check as it was before the index: read every
report file and hash every stored text. Target: warm median <= 0.5 s.

Run: python benchmarks/bench_add.py [--reports N] [--runs R]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tracker.paths import data_dir
from tracker.table.dedup import index_path
from tracker.table.files import sha256_hex
from tracker.table.ledger import add_report, dump_report, read_report
from tracker.table.urls import canonical_url

TARGET = 0.5
CLAIMS = [
    {
        "figure": "about 2,000 soldiers",
        "metric": "troops_transported",
        "claimant": "South Korea NIS",
        "when": "in October",
    }
]


def text_of(n: int) -> str:
    return (
        f"Bench dispatch {n}. According to the NIS, about 2,000 soldiers were moved by "
        f"train in October; the agency gave the figure in briefing number {n}.\n"
    )


def build(root: Path, reports: int) -> Path:
    data = root / "data"
    (data / "reports").mkdir(parents=True)
    (root / "seeds").mkdir()
    shutil.copy(data_dir() / "sources.csv", data / "sources.csv")
    for n in range(reports):
        rid = f"2024-11-01-bench-wire-{n:05d}"
        text = text_of(n)
        seed = f"seeds/{n:05d}_{sha256_hex(text)[:16]}.txt"
        (root / seed).write_text(text, encoding="utf-8")
        report = {
            "id": rid,
            "outlet": "Bench Wire",
            "url": f"https://example.org/world/{n}",
            "published": "2024-11-01",
            "language": "en",
            "text": seed,
            "claims": CLAIMS,
        }
        (data / "reports" / f"{rid}.yaml").write_text(dump_report(report), encoding="utf-8")
    return data


def full_scan(data: Path, url: str, text_hash: str) -> bool:
    """The duplicate check before the index: every report file read, every text hashed."""
    want = canonical_url(url)
    for path in sorted((data / "reports").glob("*.yaml")):
        report = read_report(path)
        if canonical_url(report.get("url")) == want:
            return True
        stored = data.parent / str(report.get("text") or "")
        if report.get("text") and sha256_hex(stored.read_bytes()) == text_hash:
            return True
    return False


def add_one(data: Path, n: int) -> float:
    meta = {
        "url": f"https://example.org/new/{n}",
        "outlet": "Bench Wire",
        "published": "2024-11-02",
        "language": "en",
    }
    began = time.perf_counter()
    add_report(meta, text_of(100_000 + n), CLAIMS, data)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        data = build(Path(tmp), args.reports)
        built = time.perf_counter() - began
        print(f"ledger: {args.reports:,} reports with stored texts ({built:.1f} s to write)")
        began = time.perf_counter()
        full_scan(data, "https://example.org/none", sha256_hex("none"))
        baseline = time.perf_counter() - began
        print(f"baseline: duplicate check by reading every file   {baseline:8.3f} s")
        cold = add_one(data, 0)
        print(f"add one report, cold (index built from all files)  {cold:8.3f} s")
        warm = [add_one(data, n) for n in range(1, args.runs + 1)]
        median = statistics.median(warm)
        print(
            f"add one report, warm (median of {args.runs})              {median:8.3f} s"
            f"   (min {min(warm):.3f}, max {max(warm):.3f})"
        )
        print(f"index: {index_path(data).stat().st_size:,} bytes")
        print(f"baseline / warm: {baseline / median:.0f}x")
        print(f"target warm median <= {TARGET} s: {'met' if median <= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
