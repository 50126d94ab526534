"""The review loop: accept, reject or correct a machine-proposed claim by its id.

Proposals from :func:`tracker.claims.extract.extract_claims` are saved in a report file with
``review: pending``. :func:`review_claim` finds one claim by id, applies the decision and
any corrections, checks the whole report as the ledger will read it, and only then
rewrites the report file atomically. Nothing is half-written: a bad id, key or value
raises before the file is touched.

A correction of the figure words would change the claim's id (ids hash the figure words),
so the old id is pinned in the claim (``id:``) and the claim keeps its identity.

Example:
    >>> review_claim("2024-11-01-x/0badc0de", "accept", data_dir="/tmp/none")
    ... # doctest: +SKIP
    Traceback (most recent call last):
    KeyError: 'no claim 2024-11-01-x/0badc0de ...'
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker import paths
from tracker.claims.rows import CLAIM_KEYS, CLAIM_VOCABS, claim_id
from tracker.table.files import atomic_write
from tracker.table.ledger import (
    add_report,
    check_report,
    dump_report,
    load_claims,
    read_report,
)

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


class ClaimNotFoundError(KeyError):
    """No claim with the given id in the ledger."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "claim not found"


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


def _claim_ids(report: dict[str, Any]) -> list[tuple[str, Any]]:
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


def review_claim(
    claim: str, review: str, data_dir: Path | str | None = None, **corrections: Any
) -> Path:
    """Accept, reject or correct one claim by id; rewrite its report file atomically.

    Args:
        claim: the claim's id (``claim_id`` column of the table).
        review: ``accept``/``accepted``, ``reject``/``rejected``, ``pending`` or ``correct``
            (= accept with corrections).
        data_dir: the ledger folder (default ``data/``).
        **corrections: report-file claim keys to set (``metric``, ``claimant``, ``via``,
            ``when``, ``status``, ``location``, ``figure``, pins such as ``best`` ...);
            ``None`` removes a key.

    Returns:
        The path of the rewritten report file.

    Raises:
        ClaimNotFoundError: no claim with that id (the message names the id).
        ValueError: unknown decision or correction key, or a value outside its vocabulary.
        ValidationError: the corrected claim would not load (e.g. claimant not in registry).

    Example:
        >>> review_claim("nope", "accept")  # doctest: +SKIP
        Traceback (most recent call last):
        ClaimNotFoundError: no claim 'nope': ...
    """
    decision = DECISIONS.get(str(review).strip().lower())
    if decision is None:
        raise ValueError(f"claim {claim}: review {review!r} is not one of {sorted(set(DECISIONS))}")
    bad = [k for k in corrections if k not in CORRECTABLE]
    if bad:
        raise ValueError(
            f"claim {claim}: cannot correct {bad}; correctable keys: {list(CORRECTABLE)}"
        )
    for key, vocab in CLAIM_VOCABS.items():
        if key in corrections and corrections[key] is not None and corrections[key] not in vocab:
            raise ValueError(
                f"claim {claim}: {key} {corrections[key]!r} is not one of {list(vocab)}"
            )
    data = Path(data_dir) if data_dir else paths.data_dir()
    path, index = find_claim(claim, data)
    report = read_report(path)
    updated = copy.deepcopy(report)
    entry = updated["claims"][index]
    if "figure" in corrections and corrections["figure"] != entry.get("figure"):
        # ids hash the figure words and their occurrence: pin the ids of this claim and of
        # its namesakes, so that new words change no claim's identity
        old = entry.get("figure")
        for (cid, _), other in zip(_claim_ids(report), updated["claims"], strict=True):
            if isinstance(other, dict) and other.get("figure") == old:
                other.setdefault("id", cid)
    for key, value in corrections.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    entry["review"] = decision
    check_report(updated, path, data)
    atomic_write(path, dump_report(updated))
    return path


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
    chosen = list(rows) if accept == "all" else list(accept)
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
