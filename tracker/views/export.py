"""Exports of the claims table: canonical CSV, Excel-safe CSV and ``datapackage.json``.

The canonical ``claims.csv`` is UTF-8 without BOM, ``\\n`` line ends, ISO dates, an empty
cell for a missing value, the schema's column order and rows sorted by ``claim_id``: an
unchanged ledger gives a byte-identical file. :func:`read_claims_csv` reads it back into
the same table. The Excel-safe CSV neutralises formula injection in text cells.

Example:
    >>> import pandas as pd
    >>> from tracker.table.schema import coerce
    >>> to_csv_text(coerce(pd.DataFrame({"claim_id": ["a"], "best": [3000.0]}))).count("\\n")
    2
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.table.files import atomic_write
from tracker.table.schema import COLUMN_NAMES, COLUMNS, coerce, table_schema

if TYPE_CHECKING:
    import pandas as pd

# A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_KINDS = {c.name: c.kind for c in COLUMNS}


def _cell(value: Any, kind: str) -> str:
    """One CSV cell: empty for missing, ISO for dates, shortest round-trip form for numbers."""
    if _missing(value):
        return ""
    if kind == "date":
        return value.strftime("%Y-%m-%d")
    if kind == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)
    if kind == "integer":
        return str(int(value))
    return str(value)


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


def defuse(text: str) -> str:
    """Neutralise a text cell that a spreadsheet would run as a formula.

    A leading ``= + - @``, tab, CR or LF gets a ``'`` in front, which Excel and LibreOffice
    show as text; other text is unchanged.

    Example:
        >>> defuse("=HYPERLINK(\\"x\\")"), defuse("about 2,000")
        ('\\'=HYPERLINK("x")', 'about 2,000')
    """
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _rows(df: pd.DataFrame, excel: bool) -> list[list[str]]:
    table = coerce(df).sort_values("claim_id", kind="stable")
    kinds = [_KINDS[name] for name in COLUMN_NAMES]
    rows = []
    for record in table.itertuples(index=False, name=None):
        cells = [_cell(v, k) for v, k in zip(record, kinds, strict=True)]
        if excel:
            cells = [defuse(c) if k == "string" else c for c, k in zip(cells, kinds, strict=True)]
        rows.append(cells)
    return rows


def to_csv_text(df: pd.DataFrame, *, excel: bool = False) -> str:
    """The claims table as CSV text (canonical, or Excel-safe with ``excel=True``).

    The Excel-safe form also uses CRLF line ends, which spreadsheets expect; numbers and
    dates are never altered.

    Example:
        >>> import pandas as pd
        >>> from tracker.table.schema import coerce
        >>> to_csv_text(coerce(pd.DataFrame({"claim_id": ["a"]}))).splitlines()[1][:2]
        'a,'
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
    writer.writerow(COLUMN_NAMES)
    writer.writerows(_rows(df, excel))
    return buffer.getvalue()


def write_csv(df: pd.DataFrame, path: Path | str, *, excel: bool = False) -> Path:
    """Write the claims table as CSV atomically; return the path.

    The Excel-safe file starts with a UTF-8 BOM so spreadsheets read accents and Hangul.

    Example:
        >>> import pandas as pd, tempfile
        >>> from tracker.table.schema import coerce
        >>> p = write_csv(coerce(pd.DataFrame({"claim_id": ["a"]})), tempfile.mktemp())
        >>> p.read_bytes()[:8]
        b'claim_id'
    """
    text = to_csv_text(df, excel=excel)
    return atomic_write(path, ("\ufeff" + text) if excel else text)


def read_claims_csv(path: Path | str) -> pd.DataFrame:
    """Read a canonical ``claims.csv`` back into a claims table with the schema's dtypes.

    Example:
        >>> import pandas as pd, tempfile
        >>> from tracker.table.schema import coerce
        >>> df = coerce(pd.DataFrame({"claim_id": ["a"], "best": [2000.0]}))
        >>> read_claims_csv(write_csv(df, tempfile.mktemp())).equals(df)
        True
    """
    import pandas as pd

    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    return coerce(raw)


def datapackage(csv_name: str = "claims.csv") -> dict[str, Any]:
    """The Frictionless Data Package describing ``claims.csv`` (no timestamps: deterministic).

    Example:
        >>> datapackage()["resources"][0]["path"]
        'claims.csv'
    """
    return {
        "profile": "tabular-data-package",
        "name": "tracker-claims",
        "title": "Reported troop-deployment claims",
        "description": (
            "One row per reported figure: claimant, report, words, and the numbers and "
            "period derived from them. Codebook: data/README.md."
        ),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        "resources": [
            {
                "name": "claims",
                "path": csv_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
                "schema": table_schema(),
            }
        ],
    }


def write_datapackage(path: Path | str, csv_name: str = "claims.csv") -> Path:
    """Write ``datapackage.json`` atomically (sorted, indented, trailing newline)."""
    text = json.dumps(datapackage(csv_name), indent=2, ensure_ascii=False) + "\n"
    return atomic_write(path, text)


def export_all(df: pd.DataFrame, out: Path | str) -> list[Path]:
    """Write ``claims.csv``, ``claims-excel.csv`` and ``datapackage.json`` into ``out``.

    Example:
        >>> import pandas as pd, tempfile
        >>> from tracker.table.schema import coerce
        >>> [p.name for p in export_all(coerce(pd.DataFrame({"claim_id": ["a"]})),
        ...                             tempfile.mkdtemp())]
        ['claims.csv', 'claims-excel.csv', 'datapackage.json']
    """
    out = Path(out)
    return [
        write_csv(df, out / "claims.csv"),
        write_csv(df, out / "claims-excel.csv", excel=True),
        write_datapackage(out / "datapackage.json"),
    ]
