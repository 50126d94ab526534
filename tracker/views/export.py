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
import datetime
import io
import json
import re
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


def export_all(df: pd.DataFrame, out: Path | str, data_dir: Path | str | None = None) -> list[Path]:
    """Write ``claims.csv``, ``claims-excel.csv``, ``claims.xlsx`` and ``datapackage.json``.

    ``data_dir`` is the ledger folder whose ``sources.csv`` fills the workbook's sources
    sheet (default: the project's ``data/``).

    Example:
        >>> import pandas as pd, tempfile
        >>> from tracker.table.schema import coerce
        >>> [p.name for p in export_all(coerce(pd.DataFrame({"claim_id": ["a"]})),
        ...                             tempfile.mkdtemp())]
        ['claims.csv', 'claims-excel.csv', 'claims.xlsx', 'datapackage.json']
    """
    from tracker import paths

    out = Path(out)
    sources = Path(data_dir or paths.data_dir()) / "sources.csv"
    return [
        write_csv(df, out / "claims.csv"),
        write_csv(df, out / "claims-excel.csv", excel=True),
        write_excel(df, out / "claims.xlsx", sources),
        write_datapackage(out / "datapackage.json"),
    ]


#: Creation time written into claims.xlsx (fixed: the same table gives the same bytes).
FIXED_TIME = datetime.datetime(2000, 1, 1)

#: Column widths (characters) of the claims sheet, by column kind.
EXCEL_WIDTHS: dict[str, int] = {"string": 22, "number": 11, "integer": 9, "date": 11}


def _excel_column(column: pd.Series, kind: str) -> list[Any]:
    """One claims-sheet column as cell values (dates, numbers, defused text; None if missing)."""
    present = column.notna().tolist()
    values = column.tolist()
    if kind == "date":
        return [v.date() if p else None for v, p in zip(values, present, strict=True)]
    if kind == "number":
        return [float(v) if p else None for v, p in zip(values, present, strict=True)]
    if kind == "integer":
        return [int(v) if p else None for v, p in zip(values, present, strict=True)]
    return [defuse(str(v)) if p else None for v, p in zip(values, present, strict=True)]


def write_excel(df: pd.DataFrame, path: Path | str, sources_csv: Path | str | None = None) -> Path:
    """Write ``claims.xlsx``: claims (filters, frozen header), codebook and sources sheets.

    The claims sheet has the schema's columns in order, rows sorted by ``claim_id``, an
    autofilter over the header and the header row frozen. The codebook sheet lists each
    column's name, kind, description and vocabulary (``tracker.claims.columns.COLUMNS``);
    the sources sheet is ``sources_csv`` (default ``data/sources.csv``) as it stands. Every
    text cell is defused against formula injection (``defuse``); numbers and dates are
    left alone. Written atomically, with fixed times: the same table gives the same bytes.

    Example:
        >>> import pandas as pd, tempfile
        >>> from tracker.table.schema import coerce
        >>> p = write_excel(coerce(pd.DataFrame({"claim_id": ["a"]})), tempfile.mktemp(".xlsx"))
        >>> p.suffix
        '.xlsx'
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from tracker import paths
    from tracker.claims.columns import COLUMNS as CLAIM_COLUMNS

    table = coerce(df).sort_values("claim_id", kind="stable")
    kinds = [_KINDS[name] for name in COLUMN_NAMES]
    book = Workbook(write_only=True)  # streamed: fast for tens of thousands of rows
    bold = Font(bold=True)

    def header(sheet: Any, names: list[str]) -> None:
        cells = []
        for name in names:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    sheet = book.create_sheet("claims")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMN_NAMES))}{len(table) + 1}"
    for index, kind in enumerate(kinds, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = EXCEL_WIDTHS[kind]
    header(sheet, list(COLUMN_NAMES))
    columns = [
        _excel_column(table[name], kind) for name, kind in zip(COLUMN_NAMES, kinds, strict=True)
    ]
    dates = [i for i, k in enumerate(kinds) if k == "date"]
    for record in zip(*columns, strict=True):
        row: list[Any] = list(record)
        for i in dates:
            if row[i] is not None:
                cell = WriteOnlyCell(sheet, value=row[i])
                cell.number_format = "yyyy-mm-dd"
                row[i] = cell
        sheet.append(row)

    codebook = book.create_sheet("codebook")
    codebook.freeze_panes = "A2"
    for letter, width in zip("ABCDE", (22, 9, 9, 70, 50), strict=True):
        codebook.column_dimensions[letter].width = width
    header(codebook, ["column", "kind", "required", "description", "vocabulary"])
    for column in CLAIM_COLUMNS:
        vocab = " | ".join(str(v) for v in column.vocab) if column.vocab else ""
        codebook.append(
            [column.name, column.kind, column.required, defuse(column.description), defuse(vocab)]
        )

    sources = book.create_sheet("sources")
    source_path = Path(sources_csv) if sources_csv else paths.data_dir() / "sources.csv"
    rows: list[list[str]] = []
    if source_path.exists():
        with source_path.open(encoding="utf-8", newline="") as handle:
            rows = [[defuse(cell) for cell in row] for row in csv.reader(handle)]
    if rows:
        sources.freeze_panes = "A2"
        if len(rows) > 1:
            sources.auto_filter.ref = f"A1:{get_column_letter(len(rows[0]))}{len(rows)}"
        header(sources, rows[0])
        for row in rows[1:]:
            sources.append(row)
    book.properties.creator = "tracker"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    return atomic_write(path, _fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member times, so the same table gives the same bytes."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                    rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            target.writestr(member, data)
    return out.getvalue()
