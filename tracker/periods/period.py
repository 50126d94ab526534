"""The result of the time normaliser: :class:`Period` and its vocabularies.

A Period holds the inclusive start and end dates of a time phrase, its kind
(:data:`KINDS`), its precision (:data:`PRECISIONS`, finest first) and the conventions
used. This module is the bottom layer of the time normaliser (no other tracker import);
the public entry point is :mod:`tracker.periods.parse`, which re-exports everything here.

Example:
    >>> import datetime as dt
    >>> str(asof(dt.date(2024, 11, 1)))
    '2024-11-01 asof (day) [publication date]'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("point", "period", "deadline", "since", "asof")
PRECISIONS: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "unknown",
)
NEEDS_PUBLICATION_DATE = "needs-publication-date"

# rank of each precision, finest first: a coarser precision has a higher rank
PREC_RANK: dict[str, int] = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved time phrase: inclusive start and end dates, kind and precision.

    Example:
        >>> Period(dt.date(2024, 10, 1), dt.date(2024, 10, 31), "period", "month", "in October")
        ... # doctest: +ELLIPSIS
        Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 10, 31), ...)
    """

    start: dt.date | None
    end: dt.date | None
    kind: str
    precision: str
    text: str
    convention: str | None = None
    flag: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    source: str = "grammar"  # grammar | dateparser | publication

    @property
    def span(self) -> tuple[int, int]:
        """Offsets of the phrase in the text it was found in; ``(0, 0)`` when parsed alone.

        Example:
            >>> asof(None).span
            (0, 0)
        """
        return (self.span_start or 0, self.span_end or 0)

    def describe(self) -> str:
        """One line for people: dates, kind, precision, words and conventions.

        Example:
            >>> asof(dt.date(2024, 11, 1)).describe()
            '2024-11-01 asof (day) [publication date]'
        """
        start = self.start.isoformat() if self.start else "?"
        end = self.end.isoformat() if self.end else "?"
        when = start if start == end else f"{start}..{end}"
        out = f"{when} {self.kind} ({self.precision})"
        if self.text:
            out += f' "{self.text}"'
        notes = [n for n in (self.convention, self.flag) if n]
        if self.source != "grammar":
            notes.append(self.source if self.source != "publication" else "publication date")
        if notes:
            out += " [" + "; ".join(notes) + "]"
        return out

    def __str__(self) -> str:
        return self.describe()


def asof(published: dt.date | None) -> Period:
    """The Period of a figure with no time phrase: as of the publication date.

    Example:
        >>> asof(dt.date(2024, 11, 1)).start
        datetime.date(2024, 11, 1)
    """
    if published is None:
        return Period(
            None, None, "asof", "day", "", flag=NEEDS_PUBLICATION_DATE, source="publication"
        )
    return Period(published, published, "asof", "day", "", source="publication")
