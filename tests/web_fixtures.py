"""Helpers for the web tests: a store filled by the real extractor (the packaged
seed article and a hostile document), the app served by uvicorn on a free
loopback port, and headless Chromium driven by Selenium with Debian's
chromedriver (nothing downloaded).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
import uvicorn

from aptrace.report import InputDocument
from aptrace.store import Store, ingest, open_store

CHROMIUM = os.environ.get("APTRACE_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("APTRACE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver")

# Attacker-controlled everything: text, title, URL. Its APT28 facts merge with
# the seed's second incident, so it is shown on an incident page with evidence.
HOSTILE_TEXT = (
    'APT28 <script>window.__pwned = 1; alert(1)</script> hacked the German Bundestag '
    '<img src=x onerror="window.__pwned = 2; alert(2)">, the German government said, '
    "attributing the attack to Russia's GRU. "
    'Germany summoned the Russian ambassador. <a href="javascript:alert(3)">details</a>'
)
HOSTILE = InputDocument(
    id="hostile-1",
    published="2025-06-01",
    title='<b>Bold</b><script>window.__pwned = 3</script><img src=x onerror="alert(4)">',
    url="javascript:alert(1)",
    text=HOSTILE_TEXT,
)


def seed_documents() -> list[InputDocument]:
    """The seed corpus packaged with aptrace (one article)."""
    raw = resources.files("aptrace").joinpath("data/seed.jsonl").read_text(encoding="utf-8")
    return [InputDocument(**json.loads(line)) for line in raw.splitlines() if line.strip()]


def fill_store(store: Store, *, hostile: bool = True) -> None:
    """Run the real extractor over the seed (and the hostile document) into ``store``."""
    docs = seed_documents() + ([HOSTILE] if hostile else [])
    summary = ingest(docs, store)
    assert summary.added == len(docs), summary


class LiveServer:
    """An ASGI app served by uvicorn in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="aptrace-test-server", daemon=True)
        self.url = ""

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextmanager
def serve(app: Any) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server


def incident_ids(site: Any, actor: str) -> list[int]:
    """The ids of the incidents the API lists for ``actor`` (``site``: an httpx client of a served app)."""
    return [int(item["id"]) for item in site.get("/api/incidents", params={"actor": actor}).json()["items"]]


def have_browser() -> bool:
    return os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)


def require_browser() -> None:
    """Skip without Chromium, except in CI (scripts/test.sh installs it), where its absence fails."""
    if have_browser():
        return
    message = f"Chromium and chromedriver not found at {CHROMIUM}, {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def chrome(*, width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """Headless Chromium with a throwaway profile; no network but the test server's."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    profile = tempfile.mkdtemp(prefix="aptrace-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver: Optional[Any] = None
    try:
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def filled_store(path: Path) -> Store:
    store = open_store(f"sqlite:///{path}")
    fill_store(store)
    return store


def screenshot_incident_page(out: Path, *, fact: str = "d0-attribution-0") -> None:
    """The incident page of the seed article with one fact clicked, as a PNG (docs/screenshot-incident.png)."""
    from selenium.webdriver.common.by import By

    from aptrace.web import create_app

    with tempfile.TemporaryDirectory(prefix="aptrace-shot-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'store.db'}")
        try:
            fill_store(store, hostile=False)
            incident = store.incidents(actor="APT31")[0].id
            with serve(create_app(store, tokens=Path(tmp) / "tokens.json")) as server, chrome() as driver:
                driver.get(f"{server.url}/incidents/{incident}")
                driver.find_element(By.ID, fact).click()
                if not driver.find_elements(By.CSS_SELECTOR, ".ev.hl"):
                    raise RuntimeError(f"{fact}: nothing highlighted")
                driver.save_screenshot(str(out))
        finally:
            store.close()


if __name__ == "__main__":
    import sys

    screenshot_incident_page(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-incident.png"))
