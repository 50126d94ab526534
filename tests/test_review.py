"""The review loop on a throw-away ledger: propose, save pending, accept / reject / correct."""

from __future__ import annotations

import datetime as dt
import difflib

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from support import examples

from tracker import cli
from tracker.claims.extract import extract_claims, to_report_claims
from tracker.claims.registry import load_registry
from tracker.claims.vocabulary import METRICS, SCOPES
from tracker.table.edit import EditError, edit_claims
from tracker.table.ledger import add_report, claim_id, load_claims, read_report
from tracker.table.review import (
    ClaimNotFoundError,
    Decision,
    apply_decisions,
    pending_claims,
    pending_reviews,
    review_claim,
)
from tracker.table.schema import ValidationError

TEXT = (
    "The NIS said 3,000 soldiers were sent to Russia in October.\n"
    "Peskov denied that 2,000 soldiers were fighting near Kursk."
)
PUBLISHED = dt.date(2024, 11, 1)
META = {
    "url": "https://example.org/story-1",
    "outlet": "Example Wire",
    "published": "2024-11-01",
    "language": "en",
    "id": "2024-11-01-example-wire",
}
RID = META["id"]
ID_3000 = claim_id(RID, "3,000 soldiers", 0)
ID_2000 = claim_id(RID, "2,000 soldiers", 0)
COLUMNS = ["claim_id", "figure_text", "metric", "status", "claimant", "time_text", "review"]


def _rows(table):
    return [
        tuple(None if str(v) in ("<NA>", "nan") else v for v in row)
        for row in table[COLUMNS].itertuples(index=False)
    ]


@pytest.fixture
def report(ledger):
    """The ledger with TEXT added, its two claims proposed as pending."""
    registry = load_registry(ledger / "sources.csv")
    proposals = extract_claims(TEXT, PUBLISHED, "en", RID, registry=registry)
    path = add_report(META, TEXT, to_report_claims(proposals), data_dir=ledger)
    return path


def test_proposals_are_saved_pending_and_kept_out_of_the_table(ledger, report):
    assert load_claims(ledger, cache=False).empty
    assert _rows(pending_claims(ledger)) == [
        (ID_2000, "2,000 soldiers", "troops_deployed_front", "denied", "Kremlin", None, "pending"),
        (
            ID_3000,
            "3,000 soldiers",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "pending",
        ),
    ]


def test_accept_and_reject_round_trip(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger)
    review_claim(ID_2000, "reject", data_dir=ledger)
    assert _rows(load_claims(ledger, cache=False)) == [
        (
            ID_3000,
            "3,000 soldiers",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "accepted",
        ),
    ]
    everything = load_claims(ledger, include_rejected=True, cache=False)
    assert list(everything["review"]) == ["rejected", "accepted"]
    assert pending_claims(ledger).empty


def test_correct_sets_fields_and_accepts(ledger, report):
    path = review_claim(
        ID_3000,
        "correct",
        data_dir=ledger,
        metric="troops_transported",
        location="North Korea to Russia",
        when="in early October",
    )
    claim = read_report(path)["claims"][0]
    assert claim == {
        "figure": "3,000 soldiers",
        "metric": "troops_transported",
        "claimant": "The NIS",
        "when": "in early October",
        "status": "reported",
        "scope": "total",
        "subject": "DPRK",
        "location": "North Korea to Russia",
        "review": "accepted",
        "rank": "normal",
    }
    row = load_claims(ledger, cache=False).iloc[0]
    assert (row["period_start"].date(), row["period_end"].date()) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 10),
    )


def test_correcting_the_figure_keeps_the_claim_id(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger, figure="3,000")
    table = load_claims(ledger, cache=False)
    assert _rows(table) == [
        (
            ID_3000,
            "3,000",
            "troops_present",
            "reported",
            "South Korea NIS",
            "in October",
            "accepted",
        ),
    ]
    review_claim(ID_3000, "reject", data_dir=ledger)  # still found by its old id


