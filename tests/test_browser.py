"""A real browser: Debian's Chromium (headless, via Playwright) against Voilà and JupyterLab.

Each test works on a temporary copy of the project's data, seeds and notebooks, starts its
server on 127.0.0.1 on a free port without a token, and stops it afterwards. No browser is
downloaded: Playwright drives ``/usr/bin/chromium`` (Debian's ``chromium`` package, which
``.ci/run`` installs). Without it these tests fail with a message saying so; they never skip.

Set ``TRACKER_SCREENSHOTS=DIR`` to keep the screenshots (the README's picture of the review
widget is made this way).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from support import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
# Our own example report: three sentences, three figures, three claimants.
STORY = (
    "Seoul's spy agency, the NIS, said on Wednesday that about 1,500 soldiers had left "
    "Wonsan by ship in mid-October.\n"
    "Ukraine's HUR said at least 200 of them were killed in December.\n"
    "Peskov denied that 2,000 soldiers were fighting near Kursk.\n"
)
STORY_META = {
    "url": "https://example.org/browser-story",
    "outlet": "Example Wire",
    "published": "2024-12-20",
    "language": "en",
    "id": "2024-12-20-example-wire-browser",
}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium through Playwright (fails clearly when it is missing)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: install Debian's chromium package "
            "(apt-get install -y chromium chromium-driver; .ci/run does this). "
            "Browser tests run in CI and are never skipped."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A copy of the project's data, seeds and notebooks, with the story's claims pending."""
    home = tmp_path / "home"
    for folder in ("data", "seeds", "notebooks"):
        shutil.copytree(ROOT / folder, home / folder, ignore=shutil.ignore_patterns(".cache"))
    from tracker.claims.extract import extract_claims
    from tracker.claims.registry import load_registry
    from tracker.table.review import save_proposals

    registry = load_registry(home / "data" / "sources.csv")
    proposals = extract_claims(STORY, "2024-12-20", "en", STORY_META["id"], registry=registry)
    save_proposals(STORY_META, STORY, proposals, data_dir=home / "data")
    return home


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _environment(home: Path) -> dict[str, str]:
    """The server's environment: the copy as project, Jupyter's folders inside the copy."""
    jupyter = home / ".jupyter"
    env = {
        **os.environ,
        "TRACKER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "JUPYTER_CONFIG_DIR": str(jupyter / "config"),
        "JUPYTER_DATA_DIR": str(jupyter / "data"),
        "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"),
        "IPYTHONDIR": str(jupyter / "ipython"),
        "MPLCONFIGDIR": str(jupyter / "matplotlib"),
    }
    env.pop("JUPYTER_PATH", None)
    return env


@contextlib.contextmanager
def _server(command: list[str], home: Path, url: str, timeout: float = 120.0):
    """Run a server in its own process group until ``url`` answers; stop it on exit."""
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        command,
        cwd=home,
        env=_environment(home),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"server exited ({proc.returncode}): {_tail(home)}")
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except urllib.error.HTTPError:
                break  # the server answers
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"server not up after {timeout} s: {_tail(home)}"
                    ) from None
                time.sleep(0.5)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)
        log.close()


def _tail(home: Path) -> str:
    return (home / "server.log").read_text(encoding="utf-8", errors="replace")[-3000:]


def _keep(shot: Path) -> None:
    """Copy a screenshot to ``$TRACKER_SCREENSHOTS`` when set."""
    folder = os.environ.get("TRACKER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)


def _changed_lines(before: str, after: str) -> list[str]:
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and line[:3] not in ("---", "+++")]


# --------------------------------------------------------------------------- review (Voilà)


