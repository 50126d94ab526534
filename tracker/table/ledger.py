"""The claims ledger: report files in ``data/reports/`` in, one validated claims table out.

Raw words are the source of truth. Every load re-derives the numbers and dates from
each claim's figure and time words with :func:`tracker.parse_figure` and
:func:`tracker.parse_when`, so a better normaliser improves every old report. An analyst
may pin a derived field in the report file; the table marks it in ``overridden``.

Loading keeps a cache of normalised rows keyed by each file's content hash (and the
library's code and the registry), so unchanged files are neither re-read nor re-parsed.
The cache is never the source of truth: anything stale is rebuilt.

Example:
    >>> from tracker.table.ledger import load_claims
    >>> table = load_claims()
    >>> {"claim_id", "best", "period_start"} <= set(table.columns)
    True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import pickle
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tracker import paths
from tracker.claims.registry import Registry, load_registry
from tracker.claims.rows import (
    CLAIM_KEYS,
    CLAIM_VOCABS,
    REQUIRED_CLAIM_KEYS,
    ReportInfo,
    apply_pins,
    build_row,
    claim_id,
    claims_to_records,
)
from tracker.claims.vocabulary import CLAIM_DEFAULTS
from tracker.figures.parse import DEFAULT_VAGUE_RULE
from tracker.table.files import atomic_write, sha256_hex
from tracker.table.schema import (
    OVERRIDABLE,
    ValidationError,
    from_rows,
    validate,
)

if TYPE_CHECKING:
    import pandas as pd

REPORT_KEYS = ("id", "title", "outlet", "url", "published", "language", "text", "note", "claims")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
CACHE_VERSION = 1


class DuplicateReportError(ValueError):
    """A report with the same URL or the same text is already in the ledger."""


@dataclass
class _Context:
    """What normalising one report needs besides the report itself."""

    registry: Registry
    root: Path
    vague_rule: str = DEFAULT_VAGUE_RULE
    problems: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def read_report(path: Path | str) -> dict[str, Any]:
    """Read one report file; raise :class:`ValidationError` naming the file if it is malformed.

    Example:
        >>> from tracker.paths import reports_dir
        >>> read_report(reports_dir() / "2024-11-01-dprk-holy-war.yaml")["language"]
        'en'
    """
    path = Path(path)
    try:
        report = yaml.load(path.read_bytes(), Loader=_Loader)
    except yaml.YAMLError as err:
        raise ValidationError([f"{path}: not valid YAML: {err}"]) from None
    except UnicodeDecodeError as err:
        raise ValidationError([f"{path}: not UTF-8 text: {err}"]) from None
    if not isinstance(report, dict):
        raise ValidationError([f"{path}: a report file must be a mapping of keys"])
    return report


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _parse_published(value: Any, where: str, problems: list[str]) -> tuple[dt.date | None, str]:
    """Publication date and its precision (day, month, unknown) from a report's value."""
    if value is None:
        return None, "unknown"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month")):
        try:
            return dt.datetime.strptime(text, fmt).date(), precision
        except ValueError:
            continue
    problems.append(f"{where}: field 'published': {value!r} is not YYYY-MM-DD, YYYY-MM or null")
    return None, "unknown"


def normalise_report(report: Mapping[str, Any], file: str, ctx: _Context) -> list[dict[str, Any]]:
    """Rows of the claims table for one report; problems go to ``ctx.problems``."""
    problems = ctx.problems
    before = len(problems)
    for key in report:
        if key not in REPORT_KEYS:
            problems.append(f"{file}: unknown report key {key!r} (allowed: {list(REPORT_KEYS)})")
    report_id = str(report.get("id") or "")
    if not _ID_RE.match(report_id):
        problems.append(f"{file}: field 'id': {report_id!r} must be lowercase a-z, 0-9 and '-'")
    elif Path(file).stem != report_id:
        problems.append(f"{file}: field 'id': {report_id!r} differs from the file name")
    language = report.get("language")
    if not language or not isinstance(language, str):
        problems.append(f"{file}: field 'language' is missing")
        language = "und"
    published, pub_precision = _parse_published(report.get("published"), file, problems)
    text = _report_text(report.get("text"), file, ctx)
    claims = report.get("claims")
    if not isinstance(claims, list):
        problems.append(f"{file}: field 'claims' must be a list of claims")
        claims = []
    if len(problems) > before:
        return []
    info = ReportInfo(
        report_id=report_id,
        report_file=file,
        published=published,
        published_precision=pub_precision,
        outlet=report.get("outlet"),
        url=report.get("url"),
        language=language,
    )
    rows = []
    seen: dict[str, int] = {}
    cursor = 0
    for index, claim in enumerate(claims, start=1):
        if not isinstance(claim, dict):
            problems.append(f"{file}: claim {index}: must be a mapping of keys")
            continue
        figure = str(claim.get("figure") or "")
        occurrence = seen.get(figure, 0)
        seen[figure] = occurrence + 1
        where = f"{file}: claim {index} ({figure!r})"
        row = _normalise_claim(claim, where, info, ctx)
        if row is None:
            continue
        row["claim_id"] = claim.get("id") or claim_id(report_id, figure, occurrence)
        if text is not None:
            cursor = _place_span(row, text, figure, cursor)
        rows.append(row)
    return rows


