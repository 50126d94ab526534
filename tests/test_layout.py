"""The package layout: stages import downward only, and the parse layer stays light."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import tracker

PACKAGE = Path(tracker.__file__).parent

# Rank of each stage: a module may import its own stage or a lower one, never a higher one.
# Leaf modules (paths, errors) may be imported from anywhere.
RANKS = {
    "tracker.errors": 0,
    "tracker.paths": 0,
    "tracker.lexicon": 1,
    "tracker.figures": 2,
    "tracker.periods": 2,
    "tracker.claims": 3,
    "tracker.table": 4,
    "tracker.views": 5,
    "tracker.ingest": 5,
    "tracker.scan": 5,
    "tracker.refresh": 6,
    "tracker.notebooks": 6,
    "tracker.cli": 7,
    "tracker.__main__": 8,
    "tracker": 8,
}


def _stage(module: str) -> str:
    parts = module.split(".")
    for n in (2, 1):
        name = ".".join(parts[:n])
        if name in RANKS:
            return name
    raise KeyError(module)


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    return (PACKAGE / f"{name}.py").exists() or (PACKAGE / name / "__init__.py").exists()


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "tracker":  # submodules only ("from tracker import paths")
                names = [f"tracker.{a.name}" for a in node.names if _is_module(a.name)]
            found += [(node.lineno, n) for n in names if n.startswith("tracker")]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("tracker")]
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_own_stage_or_lower_ones(path):
    me = _module_name(path)
    rank = RANKS[_stage(me)]
    upward = [
        f"line {line}: {name}"
        for line, name in _imports(path)
        if name != "tracker" and RANKS[_stage(name)] > rank and me != "tracker"
    ]
    assert not upward, f"{me} (stage rank {rank}) imports upward: {upward}"


def test_at_least_four_subpackages_show_the_stages():
    stages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert {"lexicon", "figures", "periods", "claims", "table", "views"} <= stages


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_parsing_a_figure_and_a_time_phrase_imports_no_pandas():
    out = _run(
        "import sys, datetime\n"
        "from tracker import parse_figure, parse_when, find_figures, find_times\n"
        "assert parse_figure('at least 3,000 soldiers').low == 3000\n"
        "assert parse_when('in October', datetime.date(2024, 11, 1)).start.month == 10\n"
        "find_figures('about 2,000 moved by train'); find_times('last week', None)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'pandera')))"
    )
    assert out == "[]"


def test_python_dash_m_tracker_is_the_tracker_command_and_has_a_version():
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"tracker {tracker.__version__}"
    parsed = subprocess.run(
        [sys.executable, "-m", "tracker", "parse", "about 2,000"], capture_output=True, text=True
    )
    assert parsed.returncode == 0 and "2000" in parsed.stdout.replace(",", ""), parsed.stdout


def test_the_licence_file_matches_the_declared_licence():
    root = PACKAGE.parent
    declared = next(
        line.split("=", 1)[1].strip().strip('"')
        for line in (root / "pyproject.toml").read_text().splitlines()
        if line.startswith("license =")
    )
    text = (root / "LICENSE").read_text()
    assert declared == "MIT" and text.startswith("MIT License")


def test_no_test_imports_conftest_as_a_module():
    tests = Path(__file__).parent
    offenders = [
        p.name for p in tests.glob("*.py") if any(name == "conftest" for _, name in _imports_any(p))
    ]
    assert not offenders


def _imports_any(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return out
