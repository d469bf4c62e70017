"""The queries behind ``touchline check``: store-wide facts that must hold if club identity and the
merging of sources are right. Each returns raw evidence; :mod:`touchline.api.checking` words it."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from touchline.store.base import Store


@dataclass(frozen=True, slots=True)
class Where:
    """A source row's place: file and line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def self_matches(store: Store) -> list[tuple[int, str, str, str, Where]]:
    """Matches whose two sides are one club: (id, competition season, date, club, where)."""
    return [
        (int(r[0]), f"{r[1]} {r[2]}", str(Store.to_date(r[3])), str(r[4]), Where(str(r[5]), int(r[6])))
        for r in store.query(
            "SELECT m.id, m.competition, m.season, m.date, m.home_id, f.path, m.line FROM matches m "
            "JOIN files f ON f.id = m.file_id WHERE m.home_id = m.away_id ORDER BY m.date, m.id"
        )
    ]


def merged_names(store: Store) -> list[tuple[str, str, str, str, str, str]]:
    """Two names of one file and season, playing at the same time, that the store makes one club:
    (club, name, other name, competition, season, file)."""
    rows = store.query(
        "SELECT fn.file_id, fn.competition, fn.season, n.club_id, n.name, fn.first_date, fn.last_date, f.path "
        "FROM file_nodes fn JOIN nodes n ON n.id = fn.node_id JOIN files f ON f.id = fn.file_id "
        "ORDER BY fn.file_id, fn.competition, fn.season, n.club_id"
    )
    out = []
    groups: dict[tuple[Any, ...], list[tuple[str, Any, Any, str]]] = defaultdict(list)
    for file_id, competition, season, club, name, first, last, path in rows:
        groups[(file_id, competition, season, club)].append((str(name), first, last, str(path)))
    for (_, competition, season, club), names in groups.items():
        for i, (name, first, last, path) in enumerate(names):
            for other, o_first, o_last, _ in names[i + 1 :]:
                if str(first) <= str(o_last) and str(o_first) <= str(last):
                    out.append((str(club), name, other, str(competition), str(season), path))
    return out


def league_seasons(store: Store) -> Iterator[tuple[str, str, list[tuple[Any, ...]]]]:
    """Every league competition-season: (competition, season, [(file, path, declared teams, home club,
    away club)] of all its source rows), one season at a time."""
    seasons = store.query(
        "SELECT DISTINCT fn.competition, fn.season FROM file_nodes fn "
        "JOIN competitions c ON c.code = fn.competition AND c.kind = 'league' ORDER BY 1, 2"
    )
    for competition, season in seasons:
        rows = store.query(
            "SELECT r.file_id, f.path, f.declared_teams, h.club_id, a.club_id FROM source_rows r "
            "JOIN files f ON f.id = r.file_id JOIN nodes h ON h.id = r.home_node JOIN nodes a ON a.id = r.away_node "
            "WHERE r.competition = ? AND r.season = ?",
            (competition, season),
        )
        yield str(competition), str(season), [tuple(r) for r in rows]


def league_matches(store: Store, competition: str, season: str) -> list[tuple[Any, ...]]:
    """A league season's stored matches: (home club, away club, date, stage, file path, line)."""
    return [
        tuple(r)
        for r in store.query(
            "SELECT m.home_id, m.away_id, m.date, m.stage, f.path, m.line FROM matches m "
            "JOIN files f ON f.id = m.file_id WHERE m.competition = ? AND m.season = ?",
            (competition, season),
        )
    ]


