"""The claims ledger: report files in ``data/reports/`` in, one validated claims table out.

Raw words are the source of truth. Every load re-derives the numbers and dates from
each claim's figure and time words with :func:`tracker.parse_figure` and
:func:`tracker.parse_when`, so a better normaliser improves every old report. An analyst
may pin a derived field in the report file; the table marks it in ``overridden``.

Report files are read strictly (:mod:`tracker.table.reports`): no YAML aliases or duplicate
keys, every field typed, stored texts only from the text stores, only regular files. Across
the ledger one page is one report: a second file with the same canonical URL
(:func:`tracker.table.urls.canonical_url`) or the same stored text is an error naming both.
Every write holds the ledger lock (:func:`tracker.table.lock.ledger_lock`); a new report is
created in one step and never replaces a file.

Loading keeps a cache of the derived rows, checked against every report file
(:mod:`tracker.table.cache`), so unchanged files are neither re-read nor re-parsed.
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
import gc
import hashlib
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
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
from tracker.table.cache import (
    CACHE_VERSION,
    REWRITE_AFTER,
    read_cache,
    signature,
    splice,
    to_frame,
    to_table,
    trusted,
    write_cache,
)
from tracker.table.events import load_events
from tracker.table.files import (
    UnsafeFileError,
    create_exclusive,
    inside,
    read_entry,
    read_regular,
    sha256_hex,
)
from tracker.table.lock import ledger_lock, text_stores
from tracker.table.reports import (
    MAX_REPORT_BYTES,
    MAX_TEXT_BYTES,
    REPORT_ID_RE,
    field_problems,
    parse_yaml,
    published_date,
    read_report_file,
    scan_reports,
)
from tracker.table.schema import (
    OVERRIDABLE,
    ValidationError,
    from_rows,
    validate,
)
from tracker.table.urls import canonical_url

if TYPE_CHECKING:
    import pandas as pd

    from tracker.periods.events import Events

__all__ = [
    "DuplicateReportError",
    "Ledger",
    "add_report",
    "check_report",
    "claim_id",
    "dump_report",
    "iter_report_files",
    "ledger_lock",
    "load_claims",
    "load_ledger",
    "normalise_report",
    "read_report",
    "report_id_for",
]

REPORT_KEYS = ("id", "title", "outlet", "url", "published", "language", "text", "note", "claims")
_ID_RE = REPORT_ID_RE
_SLUG_RE = re.compile(r"[^a-z0-9]+")


class DuplicateReportError(ValueError):
    """A report with the same URL or the same text is already in the ledger."""


def ledger_events(data: Path) -> Events | None:
    """The named events of a ledger folder (``DATA/events.csv``), or None without the file.

    Example:
        >>> ledger_events(Path("/nonexistent")) is None
        True
    """
    path = data / "events.csv"
    return load_events(path) if path.is_file() else None


def _events_hash(data: Path) -> str:
    path = data / "events.csv"
    return sha256_hex(path.read_bytes()) if path.is_file() else ""


@dataclass
class _Context:
    """What normalising one report needs besides the report itself."""

    registry: Registry
    root: Path
    vague_rule: str = DEFAULT_VAGUE_RULE
    problems: list[str] = field(default_factory=list)
    data: Path | None = None
    events: Events | None = None  # named events of data/events.csv, for time words
    #: report file -> (stored text's real path, signature, SHA-256), filled while reading
    texts: dict[str, tuple[str, list[int], str]] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def read_report(path: Path | str) -> dict[str, Any]:
    """Read one report file strictly; raise :class:`ValidationError` naming the file.

    Only a regular file inside its ledger folder is read (no FIFO, device or link leading
    out), with no YAML aliases and no key given twice (see :mod:`tracker.table.reports`).

    Example:
        >>> from tracker.paths import reports_dir
        >>> read_report(reports_dir() / "2024-11-01-dprk-holy-war.yaml")["language"]
        'en'
    """
    path = Path(path)
    return read_report_file(path, [path.absolute().parent.parent], str(path))


def _parse_published(value: Any, where: str, problems: list[str]) -> tuple[dt.date | None, str]:
    """Publication date and its precision (day, month, unknown) from a report's value."""
    if value is None:
        return None, "unknown"
    found = published_date(value)
    if found is None:
        problems.append(
            f"{where}: field 'published': {value!r} is not YYYY-MM-DD, YYYY-MM or null "
            "(a real date in 1900-2100)"
        )
        return None, "unknown"
    return found


