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

Team names stay as football-data spells them (``FC Copenhagen``, ``Brondby``); the store resolves them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath

from touchline.errors import ParseError
from touchline.model import Match, Score, Season, Status
from touchline.reference.competitions import competition_for_path
from touchline.sources import read_file
from touchline.sources.csvrows import BadField, Build, header_columns, parse_rows

FORMAT = "football-data"

# football-data.co.uk's (Country, League) -> competition code. Both are compared stripped, because
# early Danish rows read "Superliga " and a few "Denmark " with a trailing space. Add a row per league.
LEAGUES: dict[tuple[str, str], str] = {
    ("Denmark", "Superliga"): "dk.1",
}

_NEW_COLUMNS = ("Country", "League", "Season", "Date", "Time", "Home", "Away", "HG", "AG")
_NEW_REQUIRED = ("Country", "League", "Season", "Date", "Home", "Away", "HG", "AG")
_CSV_REQUIRED = ("Date", "Team 1", "FT", "Team 2")

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}
_SEASON_FOLDER = re.compile(r"^\d{4}(?:-\d{2})?$")
_SCORE = re.compile(r"^([0-9]{1,3})-([0-9]{1,3})$")


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
    if columns.issuperset(_NEW_COLUMNS) or len(columns & {"Country", "League", "HG", "AG", "Res"}) >= 3:
        return True
    # football.csv takes competition and season from the path, so only claim files whose path names both
    return (
        len(columns & {"Team 1", "Team 2", "FT"}) >= 2
        and competition_for_path(path) is not None
        and any(_SEASON_FOLDER.match(part) for part in path.parts[:-1])
    )


def _builder(header: Sequence[str], file: str, source: str) -> Build:
    """The row reader for the layout ``header`` names; a ParseError (line 1) when it names neither."""
    columns = [column.strip() for column in header]
    if "Country" in columns or "HG" in columns or "League" in columns:
        _require(columns, _NEW_REQUIRED, file, "Country,League,Season,Date,Time,Home,Away,HG,AG,Res")
        return _new_leagues(columns, file, source)
    if "Team 1" in columns or "FT" in columns:
        _require(columns, _CSV_REQUIRED, file, "Date,Team 1,FT,HT,Team 2")
        return _football_csv(columns, file, source)
    raise ParseError(
        "not a football-data CSV file: the header row has neither football-data.co.uk's columns "
        "(Country,League,Season,Date,Time,Home,Away,HG,AG,...) nor football.csv's (Date,Team 1,FT,HT,Team 2)",
        file=file,
        line=1,
    )


def _require(columns: Sequence[str], required: Sequence[str], file: str, example: str) -> None:
    missing = [name for name in required if name not in columns]
    if missing:
        raise ParseError(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f'in the header row (expected a header like "{example}")',
            file=file,
            line=1,
        )


def _new_leagues(columns: list[str], file: str, source: str) -> Build:
    """Row reader for football-data.co.uk's "new leagues" layout."""
    i_country, i_league, i_season = columns.index("Country"), columns.index("League"), columns.index("Season")
    i_date, i_home, i_away = columns.index("Date"), columns.index("Home"), columns.index("Away")
    i_hg, i_ag = columns.index("HG"), columns.index("AG")
    i_time = columns.index("Time") if "Time" in columns else None
    seasons: dict[str, str] = {}
    dates: dict[str, dt.date] = {}

    def build(row: list[str], line: int) -> Match:
        key = (row[i_country].strip(), row[i_league].strip())
        competition = LEAGUES.get(key)
        if competition is None:
            known = ", ".join(f"{c}/{league}" for c, league in LEAGUES)
            raise BadField(f'unknown league "{key[0]}/{key[1]}" (known: {known}); add it to footballdata.LEAGUES')
        raw_season = row[i_season]
        season = seasons.get(raw_season)
        if season is None:
            season = seasons[raw_season] = _season(raw_season)
        raw_date = row[i_date]
        date = dates.get(raw_date)
        if date is None:
            date = dates[raw_date] = _dmy(raw_date)
        ft = _goals(row[i_hg], row[i_ag])
        time = (row[i_time].strip() or None) if i_time is not None else None
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


def _football_csv(columns: list[str], file: str, source: str) -> Build:
    """Row reader for footballcsv's ``Date,Team 1,FT,HT,Team 2`` layout."""
    competition = competition_for_path(file)
    if competition is None:
        raise ParseError(
            'cannot tell the competition from the file name (football.csv files are named like "2018-19/dk.1.csv")',
            file=file,
            line=1,
        )
    season = _season_from_path(file)
    i_date, i_home, i_away, i_ft = (columns.index(name) for name in ("Date", "Team 1", "Team 2", "FT"))
    i_ht = columns.index("HT") if "HT" in columns else None
    i_time = columns.index("Time") if "Time" in columns else None
    i_round = columns.index("Round") if "Round" in columns else None
    i_stage = columns.index("Stage") if "Stage" in columns else None
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
            time=(row[i_time].strip() or None) if i_time is not None else None,
            round=(row[i_round].strip() or None) if i_round is not None else None,
            stage=(row[i_stage].strip() or None) if i_stage is not None else None,
            source=source,
            file=file,
            line=line,
        )

    return build


def _season(text: str) -> str:
    try:
        return str(Season.parse(text))
    except ValueError:
        raise BadField(f'bad season "{text}" (expected "2012/2013" or "2012")') from None


def _season_from_path(file: str) -> str:
    for part in reversed(PurePath(file).parts[:-1]):
        if _SEASON_FOLDER.match(part):
            return str(Season.parse(part))
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
        raise BadField(f'bad date "{text}" (expected dd/mm/yyyy such as "13/07/2012")') from None


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
    raise BadField(f'bad date "{text}" (expected "Fri Jul 13 2018" or "2018-07-13")')


def _goals(home: str, away: str) -> Score | None:
    """Full-time goals from two columns; both empty means the match is not played yet."""
    # more than three digits is no score: the cap also keeps int() clear of Python's digit limit
    if home.isdecimal() and away.isdecimal() and len(home) <= 3 and len(away) <= 3:
        return Score(int(home), int(away))
    if not home.strip() and not away.strip():
        return None
    home_ok = home.isdecimal() and len(home) <= 3
    bad, column = (away, "AG") if home_ok else (home, "HG")
    raise BadField(
        f'bad score "{bad}" in column {column} '
        '(expected a whole number of goals such as "2", or both HG and AG empty for a match not played yet)'
    )


def _score(text: str, column: str) -> Score | None:
    """``3-1``; empty, ``-`` or ``?`` for an unknown score."""
    found = _SCORE.match(text.strip())
    if found is not None:
        return Score(int(found[1]), int(found[2]))
    if text.strip() in ("", "?", "-"):
        return None
    raise BadField(f'bad score "{text}" in column {column} (expected "3-1", or "?" when unknown)')
