"""The project's set-up: environment files in step, the seed unchanged, notebooks clean."""

from __future__ import annotations

import json
import re
import tomllib

import pytest
import yaml
from support import ROOT, SHARED


def _name(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement)
    assert match, requirement
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_yml_lists_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(
        _name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]
    )
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = dict(
        _name(d)
        for d in env["dependencies"]
        if isinstance(d, str) and not d.startswith(("python", "pip"))
    )
    assert conda == wanted
    assert "conda-forge" in env["channels"]


def test_seed_is_the_shared_seed_byte_for_byte():
    ours = ROOT / "seeds" / "000_fa9f0326c5be52ea.txt"
    theirs = SHARED / "seeds" / "000_fa9f0326c5be52ea.txt"
    if not theirs.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert ours.read_bytes() == theirs.read_bytes()


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme


@pytest.mark.parametrize(
    "notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name
)
def test_notebooks_are_stored_without_outputs(notebook):
    cells = json.loads(notebook.read_text())["cells"]
    dirty = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))
    ]
    assert dirty == []
