"""extract_claims: the seed report, our own invented reports, non-claims and bad input."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from extract_cases import CASES, NON_CLAIMS, REGISTRY_ROWS, Expected
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import ROOT, examples

from tracker.claims.extract import (
    extract_claims,
    propose,
    split_sentences,
    to_report_claims,
)
from tracker.claims.registry import Registry, load_registry
from tracker.table.ledger import claim_id
from tracker.table.schema import COLUMN_NAMES, validate

D = dt.date
SEED = ROOT / "seeds" / "000_fa9f0326c5be52ea.txt"
SEED_ID = "2024-11-01-dprk-holy-war"
PUBLISHED = D(2024, 11, 1)
CASE_REGISTRY = Registry.from_rows(REGISTRY_ROWS)

# (figure, metric, status, claimant, claimant words, via, when, start, end, kind, location)
SEED_EXPECTED = [
    (
        "thousands of Korean soldiers",
        "troops_present",
        "reported",
        "unattributed",
        "reportedly",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        "Kursk region",
    ),
    (
        "several thousand soldiers",
        "troops_present",
        "reported",
        "Western officials",
        "Western sources",
        None,
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        "Kursk region",
    ),
    (
        "around 20 years old",
        "other",
        "reported",
        "South Korea military sources",
        "military sources",
        "JoongAng > military sources",
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        "Russia",
    ),
    (
        "$2,000 per month",
        "pay",
        "reported",
        "South Korea military sources",
        "military sources",
        "JoongAng > military sources",
        None,
        D(2024, 11, 1),
        D(2024, 11, 1),
        "asof",
        None,
    ),
    (
        "at least 3,000 soldiers",
        "troops_transported",
        "reported",
        "US and South Korea governments",
        "The United States and South Korea",
        None,
        "in October",
        D(2024, 10, 1),
        D(2024, 10, 31),
        "period",
        "North Korea to Russia",
    ),
    (
        "10,000 military personnel",
        "troops_planned",
        "planned",
        "US and South Korea governments",
        "The United States and South Korea",
        None,
        "By the end of the year",
        D(2024, 11, 1),
        D(2024, 12, 31),
        "deadline",
        None,
    ),
    (
        "about 2,000 North Korean soldiers",
        "troops_transported",
        "reported",
        "Japanese and Ukrainian media",
        "Japanese and Ukrainian media",
        None,
        "On Thursday",
        D(2024, 10, 31),
        D(2024, 10, 31),
        "point",
        "European part of the country",
    ),
]
SEED_COLUMNS = [
    "figure_text",
    "metric",
    "status",
    "claimant",
    "claimant_text",
    "via",
    "time_text",
    "period_start",
    "period_end",
    "period_kind",
    "location",
]


def _plain(value):
    if value is None or str(value) in ("<NA>", "NaT", "nan"):
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _tuples(table, columns):
    return [tuple(_plain(row[c]) for c in columns) for _, row in table.iterrows()]


@pytest.fixture(scope="module")
def registry():
    path = ROOT / "data" / "sources.csv"
    if not path.exists():
        pytest.skip("data/sources.csv is not there yet")
    return load_registry(path)


@pytest.fixture(scope="module")
def seed_table(registry):
    text = SEED.read_text(encoding="utf-8")
    return extract_claims(text, PUBLISHED, "en", SEED_ID, registry=registry, ages=True)


# --------------------------------------------------------------------------- the seed


def test_seed_proposes_exactly_the_listed_claims(seed_table):
    assert _tuples(seed_table, SEED_COLUMNS) == SEED_EXPECTED


def test_seed_spans_point_at_the_figure_words(seed_table):
    text = SEED.read_text(encoding="utf-8")
    spans = [text[int(r.span_start) : int(r.span_end)] for r in seed_table.itertuples()]
    assert spans == list(seed_table["figure_text"])


def test_seed_proposals_are_pending_rows_of_a_valid_claims_table(seed_table):
    assert list(seed_table.columns) == list(COLUMN_NAMES)
    assert set(seed_table["review"]) == {"pending"}
    assert set(seed_table["rank"]) == {"normal"}
    assert set(seed_table["subject"]) == {"DPRK"}
    validate(seed_table)  # raises on any bad row


def test_the_fast_frame_is_what_schema_coerce_gives(registry):
    import pandas as pd

    from tracker.table.schema import coerce, from_rows

    rows = propose(SEED.read_text(encoding="utf-8"), PUBLISHED, registry=registry, ages=True)
    slow = coerce(pd.DataFrame.from_records(rows, columns=list(COLUMN_NAMES)))
    fast = from_rows(rows)
    assert (fast.dtypes.equals(slow.dtypes), fast.equals(slow)) == (True, True)
    empty = coerce(pd.DataFrame(columns=list(COLUMN_NAMES)))
    assert from_rows([]).dtypes.equals(empty.dtypes)


def test_seed_claim_ids_are_the_ledger_ids(seed_table):
    expected = [claim_id(SEED_ID, figure, 0) for figure in seed_table["figure_text"]]
    assert list(seed_table["claim_id"]) == expected


def test_seed_flags_say_where_the_claimant_came_from(seed_table):
    flags = dict(zip(seed_table["figure_text"], seed_table["flags"], strict=True))
    assert (flags["$2,000 per month"], flags["10,000 military personnel"]) == (
        "attribution-inherited",
        "attribution-carried",
    )


def test_seed_without_ages_leaves_the_age_out(registry):
    text = SEED.read_text(encoding="utf-8")
    table = extract_claims(text, PUBLISHED, registry=registry)
    assert list(table["figure_text"]) == [e[0] for e in SEED_EXPECTED if e[1] != "other"]


def test_seed_proposals_match_the_hand_entered_claims(registry):
    """Same figures, metrics, statuses, claimants and times as data/reports/<seed>.yaml."""
    from tracker.table.ledger import read_report

    report = read_report(ROOT / "data" / "reports" / f"{SEED_ID}.yaml")
    hand = [
        (
            c["figure"],
            c["metric"],
            c.get("status", "reported"),
            registry.resolve(c["claimant"]).name,
            c.get("via"),
            c.get("when"),
        )
        for c in report["claims"]
    ]
    text = SEED.read_text(encoding="utf-8")
    table = extract_claims(text, PUBLISHED, registry=registry, ages=True)
    assert _tuples(table, ["figure_text", "metric", "status", "claimant", "via", "time_text"]) == (
        hand
    )


# --------------------------------------------------------------------------- our own reports


def _expected_of(table):
    return tuple(
        Expected(*row)
        for row in _tuples(
            table, ["figure_text", "metric", "status", "claimant", "via", "time_text", "location"]
        )
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invented_report_gives_its_expected_claims(case):
    table = extract_claims(
        case.text, case.published, case.lang, registry=CASE_REGISTRY, ages=case.ages
    )
    assert _expected_of(table) == case.expected


@pytest.mark.parametrize("lang, text", NON_CLAIMS)
def test_dates_years_calibres_models_distances_durations_are_not_claims(lang, text):
    assert extract_claims(text, PUBLISHED, lang, registry=CASE_REGISTRY).empty


ATTRIBUTION_CASES = [
    # (sentence(s), claimant, claimant words, via, flags or None)
    ("According to the NIS, 3,000 soldiers were sent.", "South Korea NIS", "the NIS", None, None),
    ("3,000 soldiers were sent, the NIS said.", "South Korea NIS", "the NIS", None, None),
    ("The NIS on Tuesday said 3,000 soldiers were sent.", "South Korea NIS", "The NIS", None, None),
    (
        "Reuters reported, citing military sources, that 3,000 soldiers were sent.",
        "South Korea military sources",
        "military sources",
        "Reuters > military sources",
        None,
    ),
    (
        "3,000 soldiers were sent, Ukrainian officials told the Financial Times.",
        "Ukraine anonymous officials",
        "Ukrainian officials",
        "Financial Times > Ukrainian officials",
        None,
    ),
    (
        "A local blogger said 3,000 soldiers were sent.",
        "local blogger",
        "A local blogger",
        None,
        "claimant-new-source",
    ),
    ("3,000 soldiers were sent.", "unattributed", "unattributed", None, "no-attribution"),
    ("3,000 soldiers were allegedly sent.", "unattributed", "allegedly", None, None),
    (
        "Peskov said nothing new. He added that 3,000 soldiers were sent.",
        "Kremlin",
        "Peskov",
        None,
        "claimant-from-pronoun",
    ),
]


@pytest.mark.parametrize("text, claimant, words, via, flags", ATTRIBUTION_CASES)
def test_attribution_styles(text, claimant, words, via, flags):
    table = extract_claims(text, PUBLISHED, registry=CASE_REGISTRY)
    assert _tuples(table, ["claimant", "claimant_text", "via", "flags"]) == [
        (claimant, words, via, flags)
    ]


METRIC_CASES = [
    ("Pyongyang will send 5,000 more soldiers.", "troops_planned", "planned"),
    ("5,000 soldiers arrived by train.", "troops_transported", "reported"),
    ("5,000 soldiers are fighting on the front line.", "troops_deployed_front", "reported"),
    ("5,000 soldiers are stationed near Kursk.", "troops_present", "reported"),
    ("5,000 soldiers have been killed.", "killed", "reported"),
    ("5,000 soldiers have been injured.", "wounded", "reported"),
    ("The war has cost them 5,000 casualties.", "casualties", "reported"),
    ("5,000 soldiers have been taken prisoner.", "captured", "reported"),
    ("Moscow delivered 5,000 shells.", "materiel", "reported"),
    ("Pyongyang sent 5,000 construction workers.", "workers_sent", "reported"),
    ("North Korea has sent 5,000 soldiers and plans to send more.", "troops_present", "reported"),
    ("Moscow denied that 5,000 soldiers were sent.", "troops_present", "denied"),
]


@pytest.mark.parametrize("text, metric, status", METRIC_CASES)
def test_metric_and_status_cues(text, metric, status):
    table = extract_claims(text, PUBLISHED, registry=CASE_REGISTRY)
    assert _tuples(table, ["metric", "status"]) == [(metric, status)]


def test_copies_of_one_claim_are_proposed_once():
    text = "3,000 soldiers were sent to Russia.\nThe NIS said 3,000 soldiers were sent to Russia."
    table = extract_claims(text, PUBLISHED, registry=CASE_REGISTRY)
    assert _tuples(table, ["figure_text", "claimant", "flags"]) == [
        ("3,000 soldiers", "South Korea NIS", "copies-merged")
    ]


def test_two_claimants_with_the_same_figure_stay_two_claims():
    text = "The NIS said 3,000 soldiers were sent.\nPeskov said 3,000 soldiers were sent."
    table = extract_claims(text, PUBLISHED, registry=CASE_REGISTRY)
    assert list(table["claimant"]) == ["South Korea NIS", "Kremlin"]


def test_claim_ids_count_repeated_figure_words():
    text = "The NIS said 3,000 soldiers were sent.\nPeskov said 3,000 soldiers were sent."
    table = extract_claims(text, PUBLISHED, report_id="r-1", registry=CASE_REGISTRY)
    assert list(table["claim_id"]) == [
        claim_id("r-1", "3,000 soldiers", 0),
        claim_id("r-1", "3,000 soldiers", 1),
    ]


def test_no_publication_date_flags_and_leaves_dates_open():
    table = extract_claims("The NIS said 3,000 soldiers were sent.", None, registry=CASE_REGISTRY)
    assert _tuples(
        table, ["period_start", "period_end", "period_kind", "flags", "published_precision"]
    ) == [(None, None, "asof", "no-publication-date", "unknown")]


def test_published_may_be_an_iso_string():
    a = extract_claims(
        "The NIS said 3,000 soldiers were sent.", "2024-11-01", registry=CASE_REGISTRY
    )
    b = extract_claims("The NIS said 3,000 soldiers were sent.", PUBLISHED, registry=CASE_REGISTRY)
    assert a.equals(b)


def test_to_report_claims_keeps_a_new_source_as_its_claimant():
    table = extract_claims(
        "A local blogger said 3,000 soldiers were sent.", PUBLISHED, registry=CASE_REGISTRY
    )
    assert to_report_claims(table) == [
        {
            "figure": "3,000 soldiers",
            "metric": "troops_present",
            "claimant": "local blogger",
            "status": "reported",
            "scope": "total",
            "subject": "DPRK",
            "review": "pending",
            "rank": "normal",
            "note": "claimant 'local blogger' proposed as a new registry row",
        }
    ]


SPLIT_CASES = [
    ("One. Two.", ["One.", "Two."]),
    ("Gen. Kim came. U.S. officials left.", ["Gen. Kim came.", "U.S. officials left."]),
    ("It rose 3.5 percent. Then fell.", ["It rose 3.5 percent.", "Then fell."]),
    ('He said "go." Then left.', ['He said "go."', "Then left."]),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ("첫 문장이다. 둘째 문장이다.", ["첫 문장이다.", "둘째 문장이다."]),
]


@pytest.mark.parametrize("text, sentences", SPLIT_CASES)
def test_split_sentences(text, sentences):
    assert [text[a:b] for a, b, _ in split_sentences(text)] == sentences


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["", "   \n\t ", "No figures in this text at all."])
def test_texts_without_figures_give_an_empty_table(text):
    table = extract_claims(text, PUBLISHED, registry=CASE_REGISTRY)
    assert (table.empty, list(table.columns)) == (True, list(COLUMN_NAMES))


@pytest.mark.parametrize("text", [b"3,000 soldiers", None])
def test_a_text_that_is_not_a_string_raises_a_clear_error(text):
    with pytest.raises(TypeError, match="as str"):
        extract_claims(text, PUBLISHED)


@pytest.mark.parametrize("published", ["1 November", 20241101, "2024-02-30"])
def test_a_publication_date_that_is_not_a_date_counts_as_unknown(published):
    table = extract_claims("3,000 soldiers were sent.", published)
    assert list(table["best"]) == [3000.0]
    assert table["published"].isna().all()
    assert "no-publication-date" in table["flags"].iloc[0]


def test_a_10_mb_text_gives_no_proposals_and_a_clear_warning():
    text = "The NIS said 3,000 soldiers were sent. " * 260_000  # about 10 MB
    with pytest.warns(UserWarning, match="at most"):
        assert propose(text, PUBLISHED, registry=CASE_REGISTRY) == []


def test_a_long_report_of_copies_finishes_and_merges_them(registry):
    text = "\n".join([SEED.read_text(encoding="utf-8")] * 40)  # ~90,000 characters
    rows = propose(text, PUBLISHED, registry=registry)
    assert [r["figure_text"] for r in rows] == [e[0] for e in SEED_EXPECTED if e[1] != "other"]


def test_binary_junk_gives_a_table_not_a_crash():
    rng = random.Random(5)
    junk = bytes(rng.randrange(256) for _ in range(100_000)).decode("latin-1")
    table = extract_claims(junk, PUBLISHED, registry=CASE_REGISTRY)
    assert list(table.columns) == list(COLUMN_NAMES)


WORDS = [
    "3,000",
    "about",
    "soldiers",
    "troops",
    "said",
    "the NIS",
    "according to",
    "killed",
    "in October",
    "by",
    "reportedly",
    ",",
    ".",
    "\n",
    "$2,000",
    "a month",
    "will",
    "sent",
    "1만 명",
    "rund",
    "10.000",
    "Soldaten",
    "citing",
    "Reuters",
    "denied",
    "(",
    ")",
    '"',
]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)),
    st.sampled_from(["en", "de", "ko", "ja", "zh", "ru", None]),
)
def test_random_text_never_crashes_and_spans_point_at_words(text, lang):
    rows = propose(text, PUBLISHED, lang, registry=CASE_REGISTRY)
    for row in rows:
        assert text[row["span_start"] : row["span_end"]] == row["figure_text"]
        assert row["review"] == "pending"


# --------------------------------------------------------------- issue 11: attribution, scope ...


def _one(rows, figure_start):
    return next(r for r in rows if r["figure_text"].startswith(figure_start))


def test_source_in_the_next_paragraph_is_the_claimant():
    text = (
        "Около 7 тысяч военных КНДР находятся в Курской области.\n\n"
        "Об этом сообщило ГУР в понедельник."
    )
    row = _one(propose(text, PUBLISHED, "ru", registry=CASE_REGISTRY), "Около 7 тысяч")
    assert row["claimant"] == "Ukraine HUR"
    assert "attribution-after" in row["flags"]


def test_source_after_the_figure_in_the_next_sentence_of_a_quote():
    text = (
        '"Some 4,000 North Korean soldiers have reached the front. We expect more," '
        "a Pentagon spokesman told reporters."
    )
    row = _one(propose(text, PUBLISHED, "en", registry=CASE_REGISTRY), "Some 4,000")
    assert "Pentagon" in row["claimant"]


def test_a_named_source_missing_from_the_registry_is_proposed_not_unattributed():
    text = "Die Zeitung Nordkurier berichtete, 2.000 Soldaten seien in Kursk eingetroffen."
    row = _one(propose(text, PUBLISHED, "de", registry=CASE_REGISTRY), "2.000")
    assert row["claimant"] != "unattributed"
    assert "Nordkurier" in row["claimant"]
    assert "claimant-new-source" in row["flags"]


def test_new_source_rows_are_appended_once_and_atomically(tmp_path):
    from tracker.claims.new_sources import append_sources, new_source_rows
    from tracker.claims.registry import REGISTRY_COLUMNS

    path = tmp_path / "sources.csv"
    path.write_text(",".join(REGISTRY_COLUMNS) + "\n", encoding="utf-8")
    proposals = propose(
        "The news agency Hanbando Press said 900 soldiers were killed.",
        PUBLISHED,
        "en",
        registry=CASE_REGISTRY,
    )
    rows = new_source_rows(proposals, CASE_REGISTRY)
    assert [(r["name"], r["type"], r["side"], r["reliability"]) for r in rows] == [
        ("Hanbando Press", "media", "unknown", "F")
    ]
    assert append_sources(path, rows) == 1
    assert append_sources(path, rows) == 0  # already there
    registry = load_registry(path)  # the appended row is a valid registry row
    assert registry.resolve("Hanbando Press") is not None
    assert not list(tmp_path.glob("*.tmp"))


def test_pronoun_and_role_noun_take_the_last_named_source():
    text = (
        "The NIS briefed lawmakers on Monday. "
        "The agency said about 300 North Korean soldiers had been killed."
    )
    row = _one(propose(text, PUBLISHED, "en", registry=CASE_REGISTRY), "about 300")
    assert row["claimant"] == "South Korea NIS"


def test_relay_keeps_the_chain_in_korean():
    text = "연합뉴스가 국정원을 인용해 북한군 약 1500명이 이동했다고 보도했다."
    row = _one(propose(text, PUBLISHED, "ko", registry=CASE_REGISTRY), "약 1500명")
    assert row["claimant"] == "South Korea NIS"
    assert row["via"] and "국정원" in row["via"]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ja", "北朝鮮兵約500人が死亡、約1500人が負傷した。", [("killed", 500), ("wounded", 1500)]),
        (
            "en",
            "About 800 North Korean soldiers died and about 2,400 were wounded.",
            [("killed", 800), ("wounded", 2400)],
        ),
        ("ru", "Погибли или получили ранения около 600 военных КНДР.", [("casualties", 600)]),
        ("zh", "约有70名朝鲜士兵伤亡。", [("casualties", 70)]),
        (
            "en",
            "Pyongyang sent 1,000 sappers to clear mines in Kursk.",
            [("workers_sent", 1000)],
        ),
        (
            "en",
            "North Korea shipped at least 40 ballistic missiles to Russia.",
            [("materiel", 40)],
        ),
        ("en", "At least 12 North Korean soldiers went missing.", [("other", 12)]),
    ],
)
def test_what_is_counted(lang, text, want):
    rows = propose(text, PUBLISHED, lang, registry=CASE_REGISTRY)
    assert [(r["metric"], r["best"]) for r in rows] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("North Korea will send another 3,000 soldiers, the NIS said.", "increment"),
        ("Ukraine's army said it killed 40 North Korean soldiers on Sunday.", "incident"),
        ("About 11,000 North Korean soldiers are in Russia, the NIS said.", "total"),
    ],
)
def test_scope(text, want):
    rows = propose(text, PUBLISHED, "en", registry=CASE_REGISTRY)
    assert [r["scope"] for r in rows] == [want]


def test_plans_and_facts_per_clause():
    text = "Russia has moved 2,500 North Korean soldiers and 8,000 more are due by spring."
    rows = propose(text, PUBLISHED, "en", registry=CASE_REGISTRY)
    assert [(r["best"], r["status"], r["scope"]) for r in rows] == [
        (2500, "reported", "total"),
        (8000, "planned", "increment"),
    ]


def test_a_revision_gives_two_claims_linked_by_supersedes():
    text = "The NIS raised its estimate of North Korean troops to 12,000 from 9,000."
    rows = propose(text, PUBLISHED, "en", registry=CASE_REGISTRY)
    new, old = (_one(rows, "12,000"), _one(rows, "from 9,000"))
    assert new["supersedes"] == old["claim_id"]
    assert old["supersedes"] is None


def test_a_headline_restating_a_body_figure_folds_into_one_claim():
    text = (
        "About 6,000 North Korean troops in Kursk\n"
        "About 6,000 North Korean troops are in Kursk, the NIS said on Monday."
    )
    rows = propose(text, dt.date(2024, 11, 6), "en", registry=CASE_REGISTRY)
    assert len(rows) == 1
    assert rows[0]["claimant"] == "South Korea NIS"
    assert "restatement-folded" in rows[0]["flags"]
    assert "restated at characters 0-" in rows[0]["note"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pyongyang, 14 March 2025 - The KN-23 missile was tested again."),
        ("ru", "Военные КНДР будут задействованы 27-28 октября, заявил он."),
        ("ja", "新型ＩＣＢＭ「火星２０」が公開された。"),
        ("en", "Call 555-0199 for the newsletter; offices opened in 1998."),
    ],
)
def test_non_claims_are_never_proposed(lang, text):
    assert propose(text, PUBLISHED, lang, registry=CASE_REGISTRY) == []


def test_language_is_detected_when_none_is_given():
    from tracker.claims.language import detect_language

    text = "Nach Angaben des Geheimdienstes sind 10.000 bis 12.000 Soldaten in Russland."
    assert detect_language(text) == "de"
    rows = propose(text, PUBLISHED, None, registry=CASE_REGISTRY)
    assert [(r["low"], r["high"], r["language"]) for r in rows] == [(10000, 12000, "de")]
    assert detect_language("북한군 약 1만1000명이 쿠르스크에 배치됐다.") == "ko"
    assert detect_language("12 345 ---") == "en"


def test_an_unsupported_language_is_an_error_naming_the_supported_codes():
    with pytest.raises(ValueError, match="supported codes: .*de, en"):
        propose("1,000 soldiers", PUBLISHED, "xx")


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "3,000 soldiers",
                "\u200f",
                "\u202e",
                "\x00",
                "\x1b[31m",
                "국정원은",
                "약 1만명",
                "據路透社",
                "مقاتل",
                "said",
                "\n\n",
                "около 8 тысяч",
                ".",
                "KN-23",
            ]
        ),
        max_size=40,
    ).map("".join),
    st.sampled_from(["en", "ko", "zh", "ru", "ar", None]),
)
def test_control_characters_rtl_marks_and_mixed_scripts_never_crash(text, lang):
    for row in propose(text, PUBLISHED, lang, registry=CASE_REGISTRY):
        assert text[row["span_start"] : row["span_end"]] == row["figure_text"]
        if row["claimant"] == "unattributed":  # never named words dropped to unattributed
            assert row["claimant_text"] in (None, "unattributed")


@pytest.mark.slow
def test_a_one_megabyte_text_is_read_without_error():
    unit = "Seoul said 3,000 soldiers \u200f were sent; 국정원은 약 1만명이 있다고 밝혔다. \x07\n"
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    rows = propose(text, PUBLISHED, "en", registry=CASE_REGISTRY)
    assert rows and all(text[r["span_start"] : r["span_end"]] == r["figure_text"] for r in rows)


def test_cli_extract_detects_the_language_and_prints_the_normalised_fields(tmp_path, capsys):
    from tracker import cli

    story = tmp_path / "story.txt"
    story.write_text(
        "Nach Angaben des Geheimdienstes sind weitere 10.000 bis 12.000 Soldaten eingetroffen.",
        encoding="utf-8",
    )
    assert cli.main(["extract", str(story), "--published", "2024-11-01"]) == 0
    out = capsys.readouterr().out
    assert "language: de (detected" in out
    header = out.splitlines()[1].split()
    assert header[:6] == ["span", "figure_text", "number", "qualifier", "metric", "scope"]
    row = out.splitlines()[2]
    assert "10000-12000" in row and "range" in row and "increment" in row


def test_cli_extract_refuses_an_unsupported_language(tmp_path, capsys):
    from tracker import cli

    story = tmp_path / "story.txt"
    story.write_text("1,000 soldiers", encoding="utf-8")
    assert cli.main(["extract", str(story), "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "language 'xx' is not supported" in err and "ko" in err


def test_cli_add_appends_a_new_source_so_the_report_loads(ledger, tmp_path, capsys):
    from tracker import cli
    from tracker.table.ledger import load_claims

    story = tmp_path / "story.txt"
    story.write_text(
        "The newspaper Pyongyang Watch said 700 North Korean soldiers were killed.",
        encoding="utf-8",
    )
    before = (ledger / "sources.csv").read_text(encoding="utf-8")
    args = ["add", str(story), "--url", "https://example.org/c", "--published", "2024-11-01"]
    assert cli.main([*args, "--lang", "en", "--data", str(ledger), "--accept-all"]) == 0
    after = (ledger / "sources.csv").read_text(encoding="utf-8")
    assert after.startswith(before)
    added = after[len(before) :].strip().splitlines()
    assert len(added) == 1 and added[0].startswith("Pyongyang Watch,,media,unknown,XX,F")
    claims = load_claims(ledger, cache=False)
    assert claims["claimant"].tolist() == ["Pyongyang Watch"]
    assert "new source(s) proposed" in capsys.readouterr().out


def test_a_role_noun_takes_the_last_named_source_of_its_kind():
    text = (
        "The news agency Hanbando Press reported the briefing. Zelensky said talks went on. "
        "The agency said about 900 North Korean soldiers had been wounded."
    )
    row = _one(propose(text, PUBLISHED, "en", registry=CASE_REGISTRY), "about 900")
    assert row["claimant"] == "Hanbando Press"
    assert "claimant-from-pronoun" in row["flags"]
    text = (
        "The NIS said it briefed lawmakers. Zelensky said talks went on. "
        "He said 900 soldiers were wounded."
    )
    row = _one(propose(text, PUBLISHED, "en", registry=CASE_REGISTRY), "900")
    assert row["claimant"] == "Zelensky"


TIME_SENTENCES = [
    ("en", "By the end of the year about 10,000 soldiers will have arrived, officials said."),
    ("en", "Since early October some 3,000 troops crossed, and 2,000 more came last week."),
    ("en", "On Monday, 14 March 2025, the ministry said 1,500 soldiers moved in February."),
    ("en", "In the first half of 2024 at least 600 were killed; as of December 16 it was 1,000."),
    ("ru", "Около 8 тысяч военных прибыли в конце октября, а ещё 2 тысячи - в начале ноября."),
    ("de", "Seit September sind etwa 5000 Soldaten eingetroffen, im Oktober weitere 1000."),
    ("en", "Over the summer 4,000 troops trained there, and since 2023 about 9,000 served."),
]


@pytest.mark.parametrize(("lang", "text"), TIME_SENTENCES)
def test_time_phrases_read_near_time_words_equal_those_of_the_whole_sentence(lang, text):
    from tracker.claims.extract import _anchored, _times

    whole = [(t.span, t.start, t.end) for t in _times(text, 0, len(text), PUBLISHED, lang)]
    parts = [
        (t.span, t.start, t.end)
        for a, b in _anchored(text, 0, len(text), lang)
        for t in _times(text, a, b, PUBLISHED, lang)
    ]
    assert whole
    assert parts == whole


def _source(name, aliases, kind):
    return {
        "name": name,
        "aliases": aliases,
        "type": kind,
        "side": "unknown",
        "country": "XX",
        "reliability": "C",
        "reason": "test",
    }


LANG_REGISTRY = Registry.from_rows(
    [
        _source("NIS", "国家情報院|国家情报院|국가정보원|국정원", "intelligence"),
        _source("Zelensky", "泽连斯基|Зеленський|président Zelensky", "head_of_state"),
        _source("Pentagon", "Pentágono|Pentagono", "government"),
        _source("HUR", "ГУР", "intelligence"),
    ]
)


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        ("ja", "韓国の国家情報院は、北朝鮮兵約3000人がロシアに移動したと明らかにした。", "NIS"),
        ("zh", "乌克兰总统泽连斯基表示,约有3000名朝鲜士兵伤亡。", "Zelensky"),
        ("zh", "据国家情报院称,另有2000名朝鲜士兵抵达俄罗斯。", "NIS"),
        ("ko", "북한군 약 2000명이 추가로 파병됐다고 국가정보원이 밝혔다.", "NIS"),
        ("ko", "국정원은 북한군 사상자가 3000여 명에 이른다고 평가했다.", "NIS"),
        ("es", "Según el Pentágono, unos 7.000 soldados norcoreanos llegaron a Kursk.", "Pentagon"),
        (
            "it",
            "Secondo il Pentagono, almeno 4.000 soldati sono stati uccisi o feriti.",
            "Pentagon",
        ),
        (
            "fr",
            "Environ 900 soldats ont été tués, a affirmé le président Zelensky lundi.",
            "Zelensky",
        ),
        ("uk", "За даними ГУР, близько 12 тисяч військових КНДР перебувають на Курщині.", "HUR"),
    ],
)
def test_attribution_in_each_language(lang, text, claimant):
    rows = propose(text, PUBLISHED, lang, registry=LANG_REGISTRY)
    assert len(rows) == 1
    assert claimant in rows[0]["claimant"]


def test_saving_proposals_with_a_new_source_appends_its_registry_row(ledger):
    from tracker.table.ledger import load_claims
    from tracker.table.review import save_proposals

    text = "The newspaper Pyongyang Watch said 700 North Korean soldiers were killed."
    proposals = extract_claims(
        text, "2024-11-01", "en", registry=load_registry(ledger / "sources.csv")
    )
    meta = {"url": "https://example.org/w", "published": "2024-11-01"}
    save_proposals(meta, text, proposals, accept="all", data_dir=ledger)
    claims = load_claims(ledger, cache=False)
    assert claims[["claimant", "claimant_type", "reliability"]].values.tolist() == [
        ["Pyongyang Watch", "media", "F"]
    ]


def test_a_dateline_gives_the_publication_date_when_none_is_given():
    text = (
        "SEOUL, 14 March 2025 - About 2,000 North Korean soldiers arrived last week, the NIS said."
    )
    rows = propose(text, None, "en", registry=CASE_REGISTRY)
    assert [
        (r["best"], r["published"], str(r["period_start"]), str(r["period_end"])) for r in rows
    ] == [(2000, dt.date(2025, 3, 14), "2025-03-03", "2025-03-09")]
    assert (
        propose("2,000 soldiers arrived last week, the NIS said.", None, "en")[0]["published"]
        is None
    )


def test_a_list_of_sources_is_one_joint_claimant_not_its_last_member():
    text = "Estimates by the Pentagon, Kyiv, and Seoul show about 11,000 soldiers in Kursk."
    rows = propose(text, PUBLISHED, "en", registry=CASE_REGISTRY)
    assert [r["claimant"] for r in rows] == ["Pentagon, Kyiv, and Seoul"]
