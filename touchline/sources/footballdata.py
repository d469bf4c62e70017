"""Reader for football-data.co.uk CSV files, in the two layouts the open data uses.

1. football-data.co.uk's "new leagues" layout (one file per country, many seasons)::

       Country,League,Season,Date,Time,Home,Away,HG,AG,Res,PSCH,...
       Denmark,Superliga ,2012/2013,13/07/2012,17:30,Aarhus,Aalborg,1,1,D,2.37,...

   The competition comes from the ``Country`` and ``League`` columns through :data:`LEAGUES`; the season
   from the ``Season`` column (``2012/2013`` -> ``2012-13``, ``2012`` -> ``2012``). No half-time score.

2. footballcsv's football.csv layout (github.com/footballcsv/cache.footballdata), one file per season
   and competition, named ``<season>/<code>.csv``::

       Date,Team 1,FT,HT,Team 2
       Fri Jul 13 2018,Vejle,3-1,?,Hobro

   The competition comes from the file name (:func:`touchline.reference.competitions.competition_for_path`), the
   season from the folder; ``?`` is an unknown half-time score. ``Time``, ``Round`` and ``Stage``
   columns are read when present.

Columns are matched whatever their case, spaces or underscores (``date;team 1;ft;ht;team 2``,
``COUNTRY,LEAGUE,...``), and semicolons or tabs may separate them (:mod:`touchline.sources.csvrows`).

Team names stay as football-data spells them (``FC Copenhagen``, ``Brondby``); the store resolves them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath

from touchline.errors import ParseError
from touchline.model import Match, Score, Season, Status
from touchline.reference.competitions import competition_for_path
from touchline.sources import Refusal, read_file
from touchline.sources.csvrows import (
    KNOWN_LAYOUTS,
    BadField,
    Build,
    column_index,
    header_columns,
    header_names,
    missing_columns,
    parse_rows,
)
from touchline.sources.csvrows import undecided as undecided
from touchline.sources.limits import MAX_GOALS, QUOTED, goals_problem, quoted, span_problem, year_problem

FORMAT = "football-data"

# football-data.co.uk's (Country, League) -> competition code. Both are compared stripped, because
# early Danish rows read "Superliga " and a few "Denmark " with a trailing space. Add a row per league.
LEAGUES: dict[tuple[str, str], str] = {
    ("Denmark", "Superliga"): "dk.1",
}

_NEW_REQUIRED = ("Country", "League", "Season", "Date", "Home", "Away", "HG", "AG")
_CSV_REQUIRED = ("Date", "Team 1", "FT", "Team 2")

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}
_SEASON_FOLDER = re.compile(r"^\d{4}(?:-\d{2})?$")
_SCORE = re.compile(r"^([0-9]+)-([0-9]+)$")
# the columns' keys (csvrows.column_key) that tell the two layouts apart
_NEW_SIGNS = frozenset({"country", "league", "hg", "ag", "res"})
_CSV_SIGNS = frozenset({"team1", "team2", "ft"})


def parse(
    text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """Yield the matches of a football-data CSV file (either layout; the header row tells which)."""
    return parse_rows(text, file=file, errors=errors, builder=lambda header: _builder(header, file, source))


def read(path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]:
    """Read a football-data CSV file and yield its matches."""
    return read_file(parse, path, source=source, errors=errors)


def sniff(path: Path, head: str) -> bool:
    """Whether the file is a football-data CSV: its header row names either layout's columns."""
    if path.suffix.lower() != ".csv":
        return False
    columns = set(header_columns(head))
    # Claim a file that looks like either layout even when columns are missing, so that parse() can
    # say which ones are missing instead of the file being passed over in silence.
    if len(columns & _NEW_SIGNS) >= 3:
        return True
    # football.csv takes competition and season from the path, so only claim files whose path names
    # both (explain() says why the others are not read)
    return len(columns & _CSV_SIGNS) >= 2 and _path_problem(path) is None


def explain(path: Path, head: str) -> Refusal | None:
    """Why a ``.csv`` file is not read: a football.csv file whose path names no competition or season,
    or a header of columns no CSV reader knows (this reader, the last of the CSV readers, says so)."""
    if path.suffix.lower() != ".csv":
        return None
    columns = header_columns(head)
    if len(set(columns) & _CSV_SIGNS) >= 2:
        problem = _path_problem(path)
        if problem is not None:
            return Refusal(f"a football.csv file (Date,Team 1,FT,HT,Team 2) {problem}")
    names = header_names(head)
    if not any(names):
        return Refusal("a CSV file without a header row")
    shown = ", ".join(quoted(name) if len(name) > QUOTED else name for name in names[:12])
    more = ", ..." if len(names) > 12 else ""
    return Refusal(f"a CSV file with columns touchline does not know: {shown}{more} (expected {KNOWN_LAYOUTS})")