def test_pins_are_corrections_too(ledger, report):
    review_claim(ID_3000, "accept", data_dir=ledger, low=2500, best=3000, high=3500)
    row = load_claims(ledger, cache=False).iloc[0]
    assert (row["low"], row["best"], row["high"], row["overridden"]) == (
        2500.0,
        3000.0,
        3500.0,
        "low;best;high",
    )


@pytest.mark.parametrize(
    "claim, decision, corrections, error, words",
    [
        (f"{RID}/00000000", "accept", {}, ClaimNotFoundError, f"{RID}/00000000"),
        ("no-such-report/00000000", "accept", {}, ClaimNotFoundError, "no-such-report"),
        ("garbage", "accept", {}, ClaimNotFoundError, "garbage"),
        (ID_3000, "maybe", {}, ValueError, "maybe"),
        (ID_3000, "accept", {"colour": "red"}, ValueError, "colour"),
        (ID_3000, "accept", {"metric": "troops"}, ValueError, "troops"),
        (ID_3000, "accept", {"status": "rumoured"}, ValueError, "rumoured"),
        (ID_3000, "accept", {"claimant": "Nobody Known"}, ValidationError, "Nobody Known"),
        (ID_3000, "accept", {"best": "lots"}, ValidationError, "lots"),
        (ID_3000, "accept", {"best": 3500}, ValidationError, "best <= high"),
    ],
)
def test_bad_reviews_raise_naming_the_problem_and_write_nothing(
    ledger, report, claim, decision, corrections, error, words
):
    before = report.read_bytes()
    with pytest.raises(error, match=words):
        review_claim(claim, decision, data_dir=ledger, **corrections)
    assert report.read_bytes() == before


