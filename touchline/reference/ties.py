"""How a competition's knock-out ties are decided in a season, read from ``data/ties.toml``.

Rules are data: whether the away goals rule applied (and counted goals in extra time), and whether a
final was played over two legs, per competition and era, each with its source. A competition the file
does not name gets :data:`NO_RULES`: aggregate, extra time, penalties, replays, and no away goals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from touchline.errors import DataError
from touchline.model import Season, SeasonRange
from touchline.reference import load_toml

FILE = "touchline/data/ties.toml"
_KEYS = {
    "competitions",
    "seasons",
    "away_goals",
    "away_goals_in_extra_time",
    "two_legged_final",
    "decided_on_points",
    "final_on_points",
    "source",
}


@dataclass(frozen=True, slots=True)
class TieRules:
    """How ties of one competition-season are decided."""

    away_goals: bool = False
    away_goals_in_extra_time: bool = False
    two_legged_final: bool = False
    decided_on_points: bool = False  # two legs won on points (two for a win), level: a play-off
    # the final alone won on points over its two legs, level: a third match (Allsvenskan 1989's final,
    # "best of three matches"); the other rounds go by the aggregate
    final_on_points: bool = False
    sources: tuple[str, ...] = ()


NO_RULES = TieRules()


def tie_rules(competition: str, season: str) -> TieRules:
    """The tie rules of ``competition`` in ``season`` (later rules in the file override earlier ones)."""
    return _tie_rules(competition, str(Season.parse(season)))


@cache
def _tie_rules(competition: str, season: str) -> TieRules:
    when = Season.parse(season)
    values: dict[str, Any] = {}
    sources: list[str] = []
    for rule, seasons in _rules():
        if competition in rule["competitions"] and when in seasons:
            values.update({k: v for k, v in rule.items() if k not in ("competitions", "seasons", "source")})
            sources.append(str(rule.get("source", "")))
    if not values:
        return NO_RULES
    return TieRules(
        away_goals=bool(values.get("away_goals", False)),
        away_goals_in_extra_time=bool(values.get("away_goals_in_extra_time", False)),
        two_legged_final=bool(values.get("two_legged_final", False)),
        decided_on_points=bool(values.get("decided_on_points", False)),
        final_on_points=bool(values.get("final_on_points", False)),
        sources=tuple(s for s in sources if s),
    )


def replay_of(round_name: str, competition: str | None = None) -> str | None:
    """The round a round of replays belongs to, where a data set files them apart (the KNVB Cup's
    "Replay finale" -> "Final"), from ``[replays]`` in ``data/ties.toml``, or for ``competition`` alone
    from ``[replays_in.CODE]`` (Norway's "Decider" of 1958-59, its drawn title final replayed); ``None``
    for another round."""
    name = round_name.casefold()
    own = _replays_in().get(competition or "", {})
    return own.get(name) or _replays().get(name)


@cache
def _replays() -> dict[str, str]:
    return {name.casefold(): str(of) for name, of in _data().get("replays", {}).items()}


@cache
def _replays_in() -> dict[str, dict[str, str]]:
    scoped = _data().get("replays_in", {})
    return {code: {name.casefold(): str(of) for name, of in names.items()} for code, names in scoped.items()}


@cache
def _data() -> dict[str, Any]:
    text = resources.files("touchline").joinpath("data/ties.toml").read_text(encoding="utf-8")
    return load_toml(text, FILE)


@cache
def _rules() -> tuple[tuple[dict[str, Any], SeasonRange], ...]:
    rules = []
    for index, rule in enumerate(_data().get("rule", ()), 1):
        unknown = sorted(set(rule) - _KEYS)
        if unknown:
            raise DataError(f"{FILE}: rule {index}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
        if not isinstance(rule.get("competitions"), list):
            raise DataError(f'{FILE}: rule {index}: competitions must be a list such as ["uefa.cl"]')
        try:
            seasons = SeasonRange.parse(str(rule.get("seasons", "..")))
        except ValueError:
            raise DataError(f"{FILE}: rule {index}: bad season range {rule.get('seasons')!r}") from None
        rules.append((rule, seasons))
    return tuple(rules)
