"""Helpers shared by the tests (imported as a module; fixtures stay in conftest.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def write_report(data: Path, name: str, body: str) -> Path:
    """Write a report file (YAML text) into a ledger folder."""
    path = data / "reports" / f"{name}.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


REGISTRY = textwrap.dedent(
    """\
    name,aliases,type,side,country,reliability,reason
    South Korea NIS,NIS|National Intelligence Service|국정원,intelligence,ukraine_aligned,KR,B,official intelligence agency
    Ukraine HUR,HUR|ГУР|Ukrainian military intelligence,intelligence,ukraine_aligned,UA,C,party to the war
    unattributed,reportedly,unattributed,unknown,XX,F,no claimant named
    Kremlin,Peskov|Dmitry Peskov,government,russia_aligned,RU,D,party to the war; denials
    """
)


def examples(n: int) -> int:
    """How many examples a property test generates: ``n``, scaled by ``TRACKER_EXAMPLES_SCALE``.

    `make test` (what CI runs) leaves the scale at 1; `make test-fast` sets 0.25 for a quicker
    loop while editing (never fewer than 10 examples).
    """
    import os

    scale = float(os.environ.get("TRACKER_EXAMPLES_SCALE", "1") or 1)
    return n if scale >= 1 else max(10, round(n * scale))
