"""The chart grammar: tests count and inspect artists (markers, bars, arrow caps, bands),
never pixels. The claims below are invented for these tests."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from claims_factory import NAN, claim, make_table  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from tracker.views.plots import (  # noqa: E402
    CHART_RULES,
    GIDS,
    MAX_POINTS,
    STYLE_PINS,
    add_chart_frame,
    chart_plan,
    chart_rules_markdown,
    claimant_style,
    claims_table,
    envelope_chart,
    originators_chart,
    plotted_claims,
    read_events,
    save_main_charts,
    spread_chart,
    timeline,
    timeline_figure,
)

PRESENT = "troops_present"


@pytest.fixture
def claims() -> pd.DataFrame:
    deadline = {"period_start": "2024-11-25", "period_end": "2024-12-31", "period_kind": "deadline"}
    october = {"period_start": "2024-10-01", "period_end": "2024-10-31", "period_kind": "period"}
    return make_table(
        [
            claim("p01", "2024-10-23", "South Korea NIS", PRESENT, "exact", (3000, 3000, 3000)),
            claim("p02", "2024-10-30", "Ukraine HUR", PRESENT, "more_than", (11000, 11000, NAN)),
            claim("p03", "2024-12-16", "Pentagon", PRESENT, "up_to", (NAN, 12000, 12000)),
            claim(
                "p04", "2024-12-05", "Western officials", PRESENT, "range", (10000, 11000, 12000)
            ),
            claim("p05", "2024-11-01", "unattributed", PRESENT, "vague", (1000, NAN, 9000)),
            claim(
                "p06",
                "2024-11-25",
                "South Korea NIS",
                PRESENT,
                "approx",
                (NAN, 15000, NAN),
                status="planned",
                **deadline,
            ),
            claim("p07", "2024-11-20", "Russia", PRESENT, "exact", (0, 0, 0), status="denied"),
            claim("p08", None, "unattributed", PRESENT, "approx", (NAN, 5000, NAN)),
            claim(
                "p09",
                "2025-01-15",
                "South Korea NIS",
                PRESENT,
                "approx",
                (NAN, 9000, NAN),
                review="pending",
            ),
            claim("p10", "2025-01-16", "Pentagon", PRESENT, "exact", (1, 1, 1), review="rejected"),
            claim(
                "p11",
                "2024-10-23",
                "South Korea NIS",
                PRESENT,
                "exact",
                (3000, 3000, 3000),
                outlet="Wire B",
                via="Yonhap",
            ),
            claim(
                "p12",
                "2024-11-02",
                "Ukraine HUR",
                "troops_transported",
                "at_least",
                (3000, 3000, NAN),
                **october,
            ),
            claim(
                "p13", "2024-12-20", "Ukraine HUR", "killed", "vague", (100, NAN, 900), **october
            ),
        ]
    )


def new_ax():
    return Figure(figsize=(9, 5)).add_subplot()


def artists(ax, role: str) -> list:
    """Artists of a role; a claim marker's gid is the role, "--", and its claim id."""
    gid = GIDS[role]
    return [a for a in ax.findobj(lambda a: str(a.get_gid()).split("--")[0] == gid) if a is not ax]


def hollow(ax) -> list[str]:
    """Colours of the claim markers drawn hollow (planned)."""
    return [
        m.get_markeredgecolor() for m in artists(ax, "marker") if m.get_markerfacecolor() == "none"
    ]


# --- styles ----------------------------------------------------------------------------------

STYLES = [
    ("South Korea NIS", {"color": "#1f77b4", "marker": "o"}),
    ("Ukraine HUR", {"color": "#ff7f0e", "marker": "s"}),
    ("unattributed", {"color": "#7f7f7f", "marker": "o"}),
    ("Western officials", {"color": "#e377c2", "marker": "D"}),
    # not pinned: SHA-256 of the name picks a free pair, the same in every run and process
    ("Iran government", {"color": "#bcbd22", "marker": "o"}),
]


@pytest.mark.parametrize(("claimant", "style"), STYLES)
def test_claimant_style_is_fixed(claimant: str, style: dict) -> None:
    assert claimant_style(claimant) == style


