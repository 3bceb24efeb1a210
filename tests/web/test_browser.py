"""End to end in a real headless Chromium: overview → partnership → document → select a fact.

Screenshots go to ``test-artifacts/web/``.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from tests.web.conftest import JP_KR_LONG, JP_SE_2024

from bilat.web.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="chromium is not installed (run scripts/install-browser.sh)"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    """The web app served by uvicorn on a free loopback port, in a thread."""
    port = free_port()
    config = uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def artifacts(repo_dir: Path) -> Path:
    folder = repo_dir / "test-artifacts" / "web"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


def test_from_overview_to_the_evidence_of_a_fact(server: str, browser: object, artifacts: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page.set_default_timeout(60_000)  # CI machines can be slow
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "STI cooperation at a glance"
    page.screenshot(path=str(artifacts / "1-overview.png"), full_page=True)

    page.click("text=Partnerships")
    page.click("a.pair[href='/partnerships/JP-SE']")
    page.wait_for_url("**/partnerships/JP-SE")
    assert page.locator("svg.timeline circle").count() >= 2
    page.screenshot(path=str(artifacts / "2-partnership.png"), full_page=True)

    page.locator("details summary").click()
    page.locator(f"a:has-text('{JP_SE_2024.items[6].data['title']}')").first.click()
    page.wait_for_url("**/documents/**")
    page.screenshot(path=str(artifacts / "3-document.png"))

    person = page.locator(".fact-btn", has_text="Anna Lindqvist")
    person.click()
    fact_id = person.get_attribute("data-fact")
    marked = page.locator(f"mark.ev.active[data-facts~='{fact_id}']")
    assert marked.count() >= 1
    assert "Anna Lindqvist" in marked.first.inner_text()
    assert person.get_attribute("aria-pressed") == "true"
    assert _in_view(page, f"mark.ev.active[data-facts~='{fact_id}']")
    page.screenshot(path=str(artifacts / "4-fact-selected.png"))
    assert errors == []


def test_the_last_fact_of_a_long_document_scrolls_into_view(server: str, browser: object,
                                                            artifacts: Path) -> None:
    page = browser.new_page(viewport={"width": 1000, "height": 500})  # type: ignore[attr-defined]
    page.set_default_timeout(60_000)  # CI machines can be slow
    page.goto(server + "/documents")
    page.click(f"text={JP_KR_LONG.title}")
    last = page.locator(".fact-btn", has_text="Seoul")
    assert not _in_view(page, "mark.ev[data-facts~='" + str(last.get_attribute("data-fact")) + "']")
    last.click()
    fact_id = last.get_attribute("data-fact")
    assert _in_view(page, f"mark.ev.active[data-facts~='{fact_id}']")
    page.screenshot(path=str(artifacts / "5-small-window.png"))


def test_heatmap_cell_leads_to_the_facts_behind_it(server: str, browser: object, artifacts: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page.set_default_timeout(60_000)  # CI machines can be slow
    page.goto(server + "/matrix")
    page.screenshot(path=str(artifacts / "6-matrix.png"), full_page=True)
    page.click("table.heatmap td a[href*='topic=quantum']")
    page.wait_for_url("**/search?**")
    page.wait_for_selector("ul.list li.fact")
    assert page.locator("ul.list li.fact").count() >= 2
    page.goto(server + "/network")
    # a selector, not a JavaScript predicate: the page's CSP forbids evaluating strings
    page.wait_for_selector("#network-status:has-text('nodes')")
    page.wait_for_timeout(800)  # let the layout settle for the screenshot
    page.screenshot(path=str(artifacts / "7-network.png"))


def _in_view(page: object, selector: str) -> bool:
    """True when the element's box lies inside both the window and its scrolling container."""
    script = """(selector) => {
        const el = document.querySelector(selector);
        if (!el) return false;
        const box = el.getBoundingClientRect();
        const pane = el.closest('.doc-text').getBoundingClientRect();
        return box.top >= Math.max(0, pane.top) && box.bottom <= Math.min(window.innerHeight, pane.bottom);
    }"""
    return bool(page.evaluate(script, selector))  # type: ignore[attr-defined]
