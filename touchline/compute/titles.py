"""Who won a season: the league champion from the final standings, the cup winner from the final.

Pure functions over one competition-season's matches. :func:`champion` reads the competition's rules:
a declared champion (a curtailed season) first, else the top of the season's final standings across
its stages (the championship round, Play-off I), for a season the data holds whole (or whose last
fixtures without a result could not have changed it, :func:`clinched`); in a season played in groups,
the winner of the final of a stage the rules name a decider (Norway's group winners met in a final,
1948-49 to 1960-61), else none. Where the table's leader played a stage the rules do not model
(:func:`beyond_table`), that stage settles the title: a knock-out by its final's winner, a round robin
not at all.
:func:`cup_winner` decides the season's final as a tie (extra time, legs, a shoot-out, a replay).
:func:`clinch_day` gives the day a title was out of reach; :func:`meets_double_winners` and
:func:`super_cup_entrants` who plays a super cup from the titles of the season before.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

from touchline.compute.standings import complete, final_standings, title_decider, unmodelled_stages, unresolved
from touchline.compute.tables import LeagueTable, chronological, knockout_stage, matches_by_stage
from touchline.compute.ties import Tie, final_of, rounds
from touchline.model import Match
from touchline.reference.clubs import fold
from touchline.reference.rules import Rules
from touchline.reference.ties import NO_RULES, TieRules, tie_rules


def champion(matches: Sequence[Match], rules: Rules) -> str | None:
    """The club that won the league season, or ``None`` when the matches do not settle it (or the
    competition declared the season void, Eredivisie 2019-20, or revoked its title, Serie A 2004-05)."""
    if rules.decision is not None and (rules.decision.void or rules.decision.revoked):
        return None
    if rules.decision is not None and rules.decision.champion:
        return _declared(matches, rules.decision.champion)
    if not complete(matches, rules):
        won = clinched(matches, rules)
        return None if won is None else won.club
    table = final_standings(matches, rules)
    if table.rows and table.rows[0].group:
        # a season in groups: a title only where a stage the rules name a decider settled it, played
        # between clubs of the groups (Norway 1948-49 to 1960-61: the two groups' winners met in a final)
        decided = title_decider(matches, rules, table)
        return None if decided is None else decided[0]
    if not table.rows or table.rows[0].shared:
        return None
    beyond = beyond_table(matches, rules, table.rows[0].club)
    if beyond is None:
        return table.rows[0].club
    return None if beyond.final is None else beyond.final.winner


class Clinched(NamedTuple):
    """The leader of a season some of whose fixtures have no result, out of reach however they ended."""

    club: str
    unresolved: int  # fixtures without a result
    table: LeagueTable


def clinched(matches: Sequence[Match], rules: Rules) -> Clinched | None:
    """The champion of a one-table season whose last fixtures have no result and never will (abandoned,
    cancelled: Chapecoense v Atlético Mineiro, Brazil 2016), when no other club could have reached the
    leader's points by winning all of its own; else ``None``."""
    left = unresolved(matches, rules)
    if not left:
        return None
    table = final_standings(matches, rules)
    if not table.rows or table.rows[0].group:
        return None
    games = Counter(club for m in left for club in (m.home, m.away))
    # a win's points with a big win's bonus, a loss's less its point (Poland 1986-90)
    leader, win = table.rows[0], rules.points.most
    floor = leader.points + rules.points.least * games[leader.club]
    if all(row.points + win * games[row.club] < floor for row in table.rows[1:]):
        return Clinched(leader.club, len(left), table)
    return None


def clinch_day(matches: Sequence[Match], rules: Rules, club: str, *, stage: str | None = None) -> dt.date | None:
    """The day ``club`` won a one-table season's title (with ``stage``: the title of that stage, a
    tournament of its own such as Argentina's Clausura): the first matchday after which no other club
    could reach its points by winning every match it had left (Bielsa's Vélez won the 1998 Clausura a
    round before its end, and he left). ``None`` where a season is more than its regular season (a
    split, a finals series, a decision), or where the title was not out of reach before the last day's
    results: such a title is won on its last day. Points taken off ``club`` count from the start;
    others' deductions are left out, so the day is never early."""
    if stage is not None:
        played = [m for m in matches if m.counts and m.stage == stage]
    elif rules.stages or rules.unmodelled or rules.decision is not None or rules.deciders:
        return None  # (a championship between stage winners: the title was not the table's to clinch)
    else:
        played = [m for m in matches if m.counts]
        if not all(rules.is_regular(m.stage) for m in played):
            return None
    played.sort(key=chronological)
    left = Counter(side for m in played for side in (m.home, m.away))
    if club not in left:
        return None
    win, draw, loss = rules.points.win, rules.points.draw, rules.points.loss
    # the most and fewest points one match can give (a big win's bonus: Poland 1986-90)
    most, least = rules.points.most, rules.points.least
    points = dict.fromkeys(left, 0)
    points[club] = -sum(d.points for d in rules.deductions if d.applies_to(club))
    last = played[-1].date
    for day, found in groupby(played, key=_day):
        if day == last:
            return None
        for match in found:
            score = match.et if match.et is not None else match.ft
            assert score is not None  # counted matches have a score
            left[match.home] -= 1
            left[match.away] -= 1
            if score.home == score.away and match.awarded_to is None:
                points[match.home] += draw
                points[match.away] += draw
            else:
                home_won = score.home > score.away or match.awarded_to == "home"
                winner, loser = (match.home, match.away) if home_won else (match.away, match.home)
                bonus = rules.points.margin(abs(score.home - score.away))
                points[winner] += win + bonus
                points[loser] += loss - bonus
        ahead = points[club] + least * left[club]
        if all(points[other] + most * left[other] < ahead for other in points if other != club):
            return day
    return None


