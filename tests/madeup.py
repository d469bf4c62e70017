"""Made-up matches for the small seasons of the table tests: one builder, each test file's ``match``
a thin wrapper over it."""

from __future__ import annotations

import datetime as dt

from touchline.model import Match, Score, Status


def made_up(
    day: int,
    home: str,
    away: str,
    score: tuple[int, int] | None,
    *,
    season: str = "2023-24",
    year: int = 2024,
    status: Status | None = None,
    stage: str | None = None,
    round: str | None = None,
) -> Match:
    """A match of competition ``xx.1`` on day ``day`` (1 = 1 January) of ``year``;
    ``status`` defaults to played with a score, scheduled without."""
    return Match(
        date=dt.date(year, 1, 1) + dt.timedelta(days=day - 1),
        home=home,
        away=away,
        competition="xx.1",
        season=season,
        ft=Score(*score) if score else None,
        status=status or (Status.PLAYED if score else Status.SCHEDULED),
        stage=stage,
        round=round,
    )
