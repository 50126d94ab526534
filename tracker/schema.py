"""The claims table: its columns, dtypes, vocabularies and validation.

One table of columns drives everything that needs to know the table's shape: the
column order of the CSV export, the dtypes of a loaded or read-back table, the pandera
schema that validates it, and the Frictionless Table Schema in ``datapackage.json``.

Example:
    >>> from tracker.schema import COLUMN_NAMES
    >>> COLUMN_NAMES[:3]
    ('claim_id', 'report_id', 'report_file')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.figures import QUALIFIERS
from tracker.periods import KINDS, PRECISIONS

if TYPE_CHECKING:
    import pandas as pd

METRICS = (
    "troops_present",
    "troops_deployed_front",
    "troops_transported",
    "troops_planned",
    "workers_sent",
    "killed",
    "wounded",
    "casualties",
    "captured",
    "pay",
    "materiel",
    "other",
)
STATUSES = ("reported", "planned", "denied")
REVIEWS = ("pending", "accepted", "rejected")
RANKS = ("preferred", "normal", "deprecated")
PERS = ("day", "week", "month", "year")
CLAIMANT_TYPES = (
    "intelligence",
    "military",
    "head_of_state",
    "government",
    "media",
    "osint",
    "anonymous_officials",
    "researcher",
    "international_org",
    "unattributed",
)
SIDES = ("ukraine_aligned", "russia_aligned", "neutral", "unknown")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = (1, 2, 3, 4, 5, 6)
PUBLISHED_PRECISIONS = ("day", "month", "unknown")
# Fields an analyst may pin by hand in a report file instead of the normaliser.
OVERRIDABLE = (
    "low",
    "best",
    "high",
    "qualifier",
    "unit",
    "currency",
    "per",
    "vague_rule",
    "period_start",
    "period_end",
    "period_kind",
    "precision",
)


@dataclass(frozen=True)
class Column:
    """One column of the claims table.

    ``kind`` is one of ``string``, ``number`` (float), ``integer`` (nullable),
    ``date``; ``vocab`` lists the allowed values when the column is a vocabulary.
    """

    name: str
    kind: str
    description: str
    required: bool = False
    vocab: tuple[Any, ...] | None = None


COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "string", "Stable id: report id / hash of the figure words.", True),
    Column("report_id", "string", "Id of the report the claim appeared in.", True),
    Column("report_file", "string", "Path of the report file, relative to the project.", True),
    Column("published", "date", "Publication date of the report (first of month if month only)."),
    Column(
        "published_precision",
        "string",
        "How precisely the publication date is known.",
        True,
        PUBLISHED_PRECISIONS,
    ),
    Column("outlet", "string", "Outlet that published the report."),
    Column("url", "string", "Address of the report."),
    Column("language", "string", "ISO 639-1 language of the report's words.", True),
    Column("claimant", "string", "Canonical claimant from data/sources.csv.", True),
    Column("claimant_text", "string", "Words of the report naming the claimant.", True),
    Column("via", "string", "Relay chain, outermost first ('JoongAng > military sources')."),
    Column("claimant_type", "string", "Claimant type from the registry.", True, CLAIMANT_TYPES),
    Column("side", "string", "Claimant's side from the registry.", True, SIDES),
    Column("reliability", "string", "Source reliability A-F (Admiralty code).", True, RELIABILITY),
    Column(
        "credibility",
        "integer",
        "Information credibility 1-6 (Admiralty code).",
        False,
        CREDIBILITY,
    ),
    Column("metric", "string", "What is counted.", True, METRICS),
    Column("status", "string", "Reported, planned or denied.", True, STATUSES),
    Column("subject", "string", "Who deploys or sends (e.g. DPRK)."),
    Column("location", "string", "Where, in the report's terms."),
    Column("figure_text", "string", "The figure words as the report states them.", True),
    Column("low", "number", "Lower bound of the figure."),
    Column("best", "number", "Point value of the figure (never set for vague words)."),
    Column("high", "number", "Upper bound of the figure."),
    Column("qualifier", "string", "How the figure is hedged.", True, QUALIFIERS),
    Column("unit", "string", "persons, percent, ISO 4217 code, or the counted noun."),
    Column("currency", "string", "ISO 4217 code when the figure is money."),
    Column("per", "string", "Rate period ('$2,000 a month' -> month).", False, PERS),
    Column("vague_rule", "string", "Rule table that bounded a vague figure."),
    Column("time_text", "string", "The time words that date the figure."),
    Column("period_start", "date", "First day of the period the figure refers to (inclusive)."),
    Column("period_end", "date", "Last day of the period the figure refers to (inclusive)."),
    Column("period_kind", "string", "point, period, deadline, since or asof.", True, KINDS),
    Column("precision", "string", "Precision of the period.", True, PRECISIONS),
    Column("span_start", "integer", "Offset of the figure in the stored report text."),
    Column("span_end", "integer", "End offset of the figure in the stored report text."),
    Column("review", "string", "pending (machine-proposed), accepted or rejected.", True, REVIEWS),
    Column("rank", "string", "preferred, normal or deprecated.", True, RANKS),
    Column("supersedes", "string", "claim_id of the same claimant's earlier figure it revises."),
    Column("overridden", "string", "Columns pinned by hand (';'-separated)."),
    Column("flags", "string", "Machine flags (';'-separated), e.g. no-publication-date."),
    Column("note", "string", "Free text."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
COLUMNS_BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}

_PANDAS_DTYPES = {
    "string": "string",
    "number": "float64",
    "integer": "Int64",
    "date": "datetime64[ns]",
}


class ValidationError(ValueError):
    """A claims table or report files failed validation; ``problems`` lists every one."""

    def __init__(self, problems: Iterable[str]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the claims ledger:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


def coerce(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with exactly the schema's columns, in order, each in its dtype.

    Missing columns are added empty; extra columns are an error (nothing is dropped silently).

    Example:
        >>> import pandas as pd
        >>> list(coerce(pd.DataFrame({"claim_id": ["a"]})).columns) == list(COLUMN_NAMES)
        True
    """
    import pandas as pd

    extra = [c for c in df.columns if c not in COLUMNS_BY_NAME]
    if extra:
        raise ValidationError([f"unknown column {c!r}" for c in extra])
    out = pd.DataFrame(index=df.index)
    for col in COLUMNS:
        values = df[col.name] if col.name in df.columns else pd.Series(None, index=df.index)
        dtype = _PANDAS_DTYPES[col.kind]
        if col.kind == "date":
            out[col.name] = pd.to_datetime(values, errors="raise").astype(dtype)
        elif col.kind == "integer" or col.kind == "number":
            out[col.name] = pd.to_numeric(values, errors="raise").astype(dtype)
        else:  # an empty string is a missing value, as in the CSV export
            text = values.astype("object").where(values.notna(), None).replace("", None)
            out[col.name] = text.astype(dtype)
    return out.reset_index(drop=True)