def _day(match: Match) -> dt.date:
    return match.date


class Beyond(NamedTuple):
    """What settles a league title instead of the top of its table: a knock-out the leader played, whose
    final's winner is the champion (none when the data does not decide the final), or a round robin the
    rules do not model (``final`` is ``None``: the data does not settle the title)."""

    stage: str
    final: Tie | None


def beyond_table(matches: Sequence[Match], rules: Rules, leader: str) -> Beyond | None:
    """The stage the rules do not model that settles the season's title rather than its table, or
    ``None`` when the table's leader played none.

    A round robin (a championship round without rules) may have changed the title: the data does not
    settle it. A knock-out the leader played is a finals series (the A-League's, the K League's until
    2011, Sweden's of the 1980s) or a decider between clubs level on points (Belgium 2008-09, Russia
    2002): the winner of its final is the champion. Where the leader played more than one, the first
    to start after the regular season decides (a promotion play-off comes after a decider)."""
    by_stage = matches_by_stage(sorted(matches, key=chronological))
    return _beyond(by_stage, unmodelled_stages(by_stage, rules), leader)


def group_titles(matches: Sequence[Match], rules: Rules, table: LeagueTable) -> dict[str, Beyond | None]:
    """For a season played as tournaments or groups of their own (Argentina's Apertura and Clausura,
    each a title), what settles each group's title beyond its table: a stage named after the group
    (Mexico's "Apertura - Liguilla", Chile's "Clausura Playoffs", a decider "Apertura Finale") that the
    group's leader played, as :func:`beyond_table` reads it; ``None`` where the group's table stands."""
    by_stage = matches_by_stage(sorted(matches, key=chronological))
    others = unmodelled_stages(by_stage, rules)
    settled: dict[str, Beyond | None] = {}
    for row in table.rows:
        if row.group and row.group not in settled:
            group = row.group.casefold()
            named = [s for s in others if s.casefold() != group and s.casefold().startswith(group)]
            settled[row.group] = _beyond(by_stage, named, row.club)
    return settled


def _beyond(by_stage: dict[str | None, list[Match]], stages: Sequence[str], leader: str) -> Beyond | None:
    """The first of ``stages`` the leader played, read as :func:`beyond_table` says; or ``None``."""
    played = [
        (min(m.date for m in by_stage[stage]), stage)
        for stage in stages
        if any(leader in (m.home, m.away) for m in by_stage[stage])
    ]
    if not played:
        return None
    stage = min(played)[1]
    found = by_stage[stage]
    final = final_of(rounds(found, tie_rules(found[0].competition, found[0].season)))
    # a round robin has no final; a finals series of the Page system has one, though its major
    # semi-final's loser may meet its winner again
    return Beyond(stage, final if final is not None or knockout_stage(found) else None)


def _declared(matches: Sequence[Match], name: str) -> str:
    """The club of the season a competition declared champion, as the data names it: the rules say
    "Celtic", the data "Celtic FC" (the one club whose name is the declared name, or begins with it);
    the declared name itself when no club, or more than one, fits."""
    wanted = fold(name)
    clubs = {club for match in matches for club in (match.home, match.away)}
    fits = [club for club in clubs if fold(club) == wanted or fold(club).startswith(wanted + " ")]
    return fits[0] if len(fits) == 1 else name


def meets_double_winners(
    team: str, champions: str | None, final: Tie | None, table: LeagueTable | None, who: str | None
) -> bool:
    """Whether ``team`` played a super cup against the double winners: ``champions`` also won the cup
    (its ``final``), and ``team`` is the league's runner-up (``table``, the season's final standings)
    or the cup's losing finalist, as ``who`` says ("league runner-up", "cup runner-up")."""
    if champions is None or final is None or final.winner != champions:
        return False
    if who == "league runner-up":
        return table is not None and len(table.rows) > 1 and table.rows[1].club == team
    return who == "cup runner-up" and final.involves(team) and team != champions


class Entrant(NamedTuple):
    """A club of a super cup of more than two clubs: its place in the league (``None``: a cup place),
    its place in the cup (``"winners"``, ``"finalists"``), and the club whose second place it took."""

    club: str
    league_place: int | None = None
    cup: str | None = None
    instead_of: str | None = None


def super_cup_entrants(table: Sequence[str], winner: str | None, loser: str | None, league: int) -> list[Entrant]:
    """Who plays a super cup of the league's first ``league`` places (``table``, the clubs in their final
    order) and the cup's finalists (``winner``, ``loser``; ``None`` when unknown): a club holding two
    places leaves the second to the next club of the table not in yet (Supercopa de España 2020:
    Barcelona, champions and cup finalists; Real Madrid, third, in their place)."""
    entrants = [Entrant(club, place) for place, club in enumerate(table[:league], 1)]
    taken = {e.club for e in entrants}
    rest = iter(enumerate(table[league:], league + 1))
    for club, role in ((winner, "winners"), (loser, "finalists")):
        if club is None:
            continue
        if club not in taken:
            entrants.append(Entrant(club, cup=role))
            taken.add(club)
            continue
        for place, other in rest:
            if other not in taken:
                entrants.append(Entrant(other, place, instead_of=club))
                taken.add(other)
                break
    return entrants


def cup_final(matches: Sequence[Match], rules: TieRules = NO_RULES) -> Tie | None:
    """A cup season's final, or ``None`` when the data holds none."""
    return final_of(rounds(matches, rules))


def cup_winner(matches: Sequence[Match], rules: TieRules = NO_RULES) -> str | None:
    """The winner of a cup season's final, or ``None`` when the data holds no decided final."""
    final = cup_final(matches, rules)
    return None if final is None else final.winner
