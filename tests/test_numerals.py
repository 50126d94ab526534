"""Tests for tracker.figures.numerals: separators, scale words, number words, CJK myriads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from tracker.figures.numerals import digits_value, find_numerals, normalise_digits, parse_number


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


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=60), st.sampled_from(["en", "de", "fr", "ko", "ja", "ru", "xx"]))
def test_find_numerals_never_raises(text: str, lang: str) -> None:
    for n in find_numerals(text, lang):
        assert 0 <= n.start < n.end <= len(text)


FRACTIONS = [
    ("one hundred and three quarters", "en", 100.75),
    ("five billion and three quarters", "en", 5.75e9),
    ("one billion and a half million", "en", 1.0005e9),
    ("a quarter million", "en", 250000.0),
    ("three quarters billion", "en", 7.5e8),
    ("two thirds of a million", "en", 2e6 / 3),
    ("two and fifty-four hundredths", "en", 2.54),
    ("one hundred and thirty fifths", "en", 26.0),
    ("1½ million", "en", 1.5e6),
    ("¾", "fr", 0.75),
    ("drei Viertel", "de", 0.75),
    ("dreieinhalb Millionen", "de", 3.5e6),
    ("anderthalb", "de", 1.5),
    ("trois quarts", "fr", 0.75),
    ("cent et trois quarts", "fr", 100.75),
    ("dos tercios", "es", 2 / 3),
    ("veinte con tres quintos", "es", 20.6),
]


@pytest.mark.parametrize(("text", "lang", "value"), FRACTIONS)
def test_fractions(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


COMPOUNDS = [
    ("cuarenta y siete", "es", 47.0),
    ("treinta y cinco mil", "es", 35000.0),
    ("mil quinientos veintitres", "es", 1523.0),
    ("un billon", "es", 1e12),
    ("1 billion", "fr", 1e12),
    ("cent quatre-vingt-douze", "fr", 192.0),
    ("neuf mille neuf cent quatre-vingt-dix-neuf", "fr", 9999.0),
    ("trois douzaines", "fr", 36.0),
    ("fuenfhundert", "de", 500.0),
    ("three hundred and two dozen", "en", 324.0),
    ("fifteen hundred", "en", 1500.0),
]


@pytest.mark.parametrize(("text", "lang", "value"), COMPOUNDS)
def test_compound_number_words(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


POINT_WORDS = [
    ("five point five", "en", 5.5),
    ("two hundred point seventy-one", "en", 200.71),
    ("zwei Komma drei", "de", 2.3),
    ("deux cent virgule cinquante deux", "fr", 200.52),
    ("cuarenta y siete coma veintiocho", "es", 47.28),
]


@pytest.mark.parametrize(("text", "lang", "value"), POINT_WORDS)
def test_spelled_decimal_point(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


SPLITS = [
    ("3 hundred and 2 hundred", "en", [(300.0, "3 hundred"), (200.0, "2 hundred")]),
    ("the answer is minus one", "en", [(-1.0, "minus one")]),
    ("negative 5 and well-5", "en", [(-5.0, "negative 5"), (5.0, "5")]),
    ("inférieur à -30", "fr", [(-30.0, "-30")]),
    ("1.3x10^6", "en", [(1.3e6, "1.3x10^6")]),
    ("1,1^2", "es", [(pytest.approx(1.21), "1,1^2")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPLITS)
def test_where_numbers_start_and_end(text: str, lang: str, expected: list) -> None:
    assert _spans(text, lang) == expected


HANGUL = [
    ("이십만 명", "ko", [(200000.0, "이십만")]),
    ("일백육십일", "ko", [(161.0, "일백육십일")]),
    ("삼천여 명", "ko", [(3000.0, "삼천")]),
    ("천 4백만 달러", "ko", [(14e6, "천 4백만")]),
    ("이만큼 많다", "ko", []),
    ("이천에서 3만 명", "ko", [(30000.0, "3만")]),
    ("이십만", "ja", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HANGUL)
def test_hangul_number_words(text: str, lang: str, expected: list) -> None:
    assert _spans(text, lang) == expected
