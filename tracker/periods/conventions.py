"""The conventions of DESIGN §3 that the time normaliser applies, as data.

:data:`CONV` holds the conventions other tools resolve differently (early/mid/late,
clipping a current period, "last <month>", weeks of a month, range ends); the tables
below hold the fixed ones (parts of a week or season, meteorological seasons) and the
names recorded in ``Period.convention``. :func:`swapped` changes :data:`CONV` in place
for a ``with`` block (benchmarks only: see ``tracker.periods.parse._with_conventions``, which
also clears the parse caches).

Example:
    >>> CONV.month_parts["mid"]
    (11, 20)
    >>> with swapped(month_parts={"early": (1, 15), "mid": (11, 20), "late": (16, 31)}):
    ...     CONV.month_parts["early"]
    (1, 15)
    >>> CONV.month_parts["early"]
    (1, 10)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace


@dataclass(slots=True)
class Conventions:
    """The conventions of DESIGN §3 that other tools resolve differently, in one place.

    The defaults are the project's. A benchmark may swap one of them for another tool's
    (e.g. halves for early/late) to see which misses differ only by convention.
    """

    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    clip_current: bool = True  # "in October" read in the past ends at publication
    last_month: str = "latest"  # "last September": the latest one | "previous-year"
    week_of_month: str = "first-7-days"  # "first week of May": days 1-7 | "iso"
    range_end: str = "inclusive"  # "from 2014 to 2018" ends 2018-12-31 | "exclusive"


def _default_conventions() -> Conventions:
    return Conventions(
        month_parts={"early": (1, 10), "mid": (11, 20), "late": (21, 31)},
        year_parts={"early": (1, 4), "mid": (5, 8), "late": (9, 12)},
    )


# The conventions in force: one object, changed in place by swapped(), so every module
# that imported it sees the change.
CONV = _default_conventions()


def _assign(values: Conventions) -> None:
    for f in fields(Conventions):
        setattr(CONV, f.name, getattr(values, f.name))


@contextlib.contextmanager
def swapped(**changes: object) -> Iterator[None]:
    """Apply some conventions for a ``with`` block, then restore the previous ones.

    Args:
        **changes: fields of :class:`Conventions` and their new values.

    Example:
        >>> with swapped(range_end="exclusive"):
        ...     CONV.range_end
        'exclusive'
    """
    saved = replace(CONV)
    _assign(replace(saved, **changes))  # type: ignore[arg-type]
    try:
        yield
    finally:
        _assign(saved)


WEEK_PARTS = {"early": (0, 2), "mid": (1, 4), "late": (3, 6)}  # days after Monday
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # meteorological
SEASON_PART = {"early": 0, "mid": 1, "late": 2}  # which third of a season, quarter, half
PART_NAMES = {
    "month": "early/mid/late month=1-10/11-20/21-end",
    "year": "early/mid/late year=Jan-Apr/May-Aug/Sep-Dec",
    "week": "early/mid/late week=Mon-Wed/Tue-Fri/Thu-Sun",
    "season": "early/mid/late season=its 1st/2nd/3rd month",
}
