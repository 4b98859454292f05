"""The HTML edition in a real headless Chromium: links, notes, search and keyboard use.

Skipped when Chromium, chromedriver or selenium are not installed
(Debian: ``apt-get install chromium chromium-driver``; pip: ``selenium``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tei_coldwar.render import HtmlEdition, render_html

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "render_fixtures"
REGISTER = FIXTURES / "persons.xml"
DOCS = sorted(p for p in FIXTURES.glob("*.xml") if p.name != "persons.xml")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which(
    "google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> HtmlEdition:
    return render_html(DOCS, tmp_path_factory.mktemp("site"), register=REGISTER)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="tei-coldwar-chrome-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                "--window-size=1200,900"):
        options.add_argument(arg)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: Any, edition: HtmlEdition, name: str) -> None:
    driver.get((edition.outdir / name).as_uri())


def result_links(driver: Any) -> list[str]:
    """The search results, once the page's script has filled them in (it runs after load,
    so reading them at once races with it)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(d: Any) -> list[str] | bool:
        links = d.find_elements(By.CSS_SELECTOR, "#search-results li a")
        return [a.get_attribute("href").rsplit("/", 1)[-1] for a in links] or False

    result: list[str] = WebDriverWait(driver, 10).until(found)
    return result


def in_viewport(driver: Any, element_id: str) -> bool:
    return bool(driver.execute_script(
        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.top < window.innerHeight;", element_id))


def fragment(driver: Any) -> str:
    return str(driver.current_url).rsplit("#", 1)[-1]


def test_footnote_link_reaches_the_note_and_back_link_returns(driver: Any,
                                                              edition: HtmlEdition) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, edition, "telegram.html")
    driver.find_element(By.ID, "ref-note-3").click()
    assert fragment(driver) == "note-3"
    assert in_viewport(driver, "note-3")
    note = driver.find_element(By.ID, "note-3")
    note.find_element(By.CSS_SELECTOR, "a[role=doc-backlink]").click()
    assert fragment(driver) == "ref-note-3"
    assert in_viewport(driver, "ref-note-3")


def test_person_link_reaches_the_register_entry(driver: Any, edition: HtmlEdition) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, edition, "telegram.html")
    link = driver.find_element(By.ID, "pers-2")
    assert link.text == "Thompson"
    link.click()
    assert driver.current_url.endswith("persons.html#thompson-llewellyn-e")
    assert in_viewport(driver, "thompson-llewellyn-e")
    entry = driver.find_element(By.ID, "thompson-llewellyn-e")
    assert "Llewellyn E. Thompson" in entry.text


def test_person_card_appears_on_keyboard_focus(driver: Any, edition: HtmlEdition) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, edition, "telegram.html")
    card = driver.find_element(By.ID, "card-pers-2")
    assert not card.is_displayed()
    driver.execute_script("document.getElementById('pers-2').focus();")
    assert card.is_displayed()
    assert "1904–1972" in card.text


def test_search_finds_a_word(driver: Any, edition: HtmlEdition) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, edition, "search.html")
    box = driver.find_element(By.ID, "q")
    box.send_keys("neutrality")
    assert result_links(driver) == ["article.html#main"]
    assert "1 document" in driver.find_element(By.ID, "search-status").text
    # The search box on every page sends ?q= to the search page.
    open_page(driver, edition, "index.html")
    site_box = driver.find_element(By.ID, "site-q")
    site_box.send_keys("KÁDÁR")
    site_box.submit()
    assert result_links(driver) == ["archive-list.html#main"]


def test_keyboard_tab_reaches_skip_link_navigation_and_text_links(driver: Any,
                                                                  edition: HtmlEdition) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_page(driver, edition, "telegram.html")
    reached: list[str] = []
    for _ in range(25):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        reached.append(driver.execute_script(
            "const a = document.activeElement;"
            "return a.id || a.getAttribute('href') || a.tagName;"))
    assert reached[0] == "#main", "the skip link comes first"
    assert "persons.html" in reached and "search.html" in reached
    assert "pers-2" in reached or "hpers-1" in reached, reached
    assert "ref-note-1" in reached
    # Following the skip link moves the focus to the main content.
    open_page(driver, edition, "telegram.html")
    ActionChains(driver).send_keys(Keys.TAB).send_keys(Keys.ENTER).perform()
    assert driver.execute_script("return document.activeElement.id") == "main"


def test_page_is_usable_at_phone_width(driver: Any, edition: HtmlEdition) -> None:
    driver.set_window_size(390, 844)
    try:
        open_page(driver, edition, "telegram.html")
        assert driver.execute_script("return window.innerWidth;") <= 420
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        assert overflow <= 1
    finally:
        driver.set_window_size(1200, 900)
