"""Reader for engsoccerdata's raw CSV files (github.com/jalapic/engsoccerdata, ``data-raw/``).

Two layouts, told apart by the header row:

- league files, named after the country (``belgium.csv``, ``belgium_current_2024_raw.csv``,
  ``germany.csv``): ``Date,Season,home,visitor,FT,hgoal,vgoal,division,tier,...``. ``Season`` is the
  start year (``1995`` -> ``1995-96``); the competition comes from the country (file name) and ``tier``
  through :data:`LEAGUES`. Germany's ``division`` column splits the 2. Bundesliga of 1974-81 into
  ``2North``/``2South``; that becomes the match's ``stage`` so the two groups keep separate tables.
- ``champs.csv``, the European Cup / Champions League 1955-56 onwards, one row per leg with the tie's
  aggregate and winner. Qualifying rounds (:data:`QUALIFYING_ROUNDS`) become ``uefa.cl.q``, everything
  else ``uefa.cl``, as worldfootball splits them. Team names stay as the file spells them; the countries
  go into ``extra`` (``home_country``, ``away_country``), with ``agg`` (the tie's aggregate after extra
  time, from this row's home side), ``tie_winner`` and ``decided_by`` (``"away goals"``, ``"penalties"``,
  ``"coin toss"``, ``"walkover"``) when the file gives them.

``dfbpokal.csv`` is rejected on purpose: it is a four-match stub of the 2020-21 DFB-Pokal first round,
and reading it would add a partial cup season next to the complete ones other sources hold. ``sniff``
does not claim it and ``parse`` raises a ParseError saying so. ``teamnames.csv`` is a name map, not
match data, and is not claimed either; ``explain`` says both are left out on purpose.

Columns are matched whatever their case, spaces or underscores, and semicolons or tabs may separate them
(:mod:`touchline.sources.csvrows`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath

from touchline.errors import ParseError
from touchline.model import Match, Score, Season, Status
from touchline.reference.competitions import misdated
from touchline.sources import Refusal, read_file
from touchline.sources.csvrows import BadField, Build, column_index, column_key, header_columns, parse_rows
from touchline.sources.limits import FIRST_YEAR, MAX_GOALS, goals_problem, quoted, today, year_problem

FORMAT = "engsoccerdata"

# (country in the file name, tier) -> competition code. Add a country here to read its file.
LEAGUES: dict[str, dict[str, str]] = {
    "belgium": {"1": "be.1", "2": "be.2"},
    "germany": {"1": "de.1", "2": "de.2"},
}

# Germany's regional second tier of 1974-75 to 1980-81: two groups, each with its own table.
DIVISION_STAGES: dict[str, str] = {"2North": "North", "2South": "South"}

# champs.csv rounds played before the competition proper (worldfootball's uefa.cl.q): the preliminary
# rounds of 1966-92 ("PrelimF") and 1993-96 ("prelim"), and the qualifying rounds from 1997.
QUALIFYING_ROUNDS = frozenset({"PrelimF", "prelim", "Q-1", "Q-2", "Q-3", "Q-PO"})

# champs.csv labels 1973-74's first round "1" where every other season says "Round1".
_ROUND_NAMES = {"1": "Round1"}

_LEAGUE_REQUIRED = ("Date", "Season", "home", "visitor", "hgoal", "vgoal", "tier")
_CHAMPS_REQUIRED = (
    "Date",
    "Season",
    "round",
    "leg",
    "home",
    "visitor",
    "HT",
    "aet",
    "pens",
    "hgoal",
    "vgoal",
    "aethgoal",
    "aetvgoal",
    "totagg_home",
    "totagg_visitor",
    "tiewinner",
    "hcountry",
    "vcountry",
)
# engsoccerdata's DFB-Pokal layout (lower-case names, venue and attendance): see the module docstring
_DFBPOKAL_MARKERS = frozenset({"venue", "attendance", "tie"})
# engsoccerdata's team-name map (teamnames.csv)
_TEAMNAMES_MARKERS = frozenset({"name", "nameother", "mostrecent"})
_CHAMPS_KEYS = frozenset(column_key(name) for name in _CHAMPS_REQUIRED)
_LEAGUE_KEYS = frozenset(column_key(name) for name in _LEAGUE_REQUIRED)
_NA = ("NA", "")
_SCORE = re.compile(r"^([0-9]+)-([0-9]+)$")
_DFBPOKAL_REASON = (
    "engsoccerdata's DFB-Pokal file is not read: it is a 4-match stub of the 2020-21 first round "
    "(use openfootball's de.cup files for the DFB-Pokal)"
)


def parse(
    text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """Yield the matches of an engsoccerdata CSV file (league or ``champs.csv`` layout)."""
    return parse_rows(text, file=file, errors=errors, builder=lambda header: _builder(header, file, source))


def read(path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]:
    """Read an engsoccerdata CSV file and yield its matches."""
    return read_file(parse, path, source=source, errors=errors)


def sniff(path: Path, head: str) -> bool:
    """Whether the file is an engsoccerdata match file this reader can read (by header and file name)."""
    if path.suffix.lower() != ".csv":
        return False
    columns = set(header_columns(head))
    if columns.issuperset(_CHAMPS_KEYS):
        return True
    # a league file is only readable when its name says which country it is
    return columns.issuperset(_LEAGUE_KEYS) and _country(path) is not None


def explain(path: Path, head: str) -> Refusal | None:
    """Why an engsoccerdata ``.csv`` file is not read: the DFB-Pokal stub and the team-name map (on
    purpose), or a league file whose name names no country."""
    if path.suffix.lower() != ".csv":
        return None
    columns = set(header_columns(head))
    if columns >= _DFBPOKAL_MARKERS:
        return Refusal(_DFBPOKAL_REASON, on_purpose=True)
    if columns >= _TEAMNAMES_MARKERS:
        return Refusal("engsoccerdata's team-name map, not match data", on_purpose=True)
    if columns.issuperset(_LEAGUE_KEYS) and _country(path) is None:
        return Refusal(
            "an engsoccerdata league file whose name names no country "
            f"(name it after one: {', '.join(f'{c}.csv' for c in LEAGUES)})"
        )
    return None


def _builder(columns: Sequence[str], file: str, source: str) -> Build:
    """The row reader for the layout the header names; a ParseError (line 1) when it cannot be read."""
    index = column_index(columns)
    names = set(index)
    if names >= _DFBPOKAL_MARKERS:
        raise ParseError(_DFBPOKAL_REASON, file=file, line=1)
    if "home" not in names and "visitor" not in names:
        raise ParseError(
            "not an engsoccerdata match file: the header row has no home and visitor columns "
            "(this reader reads champs.csv and the country league files such as belgium.csv)",
            file=file,
            line=1,
        )
    if names & {"round", "leg", "tiewinner", "hcountry"}:
        _require(index, _CHAMPS_REQUIRED, file, "champs.csv")
        return _champs(index, file, source)
    _require(index, _LEAGUE_REQUIRED, file, "a league file")
    country = _country(PurePath(file))
    if country is None:
        raise ParseError(
            "cannot tell the country from the file name "
            f"(engsoccerdata league files are named after it: {', '.join(f'{c}.csv' for c in LEAGUES)})",
            file=file,
            line=1,
        )
    return _league(index, LEAGUES[country], file, source)


def _require(index: dict[str, int], required: Sequence[str], file: str, what: str) -> None:
    missing = [name for name in required if column_key(name) not in index]
    if missing:
        raise ParseError(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} in the header row "
            f"(expected {what}'s columns: {','.join(required)})",
            file=file,
            line=1,
        )


def _country(path: PurePath) -> str | None:
    """``belgium_current_2024_raw.csv`` -> ``belgium``: the first word of the name that is a known country."""
    for word in re.split(r"[^a-z]+", path.stem.lower()):
        if word in LEAGUES:
            return word
    return None


def _league(columns: dict[str, int], tiers: dict[str, str], file: str, source: str) -> Build:
    """Row reader for a country league file (``columns`` from csvrows.column_index)."""
    i_date, i_season, i_home, i_away, i_hg, i_ag, i_tier = (columns[column_key(n)] for n in _LEAGUE_REQUIRED)
    i_division = columns.get("division")
    seasons: dict[str, str] = {}
    # scores repeat (germany.csv has 39k rows and a few hundred distinct scores): build each Score once
    scores: dict[tuple[str, str], Score | None] = {}

    def build(row: list[str], line: int) -> Match:
        tier = row[i_tier]
        competition = tiers.get(tier)
        if competition is None:
            raise BadField(f"unknown tier {quoted(tier)} (known: {', '.join(tiers)}); add it to engsoccer.LEAGUES")
        raw_season = row[i_season]
        season = seasons.get(raw_season)
        if season is None:
            season = seasons[raw_season] = _season(raw_season)
        goals = (row[i_hg], row[i_ag])
        try:
            ft = scores[goals]
        except KeyError:
            ft = scores[goals] = _goals(goals[0], goals[1], "hgoal", "vgoal")
        date = _date(row[i_date])
        # a date of another season (a year out of range, a result in the future: the limits say so)
        if not int(raw_season) <= date.year <= int(raw_season) + 1 and FIRST_YEAR <= date.year <= today().year:
            raise BadField(f"date {date.isoformat()} is outside the season {season} (column Season: {raw_season})")
        return Match(
            date=date,
            home=row[i_home],
            away=row[i_away],
            competition=competition,
            season=season,
            ft=ft,
            status=Status.PLAYED if ft is not None else Status.SCHEDULED,
            stage=DIVISION_STAGES.get(row[i_division]) if i_division is not None else None,
            source=source,
            file=file,
            line=line,
        )

    return build


def _champs(columns: dict[str, int], file: str, source: str) -> Build:
    """Row reader for ``champs.csv`` (``columns`` from csvrows.column_index)."""
    index = {name: columns[column_key(name)] for name in _CHAMPS_REQUIRED}
    i_date, i_season, i_round, i_leg = index["Date"], index["Season"], index["round"], index["leg"]
    i_home, i_away, i_ht, i_pens = index["home"], index["visitor"], index["HT"], index["pens"]
    i_hg, i_ag, i_eth, i_eta = index["hgoal"], index["vgoal"], index["aethgoal"], index["aetvgoal"]
    i_aggh, i_agga, i_winner = index["totagg_home"], index["totagg_visitor"], index["tiewinner"]
    i_hc, i_ac = index["hcountry"], index["vcountry"]
    seasons: dict[str, str] = {}
    fix = misdated(file)

    def build(row: list[str], line: int) -> Match:
        round_ = _ROUND_NAMES.get(row[i_round], row[i_round])
        raw_season = row[i_season]
        season = seasons.get(raw_season)
        if season is None:
            season = seasons[raw_season] = _season(raw_season)
        date = given = _date(row[i_date])
        if fix is not None and fix.covers(date):
            date = fix.moved(date)
        # a European season runs from its first qualifiers in June to its final (August 2020 at the latest)
        start = int(raw_season)
        if not dt.date(start, 6, 1) <= date <= dt.date(start + 1, 8, 31) and FIRST_YEAR <= date.year <= today().year:
            raise BadField(
                f"date {date.isoformat()} is outside the season {season} (June {start} to August {start + 1}; "
                f"column Season: {raw_season}); a date given in the wrong year is listed in [[misdated]] "
                "of touchline/data/competitions.toml"
            )
        ft = _goals(row[i_hg], row[i_ag], "hgoal", "vgoal")
        et = _goals(row[i_eth], row[i_eta], "aethgoal", "aetvgoal")
        extra: dict[str, object] = {"home_country": row[i_hc], "away_country": row[i_ac]}
        winner = row[i_winner]
        # group games carry running totals in the aggregate columns, not a tie's aggregate: keep those out
        if winner not in _NA:
            agg = _goals(row[i_aggh], row[i_agga], "totagg_home", "totagg_visitor")
            if agg is not None:
                extra["agg"] = (agg.home, agg.away)
            extra["tie_winner"] = winner
        leg_text = row[i_leg]
        leg: int | None = None
        if leg_text in ("1", "2"):
            leg = int(leg_text)
        elif leg_text == "replay":
            extra["replay"] = True
        elif leg_text == "initial":
            # 1974's final was drawn and replayed two days later; this is the first, drawn match
            extra["replayed"] = True
        # "pens" holds how the tie was settled: a shoot-out score, or words
        status = Status.PLAYED
        pens: Score | None = None
        note = row[i_pens].strip()
        if note not in _NA:
            found = _SCORE.match(note)
            if found is not None:
                pens = _pair(found, note, "pens")
                extra["decided_by"] = "penalties"
            elif note in ("away goals", "coin toss", "walkover"):
                extra["decided_by"] = note
                if note == "walkover":
                    # the 1991 quarter-finals abandoned and awarded 3-0 (Marseille-Milan, Dresden-Red Star)
                    status = Status.AWARDED
            else:
                raise BadField(
                    f"unknown value {quoted(note)} in column pens "
                    '(expected a shoot-out score such as "4-3", "away goals", "coin toss", "walkover" or NA)'
                )
        if ft is None:
            status = Status.SCHEDULED
        if date != given:
            extra["file_date"] = given.isoformat()
        return Match(
            date=date,
            home=row[i_home],
            away=row[i_away],
            competition="uefa.cl.q" if round_ in QUALIFYING_ROUNDS else "uefa.cl",
            season=season,
            ft=ft,
            ht=_score(row[i_ht], "HT"),
            et=et,
            pens=pens,
            status=status,
            round=round_,
            leg=leg,
            source=source,
            file=file,
            line=line,
            extra=extra,
        )

    return build


def _season(text: str) -> str:
    """engsoccerdata's start year, ``1995`` -> ``1995-96``."""
    if not (text.isdecimal() and len(text) == 4):
        raise BadField(f'bad season {quoted(text)} (expected the start year, such as "1995" for 1995-96)')
    start = int(text)
    problem = year_problem(start) or year_problem(start + 1)
    if problem is not None:
        raise BadField(f"bad season {quoted(text)} ({problem})")
    return str(Season(start, start + 1))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadField(f'bad date {quoted(text)} (expected yyyy-mm-dd such as "1995-08-04")') from None


