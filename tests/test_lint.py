"""The code stays honest in CI too: ruff and mypy run over the library as part of the tests."""

import shutil
import subprocess
import sys

import pytest
from support import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing_and_the_code_is_formatted():
    if shutil.which("ruff") is None and _run("ruff", "--version").returncode != 0:
        pytest.fail("ruff is missing: it is a test dependency (pip install -e '.[test]')")
    checked = _run("ruff", "check", "tracker", "tests", "benchmarks")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    formatted = _run("ruff", "format", "--check", "tracker", "tests", "benchmarks")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


@pytest.mark.slow
def test_mypy_reports_no_error_in_the_library():
    done = _run("mypy", "tracker")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "Success: no issues found" in done.stdout
