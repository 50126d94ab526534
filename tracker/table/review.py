"""The review loop: accept, reject or correct machine-proposed claims by their ids.

Proposals from :func:`tracker.claims.extract.extract_claims` are saved in a report file with
``review: pending``. A :class:`Decision` names one claim by id, the decision (``accept``,
``reject``, ``pending`` or ``correct``) and any corrections (report-file keys such as
``metric``, ``claimant``, ``qualifier``, ``scope``, ``when``). :func:`apply_decisions` takes
any number of decisions at once (the notebook's one Save), checks every one of them and
every report file they touch as the ledger will read it, and only then writes: a bad id, key
or value raises before any file is touched.

Edits keep the analyst's file: only the decided claims' lines change; comments, blank lines,
key order and quoting elsewhere stay as they were (:mod:`tracker.table.edit`).

A correction of the figure words would change the claim's id (ids hash the figure words),
so the old id is pinned in the claim (``id:``) and the claim keeps its identity.

Example:
    >>> review_claim("2024-11-01-x/0badc0de", "accept", data_dir="/tmp/none")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    tracker.table.review.ClaimNotFoundError: no claim '2024-11-01-x/0badc0de': ...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tracker import paths
from tracker.claims.rows import CLAIM_KEYS, CLAIM_VOCABS, claim_id
from tracker.claims.vocabulary import PERS
from tracker.figures.parse import QUALIFIERS
from tracker.table.edit import edit_claims
from tracker.table.files import atomic_write
from tracker.table.ledger import add_report, check_report, load_claims, read_report
from tracker.table.lock import ledger_lock
from tracker.table.schema import ValidationError

if TYPE_CHECKING:
    import pandas as pd

# What the analyst may type for a decision, and the review value it stores.
DECISIONS = {
    "accept": "accepted",
    "accepted": "accepted",
    "reject": "rejected",
    "rejected": "rejected",
    "pending": "pending",
    "correct": "accepted",
}
CORRECTABLE = tuple(k for k in CLAIM_KEYS if k not in ("id", "review"))
#: Correctable keys whose value must come from a vocabulary (the widget's dropdowns).
VOCABULARIES: dict[str, tuple[str, ...]] = {
    **{k: v for k, v in CLAIM_VOCABS.items() if k != "review"},
    "qualifier": QUALIFIERS,
    "per": PERS,
}
_NUMBER_PINS = ("low", "best", "high")
_DATE_PINS = ("period_start", "period_end")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ClaimNotFoundError(KeyError):
    """No claim with the given id in the ledger."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "claim not found"


@dataclass(frozen=True)
class Decision:
    """One analyst decision: the claim's id, the decision word and the corrections.

    ``review`` is ``accept``/``accepted``, ``reject``/``rejected``, ``pending`` or ``correct``
    (= accept with corrections). ``corrections`` maps report-file claim keys to values;
    ``None`` or an empty text removes the key.

    Example:
        >>> Decision("r-1/0badc0de", "correct", {"metric": "killed"}).checked().review
        'accepted'
    """

    claim: str
    review: str
    corrections: Mapping[str, Any] = field(default_factory=dict)

    def checked(self) -> Decision:
        """The decision with its word normalised and its corrections checked and typed.

        Raises ValueError naming the claim, the key and the allowed keys or values.

        Example:
            >>> Decision("r-1/0badc0de", "accept", {"scope": "all"}).checked()  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ValueError: claim r-1/0badc0de: scope 'all' is not one of ['total', 'incident', ...]
        """
        decision = DECISIONS.get(str(self.review).strip().lower())
        if decision is None:
            raise ValueError(
                f"claim {self.claim}: review {self.review!r} is not one of {sorted(set(DECISIONS))}"
            )
        bad = [k for k in self.corrections if k not in CORRECTABLE]
        if bad:
            raise ValueError(
                f"claim {self.claim}: cannot correct {', '.join(map(repr, bad))}; "
                f"correctable keys: {list(CORRECTABLE)}"
            )
        fixes = {k: _typed(k, v) for k, v in self.corrections.items()}
        for key, vocab in VOCABULARIES.items():
            if fixes.get(key) is not None and fixes[key] not in vocab:
                raise ValueError(
                    f"claim {self.claim}: {key} {fixes[key]!r} is not one of {list(vocab)}"
                )
        return Decision(str(self.claim).strip(), decision, fixes)


