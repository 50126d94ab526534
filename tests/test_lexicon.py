"""Tests for tracker.lexicon: one word module per language, assembled into the topic tables."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from types import FunctionType, ModuleType

import pytest

from tracker import parse_figure
from tracker.lexicon import calendar, cues, figure_words, numbers
from tracker.lexicon.languages import LANGUAGES, TABLES, collect, flagged, language

LEXICON = Path(numbers.__file__).parent
TOPICS = (numbers, figure_words, calendar, cues)
_TYPES = {
    "dict": dict,
    "tuple": tuple,
    "frozenset": frozenset,
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "object": object,
}


def _conforms(value: object, tp: typing.Any) -> bool:
    """Whether a value has the (simple, literal) type written in TABLES."""
    if tp is object:
        return True
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is None:
        if tp in (int, float):
            return isinstance(value, (int, float) if tp is float else int) and not isinstance(
                value, bool
            )
        return type(value) is tp
    if not isinstance(value, origin):
        return False
    if origin is dict:
        assert isinstance(value, dict)
        return all(_conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items())
    if origin is frozenset:
        assert isinstance(value, frozenset)
        return all(_conforms(x, args[0]) for x in value)
    assert origin is tuple and isinstance(value, tuple)
    if len(args) == 2 and args[1] is Ellipsis:
        return all(_conforms(x, args[0]) for x in value)
    return len(value) == len(args) and all(
        _conforms(x, a) for x, a in zip(value, args, strict=True)
    )


def test_type_checker_rejects_wrong_values() -> None:
    assert _conforms({"zwei": 2, "drei": 3.0}, eval("dict[str, float]", _TYPES))
    assert not _conforms({"zwei": "2"}, eval("dict[str, float]", _TYPES))
    assert not _conforms(("a", 1), eval("tuple[str, ...]", _TYPES))
    assert not _conforms(True, eval("str", _TYPES))
    assert not _conforms({"a"}, eval("frozenset[str]", _TYPES))


def test_every_language_file_is_registered_once() -> None:
    files = {p.stem for p in LEXICON.glob("*.py") if re.fullmatch(r"[a-z]{2,3}", p.stem)}
    assert len(set(LANGUAGES)) == len(LANGUAGES)
    assert files == set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_module_defines_only_known_tables(code: str) -> None:
    module = language(code)
    annotations = getattr(module, "__annotations__", {})
    defined = []
    for name, value in vars(module).items():
        if name.startswith("_") or isinstance(value, (ModuleType, FunctionType)):
            continue
        if name == "annotations":  # from __future__ import annotations
            continue
        assert name in TABLES, f"{code}.py: unknown table {name} (add it to languages.TABLES)"
        assert annotations.get(name) == TABLES[name], f"{code}.py: {name} must be {TABLES[name]}"
        assert _conforms(value, eval(TABLES[name], _TYPES)), f"{code}.py: {name} has a bad value"
        if TABLES[name] == "bool":
            assert value is True, f"{code}.py: a flag is True or left out ({name})"
        defined.append(name)
    assert defined, f"{code}.py defines no table"


def _language_keyed(value: object) -> list[str] | None:
    """The keys or members of a topic-module table that is keyed by language code, else None."""
    if not isinstance(value, (dict, frozenset, tuple)):
        return None
    keys = list(value)
    if keys and all(isinstance(k, str) and re.fullmatch(r"[a-z]{2}", k) for k in keys):
        return keys
    return None


def test_every_language_in_an_assembled_table_has_a_file() -> None:
    seen = 0
    for topic in TOPICS:
        for name, value in vars(topic).items():
            keys = None if name.startswith("_") else _language_keyed(value)
            if keys is None:
                continue
            seen += 1
            for code in keys:
                assert code in LANGUAGES, f"{topic.__name__}.{name}: {code} is not registered"
                assert (LEXICON / f"{code}.py").is_file()
    assert seen >= 40  # the language-keyed tables were found, not skipped


@pytest.mark.parametrize(
    ("assembled", "name"),
    [
        (numbers.UNITS, "UNITS"),
        (numbers.SCALES, "SCALES"),
        (figure_words.PRE_CUES, "PRE_CUES"),
        (calendar.UNITS, "TIME_UNITS"),
        (calendar.WORDS, "TIME_WORDS"),
        (cues.PERSON_WORDS, "PERSON_WORDS"),
    ],
)
def test_topic_tables_are_the_language_constants(assembled: dict, name: str) -> None:
    assert assembled == collect(name)
    for code, value in assembled.items():
        assert value is getattr(language(code), name)


def test_flags_become_language_sets() -> None:
    assert sorted(numbers.COMPOUNDING) == ["de", "it", "nl"]
    assert "fr" in numbers.VIGESIMAL and "en" not in numbers.VIGESIMAL
    assert figure_words.CJK_LANGS == ("ko", "ja", "zh")  # registry order: first cue wins
    assert flagged("MONTH_FIRST") == ("en",)


def test_readme_documents_every_table() -> None:
    readme = (LEXICON / "README.md").read_text(encoding="utf-8")
    missing = [name for name in TABLES if f"`{name}`" not in readme]
    assert not missing


# One phrase per language that reads only with that language's words (or flags), with the value
# and qualifier it gives. My own phrases.
SMOKE = {
    "en": ("at least three thousand troops", 3000.0, "at_least"),
    "de": ("mindestens dreitausend Soldaten", 3000.0, "at_least"),
    "fr": ("quatre-vingt-douze soldats", 92.0, "exact"),
    "es": ("cuarenta y siete mil soldados", 47000.0, "exact"),
    "it": ("circa duemila soldati", 2000.0, "approx"),
    "pt": ("trinta e cinco mil soldados", 35000.0, "exact"),
    "nl": ("tweeduizend soldaten", 2000.0, "exact"),
    "pl": ("dwa tysiące żołnierzy", 2000.0, "exact"),
    "ru": ("полмиллиона солдат", 500000.0, "exact"),
    "uk": ("три тисячі солдатів", 3000.0, "exact"),
    "ko": ("이십만 명", 200000.0, "exact"),
    "ja": ("三千人以上", 3000.0, "more_than"),
    "zh": ("至少三千人", 3000.0, "at_least"),
    "ar": ("ثلاثة آلاف جندي", 3000.0, "exact"),
    "cs": ("dva tisíce vojáků", 2000.0, "exact"),
    "hr": ("3 tisuće vojnika", 3000.0, "exact"),
    "bg": ("три хиляди войници", 3000.0, "exact"),
    "mk": ("три илјади војници", 3000.0, "exact"),
    "is": ("þrjú þúsund hermenn", 3000.0, "exact"),
    "id": ("3 ribu tentara", 3000.0, "exact"),
    "tr": ("3 bin asker", 3000.0, "exact"),
    "sv": ("3 tusen soldater", 3000.0, "exact"),
    "hi": ("तीन हजार सैनिक", 3000.0, "exact"),
    "mr": ("तीन हजार सैनिक", 3000.0, "exact"),
    # languages with only DECIMAL_POINT: "." is a decimal mark
    "te": ("1.500", 1.5, "exact"),
    "ta": ("1.500", 1.5, "exact"),
    "bn": ("1.500", 1.5, "exact"),
    "th": ("1.500", 1.5, "exact"),
    "he": ("1.500", 1.5, "exact"),
    "ms": ("1.500", 1.5, "exact"),
    "tl": ("1.500", 1.5, "exact"),
}


def test_smoke_covers_every_language() -> None:
    assert set(SMOKE) == set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_smoke_phrase_reads_with_its_language(code: str) -> None:
    text, best, qualifier = SMOKE[code]
    fig = parse_figure(text, lang=code)
    assert fig is not None
    assert (fig.best, fig.qualifier) == (best, qualifier)
    if code != "en":  # unknown codes fall back to English: the language file made the difference
        other = parse_figure(text, lang="xx")
        assert other is None or (other.best, other.qualifier) != (best, qualifier)
