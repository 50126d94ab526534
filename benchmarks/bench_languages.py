"""Figures, money and dates per language and per kind, against issue 12's targets.

Run: ``python benchmarks/bench_languages.py [--misses LANG/KIND] [--no-speed]``

Sources (read at ``$TRACKER_SHARED`` or ``../shared``; each part is skipped when absent):

* ``bench/recognizers/number.jsonl`` (en de es fr ko; NumberModel + NumberRangeModel) ->
  kind ``numbers``; ``currency.jsonl`` -> kind ``money``; ``datetime_en.jsonl`` and
  ``datetime_de.jsonl`` -> kinds ``dates`` (parser specs) and ``dates-model``.
* ``corpus/claims-dev.jsonl`` -> kind ``figures`` (report phrases, README scoring) and kind
  ``times`` (time phrases with a gold period and a full publication date, every gold bound
  equal; read as the ledger reads them: ``tense="auto"`` for planned claims, the events of
  ``data/events.csv`` passed in).

Scoring of the spec cases, per case:

* numbers / money: every expected entity is found (an unused figure of ours with its value,
  for ranges its bounds, for money its ISO code when upstream gives one, overlapping the
  entity's text) **and** nothing of the kind is found outside the expected entities. A
  case expecting nothing is right when we find nothing of the kind. Per entity (each
  expected entity alone) is printed beside it. English cases whose upstream reading
  contradicts DESIGN.md §3 on purpose (``conflict``: ratios, dates/IPs, ages, measures,
  ordinals, identifiers) are counted apart and left out of the headline.
* dates: each expected date / daterange (DateParser, DatePeriodParser, and the date and
  daterange entities of DateTimeModel) is a case; right when our start and end equal
  upstream's past or future reading ("raw", no convention excused). The tense passed is
  :func:`guess_tense` of the sentence (``auto`` lets bare months and weekdays take the
  nearest reading for plans). Exclusive ends upstream are made inclusive.

Speed: ``parse_figure`` phrases/s over the corpus phrases (CPU time, best of 9 runs and the
median), and ``parse_when``'s grammar on its hits (ms per phrase, uncached, median of 5).

Example:
    python benchmarks/bench_languages.py --misses en/numbers
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.figures.parse import find_figures, parse_figure  # noqa: E402
from tracker.periods.parse import guess_tense, parse_when  # noqa: E402

SHARED = Path(os.environ.get("TRACKER_SHARED") or ROOT.parent / "shared")


def _events():
    """The project's events table, or None for a checkout without one (to score old code)."""
    try:
        from tracker.table.events import load_events
    except ImportError:
        return None
    return load_events(ROOT / "data" / "events.csv")


EVENTS = _events()
RECOG = SHARED / "bench" / "recognizers"
CORPUS = SHARED / "corpus" / "claims-dev.jsonl"

#: Issue 12's targets: (language, kind) -> share of cases.
TARGETS = {
    ("en", "numbers"): 0.95,
    ("de", "numbers"): 0.85,
    ("fr", "numbers"): 0.85,
    ("es", "numbers"): 0.85,
    ("en", "dates"): 0.90,
}

CLASSES = {
    "exact": "exact",
    "approx": "approx",
    "nearly": "approx",
    "at_least": "lower",
    "more_than": "lower",
    "at_most": "upper",
    "up_to": "upper",
    "less_than": "upper",
    "range": "range",
    "vague": "vague",
    "none": "none",
}

# Upstream counts subunits in their own unit ("50 cents" = 50 Cent); we give the currency's
# own amount (0.5 USD).
SUBUNITS = {"Cent", "Pence", "Penny", "Kopek", "Centime", "Centavo", "Céntimo", "Jiao", "Fen"}

# Cases whose upstream reading contradicts DESIGN.md §3 by design: (label, pattern; "ratio" is
# matched on the expected entity texts in every language, the others on English inputs).
CONFLICTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ratio",
        re.compile(
            r"(?i)(?:\d|\b(?:one|two|three|five|ninety|un|uno|ein)|hundred)\s+"
            r"(?:over|out of|in|sur|sobre|de cada|von)\s+"
            r"(?:\d|one|two|three|five|twenty|trois|tres|vingt|veinte|cent|cien|drei)"
        ),
    ),
    ("half", re.compile(r"(?i)\bhalf\s+(?:people|of)\b|than\s+1/2")),
    ("date/ip/phone", re.compile(r"\d+[./:-]\d+[./:-]\d+|\+\d-\d|\d/\d+/\d")),
    ("age", re.compile(r"(?i)years?\s+old")),
    ("measure", re.compile(r"\d\s?(?:ml|km)\b")),
    ("identifier", re.compile(r"[A-Z]{2,}-\d")),
    ("ordinal", re.compile(r"(?i)\bthe\s+\w+(?:th|first|second)\b")),
)

