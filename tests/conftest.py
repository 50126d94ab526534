"""Shared fixtures: a throw-away ledger folder with a small registry of our own."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")


from support import REGISTRY


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """An empty ledger folder (``<tmp>/data``) with a four-claimant registry."""
    data = tmp_path / "data"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_text(REGISTRY, encoding="utf-8")
    return data
