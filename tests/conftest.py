"""Shared fixtures: a throw-away ledger folder with a small registry of our own."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")


from support import REGISTRY

# Docstring examples that load the notebook machinery (nbformat, nbconvert, IPython: seconds of
# imports) run with the notebook tests, in `make test`, not in `make test-fast`.
NOTEBOOK_DOCTESTS = ("tracker.notebooks.inject_parameters", "tracker.notebooks.preload")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the docstring examples of NOTEBOOK_DOCTESTS ``notebook``."""
    for item in items:
        if item.name in NOTEBOOK_DOCTESTS:
            item.add_marker(pytest.mark.notebook)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """An empty ledger folder (``<tmp>/data``) with a four-claimant registry."""
    data = tmp_path / "data"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_text(REGISTRY, encoding="utf-8")
    return data