def test_hashed_styles_avoid_pinned_pairs_and_the_denial_x() -> None:
    pinned = {tuple(v) for v in STYLE_PINS.values()}
    names = [f"claimant {i}" for i in range(200)]
    pairs = {(claimant_style(n)["color"], claimant_style(n)["marker"]) for n in names}
    assert (pairs & pinned, {m for _, m in pairs} & {"x", "+"}) == (set(), set())


def test_same_claimant_same_colour_in_two_charts(claims: pd.DataFrame) -> None:
    ax1 = timeline(claims, new_ax(), [PRESENT])
    ax2 = envelope_chart(claims.iloc[::-1], new_ax(), PRESENT, "2024-12-31")

    def colour_of(ax, y):
        return {m.get_markeredgecolor() for m in artists(ax, "marker") if m.get_ydata()[0] == y}

    assert colour_of(ax1, 12000) == colour_of(ax2, 12000) == {claimant_style("Pentagon")["color"]}


# --- timeline grammar ------------------------------------------------------------------------


def test_timeline_artists(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), [PRESENT])
    counts = {
        role: len(artists(ax, role))
        for role in (
            "marker",
            "denied",
            "bar",
            "arrow_up",
            "arrow_down",
            "band",
            "span",
            "deadline",
        )
    }
    assert counts == {
        "marker": 5,  # p01 (p11 is its relay), p02, p03, p04, p06; the vague p05 has none
        "denied": 1,  # p07
        "bar": 1,  # p04 range
        "arrow_up": 1,  # p02 more than
        "arrow_down": 1,  # p03 up to
        "band": 1,  # p05 vague
        "span": 0,
        "deadline": 1,  # p06 drawn to its date
    }
    assert hollow(ax) == [claimant_style("South Korea NIS")["color"]]


def test_denied_claim_is_an_x(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), [PRESENT])
    (denied,) = artists(ax, "denied")
    assert (denied.get_marker(), denied.get_markeredgecolor(), list(denied.get_ydata())) == (
        "x",
        claimant_style("Russia")["color"],
        [0.0],
    )


def test_deadline_is_drawn_to_its_date(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), [PRESENT])
    (span,) = artists(ax, "deadline")
    start, end = (mdates.num2date(x).date().isoformat() for x in span.get_xdata())
    planned = [m for m in artists(ax, "marker") if m.get_markerfacecolor() == "none"]
    assert (start, end, span.get_linestyle(), list(span.get_ydata())) == (
        "2024-11-25",
        "2024-12-31",
        "--",
        [15000.0, 15000.0],
    )
    assert mdates.num2date(planned[0].get_xdata()[0]).date().isoformat() == "2024-12-31"


def test_period_is_a_span_not_a_dot_mid_month(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), ["troops_transported"])
    (span,) = artists(ax, "span")
    (marker,) = artists(ax, "marker")
    days = [mdates.num2date(x).date().isoformat() for x in span.get_xdata()]
    at = mdates.num2date(marker.get_xdata()[0]).date().isoformat()
    assert (days, at, len(artists(ax, "arrow_up"))) == (
        ["2024-10-01", "2024-10-31"],
        "2024-10-31",
        1,
    )


def test_vague_claim_is_a_band_over_its_period(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), ["killed"])
    (band,) = artists(ax, "band")
    left = mdates.num2date(band.get_x()).date().isoformat()
    right = mdates.num2date(band.get_x() + band.get_width()).date().isoformat()
    assert (left, right, band.get_y(), band.get_height(), len(artists(ax, "marker"))) == (
        "2024-10-01",
        "2024-10-31",
        100.0,
        800.0,
        0,
    )


def test_revised_claim_is_faded() -> None:
    since = {"period_start": "2024-11-01", "period_end": "2024-12-23", "period_kind": "since"}
    df = make_table(
        [
            claim("k1", "2024-12-23", "Ukraine HUR", "killed", "exact", (1500,) * 3, **since),
            claim("k2", "2025-01-05", "Ukraine HUR", "killed", "exact", (1800,) * 3, **since),
        ]
    )
    ax = timeline(df, new_ax(), ["killed"])
    alphas = sorted((m.get_ydata()[0], m.get_alpha()) for m in artists(ax, "marker"))
    assert alphas == [(1500.0, 0.3), (1800.0, 1.0)]