def from_rows(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A claims table from row dicts, each column in its dtype (what :func:`coerce` gives).

    Built column by column, which is many times faster than a DataFrame plus ``coerce``.
    Keys not in the schema are ignored; a missing key is a missing value; an empty string
    is a missing value.

    Example:
        >>> from_rows([{"claim_id": "a", "best": 3000}])["best"].tolist()
        [3000.0]
    """
    import pandas as pd

    rows = list(rows)
    data = {}
    for col in COLUMNS:
        values = [row.get(col.name) for row in rows]
        if col.kind == "string":
            values = [None if v is None or v == "" else str(v) for v in values]
        elif col.kind == "number":
            values = [float("nan") if v is None else float(v) for v in values]
        elif col.kind == "date":
            values = [pd.NaT if v is None else pd.Timestamp(v) for v in values]
        data[col.name] = pd.array(values, dtype=_PANDAS_DTYPES[col.kind])
    return pd.DataFrame(data)


def _pandera_schema() -> Any:
    import pandera.pandas as pa

    columns = {}
    for col in COLUMNS:
        checks = [pa.Check.isin(list(col.vocab))] if col.vocab else []
        columns[col.name] = pa.Column(
            _PANDAS_DTYPES[col.kind], checks=checks, nullable=not col.required, coerce=False
        )
    bounds = [
        pa.Check(lambda d: ~(d["low"] > d["best"]), name="low <= best", element_wise=False),
        pa.Check(lambda d: ~(d["best"] > d["high"]), name="best <= high", element_wise=False),
        pa.Check(lambda d: ~(d["low"] > d["high"]), name="low <= high", element_wise=False),
        pa.Check(
            lambda d: ~((d["qualifier"] == "vague") & d["best"].notna()),
            name="vague figure has no point value",
        ),
        pa.Check(
            lambda d: ~(d["period_start"] > d["period_end"]), name="period_start <= period_end"
        ),
        pa.Check(lambda d: ~d["claim_id"].duplicated(keep=False), name="claim_id is unique"),
    ]
    return pa.DataFrameSchema(columns, checks=bounds, strict=True, ordered=True)


_SCHEMA_CACHE: list[Any] = []


def validate(df: pd.DataFrame) -> pd.DataFrame:
    """Validate a claims table; raise :class:`ValidationError` listing every bad row at once.

    Each problem names the report file, the claim (id and figure words) and the field.

    Example:
        >>> import pandas as pd
        >>> try:
        ...     validate(coerce(pd.DataFrame({"claim_id": ["x"], "metric": ["troops"]})))
        ... except ValidationError as err:
        ...     "field 'metric'" in str(err)
        True
    """
    import pandera.errors as pae

    if not _SCHEMA_CACHE:
        _SCHEMA_CACHE.append(_pandera_schema())
    try:
        return _SCHEMA_CACHE[0].validate(df, lazy=True)
    except pae.SchemaErrors as errors:
        raise ValidationError(_describe_failures(df, errors.failure_cases)) from None


def _describe_failures(df: pd.DataFrame, cases: pd.DataFrame) -> list[str]:
    problems: list[str] = []
    seen: set[tuple[Any, ...]] = set()
    for case in cases.itertuples(index=False):
        index, column, check, value = case.index, case.column, case.check, case.failure_case
        key = (index, column, check)
        if key in seen:
            continue
        seen.add(key)
        if index is None or index != index:  # schema-level failure (column missing, dtype)
            problems.append(f"table: column {column!r}: {check} (got {value!r})")
            continue
        row = df.loc[index]
        where = _where(row)
        field = column if column in COLUMNS_BY_NAME else _field_of_check(check)
        problems.append(f"{where}: field {field!r}: fails {check} (value {value!r})")
    return sorted(problems)


def _field_of_check(check: str) -> str:
    name = str(check)
    for col in ("period_start", "claim_id", "low", "best", "qualifier"):
        if name.startswith(col) or col in name:
            return col
    return name


def _where(row: Any) -> str:
    file = row.get("report_file") if hasattr(row, "get") else None
    claim = row.get("claim_id") if hasattr(row, "get") else None
    words = row.get("figure_text") if hasattr(row, "get") else None
    return f"{file or '<no file>'}: claim {claim or '<no id>'} ({words!r})"


def table_schema() -> dict[str, Any]:
    """The Frictionless Table Schema of the claims table (for ``datapackage.json``).

    Example:
        >>> table_schema()["primaryKey"]
        'claim_id'
    """
    kinds = {"string": "string", "number": "number", "integer": "integer", "date": "date"}
    fields = []
    for col in COLUMNS:
        field: dict[str, Any] = {
            "name": col.name,
            "type": kinds[col.kind],
            "description": col.description,
        }
        constraints: dict[str, Any] = {}
        if col.required:
            constraints["required"] = True
        if col.vocab:
            constraints["enum"] = list(col.vocab)
        if constraints:
            field["constraints"] = constraints
        if col.kind == "date":
            field["format"] = "%Y-%m-%d"
        fields.append(field)
    return {"fields": fields, "primaryKey": "claim_id", "missingValues": [""]}
