"""The analyst notebooks: thin, parametrised, and executed end to end on the shipped data."""

from __future__ import annotations

import ast
import json
import shutil

import pytest
from support import ROOT

from tracker.notebooks import NotebookError, notebook_paths, parameters_cell_index, run_notebook

NOTEBOOKS = notebook_paths(ROOT / "notebooks")
EXPECTED = [
    "01_add_report.ipynb",
    "02_deployment_timeline.ipynb",
    "03_compare_sources.ipynb",
    "04_export.ipynb",
]


def _python(source: str) -> str:
    """A cell's code with IPython magics ("%matplotlib inline") turned into Python."""
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager().transform_cell(source)


def _read(path):
    """A stored notebook as plain JSON (nbformat's reader is only needed to execute one)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    for cell in nb["cells"]:
        cell["source"] = "".join(cell["source"])
    return nb


def _code_cells(path):
    return [c for c in _read(path)["cells"] if c["cell_type"] == "code"]


def test_the_four_notebooks_are_shipped():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_starts_with_a_title_and_has_one_parameters_cell(path):
    nb = _read(path)
    first = nb["cells"][0]
    assert first["cell_type"] == "markdown" and first["source"].startswith("# ")
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and parameters_cell_index(nb) is not None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_defines_no_functions_or_classes(path):
    defined = [
        f"{type(node).__name__} {getattr(node, 'name', '')}".strip()
        for cell in _code_cells(path)
        for node in ast.walk(ast.parse(_python(cell["source"])))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
    ]
    assert defined == []


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    """A copy of the project's data, seeds and notebooks, so notebooks may write to it."""
    home = tmp_path_factory.mktemp("home")
    for folder in ("data", "seeds", "notebooks"):
        shutil.copytree(ROOT / folder, home / folder, ignore=shutil.ignore_patterns(".cache"))
    return home


@pytest.mark.parametrize("name", EXPECTED)
@pytest.mark.notebook
def test_every_notebook_runs_on_the_shipped_data(name, project_copy, tmp_path):
    html = tmp_path / f"{name}.html"
    nb = run_notebook(
        project_copy / "notebooks" / name,
        html,
        {"OUT_DIR": str(tmp_path)},
        env={"TRACKER_HOME": str(project_copy)},
    )
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.notebook
def test_a_failing_cell_is_named(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Broken"),
            nbformat.v4.new_code_cell("X = 1", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("1 / 0"),
        ]
    )
    path = tmp_path / "99_broken.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(NotebookError, match=r"99_broken.ipynb: cell 2 failed"):
        run_notebook(path)


@pytest.mark.notebook
def test_the_add_report_notebook_saves_the_analysts_decisions(project_copy, tmp_path):
    story = project_copy / "seeds" / "story.txt"
    story.write_text(
        "The NIS said on Tuesday that about 1,500 soldiers were sent to Russia.\n"
        "It added that at least 100 of them were killed in December.\n",
        encoding="utf-8",
    )
    params = {
        "TEXT_FILE": "seeds/story.txt",
        "URL": "https://example.org/story",
        "OUTLET": "Example Wire",
        "PUBLISHED": "2025-01-10",
        "ACCEPT": [0],
        "CORRECTIONS": {1: {"metric": "casualties"}},
        "SAVE": True,
    }
    run_notebook(
        project_copy / "notebooks" / "01_add_report.ipynb",
        None,
        params,
        env={"TRACKER_HOME": str(project_copy)},
    )
    from tracker.table.ledger import load_claims

    table = load_claims(project_copy / "data", include_pending=True, cache=False)
    saved = table[table["url"] == "https://example.org/story"]
    assert sorted(
        zip(saved["figure_text"], saved["metric"], saved["review"], saved["claimant"], strict=True)
    ) == [
        ("about 1,500 soldiers", "troops_present", "accepted", "South Korea NIS"),
        ("at least 100", "casualties", "accepted", "South Korea NIS"),
    ]


#: Chart cells per notebook: cells whose code draws a chart (ends in a figure).
CHART_CALLS = ("timeline_figure(", "envelope_chart(", "spread_chart(", "originators_chart(")


@pytest.mark.parametrize("name", ["02_deployment_timeline.ipynb", "03_compare_sources.ipynb"])
@pytest.mark.notebook
def test_charts_show_inline_as_images_with_a_table_of_claims_after(name, project_copy, tmp_path):
    html = tmp_path / f"{name}.html"
    nb = run_notebook(
        project_copy / "notebooks" / name,
        html,
        {"OUT_DIR": str(tmp_path)},
        env={"TRACKER_HOME": str(project_copy)},
    )
    code = [c for c in nb.cells if c.cell_type == "code"]
    charts = [i for i, c in enumerate(code) if c.source.startswith(CHART_CALLS)]
    images = [
        sum("image/png" in o.get("data", {}) for o in code[i].get("outputs", [])) for i in charts
    ]
    assert len(charts) >= 2 and images == [1] * len(charts)
    tables = [code[i + 1].source for i in charts]
    assert all("claims_table(" in t or "originators(" in t for t in tables)
    page = html.read_text(encoding="utf-8")
    assert "<Figure size" not in page and "&lt;Figure size" not in page
    assert page.count("data:image/png;base64") >= len(charts)
    assert '<a href="http' in page  # the tables link the reports