# --- frame -----------------------------------------------------------------------------------


def test_subtitle_and_footer(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), [PRESENT])
    (subtitle,) = artists(ax, "subtitle")
    (footer,) = artists(ax, "footer")
    assert subtitle.get_text() == "as of 16 Dec 2024 (latest report)"
    assert footer.get_text().replace("\n", " ") == (
        "Sources: South Korea NIS, Pentagon, Russia, Ukraine HUR, unattributed, Western "
        "officials (claimants); via Wire A (outlet). 1 undated claim not shown. 1 pending "
        "claim not shown. 1 relayed repeat of a figure drawn once."
    )
    assert ax.get_title(loc="left") == "Troops present: claims by source"


def test_pending_claims_on_request(claims: pd.DataFrame) -> None:
    ax = timeline(claims, new_ax(), [PRESENT], include_pending=True)
    (subtitle,) = artists(ax, "subtitle")
    assert (len(artists(ax, "marker")), subtitle.get_text()) == (
        6,
        "as of 15 Jan 2025 (latest report)",
    )


def test_add_chart_frame_replaces_the_frame(claims: pd.DataFrame) -> None:
    ax = new_ax()
    add_chart_frame(ax, claims, notes=["first"])
    add_chart_frame(ax, claims.iloc[:1], notes=["second"])
    texts = [a.get_text() for a in artists(ax, "footer")]
    assert texts == ["Sources: South Korea NIS (claimant); via Wire A (outlet). second."]


def test_other_units_are_left_out_and_said() -> None:
    df = make_table(
        [
            claim(
                "m1",
                "2024-11-03",
                "South Korea NIS",
                "pay",
                "exact",
                (2000,) * 3,
                unit="USD",
                per="month",
            ),
            claim(
                "m2",
                "2024-11-04",
                "Ukraine HUR",
                "pay",
                "exact",
                (2500,) * 3,
                unit="USD",
                per="month",
            ),
            claim(
                "m3",
                "2024-11-05",
                "Ukraine HUR",
                "pay",
                "exact",
                (2.7e6,) * 3,
                unit="KRW",
                per="month",
            ),
        ]
    )
    ax = timeline(df, new_ax(), ["pay"])
    (footer,) = artists(ax, "footer")
    assert (len(artists(ax, "marker")), ax.get_ylabel()) == (2, "USD per month")
    assert footer.get_text().endswith("1 claim in another unit or scope not shown.")
    fig = timeline_figure(df, ["pay"])
    assert [(a.get_title(loc="left"), a.get_ylabel()) for a in fig.axes] == [
        ("Pay — USD per month", "USD per month"),
        ("Pay — KRW per month", "KRW per month"),
    ]


# --- stocks and flows ------------------------------------------------------------------------


def test_stock_and_flow_refused_on_one_axis(claims: pd.DataFrame) -> None:
    with pytest.raises(ValueError) as err:
        timeline(claims, new_ax(), [PRESENT, "killed"])
    message = str(err.value)
    assert ("troops_present" in message, "killed" in message, "timeline_figure" in message) == (
        True,
        True,
        True,
    )


def test_stock_and_flow_split_into_axes(claims: pd.DataFrame) -> None:
    fig = timeline_figure(claims, [PRESENT, "troops_transported", "killed"])
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    ylabels = [ax.get_ylabel() for ax in fig.axes]
    assert titles == ["Troops present", "Troops transported", "Killed"]
    assert ylabels == [
        "persons present at the date (stock)",
        "persons over the period (flow)",
        "persons over the period (flow)",
    ]


def test_two_stocks_share_an_axis(claims: pd.DataFrame) -> None:
    df = claims.copy()
    df.loc[df["claim_id"] == "p06", "metric"] = "troops_planned"
    ax = timeline(df, new_ax(), [PRESENT, "troops_planned"])
    labels = sorted({a.get_text() for a in artists(ax, "label")})
    assert (len(artists(ax, "marker")), labels) == (5, ["planned", "present"])


# --- envelope, spread, originators -----------------------------------------------------------