_INTERVAL = re.compile(r"([\[(])\s*([^,]*)\s*,\s*([^)\]]*)\s*([\])])")


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _eq(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _conflict(case: dict) -> str | None:
    if case["model"] == "CurrencyModel":
        return None
    wanted = " | ".join(e["text"] for e in case["expected"])
    for label, pat in CONFLICTS:
        if label == "ratio" and pat.search(wanted):
            return label
        if label != "ratio" and case["lang"] == "en" and pat.search(case["input"]):
            return label
    return None


def _amount(res: dict) -> float:
    raw = str(res["value"])
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    value = float(raw)
    return value / 100 if res.get("unit") in SUBUNITS else value


def _want(case: dict) -> list[tuple[str, tuple]]:
    out = []
    for e in case["expected"]:
        res = e["resolution"]
        raw = res.get("value")
        if raw is None:
            continue
        if case["model"] == "NumberRangeModel":
            m = _INTERVAL.match(str(raw))
            if m:
                lo = float(m.group(2)) if m.group(2).strip() else None
                hi = float(m.group(3)) if m.group(3).strip() else None
                out.append((e["text"], (lo, hi)))
            continue
        try:
            out.append((e["text"], (_amount(res), res.get("isoCurrency"))))
        except ValueError:
            continue
    return out


def _interval(f) -> tuple[float | None, float | None]:
    if f.qualifier == "range":
        return f.low, f.high
    if f.qualifier in ("at_least", "more_than"):
        return f.best, None
    if f.qualifier in ("up_to", "at_most", "less_than"):
        return None, f.best
    return f.best, f.best


def _got(case: dict) -> list[tuple[int, int, tuple]]:
    model = case["model"]
    out = []
    for f in find_figures(case["input"], case["lang"]):
        if model == "CurrencyModel":
            if f.currency and f.best is not None:
                out.append((f.start, f.end, (f.best, f.currency)))
        elif model == "NumberRangeModel":
            if f.qualifier != "vague" and (f.best is not None or f.qualifier == "range"):
                out.append((f.start, f.end, _interval(f)))
        elif f.qualifier == "range":
            out.append((f.start, f.end, (f.low, None)))
            out.append((f.start, f.end, (f.high, None)))
        elif f.best is not None:
            out.append((f.start, f.end, (f.best, None)))
    return out


def _key_eq(model: str, want: tuple, got: tuple) -> bool:
    if model == "NumberRangeModel":
        return _eq(want[0], got[0]) and _eq(want[1], got[1])
    if not _eq(want[0], got[0]):
        return False
    return model != "CurrencyModel" or want[1] is None or want[1] == got[1]


def score_spec_case(case: dict) -> tuple[bool, list[bool]]:
    """(case right, one verdict per expected entity) for a number or currency spec case."""
    model = case["model"]
    want = _want(case)
    got = _got(case)
    if not want:
        if case["expected"]:
            return True, []  # unit mentions without amounts: nothing to score
        if model == "NumberRangeModel":
            got = [g for g in got if g[2][0] != g[2][1]]
        return not got, [not got]
    low_input = case["input"].lower()
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    verdicts = []
    pos = 0
    for text, key in want:
        at = low_input.find(text.lower(), pos)
        span = (at, at + len(text)) if at >= 0 else None
        if span is not None:
            spans.append(span)
            pos = at + 1
        hit = None
        for k, (s, e, gkey) in enumerate(got):
            if k in used or not _key_eq(model, key, gkey):
                continue
            if span is not None and not (s < span[1] and span[0] < e):
                continue
            hit = k
            break
        if hit is not None:
            used.add(hit)
        verdicts.append(hit is not None)
    extra = [
        g
        for k, g in enumerate(got)
        if k not in used
        and not any(g[0] < b and a < g[1] for a, b in spans)
        and not (model == "NumberRangeModel" and g[2][0] == g[2][1])  # a point is no range
    ]
    return all(verdicts) and not extra, verdicts


def _spec(kind: str, fname: str, tally: dict, misses: dict) -> None:
    path = RECOG / fname
    if not path.exists():
        print(f"{fname}: absent, skipped")
        return
    for case in _load(path):
        if _conflict(case):
            t = tally[(case["lang"], kind + " (conflict)")]
        else:
            t = tally[(case["lang"], kind)]
        try:
            ok, verdicts = score_spec_case(case)
        except Exception as exc:  # a crash is a miss, and worth seeing
            ok, verdicts = False, [False]
            case = {**case, "raised": repr(exc)}
        t[0] += ok
        t[1] += 1
        t[2] += sum(verdicts)
        t[3] += len(verdicts)
        if not ok and not _conflict(case):
            misses[(case["lang"], kind)].append(case)


# --- dates ------------------------------------------------------------------------------------


def _d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _inclusive(end: str | None) -> dt.date | None:
    return _d(end) - dt.timedelta(days=1) if end else None


def _date_cases() -> list[tuple[str, str, str, dt.date | None, str, set]]:
    """(lang, kind, text, ref, sentence, readings) for every scored date / daterange entity.

    Kind ``dates``: the parser specs (DateParser, DatePeriodParser) and, for German, which has
    only DateTimeModel, its date entities; kind ``dates-model``: English DateTimeModel entities.
    """
    out = []
    for fname in ("datetime_en.jsonl", "datetime_de.jsonl"):
        path = RECOG / fname
        if not path.exists():
            print(f"{fname}: absent, skipped")
            continue
        for case in _load(path):
            ref = _d(case.get("ref"))
            for exp in case["expected"]:
                readings: set = set()
                if case["model"] in ("DateParser", "DatePeriodParser"):
                    for side in ("future", "past"):
                        v = exp.get(side) or {}
                        if "date" in v:
                            d = None if v["date"].startswith("0001") else _d(v["date"])
                            readings.add((d, d))
                        elif v.get("startDate"):
                            readings.add((_d(v["startDate"]), _inclusive(v.get("endDate"))))
                else:
                    if exp["type"] not in ("datetimeV2.date", "datetimeV2.daterange"):
                        continue
                    for v in exp["resolution"]["values"]:
                        if "value" in v and v["value"] != "not resolved":
                            readings.add((_d(v["value"]), _d(v["value"])))
                        elif v.get("start") or v.get("end"):
                            readings.add((_d(v.get("start")), _inclusive(v.get("end"))))
                readings.discard((None, None))
                kind = "dates-model" if case["model"] == "DateTimeModel" else "dates"
                if case["lang"] != "en":
                    kind = "dates"
                if readings:
                    out.append((case["lang"], kind, exp["text"], ref, case["input"], readings))
    return out


def _matches(got: tuple, readings: set) -> bool:
    if got in readings:
        return True
    start, end = got
    return end is not None and (start, end - dt.timedelta(days=1)) in readings


def _dates(tally: dict, misses: dict) -> list[tuple[str, str]]:
    phrases = []
    for lang, kind, text, ref, sentence, readings in _date_cases():
        tense = guess_tense(sentence, lang) or "auto"
        p = parse_when(text, ref, lang, tense=tense)
        got = (p.start, p.end) if p else (None, None)
        ok = _matches(got, readings)
        t = tally[(lang, kind)]
        t[0] += ok
        t[1] += 1
        phrases.append((text, lang))
        if not ok:
            misses[(lang, kind)].append(
                {"input": text, "ref": str(ref), "want": sorted(map(str, readings)), "got": got}
            )
    return phrases


# --- report corpus ----------------------------------------------------------------------------


def _corpus(tally: dict, misses: dict) -> None:
    if not CORPUS.exists():
        print("corpus: claims-dev.jsonl absent, skipped")
        return
    for r in _load(CORPUS):
        lang = r["language"]
        f = parse_figure(r["phrase"], lang)
        gold_q = CLASSES[r["qualifier"]]
        got_q = CLASSES[f.qualifier] if f else "none"
        ok = f is not None and _eq(f.best, r["value"]) and got_q == gold_q
        if ok and f is not None and gold_q == "range":
            ok = _eq(f.low, r["low"]) and _eq(f.high, r["high"])
        t = tally[(lang, "figures")]
        t[0] += ok
        t[1] += 1
        if not ok:
            got = None if f is None else (f.low, f.best, f.high, f.qualifier, f.unit)
            misses[(lang, "figures")].append(
                {"input": r["phrase"], "want": (r["low"], r["value"], r["high"], r["qualifier"])}
                | {"got": got, "id": r["id"]}
            )
        if r["time_phrase"] and (r["period_start"] or r["period_end"]):
            pub = r["published"]
            if not pub or len(pub) != 10:
                continue  # month-only dates: bench_periods.py resolves both ends
            tense = "auto" if r.get("status") == "planned" else None  # as the ledger reads
            extra = {"events": EVENTS} if EVENTS is not None else {}
            p = parse_when(r["time_phrase"], _d(pub), lang, tense=tense, **extra)
            gold = (_d(r["period_start"]), _d(r["period_end"]))
            got_t = (p.start, p.end) if p else (None, None)
            ok_t = all(g is None or g == o for g, o in zip(gold, got_t, strict=True))
            tt = tally[(lang, "times")]
            tt[0] += ok_t
            tt[1] += 1
            if not ok_t:
                misses[(lang, "times")].append(
                    {"input": r["time_phrase"], "pub": pub, "want": gold, "got": got_t}
                )


# --- speed ------------------------------------------------------------------------------------


def _speed(date_phrases: list[tuple[str, str]]) -> None:
    if CORPUS.exists():
        phrases = [(r["phrase"], r["language"]) for r in _load(CORPUS)]
    else:
        phrases = [("at least 3,000 soldiers", "en"), ("1만 2천 명", "ko")]
    for p, lang in phrases:
        parse_figure(p, lang)
    reps = max(1, 2000 // len(phrases))
    cpu = []
    for _ in range(9):
        c0 = time.process_time()
        for _ in range(reps):
            for p, lang in phrases:
                parse_figure(p, lang)
        cpu.append(time.process_time() - c0)
    n = reps * len(phrases)
    print(
        f"speed: parse_figure {n / min(cpu):,.0f} phrases/s (CPU, best of 9; median "
        f"{n / statistics.median(cpu):,.0f})"
    )
    pub = dt.date(2024, 11, 1)
    hits = [(t, lang) for t, lang in date_phrases if parse_when(t, pub, lang, engine="grammar")]
    if not hits:
        return
    runs = []
    for _ in range(5):
        c0 = time.process_time()
        for t, lang in hits:
            parse_when(t, pub, lang, engine="grammar")
        runs.append((time.process_time() - c0) / len(hits) * 1000)
    print(
        f"speed: parse_when grammar hits {len(hits)} phrases, {statistics.median(runs):.3f} ms "
        f"per phrase (CPU, uncached, median of 5; target <= 0.05)"
    )


# --- report -----------------------------------------------------------------------------------


def _print(tally: dict) -> None:
    kinds = ("numbers", "money", "dates", "dates-model", "figures", "times")
    size = {lang: sum(t[1] for (lg, _), t in tally.items() if lg == lang) for lang, _ in tally}
    langs = sorted(size, key=lambda x: (-size[x], x))
    print("per language and kind: right/cases = share (per-entity share for spec numbers/money)")
    print(f"  {'lang':4s} " + " ".join(f"{k:>20s}" for k in kinds))
    for lang in langs:
        cells = []
        for k in kinds:
            t = tally.get((lang, k))
            if not t or not t[1]:
                cells.append(f"{'-':>20s}")
                continue
            cell = f"{t[0]}/{t[1]}={100 * t[0] / t[1]:.1f}%"
            if t[3]:
                cell += f" ({100 * t[2] / t[3]:.0f}%)"
            cells.append(f"{cell:>20s}")
        print(f"  {lang:4s} " + " ".join(cells))
    for (lang, kind), t in sorted(tally.items()):
        if kind.endswith("(conflict)") and t[1]:
            print(f"  {lang} {kind}: {t[0]}/{t[1]} (not in the headline)")
    print("targets (issue 12):")
    for (lang, kind), goal in TARGETS.items():
        t = tally.get((lang, kind))
        if not t or not t[1]:
            continue
        share = t[0] / t[1]
        mark = "met" if share >= goal else "SHORT"
        print(f"  {lang} {kind:8s} {100 * share:5.1f}% (target >= {100 * goal:.0f}%)  {mark}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", default=None, help="print misses of LANG/KIND, e.g. ko/numbers")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    tally: dict = defaultdict(lambda: [0, 0, 0, 0])
    misses: dict = defaultdict(list)
    _spec("numbers", "number.jsonl", tally, misses)
    _spec("money", "currency.jsonl", tally, misses)
    date_phrases = _dates(tally, misses)
    _corpus(tally, misses)
    _print(tally)
    if args.misses:
        lang, _, kind = args.misses.partition("/")
        for m in misses.get((lang, kind), []):
            if "expected" in m:
                want = [(e["text"], e["resolution"].get("value")) for e in m["expected"]]
                got = [
                    (f.text, f.low, f.best, f.high, f.qualifier, f.currency)
                    for f in find_figures(m["input"], m["lang"])
                ]
                print(f"  miss {m['model']} {m['input'][:90]!r}\n     want {want}\n     got  {got}")
            else:
                print(f"  miss {m}")
    if not args.no_speed:
        _speed(date_phrases)


if __name__ == "__main__":
    main()
