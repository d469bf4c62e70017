"""Published records of managers of probe BN (managers of Scottish clubs, 1995-2024), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

The store holds Scotland's top flight (``sco.1``) and the European cups, not the Scottish Cup or the
League Cup: each figure is a published league one, or a published total whose only missing matches are
those cup ties, each named from a match report and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store

_LEAGUE = (CompetitionKind.LEAGUE,)


def _gwdl(full: Store, name: str, team: str, filters: Filters | None = None) -> tuple[int, int, int, int]:
    record = spell_of(full, name, team, filters).record
    return record.played, record.won, record.drawn, record.lost


def test_cathro_at_hearts_30_matches_with_the_eight_cup_ties_the_store_lacks(full: Store) -> None:
    # edinburghnews.scotsman.com, 1 August 2017: "His record of 30 matches, eight wins, seven draws and 15
    # defeats"; dailymail.co.uk: "just eight wins in his 30 games in charge". The store holds his 22
    # Premiership matches; it lacks his eight cup ties: the Scottish Cup of 2016-17, Raith Rovers 1-1
    # Hearts, fourth round, 22 January 2017 (bbc.co.uk), Hearts 4-2 Raith Rovers after extra time, the
    # replay (bbc.co.uk), Hearts 0-0 Hibernian, fifth round, 12 February 2017 (scotsman.com; bbc.co.uk),
    # Hibernian 3-1 Hearts, the replay, 22 February 2017 (bbc.com); and the League Cup group of 2017-18,
    # "wins over Elgin City and East Fife but lost at League One outfit Peterhead and then drew 2-2 with
    # Dunfermline, losing the resulting penalty shootout" (bbc.com live page, 1 August 2017): three wins,
    # three draws, two defeats. The store's 22 are the published league record: "in the 22 Premiership
    # matches he was in charge last term his side lost 13, drew four and won five" (bbc.com live page and
    # stv.tv, 1 August 2017; theguardian.com: "won only five of his 22 league games in charge").
    spell = spell_of(full, "Ian Cathro", "Heart of Midlothian")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (22, 5, 4, 13)
    assert spell.coverage == "partial"
    assert ("sco.cup", "2016-17") in {(g.competition, season) for g in spell.gaps for season in g.seasons}
    assert {g.competition for g in spell.gaps} <= {"sco.cup", "sco.cup.l"}
    lacked = (8, 3, 3, 2)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (30, 8, 7, 15)


def test_mowbray_at_celtic_won_17_of_30_league_matches_and_lost_seven(full: Store) -> None:
    # GSM via churrera.top ("Celtic part ways with Mowbray"): "won 17 of the 30 league games played";
    # soccernews.com, 25 March 2010: the 4-0 defeat at St Mirren was "their seventh league defeat of the
    # campaign"
    spell = spell_of(full, "Tony Mowbray", "Celtic FC", Filters(kinds=_LEAGUE))
    assert (spell.record.played, spell.record.won, spell.record.lost) == (30, 17, 7)
    assert spell.coverage == "full"


def test_glass_at_aberdeen_eight_wins_from_25_league_matches_of_2021_22(full: Store) -> None:
    # dailybusinessgroup.co.uk, 13 February 2022 ("Dons seek new manager after Glass departs"): "Aberdeen
    # sit ninth in the Premiership, with eight wins from 25 matches"
    filters = Filters(kinds=_LEAGUE, date_from=dt.date(2021, 7, 1))
    spell = spell_of(full, "Stephen Glass", "Aberdeen FC", filters)
    assert (spell.record.played, spell.record.won) == (25, 8)
    assert spell.coverage == "full"


def test_goodwin_at_aberdeen_two_wins_in_12_games_of_2021_22(full: Store) -> None:
    # Daily Record via inkl.com (summer 2022): "Goodwin's arrival couldn't stop the slump as just two wins
    # in 12 games meant a 10th-place finish". Aberdeen were out of both cups before he came (the League
    # Cup on 15 August 2021, the Scottish Cup on 12 February 2022: [cup_out] of data/calendar.toml), so
    # the store holds every match of his first season.
    spell = spell_of(full, "Jim Goodwin", "Aberdeen FC", Filters(date_to=dt.date(2022, 6, 30)))
    assert (spell.record.played, spell.record.won) == (12, 2)
    assert spell.coverage == "full"


def test_goodwin_at_aberdeen_29_points_from_23_league_matches_of_2022_23(full: Store) -> None:
    # fotbolti.net, 28 January 2023, the day he was sacked: Aberdeen "aðeins í sjöunda sæti skosku
    # deildarinnar með 29 stig eftir 23 umferðir" (seventh with 29 points after 23 rounds)
    spell = spell_of(full, "Jim Goodwin", "Aberdeen FC", Filters(kinds=_LEAGUE, date_from=dt.date(2022, 7, 1)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (23, 29)
    assert spell.coverage == "full"


def test_johnson_at_hibernian_nine_matches_of_2023_24_with_the_league_cup_win(full: Store) -> None:
    # theedinburghreporter.co.uk, 27 August 2023: "Their poor record so far this season is played nine and
    # lost five, winning three and drawing the other". The store holds eight: the league's three defeats
    # and five Conference League qualifiers; it lacks the League Cup win over Raith Rovers, "edging Raith
    # Rovers 2-1 in Edinburgh" (the same; bbc.co.uk, "Where did it go wrong for Lee Johnson", August
    # 2023: "A Viaplay Cup quarter-final place was then sealed with a hard-fought victory over second-tier
    # Raith Rovers").
    spell = spell_of(full, "Lee Johnson", "Hibernian FC", Filters(date_from=dt.date(2023, 7, 1)))
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (8, 2, 1, 5)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("sco.cup.l", "2023-24")}
    assert tuple(a + b for a, b in zip(found, (1, 1, 0, 0), strict=True)) == (9, 3, 1, 5)


def test_maloney_at_hibernian_six_wins_in_19_with_the_four_scottish_cup_ties(full: Store) -> None:
    # bbc.co.uk, 19 April 2022: "He only won six of 19 games in charge of Hibs" (and "one win in 13
    # Premiership games in 2022": Ross County, 2-0, of the store's 13 league matches from January);
    # thescottishsun.co.uk, 19 April 2022: "won just six of his 19 matches in charge". The store holds his
    # 15 league matches; it lacks his four Scottish Cup ties of 2021-22: Hibernian 1-0 Cove Rangers after
    # extra time, fourth round (scotsman.com), Arbroath 1-3 Hibernian, fifth round, 13 February 2022
    # (bbc.co.uk), Motherwell 1-2 Hibernian, quarter-final, 13 March 2022 (theedinburghreporter.co.uk;
    # thetimes.co.uk), and the 2-1 semi-final defeat by Hearts at Hampden, his last match (bbc.co.uk;
    # thescottishsun.co.uk): three wins, one defeat. The League Cup of 2021-22 ended in its final the day
    # before he came ([cup_out] of data/calendar.toml).
    spell = spell_of(full, "Shaun Maloney", "Hibernian FC")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (15, 3, 6, 6)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("sco.cup", "2021-22")}
    lacked = (4, 3, 0, 1)
    total = tuple(a + b for a, b in zip(found, lacked, strict=True))
    assert (total[0], total[1]) == (19, 6)


def test_montgomery_at_hibernian_37_matches_with_the_five_cup_ties_the_store_lacks(full: Store) -> None:
    # glasgowworld.com, 14 May 2024: "He took charge of 37 games at Hibs but won just 12, with 12 draws and
    # 13 defeats"; skysports.com, 14 May 2024: "Montgomery's 13th defeat since taking over last September,
    # with 12 draws and 12 wins"; scotsman.com, May 2024: "only won nine league matches". The store holds
    # his 32 league matches; it lacks his five cup ties of 2023-24: the League Cup's quarter-final, Hibs
    # 4-2 St Mirren, 27 September 2023 (scotsman.com; edinburghnews.scotsman.com), and semi-final, Hibs
    # 0-1 Aberdeen at Hampden, 4 November 2023 (edinburghnews.scotsman.com; goal.com); the Scottish Cup's
    # fourth round, Forfar 0-1 Hibs, 20 January 2024 (thecourier.co.uk; scotsman.com), fifth round, a win
    # over Inverness Caledonian Thistle, and quarter-final, "a 2-0 home defeat against Rangers"
    # (edinburghnews.scotsman.com, 7 February 2025): three wins, two defeats.
    spell = spell_of(full, "Nick Montgomery", "Hibernian FC")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (32, 9, 12, 11)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("sco.cup", "2023-24"),
        ("sco.cup.l", "2023-24"),
    }
    lacked = (5, 3, 0, 2)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (37, 12, 12, 13)