def test_envelope_chart_artists(claims: pd.DataFrame) -> None:
    ax = envelope_chart(claims, new_ax(), PRESENT, "2024-12-31")
    counts = {
        role: len(artists(ax, role))
        for role in ("marker", "bar", "arrow_up", "arrow_down", "band", "envelope")
    }
    # live: NIS 3,000 and planned 15,000 (hollow), HUR >11,000, Pentagon <=12,000, officials
    # range, unattributed vague
    assert counts == {
        "marker": 5,
        "bar": 1,
        "arrow_up": 1,
        "arrow_down": 1,
        "band": 1,
        "envelope": 1,
    }
    assert hollow(ax) == [claimant_style("South Korea NIS")["color"]]
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert ticks == [
        "South Korea NIS",
        "Ukraine HUR",
        "South Korea NIS (planned)",
        "Pentagon",
        "Western officials",
        "unattributed",
    ]


def test_spread_chart_artists(claims: pd.DataFrame) -> None:
    ax = spread_chart(claims, new_ax(), PRESENT)
    found = {
        role: len(artists(ax, role)) for role in ("spread_bounds", "spread_best", "spread_median")
    }
    assert found == {"spread_bounds": 1, "spread_best": 1, "spread_median": 1}


def test_originators_chart_counts_relays_once(claims: pd.DataFrame) -> None:
    ax = originators_chart(claims, new_ax())
    bars = [(b.get_width(), b.get_facecolor()[:3]) for b in artists(ax, "appearances")]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    nis = matplotlib.colors.to_rgb(claimant_style("South Korea NIS")["color"])
    assert (bars, ticks, len(artists(ax, "originator"))) == (
        [(2.0, nis)],
        ["South Korea NIS — 3,000"],
        1,
    )


# --- files -----------------------------------------------------------------------------------


@pytest.mark.slow  # draws every chart twice
def test_save_main_charts_is_deterministic(claims: pd.DataFrame, tmp_path) -> None:
    first = save_main_charts(claims, tmp_path / "a")
    second = save_main_charts(claims, tmp_path / "b")
    names = [p.name for p in first]
    assert names == [
        "timeline-troops_present.png",
        "timeline-troops_present.svg",
        "envelope-troops_present.png",
        "envelope-troops_present.svg",
        "spread-troops_present.png",
        "spread-troops_present.svg",
        "timeline-troops_transported.png",
        "timeline-troops_transported.svg",
        "timeline-killed.png",
        "timeline-killed.svg",
        "originators.png",
        "originators.svg",
    ]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert b"<dc:date>" not in (tmp_path / "a" / "originators.svg").read_bytes()


def test_no_pyplot_figures_left_open(claims: pd.DataFrame) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    timeline_figure(claims)
    timeline(claims, new_ax(), [PRESENT])
    assert plt.get_fignums() == before


def test_a_denial_without_a_number_is_an_x_on_the_time_axis(claims):
    denial = claim(
        "p99",
        "2024-10-10",
        "Russia",
        PRESENT,
        "none",
        (NAN, NAN, NAN),
        status="denied",
        figure_text="fake news",
    )
    rows = make_table([*claims.to_dict("records"), denial])
    ax = timeline(rows, Figure().add_subplot(), [PRESENT])
    marks = [a for a in artists(ax, "denied") if a.get_transform() != ax.transData]
    assert [
        (mdates.num2date(m.get_xdata()[0]).date().isoformat(), m.get_ydata()[0]) for m in marks
    ] == [("2024-10-10", 0.0)]
    assert [t.get_text() for t in ax.texts if t.get_text().endswith("denies")] == ["Russia denies"]


# --- honest-chart rules ----------------------------------------------------------------------


def test_the_codebook_prints_the_chart_rules_table() -> None:
    from support import ROOT

    codebook = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    section = codebook.split("## Chart rules", 1)[1].split("\n## ", 1)[0]
    assert chart_rules_markdown() in section
    assert len(CHART_RULES) == chart_rules_markdown().count("\n") - 1