def _report_text(value: Any, file: str, ctx: _Context) -> str | None:
    if not value:
        return None
    path = ctx.root / str(value)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        ctx.problems.append(f"{file}: field 'text': cannot read {value!r}: {err}")
        return None


def _place_span(row: dict[str, Any], text: str, figure: str, cursor: int) -> int:
    """Point the row at its figure words in the stored text (searching after the last one)."""
    at = text.find(figure, cursor)
    if at < 0:
        at = text.find(figure)
    if at < 0 or not figure:
        row["flags"].append("figure-not-in-text")
        return cursor
    row["span_start"], row["span_end"] = at, at + len(figure)
    return at + 1


def _normalise_claim(
    claim: Mapping[str, Any], where: str, info: ReportInfo, ctx: _Context
) -> dict[str, Any] | None:
    """Check one claim of a report file and build its row (``None`` when it has problems)."""
    problems = ctx.problems
    before = len(problems)
    for key in claim:
        if key not in CLAIM_KEYS:
            problems.append(f"{where}: unknown field {key!r}")
    for key in REQUIRED_CLAIM_KEYS:
        if not claim.get(key):
            problems.append(f"{where}: field {key!r} is missing")
    values = {**CLAIM_DEFAULTS, **{k: v for k, v in claim.items() if v is not None}}
    for key, vocab in CLAIM_VOCABS.items():
        if values.get(key) not in vocab:
            problems.append(f"{where}: field {key!r}: {values.get(key)!r} not in {list(vocab)}")
    source = ctx.registry.resolve(claim.get("claimant"))
    if claim.get("claimant") and source is None:
        problems.append(
            f"{where}: field 'claimant': {claim.get('claimant')!r} is not in the registry "
            f"({ctx.registry.origin}); add it or one of its aliases"
        )
    if len(problems) > before or source is None:
        return None
    row = build_row(info, claim, source, vague_rule=ctx.vague_rule)
    overridden = apply_pins(row, claim, where, problems)
    if len(problems) > before:
        return None
    row["overridden"] = ";".join(overridden)
    return row


# --------------------------------------------------------------------------- loading


@functools.cache
def _code_hash() -> str:
    """Hash of the library's source: a new normaliser invalidates cached rows (once a process)."""
    sources = sorted(paths.PACKAGE_DIR.rglob("*.py"))
    return sha256_hex(b"".join(p.read_bytes() for p in sources))


def _texts_fingerprint(root: Path) -> str:
    """Names, sizes and times of the stored texts (``seeds/``) that spans are found in."""
    seeds = root / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    return sha256_hex(
        "\n".join(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files)
    )


def load_claims(
    data_dir: Path | str | None = None,
    *,
    include_pending: bool = False,
    include_rejected: bool = False,
    vague_rule: str = DEFAULT_VAGUE_RULE,
    cache: bool = True,
) -> pd.DataFrame:
    """The validated claims table of a ledger folder (default ``data/``).

    Machine-proposed (``pending``) and ``rejected`` claims are left out unless asked for.
    Raises :class:`ValidationError` listing every problem (file, claim, field) at once.

    Example:
        >>> table = load_claims()
        >>> set(table["review"]) == {"accepted"}
        True
    """
    frame = _load_all(
        Path(data_dir) if data_dir else paths.data_dir(), vague_rule=vague_rule, cache=cache
    )
    keep = {"accepted"}
    if include_pending:
        keep.add("pending")
    if include_rejected:
        keep.add("rejected")
    return frame[frame["review"].isin(keep)].reset_index(drop=True)


