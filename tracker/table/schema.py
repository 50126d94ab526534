"""The claims table: its columns, dtypes, vocabularies and validation.

One table of columns drives everything that needs to know the table's shape: the
column order of the CSV export, the dtypes of a loaded or read-back table, the pandera
schema that validates it, and the Frictionless Table Schema in ``datapackage.json``.

Example:
    >>> from tracker.table.schema import COLUMN_NAMES
    >>> COLUMN_NAMES[:3]
    ('claim_id', 'report_id', 'report_file')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.claims.columns import (
    COLUMN_NAMES,
    COLUMNS,
    COLUMNS_BY_NAME,
    OVERRIDABLE,
    PANDAS_DTYPES,
    Column,
    coerce,
    from_rows,
)
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

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CLAIMANT_TYPES",
    "COLUMNS",
    "COLUMNS_BY_NAME",
    "COLUMN_NAMES",
    "CREDIBILITY",
    "METRICS",
    "OVERRIDABLE",
    "PERS",
    "PUBLISHED_PRECISIONS",
    "RANKS",
    "RELIABILITY",
    "REVIEWS",
    "SCOPES",
    "SIDES",
    "STATUSES",
    "Column",
    "ValidationError",
    "coerce",
    "from_rows",
    "table_schema",
    "validate",
]


def _pandera_schema() -> Any:
    import pandera.pandas as pa

    columns = {}
    for col in COLUMNS:
        checks = [pa.Check.isin(list(col.vocab))] if col.vocab else []
        columns[col.name] = pa.Column(
            PANDAS_DTYPES[col.kind], checks=checks, nullable=not col.required, coerce=False
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
    if _surely_valid(df):
        return df.copy(deep=False)
    import pandera.errors as pae

    if not _SCHEMA_CACHE:
        _SCHEMA_CACHE.append(_pandera_schema())
    try:
        return _SCHEMA_CACHE[0].validate(df, lazy=True)
    except pae.SchemaErrors as errors:
        raise ValidationError(_describe_failures(df, errors.failure_cases)) from None


def _surely_valid(df: pd.DataFrame) -> bool:
    """True when ``df`` passes every check of the pandera schema, tested column-wise at once.

    The same checks as :func:`_pandera_schema`, only stricter where they differ (a missing
    value in a row check counts as a failure), so True means pandera would pass it too; on
    False pandera runs and names every problem. Pandera costs tens of milliseconds even for
    a few rows, which is most of re-reading one changed report.
    """
    import pandas as pd

    if list(df.columns) != list(COLUMN_NAMES):
        return False
    for col in COLUMNS:
        values = df[col.name]
        if not _exact_dtype(values.dtype, col.kind):
            return False
        missing = values.isna()
        if col.required and missing.any():
            return False
        if col.vocab and not (values.isin(list(col.vocab)) | missing).all():
            return False
    rows = (
        ~(df["low"] > df["best"]),
        ~(df["best"] > df["high"]),
        ~(df["low"] > df["high"]),
        ~((df["qualifier"] == "vague") & df["best"].notna()),
        ~(df["period_start"] > df["period_end"]),
        ~df["claim_id"].duplicated(keep=False),
    )
    return all(bool(pd.Series(ok).fillna(False).astype(bool).all()) for ok in rows)


def _exact_dtype(dtype: Any, kind: str) -> bool:
    """True when ``dtype`` is exactly the dtype of the column kind (pyarrow strings)."""
    import numpy as np
    import pandas as pd

    if kind == "string":
        return isinstance(dtype, pd.StringDtype) and dtype == pd.StringDtype("pyarrow", pd.NA)
    if kind == "integer":
        return isinstance(dtype, pd.Int64Dtype)
    wanted = np.dtype("float64") if kind == "number" else np.dtype("datetime64[ns]")
    return isinstance(dtype, np.dtype) and dtype == wanted


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
    file, claim, words = (_cell(row, name) for name in ("report_file", "claim_id", "figure_text"))
    return f"{file or '<no file>'}: claim {claim or '<no id>'} ({words!r})"


def _cell(row: Any, name: str) -> Any:
    """A cell of a row, ``None`` when missing or NA (``pd.NA`` has no truth value)."""
    value = row.get(name) if hasattr(row, "get") else None
    try:
        return None if value is None or bool(value != value) else value
    except TypeError:  # pd.NA
        return None


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
