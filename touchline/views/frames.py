"""pandas exports, for notebooks: matches, managerial records and (in compute.tables) league tables.

pandas is an extra (``pip install 'touchline[pandas]'``), imported only when one of these is called, so
the command line neither needs it nor pays for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from touchline.api.managers import ManagerRecord
from touchline.compute.coverage import Coverage
from touchline.errors import ConfigError
from touchline.model import Match

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def _pandas() -> Any:
    """The pandas module, or a clear error when the extra is not installed."""
    try:
        import pandas
    except ImportError:
        raise ConfigError("pandas exports need pandas: pip install 'touchline[pandas]'") from None
    return pandas


def matches_frame(matches: Iterable[Match]) -> pd.DataFrame:
    """One row per match: date, competition, season, stage, round, clubs, scores, status and source line."""
    pandas = _pandas()

    def pair(score: object, side: str) -> int | None:
        return None if score is None else int(getattr(score, side))

    rows = [
        {
            "date": m.date,
            "competition": m.competition,
            "season": m.season,
            "stage": m.stage,
            "round": m.round,
            "home": m.home,
            "away": m.away,
            "home_goals": pair(m.final, "home"),
            "away_goals": pair(m.final, "away"),
            "ft_home": pair(m.ft, "home"),
            "ft_away": pair(m.ft, "away"),
            "ht_home": pair(m.ht, "home"),
            "ht_away": pair(m.ht, "away"),
            "extra_time": m.et is not None,
            "pen_home": pair(m.pens, "home"),
            "pen_away": pair(m.pens, "away"),
            "status": m.status.value,
            "source": f"{m.file}:{m.line}",
        }
        for m in matches
    ]
    frame: pd.DataFrame = pandas.DataFrame(rows)
    for column in ("home_goals", "away_goals", "ft_home", "ft_away", "ht_home", "ht_away", "pen_home", "pen_away"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")  # missing scores stay missing, not NaN floats
    return frame


def manager_frame(result: ManagerRecord) -> pd.DataFrame:
    """One row per spell: team, dates, coverage and the record (missing, not zero, where there is no data)."""
    pandas = _pandas()

    rows = []
    for item in result.spells:
        rec = item.record if item.coverage is not Coverage.NONE else None
        rows.append(
            {
                "team": item.spell.label or item.team_name,
                "team_id": item.spell.team,
                "role": item.spell.role.value,
                "from": item.spell.start,
                "to": item.spell.end,
                "coverage": item.coverage.value,
                "played": rec.played if rec else None,
                "won": rec.won if rec else None,
                "drawn": rec.drawn if rec else None,
                "lost": rec.lost if rec else None,
                "goals_for": rec.goals_for if rec else None,
                "goals_against": rec.goals_against if rec else None,
                "win_pct": rec.win_pct if rec else None,
            }
        )
    frame: pd.DataFrame = pandas.DataFrame(rows)
    for column in ("played", "won", "drawn", "lost", "goals_for", "goals_against"):
        frame[column] = frame[column].astype("Int64")
    return frame