def twice_a_day(store: Store) -> list[tuple[str, dt.date, list[tuple[str, str, Where, str, str]]]]:
    """Clubs with two or more played matches on one day: (club, date, [(competition, opponent, where,
    the namespace the match's primary source reads the club's name in, the match as the club saw it:
    ``"home 2-1"``)]). A fixture without a score (a postponed match on its old date) does not count."""
    played = "ft_home IS NOT NULL AND status IN ('played', 'awarded')"
    store.execute("CREATE TEMPORARY TABLE IF NOT EXISTS tl_twice (club TEXT, date DATE)")
    store.execute("DELETE FROM tl_twice")
    store.execute(
        f"INSERT INTO tl_twice SELECT club, date FROM (SELECT home_id AS club, date FROM matches WHERE {played} "
        f"UNION ALL SELECT away_id, date FROM matches WHERE {played}) AS s GROUP BY club, date HAVING COUNT(*) > 1"
    )
    rows = store.query(
        "SELECT t.club, t.date, m.competition, CASE WHEN m.home_id = t.club THEN m.away_id ELSE m.home_id END, "
        "f.path, m.line, n.namespace, CASE WHEN m.home_id = t.club THEN 'home' ELSE 'away' END, m.ft_home, "
        "m.ft_away FROM tl_twice t JOIN matches m ON m.date = t.date "
        "AND (m.home_id = t.club OR m.away_id = t.club) "
        f"AND m.{played.replace(' AND status', ' AND m.status')} JOIN files f ON f.id = m.file_id "
        "JOIN source_rows r ON r.id = m.id "
        "JOIN nodes n ON n.id = CASE WHEN m.home_id = t.club THEN r.home_node ELSE r.away_node END "
        "ORDER BY t.club, t.date, f.path, m.line"
    )
    grouped: dict[tuple[str, dt.date], list[tuple[str, str, Where, str, str]]] = defaultdict(list)
    for club, date, competition, opponent, path, line, space, venue, home_goals, away_goals in rows:
        grouped[(str(club), Store.to_date(date))].append(
            (
                str(competition),
                str(opponent),
                Where(str(path), int(line)),
                str(space),
                f"{venue} {home_goals}-{away_goals}",
            )
        )
    return [(club, day, found) for (club, day), found in grouped.items()]


def league_countries(store: Store) -> list[tuple[str, str, list[str]]]:
    """Clubs in two countries' leagues in one season: (club, season, [competitions])."""
    rows = store.query(
        "SELECT s.club, s.season, s.competition, c.country FROM ("
        "SELECT DISTINCT home_id AS club, season, competition FROM matches UNION "
        "SELECT DISTINCT away_id, season, competition FROM matches) AS s "
        "JOIN competitions c ON c.code = s.competition AND c.kind = 'league'"
    )
    seen: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for club, season, competition, country in rows:
        seen[(str(club), str(season))][str(country)].add(str(competition))
    return [
        (club, season, sorted(c for codes in countries.values() for c in codes))
        for (club, season), countries in sorted(seen.items())
        if len(countries) > 1
    ]


def lookalikes(store: Store) -> list[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """Pairs of matches of one competition-season at most a day apart, with the same score and one club
    in common on the same side, the other club differing: (match, match), each (id, date, home, away,
    score, path, line)."""
    rows = store.query(
        "SELECT m.id, m.competition, m.season, m.date, m.home_id, m.away_id, m.ft_home, m.ft_away, f.path, m.line "
        "FROM matches m JOIN files f ON f.id = m.file_id WHERE m.ft_home IS NOT NULL "
        "ORDER BY m.competition, m.season, m.date"
    )
    index: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    out = []
    for row in rows:
        match_id, competition, season, date, home, away, fh, fa, path, line = row
        day = Store.to_date(date).toordinal()
        entry = (int(match_id), Store.to_date(date), str(home), str(away), f"{fh}-{fa}", str(path), int(line))
        for side, club, other in ((0, home, away), (1, away, home)):
            for delta in (-1, 0, 1):
                for seen in index.get((competition, season, side, club, fh, fa, day + delta), ()):
                    # two matches of one file are the file's own listing, not two sources of one match
                    if (seen[3] if side == 0 else seen[2]) != other and seen[5] != entry[5]:
                        out.append((seen, entry))
            index[(competition, season, side, club, fh, fa, day)].append(entry)
    return out


def pair_counts(rows: list[tuple[Any, ...]], home_at: int, away_at: int) -> Counter[tuple[str, str]]:
    """How often each (home, away) pairing occurs among rows."""
    return Counter((str(r[home_at]), str(r[away_at])) for r in rows)