def test_review_notebook_accepts_a_proposal_by_clicking(browser, home, tmp_path):
    from tracker.table.review import pending_reviews

    pending = pending_reviews(home / "data")
    assert [p.figure for p in pending] == ["about 1,500 soldiers", "at least 200", "2,000 soldiers"]
    report = home / "data" / "reports" / f"{STORY_META['id']}.yaml"
    before = report.read_text(encoding="utf-8")
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "voila",
        "notebooks/01_add_report.ipynb",
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.token=",
        "--show_tracebacks=True",
    ]
    with _server(command, home, f"http://127.0.0.1:{port}/voila/api/status"):
        page = browser.new_page(viewport={"width": 1100, "height": 1500})
        page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
        page.wait_for_selector(".tracker-claim", timeout=120_000)
        cards = page.locator(".tracker-claim")
        assert cards.count() == 3
        first = cards.first
        assert first.locator("mark").inner_text() == "about 1,500 soldiers"
        assert "said on Wednesday that about 1,500 soldiers had left" in first.inner_text()
        first.get_by_role("button", name="accept", exact=True).click()
        widget = page.locator(".tracker-review")
        widget.scroll_into_view_if_needed()
        shot = tmp_path / "review-widget.png"
        widget.screenshot(path=str(shot))
        _keep(shot)
        assert report.read_text(encoding="utf-8") == before  # nothing written before Save
        page.get_by_role("button", name="Save decisions").click()
        page.wait_for_selector(".tracker-saved", timeout=60_000)
        saved = page.locator(".tracker-saved").inner_text()
        assert saved == f"Saved 1 decision(s) in 1 file(s): {report.name}"
        assert page.locator(".tracker-claim").count() == 2
        page.close()
    # exactly the accepted claim's review line changed
    first_review = before.index("  review: pending")
    assert _changed_lines(before, report.read_text(encoding="utf-8")) == [
        "-  review: pending",
        "+  review: accepted",
    ]
    after = report.read_text(encoding="utf-8")
    assert after[:first_review] == before[:first_review]
    assert [p.figure for p in pending_reviews(home / "data")] == [
        "at least 200",
        "2,000 soldiers",
    ]


# --------------------------------------------------------------------------- charts (JupyterLab)


def _image_outputs(nb) -> int:
    return sum(
        1
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if {"image/png", "image/svg+xml"} & set(out.get("data", {}))
    )


def test_executed_timeline_notebook_shows_its_charts_as_images_in_jupyterlab(
    browser, home, tmp_path
):
    import nbformat

    from tracker.notebooks import run_notebook

    name = "02_deployment_timeline"
    nb = run_notebook(
        home / "notebooks" / f"{name}.ipynb",
        None,
        {"OUT_DIR": str(tmp_path / "out")},
        env={"TRACKER_HOME": str(home)},
    )
    executed = home / "notebooks" / f"{name}.executed.ipynb"
    nbformat.write(nb, str(executed))
    expected = _image_outputs(nb)
    figure_text = [  # a chart shown as its repr, not drawn
        out["data"]["text/plain"]
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if str(out.get("data", {}).get("text/plain", "")).startswith("<Figure size")
        and not {"image/png", "image/svg+xml"} & set(out["data"])
    ]
    assert figure_text == [], "charts are shown as text, not images"
    assert expected > 0, "the executed notebook has no image outputs"

    settings = home / ".jupyter" / "lab-settings"
    for plugin, values in {
        "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
    }.items():
        path = settings / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--allow-root",
        f"--ServerApp.root_dir={home}",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={home / '.jupyter' / 'workspaces'}",
    ]
    with _server(command, home, f"http://127.0.0.1:{port}/api/status"):
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"http://127.0.0.1:{port}/lab/tree/notebooks/{executed.name}", timeout=120_000)
        page.wait_for_selector(".jp-Notebook .jp-OutputArea-output", timeout=120_000)
        page.wait_for_function(
            """n => {
                const imgs = [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output img')];
                return imgs.length >= n && imgs.every(i => i.complete && i.naturalWidth > 0);
            }""",
            arg=expected,
            timeout=60_000,
        )
        widths = page.eval_on_selector_all(
            ".jp-Notebook .jp-OutputArea-output img", "imgs => imgs.map(i => i.naturalWidth)"
        )
        text = page.locator(".jp-Notebook").inner_text()
        shot = tmp_path / "lab-02.png"
        page.screenshot(path=str(shot))
        _keep(shot)
        page.close()
    assert len(widths) == expected and all(w > 0 for w in widths), widths
    assert "<Figure size" not in text