def _path_problem(path: Path) -> str | None:
    """Why a football.csv file's path does not give its competition and season, or None."""
    if competition_for_path(path) is None:
        return 'whose name is no competition code (name it like "2018-19/dk.1.csv")'
    if not any(_SEASON_FOLDER.match(part) for part in path.parts[:-1]):
        return 'in no season folder (put it in one such as "2018-19/")'
    return None


def _builder(header: Sequence[str], file: str, source: str) -> Build:
    """The row reader for the layout ``header`` names; a ParseError (line 1) when it names neither."""
    columns = column_index(header)
    if "country" in columns or "hg" in columns or "league" in columns:
        _require(columns, _NEW_REQUIRED, file, "Country,League,Season,Date,Time,Home,Away,HG,AG,Res")
        return _new_leagues(columns, file, source)
    if "team1" in columns or "ft" in columns:
        _require(columns, _CSV_REQUIRED, file, "Date,Team 1,FT,HT,Team 2")
        return _football_csv(columns, file, source)
    raise ParseError(
        "not a football-data CSV file: the header row has neither football-data.co.uk's columns "
        "(Country,League,Season,Date,Time,Home,Away,HG,AG,...) nor football.csv's (Date,Team 1,FT,HT,Team 2)",
        file=file,
        line=1,
    )


def _require(columns: dict[str, int], required: Sequence[str], file: str, example: str) -> None:
    missing = missing_columns(columns, required)
    if missing:
        raise ParseError(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f'in the header row (expected a header like "{example}")',
            file=file,
            line=1,
        )


def _new_leagues(columns: dict[str, int], file: str, source: str) -> Build:
    """Row reader for football-data.co.uk's "new leagues" layout (``columns`` from column_index)."""
    i_country, i_league, i_season = columns["country"], columns["league"], columns["season"]
    i_date, i_home, i_away = columns["date"], columns["home"], columns["away"]
    i_hg, i_ag = columns["hg"], columns["ag"]
    i_time = columns.get("time")
    seasons: dict[str, str] = {}
    dates: dict[str, dt.date] = {}

    def build(row: list[str], line: int) -> Match:
        key = (row[i_country].strip(), row[i_league].strip())
        competition = LEAGUES.get(key)
        if competition is None:
            known = ", ".join(f"{c}/{league}" for c, league in LEAGUES)
            raise BadField(f"unknown league {quoted('/'.join(key))} (known: {known}); add it to footballdata.LEAGUES")
        raw_season = row[i_season]
        season = seasons.get(raw_season)
        if season is None:
            season = seasons[raw_season] = _season(raw_season)
        raw_date = row[i_date]
        date = dates.get(raw_date)
        if date is None:
            date = dates[raw_date] = _dmy(raw_date)
        ft = _goals(row[i_hg], row[i_ag])
        time = _clock(row[i_time]) if i_time is not None else None
        return Match(
            date=date,
            home=row[i_home].strip(),
            away=row[i_away].strip(),
            competition=competition,
            season=season,
            ft=ft,
            status=Status.PLAYED if ft is not None else Status.SCHEDULED,
            time=time,
            source=source,
            file=file,
            line=line,
        )

    return build


def _football_csv(columns: dict[str, int], file: str, source: str) -> Build:
    """Row reader for footballcsv's ``Date,Team 1,FT,HT,Team 2`` layout (``columns`` from column_index)."""
    competition = competition_for_path(file)
    if competition is None:
        raise ParseError(
            'cannot tell the competition from the file name (football.csv files are named like "2018-19/dk.1.csv")',
            file=file,
            line=1,
        )
    season = _season_from_path(file)
    i_date, i_home, i_away, i_ft = columns["date"], columns["team1"], columns["team2"], columns["ft"]
    i_ht, i_time, i_round, i_stage = (columns.get(key) for key in ("ht", "time", "round", "stage"))
    dates: dict[str, dt.date] = {}

    def build(row: list[str], line: int) -> Match:
        raw_date = row[i_date]
        date = dates.get(raw_date)
        if date is None:
            date = dates[raw_date] = _long_date(raw_date)
        ft = _score(row[i_ft], "FT")
        ht = _score(row[i_ht], "HT") if i_ht is not None else None
        return Match(
            date=date,
            home=row[i_home].strip(),
            away=row[i_away].strip(),
            competition=competition,
            season=season,
            ft=ft,
            ht=ht,
            status=Status.PLAYED if ft is not None else Status.SCHEDULED,
            time=_clock(row[i_time]) if i_time is not None else None,
            round=(row[i_round].strip() or None) if i_round is not None else None,
            stage=(row[i_stage].strip() or None) if i_stage is not None else None,
            source=source,
            file=file,
            line=line,
        )

    return build


