"""Load the named events of the domain (``data/events.csv``) for the time normaliser.

The file has the columns ``id,date,label,source`` (``id`` may be missing: a table written for
chart annotations with ``date,label,source`` gets ids made from its labels, "Kursk incursion"
-> ``kursk-incursion``). The words naming each event per language are in the lexicon
(``EVENT_WORDS``); :func:`tracker.periods.parse.parse_when` takes the result as ``events=``.

Example:
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
    >>> _ = p.write_text("date,label,source\\n2024-08-06,Kursk incursion,x\\n")
    >>> load_events(p).ids
    ('kursk-incursion',)
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from tracker.errors import ValidationError
from tracker.periods.events import Events

__all__ = ["event_id", "load_events"]


def event_id(label: str) -> str:
    """The id made from an event's label: lower case, words joined by hyphens.

    Example:
        >>> event_id("Start of the full-scale invasion")
        'start-of-the-full-scale-invasion'
    """
    return "-".join(re.findall(r"[^\W_]+", label.lower()))


def load_events(path: str | Path) -> Events:
    """The events of a CSV file (``id,date,label,source`` or ``date,label,source``).

    Raises:
        ValidationError: naming the file, the row and the field, when a date is not
            YYYY-MM-DD, a row has neither id nor label, or an id comes twice.
    """
    path = Path(path)
    problems: list[str] = []
    dates: dict[str, dt.date] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            raw_id = (row.get("id") or "").strip() or event_id(row.get("label") or "")
            if not raw_id:
                problems.append(f"{path}: row {n}: no id and no label")
                continue
            try:
                day = dt.date.fromisoformat((row.get("date") or "").strip())
            except ValueError:
                problems.append(
                    f"{path}: row {n} ({raw_id}): date {row.get('date')!r} is not YYYY-MM-DD"
                )
                continue
            if raw_id in dates:
                problems.append(f"{path}: row {n}: id {raw_id!r} comes twice")
                continue
            dates[raw_id] = day
    if problems:
        raise ValidationError(problems)
    return Events.from_mapping(dates)
