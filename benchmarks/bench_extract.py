"""extract_claims on real-world news texts: recall, precision and field accuracy, and speed.

Accuracy: the development set ``shared/corpus/articles-dev`` (30 paraphrased news openings in
13 languages, gold claims in ``gold.json``), scored as its README says: each proposal's
metric, qualifier class and value against the gold claims in order (one proposal per gold
claim, preferring the right period, then the right claimant); proposals that match no gold
claim and fit no ``optional`` entry are extras. Per language and in total:

- recall = matched / gold; precision = matched / (matched + extras);
- claimant = one accepted word inside ``claimant``, ``claimant_text`` or ``via``;
  registry = inside the registry-resolved ``claimant`` column alone (registry
  ``data/sources.csv``);
- period = ``period_start``/``period_end`` equal the gold's, where the gold gives them;
- metric = share of gold claims matched on figure and qualifier whose metric is allowed;
- scope = the scopes of the matched proposals (the gold does not code scope).

Speed: CPU milliseconds per 2,000 characters (median of several warm runs, one core) on the dev
texts of each language and on one 2,000-character English text; linearity as the time for
the same text repeated 4 and 16 times, over 4 and 16 times the time for it once.

The shared folder is found at ``$TRACKER_SHARED`` or ``../shared`` beside the checkout.

Run: python benchmarks/bench_extract.py [--runs N] [--misses] [--only d05,d07]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.claims.extract import propose  # noqa: E402
from tracker.claims.registry import load_registry  # noqa: E402
from tracker.figures.parse import find_figures  # noqa: E402

QCLASS = {
    "exact": "exact",
    "approx": "approx",
    "nearly": "approx",
    "at_least": "more",
    "more_than": "more",
    "up_to": "max",
    "at_most": "max",
    "less_than": "max",
    "range": "range",
    "vague": "vague",
}
FIELDS = ("recall", "precision", "claimant", "registry", "metric", "period")


def shared_dir() -> Path:
    """``$TRACKER_SHARED``, else ``../shared`` beside the checkout."""
    env = os.environ.get("TRACKER_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _figure_fits(prop: dict[str, Any], gold: dict[str, Any]) -> bool:
    qclass = QCLASS.get(str(prop.get("qualifier")), "none")
    if qclass != gold["qclass"]:
        return False
    if qclass == "vague":
        return True
    if not _close(prop.get("best"), gold.get("best")):
        return False
    if qclass == "range":
        return _close(prop.get("low"), gold.get("low")) and _close(
            prop.get("high"), gold.get("high")
        )
    return True


def _metric_fits(prop: dict[str, Any], allowed: str) -> bool:
    return allowed == "*" or prop.get("metric") in allowed.split("|")


def _day(value: Any) -> str | None:
    return None if value is None or str(value) in ("NaT", "None", "nan") else str(value)[:10]


def _period_right(prop: dict[str, Any], gold: dict[str, Any]) -> bool:
    return (
        _day(prop.get("period_start")) == gold["start"]
        and _day(prop.get("period_end")) == gold["end"]
    )


def _claimant_right(prop: dict[str, Any], gold: dict[str, Any], strict: bool) -> bool:
    fields = ("claimant",) if strict else ("claimant", "claimant_text", "via")
    have = " | ".join(str(prop.get(f) or "") for f in fields).casefold()
    return any(w.casefold() in have for w in gold["claimant"])


def _match(
    golds: list[dict[str, Any]], props: list[dict[str, Any]], with_metric: bool
) -> dict[int, int]:
    """gold index -> proposal index, as the README's matching rule says."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    for gi, gold in enumerate(golds):
        fits = [
            pi
            for pi, p in enumerate(props)
            if pi not in taken
            and _figure_fits(p, gold)
            and (not with_metric or _metric_fits(p, gold["metric"]))
        ]
        if not fits:
            continue

        def rank(pi: int, gold: dict[str, Any] = gold) -> tuple[int, int, int]:
            p = props[pi]
            period = gold["start"] is None or _period_right(p, gold)
            return (not period, not _claimant_right(p, gold, False), pi)

        best = min(fits, key=rank)
        taken.add(best)
        out[gi] = best
    return out