def _goals(home: str, away: str, home_column: str, away_column: str) -> Score | None:
    """Goals from two columns; NA (or empty) in both means there is no such score."""
    if home.isdecimal() and away.isdecimal() and len(home) <= 2 and len(away) <= 2:
        home_goals, away_goals = int(home), int(away)
        if home_goals <= MAX_GOALS and away_goals <= MAX_GOALS:
            return Score(home_goals, away_goals)
    if home.isdecimal() and away.isdecimal():
        for goals, column in ((home, home_column), (away, away_column)):
            problem = goals_problem(goals)  # before int(): it judges thousands of digits by their length
            if problem is not None:
                raise BadField(f"implausible score {quoted(goals)} in column {column}: {problem}")
        return Score(int(home), int(away))
    if home in _NA and away in _NA:
        return None
    bad, column = (away, away_column) if home.isdecimal() else (home, home_column)
    raise BadField(
        f"bad score {quoted(bad)} in column {column} "
        f'(expected a whole number of goals such as "2", or NA in both {home_column} and {away_column})'
    )


def _read_score(text: str, column: str) -> Score | None:
    found = _SCORE.match(text)
    if found is not None:
        return _pair(found, text, column)
    if text in _NA:
        return None
    raise BadField(f'bad score {quoted(text)} in column {column} (expected "1-1" or NA)')


# scores repeat: each distinct text is read once (bounded, so odd input cannot grow it)
_score = functools.lru_cache(maxsize=1024)(_read_score)


def _pair(found: re.Match[str], text: str, column: str) -> Score:
    """The score of a ``1-1`` match; BadField when a side has more goals than any match has had."""
    problem = goals_problem(found[1]) or goals_problem(found[2])
    if problem is not None:
        raise BadField(f"implausible score {quoted(text)} in column {column}: {problem}")
    return Score(int(found[1]), int(found[2]))
