"""Tests for tracker.numerals: separators, scale words, number words, CJK myriads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.numerals import digits_value, find_numerals, normalise_digits, parse_number


def _spans(text: str, lang: str) -> list[tuple[float, str]]:
    return [(n.value, text[n.start : n.end]) for n in find_numerals(text, lang)]


SEPARATORS = [
    ("3,000", "en", 3000.0),
    ("3.000", "de", 3000.0),
    ("3.000", "es", 3000.0),
    ("3.000", "it", 3000.0),
    ("3.000", "nl", 3000.0),
    ("3.000", "pl", 3000.0),
    ("1.076", "pt", 1076.0),
    ("2.8", "en", 2.8),
    ("4.800", "en", 4.8),
    ("1,234,567", "en", 1234567.0),
    ("1.234.567,5", "de", 1234567.5),
    ("3,7", "pl", 3.7),
    ("11,000", "es", 11000.0),
    ("0,500", "de", 0.5),
]


@pytest.mark.parametrize(("text", "lang", "value"), SEPARATORS)
def test_digit_separators(text: str, lang: str, value: float) -> None:
    assert digits_value(text, lang) == value


SPACED = [
    ("25 000 soldats", "fr", [(25000.0, "25 000")]),
    ("25\u202f000 soldats", "fr", [(25000.0, "25\u202f000")]),
    ("15\u00a0000 военных", "ru", [(15000.0, "15\u00a0000")]),
    ("10'000 Soldaten", "de", [(10000.0, "10'000")]),
    ("in 2024 1500 soldiers", "en", [(2024.0, "2024"), (1500.0, "1500")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPACED)
def test_space_and_apostrophe_grouping(text: str, lang: str, expected: list) -> None:
    assert _spans(text, lang) == expected


SCALES = [
    ("3 thousand", "en", 3000.0),
    ("10k", "en", 10000.0),
    ("2.5 million", "en", 2500000.0),
    ("1.2 bn", "en", 1.2e9),
    ("1,500 million", "en", 1.5e9),
    ("4 Tausend", "de", 4000.0),
    ("2,5 Millionen", "de", 2500000.0),
    ("7 mil", "es", 7000.0),
    ("7 mila", "it", 7000.0),
    ("9 mille", "fr", 9000.0),
    ("3,7 tys.", "pl", 3700.0),
    ("1,1 тис.", "uk", 1100.0),
    ("6 тыс.", "ru", 6000.0),
    ("5 млн", "ru", 5e6),
    ("half a million", "en", 500000.0),
    ("medio millón", "es", 500000.0),
    ("15-hundred", "en", 1500.0),
    ("four-thousand-100", "en", 4100.0),
    ("2mila", "it", 2000.0),
    ("ten-thousand", "en", 10000.0),
    ("13 lakh", "en", 1300000.0),
]


@pytest.mark.parametrize(("text", "lang", "value"), SCALES)
def test_scale_words(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


WORDS = [
    ("one hundred and six", "en", 106.0),
    ("twenty-one thousand three hundred", "en", 21300.0),
    ("two hundred and two thousand", "en", 202000.0),
    ("seventy", "en", 70.0),
    ("dreitausend", "de", 3000.0),
    ("einundzwanzig", "de", 21.0),
    ("zweihundertfünfzig", "de", 250.0),
    ("quatre-vingt-dix mille", "fr", 90000.0),
    ("deux cents", "fr", 200.0),
    ("doscientos cincuenta", "es", 250.0),
    ("veinte mil", "es", 20000.0),
    ("duemilacinquecento", "it", 2500.0),
    ("cinco mil", "pt", 5000.0),
    ("trzy tysiące", "pl", 3000.0),
    ("пять тысяч", "ru", 5000.0),
    ("чотирьох тисяч", "uk", 4000.0),
    ("drieduizend", "nl", 3000.0),
    ("three fifths", "en", 0.6),
    ("one and a half", "en", 1.5),
    ("two hundred point zero three", "en", 200.03),
]


@pytest.mark.parametrize(("text", "lang", "value"), WORDS)
def test_number_words(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


CJK = [
    ("1만 2천", "ko", 12000.0),
    ("1만2천", "ko", 12000.0),
    ("4천700", "ko", 4700.0),
    ("2억 4,000만", "ko", 240000000.0),
    ("3.2억", "ko", 320000000.0),
    ("1万1千", "ja", 11000.0),
    ("800万", "ja", 8000000.0),
    ("1萬", "zh", 10000.0),
    ("三千", "zh", 3000.0),
    ("1만 2000", "ko", 12000.0),
]


@pytest.mark.parametrize(("text", "lang", "value"), CJK)
def test_cjk_myriads(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


SPLITS = [
    ("10-12 thousand", "en", [(10.0, "10"), (12000.0, "12 thousand")]),
    ("5k-20k", "en", [(5000.0, "5k"), (20000.0, "20k")]),
    ("one thousand and two thousand", "en", [(1000.0, "one thousand"), (2000.0, "two thousand")]),
    ("1만~1만 2천", "ko", [(10000.0, "1만"), (12000.0, "1만 2천")]),
    ("8000〜1万", "ja", [(8000.0, "8000"), (10000.0, "1万")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPLITS)
def test_adjacent_numbers_stay_apart(text: str, lang: str, expected: list) -> None:
    assert _spans(text, lang) == expected


def test_normalise_digits_keeps_length() -> None:
    assert normalise_digits("١٢ ألف ٣") == "12 ألف 3"


JUNK = ["", "no numbers here", "a", "the one you said", "---", "mm"]


@pytest.mark.parametrize("text", JUNK)
def test_parse_number_junk_is_none(text: str) -> None:
    assert parse_number(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["en", "de", "fr", "ko", "ja", "ru", "xx"]))
def test_find_numerals_never_raises(text: str, lang: str) -> None:
    for n in find_numerals(text, lang):
        assert 0 <= n.start < n.end <= len(text)