def _typed(key: str, value: Any) -> Any:
    """A correction as the report file should hold it (numbers and dates from text)."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        if key in _NUMBER_PINS and re.fullmatch(r"-?\d+(\.\d+)?", value.replace(",", "")):
            number = float(value.replace(",", ""))
            return int(number) if number.is_integer() else number
        if key in _DATE_PINS and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value  # the ledger's check names it
    return value


def parse_corrections(pairs: Iterable[str], claim: str = "") -> dict[str, str | None]:
    """``key=value`` words (as typed in the shell) as a corrections mapping.

    An empty value (``via=``) removes the key. Raises ValueError for a word without ``=``.

    Example:
        >>> parse_corrections(["metric=killed", "when=in early October", "via="])
        {'metric': 'killed', 'when': 'in early October', 'via': None}
    """
    out: dict[str, str | None] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(
                f"claim {claim}: correction {pair!r} is not key=value; "
                f"correctable keys: {list(CORRECTABLE)}"
            )
        out[key.strip()] = value.strip() or None
    return out


# --------------------------------------------------------------------------- finding


def find_claim(claim: str, data_dir: Path | str | None = None) -> tuple[Path, int]:
    """The report file holding claim ``claim`` and the claim's index in its ``claims`` list.

    Example:
        >>> from tracker.table.ledger import claim_id
        >>> find_claim(claim_id("2024-11-01-dprk-holy-war", "$2,000 per month", 0))[1]
        3
    """
    report_id, sep, _ = str(claim).partition("/")
    data = Path(data_dir) if data_dir else paths.data_dir()
    path = paths.reports_dir(data) / f"{report_id}.yaml"
    if not sep or not report_id or not path.exists():
        raise ClaimNotFoundError(
            f"no claim {claim!r}: ids look like '<report id>/<8 hex>' and no report file "
            f"{path.name!r} is in {paths.reports_dir(data)}"
        )
    report = read_report(path)
    for index, (cid, _entry) in enumerate(_claim_ids(report)):
        if cid == claim:
            return path, index
    raise ClaimNotFoundError(f"no claim {claim!r} in {path}")


def _claim_ids(report: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The id of each claim of a report, computed as the ledger computes it."""
    rid = str(report.get("id") or "")
    seen: dict[str, int] = {}
    out = []
    for entry in report.get("claims") or []:
        if not isinstance(entry, dict):
            out.append(("", entry))
            continue
        figure = str(entry.get("figure") or "")
        n = seen.get(figure, 0)
        seen[figure] = n + 1
        out.append((entry.get("id") or claim_id(rid, figure, n), entry))
    return out


# --------------------------------------------------------------------------- deciding


def review_claim(
    claim: str, review: str, data_dir: Path | str | None = None, **corrections: Any
) -> Path:
    """Accept, reject or correct one claim by id; edit only its lines of the report file.

    Args:
        claim: the claim's id (``claim_id`` column of the table).
        review: ``accept``/``accepted``, ``reject``/``rejected``, ``pending`` or ``correct``
            (= accept with corrections).
        data_dir: the ledger folder (default ``data/``).
        **corrections: report-file claim keys to set (``metric``, ``claimant``, ``via``,
            ``when``, ``status``, ``scope``, ``location``, ``figure``, pins such as
            ``qualifier`` or ``best`` ...); ``None`` removes a key.

    Returns:
        The path of the edited report file.

    Raises:
        ClaimNotFoundError: no claim with that id (the message names the id).
        ValueError: unknown decision or correction key, or a value outside its vocabulary.
        ValidationError: the corrected claim would not load (e.g. claimant not in registry).

    Example:
        >>> review_claim("nope", "accept")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        tracker.table.review.ClaimNotFoundError: no claim 'nope': ...
    """
    return apply_decisions([Decision(claim, review, corrections)], data_dir)[0]


def apply_decisions(
    decisions: Iterable[Decision], data_dir: Path | str | None = None
) -> list[Path]:
    """Apply many decisions in one go: all are checked before any report file is written.

    Returns the edited report files (each once, in the order first named).

    Example:
        >>> apply_decisions([])
        []
    """
    checked = [d.checked() for d in decisions]
    twice = sorted({d.claim for d in checked if [e.claim for e in checked].count(d.claim) > 1})
    if twice:
        raise ValueError(f"claim(s) {twice} decided more than once")
    if not checked:
        return []
    data = Path(data_dir) if data_dir else paths.data_dir()
    return _save_edit(data, checked)


def _save_edit(data: Path, decisions: list[Decision]) -> list[Path]:
    """Read, edit, check and write the report files of ``decisions`` (the one write path).

    Everything from reading the files to the last write happens under the ledger's write
    lock, so a concurrent add or review never interleaves with this read-modify-write.
    """
    with ledger_lock(data):
        edits = _plan_edits(data, decisions)
        for path, text in edits.items():
            atomic_write(path, text)
    return list(edits)


