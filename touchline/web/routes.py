"""The pages of ``touchline serve``, declared once: path, parameters, builder, and whether the page has a
``.csv`` twin. The app's routing and its OpenAPI description are both made from this table.

Every page answers at ``PATH`` (HTML), ``PATH.json`` and, where it shows a table, ``PATH.csv``; the home
page's twins are ``/index.json`` and ``/index.csv``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from touchline.web.page import Page
from touchline.web.pages import club, competition, manager, matches, search, ties
from touchline.web.pages.common import Context
from touchline.web.params import Param, Values

Builder = Callable[[Context, Values, Values], Page]


@dataclass(frozen=True, slots=True)
class PageRoute:
    """One page: its name, URL path (``{name}`` for path parameters), what it shows, and how it is built."""

    name: str
    path: str
    summary: str
    build: Builder
    path_params: tuple[Param, ...] = ()
    params: tuple[Param, ...] = ()
    csv: bool = True
    twin: str = ""  # the path the .json and .csv twins hang on, when not the page's own

    def twin_path(self, ext: str) -> str:
        """The path of the ``.json`` or ``.csv`` twin."""
        return (self.twin or self.path) + ext


ROUTES: tuple[PageRoute, ...] = (
    PageRoute("home", "/", "The managers and competitions in the store.", search.home, twin="/index"),
    PageRoute(
        "manager",
        "/managers/{slug}",
        "A manager's record per spell with total and coverage notes, positions, season by season, charts, honours.",
        manager.build,
        manager.PATH,
        manager.PARAMS,
    ),
    PageRoute(
        "club",
        "/clubs/{slug}",
        "A club's seasons with final positions, its honours, its managers with their records, and its names over time.",
        club.build,
        club.PATH,
        club.PARAMS,
    ),
    PageRoute(
        "competition",
        "/competitions/{code}",
        "A competition's seasons in the store: matches, dates and sources.",
        competition.competition,
        competition.COMPETITION_PATH,
        competition.COMPETITION_PARAMS,
    ),
    PageRoute(
        "season",
        "/competitions/{code}/{season}",
        "A competition-season: the table (final standings by default) as of a date or matchday, per stage, "
        "the knock-out ties round by round, and the results by round.",
        competition.season,
        competition.SEASON_PATH,
        competition.SEASON_PARAMS,
    ),
    PageRoute(
        "ties",
        "/ties",
        "The knock-out ties two clubs played: legs, aggregate, and who went through and why.",
        ties.build,
        (),
        ties.PARAMS,
    ),
    PageRoute(
        "matches",
        "/matches",
        "Matches, filtered and paginated: the matches behind any figure of the other pages.",
        matches.build,
        (),
        matches.PARAMS,
    ),
    PageRoute(
        "search",
        "/search",
        "People, clubs and competitions answering to a name in any spelling.",
        search.build,
        (),
        search.PARAMS,
    ),
)
