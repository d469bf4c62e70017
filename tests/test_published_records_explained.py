"""Published figures of managers whose whole-spell records the store did not match, explained (or checked in
part) against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): the store's figure and the matches the store
names as missing, counted from the pages cited.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def test_levein_51_matches_15_wins_after_the_league_cup_semi_final_of_2018(full: Store) -> None:
    # skysports.com, after his sacking on 31 October 2019 ("Hearts reporter notebook: What went wrong
    # for Craig Levein at Tynecastle?"): "Hearts have won 15 of their 51 games since losing to Celtic at
    # Murrayfield, with seven of those victories in cup competitions" (the League Cup semi-final, Sunday
    # 28 October 2018). The store holds the league matches: 39, eight won (15 less the seven cup wins).
    # The other 12 are the cups it names as missing: the Scottish Cup of 2018-19, six (fourfourtwo.com,
    # PA, May 2019, "Hearts' route to the William Hill Scottish Cup final": Livingston 1-0, Auchinleck
    # Talbot 4-0, Partick Thistle 1-1 and 2-1 in the replay, Inverness 3-0, then the final against
    # Celtic), and the League Cup of 2019-20, six: four group matches (bbc.com, 13 July 2019: Group A of
    # five teams, a 1-1 with Dundee United first), Motherwell 1-2 Hearts in the second round
    # (edinburghnews.scotsman.com) and the quarter-final (Hearts were to play Rangers in the semi-final on
    # Sunday 3 November under Austin MacPhee, PA on aol.co.uk). The League Cup of 2018-19 is named too,
    # but Hearts played no match of it after 28 October.
    spell = spell_of(full, "Craig Levein", "Heart of Midlothian", Filters(date_from=dt.date(2018, 10, 29)))
    assert (spell.record.played, spell.record.won) == (39, 8)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("sco.cup", "2018-19"),
        ("sco.cup.l", "2018-19"),
        ("sco.cup.l", "2019-20"),
    }
    scottish_cup, league_cup = 6, 4 + 1 + 1
    assert spell.record.played + scottish_cup + league_cup == 51
    assert spell.record.won + 7 == 15


def test_rebrov_40_league_matches_31_won_92_19_after_hoverla(full: Store) -> None:
    # comments.ua and telegraf.com.ua, 26-27 September 2015 ("Ребров обновил тренерский рекорд чемпионата
    # Украины"): the 2-0 against Hoverla in round 9 of 2015-16 "стал для динамовцев сороковым под
    # руководством Сергея Реброва, в которых они 31 раз победили, восемь свели вничью и лишь однажды
    # проиграли, при разнице голов - 92:19": his caretaker spell (from 17 April 2014) and the permanent one.
    filters = Filters(competitions=("ua.1",), date_to=dt.date(2015, 9, 26))
    spells = manager_record(full, "Serhiy Rebrov", filters).spells
    assert len(spells) == 2
    assert all(s.coverage == "full" for s in spells)
    fields = ("played", "won", "drawn", "lost", "goals_for", "goals_against")
    assert tuple(sum(getattr(s.record, f) for s in spells) for f in fields) == (40, 31, 8, 1, 92, 19)