def _load_all(data: Path, *, vague_rule: str, cache: bool) -> pd.DataFrame:

    root = data.parent
    registry_path = data / "sources.csv"
    registry_bytes = registry_path.read_bytes() if registry_path.exists() else b""
    files = sorted(paths.reports_dir(data).glob("*.yaml"))
    contents = {f.name: f.read_bytes() for f in files}
    hashes = {name: sha256_hex(raw) for name, raw in contents.items()}
    key = sha256_hex(
        "\n".join(
            [
                _code_hash(),
                sha256_hex(registry_bytes),
                _texts_fingerprint(root),
                vague_rule,
                str(root),
            ]
        )
    )
    frame_key = sha256_hex(key + "".join(f"{n}:{h}" for n, h in sorted(hashes.items())))
    cache_path = data / ".cache" / "claims.pickle"
    stored = _read_cache(cache_path) if cache else None
    if stored and stored.get("key") == key:
        if stored.get("frame_key") == frame_key:
            return stored["frame"].copy()
        known = stored.get("files", {})
    else:
        known = {}

    if not registry_bytes:
        raise ValidationError([f"{registry_path}: the claimant registry is missing"])
    ctx = _Context(load_registry(registry_path), root, vague_rule)
    per_file: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for f in files:
        name, digest = f.name, hashes[f.name]
        if name in known and known[name][0] == digest:
            per_file[name] = known[name]
            continue
        rel = _relative(f, root)
        try:
            report = yaml.load(contents[name], Loader=_Loader)
        except yaml.YAMLError as err:
            ctx.problems.append(f"{rel}: not valid YAML: {err}")
            continue
        if not isinstance(report, dict):
            ctx.problems.append(f"{rel}: a report file must be a mapping of keys")
            continue
        per_file[name] = (digest, normalise_report(report, rel, ctx))
    if ctx.problems:
        raise ValidationError(ctx.problems)
    rows = [row for _, file_rows in per_file.values() for row in file_rows]
    frame = _frame(rows)
    frame = validate(frame)
    if cache:
        _write_cache(
            cache_path, {"key": key, "frame_key": frame_key, "files": per_file, "frame": frame}
        )
    return frame.copy()


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    records = [{**row, "flags": ";".join(dict.fromkeys(row["flags"]))} for row in rows]
    frame = from_rows(records)
    return frame.sort_values("claim_id", kind="stable").reset_index(drop=True)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("version") != CACHE_VERSION:
        return None
    return stored


def _write_cache(path: Path, payload: dict[str, Any]) -> None:
    payload = {**payload, "version": CACHE_VERSION}
    # A read-only ledger still loads: the cache is only an accelerator.
    with contextlib.suppress(OSError):
        atomic_write(path, pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))


# --------------------------------------------------------------------------- writing


