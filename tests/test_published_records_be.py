"""Published records of managers of probe BE (managers of English and Scottish clubs whose spells fell
between about 1965 and 1995), against the whole corpus (``full``: all of ../shared/data and the people
files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell or a part of one the store
holds whole: the English First and Second Divisions, the Premier League, the FA Cup, the League Cup and the
European Cup and UEFA Cup of those years; Scotland's league (its cups, which the store lacks, are named as
gaps).
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute import records
from touchline.model import CompetitionKind
from touchline.store import Store


def test_ofarrell_at_manchester_united_81_games_30_won(full: Store) -> None:
    # euroweeklynews.com, 7 March 2022: "O'Farrell had 81 games as manager, winning only 30 of them";
    # pink.rs, March 2022: in charge from 8 June 1971 to 19 December 1972, "na 81 utakmici". The
    # pre-season Watney Cup tie at Halifax (31 July 1971, echolive.ie) is not among the 81.
    spell = spell_of(full, "Frank O'Farrell", "Manchester United")
    assert (spell.record.played, spell.record.won) == (81, 30)
    assert spell.coverage == "full"


def test_armfield_at_leeds_194_games_88_won_47_drawn(full: Store) -> None:
    # Leeds United's statement, quoted by fansnetwork.co.uk, 22 January 2018: "Managing Leeds United for
    # 194 games, of which they won 88 and drew 47", from 4 October 1974; dismissed in July 1978.
    check_whole(full, "Jimmy Armfield", "Leeds United", (194, 88, 47, 59))


def test_walker_at_everton_won_6_lost_18_of_35(full: Store) -> None:
    # evertonresults.com ("donkeys"): "winning just 6 and losing 18 of his 35 games in charge"; appointed
    # 7 January 1994 (soccernostalgia.blogspot.com), his last match the 0-0 at Norwich on 5 November 1994,
    # the sixteenth of 1994-95 ("just 1 win in the opening 16 games in all competitions").
    check_whole(full, "Mike Walker", "Everton FC", (35, 6, 11, 18))
    spell = spell_of(full, "Mike Walker", "Everton FC")
    in_1994_95 = [m for m in spell.matches if m.season == "1994-95"]
    assert len(in_1994_95) == 16


def test_ardiles_at_tottenham_65_games(full: Store) -> None:
    # Norman Giller, My Seventy Years of Spurs (2021), quoted by ebook-hunter.org: "Appointed: 19 June 1993
    # Sacked: 1 November 1994 Games managed: 65 Won: 20 Drawn: 17 Lost: 28 Goals scored: 91 Goals
    # conceded: 100".
    check_whole(full, "Ossie Ardiles", "Tottenham Hotspur", (65, 20, 17, 28))
    record = spell_of(full, "Ossie Ardiles", "Tottenham Hotspur").record
    assert (record.goals_for, record.goals_against) == (91, 100)


def test_ardiles_at_tottenham_54_league_games(full: Store) -> None:
    # whatculture.com ("10 Worst Spurs Managers Of The Premier League Era"): "In his 54 league games in
    # charge, he won 16, drew 14 and lost 24."
    league = Filters(kinds=(CompetitionKind.LEAGUE,))
    record = spell_of(full, "Ossie Ardiles", "Tottenham Hotspur", league).record
    assert (record.played, record.won, record.drawn, record.lost) == (54, 16, 14, 24)


def test_howe_at_arsenal_117_games_46_15_percent_won(full: Store) -> None:
    # Arsenal History Society (blog.woolwicharsenal.co.uk/archives/3707): "His record between December
    # 1983 and March 1986 was played 117 games with 46.15% won" (54 wins): caretaker from 16 December 1983,
    # manager after the Leicester game of 28 April 1984, his last match the 3-0 over Coventry on 22 March
    # 1986 (football7080.com: the last of four straight wins before his resignation).
    spells = manager_record(full, "Don Howe", Filters()).spells
    assert [s.spell.role for s in spells] == ["caretaker", "head_coach"]
    assert all(s.coverage == "full" for s in spells)
    played = sum(s.record.played for s in spells)
    won = sum(s.record.won for s in spells)
    assert (played, won) == (117, 54)
    assert round(100 * won / played, 2) == 46.15


def _league_points_per_game(full: Store, name: str) -> float:
    """The manager's points per league game at Tottenham Hotspur, three for a win, as the source counts."""
    spell = spell_of(full, name, "Tottenham Hotspur", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert spell.coverage == "full"
    record = spell.record
    return (3 * record.won + record.drawn) / record.played


def test_neill_at_tottenham_1_29_points_per_league_game(full: Store) -> None:
    # neverred.blogspot.com, 23 August 2007 ("The Bill Nicholson Way"), Spurs managers' points per league
    # game, three for a win (its Ardiles figure, 1.15, is 62 points from his 54 league games): "Terry Neill
    # 1.29pts per game". From the West Ham game of 14 September 1974 (the club's programme: he "took over
    # shortly before" it) to the end of 1975-76: 78 games, 26 won, 23 drawn.
    assert round(_league_points_per_game(full, "Terry Neill"), 2) == 1.29


def test_burkinshaw_at_tottenham_1_45_points_per_league_game(full: Store) -> None:
    # neverred.blogspot.com, 23 August 2007: "Keith Burkinshaw 1.45pts per game" (three for a win), from
    # his appointment on 14 July 1976 (not606.com) to May 1984: 336 league games, 131 won, 95 drawn.
    assert round(_league_points_per_game(full, "Keith Burkinshaw"), 2) == 1.45


def test_mclean_dundee_united_champions_1982_83_and_the_cups_the_store_lacks(full: Store) -> None:
    # "1982-83 Dundee United F.C. season" (infosekolah.net copy of the encyclopedia page): "Scottish Premier
    # Division 1st ... W24 D8 L4 F90 A35 P56", "Scottish Cup 3rd Round", "League Cup Semi-final", UEFA Cup
    # "Quarter-final" (four two-legged rounds). The season whole is partial: the store holds the league and
    # the UEFA Cup and names the Scottish Cup and the League Cup as what it lacks.
    season = Filters(date_from=dt.date(1982, 7, 1), date_to=dt.date(1983, 6, 30))
    spell = spell_of(full, "Jim McLean", "Dundee United", season)
    league = [m for m in spell.matches if m.competition == "sco.1"]
    uefa_cup = [m for m in spell.matches if m.competition == "uefa.el" and m.counts]
    assert len(uefa_cup) == 8
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("sco.cup", "1982-83"),
        ("sco.cup.l", "1982-83"),
    }
    table = records.record(league, spell.spell.team)
    assert (table.played, table.won, table.drawn, table.lost) == (36, 24, 8, 4)
    assert (table.goals_for, table.goals_against, 2 * table.won + table.drawn) == (90, 35, 56)