def normalise_report(report: Mapping[str, Any], file: str, ctx: _Context) -> list[dict[str, Any]]:
    """Rows of the claims table for one report; problems go to ``ctx.problems``."""
    problems = ctx.problems
    before = len(problems)
    for key in report:
        if key not in REPORT_KEYS:
            problems.append(f"{file}: unknown report key {key!r} (allowed: {list(REPORT_KEYS)})")
    problems += field_problems(report, file)
    report_id = report.get("id")
    if isinstance(report_id, str) and _ID_RE.match(report_id) and Path(file).stem != report_id:
        problems.append(f"{file}: field 'id': {report_id!r} differs from the file name")
    if len(problems) > before:
        return []
    assert isinstance(report_id, str)
    language = str(report["language"])
    published, pub_precision = _parse_published(report.get("published"), file, problems)
    text = _report_text(report.get("text"), file, ctx)
    claims = report["claims"]
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
    """The stored text a report names, read only from the ledger's text stores."""
    if not value:
        return None
    data = ctx.data if ctx.data is not None else ctx.root / "data"
    stores = text_stores(data)
    where = f"{file}: field 'text'"
    rel = PurePosixPath(str(value))
    if rel.is_absolute() or ".." in rel.parts or "\\" in str(value):
        ctx.problems.append(
            f"{where}: {value!r} must be a relative path inside seeds/ (no '..', not absolute)"
        )
        return None
    path = next((p for p in (ctx.root / rel, data / rel) if os.path.lexists(p)), ctx.root / rel)
    try:
        raw = read_regular(path, stores, MAX_TEXT_BYTES)
        text = raw.decode("utf-8")
    except UnsafeFileError as err:
        reason = str(err).removeprefix(f"{path}: ")
        ctx.problems.append(f"{where}: {value!r}: {reason}")
        return None
    except UnicodeDecodeError as err:
        ctx.problems.append(f"{where}: {value!r} is not UTF-8 text: {err.reason}")
        return None
    except OSError as err:
        ctx.problems.append(f"{where}: cannot read {value!r}: {err.strerror or err}")
        return None
    real = path.resolve()
    ctx.texts[file] = (str(real), signature(os.stat(real)), sha256_hex(raw))
    return text


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
    row = build_row(info, claim, source, vague_rule=ctx.vague_rule, events=ctx.events)
    overridden = apply_pins(row, claim, where, problems)
    for key in ("low", "best", "high"):
        value = row.get(key)
        if value is not None and not math.isfinite(value):
            problems.append(f"{where}: field {key!r}: {value!r} is not a finite number")
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


@dataclass
class Ledger:
    """A loaded ledger: the claims table (every review state) and what was left out.

    ``skipped`` maps a report file (or an entry of ``reports/``) to its problems; it is
    empty unless the ledger was loaded with ``skip_invalid=True``.
    """

    frame: pd.DataFrame
    skipped: dict[str, list[str]]


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
    ledger = load_ledger(data_dir, vague_rule=vague_rule, cache=cache)
    return select_reviews(ledger.frame, include_pending, include_rejected)


def select_reviews(
    frame: pd.DataFrame, include_pending: bool = False, include_rejected: bool = False
) -> pd.DataFrame:
    """The accepted rows of a claims table, and the pending or rejected ones if asked for."""
    keep = {"accepted"}
    if include_pending:
        keep.add("pending")
    if include_rejected:
        keep.add("rejected")
    mask = frame["review"].isin(keep)
    if mask.all():
        return frame
    return frame[mask].reset_index(drop=True)