def dump_report(report: Mapping[str, Any]) -> str:
    """A report as YAML text, keys in the documented order, readable by people.

    Example:
        >>> print(dump_report({"id": "x", "language": "en", "claims": []}).strip())
        id: x
        language: en
        claims: []
    """
    ordered = {k: report[k] for k in REPORT_KEYS if k in report}
    claims = []
    for claim in ordered.get("claims") or []:
        claims.append(
            {
                k: claim[k]
                for k in CLAIM_KEYS
                if k in claim and (claim[k] is not None or k in OVERRIDABLE)
            }
        )
    if "claims" in ordered:
        ordered["claims"] = claims
    return yaml.dump(ordered, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def _slug(words: str) -> str:
    """Lowercase ASCII slug of at most 40 characters (accents folded)."""
    ascii_words = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return _SLUG_RE.sub("-", ascii_words.lower()).strip("-")[:40].strip("-") or "report"


def report_id_for(published: Any, outlet: str | None, url: str | None, fallback: str) -> str:
    """The id rule of the codebook: ``<published>-<outlet slug>-<6 hex of sha1(url)>``.

    ``published`` is kept as given (``YYYY-MM-DD``, ``YYYY-MM``) or ``undated``; without a
    URL the hash is taken of ``fallback`` (the text, or the claims).

    Example:
        >>> report_id_for("2024-10", "Nová Zpráva", "https://example.org/a", "")
        '2024-10-nova-zprava-579f2a'
    """
    stamp = published.isoformat() if isinstance(published, dt.date) else str(published or "")
    digest = hashlib.sha1((url or fallback).encode("utf-8")).hexdigest()[:6]
    return f"{stamp or 'undated'}-{_slug(outlet or 'report')}-{digest}"


def add_report(
    meta: Mapping[str, Any],
    text: str | None,
    claims: Any,
    data_dir: Path | str | None = None,
) -> Path:
    """Add a report and its claims to the ledger; return the new report file's path.

    ``meta`` holds ``url``, ``outlet``, ``published`` (date, "YYYY-MM-DD", "YYYY-MM" or
    None), ``language`` and optionally ``id``, ``title``, ``note``. ``text`` (optional) is
    stored under ``seeds/`` so figures can be traced to their words. The claims are checked
    before anything is written; a report whose URL or text is already in the ledger is
    refused with :class:`DuplicateReportError`. Writes are atomic.

    Example:
        >>> add_report({"url": "https://example.org/a", "published": "2024-11-01",
        ...             "language": "en"}, None,
        ...            [{"figure": "about 2,000", "metric": "troops_transported",
        ...              "claimant": "reportedly"}], data_dir="/tmp/ledger")  # doctest: +SKIP
        PosixPath('/tmp/ledger/reports/2024-11-01-report-....yaml')
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    root = data.parent
    records = claims_to_records(claims)
    text_hash = sha256_hex(text) if text is not None else None
    _refuse_duplicates(data, meta.get("url"), text_hash)

    _parse_published(meta.get("published"), "report metadata", problems := [])
    if problems:
        raise ValidationError(problems)
    language = meta.get("language") or "en"
    report_id = meta.get("id") or report_id_for(
        meta.get("published"),
        meta.get("outlet") or meta.get("title"),
        meta.get("url"),
        text or repr(records),
    )
    target = paths.reports_dir(data) / f"{report_id}.yaml"
    if target.exists():
        raise DuplicateReportError(f"{_relative(target, root)} already exists")
    text_rel = None
    if text is not None:
        seeds = root / "seeds"
        number = len(list(seeds.glob("*.txt"))) if seeds.exists() else 0
        text_rel = f"seeds/{number:03d}_{text_hash[:16]}.txt"
    report = {
        "id": report_id,
        "title": meta.get("title"),
        "outlet": meta.get("outlet"),
        "url": meta.get("url"),
        "published": meta.get("published"),
        "language": language,
        "text": text_rel,
        "note": meta.get("note"),
        "claims": records,
    }
    check_report({**report, "text": None}, target, data)  # the text is not written yet
    if text is not None and text_rel is not None:
        atomic_write(root / text_rel, text)
    try:
        atomic_write(target, dump_report(report))
    except BaseException:
        if text_rel is not None:
            (root / text_rel).unlink(missing_ok=True)
        raise
    return target


def check_report(
    report: Mapping[str, Any], path: Path | str, data_dir: Path | str | None = None
) -> list[dict[str, Any]]:
    """Read a report as the ledger will; raise :class:`ValidationError` listing every problem.

    Checks the keys, vocabularies and claimants of every claim, then the table rules
    (low <= best <= high, period order). Used before any write, so nothing bad is written.

    Example:
        >>> check_report({"id": "x", "language": "en", "claims": []}, "data/reports/x.yaml")
        []
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    ctx = _Context(load_registry(data / "sources.csv"), data.parent)
    rows = normalise_report(report, _relative(Path(path), data.parent), ctx)
    if ctx.problems:
        raise ValidationError(ctx.problems)
    if rows:
        validate(_frame(rows))
    return rows


def _refuse_duplicates(data: Path, url: str | None, text_hash: str | None) -> None:
    """Refuse a report whose URL (canonical form) or text is already in the ledger.

    Looks both up in the duplicate index (:mod:`tracker.table.dedup`), which re-reads only
    the report files that changed since it was last saved.
    """
    from tracker.table.dedup import open_index

    match = open_index(data).find(url, text_hash)
    if match is None:
        return
    rel = _relative(paths.reports_dir(data) / match.file, data.parent)
    if match.kind == "url":
        raise DuplicateReportError(f"a report with URL {url} is already in the ledger: {rel}")
    raise DuplicateReportError(f"a report with the same text is already in the ledger: {rel}")


def iter_report_files(data_dir: Path | str | None = None) -> Iterable[Path]:
    """Report files of a ledger folder, sorted by name."""
    return sorted(paths.reports_dir(data_dir).glob("*.yaml"))
