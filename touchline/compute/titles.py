"""Who won a season: the league champion from the final tables, the cup winner from the final.

Pure functions over one competition-season's matches. :func:`champion` reads the competition's rules:
a declared champion (a curtailed season) first; in a season split into a championship round or
play-offs, the top of the first stage the rules list (the championship round, Play-off I); otherwise
the top of the regular table. :func:`cup_winner` takes the season's last match as its final and gives
its winner, counting extra time, a first leg and a shoot-out.
"""

from __future__ import annotations

from collections.abc import Sequence

from touchline.compute.tables import season_tables
from touchline.model import Match
from touchline.reference.rules import Rules, SeasonFormat


def champion(matches: Sequence[Match], rules: Rules) -> str | None:
    """The club that won the league season, or ``None`` when the matches do not settle it."""
    if rules.decision is not None and rules.decision.champion:
        return rules.decision.champion
    if not any(m.counts for m in matches):
        return None
    tables = season_tables(matches, rules)
    if not tables:
        return None
    wanted = rules.stages[0] if rules.format is not SeasonFormat.SINGLE and rules.stages else None
    for table in tables:
        if wanted is not None and wanted.matches_name(table.stage) and table.rows:
            return table.rows[0].club
    if wanted is not None:
        return None  # a split season whose championship round the data lacks: not settled here
    return tables[0].rows[0].club if tables[0].rows else None


def cup_winner(matches: Sequence[Match]) -> str | None:
    """The winner of a cup season's final (its last counted match), or ``None`` without one."""
    played = [m for m in matches if m.counts]
    if not played:
        return None
    final = max(played, key=lambda m: (m.date, m.time or ""))
    if sum(1 for m in played if m.date == final.date) > 1:
        return None  # several matches on the last day: no single final
    score = final.final
    assert score is not None
    home, away = score.home, score.away
    first_leg = next(
        (
            m
            for m in sorted(played, key=lambda m: m.date, reverse=True)
            if m is not final and (m.home, m.away) == (final.away, final.home) and 0 < (final.date - m.date).days <= 31
        ),
        None,
    )
    if first_leg is not None and first_leg.final is not None:
        # a two-legged final (the UEFA Cup's until 1997): the aggregate decides; level, it is not settled here
        home, away = home + first_leg.final.away, away + first_leg.final.home
    if home == away and final.pens is not None:
        home, away = final.pens.home, final.pens.away
    if home == away:
        return None
    return final.home if home > away else final.away
