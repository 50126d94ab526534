"""extract_claims: precision and recall over our test reports, and speed per 2,000 characters.

Accuracy: the seed report (ages asked, registry data/sources.csv) and the invented reports
of tests/extract_cases.py (their own registry); then, apart, the held-out reports there,
written before the extractor ran on them. A proposal is a *figure hit* when its figure
words are an expected figure, and a *claim hit* when the whole expected tuple (figure,
metric, status, claimant, via, time words, location) is right. Field accuracy is over
figure hits.

Speed: a 2,000-character English article built from the seed and the English test
reports, warm, one core; beside it dateparser's ``search_dates`` on the same text (one
language, publication date as the relative base) as a ratio. Target: <= 10 ms per article.

Run: python benchmarks/bench_extract.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from extract_cases import CASES, HELD_OUT, REGISTRY_ROWS, Expected  # noqa: E402

from tracker.claims.extract import extract_claims, propose, split_sentences  # noqa: E402
from tracker.claims.registry import Registry, load_registry  # noqa: E402
from tracker.figures.parse import find_figures  # noqa: E402
from tracker.periods.parse import find_times  # noqa: E402

FIELDS = Expected._fields
SEED = ROOT / "seeds" / "000_fa9f0326c5be52ea.txt"
SEED_EXPECTED = (
    Expected(
        "thousands of Korean soldiers",
        "troops_present",
        "reported",
        "unattributed",
        None,
        None,
        "Kursk region",
    ),
    Expected(
        "several thousand soldiers",
        "troops_present",
        "reported",
        "Western officials",
        None,
        None,
        "Kursk region",
    ),
    Expected(
        "around 20 years old",
        "other",
        "reported",
        "South Korea military sources",
        "JoongAng > military sources",
        None,
        "Russia",
    ),
    Expected(
        "$2,000 per month",
        "pay",
        "reported",
        "South Korea military sources",
        "JoongAng > military sources",
        None,
        None,
    ),
    Expected(
        "at least 3,000 soldiers",
        "troops_transported",
        "reported",
        "US and South Korea governments",
        None,
        "in October",
        "North Korea to Russia",
    ),
    Expected(
        "10,000 military personnel",
        "troops_planned",
        "planned",
        "US and South Korea governments",
        None,
        "By the end of the year",
        None,
    ),
    Expected(
        "about 2,000 North Korean soldiers",
        "troops_transported",
        "reported",
        "Japanese and Ukrainian media",
        None,
        "On Thursday",
        "European part of the country",
    ),
)
PUBLISHED = dt.date(2024, 11, 1)


def _plain(value):
    return None if value is None or str(value) in ("<NA>", "nan", "NaT") else value


def _proposed(table) -> list[Expected]:
    return [
        Expected(
            *(
                _plain(row[c])
                for c in (
                    "figure_text",
                    "metric",
                    "status",
                    "claimant",
                    "via",
                    "time_text",
                    "location",
                )
            )
        )
        for _, row in table.iterrows()
    ]


def accuracy(title: str, cases, with_seed: bool) -> None:
    print(f"== {title}")
    suites = []
    seed_registry = ROOT / "data" / "sources.csv"
    if with_seed and seed_registry.exists():
        table = extract_claims(
            SEED.read_text(encoding="utf-8"),
            PUBLISHED,
            "en",
            registry=load_registry(seed_registry),
            ages=True,
        )
        suites.append(("seed", SEED_EXPECTED, _proposed(table)))
    registry = Registry.from_rows(REGISTRY_ROWS)
    for case in cases:
        table = extract_claims(
            case.text, case.published, case.lang, registry=registry, ages=case.ages
        )
        suites.append((case.name, case.expected, _proposed(table)))

    n_expected = n_proposed = fig_hits = claim_hits = 0
    field_right = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    print(f"{'report':<32} {'expected':>8} {'proposed':>8} {'fig hit':>8} {'claim hit':>9}")
    for name, expected, proposed in suites:
        by_figure = {e.figure: e for e in expected}
        f_hits = c_hits = 0
        for p in proposed:
            want = by_figure.pop(p.figure, None)  # each expected claim matches once
            if want is None:
                misses.append(
                    f"  {name}: not a claim (or a second copy): {p.figure!r} "
                    f"({p.metric}, {p.claimant})"
                )
                continue
            f_hits += 1
            c_hits += p == want
            for field in FIELDS:
                field_right[field] += getattr(p, field) == getattr(want, field)
                if getattr(p, field) != getattr(want, field):
                    misses.append(
                        f"  {name}: {p.figure!r} {field}: got {getattr(p, field)!r}, "
                        f"want {getattr(want, field)!r}"
                    )
        found = {p.figure for p in proposed}
        misses += [f"  {name}: missed {e.figure!r}" for e in expected if e.figure not in found]
        print(f"{name:<32} {len(expected):>8} {len(proposed):>8} {f_hits:>8} {c_hits:>9}")
        n_expected += len(expected)
        n_proposed += len(proposed)
        fig_hits += f_hits
        claim_hits += c_hits

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "  n/a"

    print()
    print(
        f"figures: precision {pct(fig_hits, n_proposed)}  recall {pct(fig_hits, n_expected)}"
        f"  ({fig_hits} of {n_proposed} proposed, {n_expected} expected)"
    )
    print(
        f"claims (whole tuple): precision {pct(claim_hits, n_proposed)}  "
        f"recall {pct(claim_hits, n_expected)}"
    )
    print(
        "field accuracy on figure hits: "
        + ", ".join(f"{f} {pct(field_right[f], fig_hits)}" for f in FIELDS[1:])
    )
    if misses:
        print("misses:")
        print("\n".join(misses))


def article(size: int = 2000) -> str:
    """About ``size`` characters of English report text, cut at a sentence end."""
    parts = [SEED.read_text(encoding="utf-8")]
    parts += [c.text for c in CASES if c.lang == "en"]
    text = "\n".join(parts)
    cut = max(b for a, b, _ in split_sentences(text) if b <= size)
    return text[:cut]


def timed(func, runs: int) -> float:
    """Median seconds of ``func()`` over ``runs`` warm runs."""
    for _ in range(3):
        func()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def speed(runs: int) -> None:
    text = article()
    registry = Registry.from_rows(REGISTRY_ROWS)
    ours = timed(lambda: propose(text, PUBLISHED, "en", registry=registry), runs)
    table = timed(lambda: extract_claims(text, PUBLISHED, "en", registry=registry), runs)
    figs = timed(lambda: find_figures(text, "en"), runs)
    times = timed(lambda: find_times(text, PUBLISHED, "en"), runs)

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(PUBLISHED, dt.time())}
    dp = timed(lambda: search_dates(text, languages=["en"], settings=settings), max(5, runs // 5))
    n = len(propose(text, PUBLISHED, "en", registry=registry))
    print()
    print(f"article: {len(text)} characters, {n} claims proposed")
    print(f"extract (rows):        {ours * 1000:7.2f} ms / article   (target <= 10 ms)")
    print(f"extract_claims (frame): {table * 1000:6.2f} ms / article")
    print(
        f"  of which find_figures on the whole text: {figs * 1000:.2f} ms;"
        f" find_times on the whole text would take {times * 1000:.2f} ms (we read only"
        " the sentences with figures)"
    )
    print(
        f"dateparser search_dates: {dp * 1000:6.2f} ms / article;"
        f" ratio search_dates / extract_claims = {dp / table:.1f}x"
        f" (/ rows: {dp / ours:.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    accuracy("seed + test reports (tests assert these)", CASES, with_seed=True)
    print()
    accuracy("held-out reports (written before running, never tuned)", HELD_OUT, with_seed=False)
    speed(args.runs)


if __name__ == "__main__":
    main()
