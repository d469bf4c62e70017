"""The web app's queries (touchline/store/web.py) on SQLite and PostgreSQL, and the app over both."""

from __future__ import annotations

import datetime as dt

from starlette.testclient import TestClient

from touchline.model import CompetitionKind
from touchline.store import Store, read
from touchline.store import web as web_store
from touchline.store.web import open_read_only
from touchline.web.app import create_app


def test_queries(focused: Store) -> None:
    assert web_store.state(focused) == web_store.state(focused)
    every = read.matches(focused, club="ger-fc-augsburg", season="2023-24")
    total, page = web_store.match_page(focused, limit=10, offset=5, club="ger-fc-augsburg", season="2023-24")
    assert total == len(every) == 35  # 34 league matches and the DFB-Pokal first round
    assert page == every[5:15]
    total, _ = web_store.match_page(
        focused, limit=1, offset=0, date_from=dt.date(2023, 10, 14), kinds=[CompetitionKind.LEAGUE]
    )
    assert total == len(read.matches(focused, date_from=dt.date(2023, 10, 14), kinds=[CompetitionKind.LEAGUE]))
    seasons = {(s.competition, s.season): s for s in web_store.club_seasons(focused, "ger-fc-augsburg")}
    assert seasons[("de.1", "2023-24")].matches == 34 and seasons[("de.1", "2023-24")].kind is CompetitionKind.LEAGUE
    names = {u.name: u for u in web_store.club_names_over_time(focused, "ger-fc-augsburg")}
    assert "FC Augsburg" in names and names["FC Augsburg"].last >= dt.date(2024, 5, 18)
    club = web_store.club(focused, "ger-fc-augsburg")
    assert club is not None and club.name == "FC Augsburg"
    assert web_store.club(focused, "nowhere") is None
    assert ("ger-fc-augsburg", "FC Augsburg", "GER") in web_store.club_index(focused)


def test_the_app_over_postgresql(focused_pg: str, client: TestClient) -> None:
    store = open_read_only(focused_pg)
    try:
        with TestClient(create_app(store)) as pg:
            for url in ("/managers/jess-thorup.json", "/competitions/de.1/2023-24.json?as_of=2023-10-14"):
                assert pg.get(url).json() == client.get(url).json(), url
            assert pg.get("/clubs/ger-fc-augsburg.csv").text == client.get("/clubs/ger-fc-augsburg.csv").text
    finally:
        store.close()