def test_no_axis_label_joins_units(claims: pd.DataFrame) -> None:
    pay = [
        claim(
            "u1",
            "2024-11-03",
            "South Korea NIS",
            "pay",
            "exact",
            (2000,) * 3,
            unit="USD",
            per="month",
        ),
        claim(
            "u2", "2024-11-04", "Ukraine HUR", "pay", "exact", (24000,) * 3, unit="USD", per="year"
        ),
        claim(
            "u3", "2024-11-05", "Pentagon", "pay", "exact", (2.7e6,) * 3, unit="KRW", per="month"
        ),
    ]
    fig = timeline_figure(make_table(pay), ["pay"])
    labels = sorted(a.get_ylabel() for a in fig.axes)
    assert labels == ["KRW per month", "USD per month", "USD per year"]
    assert all("/" not in label for label in labels)


def _scoped(claims: pd.DataFrame) -> pd.DataFrame:
    incident = claim("s1", "2024-12-10", "Zelensky", "killed", "exact", (9,) * 3, scope="incident")
    total = claim("s2", "2024-12-12", "Pentagon", "killed", "exact", (3000,) * 3)
    return make_table([*claims.to_dict("records"), incident, total])


def test_incidents_get_their_own_panel_and_stay_out_of_the_envelope(claims) -> None:
    df = _scoped(claims)
    fig = timeline_figure(df, ["killed"])
    assert [a.get_title(loc="left") for a in fig.axes] == [
        "Killed — totals",
        "Killed — single incidents",
    ]
    ax = envelope_chart(df, new_ax(), "killed", "2024-12-31")
    values = sorted(m.get_ydata()[0] for m in artists(ax, "marker"))
    assert values == [3000.0]  # the incident of 9 is not compared; HUR's vague band has no point


def test_a_stock_of_a_whole_period_is_drawn_at_its_end_with_a_bracket() -> None:
    october = {"period_start": "2024-10-01", "period_end": "2024-10-31", "period_kind": "period"}
    df = make_table(
        [claim("b1", "2024-11-02", "Ukraine HUR", PRESENT, "exact", (3000,) * 3, **october)]
    )
    ax = timeline(df, new_ax(), [PRESENT])
    (marker,) = artists(ax, "marker")
    (bracket,) = artists(ax, "bracket")
    days = [mdates.num2date(x).date().isoformat() for x in bracket.get_xdata()]
    assert mdates.num2date(marker.get_xdata()[0]).date().isoformat() == "2024-10-31"
    assert (days[0], days[-1], artists(ax, "span")) == ("2024-10-01", "2024-10-31", [])
    assert bracket.get_linewidth() < 1.5 and bracket.get_alpha() < 0.5


def test_the_envelope_title_and_subtitle_give_one_date_and_the_ageing_rule(claims) -> None:
    ax = envelope_chart(claims, new_ax(), PRESENT, "2024-12-31")
    (subtitle,) = artists(ax, "subtitle")
    assert ax.get_title(loc="left") == "Troops present: current claims by source"
    assert subtitle.get_text() == (
        "as of 31 Dec 2024 · current = each source's latest figure, if published within 180 days"
    )


def test_an_envelope_of_one_claimant_is_not_drawn_and_says_why(claims) -> None:
    df = claims[claims["claimant"] == "Pentagon"]
    ax = envelope_chart(df, new_ax(), PRESENT, "2024-12-31")
    (footer,) = artists(ax, "footer")
    assert artists(ax, "envelope") == []
    assert "no envelope: the current claims come from 1 claimant" in footer.get_text().replace(
        "\n", " "
    )
    plan = {c.stem: c.why_not for c in chart_plan(df)}
    assert plan["envelope-troops_present"].startswith("no envelope")


def test_key_events_are_marked_inside_the_time_axis(claims, tmp_path) -> None:
    (tmp_path / "events.csv").write_text(
        "date,label,source\n"
        "2024-11-15,Event inside,https://example.org/a\n"
        "2019-01-01,Event before,https://example.org/b\n",
        encoding="utf-8",
    )
    events = read_events(tmp_path)
    ax = timeline(claims, new_ax(), [PRESENT], events=events)
    lines = artists(ax, "event")
    labels = [t.get_text() for t in artists(ax, "event_label")]
    (footer,) = artists(ax, "footer")
    assert (len(lines), labels) == (1, ["2"])  # numbered in date order
    assert "Key events (dashed): 2 = Event inside (15 Nov 2024)" in footer.get_text().replace(
        "\n", " "
    )
    assert mdates.num2date(lines[0].get_xdata()[0]).date().isoformat() == "2024-11-15"


