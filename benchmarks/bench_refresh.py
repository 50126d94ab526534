"""Speed of the main job: ``tracker refresh`` on the shipped record and on 10,000 reports.

Prints, for the shipped record (``data/``) and for a generated ledger of invented reports
(default 10,000, written into a temporary folder), the wall-clock seconds of each step
(table, export, charts, notebooks, index), the total, the CPU seconds of this process and
of its children (the notebook kernels), and the ratio to the target. Each figure is the
median of ``--runs`` runs (the ledger cache is warm after the first run of each ledger; the
first, cold table load is printed apart). At scale it also prints the most claim marks one
chart draws, so readability is measured, not assumed (a panel over ``MAX_POINTS`` claims
draws one mark per source and month).

Targets (issue 13): shipped record <= 20 s; 10,000 reports <= 90 s.
Run: python benchmarks/bench_refresh.py [--runs 3] [--reports 10000] [--no-notebooks]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tracker.paths import data_dir
from tracker.refresh import refresh
from tracker.table.ledger import dump_report

TARGETS = {"shipped": 20.0, "scale": 90.0}
STEPS = ("table", "export", "charts", "notebooks", "index")

#: Invented figure words ({n} is a number) and time words for the generated reports.
FIGURES = (
    "about {n:,} troops",
    "at least {n:,} soldiers",
    "{n:,}",
    "more than {n:,} soldiers",
    "up to {n:,}",
    "between {n:,} and {m:,}",
    "several thousand",
    "nearly {n:,} killed",
)
PAY = ("$2,000 a month", "about $2,500 a month", "$1,800 per month")
TIMES = (None, "in October", "by the end of the year", "since early August", "last week", None)
METRICS = (
    "troops_present",
    "troops_present",
    "troops_deployed_front",
    "troops_transported",
    "troops_planned",
    "killed",
    "casualties",
    "workers_sent",
    "pay",
)


def build(root: Path, reports: int, seed: int = 13) -> Path:
    """A ledger of ``reports`` invented reports (2-3 claims each) under ``root/data``."""
    rng = random.Random(seed)
    data = root / "data"
    (data / "reports").mkdir(parents=True)
    shutil.copy(data_dir() / "sources.csv", data / "sources.csv")
    shutil.copy(data_dir() / "events.csv", data / "events.csv")
    names = [
        line.split(",", 1)[0]
        for line in (data / "sources.csv").read_text(encoding="utf-8").splitlines()[1:40]
    ]
    outlets = [f"Invented Wire {i}" for i in range(60)]
    start = dt.date(2024, 10, 1)
    for index in range(reports):
        published = start + dt.timedelta(days=rng.randrange(500))
        rid = f"{published.isoformat()}-bench-{index:05d}"
        claims = []
        for _ in range(rng.choice((2, 2, 3))):
            metric = rng.choice(METRICS)
            n = rng.randrange(1, 30) * 500
            words = rng.choice(PAY) if metric == "pay" else rng.choice(FIGURES)
            claims.append(
                {
                    "figure": words.format(n=n, m=n + 2000),
                    "metric": metric,
                    "claimant": rng.choice(names),
                    "when": rng.choice(TIMES),
                }
            )
        report = {
            "id": rid,
            "outlet": rng.choice(outlets),
            "url": f"https://example.org/bench/{index}",
            "published": published,
            "language": "en",
            "claims": claims,
        }
        (data / "reports" / f"{rid}.yaml").write_text(dump_report(report), encoding="utf-8")
    return data


def run_once(data: Path | None, out: Path, notebooks: bool) -> dict[str, float]:
    """One refresh; seconds per step, total, and CPU seconds (self, children)."""
    marks: dict[str, float] = {}
    began = time.perf_counter()
    last = [began]
    before_self = time.process_time()
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN)

    def progress(line: str) -> None:
        now = time.perf_counter()
        step = re.match(r"\[\d+/\d+\] (\w+):", line)
        if step:
            marks[step.group(1)] = marks.get(step.group(1), 0.0) + now - last[0]
        last[0] = now

    refresh(data, out, progress=progress, notebooks=notebooks)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    marks["total"] = time.perf_counter() - began
    marks["cpu_self"] = time.process_time() - before_self
    marks["cpu_children"] = (after.ru_utime + after.ru_stime) - (
        before_children.ru_utime + before_children.ru_stime
    )
    return marks


def report(label: str, runs: list[dict[str, float]], target: float) -> None:
    keys = [k for k in (*STEPS, "total", "cpu_self", "cpu_children") if k in runs[0]]
    medians = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in keys}
    steps = ", ".join(f"{k} {medians[k]:.1f}" for k in STEPS if k in medians)
    print(f"{label}: median of {len(runs)} runs: total {medians['total']:.1f} s ({steps})")
    print("  (the notebooks run in their kernels while the charts are drawn: 'charts' is")
    print("  sharing the cores with them; 'notebooks' is what was left to wait for afterwards)")
    print(
        f"  cpu: this process {medians['cpu_self']:.1f} s, notebook kernels "
        f"{medians['cpu_children']:.1f} s; target {target:.0f} s; "
        f"ratio total/target {medians['total'] / target:.2f} "
        f"({'met' if medians['total'] <= target else 'NOT met'})"
    )


def most_marks(charts: Path) -> tuple[int, str]:
    """The most claim marks in one SVG chart, and the chart's name."""
    counts = [
        (svg.read_text(encoding="utf-8").count('<g id="claim-marker--'), svg.name)
        for svg in sorted(charts.glob("*.svg"))
    ]
    return max(counts) if counts else (0, "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--no-notebooks", action="store_true")
    parser.add_argument("--skip-shipped", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    notebooks = not args.no_notebooks
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if not args.skip_shipped:
            runs = [run_once(None, root / f"shipped-{i}", notebooks) for i in range(args.runs)]
            report("shipped record", runs, TARGETS["shipped"])
        if not args.skip_scale:
            began = time.perf_counter()
            data = build(root / "scale", args.reports)
            print(
                f"generated {args.reports} invented reports in {time.perf_counter() - began:.1f} s"
            )
            runs = [run_once(data, root / f"scale-{i}", notebooks) for i in range(args.runs)]
            print(f"  first run (cold ledger cache): table {runs[0].get('table', 0.0):.1f} s")
            report(f"{args.reports} reports", runs, TARGETS["scale"])
            marks, name = most_marks(root / "scale-0" / "charts")
            print(f"  most claim marks in one chart: {marks} ({name})")


if __name__ == "__main__":
    main()
