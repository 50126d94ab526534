"""The conventions of DESIGN §3 that the time normaliser applies, as data passed in.

:class:`Conventions` holds the conventions other tools resolve differently (early/mid/late,
clipping a current period, "last <month>", weeks of a month, range ends). It is immutable:
:func:`tracker.periods.parse.parse_when` takes one as an argument (default
:data:`DEFAULT_CONVENTIONS`, the project's), so a benchmark may read phrases with another
tool's conventions without changing anything shared. The tables below hold the fixed
conventions (parts of a week or season, meteorological seasons) and the names recorded in
``Period.convention``.

Example:
    >>> DEFAULT_CONVENTIONS.month_parts["mid"]
    (11, 20)
    >>> DEFAULT_CONVENTIONS.with_changes(range_end="exclusive").range_end
    'exclusive'
    >>> DEFAULT_CONVENTIONS.range_end
    'inclusive'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


def _month_parts() -> dict[str, tuple[int, int]]:
    return {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _year_parts() -> dict[str, tuple[int, int]]:
    return {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


@dataclass(frozen=True)
class Conventions:
    """The conventions of DESIGN §3 that other tools resolve differently, in one place.

    The defaults are the project's. A benchmark may pass another tool's (e.g. halves for
    early/late) to see which misses differ only by convention. Hashable, so parse caches
    can key on it.

    Example:
        >>> Conventions().last_month
        'latest'
    """

    month_parts: dict[str, tuple[int, int]] = field(default_factory=_month_parts)
    year_parts: dict[str, tuple[int, int]] = field(default_factory=_year_parts)
    clip_current: bool = True  # "in October" read in the past ends at publication
    last_month: str = "latest"  # "last September": the latest one | "previous-year"
    week_of_month: str = "first-7-days"  # "first week of May": days 1-7 | "iso"
    range_end: str = "inclusive"  # "from 2014 to 2018" ends 2018-12-31 | "exclusive"

    def __hash__(self) -> int:
        return hash(
            (
                tuple(sorted(self.month_parts.items())),
                tuple(sorted(self.year_parts.items())),
                self.clip_current,
                self.last_month,
                self.week_of_month,
                self.range_end,
            )
        )

    def with_changes(self, **changes: Any) -> Conventions:
        """A copy with some conventions changed.

        Example:
            >>> Conventions().with_changes(clip_current=False).clip_current
            False
        """
        return replace(self, **changes)


#: The project's conventions (DESIGN §3).
DEFAULT_CONVENTIONS = Conventions()


WEEK_PARTS = {"early": (0, 2), "mid": (1, 4), "late": (3, 6)}  # days after Monday
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # meteorological
SEASON_PART = {"early": 0, "mid": 1, "late": 2}  # which third of a season, quarter, half
PART_NAMES = {
    "month": "early/mid/late month=1-10/11-20/21-end",
    "year": "early/mid/late year=Jan-Apr/May-Aug/Sep-Dec",
    "week": "early/mid/late week=Mon-Wed/Tue-Fri/Thu-Sun",
    "season": "early/mid/late season=its 1st/2nd/3rd month",
}