def _optional(prop: dict[str, Any], optionals: list[dict[str, Any]]) -> bool:
    for opt in optionals:
        if not _metric_fits(prop, opt.get("metric", "*")):
            continue
        if opt.get("best") is not None and not _close(prop.get("best"), opt["best"]):
            continue
        qc = opt.get("qclass")
        if qc and QCLASS.get(str(prop.get("qualifier")), "none") != qc:
            continue
        return True
    return False


def score_file(entry: dict[str, Any], props: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one file, and the lines that explain its misses."""
    golds = entry["claims"]
    props = [p for p in props]
    matched = _match(golds, props, with_metric=True)
    loose = _match(golds, props, with_metric=False)
    c: Counter[str] = Counter()
    notes: list[str] = []
    c["gold"] = len(golds)
    c["matched"] = len(matched)
    for gi, gold in enumerate(golds):
        want = f"{gold['qclass']} {gold.get('best')} {gold['metric']}"
        if gi not in matched:
            got = props[loose[gi]] if gi in loose else None
            notes.append(
                f"  MISSED {want} ({gold['note'][:70]})"
                + (f" -- figure found as {got['metric']}" if got else "")
            )
            continue
        p = props[matched[gi]]
        c["claimant"] += _claimant_right(p, gold, False)
        c["registry"] += _claimant_right(p, gold, True)
        if not _claimant_right(p, gold, True):
            notes.append(
                f"  claimant {want}: got {p.get('claimant')!r} / {p.get('claimant_text')!r}"
                f" / via {p.get('via')!r}; want {gold['claimant'][:4]}"
            )
        if gold["start"] is not None:
            c["period_checked"] += 1
            c["period"] += _period_right(p, gold)
            if not _period_right(p, gold):
                notes.append(
                    f"  period {want}: got {_day(p.get('period_start'))}.."
                    f"{_day(p.get('period_end'))}"
                    f" ({p.get('time_text')!r}); want {gold['start']}..{gold['end']}"
                )
        c[f"scope:{p.get('scope')}"] += 1
    c["metric_checked"] = len(loose)
    for gi, pi in loose.items():
        ok = _metric_fits(props[pi], golds[gi]["metric"])
        c["metric"] += ok
        if not ok:
            notes.append(
                f"  metric {golds[gi].get('best')}: got {props[pi]['metric']}, "
                f"want {golds[gi]['metric']}"
            )
    used = set(matched.values())
    for pi, p in enumerate(props):
        if pi in used or p.get("status") == "denied":
            continue
        if _optional(p, entry.get("optional", [])):
            c["excused"] += 1
            continue
        c["extras"] += 1
        notes.append(
            f"  EXTRA {p['figure_text']!r} {p['metric']} {p.get('qualifier')} {p.get('best')}"
            f" ({p['claimant']})"
        )
    return {"counts": c, "notes": notes}


def pct(a: float, b: float) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   n/a"


def _row(name: str, c: Counter[str]) -> str:
    figures = {
        "recall": (c["matched"], c["gold"]),
        "precision": (c["matched"], c["matched"] + c["extras"]),
        "claimant": (c["claimant"], c["matched"]),
        "registry": (c["registry"], c["matched"]),
        "metric": (c["metric"], c["metric_checked"]),
        "period": (c["period"], c["period_checked"]),
    }
    scopes = ",".join(f"{k[6:]}:{v}" for k, v in sorted(c.items()) if k.startswith("scope:") and v)
    cells = " ".join(f"{pct(*figures[f]):>9}" for f in FIELDS)
    return f"{name:<6} {c['gold']:>4} {c['matched']:>5} {c['extras']:>6} {cells}  {scopes}"


def accuracy(folder: Path, show: bool, only: set[str] | None) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    registry = load_registry(ROOT / "data" / "sources.csv")
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for name, entry in sorted(gold.items()):
        if only and name.split(".")[0] not in only:
            continue
        text = (folder / name).read_text(encoding="utf-8")
        props = propose(text, entry["published"], entry["lang"], registry=registry)
        result = score_file(entry, props)
        by_lang[entry["lang"]].update(result["counts"])
        total.update(result["counts"])
        if show and result["notes"]:
            print(f"{name} ({entry['lang']}):")
            print("\n".join(result["notes"]))
    head = " ".join(f"{f:>9}" for f in FIELDS)
    print(f"{'lang':<6} {'gold':>4} {'match':>5} {'extras':>6} {head}  scopes of matched")
    for lang in sorted(by_lang, key=lambda k: (-by_lang[k]["gold"], k)):
        print(_row(lang, by_lang[lang]))
    print(_row("all", total))


def timed(func: Any, runs: int) -> float:
    """Median CPU seconds of ``func()`` over ``runs`` warm runs.

    CPU time of this process (``time.process_time``), not wall time: the machine is shared,
    and other processes' load must not count against extraction.
    """
    func()
    samples = []
    for _ in range(runs):
        t0 = time.process_time()
        func()
        samples.append(time.process_time() - t0)
    return statistics.median(samples)


def speed(folder: Path, runs: int) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    registry = load_registry(ROOT / "data" / "sources.csv")
    per_lang: dict[str, list[float]] = defaultdict(list)
    for name, entry in sorted(gold.items()):
        text = (folder / name).read_text(encoding="utf-8")
        s = timed(
            lambda text=text, entry=entry: propose(
                text, entry["published"], entry["lang"], registry=registry
            ),
            runs,
        )
        per_lang[entry["lang"]].append(s * 1000 * 2000 / len(text))
    print("ms per 2,000 characters (median of runs, per dev text; then median per language):")
    allv = [v for vs in per_lang.values() for v in vs]
    print(
        "  "
        + "  ".join(f"{k} {statistics.median(v):.2f}" for k, v in sorted(per_lang.items()))
        + f"  | all {statistics.median(allv):.2f} (max {max(allv):.2f})"
    )
    en = [
        (folder / n).read_text(encoding="utf-8")
        for n, e in sorted(gold.items())
        if e["lang"] == "en"
    ]
    base = "\n".join(en)[:2000]
    one = timed(lambda: propose(base, "2024-11-01", "en", registry=registry), runs)
    floor = timed(lambda: find_figures(base, "en"), runs)
    print(
        f"one 2,000-character English text: {one * 1000:.2f} ms  (target <= 3 ms); "
        f"find_figures alone on it {floor * 1000:.2f} ms: extraction = {one / floor:.1f} x that"
    )
    for k in (4, 16):
        t = timed(
            lambda k=k: propose("\n".join([base] * k), "2024-11-01", "en", registry=registry),
            max(3, runs // k),
        )
        print(f"  {k:>2}x text: {t * 1000:8.2f} ms = {t / one:5.2f} x the 1x time (linear: {k})")


def invented(show: bool) -> None:
    """Figure and claim hits on the invented reports of ``tests/extract_cases.py``.

    ``CASES`` are asserted by the tests; ``HELD_OUT`` were written before the extractor ran
    on them and are never tuned. A claim hit is the whole expected tuple (figure, metric,
    status, claimant, via, time words, location).
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from extract_cases import CASES, HELD_OUT, REGISTRY_ROWS, Expected

    from tracker.claims.registry import Registry

    registry = Registry.from_rows(REGISTRY_ROWS)
    keys = ("figure_text", "metric", "status", "claimant", "via", "time_text", "location")
    for title, cases in (("invented reports (tests assert these)", CASES), ("held out", HELD_OUT)):
        expected = proposed = fig_hits = claim_hits = 0
        for case in cases:
            rows = propose(case.text, case.published, case.lang, registry=registry, ages=case.ages)
            got = [Expected(*(r.get(k) for k in keys)) for r in rows]
            want = {e.figure: e for e in case.expected}
            for g in got:
                w = want.pop(g.figure, None)
                fig_hits += w is not None
                claim_hits += w == g
                if show and w is not None and w != g:
                    print(f"  {case.name}: got {g}, want {w}")
            expected += len(case.expected)
            proposed += len(got)
        print(
            f"{title}: {len(cases)} reports, figures precision {pct(fig_hits, proposed)} recall "
            f"{pct(fig_hits, expected)}; whole claims precision {pct(claim_hits, proposed)} "
            f"recall {pct(claim_hits, expected)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--misses", action="store_true", help="print each miss and extra")
    parser.add_argument("--only", default="", help="files to score, e.g. d05,d07")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    folder = shared_dir() / "corpus" / "articles-dev"
    if not (folder / "gold.json").exists():
        print(f"no development set at {folder}: set TRACKER_SHARED; scoring the invented reports")
        invented(args.misses)
        return
    only = set(filter(None, args.only.split(","))) or None
    accuracy(folder, args.misses, only)
    print()
    invented(args.misses)
    if not args.no_speed:
        print()
        speed(folder, args.runs)


if __name__ == "__main__":
    main()
