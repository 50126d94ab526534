"""The columns of a claim row: names, kinds, descriptions and vocabularies, defined once.

The row builder, the extractor's table and the ledger's table all take their shape from
``COLUMNS``; :mod:`tracker.table.schema` turns the same table into pandera checks and the
Frictionless schema. pandas is imported only inside the two table builders.

Example:
    >>> from tracker.claims.columns import COLUMN_NAMES
    >>> COLUMN_NAMES[:3]
    ('claim_id', 'report_id', 'report_file')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.claims.vocabulary import (
    CLAIMANT_TYPES,
    CREDIBILITY,
    METRICS,
    PERS,
    PUBLISHED_PRECISIONS,
    RANKS,
    RELIABILITY,
    REVIEWS,
    SCOPES,
    SIDES,
    STATUSES,
)
from tracker.errors import ValidationError
from tracker.figures.parse import QUALIFIERS
from tracker.periods.parse import KINDS, PRECISIONS

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "COLUMNS_BY_NAME",
    "OVERRIDABLE",
    "PANDAS_DTYPES",
    "Column",
    "coerce",
    "from_rows",
]

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
    Column("scope", "string", "total (standing/cumulative), incident or increment.", True, SCOPES),
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

PANDAS_DTYPES = {
    "string": "string",
    "number": "float64",
    "integer": "Int64",
    "date": "datetime64[ns]",
}


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
        dtype = PANDAS_DTYPES[col.kind]
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
        fast = _arrow_column(values, col.kind)
        data[col.name] = fast if fast is not None else _python_column(values, col.kind)
    return pd.DataFrame(data)


def _python_column(values: list[Any], kind: str) -> Any:
    """One column's values converted one by one (any value type the table accepts)."""
    import pandas as pd

    if kind == "string":
        values = [None if v is None or v == "" else str(v) for v in values]
    elif kind == "number":
        values = [float("nan") if v is None else float(v) for v in values]
    elif kind == "date":
        values = [pd.NaT if v is None else pd.Timestamp(v) for v in values]
    return pd.array(values, dtype=PANDAS_DTYPES[kind])


def _arrow_column(values: list[Any], kind: str) -> Any:
    """One column converted by Arrow, or None when a value is not of the plain types.

    The plain types give exactly what :func:`_python_column` gives: text (``""`` is
    missing), ``int`` or ``float`` numbers, ``int`` integers, ``date`` dates, and ``None``.
    Anything else (``bool``, ``bytes``, a datetime, text in a number column...) is left to
    the one-by-one conversion, so a value is never read differently.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        array = pa.array(values, from_pandas=False)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return None
    kind_of = array.type
    if pa.types.is_null(kind_of):
        return None  # all missing: cheap either way, and the dtype is the python path's
    if kind == "string":
        if not pa.types.is_string(kind_of):
            return None
        array = pc.if_else(pc.equal(array, ""), pa.scalar(None, pa.string()), array)
        return pd.array(pd.arrays.ArrowStringArray(array), dtype=PANDAS_DTYPES[kind])
    if kind == "number":
        if not (pa.types.is_int64(kind_of) or pa.types.is_float64(kind_of)):
            return None
        try:
            return array.cast(pa.float64()).to_numpy(zero_copy_only=False)
        except pa.ArrowException:
            return None  # an integer beyond 2**53: float() rounds it, as before
    if kind == "integer":
        if not pa.types.is_int64(kind_of):
            return None
        return pd.array(array.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get))
    if kind == "date":
        if not pa.types.is_date32(kind_of) or any(
            v.__class__ is not dt.date for v in values if v is not None
        ):
            return None  # datetimes (and dates mixed with them) keep their time of day
        try:
            stamps = array.cast(pa.timestamp("ns"))
        except pa.ArrowException:
            return None  # out of the nanosecond range: the python path raises as before
        return stamps.to_numpy(zero_copy_only=False).astype("datetime64[ns]")
    return None
