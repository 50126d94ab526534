"""Figures and time phrases per language: the case tables in tests/cases/<lang>.tsv.

One row per case, tab-separated, ``#`` starts a comment line:

* ``figure  phrase  low  best  high  qualifier  unit`` -> :func:`parse_figure`
  (an empty cell is None; numbers compare within 1e-9 relative);
* ``time  phrase  published  tense  start  end`` -> :func:`parse_when` (an empty tense is
  None). Time cases with a named event get the project's events table (data/events.csv).

Example texts are our own.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from tracker.figures.parse import parse_figure
from tracker.periods.parse import parse_when
from tracker.table.events import load_events

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).with_name("cases")
EVENTS = load_events(ROOT / "data" / "events.csv")


def _rows(kind: str) -> list:
    out = []
    for path in sorted(CASES.glob("*.tsv")):
        lang = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == kind:
                out.append(pytest.param(lang, *cells[1:], id=f"{lang}:{n}:{cells[1][:30]}"))
    return out


def _num(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def test_every_language_with_cases_has_figures_and_the_tables_parse() -> None:
    langs = {p.stem for p in CASES.glob("*.tsv")}
    assert {"en", "de", "fr", "es", "ru", "uk", "ko", "zh", "ja"} <= langs
    for path in CASES.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                kind = line.split("\t")[0]
                width = {"figure": 7, "time": 6}.get(kind)
                assert width == len(line.split("\t")), (path.name, line)


@pytest.mark.parametrize(
    ("lang", "phrase", "low", "best", "high", "qualifier", "unit"), _rows("figure")
)
def test_figure_case(
    lang: str, phrase: str, low: str, best: str, high: str, qualifier: str, unit: str
) -> None:
    f = parse_figure(phrase, lang)
    assert f is not None, phrase
    got = (f.low, f.best, f.high, f.qualifier, f.unit or "")
    want = (_num(low), _num(best), _num(high), qualifier, unit)
    assert all(_same(a, b) for a, b in zip(got[:3], want[:3], strict=True)), (got, want)
    assert got[3:] == want[3:], (got, want)


@pytest.mark.parametrize(("lang", "phrase", "published", "tense", "start", "end"), _rows("time"))
def test_time_case(
    lang: str, phrase: str, published: str, tense: str, start: str, end: str
) -> None:
    p = parse_when(
        phrase, dt.date.fromisoformat(published), lang, tense=tense or None, events=EVENTS
    )
    assert p is not None, phrase
    assert (str(p.start), str(p.end)) == (start, end), p.describe()