def _plan_edits(data: Path, decisions: list[Decision]) -> dict[Path, str]:
    """The new text of every report file the decisions touch; raises before any write."""
    by_file: dict[Path, dict[int, dict[str, Any]]] = {}
    for decision in decisions:
        path, index = find_claim(decision.claim, data)
        by_file.setdefault(path, {})[index] = {**decision.corrections, "review": decision.review}
    edits: dict[Path, str] = {}
    for path, changes in by_file.items():
        text = path.read_text(encoding="utf-8")
        report = read_report(path)
        _pin_ids(report, changes)
        new_text = edit_claims(text, changes, str(path))
        check_report(_read(new_text, path), path, data)
        edits[path] = new_text
    return edits


def _pin_ids(report: Mapping[str, Any], changes: dict[int, dict[str, Any]]) -> None:
    """Pin the ids of claims whose id would move when a figure's words are corrected.

    Ids hash the figure words and their occurrence, so a new figure changes the corrected
    claim's id and may shift the occurrence count of its old and new namesakes.
    """
    ids = _claim_ids(report)
    moved: set[str] = set()
    for index, keys in changes.items():
        old = ids[index][1].get("figure")
        if "figure" in keys and keys["figure"] != old:
            moved |= {str(old), str(keys["figure"])}
    for index, (cid, entry) in enumerate(ids):
        if isinstance(entry, dict) and str(entry.get("figure")) in moved and "id" not in entry:
            changes.setdefault(index, {})["id"] = cid


def _read(text: str, path: Path) -> dict[str, Any]:
    try:
        report = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:  # pragma: no cover - edit_claims checks this
        raise ValidationError([f"{path}: not valid YAML after the edit: {err}"]) from None
    return report


# --------------------------------------------------------------------------- showing


@dataclass(frozen=True)
class PendingClaim:
    """A claim waiting for review, with the sentence it was read from.

    ``before`` and ``after`` are the sentence's words around the figure (empty when the
    report's text is not stored or the figure is not found in it).

    Example:
        >>> p = PendingClaim("r/1", "data/reports/r.yaml", "3,000", "Some ", " came.")
        >>> p.marked("[", "]")
        'Some [3,000] came.'
    """

    claim_id: str
    report_file: str
    figure: str
    before: str = ""
    after: str = ""
    metric: str = ""
    claimant: str = ""
    claimant_text: str = ""
    qualifier: str | None = None
    scope: str = "total"
    status: str = "reported"
    when: str | None = None
    period: str = ""
    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    def marked(self, left: str, right: str) -> str:
        """The sentence with the figure between ``left`` and ``right``."""
        return f"{self.before}{left}{self.figure}{right}{self.after}"

    @property
    def has_sentence(self) -> bool:
        """Whether the sentence around the figure is known."""
        return bool(self.before or self.after)