_CLOCK = re.compile(r"^([01]?[0-9]|2[0-4]):([0-5][0-9])$")


def _clock(text: str) -> str | None:
    """A kick-off time as written (``20:00``), ``None`` when blank; BadField for a time no clock shows."""
    text = text.strip()
    if not text:
        return None
    if _CLOCK.match(text) is None:
        raise BadField(f"impossible kick-off time {quoted(text)} (expected hh:mm such as 20:00)")
    return text


def _season(text: str) -> str:
    try:
        season = Season.parse(text)
    except ValueError:
        raise BadField(f'bad season {quoted(text)} (expected "2012/2013" or "2012")') from None
    problem = year_problem(season.start) or year_problem(season.end) or span_problem(season)
    if problem is not None:
        raise BadField(f"bad season {quoted(text)} ({problem})")
    return str(season)


def _season_from_path(file: str) -> str:
    for part in reversed(PurePath(file).parts[:-1]):
        if _SEASON_FOLDER.match(part):
            season = Season.parse(part)
            problem = year_problem(season.start) or year_problem(season.end) or span_problem(season)
            if problem is not None:
                raise ParseError(
                    f'impossible season "{part}" in the path ({problem})', file=file, line=1, whole_file=True
                )
            return str(season)
    raise ParseError(
        'cannot tell the season from the path (football.csv files sit in a season folder such as "2018-19/")',
        file=file,
        line=1,
    )


def _dmy(text: str) -> dt.date:
    """``13/07/2012`` (football-data's older files write ``13/07/12``)."""
    parts = text.strip().split("/")
    try:
        day, month, year = (int(part) for part in parts)
        if len(parts[2]) == 2:
            # two-digit years: football-data's data start in 1993
            year += 1900 if year >= 90 else 2000
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        raise BadField(f'bad date {quoted(text)} (expected dd/mm/yyyy such as "13/07/2012")') from None


def _long_date(text: str) -> dt.date:
    """``Fri Jul 13 2018`` (football.csv) or ``2018-07-13``."""
    parts = text.split()
    try:
        if len(parts) == 4:
            return dt.date(int(parts[3]), _MONTHS[parts[1]], int(parts[2]))
        if len(parts) == 1:
            return dt.date.fromisoformat(parts[0])
    except (KeyError, ValueError, OverflowError):
        pass
    raise BadField(f'bad date {quoted(text)} (expected "Fri Jul 13 2018" or "2018-07-13")')


def _goals(home: str, away: str) -> Score | None:
    """Full-time goals from two columns; both empty means the match is not played yet."""
    if home.isdecimal() and away.isdecimal() and len(home) <= 2 and len(away) <= 2:
        home_goals, away_goals = int(home), int(away)
        if home_goals <= MAX_GOALS and away_goals <= MAX_GOALS:
            return Score(home_goals, away_goals)
    if home.isdecimal() and away.isdecimal():
        for goals, column in ((home, "HG"), (away, "AG")):
            problem = goals_problem(goals)  # before int(): it judges thousands of digits by their length
            if problem is not None:
                raise BadField(f"implausible score {quoted(goals)} in column {column}: {problem}")
        return Score(int(home), int(away))
    if not home.strip() and not away.strip():
        return None
    bad, column = (away, "AG") if home.isdecimal() else (home, "HG")
    raise BadField(
        f"bad score {quoted(bad)} in column {column} "
        '(expected a whole number of goals such as "2", or both HG and AG empty for a match not played yet)'
    )


def _read_score(text: str, column: str) -> Score | None:
    found = _SCORE.match(text.strip())
    if found is not None:
        problem = goals_problem(found[1]) or goals_problem(found[2])
        if problem is not None:
            raise BadField(f"implausible score {quoted(text.strip())} in column {column}: {problem}")
        return Score(int(found[1]), int(found[2]))
    if text.strip() in ("", "?", "-"):
        return None
    raise BadField(f'bad score {quoted(text)} in column {column} (expected "3-1", or "?" when unknown)')


# scores repeat: each distinct text is read once (bounded, so odd input cannot grow it)
_score = functools.lru_cache(maxsize=1024)(_read_score)
