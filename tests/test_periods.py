"""Tests for tracker.periods.parse: parse_when, find_times, asof (our own phrases)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from tracker.periods.parse import (
    KINDS,
    NEEDS_PUBLICATION_DATE,
    PRECISIONS,
    Period,
    asof,
    find_times,
    guess_tense,
    parse_when,
)

D = dt.date
FRI = D(2024, 11, 1)  # publication date used by most tables (a Friday)


def key(p: Period | None) -> tuple | None:
    """The resolved meaning of a Period: (start, end, kind, precision)."""
    return None if p is None else (p.start, p.end, p.kind, p.precision)


# --- weekdays, for every publication weekday (Mon 2024-10-28 .. Sun 2024-11-03)

WEEK = [D(2024, 10, 28) + dt.timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (WEEK[0], D(2024, 10, 24)),
        (WEEK[1], D(2024, 10, 24)),
        (WEEK[2], D(2024, 10, 24)),
        (WEEK[3], D(2024, 10, 31)),
        (WEEK[4], D(2024, 10, 31)),
        (WEEK[5], D(2024, 10, 31)),
        (WEEK[6], D(2024, 10, 31)),
    ],
)
def test_on_thursday_looks_back_from_every_weekday(published, expected):
    assert key(parse_when("on Thursday", published)) == (expected, expected, "point", "day")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (WEEK[0], D(2024, 11, 4)),
        (WEEK[1], D(2024, 11, 4)),
        (WEEK[2], D(2024, 11, 4)),
        (WEEK[3], D(2024, 11, 4)),
        (WEEK[4], D(2024, 11, 4)),
        (WEEK[5], D(2024, 11, 4)),
        (WEEK[6], D(2024, 11, 4)),
    ],
)
def test_by_monday_is_a_deadline_from_every_weekday(published, expected):
    assert key(parse_when("by Monday", published)) == (published, expected, "deadline", "day")


@pytest.mark.parametrize(
    ("published", "tense", "expected"),
    [
        (WEEK[0], "future", D(2024, 10, 30)),
        (WEEK[2], "future", D(2024, 11, 6)),
        (WEEK[6], "future", D(2024, 11, 6)),
        (WEEK[2], "past", D(2024, 10, 30)),
        (WEEK[0], "past", D(2024, 10, 23)),
    ],
)
def test_weekday_direction_from_tense(published, tense, expected):
    got = parse_when("on Wednesday", published, tense=tense)
    assert key(got) == (expected, expected, "point", "day")


# --- relative weeks and months (published Fri 2024-11-01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", (D(2024, 10, 21), D(2024, 10, 27), "period", "week")),
        ("this week", (D(2024, 10, 28), D(2024, 11, 1), "period", "week")),
        ("the week before last", (D(2024, 10, 14), D(2024, 10, 20), "period", "week")),
        ("last month", (D(2024, 10, 1), D(2024, 10, 31), "period", "month")),
        ("earlier this month", (D(2024, 11, 1), D(2024, 11, 1), "period", "month")),
        ("two weeks ago", (D(2024, 10, 18), D(2024, 10, 18), "point", "day")),
        ("in the past week", (D(2024, 10, 25), D(2024, 11, 1), "period", "week")),
        ("over the last year", (D(2023, 11, 1), D(2024, 11, 1), "period", "year")),
        ("last year", (D(2023, 1, 1), D(2023, 12, 31), "period", "year")),
        ("yesterday", (D(2024, 10, 31), D(2024, 10, 31), "point", "day")),
        ("on Monday last week", (D(2024, 10, 21), D(2024, 10, 21), "point", "day")),
        ("vorige Woche", (D(2024, 10, 21), D(2024, 10, 27), "period", "week")),
    ],
)
def test_relative_weeks_and_months(text, expected):
    lang = "de" if text == "vorige Woche" else "en"
    assert key(parse_when(text, FRI, lang)) == expected


def test_earlier_in_the_month_runs_to_publication():
    got = parse_when("earlier in October", D(2024, 10, 18))
    assert key(got) == (D(2024, 10, 1), D(2024, 10, 18), "period", "month")


# --- months and years, with and without a year, with direction


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("in October", "en", (D(2024, 10, 1), D(2024, 10, 31), "period", "month")),
        ("by December", "en", (FRI, D(2024, 12, 31), "deadline", "month")),
        ("by March", "en", (FRI, D(2025, 3, 31), "deadline", "month")),
        ("last November", "en", (D(2023, 11, 1), D(2023, 11, 30), "period", "month")),
        ("in November 2024", "en", (D(2024, 11, 1), D(2024, 11, 30), "period", "month")),
        ("у грудні 2025-го", "uk", (D(2025, 12, 1), D(2025, 12, 31), "period", "month")),
        ("10월", "ko", (D(2024, 10, 1), D(2024, 10, 31), "period", "month")),
        ("12월경", "ko", (D(2023, 12, 1), D(2023, 12, 31), "period", "month")),
        ("im Oktober", "de", (D(2024, 10, 1), D(2024, 10, 31), "period", "month")),
        ("en octobre 2023", "fr", (D(2023, 10, 1), D(2023, 10, 31), "period", "month")),
        ("w październiku", "pl", (D(2024, 10, 1), D(2024, 10, 31), "period", "month")),
        ("в сентябре", "ru", (D(2024, 9, 1), D(2024, 9, 30), "period", "month")),
        ("in 2023", "en", (D(2023, 1, 1), D(2023, 12, 31), "period", "year")),
        ("2024年", "zh", (D(2024, 1, 1), D(2024, 12, 31), "period", "year")),
        ("今年4月", "zh", (D(2024, 4, 1), D(2024, 4, 30), "period", "month")),
        ("지난 6월", "ko", (D(2024, 6, 1), D(2024, 6, 30), "period", "month")),
        ("September last year", "en", (D(2023, 9, 1), D(2023, 9, 30), "period", "month")),
    ],
)
def test_months_and_years(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == expected


def test_bare_month_looks_forward_with_future_tense():
    got = parse_when("in December", FRI, tense="future")
    assert key(got) == (D(2024, 12, 1), D(2024, 12, 31), "period", "month")


def test_current_month_is_clipped_at_publication():
    got = parse_when("in December", D(2024, 12, 19))
    assert got == Period(
        D(2024, 12, 1),
        D(2024, 12, 19),
        "period",
        "month",
        "in December",
        convention="direction=past (default); current period clipped at publication",
        span_start=0,
        span_end=11,
    )


# --- parts of months and years, halves, quarters, seasons


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("mid-December 2024", "en", (D(2024, 12, 11), D(2024, 12, 20), "period", "month")),
        ("early October", "en", (D(2024, 10, 1), D(2024, 10, 10), "period", "month")),
        ("late September", "en", (D(2024, 9, 21), D(2024, 9, 30), "period", "month")),
        ("early 2025", "en", (D(2025, 1, 1), D(2025, 4, 30), "period", "year")),
        ("mid-2023", "en", (D(2023, 5, 1), D(2023, 8, 31), "period", "year")),
        ("late fall", "en", (D(2024, 11, 1), D(2024, 11, 1), "period", "season")),
        ("last fall", "en", (D(2023, 9, 1), D(2023, 11, 30), "period", "season")),
        ("à l'automne 2023", "fr", (D(2023, 9, 1), D(2023, 11, 30), "period", "season")),
        ("winter 2023", "en", (D(2023, 12, 1), D(2024, 2, 29), "period", "season")),
        ("Q1 2025", "en", (D(2025, 1, 1), D(2025, 3, 31), "period", "quarter")),
        ("the third quarter of 2024", "en", (D(2024, 7, 1), D(2024, 9, 30), "period", "quarter")),
        (
            "w trzecim kwartale 2024 roku",
            "pl",
            (D(2024, 7, 1), D(2024, 9, 30), "period", "quarter"),
        ),
        ("first half of 2025", "en", (D(2025, 1, 1), D(2025, 6, 30), "period", "half")),
        ("2025년 초", "ko", (D(2025, 1, 1), D(2025, 4, 30), "period", "year")),
        ("2025년 6월 중순", "ko", (D(2025, 6, 11), D(2025, 6, 20), "period", "month")),
        ("a metà ottobre", "it", (D(2024, 10, 11), D(2024, 10, 20), "period", "month")),
        ("Ende September", "de", (D(2024, 9, 21), D(2024, 9, 30), "period", "month")),
    ],
)
def test_parts_halves_quarters_seasons(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == expected


def test_part_records_its_convention():
    got = parse_when("mid-December 2024", FRI)
    assert (got.convention, got.flag) == ("early/mid/late month=1-10/11-20/21-end", None)


# --- deadlines, open starts, explicit ranges


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("by the end of the year", "en", (FRI, D(2024, 12, 31), "deadline", "year")),
        ("no later than December 15", "en", (FRI, D(2024, 12, 15), "deadline", "day")),
        ("until March", "en", (FRI, D(2025, 3, 31), "deadline", "month")),
        ("within two weeks", "en", (FRI, D(2024, 11, 15), "deadline", "week")),
        ("연말까지", "ko", (FRI, D(2024, 12, 31), "deadline", "year")),
        ("12月底前", "zh", (FRI, D(2024, 12, 31), "deadline", "month")),
        ("12月までに", "ja", (FRI, D(2024, 12, 31), "deadline", "month")),
        ("bis Ende des Jahres", "de", (FRI, D(2024, 12, 31), "deadline", "year")),
        ("since February", "en", (D(2024, 2, 1), FRI, "since", "month")),
        ("since early August", "en", (D(2024, 8, 1), FRI, "since", "month")),
        ("since crossing the border in July", "en", (D(2024, 7, 1), FRI, "since", "month")),
        ("9월부터", "ko", (D(2024, 9, 1), FRI, "since", "month")),
        ("seit Juli", "de", (D(2024, 7, 1), FRI, "since", "month")),
    ],
)
def test_deadlines_and_open_starts(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("between Tuesday and Sunday of last week", "en", (D(2024, 10, 22), D(2024, 10, 27))),
        ("from the 3rd to the 9th of October", "en", (D(2024, 10, 3), D(2024, 10, 9))),
        ("지난 8~13일", "ko", (D(2024, 10, 8), D(2024, 10, 13))),
        ("between January and March", "en", (D(2024, 1, 1), D(2024, 3, 31))),
        ("between May 2023 and February 2024", "en", (D(2023, 5, 1), D(2024, 2, 29))),
        ("od lipca do września", "pl", (D(2024, 7, 1), D(2024, 9, 30))),
        ("von Januar bis Februar 2025", "de", (D(2025, 1, 1), D(2025, 2, 28))),
        ("late July or early August", "en", (D(2024, 7, 21), D(2024, 8, 10))),
    ],
)
def test_explicit_ranges(text, lang, expected):
    got = parse_when(text, FRI, lang)
    assert (got.start, got.end, got.kind) == (*expected, "period")


# --- absolute dates in each locale's order


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Monday, October 21, 2024", "en", D(2024, 10, 21)),
        ("21 October 2024", "en", D(2024, 10, 21)),
        ("10/21/2024", "en", D(2024, 10, 21)),
        ("21.10.2024", "de", D(2024, 10, 21)),
        ("21/10/2024", "fr", D(2024, 10, 21)),
        ("2024-10-21", "en", D(2024, 10, 21)),
        ("2024년 10월 3일", "ko", D(2024, 10, 3)),
        ("2024年10月3日", "ja", D(2024, 10, 3)),
        ("3 октября 2024 года", "ru", D(2024, 10, 3)),
        ("21 października 2024", "pl", D(2024, 10, 21)),
        ("am 2. Oktober 2024", "de", D(2024, 10, 2)),
        ("Giovedì 3 ottobre 2024", "it", D(2024, 10, 3)),
    ],
)
def test_absolute_dates(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == (expected, expected, "point", "day")


# --- as-of, vague words


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("as of October 15", "en", (D(2024, 10, 15), D(2024, 10, 15), "asof", "day")),
        ("as of mid-October", "en", (D(2024, 10, 15), D(2024, 10, 15), "asof", "month")),
        ("станом на середину жовтня", "uk", (D(2024, 10, 15), D(2024, 10, 15), "asof", "month")),
        ("so far", "en", (FRI, FRI, "asof", "day")),
        ("현재까지", "ko", (FRI, FRI, "asof", "day")),
        ("recently", "en", (None, FRI, "period", "unknown")),
        ("in the coming months", "en", (FRI, None, "period", "unknown")),
    ],
)
def test_asof_and_vague(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == expected


def test_asof_helper():
    assert asof(FRI) == Period(FRI, FRI, "asof", "day", "", source="publication")
    assert asof(None) == Period(
        None, None, "asof", "day", "", flag=NEEDS_PUBLICATION_DATE, source="publication"
    )


# --- not a time


@pytest.mark.parametrize(
    "text",
    [
        "may",
        "sat",
        "We",
        "a second",
        "$2,000 a month",
        "May",
        "",
        "   ",
        "hello world",
        "3,000",
        "15",
        "3.5",
    ],
)
def test_words_that_are_not_a_time(text):
    assert parse_when(text, FRI) is None


def test_ambiguous_month_needs_a_cue():
    assert key(parse_when("in May", FRI)) == (D(2024, 5, 1), D(2024, 5, 31), "period", "month")


# --- no publication date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("in November 2024", "en", (D(2024, 11, 1), D(2024, 11, 30), "period", "month", None)),
        ("21.10.2024", "de", (D(2024, 10, 21), D(2024, 10, 21), "point", "day", None)),
        ("last week", "en", (None, None, "period", "week", NEEDS_PUBLICATION_DATE)),
        ("in October", "en", (None, None, "period", "month", NEEDS_PUBLICATION_DATE)),
        ("Thursday", "en", (None, None, "point", "day", NEEDS_PUBLICATION_DATE)),
        (
            "by the end of 2024",
            "en",
            (None, D(2024, 12, 31), "deadline", "year", NEEDS_PUBLICATION_DATE),
        ),
        (
            "von Januar bis Februar 2025",
            "de",
            (D(2025, 1, 1), D(2025, 2, 28), "period", "month", None),
        ),
    ],
)
def test_without_publication_date(text, lang, expected):
    got = parse_when(text, None, lang)
    assert (got.start, got.end, got.kind, got.precision, got.flag) == expected


# --- find_times


def test_find_times_spans_in_order():
    text = (
        "Officials said on Thursday that 3,000 arrived in October; "
        "more will come by the end of the year."
    )
    got = [
        (p.text, p.span_start, p.span_end, p.start, p.end, p.kind) for p in find_times(text, FRI)
    ]
    assert got == [
        ("on Thursday", 15, 26, D(2024, 10, 31), D(2024, 10, 31), "point"),
        ("in October", 46, 56, D(2024, 10, 1), D(2024, 10, 31), "period"),
        ("by the end of the year", 73, 95, FRI, D(2024, 12, 31), "deadline"),
    ]
    assert all(text[p.span_start : p.span_end] == p.text for p in find_times(text, FRI))


@pytest.mark.parametrize(
    "text",
    [
        "Each soldier is paid $2,000 a month.",
        "Between 10-12 thousand troops were sent.",
        "May God help them, we sat down on a second bench.",
        "The figure rose 3.5 percent.",
    ],
)
def test_find_times_ignores_non_times(text):
    assert find_times(text, FRI) == []


def test_find_times_auto_tense():
    text = "They arrived in March, and more will be sent in December."
    got = [(p.text, p.start, p.end) for p in find_times(text, FRI, tense="auto")]
    assert got == [
        ("in March", D(2024, 3, 1), D(2024, 3, 31)),
        ("in December", D(2024, 12, 1), D(2024, 12, 31)),
    ]


# --- describe, vocabularies, tense guess


def test_describe():
    got = parse_when("by the end of the year", FRI)
    assert str(got) == (
        '2024-11-01..2024-12-31 deadline (year) "by the end of the year" '
        "[early/mid/late year=Jan-Apr/May-Aug/Sep-Dec; deadline=publication .. end]"
    )


def test_vocabularies():
    assert (KINDS, PRECISIONS) == (
        ("point", "period", "deadline", "since", "asof"),
        ("day", "week", "month", "quarter", "season", "half", "year", "unknown"),
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("They will send 2,000 more.", "en", "future"),
        ("They sent 2,000 more.", "en", None),
        ("추가 파병할 예정이다", "ko", "future"),
    ],
)
def test_guess_tense(sentence, lang, expected):
    assert guess_tense(sentence, lang) == expected


# --- property: any string gives a Period or None, never raises, start <= end

LANGS = ["en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "ko", "ja", "zh", "nl"]
WORDS = st.sampled_from(
    [
        "in",
        "by",
        "since",
        "until",
        "the",
        "last",
        "next",
        "early",
        "mid",
        "late",
        "end",
        "of",
        "October",
        "May",
        "Monday",
        "week",
        "month",
        "year",
        "2024",
        "21",
        "3rd",
        "Q1",
        "between",
        "and",
        "-",
        "or",
        "ago",
        "within",
        "two",
        "지난",
        "월",
        "일",
        "까지",
        "部",
        "月",
        "年",
        "前",
        "昨年",
        "im",
        "seit",
        "bis",
        "w",
        "do",
        "od",
        "в",
        "с",
        "до",
    ]
)


@settings(max_examples=examples(300), deadline=None)
@given(
    text=st.one_of(st.text(max_size=40), st.lists(WORDS, max_size=6).map(" ".join)),
    published=st.one_of(st.none(), st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31))),
    lang=st.sampled_from(LANGS),
    tense=st.sampled_from([None, "past", "future"]),
)
def test_any_string_gives_period_or_none(text, published, lang, tense):
    got = parse_when(text, published, lang, tense=tense)
    assert got is None or isinstance(got, Period)
    if got is not None:
        assert got.kind in KINDS and got.precision in PRECISIONS
        if got.start is not None and got.end is not None:
            assert got.start <= got.end
    for p in find_times(text, published, lang):
        assert p.start is None or p.end is None or p.start <= p.end


# --- number words inside dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the twenty-third of March", (D(2024, 3, 23), D(2024, 3, 23), "point", "day")),
        ("March twenty one", (D(2024, 3, 21), D(2024, 3, 21), "point", "day")),
        (
            "fifth of June, nineteen ninety eight",
            (D(1998, 6, 5), D(1998, 6, 5), "point", "day"),
        ),
        ("in nineteen eighty", (D(1980, 1, 1), D(1980, 12, 31), "period", "year")),
        ("in two thousand and nine", (D(2009, 1, 1), D(2009, 12, 31), "period", "year")),
        ("the eighties", (D(1980, 1, 1), D(1989, 12, 31), "period", "year")),
        ("in the '90s", (D(1990, 1, 1), D(1999, 12, 31), "period", "year")),
        ("the 12", (D(2024, 10, 12), D(2024, 10, 12), "point", "day")),
        ("on the twelfth", (D(2024, 10, 12), D(2024, 10, 12), "point", "day")),
        ("the 21st century", (D(2000, 1, 1), D(2099, 12, 31), "period", "year")),
    ],
)
def test_number_words_in_dates(text, expected):
    assert key(parse_when(text, FRI)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two thousand troops arrived.",
        "Most of them are in their 20s.",
        "The second wave came later.",
    ],
)
def test_number_words_that_are_not_dates(text):
    assert find_times(text, FRI) == []


# --- compound amounts of time and offsets from a relative day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 months 10 days ago", (D(2024, 7, 22), D(2024, 7, 22), "point", "day")),
        ("1 year and 2 months later", (D(2026, 1, 1), D(2026, 1, 1), "point", "day")),
        ("three days from tomorrow", (D(2024, 11, 5), D(2024, 11, 5), "point", "day")),
        ("two days before yesterday", (D(2024, 10, 29), D(2024, 10, 29), "point", "day")),
        ("within 1 year 6 months", (FRI, D(2026, 5, 1), "deadline", "month")),
        ("for 5 days from today", (FRI, D(2024, 11, 5), "period", "day")),
        ("a week starting tomorrow", (D(2024, 11, 2), D(2024, 11, 8), "period", "day")),
    ],
)
def test_compound_amounts_and_durations(text, expected):
    assert key(parse_when(text, FRI)) == expected


# --- numbered weeks (ISO 8601), the week of a date, days of a week


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("week 5 of 2025", (D(2025, 1, 27), D(2025, 2, 2), "period", "week")),
        ("week 44", (D(2024, 10, 28), FRI, "period", "week")),  # current week: clipped
        ("the second week of 2026", (D(2026, 1, 5), D(2026, 1, 11), "period", "week")),
        ("the last week of 2024", (D(2024, 12, 23), D(2024, 12, 29), "period", "week")),
        ("the first week of next year", (D(2024, 12, 30), D(2025, 1, 5), "period", "week")),
        ("the week of the 16th", (D(2024, 10, 14), D(2024, 10, 20), "period", "week")),
        ("w/c 7 October", (D(2024, 10, 7), D(2024, 10, 13), "period", "week")),
        ("the week beginning 9 September", (D(2024, 9, 9), D(2024, 9, 15), "period", "week")),
        (
            "next week between Tuesday and Thursday",
            (D(2024, 11, 5), D(2024, 11, 7), "period", "day"),
        ),
    ],
)
def test_numbered_weeks_and_weeks_of_a_date(text, expected):
    assert key(parse_when(text, FRI)) == expected


# --- month-year in digits, glued dates, weekday with a day of the month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023 - 08", (D(2023, 8, 1), D(2023, 8, 31), "period", "month")),
        ("08 / 2023", (D(2023, 8, 1), D(2023, 8, 31), "period", "month")),
        ("2023-aug-15", (D(2023, 8, 15), D(2023, 8, 15), "point", "day")),
        ("Friday the 13th", (D(2024, 9, 13), D(2024, 9, 13), "point", "day")),
        ("November between 4 and 8", (D(2023, 11, 4), D(2023, 11, 8), "period", "day")),
        ("from October to January", (D(2024, 10, 1), D(2025, 1, 31), "period", "month")),
        ("the next decade", (D(2030, 1, 1), D(2039, 12, 31), "period", "unknown")),
    ],
)
def test_digits_glued_dates_and_ranges(text, expected):
    assert key(parse_when(text, FRI)) == expected


# --- holidays (fixed, and Easter-based computed per year)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Christmas", "en", (D(2023, 12, 25), D(2023, 12, 25), "point", "day")),
        ("by Christmas", "en", (FRI, D(2024, 12, 25), "deadline", "day")),
        ("Easter 2025", "en", (D(2025, 4, 20), D(2025, 4, 20), "point", "day")),
        ("New Year's Eve 2024", "en", (D(2024, 12, 31), D(2024, 12, 31), "point", "day")),
        ("Ostern 2024", "de", (D(2024, 3, 31), D(2024, 3, 31), "point", "day")),
        ("Pfingstmontag 2025", "de", (D(2025, 6, 9), D(2025, 6, 9), "point", "day")),
        ("Heiligabend", "de", (D(2023, 12, 24), D(2023, 12, 24), "point", "day")),
        ("am einundzwanzigsten Mai", "de", (D(2024, 5, 21), D(2024, 5, 21), "point", "day")),
        ("3 Wochen später", "de", (D(2024, 11, 22), D(2024, 11, 22), "point", "day")),
    ],
)
def test_holidays_and_german_ordinals(text, lang, expected):
    assert key(parse_when(text, FRI, lang)) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("environ 3 000 soldats ont été envoyés en octobre", ["en octobre"]),
        ("les troupes arrivées cet été", ["cet été"]),
    ],
)
def test_french_ete_is_a_season_only_with_a_cue(text, found):
    assert [p.text for p in find_times(text, FRI, "fr")] == found


# --- more / less than an amount, rolling decades, plural weekdays, business days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 2 weeks ago", (None, D(2024, 10, 17), "period", "day")),
        ("less than 3 weeks ago", (D(2024, 10, 12), FRI, "period", "day")),
        ("more than ten days from now", (D(2024, 11, 11), None, "period", "day")),
        ("less than 5 days after tomorrow", (D(2024, 11, 2), D(2024, 11, 6), "period", "day")),
        ("more than a month before yesterday", (None, D(2024, 9, 29), "period", "day")),
    ],
)
def test_more_or_less_than_an_amount(text, expected):
    assert key(parse_when(text, FRI)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the past two decades", (D(2000, 1, 1), D(2019, 12, 31), "period", "year")),
        ("over the last 3 decades", (D(1990, 1, 1), D(2019, 12, 31), "period", "year")),
        ("the next 2 decades", (D(2030, 1, 1), D(2049, 12, 31), "period", "year")),
    ],
)
def test_rolling_decades_are_calendar_decades(text, expected):
    assert key(parse_when(text, FRI)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three Fridays from now", (D(2024, 11, 22), D(2024, 11, 22), "point", "day")),
        ("in 3 business days", (D(2024, 11, 6), D(2024, 11, 6), "point", "day")),
        ("5 working days ago", (D(2024, 10, 25), D(2024, 10, 25), "point", "day")),
        ("the next day", (D(2024, 11, 2), D(2024, 11, 2), "point", "day")),
        ("the next day or two", (D(2024, 11, 2), D(2024, 11, 3), "period", "unknown")),
        ("the rest of my week", (FRI, D(2024, 11, 3), "period", "week")),
    ],
)
def test_plural_weekdays_business_days_and_next_day(text, expected):
    assert key(parse_when(text, FRI)) == expected


# --- glued and terse digit forms, old and two-digit years, lower-case "may" + day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sept9", (D(2024, 9, 9), D(2024, 9, 9), "point", "day")),
        ("Jan12", (D(2024, 1, 12), D(2024, 1, 12), "point", "day")),
        ("6.24", (D(2024, 6, 24), D(2024, 6, 24), "point", "day")),
        ("11-15", (D(2023, 11, 15), D(2023, 11, 15), "point", "day")),
        ("3/14,2023", (D(2023, 3, 14), D(2023, 3, 14), "point", "day")),
        ("3/14,23", (D(2023, 3, 14), D(2023, 3, 14), "point", "day")),
        ("last 2year", (D(2022, 11, 1), FRI, "period", "unknown")),
    ],
)
def test_glued_and_terse_digit_dates(text, expected):
    assert key(parse_when(text, FRI)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 June 1915", (D(1915, 6, 12), D(1915, 6, 12), "point", "day")),
        ("October 3rd, 1966", (D(1966, 10, 3), D(1966, 10, 3), "point", "day")),
        (
            "one thousand nine hundred and sixty six",
            (D(1966, 1, 1), D(1966, 12, 31), "period", "year"),
        ),
        ("September '98", (D(1998, 9, 1), D(1998, 9, 30), "period", "month")),
        ("March 87", (D(1987, 3, 1), D(1987, 3, 31), "period", "month")),
        ("80's", (D(1980, 1, 1), D(1989, 12, 31), "period", "year")),
        ("may 20th", (D(2024, 5, 20), D(2024, 5, 20), "point", "day")),
        ("from may 2nd to may 9th", (D(2024, 5, 2), D(2024, 5, 9), "period", "day")),
        ("2 weeks starting may 6th", (D(2024, 5, 6), D(2024, 5, 19), "period", "day")),
    ],
)
def test_old_years_two_digit_years_and_lower_case_may(text, expected):
    assert key(parse_when(text, FRI)) == expected


@pytest.mark.parametrize(
    "text", ["12 June 1415", "October 3rd, 1066", "one thousand six hundred and sixty six"]
)
def test_years_outside_the_supported_range_give_no_period(text):
    assert parse_when(text, FRI) is None


@pytest.mark.parametrize(
    "text",
    ["the day", "a week", "my week", "4.5", "3.05", "two thousand", "one thousand and two"],
)
def test_short_forms_that_stay_not_a_time(text):
    assert parse_when(text, FRI) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials say the force may 15 times over.", []),
        ("The rate rose 4.22 percent.", []),
        ("A range of 4-22 soldiers per unit.", []),
        ("Around two thousand five hundred troops arrived.", []),
        ("On 5 March 1200 soldiers crossed.", ["On 5 March"]),
        ("In August 60 soldiers died.", ["In August"]),
        ("Less than a month ago 800 arrived.", ["Less than a month ago"]),
        ("in two thousand and fourteen, troops", ["in two thousand and fourteen"]),
    ],
)
def test_new_forms_do_not_misread_running_text(text, found):
    assert [p.text for p in find_times(text, FRI)] == found


# --- properties and new forms (issue 12) -------------------------------------------------------

_TIME_PIECES = {
    "en": [
        "in",
        "March",
        "the 1st of",
        "at 4 pm",
        "on",
        "Thursday",
        "last",
        "week",
        "for",
        "three",
        "months",
        "since",
        "the start of the full-scale invasion",
        "Christmas",
        "Victory Day",
        "late",
        "summer",
        "2024",
        "between",
        "and",
        "14:30",
    ],
    "ko": [
        "지난",
        "1~3월",
        "1월",
        "11일",
        "오후",
        "3시",
        "추석",
        "연휴",
        "전면 침공",
        "이후",
        "까지",
    ],
    "de": ["am", "1.", "März", "um", "15", "Uhr", "seit", "Weihnachten", "drei", "Monaten"],
    "zh": ["下午", "三点", "春节", "1-3月", "以来", "全面入侵", "去年"],
}


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(sorted(_TIME_PIECES)).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.lists(st.sampled_from(_TIME_PIECES[lang]), min_size=1, max_size=6),
            st.sampled_from([None, "past", "future", "auto"]),
        )
    )
)
def test_built_time_phrases_resolve_in_order(case: tuple[str, list[str], str | None]) -> None:
    from tracker.periods.events import Events

    lang, pieces, tense = case
    events = Events.from_mapping({"full-scale-invasion": "2022-02-24"})
    text = " ".join(pieces)
    p = parse_when(text, dt.date(2024, 11, 1), lang, tense=tense, events=events)
    if p is not None and p.start is not None and p.end is not None:
        assert p.start <= p.end, p.describe()


def test_auto_tense_takes_the_reading_nearest_publication() -> None:
    pub = dt.date(2025, 2, 20)
    assert parse_when("in March", pub, tense="auto").start == dt.date(2025, 3, 1)
    assert parse_when("in January", pub, tense="auto").start == dt.date(2025, 1, 1)
    assert parse_when("in March", pub, tense="past").start == dt.date(2024, 3, 1)


def test_events_are_passed_in_not_read() -> None:
    from tracker.periods.events import Events

    pub = dt.date(2024, 11, 1)
    text = "since the start of the full-scale invasion"
    assert parse_when(text, pub) is None  # no table: no date for the event
    p = parse_when(text, pub, events=Events.from_mapping({"full-scale-invasion": "2022-02-24"}))
    assert p is not None and (p.start, p.end, p.kind) == (dt.date(2022, 2, 24), pub, "since")
    assert "full-scale-invasion=2022-02-24" in (p.convention or "")
