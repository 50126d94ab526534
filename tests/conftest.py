"""Shared fixtures: a throw-away ledger folder with a small registry of our own."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")


REGISTRY = textwrap.dedent(
    """\
    name,aliases,type,side,country,reliability,reason
    South Korea NIS,NIS|National Intelligence Service|국정원,intelligence,ukraine_aligned,KR,B,official intelligence agency
    Ukraine HUR,HUR|ГУР|Ukrainian military intelligence,intelligence,ukraine_aligned,UA,C,party to the war
    unattributed,reportedly,unattributed,unknown,XX,F,no claimant named
    Kremlin,Peskov|Dmitry Peskov,government,russia_aligned,RU,D,party to the war; denials
    """
)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """An empty ledger folder (``<tmp>/data``) with a four-claimant registry."""
    data = tmp_path / "data"
    (data / "reports").mkdir(parents=True)
    (data / "sources.csv").write_text(REGISTRY, encoding="utf-8")
    return data
