"""Write tracker/lexicon/holiday_dates.py: public holidays per country, named per language.

The dates and the localized names come from the maintained ``holidays`` package: for each
language of :data:`COUNTRIES`, the public holidays of its countries (in order of priority:
an English name shared by two countries means the first one) for the years
:data:`FIRST_YEAR` to :data:`LAST_YEAR`, named in that language (and in English). A holiday
of several days ("Новогодние каникулы", "추석 연휴") spans its first to its last day in the
year (the first run of days when a name comes twice in a year). The output is plain data:
the parsers neither import ``holidays`` nor read files at run
time. Run it again after a ``holidays`` upgrade:

    python scripts/gen_holiday_tables.py

``holidays`` is needed only here (``pip install holidays``).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tracker" / "lexicon" / "holiday_dates.py"
FIRST_YEAR, LAST_YEAR = 2000, 2040

# language -> countries whose holidays it names, first = preferred when a name is shared.
# English names every country listed anywhere (US and GB first).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "ko": ("KR", "KP"),
    "ru": ("RU", "BY"),
    "uk": ("UA",),
    "zh": ("CN", "TW", "HK"),
    "ja": ("JP",),
    "de": ("DE",),
    "fr": ("FR",),
    "es": ("ES", "MX"),
    "it": ("IT",),
    "pl": ("PL",),
    "pt": ("PT", "BR"),
    "nl": ("NL",),
    "cs": ("CZ",),
    "sv": ("SE",),
    "tr": ("TR",),
    "he": ("IL",),
    "id": ("ID",),
    "ms": ("MY",),
    "th": ("TH",),
    "hr": ("HR",),
    "bg": ("BG",),
    "mk": ("MK",),
    "is": ("IS",),
    "ar": ("SA", "EG"),
    "hi": ("IN",),
}
ENGLISH_FIRST = ("US", "GB", "RU", "UA", "KR", "CN", "JP")
# the holidays package's language code for a tracker language, per country when it differs
PACKAGE_LANG = {"it": "it_IT", "ms": "ms_MY", "zh": "zh_CN", "pt": "pt_PT"}
PACKAGE_LANG_COUNTRY = {
    ("pt", "BR"): "pt_BR",
    ("zh", "TW"): "zh_TW",
    ("zh", "HK"): "zh_HK",
    ("ko", "KP"): "ko_KP",
    ("ar", "EG"): "ar_EG",
}
# names that are no holiday of their own (substitute days, bridges, elections)
SKIP = re.compile(
    r"\d|[(（]|\bobserved\b|substitute|alternative|bridge|election|preceding|the second day|"
    r"대체|선거|임시|перенес|выходной|振替|休日|前日|翌日|补假|補假|전날|다음날|voting|day off",
    re.IGNORECASE,
)


def _pkg_lang(lang: str, country: str) -> str:
    return PACKAGE_LANG_COUNTRY.get((lang, country), PACKAGE_LANG.get(lang, lang))


def _names(country: str, language: str) -> dict[str, dict[int, tuple[dt.date, dt.date]]]:
    """Map each name (lower case) to year -> (first day, last day); {} when unsupported."""
    try:
        cal = holidays.country_holidays(
            country, years=range(FIRST_YEAR, LAST_YEAR + 1), language=language
        )
    except (NotImplementedError, KeyError):
        return {}
    if language not in (cal.supported_languages or ()) and language != cal.default_language:
        return {}
    out: dict[str, dict[int, tuple[dt.date, dt.date]]] = defaultdict(dict)
    for day, joined in sorted(cal.items()):
        for name in joined.split("; "):
            key = " ".join(name.lower().split())
            if not key or SKIP.search(key):
                continue
            run = out[key].get(day.year)
            if run is None:
                out[key][day.year] = (day, day)
            elif (day - run[1]).days <= 1:  # consecutive days: one holiday of several days
                out[key][day.year] = (run[0], day)
            # a second, separate run in the same year (a lunar feast twice, two Christmases
            # in a transition year) is left out: the first one stands for the year
    return out


def _spec(years: dict[int, tuple[dt.date, dt.date]]) -> tuple[str, ...]:
    """One entry per year from FIRST_YEAR: "MMDD" or "MMDD-MMDD", "" when not held."""
    out = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        if y not in years:
            out.append("")
            continue
        a, b = years[y]
        if b.year != a.year:  # pragma: no cover - spans are within one year
            b = dt.date(a.year, 12, 31)
        out.append(a.strftime("%m%d") + ("" if a == b else "-" + b.strftime("%m%d")))
    return tuple(out)


def main() -> None:
    """Write the table file."""
    table: dict[str, tuple[str, ...]] = {}
    names: dict[str, dict[str, str]] = {}
    english_countries = list(ENGLISH_FIRST) + [
        c for cs in COUNTRIES.values() for c in cs if c not in ENGLISH_FIRST
    ]
    plan = [(lang, cs) for lang, cs in COUNTRIES.items()] + [("en", tuple(english_countries))]
    for lang, countries in plan:
        names[lang] = {}
        for country in countries:
            package_lang = "en_US" if lang == "en" else _pkg_lang(lang, country)
            for name, years in sorted(_names(country, package_lang).items()):
                hid = f"{country}:{name}"
                spec = _spec(years)
                if sum(1 for s in spec if s) < 5:
                    continue  # held in fewer than five years: not a standing holiday
                table.setdefault(hid, spec)
                names[lang].setdefault(name, hid)
    used = {hid for by_name in names.values() for hid in by_name.values()}
    lines = [
        "# ruff: noqa: E501",
        '"""Public holidays per country and their names per language, from ``holidays``.',
        "",
        "Generated by ``scripts/gen_holiday_tables.py`` (do not edit by hand).",
        f"``HOLIDAY_TABLE[id]`` holds one entry per year from {FIRST_YEAR} to {LAST_YEAR}:",
        '"MMDD", "MMDD-MMDD" for a holiday of several days, or "" when not held that year.',
        "``HOLIDAY_NAMES[lang]`` maps a lower-case name to its id (country:name); read by",
        ":mod:`tracker.lexicon.calendar`.",
        "",
        "Example:",
        '    >>> HOLIDAY_TABLE[HOLIDAY_NAMES["ko"]["추석"]][24]',
        "    '0917'",
        '"""',
        "",
        f"FIRST_YEAR: int = {FIRST_YEAR}",
        "",
        "HOLIDAY_TABLE: dict[str, tuple[str, ...]] = {",
    ]
    for hid in sorted(used):
        body = ", ".join(repr(s) for s in table[hid])
        wrapped = textwrap.wrap(body, 88)
        lines.append(f"    {hid!r}: (")
        lines += [f"        {w}" for w in wrapped]
        lines.append("    ),")
    lines += ["}", "", "HOLIDAY_NAMES: dict[str, dict[str, str]] = {"]
    for lang, by_name in names.items():
        lines.append(f"    {lang!r}: {{")
        lines += [f"        {k!r}: {v!r}," for k, v in sorted(by_name.items())]
        lines.append("    },")
    lines += ["}", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(OUT)], check=False)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(used)} holidays, {len(names)} languages")


if __name__ == "__main__":
    sys.exit(main())
