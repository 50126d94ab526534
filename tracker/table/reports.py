"""Report files read strictly and safely: YAML without aliases or duplicate keys, typed fields.

A report file is data typed by hand, shared between colleagues and sometimes written by
other tools, so the reader trusts nothing in it:

* YAML aliases (``*name``) are refused: one alias bomb ("billion laughs") would otherwise
  take all memory. Anchors alone are harmless and allowed.
* A key given twice in one mapping is an error (YAML would silently keep the last one and
  drop, say, a whole ``claims:`` list).
* A date that does not exist (``2024-02-30``) stays text, so the field check reports it.
* Every field has a type: strings for words (``figure``, ``when``, ``claimant``, ``url``...),
  finite non-negative numbers for pinned bounds, dates in 1900-2100, claim ids of the shape
  ``<report id>/<letters, digits, ->``; see :func:`field_problems`.
* The folder ``reports/`` holds ``*.yaml`` files only; anything else there (``.yml``, a
  subfolder, a FIFO) is reported by :func:`scan_reports`, never skipped in silence.

Example:
    >>> parse_yaml(b"a: 1\\na: 2\\n", "x.yaml")
    Traceback (most recent call last):
    tracker.errors.ValidationError: 1 problem in the claims ledger:
      - x.yaml: line 2: key 'a' is given twice
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from tracker.claims.vocabulary import CREDIBILITY, PERS
from tracker.errors import ValidationError
from tracker.figures.parse import QUALIFIERS, VAGUE_RULES
from tracker.periods.parse import KINDS, PRECISIONS, SUPPORTED_YEARS
from tracker.table.files import UnsafeFileError, is_temp_name, read_regular
from tracker.table.urls import canonical_url

#: Largest report file read (bytes); a report is a page's metadata and a few claims.
MAX_REPORT_BYTES = 1 << 20
#: Largest stored text read (bytes).
MAX_TEXT_BYTES = 16 << 20
REPORT_SUFFIX = ".yaml"
#: Entries of ``reports/`` that are neither reports nor problems.
IGNORED_NAMES = frozenset({".gitkeep", ".DS_Store"})
REPORT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CLAIM_ID_RE = re.compile(r"^(?P<report>[a-z0-9][a-z0-9-]*)/[a-z0-9][a-z0-9-]*$")
_MONTH_RE = re.compile(r"^\d{4}-\d{2}$")

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):
    """A safe YAML loader that refuses aliases and duplicate keys and keeps bad dates as text."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        """Construct a node; a node met a second time is an alias, refused."""
        if node in self.constructed_objects:  # a node met twice: an alias
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "the value anchored (&) here is repeated by an alias (*); "
                "aliases are not allowed in report files",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """Construct a mapping; a key given twice is refused."""
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"key {key!r} is given twice",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        """A date or time; one that does not exist ("2024-02-30") stays text."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)  # "2024-02-30": text, for the field check

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """The tag of a node; a plain scalar's from a memo of the implicit resolvers.

        Called by the C parser for every scalar; the answer depends only on the words
        (the path resolvers are unused), and report files repeat the same words often.
        """
        if kind is yaml.ScalarNode and implicit[0] and not self.yaml_path_resolvers:
            return _implicit_tag(value)
        return super().resolve(kind, value, implicit)

    def construct_document(self, node: Any) -> Any:
        """Construct a document: plain ones directly, anything else the checked way.

        A plain document (mappings with plain scalar keys given once, lists, scalars of
        the core types, no alias and no merge key) is built in one walk of its nodes,
        several times faster than the general constructor and with the same result; any
        other is built by the general constructor, which raises the errors above.
        """
        try:
            return _plain(self, node, set())
        except (_NotPlain, RecursionError):
            return super().construct_document(node)


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)


@functools.lru_cache(maxsize=4096)
def _implicit_tag(value: str) -> str:
    """The tag the implicit resolvers give a plain scalar (what ``Resolver.resolve`` does)."""
    resolvers = StrictLoader.yaml_implicit_resolvers
    for tag, regexp in resolvers.get(value[:1], []) + resolvers.get(None, []):
        if regexp.match(value):
            return str(tag)
    return str(StrictLoader.DEFAULT_SCALAR_TAG)


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
#: Scalar tags built by their usual constructor on the plain path (no merge or value keys).
_PLAIN_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp")
)


