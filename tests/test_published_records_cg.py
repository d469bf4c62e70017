"""Published records of managers of probe CG (managers in Scotland's top flight, 2011-2024), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

The store holds Scotland's top flight (``sco.1``) and the European cups, not the Scottish Cup or the
League Cup: each figure is a published league one, or a published total whose only missing matches are
those cup ties, each named from a report and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store

_LEAGUE = (CompetitionKind.LEAGUE,)


def _league(date_from: dt.date, date_to: dt.date | None = None) -> Filters:
    return Filters(kinds=_LEAGUE, date_from=date_from, date_to=date_to)


def test_adams_at_ross_county_lost_the_four_league_matches_of_2014_15_before_his_sacking(full: Store) -> None:
    # heraldscotland.com, August 2014 ("MacGregor: The right time for a change"): "Adams had led his side to
    # four consecutive defeats in the league"; scotsman.com ("Ross County sack George and Derek Adams"):
    # "after the club started the current Premiership campaign with four defeats". The store lacks his one
    # cup tie of the season, "Tuesday's 2-1 Scottish League Cup win at League One Stranraer"
    # (inverness-courier.co.uk): five matches, one win, four defeats.
    spell = spell_of(full, "Derek Adams", "Ross County FC", Filters(date_from=dt.date(2014, 7, 1)))
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (4, 0, 0, 4)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("sco.cup.l", "2014-15")}
    assert tuple(a + b for a, b in zip(found, (1, 1, 0, 0), strict=True)) == (5, 1, 0, 4)


def test_adams_third_spell_at_ross_county_two_wins_in_12_with_the_scottish_cup_defeat(full: Store) -> None:
    # scotsman.com, 7 February 2024: "Adams secured seven points from his first three games in charge ...
    # but has only collected two points from a possible 24 since and exited the Scottish Cup with a 3-0
    # home defeat against Partick Thistle" (eleven league matches, nine points); pressandjournal.co.uk,
    # 7 February 2024: "seven points from his first three matches in charge. Since then County have failed
    # to win any of their subsequent nine matches however, a run which included a 3-0 defeat at home to
    # second-tier side Partick Thistle in the Scottish Cup"; dailybusinessgroup.co.uk, 7 February 2024: "he
    # managed just two wins in the 12 matches". The 12 are the store's 11 league matches and that cup tie:
    # his own statement's "my 12 league games in charge" (the same) counts the cup tie as a league game.
    spell = spell_of(full, "Derek Adams", "Ross County FC", start=dt.date(2023, 11, 20))
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (11, 2, 3, 6)
    assert 3 * spell.record.won + spell.record.drawn == 7 + 2
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("sco.cup", "2023-24"),
        ("sco.cup.l", "2023-24"),
    }
    total = tuple(a + b for a, b in zip(found, (1, 0, 0, 1), strict=True))
    assert (total[0], total[1]) == (12, 2)


def test_ross_at_hibernian_unbeaten_in_seven_then_one_win_and_seven_defeats_in_nine(full: Store) -> None:
    # thetimes.co.uk, 11 December 2021: after the 1-0 win over St Johnstone, "It was Hibs' seventh outing of
    # the league campaign and they were unbeaten"; fourfourtwo.com, 9 December 2021: "a 1-0 loss at
    # Livingston on Wednesday evening made it seven defeats in Hibs' last nine cinch Premiership matches";
    # dailybusinessgroup.co.uk, 9 December 2021: "just one win from nine games" in the league.
    first = spell_of(full, "Jack Ross", "Hibernian FC", _league(dt.date(2021, 7, 1), dt.date(2021, 9, 30)))
    assert (first.record.played, first.record.lost) == (7, 0)
    assert first.coverage == "full"
    last = spell_of(full, "Jack Ross", "Hibernian FC", _league(dt.date(2021, 10, 1)))
    assert (last.record.played, last.record.won, last.record.lost) == (9, 1, 7)
    assert last.coverage == "full"


def test_neilson_at_hearts_65_league_points_in_2015_16(full: Store) -> None:
    # scotsman.com, 24 April 2022 ("Robbie Neilson reveals Hearts points target"): "The 2015/16 campaign saw
    # Hearts finish on 65 points", the 60-point mark of 2021-22 being "the first time that has been reached
    # in the top-flight since Neilson's first spell in charge".
    spell = spell_of(full, "Robbie Neilson", "Heart of Midlothian", _league(dt.date(2015, 7, 1), dt.date(2016, 6, 30)))
    assert (spell.record.played, 3 * spell.record.won + spell.record.drawn) == (38, 65)
    assert spell.coverage == "full"


def test_neilson_at_hearts_60_league_points_after_the_win_at_tannadice_in_april_2022(full: Store) -> None:
    # scotsman.com, 24 April 2022: "A 3-2 win over Dundee United at Tannadice took the Tynecastle Park men
    # onto the 60-point mark".
    spell = spell_of(full, "Robbie Neilson", "Heart of Midlothian", _league(dt.date(2021, 7, 1), dt.date(2022, 4, 24)))
    assert 3 * spell.record.won + spell.record.drawn == 60
    assert spell.coverage == "full"


def test_neilson_at_hearts_five_defeats_in_his_last_six_league_matches(full: Store) -> None:
    # PA via ksaplayers.com, 9 April 2023: "their season began to unravel with defeats against Motherwell,
    # Celtic, Aberdeen, Kilmarnock and St Mirren in their last six league games"; theedinburghreporter.co.uk,
    # 9 April 2023: "Five defeats in six league games". The sixth is the 3-0 win over St Johnstone.
    spell = spell_of(full, "Robbie Neilson", "Heart of Midlothian", _league(dt.date(2023, 2, 19)))
    assert (spell.record.played, spell.record.won, spell.record.lost) == (6, 1, 5)
    assert spell.coverage == "full"


def test_wright_at_st_johnstone_57_and_56_league_points_fourth_twice(full: Store) -> None:
    # nareystoepoker.blogspot.com, 17 May 2016 ("2015-16 report card - St. Johnstone"): "LEAGUE: 4th, 56pts
    # (2014-15 - 4th, 57pts)"; bbc.co.uk, May 2017: "The Perth men have now finished fourth in the
    # Premiership for three successive seasons".
    for start, points in ((2014, 57), (2015, 56)):
        filters = _league(dt.date(start, 7, 1), dt.date(start + 1, 6, 30))
        spell = spell_of(full, "Tommy Wright", "St. Johnstone FC", filters)
        assert (spell.record.played, 3 * spell.record.won + spell.record.drawn) == (38, points)
        assert spell.coverage == "full"


def test_wright_at_st_johnstone_the_table_of_31_march_2017(full: Store) -> None:
    # Daily Record, 31 March 2017 (via pressreader.com), "Premiership latest": "ST J'STONE .......... 29 12 7
    # 10 39 37 43", fourth with nine games left.
    spell = spell_of(full, "Tommy Wright", "St. Johnstone FC", _league(dt.date(2016, 7, 1), dt.date(2017, 3, 31)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (29, 12, 7, 10)
    assert (record.goals_for, record.goals_against, 3 * record.won + record.drawn) == (39, 37, 43)
    assert spell.coverage == "full"
