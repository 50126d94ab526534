"""The parsers are total: any string and any publication date give a result, never an exception.

Property tests (hypothesis): for any text, ``parse_figure`` / ``parse_when`` return a value or
None and ``find_figures`` / ``find_times`` / ``extract_claims`` return lists or tables; values
are finite, low <= best <= high, spans lie inside the text and periods inside 1900-2100.
The nightly-style run over a million inputs is ``make fuzz`` (benchmarks/fuzz.py).
"""

from __future__ import annotations

import datetime as dt
import math
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import examples

from tracker.claims.extract import extract_claims
from tracker.figures.parse import find_figures, parse_figure
from tracker.periods.parse import find_times, parse_when

# Words the grammars react to, so that random texts reach deep into the parsers.
WORDS = [
    "at least",
    "about",
    "between",
    "and",
    "up to",
    "thousands",
    "soldiers",
    "troops",
    "$",
    "a month",
    "1E400",
    "1e309",
    "9" * 400,
    "3,000",
    "10-12",
    "1만",
    "2천",
    "명",
    "early",
    "weekend",
    "last",
    "next",
    "year",
    "years ago",
    "400",
    "2300",
    "in",
    "by the end of",
    "October",
    "mid-December",
    "week",
    "since",
    "said",
    "the NIS",
    "\u202e",
    "\x00",
    "\u200b",
    "\n",
    ". ",
    "Oktober",
    "지난",
    "上旬",
]
LANGS = st.sampled_from(["en", "de", "ko", "fr", "ru", "ja", "xx", ""])
# extract_claims refuses an unsupported code with an error naming the supported ones
# (tests/test_extract.py); None or "" means "detect it".
EXTRACT_LANGS = st.sampled_from(["en", "de", "ko", "fr", "ru", "ja", "", None])
TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=14).map(" ".join),
)
PUBLISHED = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from(["2024-11-01", "2024-02-30", "2024-13-45", "junk", "", "9999-12-31"]),
    st.datetimes(min_value=dt.datetime(1890, 1, 1), max_value=dt.datetime(2110, 1, 1)),
)
FAST = settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)


def _check_figure(fig, text: str) -> None:
    if fig is None:
        return
    values = [v for v in (fig.low, fig.best, fig.high) if v is not None]
    assert all(math.isfinite(v) for v in values), fig
    if fig.low is not None and fig.best is not None:
        assert fig.low <= fig.best, fig
    if fig.best is not None and fig.high is not None:
        assert fig.best <= fig.high, fig
    assert 0 <= fig.start <= fig.end <= len(text)
    assert text[fig.start : fig.end] == fig.text


def _check_period(period, text: str | None = None) -> None:
    if period is None:
        return
    for day in (period.start, period.end):
        assert day is None or 1900 <= day.year <= 2100, period
    if period.start is not None and period.end is not None:
        assert period.start <= period.end, period
    if text is not None:
        assert 0 <= period.span_start <= period.span_end <= len(text), period


@FAST
@given(TEXTS, LANGS)
def test_parse_figure_and_find_figures_are_total(text, lang):
    _check_figure(parse_figure(text, lang), text)
    for fig in find_figures(text, lang):
        _check_figure(fig, text)


@FAST
@given(TEXTS, PUBLISHED, LANGS)
def test_parse_when_and_find_times_are_total(text, published, lang):
    _check_period(parse_when(text, published, lang))
    for period in find_times(text, published, lang):
        _check_period(period, text)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(TEXTS, PUBLISHED, EXTRACT_LANGS)
def test_extract_claims_is_total(text, published, lang):
    table = extract_claims(text, published, lang)
    for row in table.itertuples(index=False):
        for name in ("low", "best", "high"):
            value = getattr(row, name)
            assert value is None or value != value or math.isfinite(value)
        if row.span_start == row.span_start and row.span_start is not None:
            assert 0 <= row.span_start <= row.span_end <= len(text)


@pytest.mark.parametrize(
    "phrase", ["1E400", "1e309 soldiers", "9" * 400 + " troops", "about 1E400", "$" + "9" * 400]
)
def test_numbers_beyond_float_range_give_no_reading_or_a_finite_one(phrase):
    fig = parse_figure(phrase)
    _check_figure(fig, phrase)
    assert fig is None or fig.best is None or fig.best < 1e300


@pytest.mark.parametrize(
    ("phrase", "published"),
    [
        ("early weekend", dt.date(2024, 11, 1)),
        ("in 2300", dt.date(2024, 11, 1)),
        ("400 years ago", dt.date(2024, 11, 1)),
        ("next year", dt.date(9999, 12, 31)),
        ("next year", dt.date(1, 1, 1)),
        ("in October", "2024-02-30"),
        ("in October", "junk"),
    ],
)
def test_time_phrases_outside_the_calendar_are_none_or_inside_it(phrase, published):
    period = parse_when(phrase, published)
    _check_period(period)
    for found in find_times(phrase, published):
        _check_period(found, phrase)


def test_out_of_range_years_and_bad_dates_are_none():
    assert parse_when("in 2300", dt.date(2024, 11, 1)) is None
    assert parse_when("400 years ago", dt.date(2024, 11, 1)) is None
    assert parse_when("next year", dt.date(9999, 12, 31)) is None
    assert parse_when("in October", "2024-02-30") is None
    assert parse_when("in October", "2024-11-01").start == dt.date(2024, 10, 1)


def test_extract_claims_takes_junk_dates_as_unknown_and_long_texts_with_a_warning():
    text = "The NIS said about 2,000 soldiers arrived last week."
    for published in ("2024-02-30", "junk", dt.date(9999, 12, 31), None):
        table = extract_claims(text, published)
        assert list(table["best"]) == [2000.0]
        assert "no-publication-date" in table["flags"].iloc[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = extract_claims(text, "2024-11-01", max_chars=10)
    assert table.empty
    assert "extract_claims reads at most 10" in str(caught[0].message)