class _NotPlain(Exception):
    """A document the plain walk leaves to the general constructor."""


def _plain(loader: Any, node: Any, seen: set[int]) -> Any:
    """The value of a plain node tree (see :meth:`StrictLoader.construct_document`)."""
    if id(node) in seen:
        raise _NotPlain  # an alias: the general constructor refuses it
    seen.add(id(node))
    tag = node.tag
    if tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
        return node.value
    if tag in _PLAIN_SCALAR_TAGS and isinstance(node, yaml.ScalarNode):
        return loader.yaml_constructors[tag](loader, node)
    if tag == _SEQ_TAG and isinstance(node, yaml.SequenceNode):
        return [_plain(loader, item, seen) for item in node.value]
    if tag == _MAP_TAG and isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        given: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value in given:
                raise _NotPlain  # a complex key, or a key given twice
            if key_node.tag != _STR_TAG and key_node.tag not in _PLAIN_SCALAR_TAGS:
                raise _NotPlain  # a merge (<<) or value (=) key, or a tagged key
            given.add(key_node.value)
            mapping[_plain(loader, key_node, seen)] = _plain(loader, value_node, seen)
        return mapping
    raise _NotPlain  # another tag (!!set, !!binary, a local tag...)


def parse_yaml(raw: bytes, where: str) -> Any:
    """Parse the bytes of a report file; raise :class:`ValidationError` naming ``where``.

    Example:
        >>> parse_yaml(b"a: &x [1]\\nb: *x\\n", "x.yaml")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        tracker.errors.ValidationError: 1 problem in the claims ledger:
          - x.yaml: line 1: the value anchored (&) here is repeated by an alias (*); ...
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValidationError([f"{where}: not UTF-8 text: {err}"]) from None
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = f"line {mark.line + 1}: " if mark is not None else ""
        kind = "" if isinstance(err, yaml.constructor.ConstructorError) else "not valid YAML: "
        raise ValidationError([f"{where}: {kind}{line}{err.problem or err.context}"]) from None
    except (yaml.YAMLError, RecursionError, ValueError) as err:
        raise ValidationError([f"{where}: not valid YAML: {err}"]) from None


def read_report_file(path: Path, folders: list[Path], where: str) -> dict[str, Any]:
    """Read and parse one report file safely; raise :class:`ValidationError` naming it."""
    try:
        raw = read_regular(path, folders, MAX_REPORT_BYTES)
    except UnsafeFileError as err:
        raise ValidationError([f"{where}: {_reason(err, path)}"]) from None
    except OSError as err:
        raise ValidationError([f"{where}: cannot read: {err.strerror or err}"]) from None
    report = parse_yaml(raw, where)
    if not isinstance(report, dict):
        raise ValidationError([f"{where}: a report file must be a mapping of keys"])
    return report


def _reason(err: Exception, path: Path) -> str:
    """An error message without the path it starts with (the caller names the file)."""
    text = str(err)
    prefix = f"{path}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def scan_reports(reports: Path, where: str) -> tuple[list[tuple[str, os.stat_result]], list[str]]:
    """The report files of a ``reports/`` folder (name, status), sorted, and unexpected entries.

    Each unexpected entry is a problem naming it.

    ``where`` is how problems name the folder (``data/reports``). Temporary files of a
    write in progress (``.x.yaml.abc.tmp``) are neither reports nor problems.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.yaml").write_text("id: a"), (folder / "b.yml").write_text("")
        >>> files, problems = scan_reports(folder, "data/reports")
        >>> [name for name, _ in files], problems
        (['a.yaml'], ["data/reports/b.yml: report files end in '.yaml', not '.yml'"])
    """
    files: list[tuple[str, os.stat_result]] = []
    problems: list[str] = []
    try:
        entries = sorted(os.scandir(reports), key=lambda e: e.name)
    except FileNotFoundError:
        return [], [f"{where}: the folder of report files is missing"]
    except NotADirectoryError:
        return [], [f"{where}: not a folder"]
    for entry in entries:
        name = entry.name
        if name in IGNORED_NAMES or is_temp_name(name):
            continue
        label = f"{where}/{name}"
        if name.endswith(".yml"):
            problems.append(f"{label}: report files end in '.yaml', not '.yml'")
            continue
        if not name.endswith(REPORT_SUFFIX):
            problems.append(f"{label}: not a report file (only *.yaml belong in reports/)")
            continue
        try:
            info = entry.stat(follow_symlinks=True)
            mode = info.st_mode
        except FileNotFoundError:
            problems.append(f"{label}: a link to nothing")
            continue
        except OSError as err:
            problems.append(f"{label}: cannot read: {err.strerror or err}")
            continue
        if stat.S_ISDIR(mode):
            problems.append(f"{label}: a folder, not a report file")
            continue
        if not stat.S_ISREG(mode):
            problems.append(f"{label}: not a regular file")
            continue
        files.append((name, info))
    return files, problems


# --------------------------------------------------------------------------- field types

_REPORT_STRINGS = ("title", "outlet", "note", "text")
_CLAIM_STRINGS = (
    "via",
    "when",
    "status",
    "scope",
    "subject",
    "location",
    "review",
    "rank",
    "supersedes",
    "note",
    "lang",
    "unit",
    "currency",
)
_CLAIM_CHOICES: dict[str, tuple[Any, ...]] = {
    "qualifier": QUALIFIERS,
    "per": PERS,
    "vague_rule": tuple(VAGUE_RULES),
    "period_kind": KINDS,
    "precision": PRECISIONS,
}
_NUMBERS = ("low", "best", "high")
_DATES = ("period_start", "period_end")


def field_problems(report: Mapping[str, Any], where: str) -> list[str]:
    """Type problems of a parsed report, each naming ``where``, the claim and the field.

    Vocabularies and the claimant are checked later, as the ledger builds rows; this step
    makes sure every value has the type its field needs.

    Example:
        >>> field_problems({"id": "r", "language": "en", "url": 12345,
        ...                 "claims": [{"figure": ["a", "b"], "metric": "killed",
        ...                             "claimant": "NIS", "best": -3}]}, "r.yaml")
        ... # doctest: +NORMALIZE_WHITESPACE
        ["r.yaml: field 'url': 12345 is not text (a web address or null)",
         "r.yaml: claim 1: field 'figure': ['a', 'b'] is not text",
         "r.yaml: claim 1: field 'best': -3 is negative"]
    """
    problems: list[str] = []
    report_id = report.get("id")
    if not isinstance(report_id, str) or not REPORT_ID_RE.match(report_id):
        problems.append(f"{where}: field 'id': {report_id!r} must be lowercase a-z, 0-9 and '-'")
        report_id = None
    language = report.get("language")
    if not isinstance(language, str) or not language.strip():
        problems.append(f"{where}: field 'language': {language!r} is missing or not text")
    for key in _REPORT_STRINGS:
        value = report.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: field {key!r}: {value!r} is not text")
    url = report.get("url")
    if url is not None:
        if not isinstance(url, str):
            problems.append(f"{where}: field 'url': {url!r} is not text (a web address or null)")
        elif canonical_url(url) is None:
            problems.append(f"{where}: field 'url': {url!r} is not an http(s) web address")
    published = report.get("published")
    if published is not None and published_date(published) is None:
        low, high = SUPPORTED_YEARS
        problems.append(
            f"{where}: field 'published': {_show(published)} is not a real date YYYY-MM-DD or "
            f"YYYY-MM in {low}-{high}, or null"
        )
    claims = report.get("claims")
    if not isinstance(claims, list):
        problems.append(f"{where}: field 'claims' must be a list of claims")
        return problems
    for index, claim in enumerate(claims, start=1):
        if not isinstance(claim, dict):
            problems.append(f"{where}: claim {index}: must be a mapping of keys")
            continue
        problems += _claim_problems(claim, f"{where}: claim {index}", report_id)
    return problems


#: Claim keys whose only check is "text or null": a claim of these alone has no type problem.
_TEXT_KEYS = frozenset(("figure", "metric", "claimant", *_CLAIM_STRINGS))


def _claim_problems(claim: Mapping[str, Any], where: str, report_id: str | None) -> list[str]:
    if all(
        key in _TEXT_KEYS and (value is None or isinstance(value, str))
        for key, value in claim.items()
    ):
        return []  # the common claim (words only): every check below passes
    problems = []
    for key in ("figure", "metric", "claimant"):
        value = claim.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: field {key!r}: {value!r} is not text")
    for key in _CLAIM_STRINGS:
        value = claim.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: field {key!r}: {value!r} is not text")
    for key, choices in _CLAIM_CHOICES.items():
        value = claim.get(key)
        if value is not None and value not in choices:
            problems.append(f"{where}: field {key!r}: {value!r} not in {list(choices)}")
    cid = claim.get("id")
    if cid is not None:
        match = CLAIM_ID_RE.match(cid) if isinstance(cid, str) else None
        if match is None:
            problems.append(
                f"{where}: field 'id': {cid!r} is not a claim id '<report id>/<a-z, 0-9, ->'"
            )
        elif report_id is not None and match.group("report") != report_id:
            problems.append(f"{where}: field 'id': {cid!r} does not start with {report_id!r}/")
    credibility = claim.get("credibility")
    if credibility is not None and (
        isinstance(credibility, bool) or credibility not in CREDIBILITY
    ):
        problems.append(f"{where}: field 'credibility': {credibility!r} not in {list(CREDIBILITY)}")
    for key in _NUMBERS:
        if key in claim and claim[key] is not None:
            problems += number_problems(claim[key], f"{where}: field {key!r}")
    for key in _DATES:
        value = claim.get(key)
        if value is not None and pinned_date(value) is None:
            low, high = SUPPORTED_YEARS
            problems.append(
                f"{where}: field {key!r}: {_show(value)} is not a real date YYYY-MM-DD in "
                f"{low}-{high}"
            )
    return [p for p in problems if p]


def _show(value: Any) -> str:
    """A value for a message: dates as ISO text, anything else as its repr."""
    return repr(value.isoformat()) if isinstance(value, dt.date) else repr(value)


def number_problems(value: Any, where: str) -> list[str]:
    """Why ``value`` is not a finite, non-negative number (a pinned bound), if it is not.

    Example:
        >>> number_problems(float("inf"), "best"), number_problems(3, "best")
        (['best: inf is not a finite number'], [])
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [f"{where}: {value!r} is not a number"]
    if not math.isfinite(value):
        return [f"{where}: {value!r} is not a finite number"]
    if value < 0:
        return [f"{where}: {value!r} is negative"]
    return []


def published_date(value: Any) -> tuple[dt.date, str] | None:
    """A report's publication date and precision (``day`` or ``month``), or None if invalid.

    Example:
        >>> published_date("2024-10"), published_date("2024-02-30")
        ((datetime.date(2024, 10, 1), 'month'), None)
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day, precision = value, "day"
    elif isinstance(value, str):
        text = value.strip()
        try:
            if _MONTH_RE.match(text):
                day, precision = dt.date.fromisoformat(f"{text}-01"), "month"
            elif len(text) == 10:
                day, precision = dt.date.fromisoformat(text), "day"
            else:
                return None
        except ValueError:
            return None
    else:
        return None
    low, high = SUPPORTED_YEARS
    return (day, precision) if low <= day.year <= high else None


def pinned_date(value: Any) -> dt.date | None:
    """A pinned period date (a date or ``YYYY-MM-DD``) inside the supported years, else None.

    Example:
        >>> pinned_date("2024-11-01"), pinned_date("2024-13-45"), pinned_date("1500-01-01")
        (datetime.date(2024, 11, 1), None, None)
    """
    found = published_date(value)
    return found[0] if found is not None and found[1] == "day" else None
