"""The time lexer's fast-fail gate changes its speed, never its matches."""

from __future__ import annotations

import random
import re

import pytest

from tracker.lexicon import calendar as cw
from tracker.periods.lexer import lexicon, ungated_pattern

LANGS = sorted(set(cw.MONTHS) | set(cw.WORDS) | {"en", "xx"})

# invented phrases that put tokens right after letters, digits and spaces
TEXTS = [
    "  May 2025 troops",
    "Between 3 and 5 March, about 1,200 men left; on the 4th they came back.",
    "sinceMay 2024, Q1 2025 and 2Q1, H2, éQ3 and _h1 figures; 3.5 or 4-22",
    "In the '90s and the 1980s, at 4 pm and 14:30 Uhr, Oct2 and 3years ago.",
    "the twenty second of June, two thousand and fourteen, mid-December",
    "2024년 3월 5일 오후 3시, 지난해 11월부터 3개월간",
    "2024年11月1日下午三点，上个月十二月和三季度，第3周",
    "seit Mitte März 2024, am 5. Mai, im Frühjahr; 12.03.2024 bis 4/2025",
    "с 5 марта 2024 года, в 2023-м, у березні 2022 року",
    "desde el 3 de mayo; depuis le 1er avril; dal 2 giugno; od 3 maja",
]


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(7)
    pieces = [
        "a",
        "Q",
        "q",
        "H",
        "h",
        "1",
        "2",
        "0",
        "9",
        ".",
        ",",
        "-",
        "/",
        "'",
        "’",
        "年",
        "月",
        "日",
        "일",
        "월",
        "十",
        "二",
        "上",
        "下午",
        "오후",
        "May",
        "the",
        "x",
        "é",
        "_",
        "",
    ]
    pieces += [" ", " ", "Jun", "2024", "Uhr", "pm", "s"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("lang", LANGS)
def test_gated_lexer_matches_the_plain_alternation(lang: str) -> None:
    plain = re.compile(ungated_pattern(lang), re.IGNORECASE)
    gated = lexicon(lang).regex
    for text in TEXTS + _random_texts(300):
        want = [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)]
        got = [(m.span(), m.lastgroup, m.groups()) for m in gated.finditer(text)]
        assert got == want, (lang, text)


def test_the_gate_is_active_for_word_scripts() -> None:
    """The gate is there (its speed gain is measured by benchmarks/bench_extract.py)."""
    assert lexicon("en").regex.pattern.startswith("(?:\\A|(?=\\S)")
    assert lexicon("en").regex.pattern != ungated_pattern("en")
