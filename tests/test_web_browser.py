"""A real browser against `kg serve`: Debian's headless Chromium driven by Playwright's Python
API (never `playwright install`: the browser is the distribution's /usr/bin/chromium, which
.ci/run installs). Opens the home page, runs an example query and sees rows, opens a fact page
and finds the evidence highlighted, submits a template form; saves the screenshots of
docs/screenshots/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from test_web_support import live  # noqa: F401 - fixture

pytestmark = pytest.mark.slow
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# the page pictures in docs/ are taken again only when asked (KG_DOCS_SCREENSHOTS=1): a test run does
# not write into the source tree
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's chromium package (.ci/run does)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield found
        found.close()


@pytest.fixture
def page(browser):
    found = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    found.on("pageerror", lambda exc: errors.append(str(exc)))
    yield found
    found.close()
    assert errors == [], f"script errors on the page: {errors}"


def test_home_page_links_the_query_page_and_templates(live, page):
    page.goto(live.url)
    assert page.title() == "Ekspor KG"
    assert page.locator("table.templates a").count() >= 10
    page.click("text=Query with SPARQL")
    page.wait_for_selector("#sparql")
    assert page.url.endswith("/query")


def test_an_example_query_runs_and_shows_rows(live, page, tmp_path):
    page.goto(live.url + "query")
    page.select_option("#examples", "who-said")
    assert "VALUES" in page.input_value("#sparql")
    assert page.locator("#highlight .tok-keyword").count() > 5      # the editor highlights
    assert page.locator("#gutter").inner_text().strip().endswith(str(page.input_value("#sparql").count("\n") + 1))
    page.click("#run")
    page.wait_for_selector("#results table.results tbody tr")
    rows = page.locator("#results table.results tbody tr").count()
    assert rows > 0 and f"{rows} row(s)" in page.inner_text("#status")
    folder = SCREENSHOTS if os.environ.get("KG_DOCS_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "query-page.png"))
    assert (folder / "query-page.png").stat().st_size > 0


def test_a_fact_page_highlights_the_evidence(live, page, seeds_store, tmp_path):
    from kg import api
    kg = api.open(seeds_store, read_only=True)
    row = next(iter(kg.sparql(
        "PREFIX ekg: <https://w3id.org/ekspor-kg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
        "SELECT ?fact ?exact WHERE { ?fact a ekg:Target ; ekg:statedBy ?p ; ekg:evidence/oa:hasSelector ?q . "
        "?q oa:exact ?exact } ORDER BY ?fact LIMIT 1")))
    page.goto(live.url + str(row["fact"])[len(kg.settings.base):])
    mark = page.locator("#article-text mark.current")
    assert mark.count() == 1 and mark.inner_text() == str(row["exact"])
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert mark.is_visible()
    folder = SCREENSHOTS if os.environ.get("KG_DOCS_SCREENSHOTS") else tmp_path
    page.screenshot(path=str(folder / "fact-page.png"))
    page.click("dd a[href^='/article/'] >> nth=0")
    page.wait_for_selector("#article-text a.span mark")
    assert page.locator("#article-text a.span").count() > 1
    page.screenshot(path=str(folder / "article-page.png"))


def test_a_template_form_submits(live, page):
    page.goto(live.url + "api/who-said?format=html")
    page.fill("input[name=person]", "Endang")
    page.click("form.template-form button[type=submit]")
    page.wait_for_selector("#row-count")
    assert int(page.inner_text("#row-count")) > 0
    assert page.locator("table.results tbody tr").count() == int(page.inner_text("#row-count"))
    assert "person=Endang" in page.url
