"""A competition's rules for a season, read from ``data/rules/<code>.toml``.

Rules are data (STYLE.md, convention 5): points per result by era, the ordered tie-break criteria,
split-season formats (championship and relegation rounds, Belgian play-offs), point deductions and a
competition's decisions about curtailed seasons are declared per competition in TOML files that cite
their sources; :func:`rules_for` layers a file's eras for one season into a frozen :class:`Rules`.
A competition without a file gets its country's points by era from ``data/rules/_countries.toml`` (two
points for a win until the season the country switched to three, a sourced default otherwise), then
goal difference, then goals for (or the country's tie-break eras); ``Rules.known`` stays false. A file
whose eras do not set ``points`` or ``tiebreak`` for a season takes the country's for it too.

A rules file looks like this (every key optional except ``code``)::

    code = "be.1"
    name = "Belgian First Division A"

    [[era]]                       # eras apply in file order; a later era overrides the keys it sets
    seasons = "1995-96.."         # "FROM..TO", either end open; seasons compare as Season objects
    points = { win = 3, draw = 1, loss = 0 }
                                  # where a level match went to a shoot-out for points (Norway 1987):
                                  # { win = 3, draw = 1, loss = 0, shootout_win = 2, shootout_loss = 1 },
                                  # draw then counting only for a level match without its shoot-out;
                                  # where a big win earned a point more (Poland 1986-87 to 1989-90):
                                  # { win = 2, draw = 1, loss = 0, margin_bonus = 3 }, a win by three
                                  # goals or more giving its winner one point more and its loser one less
    tiebreak = ["points", "wins", "goal_difference", "goals_for"]
    balanced = false              # the regular season is no whole number of round robins (A-League)
    premiership = "Supporters' Shield"  # where play-offs decide the title: the table's top, an honour
    championship = "MLS Cup"      # and the title the play-offs' final wins, as honours lists name it
    decider = ["Playoff"]         # knock-out stages whose final decides the title, whoever topped the
                                  # table (J.League: the stage winners meet); winner first, loser second
    unreliable = "..."            # results the data gives wrongly, in a way touchline cannot mend
                                  # (Argentina 1988-89: each draw's shoot-out inside its score): the
                                  # season's tables and every spell counting it say so (spells partial)

    [[era.stage]]                 # a stage with its own table, e.g. a championship round
    name = "Playoff I"
    carry = "halved"              # none | full | halved (rounded up) | halved_down | halved_record
    tiebreak = ["points", "unrounded_points", "previous_position"]
    final = true                  # its order gives its clubs' final positions (false: Playoff II)

    ``tiebreak`` names :class:`Criterion` values, tried in order. Head-to-head comes in three forms:
    ``h2h_*`` take the matches among the clubs still level and recompute them for any clubs those leave
    level (La Liga); ``group_h2h_*`` take the mini-table of the whole group level when the first of them
    comes up and keep it (Serie A's "classifica avulsa": 1980-81 Brescia below Como on the five clubs'
    mini-table, though Brescia had the better of their meetings); ``pair_h2h_*`` apply only to two clubs.

    ``carry``: ``none`` starts the stage from nothing; ``full`` carries every point, result and goal of
    the regular season; ``halved`` only its points, halved and rounded up (the stage's own results and
    goals beside them); ``halved_down`` and ``halved_record`` its points halved (rounded down, rounded
    up) with every result and goal carried, so that the record of the whole season decides ties.

    [[deduction]]
    season = "2023-24"
    club = "Everton"
    points = 8

    A deduction with ``last = true`` also places the club last, below every other whatever its points
    (a club expelled or stripped of its licence in mid-season, its results kept: Neuchâtel Xamax in the
    Swiss Super League of 2011-12); ``points`` may then be 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from touchline.errors import DataError
from touchline.model import Season, SeasonRange
from touchline.reference import load_toml


class Criterion(StrEnum):
    """A tie-break criterion; a table sorts on these in the order the rules list them.

    Every criterion ranks the larger value first except where noted. ``h2h_*`` criteria are computed
    on the matches among the clubs still tied (a mini-league), ``group_h2h_*`` on those of the whole
    group tied when the first of them comes up; both apply only once all those matches have been played.
    """

    POINTS = "points"
    GOAL_DIFFERENCE = "goal_difference"
    GOAL_AVERAGE = "goal_average"  # goals for divided by goals against (England before 1976-77)
    GOALS_FOR = "goals_for"
    FEWER_GOALS_AGAINST = "fewer_goals_against"
    WINS = "wins"
    FEWER_LOSSES = "fewer_losses"
    AWAY_GOALS_FOR = "away_goals_for"
    AWAY_WINS = "away_wins"
    H2H_POINTS = "h2h_points"
    H2H_GOAL_DIFFERENCE = "h2h_goal_difference"
    H2H_GOALS_FOR = "h2h_goals_for"
    H2H_AWAY_GOALS = "h2h_away_goals"
    # head-to-head only where exactly two clubs are level when it comes up, skipped for three or more
    # (Israel: two clubs by their meetings, three or more by goal difference)
    PAIR_H2H_POINTS = "pair_h2h_points"
    PAIR_H2H_GOAL_DIFFERENCE = "pair_h2h_goal_difference"
    # head-to-head on the mini-league of the whole group level when the first of these comes up, kept
    # for every club of that group even after some are separated (not recomputed for the clubs still
    # level, as ``h2h_*`` are): Serie A's "classifica avulsa" from 1980-81, where Como (-1 in
    # the five clubs' matches) stayed up over Brescia (-2) though Brescia had the better of their two
    # meetings
    GROUP_H2H_POINTS = "group_h2h_points"
    GROUP_H2H_GOAL_DIFFERENCE = "group_h2h_goal_difference"
    GROUP_H2H_GOALS_FOR = "group_h2h_goals_for"
    POINTS_PER_GAME = "points_per_game"  # curtailed seasons decided on points per game (Ligue 1 2019-20)
    # points halved and rounded: a club rounded up (Belgium) loses a tie on points, one rounded down
    # (Austria) wins it
    UNROUNDED_POINTS = "unrounded_points"
    PREVIOUS_POSITION = "previous_position"  # position in the stage points were carried from (lower first)


HEAD_TO_HEAD = frozenset(
    {
        Criterion.H2H_POINTS,
        Criterion.H2H_GOAL_DIFFERENCE,
        Criterion.H2H_GOALS_FOR,
        Criterion.H2H_AWAY_GOALS,
        Criterion.PAIR_H2H_POINTS,
        Criterion.PAIR_H2H_GOAL_DIFFERENCE,
        Criterion.GROUP_H2H_POINTS,
        Criterion.GROUP_H2H_GOAL_DIFFERENCE,
        Criterion.GROUP_H2H_GOALS_FOR,
    }
)


class Carry(StrEnum):
    """What a stage takes over from the stage before it."""

    NONE = "none"  # starts from zero
    FULL = "full"  # points, results and goals carried over in full (Danish Superliga since 2016-17)
    HALVED = "halved"  # points only, halved and rounded up (Belgian play-offs since 2009-10)
    # points halved and rounded down, results and goals carried in full (Austrian Bundesliga since 2018-19)
    HALVED_DOWN = "halved_down"
    # points halved and rounded up, results and goals carried in full (Kazakhstan 2011-15: ties on points
    # go to the whole season's record)
    HALVED_RECORD = "halved_record"


class SeasonFormat(StrEnum):
    """How a season is organised."""

    SINGLE = "single"  # one table
    SPLIT = "split"  # a regular season, then championship and relegation rounds
    PLAYOFFS = "playoffs"  # a regular season, then play-off groups with carried (halved) points


@dataclass(frozen=True, slots=True)
class Points:
    """Points for a win, a draw and a loss; in a season whose level league matches went to a penalty
    shoot-out, the shoot-out's winner and loser each get points of their own.

    ``shootout_win`` and ``shootout_loss`` (both ``None`` in every other season: a shoot-out after a
    level match then counts as the draw it is) are the points of a level match won and lost on
    penalties: Norway's 1. divisjon of 1987 gave 3, 2, 1, 0, the NSL of 1994-95 4, 2, 1, 0. ``draw``
    then counts only for a level match the data holds no shoot-out for (a table note says how many).

    ``margin_bonus`` (``None`` in every other season) is the goal margin from which a win earns its
    winner one point more and costs its loser one: Poland's Ekstraklasa of 1986-87 to 1989-90 gave 3,
    1, 0 for a win by three goals or more (2 + 1 and 0 - 1), 2, 1, 0 otherwise ("1 extra point for each
    win with a goal difference of 3 or more, and 1 point deducted for each loss with a goal difference
    of 3 or more", en.wikipedia "1988–89 Ekstraklasa"). It counts in every table and mini-league.
    """

    win: int = 3
    draw: int = 1
    loss: int = 0
    shootout_win: int | None = None
    shootout_loss: int | None = None
    margin_bonus: int | None = None

    @property
    def most(self) -> int:
        """The most points one match can give a side (a win, with its margin bonus if any)."""
        return self.win + (1 if self.margin_bonus is not None else 0)

    @property
    def least(self) -> int:
        """The fewest points one match can give a side (a loss, less its margin's point if any)."""
        return self.loss - (1 if self.margin_bonus is not None else 0)

    def margin(self, goals: int) -> int:
        """The bonus of the winner of a match won by ``goals`` (its loser's is the negation): 1 from
        ``margin_bonus`` goals on, else 0."""
        return 1 if self.margin_bonus is not None and goals >= self.margin_bonus else 0

    @property
    def shootouts(self) -> bool:
        """Whether a level match's shoot-out gives its own points (winner and loser)."""
        return self.shootout_win is not None

    def level(self, pens: tuple[int, int] | None) -> tuple[int, int]:
        """The points of the home and away sides for a level match with shoot-out ``pens`` (home, away
        kicks scored, ``None`` where the data holds none)."""
        if self.shootout_win is None or self.shootout_loss is None or pens is None or pens[0] == pens[1]:
            return self.draw, self.draw
        if pens[0] > pens[1]:
            return self.shootout_win, self.shootout_loss
        return self.shootout_loss, self.shootout_win


@dataclass(frozen=True, slots=True)
class Deduction:
    """Points taken off a club (``points`` > 0) in one stage of a season, from ``date`` on if known.

    ``club`` is matched against the clubs' names as the matches spell them; ``names`` lists other
    spellings used by other sources.
    """

    club: str
    points: int
    reason: str
    source: str
    date: dt.date | None = None
    stage: str | None = None
    names: tuple[str, ...] = ()
    last: bool = False  # the club is also placed last, below every other whatever its points

    def applies_to(self, club: str) -> bool:
        """Whether this deduction is for the club spelled ``club``."""
        key = club.casefold()
        return key == self.club.casefold() or any(key == name.casefold() for name in self.names)


@dataclass(frozen=True, slots=True)
class StageRule:
    """A stage with its own table after the regular season (championship round, play-off group)."""

    name: str
    aliases: tuple[str, ...] = ()
    carry: Carry = Carry.NONE
    tiebreak: tuple[Criterion, ...] = ()  # empty: the competition's own
    final: bool = True  # its table ranks its clubs in the season's final standings (False: Playoff II)

    def matches_name(self, stage: str | None) -> bool:
        """Whether a match's stage heading names this stage."""
        if stage is None:
            return False
        key = stage.casefold()
        return key == self.name.casefold() or any(key == alias.casefold() for alias in self.aliases)


@dataclass(frozen=True, slots=True)
class Decision:
    """A competition's decision about a season that could not be finished (curtailed seasons).

    The final table is the table of the matches played, ranked by ``tiebreak`` when the decision sets
    one (points per game), with ``champion`` declared by the competition. A ``void`` season has no
    champion nor runner-up (Eredivisie 2019-20); a ``revoked`` title was taken away and given to nobody:
    the table stands, its second is runner-up (Serie A 2004-05).

    Head-to-head criteria rank clubs on their meetings only once all of them are played; by default the
    meetings cancelled with the season leave them incomplete (Ligue 1 2019-20: Lyon above Montpellier on
    goal difference, their second meeting never played). ``played_meetings``: the competition ranked
    clubs on the meetings they had played (Cyprus 2019-20: Omonia above Anorthosis on their 1-0 and 0-0).
    """

    note: str
    source: str
    date: dt.date | None = None
    champion: str | None = None
    tiebreak: tuple[Criterion, ...] = ()
    void: bool = False
    revoked: bool = False
    played_meetings: bool = False


@dataclass(frozen=True, slots=True)
class Rules:
    """One competition's rules for one season."""

    competition: str
    season: str
    name: str = ""
    points: Points = field(default_factory=Points)
    tiebreak: tuple[Criterion, ...] = (Criterion.POINTS, Criterion.GOAL_DIFFERENCE, Criterion.GOALS_FOR)
    format: SeasonFormat = SeasonFormat.SINGLE
    regular_stages: tuple[str, ...] = ("Regular Season",)
    stages: tuple[StageRule, ...] = ()
    deductions: tuple[Deduction, ...] = ()
    decision: Decision | None = None
    sources: tuple[str, ...] = ()
    known: bool = False  # False: no rules file covers this competition and season (defaults used)
    unmodelled: str = ""  # a format touchline does not model (its tables are the matches' sum, no more)
    # results the data gives wrongly, in a way touchline cannot mend (Argentina 1988-89: each drawn match's
    # shoot-out folded into its score): tables and managers' records say so, never passing them as exact
    unreliable: str = ""
    # False: the regular season is not a whole number of round robins by design (the A-League's 26
    # rounds of twelve clubs); it is complete once every club has played the same number of games
    balanced: bool = True
    # where a finals series decides the title: what topping the regular season is called, an honour of
    # its own ("Supporters' Shield", "A-League Premiership"); "" where it is none
    premiership: str = ""
    championship: str = ""  # the title the finals series' winner wins ("MLS Cup"); "": the league's name
    # knock-out stages whose final decides the title whoever topped the table (J.League's championship
    # between the winners of its two stages): its winner heads the final standings, its loser second
    deciders: tuple[str, ...] = ()

    def stage_rule(self, stage: str) -> StageRule | None:
        """The rule of the stage named ``stage`` (by name or alias), if the rules list it."""
        for rule in self.stages:
            if rule.matches_name(stage):
                return rule
        return None

    def is_decider(self, stage: str | None) -> bool:
        """Whether a match's stage heading names a stage whose final decides the title."""
        return stage is not None and any(stage.casefold() == name.casefold() for name in self.deciders)

    def is_regular(self, stage: str | None) -> bool:
        """Whether a match's stage heading belongs to the regular season (no heading counts as regular)."""
        if stage is None:
            return True
        key = stage.casefold()
        return any(key == name.casefold() for name in self.regular_stages)


DEFAULT = Rules(competition="", season="")

_E = TypeVar("_E", bound=StrEnum)


def rules_for(competition: str, season: str) -> Rules:
    """The rules of ``competition`` (a code such as ``be.1``) in ``season`` (``2018-19`` or ``2023``).

    Unknown competitions get the default 3-1-0, goal difference, goals for; ``Rules.known`` says which.
    """
    return _rules_for(competition, str(Season.parse(season)))


@cache
def _rules_for(competition: str, season: str) -> Rules:
    data = _rules_files().get(competition)
    if data is None:
        return _country_rules(competition, season)
    when = Season.parse(season)
    values: dict[str, Any] = {}
    for index, era in enumerate(data.get("era", ())):
        if _in_range(when, str(era.get("seasons", "..")), f"{competition} era {index + 1}"):
            values.update({k: v for k, v in era.items() if k != "seasons"})
    where = f"rules for {competition}"
    # what the file's eras leave out (points before the file's first era, old tie-breaks) is the
    # country's, as for a competition without a file
    country = _country_rules(competition, season)
    rules = Rules(
        competition=competition,
        season=season,
        name=_season_name(competition, season) or str(data.get("name", competition)),
        points=_points(values["points"], where) if "points" in values else country.points,
        tiebreak=_criteria(values["tiebreak"], where) if "tiebreak" in values else country.tiebreak,
        format=_enum(SeasonFormat, values.get("format", "single"), where),
        regular_stages=tuple(values.get("regular_stages", DEFAULT.regular_stages)),
        stages=tuple(_stage(stage, where) for stage in values.get("stage", ())),
        deductions=tuple(
            _deduction(d, where) for d in data.get("deduction", ()) if Season.parse(str(d["season"])) == when
        ),
        decision=next(
            (_decision(d, where) for d in data.get("decision", ()) if Season.parse(str(d["season"])) == when),
            None,
        ),
        sources=tuple(str(s) for s in data.get("sources", ())) + tuple(values.get("sources", ())),
        known=True,
        unmodelled=str(values.get("unmodelled", "")),
        unreliable=str(values.get("unreliable", "")),
        balanced=bool(values.get("balanced", True)),
        premiership=str(values.get("premiership", "")),
        championship=str(values.get("championship", "")),
        deciders=tuple(str(name) for name in values.get("decider", ())),
    )
    return rules


TWO_POINTS = Points(2, 1, 0)


def _season_name(competition: str, season: str) -> str:
    """The competition's name in that season as the catalogue gives it ("First Division" for eng.1 in
    1980-81), or "" when the catalogue does not name it."""
    from touchline.reference.competitions import name_in

    name = name_in(competition, season)
    return name if name != competition else ""


def _country_rules(competition: str, season: str) -> Rules:
    """The rules of a competition without a file: its country's points and tie-breaks by era."""
    from touchline.reference.competitions import competition as catalogued

    found = catalogued(competition)
    country = found.country
    default, countries = _countries()
    entry = countries.get(country or "", default)
    when = Season.parse(season)
    where = "touchline/data/rules/_countries.toml"
    switch = Season.parse(str(entry.get("three_points_from", default["three_points_from"])))
    tiebreak = DEFAULT.tiebreak
    for era in entry.get("era", ()):
        if _in_range(when, str(era.get("seasons", "..")), f"{where} {country}"):
            tiebreak = _criteria(era.get("tiebreak", tiebreak), where)
    source = str(entry.get("source", default.get("source", "")))
    return replace(
        DEFAULT,
        competition=competition,
        season=season,
        name=_season_name(competition, season),
        points=Points() if when.start >= switch.start else TWO_POINTS,
        tiebreak=tiebreak,
        sources=(f"points by country: {source}",) if country else (),
    )


@cache
def _countries() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(the default, each country's entry) of ``data/rules/_countries.toml``."""
    name = "touchline/data/rules/_countries.toml"
    text = resources.files("touchline").joinpath("data/rules/_countries.toml").read_text(encoding="utf-8")
    data = load_toml(text, name)
    default = data.get("default", {})
    if "three_points_from" not in default:
        raise DataError(f"{name}: [default] needs three_points_from")
    countries = {}
    for entry in data.get("country", ()):
        if not isinstance(entry.get("code"), str):
            raise DataError(f'{name}: a [[country]] without code = "..."')
        countries[entry["code"]] = entry
    return default, countries


def known_competitions() -> list[str]:
    """The competition codes that have a rules file."""
    return sorted(_rules_files())


@cache
def _rules_files() -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    folder = resources.files("touchline").joinpath("data/rules")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml") or entry.name.startswith("_"):
            continue
        data = load_toml(entry.read_text(encoding="utf-8"), f"touchline/data/rules/{entry.name}")
        code = data.get("code")
        if not isinstance(code, str):
            raise DataError(f"rules file {entry.name}: missing 'code = \"...\"'")
        _check_keys(data, entry.name)
        files[code] = data
    return files


_KEYS = {
    "": {"code", "name", "sources", "era", "deduction", "decision"},
    "era": {
        "seasons",
        "points",
        "tiebreak",
        "format",
        "regular_stages",
        "stage",
        "sources",
        "unmodelled",
        "unreliable",
        "balanced",
        "premiership",
        "championship",
        "decider",
    },
    "stage": {"name", "aliases", "carry", "tiebreak", "final"},
    "deduction": {"season", "club", "names", "points", "date", "stage", "reason", "source", "last"},
    "decision": {"season", "date", "champion", "tiebreak", "note", "source", "void", "revoked", "played_meetings"},
}


def _check_keys(data: Mapping[str, Any], file: str) -> None:
    """A misspelt key is an error, not a rule silently ignored."""

    def check(table: Mapping[str, Any], kind: str) -> None:
        unknown = sorted(set(table) - _KEYS[kind])
        if unknown:
            where = f"[[{kind}]]" if kind else "top level"
            allowed = ", ".join(sorted(_KEYS[kind]))
            raise DataError(f"rules file {file}: unknown key {unknown[0]!r} at {where} (known: {allowed})")

    check(data, "")
    for era in data.get("era", ()):
        check(era, "era")
        for stage in era.get("stage", ()):
            check(stage, "stage")
    for kind in ("deduction", "decision"):
        for table in data.get(kind, ()):
            check(table, kind)


def _in_range(season: Season, text: str, where: str) -> bool:
    try:
        return season in SeasonRange.parse(text)
    except ValueError:
        raise DataError(f'{where}: bad season range {text!r} (expected e.g. "1995-96..2019-20")') from None


_POINT_KEYS = {"win", "draw", "loss", "shootout_win", "shootout_loss", "margin_bonus"}


def _points(value: object, where: str) -> Points:
    if value is None:
        return Points()
    if not isinstance(value, Mapping):
        raise DataError(f"{where}: points must be a table like {{ win = 3, draw = 1, loss = 0 }}")
    unknown = sorted(set(value) - _POINT_KEYS)
    if unknown:
        raise DataError(f"{where}: unknown points key {unknown[0]!r} (known: {', '.join(sorted(_POINT_KEYS))})")
    shootout = [value.get("shootout_win"), value.get("shootout_loss")]
    if (shootout[0] is None) != (shootout[1] is None):
        raise DataError(f"{where}: points need both shootout_win and shootout_loss, or neither")
    margin = value.get("margin_bonus")
    if margin is not None and (isinstance(margin, bool) or not isinstance(margin, int) or margin < 1):
        raise DataError(f"{where}: margin_bonus must be a goal margin of 1 or more, not {margin!r}")
    return Points(
        int(value.get("win", 3)),
        int(value.get("draw", 1)),
        int(value.get("loss", 0)),
        None if shootout[0] is None else int(shootout[0]),
        None if shootout[1] is None else int(shootout[1]),
        margin,
    )


def _enum(kind: type[_E], value: object, where: str) -> _E:
    try:
        return kind(str(value))
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise DataError(f"{where}: unknown {kind.__name__} {value!r} (choose from {choices})") from None


def _criteria(values: Sequence[object], where: str) -> tuple[Criterion, ...]:
    return tuple(_enum(Criterion, value, where) for value in values)


def _stage(data: Mapping[str, Any], where: str) -> StageRule:
    return StageRule(
        name=str(data["name"]),
        aliases=tuple(str(a) for a in data.get("aliases", ())),
        carry=_enum(Carry, data.get("carry", "none"), where),
        tiebreak=_criteria(data.get("tiebreak", ()), where),
        final=bool(data.get("final", True)),
    )


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _deduction(data: Mapping[str, Any], where: str) -> Deduction:
    return Deduction(
        club=str(data["club"]),
        points=int(data["points"]),
        reason=str(data.get("reason", "")),
        source=str(data.get("source", "")),
        date=_date(data.get("date")),
        stage=data.get("stage"),
        names=tuple(str(n) for n in data.get("names", ())),
        last=bool(data.get("last", False)),
    )


def _decision(data: Mapping[str, Any], where: str) -> Decision:
    return Decision(
        note=str(data.get("note", "")),
        source=str(data.get("source", "")),
        date=_date(data.get("date")),
        champion=data.get("champion"),
        tiebreak=_criteria(data.get("tiebreak", ()), where),
        void=bool(data.get("void", False)),
        revoked=bool(data.get("revoked", False)),
        played_meetings=bool(data.get("played_meetings", False)),
    )