def load_ledger(
    data_dir: Path | str | None = None,
    *,
    vague_rule: str = DEFAULT_VAGUE_RULE,
    cache: bool = True,
    skip_invalid: bool = False,
) -> Ledger:
    """Load a ledger folder: every claim row (all review states) and the files left out.

    Strict by default: any problem raises :class:`ValidationError` listing them all. With
    ``skip_invalid`` a report file with problems (or an unexpected entry of ``reports/``,
    or the second of two reports of one page) is left out and listed in ``skipped``;
    a broken registry still raises.

    Example:
        >>> ledger = load_ledger(skip_invalid=True)
        >>> ledger.skipped, len(ledger.frame) > 0
        ({}, True)
    """
    data = Path(data_dir) if data_dir else paths.data_dir()
    with _gc_paused():
        return _Loader(data, vague_rule, cache, skip_invalid).run()


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Cyclic garbage collection paused for the duration (restored as it was).

    A load makes millions of small objects that live until it ends (parsed YAML, rows);
    the collector would walk them over and over, about a fifth of a cold load's time.
    Anything cyclic left behind is collected once it runs again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Loader:
    """One load of a ledger folder (the steps of :func:`load_ledger`)."""

    def __init__(self, data: Path, vague_rule: str, use_cache: bool, skip_invalid: bool):
        self.data = data
        self.root = data.parent
        self.vague_rule = vague_rule
        self.use_cache = use_cache
        self.skip_invalid = skip_invalid
        self.failed: dict[str, list[str]] = {}
        self.entries: dict[str, dict[str, Any]] = {}
        self.fresh: dict[str, list[dict[str, Any]]] = {}
        self.changed = False
        self.reread = 0  # report files read again (not trusted from the cache)
        self.folder_fd: int | None = None

    def run(self) -> Ledger:
        data = self.data
        registry_path = data / "sources.csv"
        registry = load_registry(registry_path)
        reports = paths.reports_dir(data)
        label = _relative(reports, self.root)
        files, unexpected = scan_reports(reports, label)
        for problem in unexpected:
            self.failed.setdefault(problem.split(": ", 1)[0], []).append(problem)
        key = sha256_hex(
            "\n".join(
                [
                    str(CACHE_VERSION),
                    _code_hash(),
                    sha256_hex(registry_path.read_bytes()),
                    _events_hash(data),
                    self.vague_rule,
                    str(self.root.resolve()),
                ]
            )
        )
        cached = read_cache(data, key) if self.use_cache else None
        old = cached.entries if cached else {}
        written = cached.written_ns if cached else 0
        ctx = _Context(registry, self.root, self.vague_rule, data=data, events=ledger_events(data))
        self.folder_fd = _open_folder(reports, data)
        try:
            for name, info in files:
                self._read(reports, name, info, f"{label}/{name}", old.get(name), written, ctx)
        finally:
            if self.folder_fd is not None:
                os.close(self.folder_fd)
        self._refuse_same_page()
        fresh = self._validated() if self.fresh else None  # nothing read again: no new rows
        self.changed = self.changed or set(old) != set(self.entries)
        problems = [p for found in self.failed.values() for p in found]
        if problems and not self.skip_invalid:
            raise ValidationError(problems)
        if cached is not None and not self.changed:
            return Ledger(to_frame(cached.table), dict(sorted(self.failed.items())))
        if fresh is None:
            fresh = _frame([])
        table = to_table(fresh) if cached is None else self._spliced(cached.table, fresh, old)
        stale = self.reread + len(set(old) - set(self.entries))
        if self.use_cache and (cached is None or stale > REWRITE_AFTER):
            write_cache(data, key, self.entries, table)
        return Ledger(to_frame(table), dict(sorted(self.failed.items())))

    def _read(
        self,
        folder: Path,
        name: str,
        info: os.stat_result,
        rel: str,
        entry: dict[str, Any] | None,
        written: int,
        ctx: _Context,
    ) -> None:
        """Take one report file's entry from the cache if it still matches, else read it."""
        sig = signature(info)
        if entry is not None and trusted(sig, entry["sig"], written) and _text_ok(entry, written):
            self.entries[name] = entry
            return
        path = folder / name
        self.reread += 1
        try:
            raw = None
            if self.folder_fd is not None:
                raw = read_entry(self.folder_fd, name, MAX_REPORT_BYTES)
            if raw is None:  # a link: followed only where it stays inside the ledger
                raw = read_regular(path, [self.data], MAX_REPORT_BYTES)
        except UnsafeFileError as err:
            reason = str(err).removeprefix(f"{path}: ").removeprefix(f"{name}: ")
            self.failed[rel] = [f"{rel}: {reason}"]
            return
        except OSError as err:
            self.failed[rel] = [f"{rel}: cannot read: {err.strerror or err}"]
            return
        digest = sha256_hex(raw)
        if entry is not None and entry["sha"] == digest and _text_ok(entry, written):
            if entry["sig"] != sig:
                self.changed = True
            self.entries[path.name] = {**entry, "sig": sig}
            return
        self.changed = True
        before = len(ctx.problems)
        try:
            report = parse_yaml(raw, rel)
        except ValidationError as err:
            self.failed[rel] = err.problems
            return
        if not isinstance(report, dict):
            self.failed[rel] = [f"{rel}: a report file must be a mapping of keys"]
            return
        rows = normalise_report(report, rel, ctx)
        if len(ctx.problems) > before:
            self.failed[rel] = ctx.problems[before:]
            return
        self.entries[path.name] = {
            "sig": sig,
            "sha": digest,
            "report_file": rel,
            "rows": len(rows),
            "url": canonical_url(report.get("url")),
            "text": ctx.texts.get(rel),
        }
        self.fresh[path.name] = rows

    def _refuse_same_page(self) -> None:
        """One page, one report: a second file with the URL or text of another is an error."""
        first: dict[tuple[str, str], str] = {}
        for name in sorted(self.entries):
            entry = self.entries[name]
            for field_name, what, value in (
                ("url", "URL", entry.get("url")),
                ("text", "stored text", _entry_text(entry)),
            ):
                if value is None:
                    continue
                other = first.setdefault((field_name, value), name)
                if other == name:
                    continue
                rel = entry["report_file"]
                self.failed.setdefault(rel, []).append(
                    f"{rel}: field {field_name!r}: the same {what} as "
                    f"{self.entries[other]['report_file']} ({value}); one report per page"
                )
        self._forget_failed()

    def _forget_failed(self) -> None:
        for name in [n for n, e in self.entries.items() if e["report_file"] in self.failed]:
            del self.entries[name]
            self.changed = True

    def _validated(self) -> pd.DataFrame:
        """The new rows, validated at once; with ``skip_invalid``, failing files left out."""
        rows = [row for name in self.fresh if name in self.entries for row in self.fresh[name]]
        if not rows:
            return _frame([])
        try:
            return validate(_frame(rows))
        except ValidationError as err:
            if not self.skip_invalid:
                for problem in err.problems:
                    self.failed.setdefault(problem.split(": ", 1)[0], []).append(problem)
                return _frame([])
        by_file: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_file.setdefault(row["report_file"], []).append(row)
        good = []
        for rel, file_rows in by_file.items():
            try:
                validate(_frame(file_rows))
                good += file_rows
            except ValidationError as err:
                self.failed[rel] = err.problems
        self._forget_failed()
        return validate(_frame(good))

    def _spliced(self, cached: Any, fresh: pd.DataFrame, old: dict[str, Any]) -> Any:
        """The cached rows with the rows of changed, new and gone reports swapped."""
        import bisect

        new = to_table(fresh, like=cached)
        ids = new.column("claim_id").to_pylist()
        blocks = {}
        for name in self.fresh:
            if name in self.entries:
                stem = name.removesuffix(".yaml")
                start = bisect.bisect_left(ids, stem + "/")
                end = bisect.bisect_left(ids, stem + "0", start)
                blocks[stem] = new.slice(start, end - start)
        gone = [n.removesuffix(".yaml") for n in old if n not in self.entries or n in self.fresh]
        return splice(cached, gone, blocks)


