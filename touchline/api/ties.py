"""Knock-out ties from the store: a cup season round by round, the ties two clubs played, a final.

Behind ``touchline cup`` and ``touchline tie``, and the honours that finals decide. Ties come from
cups and continental competitions, and from a league's knock-out stages (play-offs whose pairings
never close a cycle). Which rounds are knock-out rounds is for :func:`touchline.compute.ties.rounds` to say.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from touchline.compute.tables import knockout_stage
from touchline.compute.ties import Round, Tie, final_of, rounds
from touchline.errors import NotFoundError
from touchline.model import Competition, CompetitionKind, Match
from touchline.reference.rules import rules_for
from touchline.reference.stages import round_names_match
from touchline.reference.ties import TieRules, tie_rules
from touchline.store.base import Store
from touchline.store.read import competition as find_competition
from touchline.store.read import find_club, matches
from touchline.store.read import seasons as stored_seasons

_CUPS = (CompetitionKind.CUP, CompetitionKind.CONTINENTAL, CompetitionKind.NATIONAL)


@dataclass(frozen=True, slots=True)
class CupSeason:
    """A competition-season's rounds in order, each knock-out round with its ties, and its final."""

    competition: Competition
    season: str
    rounds: tuple[Round, ...]
    rules: TieRules

    @property
    def final(self) -> Tie | None:
        """The final, when the season has one the data settles into one tie."""
        return final_of(self.rounds)

    @property
    def ties(self) -> list[Tie]:
        """Every tie of the season, round by round."""
        return [tie for found in self.rounds for tie in found.ties]


def season_rounds(store: Store, code: str, season: str) -> CupSeason:
    """Every round of a competition-season with its ties (a league's knock-out stages only)."""
    found = find_competition(store, code)
    every = matches(store, competitions=[found.code], season=season)
    if found.kind is CompetitionKind.LEAGUE:
        every = _league_knockouts(every, found.code, season)
    rules = tie_rules(found.code, season)
    return CupSeason(found, season, tuple(rounds(every, rules)), rules)


def _league_knockouts(every: list[Match], code: str, season: str) -> list[Match]:
    """A league season's matches in knock-out stages (play-offs), not in its tables."""
    rules = rules_for(code, season)
    by_stage: dict[str, list[Match]] = {}
    for match in every:
        if match.stage is not None and not rules.is_regular(match.stage) and rules.stage_rule(match.stage) is None:
            by_stage.setdefault(match.stage, []).append(match)
    return [m for stage in by_stage.values() if knockout_stage(stage) for m in stage]


def cup(store: Store, competition: str, season: str, round_name: str | None = None) -> CupSeason:
    """``touchline cup``: a competition-season round by round (one round with ``round_name``)."""
    code = find_competition(store, competition).code
    known = [s for s, _, _ in stored_seasons(store, code)]
    if season not in known:
        raise NotFoundError(f"season of {code}", season, sorted(known, key=lambda s: abs(_year(s) - _year(season)))[:5])
    found = season_rounds(store, code, season)
    if not any(r.knockout for r in found.rounds):
        raise NotFoundError(f"knock-out round of {code} {season}", round_name or "any", [r.name for r in found.rounds])
    if round_name is None:
        return found
    # the round as the data names it, or in English ("Achtelfinale" or "Round of 16")
    wanted = [
        r
        for r in found.rounds
        if r.name.casefold() == round_name.casefold() or round_names_match(r.round or "", round_name)
    ]
    if not wanted:
        raise NotFoundError(f"round of {code} {season}", round_name, [r.name for r in found.rounds])
    return replace(found, rounds=tuple(wanted))


def _year(season: str) -> int:
    return int(season[:4]) if season[:4].isdigit() else 0


def ties_between(store: Store, first: str, second: str, season: str | None = None) -> list[Tie]:
    """``touchline tie``: every knock-out tie the two clubs played (in one season with ``season``)."""
    one, other = find_club(store, first), find_club(store, second)
    if one.id == other.id:
        raise NotFoundError("second club (other than the first)", second)
    met = {
        (m.competition, m.season)
        for m in matches(store, club=one.id, season=season)
        if other.id in (m.extra.get("home_id"), m.extra.get("away_id"))
    }
    if not met:
        where = f" in {season}" if season else ""
        raise NotFoundError(f"match between {one.name} and {other.name}{where}", f"{first} v {second}")
    ties: list[Tie] = []
    for code, when in sorted(met, key=lambda cs: (_year(cs[1]), cs[0])):
        found = season_rounds(store, code, when)
        ties.extend(t for t in found.ties if t.involves(one.name) and t.involves(other.name))
    return ties


def final(store: Store, competition: str, season: str) -> Tie | None:
    """A competition-season's final, decided (``None`` when the data has no final)."""
    return season_rounds(store, competition, season).final


def cup_kinds() -> tuple[CompetitionKind, ...]:
    """The kinds of competition that are played in ties."""
    return _CUPS
