"""What the store holds of a national team's competitions, for its spells' coverage.

The store holds national teams' UEFA Nations League matches only; ``[nations_league]`` of
``data/competitions.toml`` gives the series' stages with their days. A national team's spell lacks the
stages it played in the spell's days (due by today) where the store holds no match of the series in
those days: the 2024-25 quarter-finals and promotion/relegation play-offs of March 2025, its finals of
June 2025, the 2026-27 league phase.
"""

from __future__ import annotations

import datetime as dt

from touchline.compute.coverage import National, NationalStage
from touchline.reference.clubs import is_national
from touchline.reference.nations_league import nations_league
from touchline.store import read
from touchline.store.base import Store


def national_coverage(
    store: Store, team: str, team_name: str, start: dt.date, end: dt.date, today: dt.date | None = None
) -> National | None:
    """For a national team (its id and name), the series the store holds of national teams and the
    stages of it the team played between ``start`` and ``end`` (begun by ``today``) that the store holds
    no match of; ``None`` for a club."""
    if not is_national(team, team_name):
        return None
    today = today or dt.date.today()
    league = nations_league()
    # a team of the series (not a youth team, nor a nation of another confederation) plays its stages
    member = bool(read.matches(store, club=team, competitions=league.competitions))
    lacking = []
    for stage in league.stages:
        if not member or stage.first > min(end, today) or stage.last < start or not stage.played_by(team):
            continue
        if read.matches(store, competitions=league.competitions, date_from=stage.first, date_to=stage.last):
            continue  # the store holds the stage (its matches with a result or not)
        lacking.append(NationalStage(league.series, stage.season, stage.name, stage.first, stage.last))
    return National(league.series, tuple(lacking))
