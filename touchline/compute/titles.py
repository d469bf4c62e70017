"""Who won a season: the league champion from the final standings, the cup winner from the final.

Pure functions over one competition-season's matches. :func:`champion` reads the competition's rules:
a declared champion (a curtailed season) first, else the top of the season's final standings across
its stages (the championship round, Play-off I), and only for a season the data holds whole and whose
leader played no round robin the rules do not model.
:func:`cup_winner` decides the season's final as a tie (extra time, legs, a shoot-out, a replay).
"""

from __future__ import annotations

from collections.abc import Sequence

from touchline.compute.standings import complete, final_standings, unmodelled_stages
from touchline.compute.tables import chronological, knockout_stage, matches_by_stage
from touchline.compute.ties import final_of, rounds
from touchline.model import Match
from touchline.reference.clubs import fold
from touchline.reference.rules import Rules
from touchline.reference.ties import NO_RULES, TieRules


def champion(matches: Sequence[Match], rules: Rules) -> str | None:
    """The club that won the league season, or ``None`` when the matches do not settle it."""
    if rules.decision is not None and rules.decision.champion:
        return _declared(matches, rules.decision.champion)
    if not complete(matches, rules):
        return None
    table = final_standings(matches, rules)
    if not table.rows or table.rows[0].group or table.rows[0].shared:
        return None
    leader = table.rows[0].club
    # a round the rules do not model, played by the leader among others (a championship round): it may
    # have changed the title, so the data does not settle it
    by_stage = matches_by_stage(sorted(matches, key=chronological))
    for stage in unmodelled_stages(by_stage, rules):
        found = by_stage[stage]
        if not knockout_stage(found) and any(leader in (m.home, m.away) for m in found):
            return None
    return leader


def _declared(matches: Sequence[Match], name: str) -> str:
    """The club of the season a competition declared champion, as the data names it: the rules say
    "Celtic", the data "Celtic FC" (the one club whose name is the declared name, or begins with it);
    the declared name itself when no club, or more than one, fits."""
    wanted = fold(name)
    clubs = {club for match in matches for club in (match.home, match.away)}
    fits = [club for club in clubs if fold(club) == wanted or fold(club).startswith(wanted + " ")]
    return fits[0] if len(fits) == 1 else name


def cup_winner(matches: Sequence[Match], rules: TieRules = NO_RULES) -> str | None:
    """The winner of a cup season's final, or ``None`` when the data holds no decided final."""
    final = final_of(rounds(matches, rules))
    return None if final is None else final.winner
