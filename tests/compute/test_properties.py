"""Invariants of every table: over every league season of the data, and over made-up seasons.

Goals for add up to goals against, wins to losses, every club's W + D + L is its games played, its
points are what the rules give for its results plus carried points less deductions, and the home
and away tables add up to the full one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchline.compute.tables import LeagueTable, league_table, season_tables
from touchline.config import data_dir
from touchline.model import CompetitionKind, Match, Score, Status
from touchline.reference.competitions import competition as catalog_competition
from touchline.reference.rules import Carry, Rules, rules_for
from touchline.sources import detect

# the imported corpus: every file of the focused data sets, file by file (the full worldfootball cache
# is checked in one test at the end of this module)
FOLDERS = (
    "worldfootball-cache.wfb.txt",
    "openfootball-deutschland",
    "openfootball-belgium",
    "openfootball-europe",
    "openfootball-football.json",
    "footballcsv-cache.footballdata",
    "football-data.co.uk-DNK",
    "engsoccerdata",
)


def corpus_files() -> list[str]:
    root = data_dir()
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".txt", ".json", ".csv") and detect(path) is not None:
                found.append(str(path.relative_to(root)))
    return found


def league_seasons(path: Path) -> Iterator[tuple[str, str, list[Match]]]:
    reader = detect(path)
    assert reader is not None
    seasons: dict[tuple[str, str], list[Match]] = {}
    for match in reader.read(path):
        seasons.setdefault((match.competition, match.season), []).append(match)
    for (code, season), matches in sorted(seasons.items()):
        if catalog_competition(code).kind is CompetitionKind.LEAGUE:
            yield code, season, matches


def check(table: LeagueTable, rules: Rules) -> None:
    """The invariants every table keeps."""
    points = rules.points
    stage_rule = rules.stage_rule(table.stage) if table.stage else None
    carry = stage_rule.carry if stage_rule else Carry.NONE
    for row in table.rows:
        assert row.won + row.drawn + row.lost == row.played, row
        earned = row.won * points.win + row.drawn * points.draw + row.lost * points.loss
        if carry in (Carry.HALVED_DOWN, Carry.HALVED_RECORD):
            # results over the whole season, the regular season's points halved: the points lost are the
            # other half (less the half point rounded up, or with the one rounded off), and any deduction
            lost = earned - row.points + row.deduction
            rounding = row.rounded if carry is Carry.HALVED_DOWN else -row.rounded
            assert row.carried is not None and lost >= row.carried + rounding, row
        elif points.shootouts and points.shootout_win is not None and points.shootout_loss is not None:
            # a level match earns the shoot-out's points where the data holds it, else a draw's: between
            # the loser's and the winner's for each (the NSL of 1994-95)
            low = min(points.draw, points.shootout_loss)
            high = max(points.draw, points.shootout_win)
            base = row.won * points.win + row.lost * points.loss + (row.carried or 0) - row.deduction
            assert base + row.drawn * low <= row.points <= base + row.drawn * high, row
        elif points.margin_bonus is not None:
            # a big win's point more, a big loss's point less (Poland 1986-87 to 1989-90)
            base = earned + (row.carried or 0) - row.deduction
            assert base - row.lost <= row.points <= base + row.won, row
        else:
            assert row.points == earned + (row.carried or 0) - row.deduction, row
        assert row.gd == row.gf - row.ga
        assert len(row.form) == min(5, row.played) or row.carried is not None or table.stage
    groups: dict[str | None, list[int]] = {}
    for row in table.rows:
        groups.setdefault(row.group, []).append(row.position)
    for positions in groups.values():
        assert positions[0] == 1
        assert positions == sorted(positions)
        for index, position in enumerate(positions):
            assert position <= index + 1
    if carry not in (Carry.FULL, Carry.HALVED_DOWN, Carry.HALVED_RECORD):
        # a closed set of matches: what one club scores another concedes
        assert sum(r.gf for r in table.rows) == sum(r.ga for r in table.rows)
        assert sum(r.won for r in table.rows) == sum(r.lost for r in table.rows)
        assert sum(r.drawn for r in table.rows) % 2 == 0


@pytest.mark.parametrize("relative", corpus_files())
def test_invariants_over_every_season_of_the_corpus(data: Path, relative: str) -> None:
    for code, season, matches in league_seasons(data / relative):
        rules = rules_for(code, season)
        counted = [m for m in matches if m.counts]
        tables = season_tables(matches, rules)
        for table in tables:
            check(table, rules)
        if not any(rules.is_regular(m.stage) for m in matches):
            continue
        full = league_table(matches, rules)
        regular = [m for m in counted if rules.is_regular(m.stage)]
        assert sum(r.played for r in full.rows) == 2 * len(regular)
        home = {r.club: r for r in league_table(matches, rules, venue="home").rows}
        away = {r.club: r for r in league_table(matches, rules, venue="away").rows}
        for row in full.rows:
            h, a = home[row.club], away[row.club]
            assert (h.won + a.won, h.drawn + a.drawn, h.lost + a.lost) == (row.won, row.drawn, row.lost)
            assert (h.gf + a.gf, h.ga + a.ga) == (row.gf, row.ga)
            assert h.points + a.points == row.points + row.deduction


CLUBS = ["A", "B", "C", "D", "E", "F"]

fixtures = st.lists(
    st.tuples(
        st.integers(0, 60),  # day
        st.sampled_from(CLUBS),
        st.sampled_from(CLUBS),
        st.integers(0, 5),
        st.integers(0, 5),
        st.sampled_from([Status.PLAYED, Status.PLAYED, Status.PLAYED, Status.SCHEDULED, Status.AWARDED]),
    ),
    max_size=60,
)


def made_up(rows: list[tuple[int, str, str, int, int, Status]]) -> list[Match]:
    return [
        Match(
            date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
            home=home,
            away=away,
            competition="xx.1",
            season="2023-24",
            ft=Score(hg, ag) if status is not Status.SCHEDULED else None,
            status=status,
        )
        for day, home, away, hg, ag, status in rows
        if home != away
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fixtures, st.sampled_from(["de.1", "es.1", "eng.1", "zz.1"]), st.randoms(use_true_random=False))
def test_invariants_over_made_up_seasons(
    rows: list[tuple[int, str, str, int, int, Status]], code: str, shuffle: random.Random
) -> None:
    matches = made_up(rows)
    rules = rules_for(code, "2015-16")
    table = league_table(matches, rules)
    check(table, rules)
    assert sum(r.played for r in table.rows) == 2 * sum(1 for m in matches if m.counts)
    # the order the matches come in does not matter
    shuffled = list(matches)
    shuffle.shuffle(shuffled)
    again = league_table(shuffled, rules)
    assert [(r.position, r.club, r.points) for r in again.rows] == [(r.position, r.club, r.points) for r in table.rows]
    # a table at an earlier date never holds more games
    middle = dt.date(2024, 1, 31)
    earlier = {r.club: r.played for r in league_table(matches, rules, as_of=middle).rows}
    assert all(earlier.get(r.club, 0) <= r.played for r in table.rows)


def _check_files(paths: list[str]) -> tuple[int, int, list[str]]:
    """Worker: (seasons, tables, failures) for the league seasons of some corpus files."""
    seasons = tables = 0
    failures = []
    for path in paths:
        for code, season, matches in league_seasons(Path(path)):
            rules = rules_for(code, season)
            seasons += 1
            try:
                for table in season_tables(matches, rules):
                    check(table, rules)
                    tables += 1
            except AssertionError as exc:
                failures.append(f"{path} {code} {season}: {exc}")
    return seasons, tables, failures


def test_invariants_over_every_league_season_of_the_full_worldfootball_cache(data: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    paths = sorted(str(p) for p in (data / "worldfootball-cache-full").rglob("*.txt"))
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_check_files, [paths[i::8] for i in range(8)]))
    assert [f for _, _, found in results for f in found] == []
    assert sum(r[0] for r in results) > 3_500  # league seasons (cups have no table)
    assert sum(r[1] for r in results) > sum(r[0] for r in results)  # split seasons have several tables