def test_a_bad_event_row_is_named(tmp_path) -> None:
    (tmp_path / "events.csv").write_text(
        "date,label,source\n2024-11-15,,https://example.org/a\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"events.csv, line 2: empty label"):
        read_events(tmp_path)


def test_the_shipped_events_have_dates_labels_and_sources() -> None:
    events = read_events()
    assert len(events) >= 3
    assert events["source"].str.startswith("https://").all()
    assert pd.Timestamp("2024-08-06") in set(events["date"])


def test_many_claims_are_summarised_per_source_and_month() -> None:
    rows = [
        claim(
            f"t{i:04d}",
            str((pd.Timestamp("2024-10-01") + pd.Timedelta(days=i % 120)).date()),
            ["South Korea NIS", "Ukraine HUR", "Pentagon"][i % 3],
            PRESENT,
            "exact",
            (1000.0 + i,) * 3,
        )
        for i in range(MAX_POINTS * 3)
    ]
    ax = timeline(make_table(rows), new_ax(), [PRESENT])
    (footer,) = artists(ax, "footer")
    assert len(artists(ax, "marker")) == 3 * 4  # three sources, four months
    assert f"{MAX_POINTS * 3} claims summarised" in footer.get_text().replace("\n", " ")


def test_every_svg_point_carries_claimant_outlet_and_link(claims, tmp_path) -> None:
    import re

    df = claims.assign(url=[f"https://example.org/{c}" for c in claims["claim_id"]])
    save_main_charts(df, tmp_path)
    svg = (tmp_path / "timeline-troops_present.svg").read_text(encoding="utf-8")
    groups = re.findall(r'<g id="claim-marker--([^"]+)">\s*<title>([^<]+)</title>', svg)
    assert sorted(cid for cid, _ in groups) == ["p01", "p02", "p03", "p04", "p06"]
    for cid, tip in groups:
        assert "Wire A" in tip and f"https://example.org/{cid}" in tip
        assert f'xlink:href="https://example.org/{cid}"' in svg
    assert "South Korea NIS: exact (Troops present) — Wire A, 23 Oct 2024" in dict(groups)["p01"]
    denial = re.search(r'<g id="denied-marker--p07">\s*<title>([^<]+)</title>', svg)
    assert denial and "Russia" in denial.group(1) and "https://example.org/p07" in denial.group(1)
    envelope = (tmp_path / "envelope-troops_present.svg").read_text(encoding="utf-8")
    tips = re.findall(r'<g id="claim-marker--([^"]+)">\s*<title>([^<]+)</title>', envelope)
    assert len(tips) == 5 and all(f"https://example.org/{cid}" in tip for cid, tip in tips)
    assert all(f'xlink:href="https://example.org/{cid}"' in envelope for cid, _ in tips)


def test_the_table_of_plotted_claims_links_each_report(claims) -> None:
    df = claims.assign(url=[f"https://example.org/{c}" for c in claims["claim_id"]])
    table = plotted_claims(df, [PRESENT])
    html = claims_table(df, [PRESENT]).to_html()
    assert sorted(table["claim_id"]) == ["p01", "p02", "p03", "p04", "p05", "p06", "p07"]
    assert html.count('<a href="https://example.org/') == 7
    assert "7 claims plotted" in html
    short = claims_table(df, [PRESENT], max_rows=2).to_html()
    assert short.count("<a href=") == 2 and "7 claims plotted; the latest 2 shown" in short


def test_chart_words_follow_the_vocabularies() -> None:
    from tracker.claims.vocabulary import AXIS_LABELS, METRIC_INFO, SCOPES
    from tracker.views.plots import PERSONS_LABELS, SCOPE_WORDS

    assert tuple(SCOPE_WORDS) == SCOPES
    kinds = {info.kind for info in METRIC_INFO.values() if info.axis.startswith("persons")}
    assert set(PERSONS_LABELS) == kinds
    assert PERSONS_LABELS["stock"] == AXIS_LABELS["persons_stock"]
    assert PERSONS_LABELS["flow"] == AXIS_LABELS["persons_flow"]
