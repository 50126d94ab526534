"""tracker: normalise reported troop-deployment figures into a dated table of claims.

The public API is imported lazily, so ``from tracker import parse_figure`` does not
pull in pandas or dateparser until they are needed.

Example:
    >>> from tracker import parse_figure
    >>> parse_figure("at least 3,000 soldiers").best
    3000.0
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Figure": "tracker.figures.parse",
    "parse_figure": "tracker.figures.parse",
    "find_figures": "tracker.figures.parse",
    "Period": "tracker.periods.parse",
    "parse_when": "tracker.periods.parse",
    "find_times": "tracker.periods.parse",
    "extract_claims": "tracker.claims.extract",
    "load_claims": "tracker.table.ledger",
    "add_report": "tracker.table.ledger",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tracker' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
