"""Tests for tracker.figures.parse: qualifiers, ranges, vague words, money, units, exclusions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from tracker.figures.parse import (
    DEFAULT_VAGUE_RULE,
    QUALIFIERS,
    VAGUE_RULES,
    Figure,
    find_figures,
    parse_figure,
)


def _vals(text: str, lang: str = "en", **kw) -> tuple | None:
    f = parse_figure(text, lang, **kw)
    if f is None:
        return None
    return (f.low, f.best, f.high, f.qualifier, f.unit, f.currency, f.per, f.vague_rule)


P = "persons"
T = DEFAULT_VAGUE_RULE

QUALIFIER_CASES = [
    ("at least 3,000 soldiers", "en", (3000.0, 3000.0, None, "at_least", P, None, None, None)),
    ("no fewer than 500 troops", "en", (500.0, 500.0, None, "at_least", P, None, None, None)),
    ("more than 7,000 troops", "en", (7000.0, 7000.0, None, "more_than", P, None, None, None)),
    ("over 150 workers", "en", (150.0, 150.0, None, "more_than", P, None, None, None)),
    ("up to 12,000 personnel", "en", (None, 12000.0, 12000.0, "up_to", P, None, None, None)),
    ("as many as 9,000 soldiers", "en", (None, 9000.0, 9000.0, "up_to", P, None, None, None)),
    ("nearly 900 workers", "en", (None, 900.0, 900.0, "nearly", P, None, None, None)),
    ("about 2,500 engineers", "en", (None, 2500.0, None, "approx", P, None, None, None)),
    ("around 800 troops", "en", (None, 800.0, None, "approx", P, None, None, None)),
    ("some 4,000 fighters", "en", (None, 4000.0, None, "approx", P, None, None, None)),
    ("an estimated 6,000 sappers", "en", (None, 6000.0, None, "approx", P, None, None, None)),
    ("a 2,000-odd contingent", "en", (None, 2000.0, None, "approx", P, None, None, None)),
    ("fewer than 50 officers", "en", (None, 50.0, 50.0, "less_than", P, None, None, None)),
    ("at most 40 prisoners", "en", (None, 40.0, 40.0, "at_most", P, None, None, None)),
    ("mindestens 2.000 Soldaten", "de", (2000.0, 2000.0, None, "at_least", P, None, None, None)),
    ("mehr als 4.000 Soldaten", "de", (4000.0, 4000.0, None, "more_than", P, None, None, None)),
    ("über 1.200 Soldaten", "de", (1200.0, 1200.0, None, "more_than", P, None, None, None)),
    ("bis zu 5.000 Soldaten", "de", (None, 5000.0, 5000.0, "up_to", P, None, None, None)),
    ("rund 7.000 Soldaten", "de", (None, 7000.0, None, "approx", P, None, None, None)),
    ("etwa 900 Soldaten", "de", (None, 900.0, None, "approx", P, None, None, None)),
    ("knapp 3.000 Soldaten", "de", (None, 3000.0, 3000.0, "nearly", P, None, None, None)),
    ("plus de 2 000 soldats", "fr", (2000.0, 2000.0, None, "more_than", P, None, None, None)),
    ("environ 5 000 soldats", "fr", (None, 5000.0, None, "approx", P, None, None, None)),
    ("près de 900 soldats", "fr", (None, 900.0, 900.0, "nearly", P, None, None, None)),
    ("jusqu'à 8 000 soldats", "fr", (None, 8000.0, 8000.0, "up_to", P, None, None, None)),
    ("más de 2.000 soldados", "es", (2000.0, 2000.0, None, "more_than", P, None, None, None)),
    ("unos 4.000 soldados", "es", (None, 4000.0, None, "approx", P, None, None, None)),
    ("alrededor de 700 soldados", "es", (None, 700.0, None, "approx", P, None, None, None)),
    ("hasta 9.000 soldados", "es", (None, 9000.0, 9000.0, "up_to", P, None, None, None)),
    ("약 3000여 명", "ko", (None, 3000.0, None, "approx", P, None, None, None)),
    ("5천 명 이상", "ko", (5000.0, 5000.0, None, "more_than", P, None, None, None)),
    ("100명 미만", "ko", (None, 100.0, 100.0, "less_than", P, None, None, None)),
    ("최소 200명", "ko", (200.0, 200.0, None, "at_least", P, None, None, None)),
    ("約2000人", "ja", (None, 2000.0, None, "approx", P, None, None, None)),
    ("超3000人", "ja", (3000.0, 3000.0, None, "more_than", P, None, None, None)),
    ("500人以上", "ja", (500.0, 500.0, None, "more_than", P, None, None, None)),
    ("100人未満", "ja", (None, 100.0, 100.0, "less_than", P, None, None, None)),
    ("超過1萬名", "zh", (10000.0, 10000.0, None, "more_than", P, None, None, None)),
    ("около 700 солдат", "ru", (None, 700.0, None, "approx", P, None, None, None)),
    ("более 2 000 солдат", "ru", (2000.0, 2000.0, None, "more_than", P, None, None, None)),
    ("до 5 тыс. военных", "ru", (None, 5000.0, 5000.0, "up_to", P, None, None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), QUALIFIER_CASES)
def test_qualifiers(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


STACKED_CASES = [
    ("some 3,000 or more troops", "en", (3000.0, 3000.0, None, "at_least", P, None, None, None)),
    ("약 3000여 명", "ko", (None, 3000.0, None, "approx", P, None, None, None)),
    ("최소 100여 명", "ko", (100.0, 100.0, None, "at_least", P, None, None, None)),
    ("estimated at over 9,000", "en", (9000.0, 9000.0, None, "more_than", None, None, None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), STACKED_CASES)
def test_stacked_hedges(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


RANGE_CASES = [
    ("10-12 thousand troops", "en", (10000.0, 11000.0, 12000.0, "range", P, None, None, None)),
    ("25-30 thousand", "en", (25000.0, 27500.0, 30000.0, "range", None, None, None, None)),
    (
        "between 10,000 and 12,000 soldiers",
        "en",
        (10000.0, 11000.0, 12000.0, "range", P, None, None, None),
    ),
    ("from 2,000 to 4,000 workers", "en", (2000.0, 3000.0, 4000.0, "range", P, None, None, None)),
    ("around 7,000 to 9,000 troops", "en", (7000.0, 8000.0, 9000.0, "range", P, None, None, None)),
    ("10.000 bis 12.000 Soldaten", "de", (10000.0, 11000.0, 12000.0, "range", P, None, None, None)),
    (
        "tra gli 11 mila e i 12 mila",
        "it",
        (11000.0, 11500.0, 12000.0, "range", None, None, None, None),
    ),
    ("25 000 to 30 000 soldats", "fr", (25000.0, 27500.0, 30000.0, "range", P, None, None, None)),
    ("1만~1만 2천 명", "ko", (10000.0, 11000.0, 12000.0, "range", P, None, None, None)),
    ("8000〜1万人", "ja", (8000.0, 9000.0, 10000.0, "range", P, None, None, None)),
    ("1000人から3000人", "ja", (1000.0, 2000.0, 3000.0, "range", P, None, None, None)),
    ("70-80%", "en", (70.0, 75.0, 80.0, "range", "percent", None, None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RANGE_CASES)
def test_ranges(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


VAGUE_CASES = [
    ("thousands of troops", "en", (1000.0, None, None, "vague", P, None, None, T)),
    ("several thousand soldiers", "en", (2000.0, None, 9000.0, "vague", P, None, None, T)),
    ("tens of thousands of troops", "en", (20000.0, None, 90000.0, "vague", P, None, None, T)),
    ("hundreds of soldiers", "en", (100.0, None, None, "vague", P, None, None, T)),
    ("dozens of soldiers", "en", (24.0, None, None, "vague", P, None, None, T)),
    ("scores of soldiers", "en", (40.0, None, None, "vague", P, None, None, T)),
    ("a couple thousand soldiers", "en", (2000.0, None, 3000.0, "vague", P, None, None, T)),
    ("at least several million shells", "en", (2e6, None, None, "vague", "shells", None, None, T)),
    ("수천 명", "ko", (2000.0, None, 9000.0, "vague", P, None, None, T)),
    ("数千人", "ja", (2000.0, None, 9000.0, "vague", P, None, None, T)),
    ("mehrere tausend Soldaten", "de", (2000.0, None, 9000.0, "vague", P, None, None, T)),
    ("plusieurs milliers de soldats", "fr", (2000.0, None, 9000.0, "vague", P, None, None, T)),
    ("decine di migliaia di soldati", "it", (20000.0, None, 90000.0, "vague", P, None, None, T)),
    ("тысячи военных", "ru", (1000.0, None, None, "vague", P, None, None, T)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VAGUE_CASES)
def test_vague_words_are_ranges_never_points(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


ACLED_CASES = [
    ("dozens of soldiers", (12.0, None, None, "vague", P, None, None, "acled")),
    ("hundreds of soldiers", (100.0, None, None, "vague", P, None, None, "acled")),
    ("several thousand soldiers", (1000.0, None, None, "vague", P, None, None, "acled")),
]


@pytest.mark.parametrize(("text", "expected"), ACLED_CASES)
def test_vague_rule_table_can_be_chosen(text: str, expected: tuple) -> None:
    assert _vals(text, vague_rule="acled") == expected


def test_vague_rule_tables_exist() -> None:
    assert {"tracker-2026", "acled"} <= set(VAGUE_RULES)
    with pytest.raises(ValueError):
        parse_figure("thousands of troops", vague_rule="no-such-rule")


NONE_CASES = [
    (
        "an unspecified number of troops",
        "en",
        Figure("an unspecified number", None, None, None, "none", None, None, None, None, 0, 21),
    ),
    (
        "troops were sent",
        "en",
        Figure("troops", None, None, None, "none", "persons", None, None, None, 0, 6),
    ),
    ("purely unrelated words", "en", None),
    ("", "en", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NONE_CASES)
def test_no_number(text: str, lang: str, expected: Figure | None) -> None:
    assert parse_figure(text, lang) == expected


MONEY_CASES = [
    ("$2,000 a month", "en", (2000.0, 2000.0, 2000.0, "exact", "USD", "USD", "month", None)),
    (
        "2,000 dollars per month",
        "en",
        (2000.0, 2000.0, 2000.0, "exact", "USD", "USD", "month", None),
    ),
    ("2.000 Dollar im Monat", "de", (2000.0, 2000.0, 2000.0, "exact", "USD", "USD", "month", None)),
    ("월 200만 원", "ko", (2e6, 2e6, 2e6, "exact", "KRW", "KRW", "month", None)),
    (
        "$20 million to $25 million a month",
        "en",
        (20e6, 22.5e6, 25e6, "range", "USD", "USD", "month", None),
    ),
    (
        "$2,000 (about 2.76 million won)",
        "en",
        (2000.0, 2000.0, 2000.0, "exact", "USD", "USD", None, None),
    ),
    ("around 200,000 rubles", "en", (None, 200000.0, None, "approx", "RUB", "RUB", None, None)),
    ("€5 million", "en", (5e6, 5e6, 5e6, "exact", "EUR", "EUR", None, None)),
    ("2억 4,000만 달러", "ko", (2.4e8, 2.4e8, 2.4e8, "exact", "USD", "USD", None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MONEY_CASES)
def test_money_and_rates(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


UNIT_CASES = [
    ("about 40 percent", "en", (None, 40.0, None, "approx", "percent", None, None, None)),
    ("more than half", "en", (50.0, 50.0, None, "more_than", "percent", None, None, None)),
    ("on 7 ships", "en", (7.0, 7.0, 7.0, "exact", "ships", None, None, None)),
    ("800万発", "ja", (8e6, 8e6, 8e6, "exact", "shells", None, None, None)),
    (
        "over 3 million 152-mm shells",
        "en",
        (3e6, 3e6, None, "more_than", "shells", None, None, None),
    ),
    ("15 km from the border", "en", (15.0, 15.0, 15.0, "exact", "km", None, None, None)),
    ("for three weeks", "en", (3.0, 3.0, 3.0, "exact", "weeks", None, None, None)),
    ("1,500 troops", "en", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1.500 Soldaten", "de", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1 500 soldats", "fr", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1500 soldados", "es", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1500 żołnierzy", "pl", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1500 військових", "uk", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
    ("1500명", "ko", (1500.0, 1500.0, 1500.0, "exact", P, None, None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), UNIT_CASES)
def test_units(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


NOT_A_COUNT = [
    ("the 152-mm shells", "en"),
    ("Hwasong-11 missiles", "en"),
    ("in 2024", "en"),
    ("on 12 October", "en"),
    ("born between 1999 and 2001", "en"),
    ("the 3rd brigade", "en"),
    ("12월에", "ko"),
    ("at 10:30", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_A_COUNT)
def test_not_a_count(text: str, lang: str) -> None:
    assert parse_figure(text, lang) is None


def test_ages_only_when_asked() -> None:
    assert [f.best for f in find_figures("a 19-year-old private")] == []
    assert [(f.best, f.unit) for f in find_figures("a 19-year-old private", ages=True)] == [
        (19.0, "years_of_age")
    ]


NUMBER_WORD_CASES = [
    ("three thousand troops", "en", 3000.0),
    ("dreitausend Soldaten", "de", 3000.0),
    ("trois mille soldats", "fr", 3000.0),
    ("tres mil soldados", "es", 3000.0),
    ("tremila soldati", "it", 3000.0),
    ("três mil soldados", "pt", 3000.0),
    ("trzy tysiące żołnierzy", "pl", 3000.0),
    ("три тысячи солдат", "ru", 3000.0),
    ("три тисячі солдатів", "uk", 3000.0),
    ("half a million troops", "en", 500000.0),
    ("15-hundred soldiers", "en", 1500.0),
    ("four-thousand-100 troops", "en", 4100.0),
    ("una trentina di soldati", "it", 30.0),
]


@pytest.mark.parametrize(("text", "lang", "best"), NUMBER_WORD_CASES)
def test_number_words_in_phrases(text: str, lang: str, best: float) -> None:
    f = parse_figure(text, lang)
    assert f is not None and (f.best, f.unit) == (best, P)


MAIN_FIGURE_CASES = [
    ("12,000 troops and 3 ships", (12000.0, P)),
    ("4 landing ships and 3 convoys", (4.0, "ships")),
    ("1,000 of the 11,000 troops", (1000.0, P)),
    ("3 ships carrying 1,500 troops", (1500.0, P)),
]


@pytest.mark.parametrize(("text", "expected"), MAIN_FIGURE_CASES)
def test_main_figure_of_a_phrase(text: str, expected: tuple) -> None:
    f = parse_figure(text)
    assert f is not None and (f.best, f.unit) == expected


def test_find_figures_offsets_and_pairs() -> None:
    text = (
        "Officials said 1,000 sappers and about 5,000 builders were paid $2,000 (about 2.76m won)."
    )
    figs = find_figures(text)
    assert [(f.best, f.qualifier, f.unit, f.text) for f in figs] == [
        (1000.0, "exact", P, "1,000"),
        (5000.0, "approx", P, "about 5,000"),
        (2000.0, "exact", "USD", "$2,000"),
    ]
    assert all(text[f.start : f.end] == f.text for f in figs)


def test_qualifier_vocabulary() -> None:
    assert QUALIFIERS == (
        "exact",
        "approx",
        "nearly",
        "at_least",
        "more_than",
        "up_to",
        "at_most",
        "less_than",
        "range",
        "vague",
        "none",
    )


@settings(max_examples=examples(400), deadline=None)
@given(
    st.text(max_size=80),
    st.sampled_from(
        ["en", "de", "fr", "es", "ko", "ja", "zh", "ru", "uk", "pl", "it", "pt", "nl", "ar", "zz"]
    ),
)
def test_any_string_gives_figure_or_none(text: str, lang: str) -> None:
    f = parse_figure(text, lang)
    assert f is None or isinstance(f, Figure)
    for g in find_figures(text, lang) + ([f] if f else []):
        assert g.qualifier in QUALIFIERS
        assert text[g.start : g.end] == g.text
        vals = [v for v in (g.low, g.best, g.high) if v is not None]
        assert all(not math.isnan(v) for v in vals)
        if g.low is not None and g.best is not None:
            assert g.low <= g.best
        if g.best is not None and g.high is not None:
            assert g.best <= g.high
        if g.low is not None and g.high is not None:
            assert g.low <= g.high
        if g.qualifier == "vague":
            assert g.best is None


_FIG_TEXT = st.builds(
    lambda cue, num, noun: f"{cue}{num:,} {noun}",
    st.sampled_from(["", "about ", "at least ", "up to ", "nearly ", "more than ", "some "]),
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["troops", "soldiers", "shells", "dollars", "people"]),
)


@settings(max_examples=examples(300), deadline=None)
@given(_FIG_TEXT)
def test_generated_figures_keep_bounds_ordered(text: str) -> None:
    f = parse_figure(text)
    assert f is not None
    for a, b in ((f.low, f.best), (f.best, f.high), (f.low, f.high)):
        if a is not None and b is not None:
            assert a <= b


MONEY_WORD_CASES = [
    ("75 USD million", "en", (75e6, 75e6, 75e6, "exact", "USD", "USD", None, None)),
    ("in excess of 30 MUSD", "en", (30e6, 30e6, None, "more_than", "USD", "USD", None, None)),
    ("about MAUD 60", "en", (None, 60e6, None, "approx", "AUD", "AUD", None, None)),
    ("3 dollars 50 cents", "en", (3.5, 3.5, 3.5, "exact", "USD", "USD", None, None)),
    ("50 cents", "en", (0.5, 0.5, 0.5, "exact", "USD", "USD", None, None)),
    ("70 pence", "en", (0.7, 0.7, 0.7, "exact", "GBP", "GBP", None, None)),
    (
        "thirteen dollars and forty-five cents",
        "en",
        (13.45, 13.45, 13.45, "exact") + ("USD",) * 2 + (None, None),
    ),
    ("17 USD 25", "en", (17.25, 17.25, 17.25, "exact", "USD", "USD", None, None)),
    (
        "a quarter million us dollars",
        "en",
        (2.5e5, 2.5e5, 2.5e5, "exact", "USD", "USD", None, None),
    ),
    ("one-yen coins", "en", (1.0, 1.0, 1.0, "exact", "JPY", "JPY", None, None)),
    ("zwei Euro und fünfzig Cent", "de", (2.5, 2.5, 2.5, "exact", "EUR", "EUR", None, None)),
    (
        "1,5 Millionen kanadische Dollar",
        "de",
        (1.5e6, 1.5e6, 1.5e6, "exact", "CAD", "CAD") + (None, None),
    ),
    ("1달러 20센트", "ko", (1.2, 1.2, 1.2, "exact", "USD", "USD", None, None)),
    ("5천만 파운드", "ko", (5e7, 5e7, 5e7, "exact", "GBP", "GBP", None, None)),
    ("15 dólares con 50", "es", (15.5, 15.5, 15.5, "exact", "USD", "USD", None, None)),
    ("cinco millones de yenes", "es", (5e6, 5e6, 5e6, "exact", "JPY", "JPY", None, None)),
    ("u$d 90 millones", "es", (9e7, 9e7, 9e7, "exact", "USD", "USD", None, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MONEY_WORD_CASES)
def test_money_words_scales_and_cents(text: str, lang: str, expected: tuple) -> None:
    assert _vals(text, lang) == expected


SHARED_CURRENCY_CASES = [
    ("10 $ 30 $", [(10.0, "USD", "10 $"), (30.0, "USD", "30 $")]),
    ("rmb 10 usd 20", [(10.0, "CNY", "rmb 10"), (20.0, "USD", "usd 20")]),
    ("$ 20,000 $ 37,305.97", [(20000.0, "USD", "$ 20,000"), (37305.97, "USD", "$ 37,305.97")]),
    ("50 dollar 40 rmb", [(50.0, "USD", "50 dollar"), (40.0, "CNY", "40 rmb")]),
    ("1 $10 bill", [(1.0, None, "1"), (10.0, "USD", "$10")]),
    ("2,000 dollars and 30 soldiers", [(2000.0, "USD", "2,000 dollars"), (30.0, None, "30")]),
    ("$500 and 20 more", [(500.0, "USD", "$500"), (20.0, None, "20")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_CURRENCY_CASES)
def test_currency_word_between_two_amounts(text: str, expected: list) -> None:
    assert [(f.best, f.currency, f.text) for f in find_figures(text)] == expected


BOUND_CASES = [
    ("200 or greater than 190", "en", [(200.0, "exact"), (190.0, "more_than")]),
    ("no more than 12 and more than 194", "en", [(12.0, "at_most"), (194.0, "more_than")]),
    ("30 or more", "en", [(30.0, "at_least")]),
    ("mayor que 100 y menor que 300", "es", [(200.0, "range")]),
    ("500 o menos", "es", [(500.0, "at_most")]),
    ("30 por lo menos", "es", [(30.0, "at_least")]),
    ("desde 20 hasta 100 soldados", "es", [(60.0, "range")]),
    ("supérieur ou égal à 5000", "fr", [(5000.0, "at_least")]),
    ("entre -10 et 15", "fr", [(2.5, "range")]),
    ("5000 보다 크거나 같다", "ko", [(5000.0, "at_least")]),
    ("100보다 작다", "ko", [(100.0, "less_than")]),
    ("20부터 100까지", "ko", [(60.0, "range")]),
    ("größer als 300", "de", [(300.0, "more_than")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BOUND_CASES)
def test_comparison_cues(text: str, lang: str, expected: list) -> None:
    assert [(f.best, f.qualifier) for f in find_figures(text, lang)] == expected


def test_scores_is_vague_only_before_of() -> None:
    assert _vals("scores of soldiers") == (40.0, None, None, "vague", P, None, None, T)
    assert [(f.best, f.qualifier) for f in find_figures("he scores 3 goals")] == [(3.0, "exact")]


SHARE_CASES = [
    ("three quarters of the troops", (75.0, "percent")),
    ("more than two thirds of them", (200 / 3, "percent")),
    ("two thirds of the 12,000 troops", (8000.0, P)),  # a share of a stated whole (issue 12)
    ("more than half of the 11,000 troops", (11000.0, P)),  # a bound on a share: the whole
]


@pytest.mark.parametrize(("text", "expected"), SHARE_CASES)
def test_spelled_fraction_of_a_group_is_a_share(text: str, expected: tuple) -> None:
    f = parse_figure(text)
    assert f is not None and (pytest.approx(f.best), f.unit) == expected


# --- properties over phrases built from the words the readers know (issue 12) -----------------

_PIECES = {
    "en": [
        "at least",
        "about",
        "a",
        "half",
        "of its",
        "minus",
        "point",
        "and",
        "thousand",
        "million",
        "three",
        "twenty",
        "fifths",
        "a few",
        "dozen",
        "nil",
        "$",
        "cents",
        "troops",
        "1E400",
        "1e308",
        ",75",
        ".5k",
        "1/5",
        "2 1/4",
        "-",
        "bn",
        "could rise to",
    ],
    "de": [
        "mindestens",
        "rund",
        "Komma",
        "tausend",
        "Millionen",
        "siebenhundertdreiundzwanzig",
        "keiner",
        "einige",
        "Hälfte",
        "der",
        "4,8",
        "3.000",
        "Euro",
        "Soldaten",
    ],
    "fr": [
        "vingt-et-un",
        "quatre-vingt-dix-sept",
        "virgule",
        "et",
        "demi",
        "environ",
        "la moitié",
        "de ses",
        "4,800",
        "millions",
        "soldats",
        "cinquièmes",
    ],
    "es": [
        "diez",
        "y",
        "seis",
        "dos",
        "cientos",
        "con",
        "coma",
        "medio",
        "millones",
        "veinteavos",
        "negativo",
        "al menos",
        "11,000",
    ],
    "ru": ["четыреста", "сорок", "четыре", "минус", "100к", "3М", "2.5", "млн", "около"],
    "uk": ["чотирнадцять", "п’ять", "пʼять", "крапка", "мінус", "близько", "тисяч"],
    "ko": [
        "삼",
        "십",
        "백",
        "천",
        "만",
        "억",
        "조",
        "이",
        "여",
        "명",
        "분의",
        "점",
        "마이너스",
        "스물",
        "다섯",
        "하나",
        "수준",
        "1~3",
        "3천700",
        " ",
    ],
    "zh": [
        "三",
        "十",
        "七",
        "万",
        "亿",
        "壹",
        "貳",
        "參",
        "分之",
        "约",
        "多",
        "人",
        "人民币",
        "点",
        "1万2千",
        "左右",
    ],
}


@settings(max_examples=examples(300), deadline=None)
@given(
    st.sampled_from(sorted(_PIECES)).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.lists(st.sampled_from(_PIECES[lang] + ["1", "12", "3,000", "0"]), max_size=7),
        )
    )
)
def test_built_phrases_give_finite_ordered_figures(case: tuple[str, list[str]]) -> None:
    lang, pieces = case
    sep = "" if lang in ("ko", "zh") and len(pieces) % 2 else " "
    text = sep.join(pieces)
    f = parse_figure(text, lang)
    for g in find_figures(text, lang) + ([f] if f else []):
        vals = [v for v in (g.low, g.best, g.high) if v is not None]
        assert all(math.isfinite(v) for v in vals), (text, g)
        for a, b in ((g.low, g.best), (g.best, g.high), (g.low, g.high)):
            if a is not None and b is not None:
                assert a <= b, (text, g)
        if g.qualifier == "vague":
            assert g.best is None, (text, g)


@pytest.mark.parametrize("text", ["1E400", "9" * 400, "1e308 trillion dollars", "1E400 troops"])
def test_overflowing_numbers_give_no_infinite_figure(text: str) -> None:
    for g in find_figures(text) + [f for f in [parse_figure(text)] if f]:
        assert all(math.isfinite(v) for v in (g.low, g.best, g.high) if v is not None)
