"""The dashboard in a real headless Chromium, on a real temporary SQLite store
filled by the extractor: pages load, a clicked fact's evidence is highlighted
in the article, the list filters, and a hostile article executes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from aptrace.web import create_app
from web_fixtures import HOSTILE, chrome, filled_store, require_browser, serve

@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    require_browser()
    folder = tmp_path_factory.mktemp("web-browser")
    store = filled_store(folder / "store.db")
    try:
        with serve(create_app(store, tokens=folder / "tokens.json")) as server:
            yield server
    finally:
        store.close()


@pytest.fixture(scope="module")
def browser(site: Any) -> Iterator[Any]:
    with chrome() as driver:
        yield driver


def _by():  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return By


def _incident_id(driver: Any, site: Any, actor: str) -> int:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{site.url}/incidents?actor={actor}")
    _settled(driver)

    def ids(d: Any) -> list[int] | bool:
        try:
            return [int(r.get_attribute("data-id")) for r in d.find_elements(_by().CSS_SELECTOR, "tr.incident")]
        except WebDriverException:
            return False

    found = WebDriverWait(driver, 10).until(ids)
    assert len(found) == 1
    return found[0]


def _submit(driver: Any) -> None:
    """Submit the filter form and wait until the next page replaced this one."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    from selenium.common.exceptions import WebDriverException

    form = driver.find_element(_by().CSS_SELECTOR, "form.filters")
    form.find_element(_by().CSS_SELECTOR, "button[type=submit]").click()
    stale = expected_conditions.staleness_of(form)

    def gone(d: Any) -> bool:
        try:
            return stale(d)
        except WebDriverException as exc:  # chromedriver, mid-navigation: "Node ... does not belong to the document"
            if "does not belong to the document" in str(exc):
                return True
            raise

    WebDriverWait(driver, 10).until(gone)
    _settled(driver)


def _settled(driver: Any) -> None:
    """Wait until the page has loaded and its script has run (slow machines race otherwise)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _row_names(driver: Any) -> list[str]:
    """The actor names of the incident list, read again if the page changes under the reader."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def read(d: Any) -> list[str] | bool:
        try:
            return [r.find_element(_by().CSS_SELECTOR, "td a").text for r in d.find_elements(_by().CSS_SELECTOR, "tr.incident")]
        except WebDriverException:
            return False

    _settled(driver)
    return WebDriverWait(driver, 10).until(read)


def _csp_violations(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]


def test_web_browser_pages_load(browser: Any, site: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    By = _by()
    for path, marker in [
        ("/incidents", "table#incidents"),
        ("/timeline", "ol#timeline"),
        ("/graph", "#graph svg"),
        ("/actors/APT31", "table#aliases"),
        ("/docs", "section.op"),
    ]:
        browser.get(site.url + path)
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, marker))
        assert browser.find_element(By.CSS_SELECTOR, "header.top a.brand").text == "aptrace"
    # the graph was drawn by the page's own script from its JSON twin
    browser.get(site.url + "/graph")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#graph[data-ready=true] svg"))
    labels = {t.get_attribute("textContent") for t in browser.find_elements(By.CSS_SELECTOR, "#graph svg text")}
    assert {"APT31", "APT28", "CN", "RU", "CZ"} <= labels
    assert _csp_violations(browser) == []


