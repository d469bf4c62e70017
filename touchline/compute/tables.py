"""League tables at any date, matchday or stage, under each competition's rules.

Pure functions over :class:`~touchline.model.Match` objects: only matches that count (played or
awarded, with a score) go in, clubs are keyed by ``Match.home`` / ``Match.away`` as the source spells
them, and everything a competition does differently (points per result, tie-breaks, split seasons,
halved play-off points, deductions, curtailed seasons) comes from :class:`~touchline.reference.rules.Rules`.

Stages. ``stage=None`` is the regular season (matches without a stage heading or with one of
``Rules.regular_stages``). A stage the rules list is built as they say: ``carry = "full"`` adds the
regular season's results and goals (Danish championship and relegation rounds), ``carry = "halved"``
starts each club from its regular-season points halved and rounded up (Belgian play-offs), and
``carry = "halved_down"`` / ``"halved_record"`` halve the points (rounded down / up) and carry every
result and goal (Austria; Kazakhstan 2011-15). A stage
the rules do not list is a table of its own matches. A stage whose clubs fall into separate groups
that never meet (the Danish relegation round of 2016-17 to 2019-20) is ranked group by group; so is a
regular season played as separate round robins (:func:`round_robins`: the Chinese Super League of 2020
and 2021, two groups of eight; Argentina's Copa de la Liga Profesional 2020, six zones of four).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from touchline.compute.tiebreak import HeadToHead, Line, rank
from touchline.compute.totals import (
    Venue,
    accumulate,
    combine,
    deduct,
    deduction_note,
    form,
    halve,
    lines_for,
    margin_note,
    shootout_note,
)
from touchline.errors import ConfigError, NotFoundError
from touchline.model import Match, Status
from touchline.reference.rules import HEAD_TO_HEAD, Carry, Criterion, Deduction, Rules, StageRule

if TYPE_CHECKING:
    import pandas as pd


_ROUND_NUMBER = re.compile(r"(\d+)")


class TableRow(NamedTuple):
    """One club's line in a table.

    ``points`` already includes ``carried`` points and is net of ``deduction``. ``carried`` is set
    where a stage starts from points carried over (Belgian play-offs: halved, ``rounded`` when a half
    point was added). ``shared`` marks a position shared with another club; ``form`` lists the last
    five results, oldest first (``"WDLWW"``).
    """

    position: int
    club: str
    played: int
    won: int
    drawn: int
    lost: int
    gf: int
    ga: int
    points: int
    deduction: int = 0
    carried: int | None = None
    rounded: bool = False
    form: str = ""
    shared: bool = False
    group: str | None = None
    previous_position: int | None = None
    stage: str | None = None  # in final standings: the stage whose table gave this row

    @property
    def gd(self) -> int:
        """Goal difference."""
        return self.gf - self.ga

    def to_dict(self) -> dict[str, Any]:
        """The row as a plain mapping (JSON and DataFrame export)."""
        return {
            "position": self.position,
            "club": self.club,
            "played": self.played,
            "won": self.won,
            "drawn": self.drawn,
            "lost": self.lost,
            "gf": self.gf,
            "ga": self.ga,
            "gd": self.gd,
            "points": self.points,
            "deduction": self.deduction,
            "carried": self.carried,
            "rounded": self.rounded,
            "form": self.form,
            "shared": self.shared,
            "group": self.group,
            "previous_position": self.previous_position,
            "stage": self.stage,
        }


@dataclass(frozen=True, slots=True)
class LeagueTable:
    """A computed table: its rows in order and what it was computed for."""

    competition: str
    season: str
    rules: Rules
    rows: tuple[TableRow, ...]
    stage: str | None = None
    venue: Venue = "all"
    as_of: dt.date | None = None
    matchday: int | None = None
    notes: tuple[str, ...] = ()
    champion: str | None = None
    deductions: tuple[Deduction, ...] = field(default=())
    final: bool = False  # the season's final standings across its stages (rows name their stage)
    # in final standings: the fixtures of its stages the data lists without a result (scheduled or
    # postponed); with any, the standings are not the season's final table (``to_dict``'s "final" is false)
    unplayed: int = 0

    def __iter__(self) -> Iterator[TableRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def row(self, club: str) -> TableRow:
        """The row of ``club`` (as the matches spell it)."""
        for row in self.rows:
            if row.club == club:
                return row
        raise NotFoundError("club in this table", club, [r.club for r in self.rows if _close(club, r.club)])

    def position(self, club: str) -> int:
        """The position of ``club``."""
        return self.row(club).position

    def to_dict(self) -> dict[str, Any]:
        """The table as plain data (the JSON payload of the table views)."""
        return {
            "competition": self.competition,
            "season": self.season,
            "stage": self.stage,
            "venue": self.venue,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "matchday": self.matchday,
            "champion": self.champion,
            "final": self.final and not self.unplayed,
            "unplayed": self.unplayed,
            "notes": list(self.notes),
            "rows": [row.to_dict() for row in self.rows],
        }

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame, one column per :class:`TableRow` field plus ``gd`` (needs the
        pandas extra: ``pip install 'touchline[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:
            raise ConfigError("pandas exports need pandas: pip install 'touchline[pandas]'") from None

        columns = list(TableRow(0, "", 0, 0, 0, 0, 0, 0, 0).to_dict())
        return pd.DataFrame([row.to_dict() for row in self.rows], columns=columns)


def _close(wanted: str, name: str) -> bool:
    return wanted.casefold() in name.casefold() or name.casefold() in wanted.casefold()


def round_number(label: str | None) -> int | None:
    """The number in a round heading: ``"Matchday 12"`` -> 12; ``None`` when it has none."""
    if not label:
        return None
    found = _ROUND_NUMBER.search(label)
    return int(found.group(1)) if found else None


@dataclass(slots=True)
class Scope:
    """The matches one table is built from, prepared once so that many dates can be ranked cheaply.

    ``target`` holds every fixture of the asked stage and ``counted`` those that count, both in
    chronological order; ``base`` and ``base_counted`` the regular season when the stage carries
    points over from it. ``components`` lists the clubs of each group when a stage has groups (or the
    regular season is played as separate round robins, :func:`round_robins`)."""

    rules: Rules
    stage: str | None  # the stage asked for (None: the regular season)
    stage_rule: StageRule | None
    target: list[Match]
    counted: list[Match]
    base: list[Match]
    base_counted: list[Match]
    clubs: list[str]
    components: list[list[str]]
    competition: str = ""
    season: str = ""
    # clubs whose every fixture was cancelled while the others' were played (:func:`_listed`): no line
    withdrawn: tuple[str, ...] = ()


def prepare(matches: Iterable[Match], rules: Rules, stage: str | None = None) -> Scope:
    """Select the fixtures a table of ``stage`` needs (see the module docstring)."""
    return prepare_sorted(sorted(matches, key=chronological), rules, stage)


def prepare_sorted(
    everything: list[Match],
    rules: Rules,
    stage: str | None,
    by_stage: dict[str | None, list[Match]] | None = None,
) -> Scope:
    """:func:`prepare` for matches already in chronological order (``by_stage``: them by stage heading)."""
    competition = everything[0].competition if everything else rules.competition
    season = everything[0].season if everything else rules.season
    if by_stage is None:
        by_stage = matches_by_stage(everything)
    regular_names = [name for name in by_stage if rules.is_regular(name)]
    if len(regular_names) == 1:
        regular = by_stage[regular_names[0]]
    else:
        regular = sorted((m for name in regular_names for m in by_stage[name]), key=chronological)
    if stage is None or rules.is_regular(stage):
        groups = round_robins(regular)
        clubs, withdrawn = _listed(regular)
        return Scope(
            rules, None, None, regular, _counting(regular), [], [], clubs, groups, competition, season, withdrawn
        )
    stage_rule = rules.stage_rule(stage)
    if stage_rule is not None:
        wanted = [name for name in by_stage if stage_rule.matches_name(name)]
    else:
        wanted = [name for name in by_stage if name is not None and name.casefold() == stage.casefold()]
    if not wanted:
        present = sorted(name for name in by_stage if name)
        raise NotFoundError("stage", stage, present)
    if len(wanted) == 1:
        target = by_stage[wanted[0]]
    else:
        target = sorted((m for name in wanted for m in by_stage[name]), key=chronological)
    base = regular if stage_rule is not None and stage_rule.carry is not Carry.NONE else []
    name = stage_rule.name if stage_rule else stage
    # (a stage cut short may have cancelled all of a club's own fixtures: it stays, its regular season played)
    withdrawn = _listed(base + target)[1]
    clubs = [club for club in _clubs(target) if club not in withdrawn]
    return Scope(
        rules,
        name,
        stage_rule,
        target,
        _counting(target),
        base,
        _counting(base),
        clubs,
        components(target),
        competition,
        season,
        withdrawn,
    )


def matches_by_stage(everything: list[Match]) -> dict[str | None, list[Match]]:
    """The matches by stage heading, each list in the order given, stages in order of first match."""
    by_stage: dict[str | None, list[Match]] = {}
    for match in everything:
        group = by_stage.get(match.stage)
        if group is None:
            group = by_stage[match.stage] = []
        group.append(match)
    return by_stage


# matches in date order; a stable sort keeps the source's order within a day
chronological = attrgetter("date")


def _counting(matches: list[Match]) -> list[Match]:
    counting = (Status.PLAYED, Status.AWARDED)
    return [m for m in matches if m.status in counting and (m.ft is not None or m.et is not None)]


def league_table(
    matches: Iterable[Match],
    rules: Rules,
    *,
    as_of: dt.date | None = None,
    matchday: int | None = None,
    stage: str | None = None,
    venue: Venue = "all",
) -> LeagueTable:
    """The table of ``matches`` (one competition-season) under ``rules``.

    ``as_of`` keeps matches played on or before that date (and deductions decided by then);
    ``matchday`` keeps the stage's rounds up to that number; ``stage`` picks a stage (``None``: the
    regular season); ``venue`` gives the home-only or away-only table.
    """
    return table_for(prepare(matches, rules, stage), as_of=as_of, matchday=matchday, venue=venue)


def table_for(
    scope: Scope, *, as_of: dt.date | None = None, matchday: int | None = None, venue: Venue = "all"
) -> LeagueTable:
    """The table of a prepared :class:`Scope` at a date or matchday."""
    return tables_for(scope, as_of=as_of, matchday=matchday, venues=(venue,))[0]


def tables_for(
    scope: Scope,
    *,
    as_of: dt.date | None = None,
    matchday: int | None = None,
    venues: Sequence[Venue] = ("all",),
) -> list[LeagueTable]:
    """The tables of a prepared :class:`Scope` for several venues from one pass over the matches."""
    rules = scope.rules
    stage_rule = scope.stage_rule
    carry = stage_rule.carry if stage_rule else Carry.NONE
    target = _until(scope.counted, as_of, matchday)
    totals, codes = accumulate(target, rules.points.margin_bonus)
    stage_totals = totals  # the stage's own matches, whatever is carried into ``totals``
    played_scope = target
    fixtures = scope.target
    previous: dict[str, int] = {}
    base_lines: dict[str, Line] = {}
    base_applied: list[Deduction] = []
    if carry is not Carry.NONE:
        base = _until(scope.base_counted, as_of, None)
        base_totals, base_codes = accumulate(base, rules.points.margin_bonus)
        base_lines = lines_for(base_totals, rules, "all", _clubs(scope.base))
        base_applied = deduct(base_lines, rules, None, as_of)
        h2h = HeadToHead(base, _due(scope.base), rules.points)
        previous = {row.club: row.position for row in _ranked(list(base_lines.values()), rules.tiebreak, h2h, [])}
        if carry in (Carry.FULL, Carry.HALVED_DOWN, Carry.HALVED_RECORD):
            # championship/relegation rounds: results and goals of the regular season carried in full
            # (and with HALVED_DOWN or HALVED_RECORD its points halved: see below)
            totals = {club: combine(base_totals.get(club), totals.get(club)) for club in scope.clubs}
            codes = {club: base_codes.get(club, []) + codes.get(club, []) for club in scope.clubs}
            played_scope = base + target
            fixtures = scope.base + scope.target
    components = _labelled(scope.components, previous)

    criteria = stage_rule.tiebreak if stage_rule and stage_rule.tiebreak else rules.tiebreak
    on_ties = Criterion.UNROUNDED_POINTS in criteria
    tables = []
    for venue in venues:
        lines = lines_for(totals, rules, venue, scope.clubs)
        notes: list[str] = []
        applied: list[Deduction] = []
        if venue == "all":
            if carry is Carry.FULL:
                applied += deduct(lines, rules, None, as_of)
            elif carry is Carry.HALVED:
                applied += base_applied
                halve(lines, base_lines, notes, on_ties=on_ties)
            elif carry in (Carry.HALVED_DOWN, Carry.HALVED_RECORD):
                # the season's results in full, the points the stage's own and the regular season's halved
                # (rounded down, or up with HALVED_RECORD)
                own = lines_for(stage_totals, rules, "all", scope.clubs)
                for club, line in lines.items():
                    line.points = own[club].points
                applied += base_applied
                halve(lines, base_lines, notes, down=carry is Carry.HALVED_DOWN, on_ties=on_ties)
            applied += deduct(lines, rules, scope.stage, as_of)
            missing = shootout_note(lines, rules)
            if missing is not None:
                notes.append(missing)
            bonus = margin_note(rules)
            if bonus is not None:
                notes.append(bonus)
            if scope.withdrawn:
                # (a club's matches all cancelled: it withdrew or was expelled, its results struck out)
                notes.append(f"Not listed, every match of theirs cancelled: {', '.join(scope.withdrawn)}.")
            if rules.unreliable:
                # results the data gives wrongly (Argentina 1988-89): the table is theirs, not the real one
                notes.append(f"The data's results are not the real ones: {rules.unreliable}")
        for club, line in lines.items():
            line.previous = previous.get(club)
        notes[:0] = [deduction_note(d) for d in applied]
        champion = None
        decision = rules.decision
        due = _due(fixtures)
        if decision is not None and (as_of is None or as_of >= (decision.date or as_of)):
            # in a season cut short, meetings cancelled with it leave the clubs' head-to-head incomplete
            # (Ligue 1 2019-20: Lyon above Montpellier on goal difference, their second meeting never
            # played), unless the decision ranked clubs on the meetings they had played (Cyprus 2019-20:
            # Omonia above Anorthosis on their 1-0 and 0-0): then no other meeting is due
            due = _due(played_scope) if decision.played_meetings else _due(fixtures, cancelled=True)
            if scope.stage is None or carry is not Carry.NONE:
                # a curtailed season ranks by the decision's criteria, also in a stage begun with the
                # regular season carried over (Wales 2019-20: ended during its split)
                criteria = decision.tiebreak or criteria
            if scope.stage is None:
                notes.append(decision.note)
                champion = decision.champion
        if venue != "all":
            criteria = tuple(c for c in criteria if c not in HEAD_TO_HEAD)
        for club, line in lines.items():
            line.form = form(codes.get(club, []), venue)
        h2h = HeadToHead(played_scope, due, rules.points)
        tables.append(
            LeagueTable(
                competition=scope.competition,
                season=scope.season,
                rules=rules,
                rows=_ranked(list(lines.values()), criteria, h2h, components),
                stage=scope.stage,
                venue=venue,
                as_of=as_of,
                matchday=matchday,
                notes=tuple(notes),
                champion=champion,
                deductions=tuple(applied),
            )
        )
    return tables


def _due(fixtures: list[Match], *, cancelled: bool = False) -> Callable[[], Iterator[Match]]:
    """The fixtures that are or will be played (all but the cancelled, unless ``cancelled``: a season
    cut short), for head-to-head completeness."""

    def due() -> Iterator[Match]:
        return (m for m in fixtures if cancelled or m.status is not Status.CANCELLED)

    return due


def _until(matches: list[Match], as_of: dt.date | None, matchday: int | None) -> list[Match]:
    """Counted matches up to a date and a matchday (the list itself when neither is given)."""
    if as_of is not None:
        matches = [m for m in matches if m.date <= as_of]
    if matchday is not None:
        matches = [m for m in matches if (round_number(m.round) or 0) <= matchday]
    return matches


def _clubs(matches: Iterable[Match]) -> list[str]:
    seen: dict[str, None] = {}
    for match in matches:
        seen.setdefault(match.home)
        seen.setdefault(match.away)
    return list(seen)


def _listed(matches: Sequence[Match]) -> tuple[list[str], tuple[str, ...]]:
    """The clubs a table lists, and those it leaves out: a club whose every fixture was cancelled while
    other clubs' were not withdrew with its results struck out (HFC Haarlem, bankrupt in January 2010,
    in the Eerste Divisie's table of 2009-10; Chester City in the Conference's) and has no line. A stage
    all of whose fixtures were cancelled lists every club."""
    everyone = _clubs(matches)
    live = set(_clubs(m for m in matches if m.status is not Status.CANCELLED))
    if not live or len(live) == len(everyone):
        return everyone, ()
    return [c for c in everyone if c in live], tuple(c for c in everyone if c not in live)


def components(matches: Sequence[Match]) -> list[list[str]]:
    """The groups of a stage: clubs connected by fixtures (one group, the usual case, gives [])."""
    parent: dict[str, str] = {}

    def find(club: str) -> str:
        while parent.setdefault(club, club) != club:
            club = parent[club]
        return club

    for home, away in {(m.home, m.away) for m in matches}:
        a, b = find(home), find(away)
        if a != b:
            parent[b] = a
    members: dict[str, list[str]] = {}
    for club in parent:
        members.setdefault(find(club), []).append(club)
    return list(members.values()) if len(members) > 1 else []


def round_robins(matches: Sequence[Match]) -> list[list[str]]:
    """The groups of a regular season played as separate round robins that never meet: the clubs of each
    group (:func:`components`) where there are two or more and, in each, three clubs or more all listed to
    meet each other (the Chinese Super League of 2020: two groups of eight, 14 games each; Argentina's
    Copa de la Liga Profesional 2020: six zones of four). A season whose fixtures fall apart otherwise (a
    pair of clubs meeting no one else) is one table: ``[]``."""
    groups = components(matches)
    if not groups or any(len(clubs) < 3 for clubs in groups):
        return []
    met = {frozenset((m.home, m.away)) for m in matches}
    whole = all(
        frozenset((club, other)) in met for clubs in groups for i, club in enumerate(clubs) for other in clubs[i + 1 :]
    )
    return groups if whole else []


def _labelled(components: list[list[str]], previous: dict[str, int]) -> list[tuple[str, list[str]]]:
    """Group labels "A", "B", ...: the group holding the best-placed club in the stage before is A (in a
    regular season, with no stage before, the group holding the first club in alphabetical order)."""

    def order(clubs: list[str]) -> tuple[int, str]:
        return (min(previous.get(c, 10_000) for c in clubs), min(clubs))

    ordered = sorted(components, key=order)
    return [(chr(ord("A") + i) if i < 26 else str(i + 1), clubs) for i, clubs in enumerate(ordered)]


def _ranked(
    lines: list[Line], criteria: Sequence[Criterion], h2h: HeadToHead, groups: list[tuple[str, list[str]]]
) -> tuple[TableRow, ...]:
    """Rank the lines (group by group when the stage has groups) into table rows."""
    if not groups:
        return tuple(_rows(rank(lines, criteria, h2h), None))
    by_club = {line.club: line for line in lines}
    rows: list[TableRow] = []
    for label, clubs in groups:
        rows.extend(_rows(rank([by_club[c] for c in clubs if c in by_club], criteria, h2h), label))
    return tuple(rows)


def _rows(ranked: list[list[Line]], group: str | None) -> list[TableRow]:
    rows = []
    position = 1
    for tied in ranked:
        shared = len(tied) > 1
        for line in tied:
            rows.append(
                TableRow(
                    position,
                    line.club,
                    line.won + line.drawn + line.lost,
                    line.won,
                    line.drawn,
                    line.lost,
                    line.gf,
                    line.ga,
                    line.points,
                    line.deduction,
                    line.carried,
                    line.rounded,
                    line.form,
                    shared,
                    group,
                    line.previous,
                )
            )
        position += len(tied)
    return rows


def season_tables(
    matches: Iterable[Match], rules: Rules, *, venues: Sequence[Venue] = ("all",), knockout: bool = False
) -> list[LeagueTable]:
    """Every table of a season: the regular season, then each further stage in order of first match.

    With several ``venues`` each table comes in each venue (full, home, away), computed from one pass.
    Stages that are knock-out ties (:func:`knockout_stage`: "ECL Playoff", "Europa League Finals", Liga
    MX's Liguilla with its play-in) have no table and are left out unless the rules list them or
    ``knockout`` is true.
    """
    everything = sorted(matches, key=chronological)
    by_stage = matches_by_stage(everything)
    tables: list[LeagueTable] = []
    if any(rules.is_regular(stage) for stage in by_stage):
        tables.extend(tables_for(prepare_sorted(everything, rules, None, by_stage), venues=venues))
    seen: set[str] = set()
    for stage, stage_matches in by_stage.items():
        if stage is None or rules.is_regular(stage) or stage.casefold() in seen:
            continue
        seen.add(stage.casefold())
        if not knockout and rules.stage_rule(stage) is None and knockout_stage(stage_matches):
            continue
        tables.extend(tables_for(prepare_sorted(everything, rules, stage, by_stage), venues=venues))
    return tables


def knockout_stage(matches: Sequence[Match]) -> bool:
    """Whether a stage is a knock-out, played in ties rather than in a table: its pairings never close a
    cycle (a round robin of three or more clubs always does; a bracket, where winners meet new opponents,
    never does), or they close one but come as a bracket does (:func:`bracket`: Liga MX's Liguilla, whose
    play-in loser meets a second opponent, San Luis v León then León v América and América v San Luis)."""
    return not _closes_cycle(matches) or bracket(matches)


def _closes_cycle(matches: Sequence[Match]) -> bool:
    """Whether the stage's pairings close a cycle (three clubs or more, each meeting the next)."""
    parent: dict[str, str] = {}

    def find(club: str) -> str:
        while parent.setdefault(club, club) != club:
            club = parent[club]
        return club

    pairs = {(m.home, m.away) if m.home < m.away else (m.away, m.home) for m in matches if m.home != m.away}
    for home, away in pairs:
        a, b = find(home), find(away)
        if a == b:
            return True
        parent[b] = a
    return False


# round headings of groups and league phases: never a knock-out round (as in touchline.compute.ties)
_GROUP_ROUND = re.compile(r"(?i)\b(group|gruppe|gr\.|league phase|matchday|spieltag|poule)\b")


def bracket(matches: Sequence[Match]) -> bool:
    """Whether a stage's pairings come as a knock-out's do: every match has a round heading, and in each
    round each club meets one opponent (the legs of its tie), under a heading that is no group's or
    matchday's, with clubs other than those of any other round (four or more clubs playing round after
    round are a league's matchdays); its clubs do not all meet each other (a group's do, component by
    component) nor all meet as many opponents (a round robin's do, and a Swiss league's): a knock-out's
    losers go out after their first tie while its finalists meet one opponent a round."""
    if not matches or any(not m.round for m in matches):
        return False
    by_round: dict[str, list[Match]] = {}
    for match in matches:
        by_round.setdefault(str(match.round), []).append(match)
    sets: set[frozenset[str]] = set()
    for heading, found in by_round.items():
        opponent: dict[str, str] = {}
        for match in found:
            for club, other in ((match.home, match.away), (match.away, match.home)):
                if match.home == match.away or opponent.setdefault(club, other) != other:
                    return False  # a club meeting two opponents in one round: a group's matchday
        clubs = frozenset(opponent)
        if _GROUP_ROUND.search(heading) or (len(clubs) >= 4 and clubs in sets):
            return False
        sets.add(clubs)
    opponents: dict[str, set[str]] = {}
    for match in matches:
        opponents.setdefault(match.home, set()).add(match.away)
        opponents.setdefault(match.away, set()).add(match.home)
    if len({len(met) for met in opponents.values()}) == 1:
        return False  # every club met as many opponents: a round robin, not clubs going out
    groups = components(matches) or [list(opponents)]
    return not all(len(opponents[club]) == len(group) - 1 for group in groups for club in group)


def position_over_time(
    matches: Iterable[Match],
    rules: Rules,
    club: str,
    *,
    stage: str | None = None,
    by: Literal["date", "matchday"] = "date",
) -> list[tuple[dt.date | int, int]]:
    """The club's position after each of its matches, keyed by date (or by matchday number)."""
    scope = prepare(matches, rules, stage)
    own = [m for m in scope.target if m.counts and club in (m.home, m.away)]
    if not own and club not in _clubs(scope.target):
        raise NotFoundError("club in this competition", club, [c for c in _clubs(scope.target) if _close(club, c)])
    result: list[tuple[dt.date | int, int]] = []
    if by == "matchday":
        numbers = sorted({n for m in own if (n := round_number(m.round)) is not None})
        for number in numbers:
            result.append((number, table_for(scope, matchday=number).position(club)))
        return result
    for date in sorted({m.date for m in own}):
        result.append((date, table_for(scope, as_of=date).position(club)))
    return result


def position_at(matches: Iterable[Match], rules: Rules, club: str, date: dt.date, *, stage: str | None = None) -> int:
    """The club's position in the table on ``date`` (after that day's matches)."""
    return league_table(matches, rules, as_of=date, stage=stage).position(club)
