"""The view in a real browser: headless Chromium (Debian's `chromium` and
`chromium-driver`, which `.ci/run` installs) driven by selenium opens the example
page's view. Highlights are visible, hovering and focusing show the value, a filter
takes an area's highlights off, the console stays clean, hostile text stays text.

Skipped, with the reason, only where no browser is installed, and never in CI
(`CI` set): there a missing browser fails the test. The screenshot goes to
`docs/view.png` (shown in the README) where a CJK font is installed, so a machine
without one does not overwrite it with empty boxes.
"""
from __future__ import annotations

import os
import pathlib
import shutil
import subprocess

import pytest
from support import SHARED

from newsextract import extract, render_html

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
SCREENSHOT = ROOT / "docs" / "view.png"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)


def _missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser test (.ci/run installs chromium and chromium-driver)")
    pytest.skip(reason)


def _find(names) -> str | None:
    candidates = ([shutil.which(n) for n in names] + [f"/usr/bin/{n}" for n in names]
                  + ["/usr/lib/chromium/" + n for n in names])
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed (pip install -e '.[test]')")
    binary, driver_path = _find(BROWSERS), _find(DRIVERS)
    if not binary or not driver_path:
        _missing("no chromium/chromedriver binary found (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    driver.get_log("browser")
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def example_file(tmp_path_factory):
    if not EXAMPLE.exists():
        pytest.skip("the example page lives in ../shared/pages")
    raw = EXAMPLE.read_text(encoding="utf-8")
    page = extract(raw, published="2025-03-13")
    path = tmp_path_factory.mktemp("view") / "view.html"
    path.write_text(render_html(page, raw, title="000_a7e4e0ea92e49081.txt · newsextract view"), encoding="utf-8")
    return path, page


@pytest.fixture
def example_view(browser, example_file):
    """The example page's view, freshly loaded, with the console log read from here."""
    path, page = example_file
    browser.get(path.as_uri())
    return browser, page


def _errors(driver) -> list:
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def _after(driver, element) -> dict:
    return driver.execute_script(
        "var s = getComputedStyle(arguments[0], '::after'); return {display: s.display, content: s.content};", element)


def _marks(driver, area: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, f'.nx-raw mark.m[data-area="{area}"]')


def test_highlights_are_visible(example_view):
    driver, page = example_view
    for area in ("dates", "organizations", "statistics", "events"):
        marks = _marks(driver, area)
        assert len({m.get_attribute("data-m") for m in marks}) == sum(len(getattr(a, area)) for a in page.articles)
        first = marks[0]
        assert first.is_displayed() and first.size["width"] > 0 and first.size["height"] > 0
        style = driver.execute_script(
            "var s = getComputedStyle(arguments[0]); return [s.backgroundColor, s.textDecorationLine];", first)
        assert style[0] != "rgba(0, 0, 0, 0)" or "underline" in style[1], (area, style)
    assert driver.execute_script("return document.querySelector('.nx-view').classList.contains('js')")
    assert _errors(driver) == []


def test_hovering_and_focusing_show_the_value(example_view):
    from selenium.webdriver.common.action_chains import ActionChains

    driver, page = example_view
    date = next(m for m in _marks(driver, "dates") if "2025-03-12" in m.get_attribute("data-tip"))
    assert _after(driver, date)["display"] == "none"
    ActionChains(driver).move_to_element(date).perform()
    shown = _after(driver, date)
    assert shown["display"] == "block" and "2025-03-12" in shown["content"]
    assert "lit" in date.get_attribute("class")  # its pieces in both panes light up
    lit = driver.execute_script("return document.querySelectorAll('.m.lit').length")
    assert lit >= 2
    org = _marks(driver, "organizations")[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", org)
    assert driver.switch_to.active_element == org
    shown = _after(driver, org)
    assert shown["display"] == "block" and "canonical" in shown["content"]
    assert _errors(driver) == []


def test_a_filter_takes_an_area_off(example_view):
    from selenium.webdriver.common.by import By

    driver, _ = example_view
    box = driver.find_element(By.CSS_SELECTOR, 'input[data-filter="dates"]')
    driver.execute_script("window.scrollTo(0, 0)")
    box.click()
    try:
        dates, orgs = _marks(driver, "dates"), _marks(driver, "organizations")
        assert all("off" in m.get_attribute("class") for m in dates)
        assert not any("off" in m.get_attribute("class") for m in orgs)
        background = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", dates[0])
        assert background == "rgba(0, 0, 0, 0)"
        assert dates[0].text  # the text stays, only the highlight goes
    finally:
        box.click()
    assert not any("off" in m.get_attribute("class") for m in _marks(driver, "dates"))
    assert _errors(driver) == []


def test_hostile_text_stays_text(browser, tmp_path):
    from selenium.webdriver.common.by import By

    raw = ('本报讯 3月12日,<script>window.pwned = 1</script>市委宣传部举办活动。\n'
           '"><img src=x onerror="window.pwned = 2">\n')
    path = tmp_path / "hostile.html"
    path.write_text(render_html(extract(raw, published="2025-03-13"), raw), encoding="utf-8")
    browser.get(path.as_uri())
    assert browser.execute_script("return window.pwned") is None
    assert browser.find_elements(By.CSS_SELECTOR, ".nx-view img") == []
    shown = browser.execute_script("return document.querySelector('.nx-raw').textContent")
    assert shown == raw
    assert _errors(browser) == []


def _has_cjk_font() -> bool:
    try:
        found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.strip())


def test_screenshot(example_view, tmp_path):
    driver, _ = example_view
    driver.execute_script("window.scrollTo(0, 0)")
    date = next(m for m in _marks(driver, "dates") if "2025-03-12" in m.get_attribute("data-tip"))
    driver.execute_script("arguments[0].focus({preventScroll: true})", date)
    png = driver.get_screenshot_as_png()
    (tmp_path / "view.png").write_bytes(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    if _has_cjk_font() and (not SCREENSHOT.exists() or SCREENSHOT.read_bytes() != png):
        SCREENSHOT.write_bytes(png)