def test_cli_extract_prints_the_proposals(tmp_path, capsys, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", str(story), "--published", "2024-11-01"]) == 0
    out = capsys.readouterr().out
    assert ("3,000 soldiers" in out, "2,000 soldiers" in out, "2 claim(s) proposed" in out) == (
        True,
        True,
        True,
    )


def test_cli_add_saves_pending_or_accepted(ledger, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(
        "tracker.claims.extract._registry", lambda reg: load_registry(ledger / "sources.csv")
    )
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    code = cli.main(
        [
            "add",
            str(story),
            "--url",
            "https://example.org/a",
            "--published",
            "2024-11-01",
            "--data",
            str(ledger),
        ]
    )
    assert code == 0
    assert len(pending_claims(ledger)) == 2
    other = tmp_path / "other.txt"
    other.write_text(TEXT + "\nAnother line.", encoding="utf-8")
    code = cli.main(
        [
            "add",
            str(other),
            "--url",
            "https://example.org/b",
            "--published",
            "2024-11-01",
            "--data",
            str(ledger),
            "--accept-all",
        ]
    )
    assert code == 0
    assert len(load_claims(ledger, cache=False)) == 2


@pytest.mark.parametrize(
    ("decisions", "message"),
    [
        ({"accept": [5]}, r"no proposal row\(s\) \[5\]; rows are 0..1"),
        ({"accept": [0], "reject": [0]}, r"row\(s\) \[0\] are both accepted and rejected"),
        ({"corrections": {1: {"colour": "red"}}}, r"cannot correct \['colour'\]"),
    ],
)
def test_save_proposals_refuses_bad_decisions_and_writes_nothing(ledger, decisions, message):
    from tracker.claims.extract import extract_claims
    from tracker.table.review import save_proposals

    text = "The NIS said 3,000 soldiers were sent. Later 200 were killed, it said.\n"
    proposals = extract_claims(text, "2024-11-01", registry=None)
    assert len(proposals) == 2
    with pytest.raises(ValueError, match=message):
        save_proposals(
            {"url": "https://example.org/p"}, text, proposals, data_dir=ledger, **decisions
        )
    assert list((ledger / "reports").iterdir()) == []


# --------------------------------------------------------------------------- the analyst's file

ANALYST_FILE = """\
# Checked by hand on 2024-11-03; keep these notes.
claims:   # the order below is the order of the text
  - review: pending   # machine proposal
    figure: "3,000 soldiers"    # NIS briefing
    claimant: The NIS
    metric: troops_present
    when: in October

  # the denial: probably an incident figure
  - figure: 2,000 soldiers
    status: denied
    review: pending
    metric: troops_deployed_front
    claimant: Peskov
    # ask the desk about this one
language: en
published: 2024-11-01
id: 2024-11-01-hand-kept
outlet: null
note: >-
  A folded note that runs on for a while so that a writer which re-wraps long lines would
  change it.
"""
HAND_ID = "2024-11-01-hand-kept"


@pytest.fixture
def hand_file(ledger):
    from support import write_report

    return write_report(ledger, HAND_ID, ANALYST_FILE)


def _diff(before: str, after: str) -> list[str]:
    """The changed lines of a unified (git-style) diff: '-old' and '+new', no context."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and line[:3] not in ("---", "+++")]


def test_accepting_one_claim_changes_exactly_its_review_line(ledger, hand_file):
    review_claim(claim_id(HAND_ID, "3,000 soldiers", 0), "accept", data_dir=ledger)
    after = hand_file.read_text(encoding="utf-8")
    assert _diff(ANALYST_FILE, after) == [
        "-  - review: pending   # machine proposal",
        "+  - review: accepted  # machine proposal",
    ]
    assert list(load_claims(ledger, cache=False)["figure_text"]) == ["3,000 soldiers"]


def test_correcting_changes_only_that_claims_lines_and_keeps_its_comments(ledger, hand_file):
    review_claim(
        claim_id(HAND_ID, "2,000 soldiers", 0),
        "correct",
        data_dir=ledger,
        scope="incident",
        qualifier="approx",
        metric="troops_present",
    )
    after = hand_file.read_text(encoding="utf-8")
    # set in place where the key is; a new key after the keys the documented order puts first
    assert _diff(ANALYST_FILE, after) == [
        "-    review: pending",
        "-    metric: troops_deployed_front",
        "+    review: accepted",
        "+    metric: troops_present",
        "+    scope: incident",
        "+    qualifier: approx",
    ]
    # the comment below the claim stays below it
    assert "    qualifier: approx\n    # ask the desk about this one\nlanguage: en\n" in after
    row = load_claims(ledger, cache=False).iloc[0]
    assert (row["scope"], row["qualifier"], row["overridden"], row["status"]) == (
        "incident",
        "approx",
        "qualifier",
        "denied",
    )


def test_an_emptied_key_is_removed_and_a_new_figure_pins_the_id(ledger, hand_file):
    old_id = claim_id(HAND_ID, "3,000 soldiers", 0)
    review_claim(old_id, "correct", data_dir=ledger, when="", figure="3,000")
    after = hand_file.read_text(encoding="utf-8")
    assert _diff(ANALYST_FILE, after) == [
        "-  - review: pending   # machine proposal",
        '-    figure: "3,000 soldiers"    # NIS briefing',
        f"+  - id: {old_id}",
        "+    review: accepted  # machine proposal",
        '+    figure: "3,000"             # NIS briefing',
        "-    when: in October",
    ]
    # the blank line and the comment that followed the removed key are still there
    assert "    metric: troops_present\n\n  # the denial: probably" in after
    table = load_claims(ledger, cache=False)
    assert list(
        zip(table["claim_id"], table["figure_text"], table["time_text"].isna(), strict=True)
    ) == [(old_id, "3,000", True)]


def test_line_ends_and_a_missing_last_newline_are_kept():
    crlf = ANALYST_FILE.replace("\n", "\r\n")
    edited = edit_claims(crlf, {0: {"review": "accepted"}})
    assert edited == crlf.replace(
        "  - review: pending   # machine proposal", "  - review: accepted  # machine proposal"
    )
    bare = ANALYST_FILE.rstrip("\n")
    edited = edit_claims(bare, {1: {"review": "rejected"}})
    assert edited == bare.replace("    review: pending\n", "    review: rejected\n")


def test_a_flow_style_list_is_rewritten_whole_but_reads_back_as_intended():
    text = "id: r\nclaims: [{figure: '3,000', metric: other, review: pending}]  # flow\n"
    edited = edit_claims(text, {0: {"review": "accepted", "scope": "incident"}})
    assert yaml.safe_load(edited) == {
        "id": "r",
        "claims": [
            {"figure": "3,000", "metric": "other", "scope": "incident", "review": "accepted"}
        ],
    }
    assert "# flow" in edited


@pytest.mark.parametrize(
    ("text", "changes", "words"),
    [
        ("- a\n- b\n", {0: {"review": "accepted"}}, "must be a mapping"),
        ("id: r\nclaims: nothing\n", {0: {"review": "accepted"}}, "'claims' must be a list"),
        ("id: r\nclaims:\n- figure: a\n", {3: {"review": "accepted"}}, "no claim 4"),
        ("id: r\nclaims: [\n", {0: {"review": "accepted"}}, "not valid YAML"),
    ],
)
def test_an_impossible_edit_names_the_file_and_problem(text, changes, words):
    with pytest.raises(EditError, match=f"r.yaml: .*{words}"):
        edit_claims(text, changes, "r.yaml")


def test_many_decisions_are_checked_before_any_file_is_written(ledger, report, hand_file):
    before = {p: p.read_bytes() for p in (report, hand_file)}
    decisions = [
        Decision(claim_id(HAND_ID, "3,000 soldiers", 0), "accept"),
        Decision(ID_2000, "correct", {"claimant": "Nobody Known"}),
    ]
    with pytest.raises(ValidationError, match="Nobody Known"):
        apply_decisions(decisions, ledger)
    twice = [Decision(ID_2000, "accept"), Decision(ID_2000, "reject")]
    with pytest.raises(ValueError, match="decided more than once"):
        apply_decisions(twice, ledger)
    assert {p: p.read_bytes() for p in before} == before
    written = apply_decisions([decisions[0], Decision(ID_2000, "reject")], ledger)
    assert sorted(written) == sorted([hand_file, report])
    assert pending_claims(ledger)["claim_id"].tolist() == [
        ID_3000,
        claim_id(HAND_ID, "2,000 soldiers", 0),
    ]


def test_pending_reviews_carry_the_sentence_around_the_figure(ledger, report, hand_file):
    found = {p.claim_id: p for p in pending_reviews(ledger)}
    nis = found[ID_3000]
    assert (nis.before, nis.figure, nis.after, nis.claimant, nis.period) == (
        "The NIS said ",
        "3,000 soldiers",
        " were sent to Russia in October.",
        "South Korea NIS",
        "2024-10-01..2024-10-31",
    )
    assert nis.marked("[", "]") == "The NIS said [3,000 soldiers] were sent to Russia in October."
    unstored = found[claim_id(HAND_ID, "2,000 soldiers", 0)]  # the hand-kept file has no text
    assert (unstored.has_sentence, unstored.marked("[", "]")) == (False, "[2,000 soldiers]")


# --------------------------------------------------------------------------- the shell


def test_cli_review_lists_pending_claims_with_ids_and_marked_sentences(ledger, report, capsys):
    assert cli.main(["review", "--data", str(ledger)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == [
        f"{ID_3000}  troops_present  The NIS  in October",
        "    The NIS said [3,000 soldiers] were sent to Russia in October.",
        f"{ID_2000}  troops_deployed_front  Peskov",
        "    Peskov denied that [2,000 soldiers] were fighting near Kursk.",
    ]
    assert out[4] == f"2 pending claim(s) in {ledger}"


def test_cli_review_decides_one_claim(ledger, report, capsys):
    before = report.read_text(encoding="utf-8")
    assert cli.main(["review", "--data", str(ledger), ID_3000, "accept"]) == 0
    assert (
        cli.main(
            ["review", "--data", str(ledger), ID_2000, "correct", "scope=incident", "location="]
        )
        == 0
    )
    assert _diff(before, report.read_text(encoding="utf-8")) == [
        "-  review: pending",
        "+  review: accepted",
        "-  scope: total",
        "+  scope: incident",
        "-  location: Kursk",
        "-  review: pending",
        "+  review: accepted",
    ]
    capsys.readouterr()
    assert cli.main(["review", "--data", str(ledger)]) == 0
    assert capsys.readouterr().out == f"0 pending claim(s) in {ledger}\n"


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["metric=troops"], "metric 'troops' is not one of ['troops_present', "),
        (["scope=all"], "scope 'all' is not one of ['total', 'incident', 'increment']"),
        (["qualifier=about"], "qualifier 'about' is not one of ['exact', 'approx', "),
        (["colour=red"], "cannot correct 'colour'; correctable keys: ['figure', 'metric', "),
        (["metric"], "correction 'metric' is not key=value"),
        ([], "'correct' needs key=value pairs"),
    ],
)
def test_cli_review_errors_name_the_key_and_allowed_values(ledger, report, capsys, words, message):
    before = report.read_bytes()
    assert cli.main(["review", "--data", str(ledger), ID_3000, "correct", *words]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tracker: ") and message in err, err
    assert report.read_bytes() == before


def test_cli_review_unknown_claim_or_decision(ledger, report, capsys):
    assert cli.main(["review", "--data", str(ledger), f"{RID}/00000000", "accept"]) == 2
    assert f"no claim '{RID}/00000000'" in capsys.readouterr().err
    assert cli.main(["review", "--data", str(ledger), ID_3000, "maybe"]) == 2
    assert "decision 'maybe' is not one of accept, reject, correct" in capsys.readouterr().err


def test_cli_review_marks_the_figure_with_ansi_on_a_terminal(ledger, report, capsys, monkeypatch):
    import sys

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli.main(["review", "--data", str(ledger)]) == 0
    out = capsys.readouterr().out
    assert "    The NIS said \x1b[1;7m3,000 soldiers\x1b[0m were sent" in out
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.main(["review", "--data", str(ledger)]) == 0
    assert "    The NIS said [3,000 soldiers] were sent" in capsys.readouterr().out


# --------------------------------------------------------------------------- the widget


def test_the_widget_saves_every_decision_at_once(ledger, report, hand_file):
    from tracker.views.review_widget import BORDERS, review_widget, sentence_html

    widget = review_widget(ledger)
    cards = {card.claim.claim_id: card for card in widget.cards}
    assert sorted(cards) == sorted([ID_3000, ID_2000, *pending_hand_ids()])
    assert sentence_html(cards[ID_3000].claim) == (
        '<div class="tracker-sentence">The NIS said <mark>3,000 soldiers</mark> '
        "were sent to Russia in October.</div>"
    )
    assert cards[ID_3000].fields["metric"].options[: len(METRICS)] == METRICS
    assert cards[ID_3000].fields["scope"].options == SCOPES
    cards[ID_3000].decision.value = "accept"
    cards[ID_2000].decision.value = "reject"
    assert [cards[i].layout.border for i in (ID_3000, ID_2000)] == [
        BORDERS["accept"],
        BORDERS["reject"],
    ]
    hand = cards[claim_id(HAND_ID, "2,000 soldiers", 0)]
    hand.fields["scope"].value = "incident"  # corrected, left undecided: stays pending
    untouched = hand_file.read_text(encoding="utf-8")
    assert widget.save() == [report, hand_file]
    assert "Saved 3 decision(s) in 2 file(s)" in widget.status.value
    assert [c.claim.claim_id for c in widget.cards] == pending_hand_ids()
    assert _diff(untouched, hand_file.read_text(encoding="utf-8")) == ["+    scope: incident"]
    assert list(load_claims(ledger, cache=False)["claim_id"]) == [ID_3000]


def test_the_widget_shows_a_bad_correction_and_writes_nothing(ledger, report):
    from tracker.views.review_widget import review_widget

    widget = review_widget(ledger)
    before = report.read_bytes()
    widget.cards[0].decision.value = "accept"
    widget.cards[1].fields["claimant"].value = "Nobody Known"
    assert widget.save() == []
    assert "Nothing saved" in widget.status.value and "Nobody Known" in widget.status.value
    assert report.read_bytes() == before
    assert len(widget.cards) == 2  # the analyst's choices are still on screen
    assert widget.cards[0].decision.value == "accept"


def pending_hand_ids():
    return [claim_id(HAND_ID, "3,000 soldiers", 0), claim_id(HAND_ID, "2,000 soldiers", 0)]


# --------------------------------------------------------------------------- any layout

_VALUES = {
    "figure": ["3,000 soldiers", "about 2,000", "'1,500'", '"at least 200"'],
    "metric": ["troops_present", "killed", "other"],
    "claimant": ["The NIS", "Peskov", "reportedly"],
    "when": ["in October", "last week", "'2024'"],
    "status": ["reported", "denied"],
    "review": ["pending", "accepted"],
    "note": ["'a note: with a colon'", "plain words"],
}
_CHANGES = {
    "review": ["accepted", "rejected"],
    "metric": ["killed", "troops_transported"],
    "scope": ["incident", "increment"],
    "qualifier": ["approx", "at_least"],
    "when": ["in early October", None],
    "note": ["checked twice", None],
}


@st.composite
def _report_and_edit(draw):
    """A report text in some analyst's layout, the line range of each claim, and an edit."""
    dash = draw(st.sampled_from(["- ", "  - "]))
    inner = " " * len(dash)
    lines = ["# kept by hand"] if draw(st.booleans()) else []
    top = draw(st.permutations(["id", "language", "claims", "published"]))
    ranges = []
    for key in top:
        if key != "claims":
            lines.append(
                {"id": "id: r-1", "language": "language: en"}.get(key, "published: 2024-11-01")
            )
            continue
        lines.append("claims:" + draw(st.sampled_from(["", "   # claims"])))
        for _ in range(draw(st.integers(1, 4))):
            start = len(lines)
            keys = ["figure", *draw(st.lists(st.sampled_from(list(_VALUES)[1:]), unique=True))]
            keys = draw(st.permutations(keys))
            for n, name in enumerate(keys):
                value = draw(st.sampled_from(_VALUES[name]))
                comment = draw(st.sampled_from(["", "  # why", "   # checked"]))
                lines.append(f"{dash if n == 0 else inner}{name}: {value}{comment}")
            lines += draw(
                st.sampled_from([[], [""], [f"{inner}# below the claim"], ["# next one", ""]])
            )
            ranges.append((start, len(lines)))
    text = "\n".join(lines) + "\n"
    index = draw(st.integers(0, len(ranges) - 1))
    names = draw(st.lists(st.sampled_from(list(_CHANGES)), min_size=1, max_size=3, unique=True))
    change = {name: draw(st.sampled_from(_CHANGES[name])) for name in names}
    return text, ranges, index, change


@settings(max_examples=examples(60), deadline=None)
@given(_report_and_edit())
def test_any_layout_an_edit_reads_back_as_intended_and_touches_only_its_claim(case):
    text, ranges, index, change = case
    edited = edit_claims(text, {index: change})
    want = yaml.safe_load(text)
    for key, value in change.items():
        if value is None:
            want["claims"][index].pop(key, None)
        else:
            want["claims"][index][key] = value
    assert yaml.safe_load(edited) == want
    old, new = text.splitlines(), edited.splitlines()
    start, end = ranges[index]
    tail = len(old) - end
    assert new[:start] == old[:start]
    assert new[len(new) - tail :] == old[end:]