def _entry_text(entry: dict[str, Any]) -> str | None:
    text = entry.get("text")
    return text[2] if text else None


def _open_folder(reports: Path, data: Path) -> int | None:
    """An open handle of ``reports/`` when it lies inside the ledger folder (else None)."""
    try:
        if not inside(reports.resolve(strict=True), [data]):
            return None
        return os.open(reports, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    except (OSError, RuntimeError):
        return None


def _text_ok(entry: dict[str, Any], written: int) -> bool:
    """True when the stored text an entry was built from is unchanged (or it has none)."""
    text = entry.get("text")
    if not text:
        return True
    real, sig, digest = text
    try:
        now = signature(os.stat(real))
    except OSError:
        return False
    if trusted(now, sig, written):
        return True
    try:
        raw = read_regular(real, [Path(real).parent], MAX_TEXT_BYTES)
    except (OSError, UnsafeFileError):
        return False
    return sha256_hex(raw) == digest


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    records = [{**row, "flags": ";".join(dict.fromkeys(row["flags"]))} for row in rows]
    frame = from_rows(records)
    return frame.sort_values("claim_id", kind="stable").reset_index(drop=True)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- writing

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


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
    *,
    stored_text: Path | None = None,
) -> Path:
    """Add a report and its claims to the ledger; return the new report file's path.

    ``meta`` holds ``url``, ``outlet``, ``published`` (date, "YYYY-MM-DD", "YYYY-MM" or None),
    ``language`` and optionally ``id``, ``title``, ``note``. ``text`` (optional) is stored in the
    ledger's text store (:func:`tracker.paths.text_store`: the project's ``seeds/``, or
    ``DIR/seeds`` for another ledger folder), named by its content hash, so figures can be traced to
    their words; ``stored_text`` names a text already stored there instead (a fetched page's). The
    claims are checked before anything is written; a report whose URL or text is already in the
    ledger is refused with :class:`DuplicateReportError`. The whole step holds the ledger lock; the
    text is written first and the report last, created in one step (of two adds of one page exactly
    one succeeds).

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
    store = paths.text_store(data)
    text_hash: str | None
    if stored_text is not None:
        text = None
        text_hash = sha256_hex(Path(stored_text).read_bytes())
        text_path: Path | None = Path(stored_text)
    else:
        text_hash = sha256_hex(text) if text is not None else None
        text_path = store / f"{text_hash[:16]}.txt" if text_hash is not None else None
    problems: list[str] = []
    _parse_published(meta.get("published"), "report metadata", problems)
    if problems:
        raise ValidationError(problems)
    language = meta.get("language") or "en"
    report_id = meta.get("id") or report_id_for(
        meta.get("published"),
        meta.get("outlet") or meta.get("title"),
        meta.get("url"),
        text or repr(records),
    )
    if not isinstance(report_id, str) or not _ID_RE.match(report_id):
        raise ValidationError(
            [f"report metadata: field 'id': {report_id!r} must be lowercase a-z, 0-9 and '-'"]
        )
    target = paths.reports_dir(data) / f"{report_id}.yaml"
    text_rel = _relative(text_path, root) if text_path is not None else None
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
    with ledger_lock(data):
        _refuse_duplicates(data, meta.get("url"), text_hash)
        rel = _relative(target, root)
        if target.exists():
            raise DuplicateReportError(f"{rel} already exists")
        check_report({**report, "text": None}, target, data)  # the text is not written yet
        created = _store_text(text_path, text) if text_path and text is not None else False
        try:
            create_exclusive(target, dump_report(report))
        except FileExistsError:
            raise DuplicateReportError(f"{rel} already exists") from None
        except BaseException:
            if created and text_path is not None:
                text_path.unlink(missing_ok=True)
            raise
    return target


def _store_text(path: Path, text: str) -> bool:
    """Store a report text under its content-hash name; False when that file already holds it.

    A crash between storing a text and writing its report leaves the text unreferenced; a
    retry finds it and keeps the one copy (``tracker check`` lists and sweeps unreferenced
    texts).
    """
    data = text.encode("utf-8")
    try:
        if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    try:
        create_exclusive(path, data)
    except FileExistsError:
        raise ValidationError(
            [f"{path}: a different file already has this text's name; move it aside"]
        ) from None
    return True


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
    registry = load_registry(data / "sources.csv")
    ctx = _Context(registry, data.parent, data=data, events=ledger_events(data))
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
