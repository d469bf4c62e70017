"""Reading the store back as domain objects: matches, coverage, conflicts, clubs.

Matches come back as :class:`~touchline.model.Match` with the clubs' canonical names in ``home`` and
``away``; ``extra`` holds ``id``, ``home_id``, ``away_id``, ``source`` and ``file`` so every figure can
be traced to the line it came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from touchline.compute.lookup import Named, known_names, leagues, pick
from touchline.errors import NotFoundError
from touchline.model import Club, Competition, CompetitionKind, Match, Score, Status
from touchline.reference.awarded import awarded_to, overturned, overturning, walkover, walkover_seasons
from touchline.reference.clubs import ClubRegistry, fold
from touchline.store.base import Store

_MATCH_SELECT = """
SELECT m.id, m.date, m.time, m.competition, m.season, m.stage, m.round, m.leg,
       m.home_id, h.name, m.away_id, a.name,
       m.ft_home, m.ft_away, m.ht_home, m.ht_away, m.et_home, m.et_away, m.pen_home, m.pen_away,
       m.status, m.neutral, f.source, f.path, m.line
FROM matches m
JOIN clubs h ON h.id = m.home_id
JOIN clubs a ON a.id = m.away_id
JOIN files f ON f.id = m.file_id
"""


def _score(home: Any, away: Any) -> Score | None:
    return None if home is None or away is None else Score(int(home), int(away))


def _turned(score: Score | None, turn: bool) -> Score | None:
    return score.reversed() if score is not None and turn else score


def _awarded_to(
    status: Status,
    final: Score | None,
    competition: str,
    season: str,
    day: dt.date,
    home: Sequence[str],
    away: Sequence[str],
) -> str | None:
    """The side an awarded match given level went to (``data/awarded.toml``), else ``None``."""
    if status is not Status.AWARDED or final is None or final.home != final.away:
        return None
    return awarded_to(competition, season, day, home, away)


def _overturned(match: Match, home: Sequence[str], away: Sequence[str]) -> Match:
    """The match as awarded where ``data/awarded.toml`` overturns its result (a played 1-1 awarded 3-0):
    the awarded score as its full time, the side it went to, the played score in ``extra["played"]``;
    else the match itself."""
    found = overturned(match.competition, match.season, match.date, home, away)
    if found is None:
        return match
    side, score, _ = found
    return dataclasses.replace(
        match,
        ft=score,
        ht=None,
        et=None,
        pens=None,
        status=Status.AWARDED,
        awarded_to=side,
        extra={**match.extra, "played": match.final},
    )


def match_from_row(row: Sequence[Any]) -> Match:
    """A stored match row (as selected by ``_MATCH_SELECT``) as a Match."""
    day, status = Store.to_date(row[1]), Status(row[20])
    ft, et = _score(row[12], row[13]), _score(row[16], row[17])
    extra: dict[str, object] = {"id": int(row[0]), "home_id": row[8], "away_id": row[10]}
    if (
        status is Status.AWARDED
        and (row[3], row[4]) in walkover_seasons()
        and walkover(row[3], row[4], day, (row[8], row[9]), (row[10], row[11])) is not None
    ):
        extra["walkover"] = True  # never played (awarded.toml's [[walkover]]): no manager's record counts it
    match = Match(
        date=day,
        home=row[9],
        away=row[11],
        competition=row[3],
        season=row[4],
        ft=ft,
        ht=_score(row[14], row[15]),
        et=et,
        pens=_score(row[18], row[19]),
        status=status,
        time=row[2],
        stage=row[5],
        round=row[6],
        leg=row[7],
        neutral=None if row[21] is None else bool(row[21]),
        source=row[22],
        file=row[23],
        line=int(row[24]),
        extra=extra,
        awarded_to=None
        if status is not Status.AWARDED
        else _awarded_to(status, et or ft, row[3], row[4], day, (row[8], row[9]), (row[10], row[11])),
    )
    if (row[3], row[4]) in overturning():
        return _overturned(match, (row[8], row[9]), (row[10], row[11]))
    return match


def matches(
    store: Store,
    *,
    club: str | None = None,
    competitions: Iterable[str] | None = None,
    season: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kinds: Iterable[CompetitionKind] | None = None,
) -> list[Match]:
    """Stored matches, oldest first, filtered by club id, competition codes, season, dates and kinds."""
    where, params = match_filter(
        club=club, competitions=competitions, season=season, date_from=date_from, date_to=date_to, kinds=kinds
    )
    sql = _MATCH_SELECT + where + " ORDER BY m.date, m.time, m.id"
    return [match_from_row(row) for row in store.query(sql, params)]


def match_filter(
    *,
    club: str | None = None,
    competitions: Iterable[str] | None = None,
    season: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kinds: Iterable[CompetitionKind] | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (``?`` placeholders only; empty without filters) and parameters of a match list
    over ``matches m``, filtered by club id, competition codes, season, dates and kinds."""
    where: list[str] = []
    params: list[Any] = []
    if club is not None:
        # two indexed lookups are faster than one OR over both columns
        where.append(
            "m.id IN (SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?)"
        )
        params += [club, club]
    if competitions is not None:
        codes = sorted(set(competitions))
        where.append(f"m.competition IN ({', '.join('?' * len(codes))})" if codes else "1 = 0")
        params += codes
    if season is not None:
        where.append("m.season = ?")
        params.append(season)
    if date_from is not None:
        where.append("m.date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("m.date <= ?")
        params.append(date_to.isoformat())
    if kinds is not None:
        values = sorted(k.value for k in kinds)
        where.append(f"m.competition IN (SELECT code FROM competitions WHERE kind IN ({', '.join('?' * len(values))}))")
        params += values
    return (" WHERE " + " AND ".join(where) if where else ""), params


_TABLE_SELECT = """
SELECT m.date, h.name, a.name, m.ft_home, m.ft_away, m.et_home, m.et_away, m.pen_home, m.pen_away, m.status,
       m.stage, m.round, m.time, m.home_id, m.away_id
FROM matches m JOIN clubs h ON h.id = m.home_id JOIN clubs a ON a.id = m.away_id
WHERE m.competition = ? AND m.season = ?
ORDER BY m.date, m.time, m.id
"""


def season_matches(store: Store, competition: str, season: str) -> list[Match]:
    """One competition-season's matches with just what a league table needs (no sources), oldest first.

    A table at any date is asked for often (positions over a season, a manager's every spell), so
    this read skips the file join and shares Score and date objects between matches; it is remembered
    while the store is :meth:`~touchline.store.base.Store.remembering`.
    """
    return list(
        store.recall(("season_matches", competition, season), lambda: _season_matches(store, competition, season))
    )


def _season_matches(store: Store, competition: str, season: str) -> tuple[Match, ...]:
    """What :func:`season_matches` reads, read."""
    scores: dict[tuple[int, int], Score] = {}
    days: dict[object, dt.date] = {}

    def score(home: Any, away: Any) -> Score | None:
        if home is None or away is None:
            return None
        key = (home, away)
        found = scores.get(key)
        if found is None:
            found = scores[key] = Score(int(home), int(away))
        return found

    out = []
    overturns = (competition, season) in overturning()  # a result overturned this season (awarded.toml)
    for r in store.query(_TABLE_SELECT, (competition, season)):
        day = days.get(r[0])
        if day is None:
            day = days[r[0]] = Store.to_date(r[0])
        ft, et, status = score(r[3], r[4]), score(r[5], r[6]), Status(r[9])
        out.append(
            Match(
                date=day,
                home=r[1],
                away=r[2],
                competition=competition,
                season=season,
                ft=ft,
                et=et,
                pens=score(r[7], r[8]),
                status=status,
                stage=r[10],
                round=r[11],
                time=r[12],
                # an awarded match only (a few in a thousand): no call, no tuples for the others
                awarded_to=None
                if status is not Status.AWARDED
                else _awarded_to(status, et or ft, competition, season, day, (r[13], r[1]), (r[14], r[2])),
            )
        )
        if overturns:
            out[-1] = _overturned(out[-1], (r[13], r[1]), (r[14], r[2]))
    return tuple(out)


def match_sources(store: Store, match_id: int) -> list[tuple[str, str, int, str, bool]]:
    """The other sources of a match: (source, file, line, their score, agrees)."""
    rows = store.query(
        "SELECT f.source, f.path, s.line, s.ft_home, s.ft_away, s.agrees FROM source_rows s "
        "JOIN files f ON f.id = s.file_id WHERE s.match_id = ? AND s.id <> s.match_id ORDER BY f.source, f.path",
        (match_id,),
    )
    return [(r[0], r[1], int(r[2]), f"{r[3]}-{r[4]}" if r[3] is not None else "-", bool(r[5])) for r in rows]


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """How much of one competition-season the store holds."""

    competition: str
    name: str
    season: str
    matches: int
    played: int
    first: dt.date
    last: dt.date
    sources: tuple[str, ...]


def coverage(store: Store, competition: str | None = None) -> list[CoverageRow]:
    """Competitions x seasons: match counts, date ranges and which sources hold them."""
    params: tuple[Any, ...] = ()
    where = ""
    if competition:
        where = "WHERE m.competition = ?"
        params = (competition,)
    rows = store.query(
        "SELECT m.competition, c.name, m.season, COUNT(*), "
        "SUM(CASE WHEN m.ft_home IS NOT NULL THEN 1 ELSE 0 END), MIN(m.date), MAX(m.date) "
        f"FROM matches m JOIN competitions c ON c.code = m.competition {where} "
        "GROUP BY m.competition, c.name, m.season ORDER BY m.competition, m.season",
        params,
    )
    sources: dict[tuple[str, str], set[str]] = {}
    for code, season, source in store.query(
        "SELECT DISTINCT n.competition, n.season, f.source FROM file_nodes n JOIN files f ON f.id = n.file_id"
    ):
        sources.setdefault((code, season), set()).add(source)
    return [
        CoverageRow(
            r[0],
            r[1],
            r[2],
            int(r[3]),
            int(r[4] or 0),
            Store.to_date(r[5]),
            Store.to_date(r[6]),
            tuple(sorted(sources.get((r[0], r[2]), ()))),
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A match whose sources disagree on the score."""

    match: Match
    other: Match  # the same match as the other source gives it (its scores, file and line)


def conflicts(store: Store) -> list[Conflict]:
    """Every match where another source gives another result, date or club than the match's own."""
    rows = store.query(
        "SELECT fs.source, fs.path, s.line, s.date, s.ft_home, s.ft_away, s.ht_home, s.ht_away, s.et_home, s.et_away, "
        "s.pen_home, s.pen_away, s.status, hn.club_id, an.club_id, hc.name, ac.name, "
        + _MATCH_SELECT.strip().removeprefix("SELECT ")
        + " JOIN source_rows s ON s.match_id = m.id JOIN files fs ON fs.id = s.file_id"
        " JOIN nodes hn ON hn.id = s.home_node JOIN nodes an ON an.id = s.away_node"
        " JOIN clubs hc ON hc.id = hn.club_id JOIN clubs ac ON ac.id = an.club_id"
        " WHERE NOT s.agrees ORDER BY m.date, m.id, fs.path"
    )
    out = []
    for row in rows:
        match = match_from_row(row[17:])
        # the source lists the clubs the other way round: show it as the match is oriented
        turned = row[13] == match.extra["away_id"] or row[14] == match.extra["home_id"]
        ft, ht, et, pens = (_turned(_score(row[at], row[at + 1]), turned) for at in (4, 6, 8, 10))
        home, away = (row[16], row[15]) if turned else (row[15], row[16])
        other = dataclasses.replace(
            match,
            date=Store.to_date(row[3]),
            home=home,
            away=away,
            ft=ft,
            ht=ht,
            et=et,
            pens=pens,
            status=Status(row[12]),
            source=row[0],
            file=row[1],
            line=int(row[2]),
        )
        out.append(Conflict(match, other))
    return out


def clubs(store: Store, *, status: str | None = None, country: str | None = None) -> list[tuple[Club, int, bool]]:
    """(club, matches in store, reviewed), by country and name; ``status`` "reviewed" or "derived" filters."""
    sql = (
        "SELECT c.id, c.name, c.country, c.known, "
        "(SELECT COUNT(*) FROM matches WHERE home_id = c.id) + (SELECT COUNT(*) FROM matches WHERE away_id = c.id) "
        "FROM clubs c"
    )
    where = []
    params: list[Any] = []
    if status == "derived":
        where.append("NOT c.known")
    elif status == "reviewed":
        where.append("c.known")
    if country:
        where.append("c.country = ?")
        params.append(country.upper())
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.country, c.name, c.id"
    names: dict[str, list[str]] = {}
    for name, club_id in store.query("SELECT DISTINCT name, club_id FROM nodes ORDER BY name"):
        names.setdefault(club_id, []).append(name)
    out = []
    for cid, name, ctry, known, count in store.query(sql, params):
        others = tuple(n for n in names.get(cid, ()) if n != name)
        out.append((Club(cid, name, ctry, others), int(count), bool(known)))
    return out


def find_club(store: Store, name: str, country: str | None = None, *, suggest: bool = True) -> Club:
    """The club a user means by ``name``: its id or a name any source or the registry uses for it,
    forgiving as :func:`touchline.compute.lookup.pick` is (``Benfica``, ``St Mirren``, ``Scotland``,
    ``Gladbach``), optionally with a country (``"Liverpool FC (ENG)"`` or ``country``), which also
    means a club playing in that country's leagues (``"AS Monaco (FRA)"``).

    A name the store's sources use exactly (or under another spelling key) is taken at once; else the
    registry's names (``Spurs``, ``Inter Milan``: names editors write that no source uses) are tried with
    the store's at every step, so that one beats a word or a part of another club's name (Malta's
    ``Pietá Hotspurs``).
    An ambiguous name is a :class:`NotFoundError` listing the clubs with their countries; an unknown
    one names the closest (unless not ``suggest``: a caller taking "not found" as an answer).
    """
    stored = club_names(store)

    def weigh(ids: Sequence[str]) -> dict[str, int]:
        return match_counts(store, ids)

    try:
        # most look-ups name a club as a source does: the registry (read from its file) is not needed
        found = pick(name, [Named(*row) for row in stored], weigh, country=country, exact=True, suggest=False)
    except NotFoundError:
        registry = ClubRegistry.default()
        names = known_names(stored, registry)
        found = pick(name, names, weigh, country=country, plays_in=leagues(registry), suggest=suggest)
    return Club(found.club, found.name, found.country)


def club_names(store: Store) -> list[tuple[str, str, str | None, str]]:
    """(club id, a name a source uses, the club's country, its canonical name) for every stored name
    (remembered while the store is :meth:`~touchline.store.base.Store.remembering`)."""

    def read() -> tuple[tuple[str, str, str | None, str], ...]:
        return tuple(
            (str(r[0]), str(r[1]), r[2], str(r[3]))
            for r in store.query(
                "SELECT c.id, n.name, c.country, c.name FROM nodes n JOIN clubs c ON c.id = n.club_id "
                "UNION SELECT id, name, country, name FROM clubs"
            )
        )

    return list(store.recall(("club_names",), read))


def match_counts(
    store: Store, clubs: Sequence[str], first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, int]:
    """How many matches each of ``clubs`` (ids) has in the store (from ``first`` to ``last``)."""
    window = (first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()
    counts: dict[str, int] = {}
    for club in clubs:
        found = store.scalar(
            "SELECT (SELECT COUNT(*) FROM matches WHERE home_id = ? AND date BETWEEN ? AND ?) "
            "+ (SELECT COUNT(*) FROM matches WHERE away_id = ? AND date BETWEEN ? AND ?)",
            (club, *window, club, *window),
        )
        counts[club] = int(found or 0)
    return counts


def competition(store: Store, code: str) -> Competition:
    """A competition in the store by code (or name), with suggestions when there is none."""
    rows = store.query("SELECT code, name, country, kind FROM competitions")
    for r in rows:
        if code in (r[0], r[1]) or fold(code) == fold(r[1]):
            return Competition(r[0], r[1], r[2], CompetitionKind(r[3]))
    close = difflib.get_close_matches(code, [r[0] for r in rows] + [r[1] for r in rows], n=5, cutoff=0.5)
    raise NotFoundError("competition", code, close)


def club_name(store: Store, club: str) -> str | None:
    """A club's name, by id."""
    found = store.scalar("SELECT name FROM clubs WHERE id = ?", (club,))
    return None if found is None else str(found)


def home_league(store: Store, club: str) -> str | None:
    """The league code the club plays most matches in, across the whole store."""
    row = store.query(
        "SELECT m.competition, COUNT(*) AS n FROM matches m JOIN competitions c ON c.code = m.competition "
        "WHERE c.kind = 'league' AND (m.home_id = ? OR m.away_id = ?) GROUP BY m.competition "
        "ORDER BY n DESC, m.competition LIMIT 1",
        (club, club),
    )
    return str(row[0][0]) if row else None


def plays_across_years(store: Store, club: str, first_year: int, last_year: int) -> bool:
    """Whether the club's leagues played their seasons from summer to spring (``2019-20``), not in
    calendar years (``2019``), in the years ``first_year`` to ``last_year``: as most of its league
    seasons with matches in those years are labelled, else as the season of its league
    (:func:`home_league`) nearest them (a league may change: Norway's and Denmark's did both ways)."""
    labels = [
        str(season)
        for (season,) in store.query(
            "SELECT DISTINCT m.season FROM matches m JOIN competitions c ON c.code = m.competition "
            "WHERE c.kind = 'league' AND m.id IN "
            "(SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?) "
            "AND m.date BETWEEN ? AND ?",
            (club, club, f"{first_year:04d}-01-01", f"{last_year:04d}-12-31"),
        )
    ]
    if labels:
        return 2 * sum("-" in label for label in labels) > len(labels)
    league = home_league(store, club)
    if league is None:
        return False
    seasons = [
        str(season) for (season,) in store.query("SELECT DISTINCT season FROM matches WHERE competition = ?", (league,))
    ]
    nearest = min(seasons, key=lambda label: (abs(int(label[:4]) - first_year), label), default=None)
    return nearest is not None and "-" in nearest


_SEASON_RUN = dt.timedelta(days=45)
"""The longest pause between two of a club's matches of one season still read as one run of it: a
match of the old season after 30 June, or of the new one before 1 July, moves the turn only when it is
reached from that day in steps no longer (Lyon's 2019-20, its league stopped, went on with the League
Cup final on 31 July and the Champions League in August 2020; Corvinul's 1978-79 match dated 17 September
1979, twelve weeks after its last, is no run of it)."""


def season_turns(store: Store, club: str, years: Iterable[int]) -> dict[int, dt.date]:
    """The first day of the club's season Y-(Y+1), by Y, for each of ``years`` where the club's matches
    with a result, or still awaiting one (any competition, played in Y), put it elsewhere than on 1 July of
    Y (Konyaspor's Süper Lig of 2019-20 ran to 26 July 2020, its last four fixtures without a result in
    the data):

    - the day after the last of its run of matches labelled (Y-1)-Y going on from 30 June
      (:data:`_SEASON_RUN`; Zaragoza's 2019-20 ended on 20 July 2020), counting only competitions whose
      (Y-1)-Y began in Y-1: a cup of (Y-1)-Y played wholly in Y is the next season's start (the DFB-Pokal
      of 1961-62, played from 28 July to 29 August 1962 "unmittelbar nach der Meisterschaftssaison",
      fcn.de; Fortuna Düsseldorf's coach in its final was the new one, Jupp Derwall);
    - else the first of its run of matches labelled Y-(Y+1) going back from 1 July (a Champions League
      qualifier of 2023-24 on 27 June 2023).

    The turn never passes the first match of the new season (a 2019-20 cup tie played after 2020-21
    began is the new season's time)."""
    return _turns(store, club, years, "season_turn", 7, _season_turn)


def _season_turn(store: Store, club: str, year: int) -> dt.date:
    """The first day of the club's season ``year``-(``year`` + 1) (see :func:`season_turns`)."""
    old, new = f"{year - 1}-{year % 100:02d}", f"{year}-{(year + 1) % 100:02d}"
    return _turn(store, club, old, new, dt.date(year, 7, 1), (dt.date(year, 1, 1), dt.date(year, 12, 31)))


def year_turns(store: Store, club: str, years: Iterable[int]) -> dict[int, dt.date]:
    """The first day of the club's season Y, by Y, for each of ``years`` where the club plays in
    calendar years and its matches with a result (any competition, played from July of Y-1 to June of
    Y) put it elsewhere than on 1 January of Y: as :func:`season_turns` reads the turn of a season played
    from summer to spring, with 1 January for 1 July and seasons labelled ``Y`` for ``Y-(Y+1)``:

    - the day after the last of its run of matches labelled Y-1 going on from 31 December
      (:data:`_SEASON_RUN`), counting only competitions whose Y-1 began in Y-1: the Emperor's Cup
      finals of 2015, 2016, 2017, 2019 and 2020 were played on 1 January of the next year (Kawasaki
      Frontale's of 2016 on 1 January 2017, Yahiro Kazama's last match: its season 2017 begins on 2
      January);
    - else the first of its run of matches labelled Y going back from 1 January.

    The turn never passes the first match of the new season."""
    return _turns(store, club, years, "year_turn", 1, _year_turn)


def _turns(
    store: Store, club: str, years: Iterable[int], kind: str, month: int, find: Callable[[Store, str, int], dt.date]
) -> dict[int, dt.date]:
    """Each year's turn ``find`` gives that is not the first day of ``month`` of that year."""
    turns: dict[int, dt.date] = {}
    for year in sorted(set(years)):
        # a computation asks for the same spell's turns again and again (records, honours, positions)
        turn = store.recall((kind, club, year), partial(find, store, club, year))
        if turn != dt.date(year, month, 1):
            turns[year] = turn
    return turns


def _year_turn(store: Store, club: str, year: int) -> dt.date:
    """The first day of the club's season ``year`` (see :func:`year_turns`)."""
    half_years = (dt.date(year - 1, 7, 1), dt.date(year, 6, 30))
    return _turn(store, club, str(year - 1), str(year), dt.date(year, 1, 1), half_years)


def _turn(store: Store, club: str, old: str, new: str, pivot: dt.date, span: tuple[dt.date, dt.date]) -> dt.date:
    """The first day of the club's season ``new``, which turns from season ``old`` on ``pivot`` (1 July or
    1 January) unless the club's matches (with a result or awaiting one) within ``span`` (the half-years either side
    of ``pivot``) and labelled ``old`` or ``new`` run past it (see :func:`season_turns`); a competition's
    ``old`` season counts after ``pivot`` only if it began before 1 January of ``pivot``'s year."""
    year = pivot.year
    first, last = span[0].isoformat(), span[1].isoformat()
    rows = store.query(
        "SELECT DISTINCT competition, season, date FROM matches WHERE id IN "
        "(SELECT id FROM matches WHERE home_id = ? AND date BETWEEN ? AND ? UNION ALL "
        "SELECT id FROM matches WHERE away_id = ? AND date BETWEEN ? AND ?) "
        "AND status IN ('played', 'awarded', 'scheduled', 'postponed') AND season IN (?, ?)",
        (club, first, last, club, first, last, old, new),
    )
    days: dict[str, list[dt.date]] = {old: [], new: []}
    began_before: dict[str, bool] = {}
    for code, season, day in rows:
        date = Store.to_date(day)
        if str(season) == old and date >= pivot:
            if str(code) not in began_before:
                opened = store.scalar("SELECT MIN(date) FROM matches WHERE competition = ? AND season = ?", (code, old))
                began_before[str(code)] = opened is not None and Store.to_date(opened).year < year
            if not began_before[str(code)]:
                continue
        days[str(season)].append(date)
    # the old season's run on from the day before the pivot; the new season's run back from the pivot
    ended = pivot - dt.timedelta(days=1)
    for day in sorted(d for d in days[old] if d >= pivot):
        if day - ended > _SEASON_RUN:
            break
        ended = day
    began = pivot
    for day in sorted((d for d in days[new] if d < pivot), reverse=True):
        if began - day > _SEASON_RUN:
            break
        began = day
    turn = ended + dt.timedelta(days=1) if ended >= pivot else began
    opened = min((d for d in days[new] if d >= began), default=None)
    if opened is not None:
        turn = min(turn, opened)
    return turn


def league_seasons(store: Store, club: str, first: dt.date, last: dt.date) -> list[tuple[str, str, dt.date]]:
    """(league code, season, the club's last league match of it) for every league season the club played
    in a match of between ``first`` and ``last``, oldest first; in a season with matches in two leagues,
    the one it played most in."""
    rows = store.query(
        "SELECT m.competition, m.season, COUNT(*), MAX(m.date) FROM matches m "
        "JOIN competitions c ON c.code = m.competition "
        "WHERE c.kind = 'league' AND m.id IN "
        "(SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?) "
        "AND m.season IN (SELECT DISTINCT season FROM matches WHERE (home_id = ? OR away_id = ?) "
        "AND date BETWEEN ? AND ?) GROUP BY m.competition, m.season",
        (club, club, club, club, first.isoformat(), last.isoformat()),
    )
    best: dict[str, tuple[int, str, dt.date]] = {}
    for code, season, count, latest in rows:
        if str(season) not in best or int(count) > best[str(season)][0]:
            best[str(season)] = (int(count), str(code), Store.to_date(latest))
    ordered = sorted(best.items(), key=lambda item: item[1][2])
    return [(code, season, latest) for season, (_, code, latest) in ordered]


def club_seasons(
    store: Store, club: str, first: dt.date | None = None, last: dt.date | None = None
) -> list[tuple[str, str]]:
    """(competition code, season) of every competition-season the club has a match in, oldest first;
    with ``first`` and ``last``, only those whose club's matches reach into that window."""
    rows = store.query(
        "SELECT competition, season, MIN(date), MAX(date) FROM matches WHERE id IN "
        "(SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?) "
        "GROUP BY competition, season ORDER BY 3, 1",
        (club, club),
    )
    return [
        (str(code), str(season))
        for code, season, low, high in rows
        if (first is None or Store.to_date(high) >= first) and (last is None or Store.to_date(low) <= last)
    ]


def last_match_day(store: Store, club: str, first: dt.date, last: dt.date) -> dt.date | None:
    """The day of the club's last match with a result from ``first`` to ``last`` (any competition)."""
    found = store.scalar(
        "SELECT MAX(date) FROM matches WHERE (home_id = ? OR away_id = ?) AND date BETWEEN ? AND ? "
        "AND status IN ('played', 'awarded') AND ft_home IS NOT NULL",
        (club, club, first.isoformat(), last.isoformat()),
    )
    return None if found is None else Store.to_date(found)


def holds(store: Store, competition: str, season: str, first: dt.date, last: dt.date) -> bool:
    """Whether the store has ``season`` of a competition, or any of its matches from ``first`` to ``last``
    (for sources labelling seasons otherwise)."""
    return (
        store.scalar(
            "SELECT 1 FROM matches WHERE competition = ? AND (season = ? OR date BETWEEN ? AND ?) LIMIT 1",
            (competition, season, first.isoformat(), last.isoformat()),
        )
        is not None
    )


def seasons(store: Store, competition: str) -> list[tuple[str, dt.date, dt.date]]:
    """A competition's seasons in the store with their first and last match dates, oldest first
    (remembered while the store is :meth:`~touchline.store.base.Store.remembering`)."""

    def read() -> tuple[tuple[str, dt.date, dt.date], ...]:
        return tuple(
            (str(s), Store.to_date(first), Store.to_date(last))
            for s, first, last in store.query(
                "SELECT season, MIN(date), MAX(date) FROM matches WHERE competition = ? GROUP BY season ORDER BY 2",
                (competition,),
            )
        )

    return list(store.recall(("seasons", competition), read))


def plays_in(store: Store, club: str, competition: str, season: str) -> bool:
    """Whether the club has a match in a competition-season."""
    return (
        store.scalar(
            "SELECT 1 FROM matches WHERE competition = ? AND season = ? AND (home_id = ? OR away_id = ?) LIMIT 1",
            (competition, season, club, club),
        )
        is not None
    )


def files(store: Store) -> list[tuple[int, str, str, str, int, int, str]]:
    """(id, source, path, format, matches, skipped lines, imported at) of every imported file, by path."""
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]), str(r[6]))
        for r in store.query(
            "SELECT id, source, path, format, matches, skipped_lines, imported_at FROM files ORDER BY path"
        )
    ]


