"""Errors every stage may raise (a leaf module: it imports nothing of the package).

Example:
    >>> str(ValidationError(["a.yaml: claim 1: field 'metric': unknown"])).splitlines()[0]
    '1 problem in the claims ledger:'
"""

from __future__ import annotations

from collections.abc import Iterable


class ValidationError(ValueError):
    """A claims table or report files failed validation; ``problems`` lists every one."""

    def __init__(self, problems: Iterable[str]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the claims ledger:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))
