"""Published records of managers of probe CE (managers in Scotland's top flight, 2013-2025), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

The store holds Scotland's top flight (``sco.1``) and the European cups, not the Scottish Cup or the League
Cup: each figure here is a published league one.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.model import CompetitionKind
from touchline.store import Store

_LEAGUE = (CompetitionKind.LEAGUE,)


def test_kettlewell_at_motherwell_30_points_from_42_in_his_first_three_months(full: Store) -> None:
    # Motherwell's statement on his resignation (scotsman.com, 27 January 2025): "He guided Motherwell to
    # safety, narrowly missing out on top-six football in his first three months in charge, collecting 30
    # points out of a possible 42": his 14 league matches of 2022-23, from the home win over St Mirren on
    # 15 February 2023 as interim (life2sports.com, 22 February 2023: "beat St Mirren 2-1 ... then
    # impressed in a 2-0 victory over Hearts"), then as manager.
    spells = manager_record(full, "Stuart Kettlewell", Filters(kinds=_LEAGUE, date_to=dt.date(2023, 6, 30))).spells
    assert [s.spell.role for s in spells] == ["caretaker", "head_coach"]
    assert [s.record.played for s in spells] == [2, 12]
    assert [s.record.won for s in spells] == [2, 7]
    assert all(s.coverage == "full" for s in spells)
    played = sum(s.record.played for s in spells)
    points = sum(3 * s.record.won + s.record.drawn for s in spells)
    assert (played, points) == (14, 30)


def test_johnston_at_kilmarnock_lost_21_league_matches_of_2013_14(full: Store) -> None:
    # thatsnevertenyards.wordpress.com, 10 May 2015: in his first season "he narrowly avoided 11th with a
    # last-day victory at Easter Road ... they had lost the most games (21) in the Premiership";
    # thefootyblog.net, 6 February 2015: "last term they finished in ninth place"
    filters = Filters(kinds=_LEAGUE, date_to=dt.date(2014, 6, 30))
    spell = spell_of(full, "Allan Johnston", "Kilmarnock FC", filters)
    assert (spell.record.played, spell.record.lost) == (38, 21)
    assert spell.coverage == "full"


def test_johnston_at_kilmarnock_left_with_28_points_of_2014_15(full: Store) -> None:
    # thatsnevertenyards.wordpress.com, 10 May 2015: "He left the club in eighth with 28 points"; bbc.co.uk,
    # 6 February 2015: "although the club sits in eighth place in the Premiership"
    filters = Filters(kinds=_LEAGUE, date_from=dt.date(2014, 7, 1))
    spell = spell_of(full, "Allan Johnston", "Kilmarnock FC", filters)
    record = spell.record
    assert 3 * record.won + record.drawn == 28
    assert spell.coverage == "full"


def test_mcnamara_at_dundee_united_five_points_from_nine_league_matches_of_2015_16(full: Store) -> None:
    # hellorayo.co.uk (Forth), 28 September 2015: "they have taken just five points from their opening
    # nine matches", "their sole league win coming against Motherwell on August 8"; bbc.co.uk, 28 September
    # 2015: "second from bottom of the Scottish Premiership after one win in nine games"
    filters = Filters(kinds=_LEAGUE, date_from=dt.date(2015, 7, 1))
    spell = spell_of(full, "Jackie McNamara", "Dundee United", filters)
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (9, 1, 5)
    assert spell.coverage == "full"