def pending_reviews(data_dir: Path | str | None = None) -> list[PendingClaim]:
    """The pending claims of a ledger with their sentences, by report and place in the text.

    Example:
        >>> pending_reviews()  # the shipped record has none left
        []
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    table = pending_claims(data).sort_values(
        ["report_file", "span_start", "claim_id"], na_position="last", kind="stable"
    )
    texts: dict[str, str | None] = {}
    out = []
    for row in table.to_dict(orient="records"):
        file = str(row["report_file"])
        if file not in texts:
            texts[file] = _stored_text(data, file)
        before, after = _sentence(texts[file], _int(row["span_start"]), _int(row["span_end"]))
        out.append(
            PendingClaim(
                claim_id=str(row["claim_id"]),
                report_file=file,
                figure=str(row["figure_text"]),
                before=before,
                after=after,
                metric=str(row["metric"]),
                claimant=_text(row["claimant"]) or "",
                claimant_text=_text(row["claimant_text"]) or "",
                qualifier=_text(row["qualifier"]),
                scope=_text(row["scope"]) or "total",
                status=_text(row["status"]) or "reported",
                when=_text(row["time_text"]),
                period=_period(row["period_start"], row["period_end"]),
                outlet=_text(row["outlet"]),
                published=_day(row["published"]),
                url=_text(row["url"]),
            )
        )
    return out


def _stored_text(data: Path, report_file: str) -> str | None:
    """The stored text of a report (its ``text:`` file), or ``None``."""
    path = Path(report_file)
    path = path if path.is_absolute() else data.parent / path
    try:
        name = read_report(path).get("text")
        return (data.parent / str(name)).read_text(encoding="utf-8") if name else None
    except (OSError, UnicodeDecodeError, ValidationError):
        return None


def _sentence(text: str | None, start: int | None, end: int | None) -> tuple[str, str]:
    """The words of the sentence before and after the span ``start:end`` (spaces collapsed)."""
    if text is None or start is None or end is None:
        return "", ""
    from tracker.claims.extract import split_sentences

    lo, hi = start, end
    for s_start, s_end, _ in split_sentences(text):
        if s_start <= start < s_end:
            lo, hi = s_start, max(s_end, end)
            break
    return _squash(text[lo:start]), _squash(text[end:hi])


def _squash(words: str) -> str:
    return re.sub(r"\s+", " ", words)


def _text(value: Any) -> str | None:
    return None if value is None or str(value) in ("<NA>", "nan", "NaT", "") else str(value)


def _int(value: Any) -> int | None:
    return None if _text(value) is None else int(value)


def _day(value: Any) -> str | None:
    return None if _text(value) is None else str(value)[:10]


def _period(start: Any, end: Any) -> str:
    if _text(start) is None and _text(end) is None:
        return ""
    return f"{_day(start) or '?'}..{_day(end) or '?'}"


def pending_claims(data_dir: Path | str | None = None) -> pd.DataFrame:
    """The claims still waiting for review (``review == pending``), as a claims table.

    Example:
        >>> set(pending_claims()["review"]) <= {"pending"}
        True
    """
    table = load_claims(data_dir, include_pending=True)
    return table[table["review"] == "pending"].reset_index(drop=True)


def save_proposals(
    meta: Mapping[str, Any],
    text: str | None,
    proposals: Any,
    *,
    accept: Iterable[int] | str = (),
    reject: Iterable[int] = (),
    corrections: Mapping[int, Mapping[str, Any]] | None = None,
    data_dir: Path | str | None = None,
) -> Path:
    """Save a report with its proposed claims and the analyst's decisions, in one write.

    Rows are named by their position in ``proposals`` (0, 1, 2 ... as displayed).
    ``accept`` lists rows to accept (or ``"all"``), ``reject`` rows to reject, and
    ``corrections`` maps a row to report-file keys to set (the row is then accepted).
    Every other row is saved as ``pending``, to review later with :func:`review_claim`.

    Example:
        >>> save_proposals({"url": "https://example.org/x", "published": "2024-11-02"},
        ...                text, proposals, accept=[0, 2], corrections={1: {"metric": "killed"}})
        ... # doctest: +SKIP
        PosixPath('data/reports/2024-11-02-report-....yaml')
    """
    from tracker.claims.extract import to_report_claims

    records = to_report_claims(proposals)
    rows = range(len(records))
    if isinstance(accept, str) and accept != "all":
        raise ValueError(f"accept {accept!r}: give row numbers or 'all'")
    chosen: list[int] = list(rows) if isinstance(accept, str) else list(accept)
    fixes = dict(corrections or {})
    named = [*chosen, *reject, *fixes]
    outside = [r for r in named if r not in rows]
    if outside:
        raise ValueError(f"no proposal row(s) {outside}; rows are 0..{len(records) - 1}")
    both = sorted(set(chosen) & set(reject))
    if both:
        raise ValueError(f"row(s) {both} are both accepted and rejected")
    bad = sorted({k for fix in fixes.values() for k in fix if k not in CORRECTABLE})
    if bad:
        raise ValueError(f"cannot correct {bad}; correctable keys: {list(CORRECTABLE)}")
    for row in chosen:
        records[row]["review"] = "accepted"
    for row in reject:
        records[row]["review"] = "rejected"
    for row, fix in fixes.items():
        records[row].update({k: v for k, v in fix.items()})
        records[row]["review"] = "accepted"
    _propose_new_sources(proposals, records, meta, data_dir)
    return add_report(meta, text, records, data_dir)


def _propose_new_sources(
    proposals: Any,
    records: list[dict[str, Any]],
    meta: Mapping[str, Any],
    data_dir: Path | str | None,
) -> None:
    """Append registry rows for named claimants the registry lacks, so the report loads.

    The rows come from :func:`tracker.claims.new_sources.new_source_rows` (type guessed from
    the proposal's claimant words), for the claimants the saved claims still name.
    """
    from tracker.claims.new_sources import append_sources, new_source_rows
    from tracker.claims.registry import load_registry

    registry_file = Path(data_dir or paths.data_dir()) / "sources.csv"
    registry = load_registry(registry_file) if registry_file.exists() else None
    lang = str(meta.get("language") or "en")
    named = {str(r.get("claimant")) for r in records}
    rows = [r for r in new_source_rows(proposals, registry, lang) if r["name"] in named]
    rows += new_source_rows(records, registry, lang)  # claimants set by corrections
    if rows:
        append_sources(registry_file, rows)