def test_web_browser_click_fact_highlights_evidence(browser: Any, site: Any) -> None:
    By = _by()
    inc = _incident_id(browser, site, "APT31")
    browser.get(f"{site.url}/incidents/{inc}")
    assert browser.find_elements(By.CSS_SELECTOR, ".ev.hl") == []
    sponsor = browser.find_element(By.CSS_SELECTOR, "a.fact.kind-sponsor")
    assert "MSS" in sponsor.text
    sponsor.click()
    marked = browser.find_elements(By.CSS_SELECTOR, ".ev.hl")
    assert "".join(m.text for m in marked) == "Ministry of State Security"
    assert "selected" in sponsor.get_attribute("class")
    # the highlight is visible: a background colour other than transparent
    assert marked[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    # another fact moves the highlight; a two-sentence attribution marks both sentences
    browser.find_element(By.CSS_SELECTOR, "a.fact.kind-attribution").click()
    text = "".join(m.text for m in browser.find_elements(By.CSS_SELECTOR, ".ev.hl"))
    assert text.startswith("The Czech Republic summoned China")
    assert "Ministry of State Security." in text
    assert len(browser.find_elements(By.CSS_SELECTOR, "a.fact.selected")) == 1
    # the page stayed put (no navigation), and the URL names the fact for sharing
    assert "?fact=d0-attribution-0" in browser.current_url
    assert _csp_violations(browser) == []


def test_web_browser_fact_link_works_without_a_click(browser: Any, site: Any) -> None:
    By = _by()
    inc = _incident_id(browser, site, "APT31")
    browser.get(f"{site.url}/incidents/{inc}?fact=d0-actor-0")
    marked = browser.find_elements(By.CSS_SELECTOR, ".ev.hl")
    assert [m.text for m in marked] == ["APT31"]


def test_web_browser_filter_list(browser: Any, site: Any) -> None:
    By = _by()
    browser.get(site.url + "/incidents")
    assert len(_row_names(browser)) == 2
    field = browser.find_element(By.NAME, "actor")
    field.send_keys("Fancy Bear")
    _submit(browser)
    assert _row_names(browser) == ["APT28"]
    assert "actor=Fancy+Bear" in browser.current_url
    # free-text search finds the incident by its victim
    browser.get(site.url + "/incidents")
    browser.find_element(By.NAME, "q").send_keys("Foreign Affairs")
    _submit(browser)
    assert _row_names(browser) == ["APT31"]
    # a sponsor filter with no match says so
    browser.get(site.url + "/incidents?state=KP")
    assert browser.find_element(By.CSS_SELECTOR, "p.empty").text == "No incident matches."


def test_web_browser_hostile_article_executes_nothing(browser: Any, site: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    By = _by()
    inc = _incident_id(browser, site, "APT28")
    browser.get(f"{site.url}/incidents/{inc}")
    hostile = browser.find_element(By.ID, "text-" + _source_key(browser, HOSTILE.id))
    # the markup is shown as text, character for character
    assert hostile.get_attribute("textContent") == HOSTILE.text
    title = browser.find_element(By.XPATH, f"//section[.//code[@class='docid' and text()='{HOSTILE.id}']]//span[@class='doctitle']")
    assert title.text == HOSTILE.title
    # click every fact of the hostile document: still nothing runs
    for fact in browser.find_elements(By.CSS_SELECTOR, f"#{_source_key(browser, HOSTILE.id)} a.fact"):
        fact.click()
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('[onerror], img').length") == 0
    scripts = browser.execute_script("return Array.from(document.scripts).map(s => s.getAttribute('src'))")
    assert scripts == ["/static/app.js"]
    hrefs = browser.execute_script("return Array.from(document.querySelectorAll('[href]')).map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    # the javascript: URL is shown, not linked
    shown = browser.find_element(By.CSS_SELECTOR, f"#{_source_key(browser, HOSTILE.id)} code.docurl")
    assert shown.text == "javascript:alert(1)"


def _source_key(driver: Any, doc_id: str) -> str:
    By = _by()
    for section in driver.find_elements(By.CSS_SELECTOR, "section.source"):
        if section.find_element(By.CSS_SELECTOR, "code.docid").text == doc_id:
            return str(section.get_attribute("id"))
    raise AssertionError(f"{doc_id} not on the page")


def test_web_browser_screenshot_of_incident_page(browser: Any, site: Any, tmp_path: Path) -> None:
    By = _by()
    inc = _incident_id(browser, site, "APT31")
    browser.get(f"{site.url}/incidents/{inc}")
    browser.find_element(By.ID, "d0-attribution-0").click()
    out = tmp_path / "incident.png"
    assert browser.save_screenshot(str(out))
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
