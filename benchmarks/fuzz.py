"""Fuzz the parsers: random inputs into parse_figure, find_figures, parse_when, find_times and
extract_claims; count exceptions and broken invariants.

Invariants checked on every result: no exception; numbers finite; low <= best <= high; spans
inside the text (and ``text[start:end]`` equal to the reported words for figures); periods
inside the supported years 1900-2100 and start <= end; extract_claims rows within the text.

Inputs are built from the project's own word tables (numbers, qualifiers, calendar words in
every language), digits of every size ("1E400", 400-digit runs), unicode junk (control
characters, RTL marks, combining marks, mixed scripts), repeated tokens, and now and then a
very long text; ``published`` is a date (also far outside 1900-2100), an ISO string, junk or
None.

Run: ``python benchmarks/fuzz.py [--inputs 100000] [--seed 1] [--jobs 2]``; ``make fuzz`` runs
1,000,000 inputs.
Prints counts per function and the first examples of each failure kind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing
import random
import sys
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.claims.extract import extract_claims  # noqa: E402
from tracker.figures.parse import find_figures, parse_figure  # noqa: E402
from tracker.lexicon import calendar, figure_words  # noqa: E402
from tracker.periods.parse import find_times, parse_when  # noqa: E402

LANGS = ("en", "de", "ko", "fr", "es", "ru", "uk", "ja", "zh", "pl", "xx", "", "EN")
YEARS = (1900, 2100)
JUNK = [
    "\x00",
    "\x07",
    "\u200f",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\u0301",
    "\ud7ff",
    "\U0001f600",
    "\t",
    "\r\n",
    "\n\n",
    "  ",
    "٣",
    "۵",
    "१२",
    "〇",
    "½",
    "²",
    "Ⅻ",
    "ｱ",
    "١٢٣",
    "-",
    "–",
    "~",
    "/",
    ".",
    ",",
    "(",
    ")",
    "$",
    "€",
    "%",
    "'",
    '"',
    "«",
    "»",
    "…",
]
NUMBERS = [
    "0",
    "1",
    "3,000",
    "3.000",
    "3 000",
    "10-12",
    "1E400",
    "1e309",
    "9" * 400,
    "1" + "0" * 30,
    "-5",
    "0.0000001",
    "1.5",
    "2,5",
    "1만",
    "2천",
    "十万",
    "3万",
    "400",
    "2024",
    "2300",
    "1500",
    "0000",
    "99999",
    "12:30",
    "31.12.2024",
    "2024-02-30",
    "13/45/2024",
    "1st",
    "22nd",
]


def _vocab() -> list[str]:
    words: set[str] = set()
    for table in (calendar.MONTHS, calendar.WEEKDAYS):
        for values in table.values():
            words.update(values)
    for table in (calendar.SEASONS, calendar.UNITS):
        for values in table.values():
            words.update(values)
    for entries in calendar.WORDS.values():
        for _kind, _value, spelled in entries:
            words.update(spelled)
    for table in (figure_words.PRE_CUES, figure_words.POST_CUES, figure_words.VAGUE_WORDS):
        for values in table.values():
            words.update(values)
    for values in (*figure_words.RANGE_TO.values(), *figure_words.RANGE_AND.values()):
        words.update(values)
    words.update(figure_words.CURRENCY_WORDS)
    words.update(figure_words.PER_AFTER)
    words.update(figure_words.MEASURE_WORDS)
    words.update(["soldiers", "troops", "killed", "said", "weekend", "years ago", "ago"])
    return sorted(w for w in words if w)


VOCAB = _vocab()


def random_text(rng: random.Random, long: bool = False) -> str:
    """A random phrase (or, with ``long``, a text) of words, numbers and junk."""
    if long:
        count = rng.choice((50, 200, 1000, 5000))
    else:
        count = rng.choice((0, 1, 1, 2, 3, 3, 4, 5, 6, 8, 12, 20))
    parts = []
    for _ in range(count):
        pick = rng.random()
        if pick < 0.55:
            parts.append(rng.choice(VOCAB))
        elif pick < 0.8:
            parts.append(rng.choice(NUMBERS))
        elif pick < 0.9:
            parts.append(rng.choice(JUNK))
        elif pick < 0.95:
            parts.append("".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(5))))
        else:
            parts.append(rng.choice(VOCAB) * rng.randrange(2, 30))
        if rng.random() < 0.15 and parts:
            parts.append(parts[-1])
    sep = rng.choice((" ", " ", " ", "", ", ", ". ", "\n"))
    return sep.join(parts)


def random_published(rng: random.Random) -> Any:
    pick = rng.random()
    if pick < 0.4:
        return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(-2000, 2000))
    if pick < 0.5:
        return None
    if pick < 0.6:
        return rng.choice((dt.date.min, dt.date.max, dt.date(1, 1, 1), dt.date(9999, 12, 31)))
    if pick < 0.7:
        return dt.datetime(2024, 10, 18, 12, 30)
    if pick < 0.85:
        return rng.choice(("2024-11-01", "2024-02-30", "2024-13-45", " 2024-10-18 ", "9999-12-31"))
    return rng.choice(("junk", "", 12345, 3.5, b"2024-11-01", [], "0000-00-00"))


# --------------------------------------------------------------------------- invariants


def _finite(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isfinite(value))


def check_figure(fig: Any, text: str) -> list[str]:
    """Broken invariants of one Figure read from ``text``."""
    if fig is None:
        return []
    bad = []
    if not all(_finite(v) for v in (fig.low, fig.best, fig.high)):
        bad.append("value not finite")
    lo, best, hi = fig.low, fig.best, fig.high
    if (lo is not None and best is not None and lo > best) or (
        best is not None and hi is not None and best > hi
    ):
        bad.append("low <= best <= high broken")
    if lo is not None and hi is not None and lo > hi:
        bad.append("low <= high broken")
    if not (0 <= fig.start <= fig.end <= len(text)):
        bad.append("span outside the text")
    elif text[fig.start : fig.end] != fig.text:
        bad.append("span does not hold the figure words")
    return bad


def check_period(period: Any, text: str, spans: bool) -> list[str]:
    """Broken invariants of one Period read from ``text``."""
    if period is None:
        return []
    bad = []
    for day in (period.start, period.end):
        if day is not None and not (YEARS[0] <= day.year <= YEARS[1]):
            bad.append("period outside 1900-2100")
            break
    if period.start is not None and period.end is not None and period.start > period.end:
        bad.append("period start after end")
    if spans:
        a, b = period.span_start, period.span_end
        if a is None or b is None or not (0 <= a <= b <= len(text)):
            bad.append("span outside the text")
    return bad


def check_table(table: Any, text: str) -> list[str]:
    """Broken invariants of an extract_claims table."""
    bad = []
    for row in table.itertuples(index=False):
        for name in ("low", "best", "high"):
            value = getattr(row, name)
            if value is not None and value == value and not math.isfinite(value):
                bad.append("value not finite")
        lo, best, hi = (getattr(row, n) for n in ("low", "best", "high"))
        if lo == lo and best == best and lo is not None and best is not None and lo > best:
            bad.append("low <= best <= high broken")
        if hi == hi and best == best and hi is not None and best is not None and best > hi:
            bad.append("low <= best <= high broken")
        a, b = row.span_start, row.span_end
        if a is not None and a == a and not (0 <= a <= b <= len(text)):
            bad.append("span outside the text")
        for day in (row.period_start, row.period_end):
            if day is not None and day == day and not (YEARS[0] <= day.year <= YEARS[1]):
                bad.append("period outside 1900-2100")
    return sorted(set(bad))


# --------------------------------------------------------------------------- running

SHARES = {  # share of the inputs per function (extract_claims is the slowest)
    "parse_figure": 0.34,
    "parse_when": 0.34,
    "find_figures": 0.12,
    "find_times": 0.12,
    "extract_claims": 0.08,
}


def one_call(name: str, rng: random.Random) -> tuple[list[str], str, Any]:
    """Run one random input through ``name``; return (failures, text, published)."""
    long = name != "parse_figure" and name != "parse_when" and rng.random() < 0.002
    text = random_text(rng, long=long)
    lang = rng.choice(LANGS)
    published = random_published(rng)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if name == "parse_figure":
                return check_figure(parse_figure(text, lang), text), text, published
            if name == "find_figures":
                bad = [b for f in find_figures(text, lang) for b in check_figure(f, text)]
                return bad, text, published
            if name == "parse_when":
                period = parse_when(text, published, lang)
                return check_period(period, text, spans=False), text, published
            if name == "find_times":
                periods = find_times(text, published, lang)
                return [b for p in periods for b in check_period(p, text, True)], text, published
            table = extract_claims(text, published, lang)
            return check_table(table, text), text, published
    except Exception as err:  # noqa: BLE001 - counting them is the point
        frame = traceback.extract_tb(err.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return [f"exception {type(err).__name__} at {where}"], text, published


def run(args: tuple[str, int, int]) -> tuple[str, int, Counter[str], dict[str, str], float]:
    """Run ``count`` inputs through one function (a worker's share)."""
    name, count, seed = args
    rng = random.Random(f"{name}-{seed}")
    fails: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slowest = 0.0
    for _ in range(count):
        began = time.perf_counter()
        bad, text, published = one_call(name, rng)
        slowest = max(slowest, time.perf_counter() - began)
        for kind in set(bad):
            fails[kind] += 1
            examples.setdefault(kind, f"{text[:120]!r} published={published!r}")
    return name, count, fails, examples, slowest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)  # make fuzz: 1,000,000
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    chunks = max(args.jobs * 4, 1)
    work = []
    for name, share in SHARES.items():
        total = round(args.inputs * share)
        for part in range(chunks):
            count = total // chunks + (1 if part < total % chunks else 0)
            work.append((name, count, args.seed * 1000 + part))
    began = time.perf_counter()
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(run, work)
    else:
        results = [run(item) for item in work]
    seconds = time.perf_counter() - began
    inputs: Counter[str] = Counter()
    fails: dict[str, Counter[str]] = {name: Counter() for name in SHARES}
    examples: dict[tuple[str, str], str] = {}
    slowest: dict[str, float] = dict.fromkeys(SHARES, 0.0)
    for name, count, bad, ex, slow in results:
        inputs[name] += count
        fails[name].update(bad)
        for kind, text in ex.items():
            examples.setdefault((name, kind), text)
        slowest[name] = max(slowest[name], slow)
    total_bad = 0
    print(f"fuzz: {sum(inputs.values()):,} inputs in {seconds:.0f} s (seed {args.seed})")
    for name in SHARES:
        bad = sum(fails[name].values())
        total_bad += bad
        print(
            f"  {name:<15} {inputs[name]:>9,} inputs  {bad:>6,} failures  "
            f"slowest {slowest[name] * 1000:.0f} ms"
        )
        for kind, count in fails[name].most_common():
            print(f"      {count:>6,}  {kind}   e.g. {examples[(name, kind)]}")
    print(f"total failures: {total_bad:,}")
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())
