"""End to end in a real browser: Debian's headless Chromium driven by Playwright against the app served
by uvicorn on loopback, over the focused data. Screenshots go to tmp/artifacts/ (not committed); no page
may log a console error. Chromium missing is a failure, not a skip: `.ci/run` installs it."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from touchline.store.web import open_read_only
from touchline.web.app import create_app

CHROMIUM = os.environ.get("TOUCHLINE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent.parent.parent / "tmp" / "artifacts"


@pytest.fixture(scope="module")
def server(focused_db: str) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread, for the module."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = open_read_only(focused_db)
    config = uvicorn.Config(
        create_app(store), host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="off"
    )
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not served.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    served.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh page; after the test, a screenshot and the check that nothing was logged as an error."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}-end.png"), full_page=True)
    context.close()
    assert errors == [], errors


def test_thorup_total_row_is_the_clis(page, server: str, cli_json) -> None:  # type: ignore[no-untyped-def]
    total = cli_json("manager", "Jess Thorup")["total"]
    page.goto(f"{server}/managers/jess-thorup")
    footer = page.locator("#record tfoot tr")
    cells = {
        key: footer.locator(f'td[data-col="{key}"]').inner_text()
        for key in ("g", "w", "d", "l", "gf", "ga", "gd", "win_pct")
    }
    assert footer.locator('td[data-col="team"]').inner_text().startswith("Total")
    assert int(cells["g"]) == total["played"] and int(cells["w"]) == total["won"]
    assert int(cells["d"]) == total["drawn"] and int(cells["l"]) == total["lost"]
    assert int(cells["gf"]) == total["goals_for"] and int(cells["ga"]) == total["goals_against"]
    assert int(cells["gd"].replace("+", "").replace("\u2212", "-")) == total["goal_difference"]
    assert float(cells["win_pct"]) == total["win_pct"]
    page.screenshot(path=str(ARTIFACTS / "manager-jess-thorup.png"), full_page=True)


def _augsburg_place(page) -> int:  # type: ignore[no-untyped-def]
    row = page.locator("#table tbody tr", has=page.locator('td[data-col="club"]', has_text="FC Augsburg"))
    return int(row.locator('td[data-col="position"]').inner_text())


def test_the_as_of_date_moves_augsburg_from_15th_to_11th(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/competitions/de.1/2023-24?as_of=2023-10-14")
    assert _augsburg_place(page) == 15
    page.screenshot(path=str(ARTIFACTS / "bundesliga-2023-10-14.png"), full_page=True)
    page.fill("#as-of", "2024-05-18")
    with page.expect_navigation():
        page.click("#as-of-show")
    assert "as_of=2024-05-18" in page.url
    assert _augsburg_place(page) == 11
    assert page.locator("#table caption").inner_text().endswith("as of 2024-05-18")
    page.screenshot(path=str(ARTIFACTS / "bundesliga-2024-05-18.png"), full_page=True)


def test_the_genk_spells_g_leads_to_its_5_matches(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/managers/jess-thorup")
    genk = page.locator("#record tbody tr", has=page.locator('td[data-col="team"]', has_text="Genk"))
    link = genk.locator('td[data-col="g"] a')
    assert link.inner_text() == "5"
    with page.expect_navigation():
        link.click()
    assert page.url.startswith(f"{server}/matches?")
    assert page.locator("#match-count").inner_text() == "5"
    assert page.locator("#matches tbody tr").count() == 5
    assert all("KRC Genk" in text for text in page.locator("#matches tbody tr").all_inner_texts())
    page.screenshot(path=str(ARTIFACTS / "genk-matches.png"), full_page=True)


def test_the_position_chart_draws_one_point_per_matchday(page, server: str, cli_json) -> None:  # type: ignore[no-untyped-def]
    expected = cli_json("positions", "FC Augsburg", "de.1", "2023-24")["positions"]
    page.goto(f"{server}/managers/jess-thorup")
    figure = page.locator("figure.chart-positions", has_text="FC Augsburg: Bundesliga 2023-24")
    assert figure.count() == 1
    points = figure.locator("circle.point")
    assert points.count() == len(expected) == 34
    places = [int(p) for p in points.evaluate_all("nodes => nodes.map(n => n.dataset.position)")]
    assert places == [p["position"] for p in expected]
    # 1st at the top: a better place is drawn higher
    ys = points.evaluate_all("nodes => nodes.map(n => n.cy.baseVal.value)")
    assert ys[places.index(min(places))] < ys[places.index(max(places))]
    assert figure.locator("line.mark.arrival").count() == 1
    figure.screenshot(path=str(ARTIFACTS / "augsburg-2023-24-positions.png"))


def test_the_cup_bracket_leads_to_the_final(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/competitions/be.cup/2018-19")
    rounds = page.locator("#bracket .bracket-round h3").all_inner_texts()
    assert rounds == ["Round of 16", "Quarterfinals", "Semifinals", "Final"]
    final = page.locator("#bracket .bracket-round").last.locator(".bracket-tie a")
    assert final.locator(".won").inner_text() == "KV Mechelen"
    # the bracket's columns line up: the final sits between the two semi-finals
    semis = page.locator("#bracket .bracket-round").nth(2).locator(".bracket-tie")
    top, bottom = (semis.nth(i).bounding_box() for i in (0, 1))
    middle = final.bounding_box()
    assert top and bottom and middle and top["y"] < middle["y"] < bottom["y"]
    page.screenshot(path=str(ARTIFACTS / "belgian-cup-2018-19.png"), full_page=True)
    with page.expect_navigation():
        final.click()
    assert page.locator("#match-count").inner_text() == "1"
    row = page.locator("#matches tbody tr").inner_text()
    assert "KAA Gent" in row and "1–2" in row and "KV Mechelen" in row


def test_a_phone_reads_the_manager_page(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    errors: list[str] = []
    phone.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for url in (
        "/managers/jess-thorup",
        "/competitions/de.1/2023-24",
        "/competitions/be.cup/2018-19",
        "/matches",
        "/clubs/ger-fc-augsburg",
    ):
        phone.goto(server + url)
        # the page itself never scrolls sideways; wide tables scroll inside their own box
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (url, width)
    phone.goto(server + "/managers/jess-thorup")
    phone.screenshot(path=str(ARTIFACTS / "phone-manager.png"), full_page=False)
    context.close()
    assert errors == []


def test_search_in_the_browser(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.fill("header form.search input[name=q]", "kobenhavn")
    with page.expect_navigation():
        page.click("header form.search button")
    with page.expect_navigation():
        page.click("text=FC København")
    assert page.url.endswith("/clubs/den-fc-kobenhavn")
    data = json.loads(page.goto(server + "/managers/jess-thorup.json").text())  # type: ignore[union-attr]
    assert data["person"]["id"] == "jess-thorup"


def test_a_404_suggests_the_close_name(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    response = opened.goto(server + "/managers/jess-thorpu")
    assert response is not None and response.status == 404
    assert opened.locator("ul.suggestions a").first.get_attribute("href") == "/managers/jess-thorup"
    with opened.expect_navigation():
        opened.locator("ul.suggestions a").first.click()
    assert opened.url.endswith("/managers/jess-thorup")
    context.close()
    # the browser reports the 404 itself, and nothing else
    assert len(errors) == 1 and "404" in errors[0], errors
