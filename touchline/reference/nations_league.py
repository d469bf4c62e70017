"""The UEFA Nations League's editions, read from ``[nations_league]`` of ``data/competitions.toml``.

The store holds national teams' matches of the UEFA Nations League only (no friendlies, qualifiers or
other tournaments). The data gives the series' name, its competition codes and each edition's stages with
their days (and, for a stage only some teams played, those teams), so that a national team's spell can
name the stages whose days it covers that the store lacks (the 2024-25 quarter-finals of March 2025).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from touchline.errors import DataError
from touchline.reference import load_toml

FILE = "touchline/data/competitions.toml"


@dataclass(frozen=True, slots=True)
class Stage:
    """A stage of an edition (``2024-25``, ``quarter-finals``), its first and last days, and the teams
    (store ids) that played it where only some did (empty: every team of the edition)."""

    season: str
    name: str
    first: dt.date
    last: dt.date
    teams: frozenset[str] = frozenset()

    def played_by(self, team: str) -> bool:
        """Whether the team played this stage."""
        return not self.teams or team in self.teams


@dataclass(frozen=True, slots=True)
class NationsLeague:
    """The series' name, its competition codes and its stages in time order."""

    series: str
    competitions: tuple[str, ...]
    stages: tuple[Stage, ...]


def _date(entry: dict[str, Any], key: str) -> dt.date:
    value = entry.get(key)
    if not isinstance(value, dt.date):
        raise DataError(f"{FILE}: [[nations_league.stages]] {entry.get('season')!r} needs {key} = YYYY-MM-DD")
    return value


@cache
def nations_league() -> NationsLeague:
    """The ``[nations_league]`` block of the catalogue (its stages, oldest first)."""
    text = resources.files("touchline").joinpath("data/competitions.toml").read_text(encoding="utf-8")
    block = load_toml(text, FILE).get("nations_league")
    if not isinstance(block, dict) or not isinstance(block.get("series"), str):
        raise DataError(f'{FILE}: [nations_league] needs series = "..." and competitions = [...]')
    stages = []
    for entry in block.get("stages", []):
        stages.append(
            Stage(
                str(entry["season"]),
                str(entry["stage"]),
                _date(entry, "first"),
                _date(entry, "last"),
                frozenset(str(team) for team in entry.get("teams", [])),
            )
        )
    return NationsLeague(
        block["series"],
        tuple(str(code) for code in block.get("competitions", [])),
        tuple(sorted(stages, key=lambda s: s.first)),
    )