def neighbour_match_days(
    store: Store, club: str, first: dt.date, last: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """The days of the club's last match with a result before ``first`` and its first after ``last``
    (any competition); ``None`` where the store holds none."""
    before = store.scalar(
        "SELECT MAX(date) FROM matches WHERE (home_id = ? OR away_id = ?) AND date < ? "
        "AND status IN ('played', 'awarded') AND ft_home IS NOT NULL",
        (club, club, first.isoformat()),
    )
    after = store.scalar(
        "SELECT MIN(date) FROM matches WHERE (home_id = ? OR away_id = ?) AND date > ? "
        "AND status IN ('played', 'awarded') AND ft_home IS NOT NULL",
        (club, club, last.isoformat()),
    )
    return (
        None if before is None else Store.to_date(before),
        None if after is None else Store.to_date(after),
    )


def league_near(store: Store, club: str, first: dt.date, last: dt.date) -> str | None:
    """The league the club played in nearest ``first..last``: the one it has most matches of (fixtures
    without a result too) in those days, else that of its league match nearest them, before or after
    (Nottingham Forest's Premier League of 2024-25 for a spell from October 2025 the store has no match
    of); ``None`` for a club with no league match in the store."""
    club_matches = "(SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?)"
    league = "SELECT m.competition, {what} FROM matches m JOIN competitions c ON c.code = m.competition "
    league += f"WHERE c.kind = 'league' AND m.id IN {club_matches} AND "
    inside = store.query(
        league.format(what="COUNT(*) AS n")
        + "m.date BETWEEN ? AND ? GROUP BY m.competition ORDER BY n DESC, m.competition LIMIT 1",
        (club, club, first.isoformat(), last.isoformat()),
    )
    if inside:
        return str(inside[0][0])
    before = store.query(
        league.format(what="m.date") + "m.date < ? ORDER BY m.date DESC, m.competition LIMIT 1",
        (club, club, first.isoformat()),
    )
    after = store.query(
        league.format(what="m.date") + "m.date > ? ORDER BY m.date, m.competition LIMIT 1",
        (club, club, last.isoformat()),
    )
    near = [((first - Store.to_date(row[0][1])).days, str(row[0][0])) for row in (before,) if row]
    near += [((Store.to_date(row[0][1]) - last).days, str(row[0][0])) for row in (after,) if row]
    return str(min(near)[1]) if near else None
