"""Published records of managers of probe CC (Scotland's top flight and England's Championship, 2000-2020),
against the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only gap the store names is a play-off round the club had left before he took charge.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, check_whole, whole_gwdl
from touchline.api.managers import Filters
from touchline.store import Store


def test_karanka_at_nottingham_forest_52_matches_16_19_17(full: Store) -> None:
    # goal.com, January 2019, on his leaving Forest on 11 January 2019: "Karanka took in 52 games at the
    # Forest helm. He only emerged victorious in 16 of those, drawing 19 and losing 17." He was appointed
    # on 8 January 2018, the day after caretaker Gary Brazil's side beat Arsenal in the FA Cup
    # (reuters.com, 8 January 2018); his last match was the FA Cup defeat at Chelsea on 5 January 2019.
    check_whole(full, "Aitor Karanka", "Nottingham Forest", (52, 16, 19, 17))


def test_pearson_at_derby_12_matches_2_wins_6_defeats(full: Store) -> None:
    # offtheball.com, October 2016: "just two wins from his first twelve games"; itsroundanditswhite.co.uk,
    # 28 September 2016: "six defeats in twelve games in charge" (so four draws). He was suspended on
    # 27 September 2016 before the match at Cardiff, which Chris Powell took (independent.co.uk): his
    # last match was Blackburn at home on 24 September. The store names the 2015-16 Championship
    # play-offs as lacking (Derby were fifth): Derby "were beaten 3-2 on aggregate by Hull City" under
    # the interim Darren Wassall (onefootball.com, Football League World, September 2024), and Pearson
    # arrived "just weeks after his new side's defeat to Hull" (footballleagueworld.co.uk, March 2025),
    # on 27 May 2016: none of those ties is his.
    check_store_and_missing(
        full,
        "Nigel Pearson",
        "Derby County",
        Filters(),
        found=(12, 2, 4, 6),
        missing={("eng.2", "2015-16")},
        lacked=(0, 0, 0, 0),
        published=(12, 2, 4, 6),
    )


def test_warburton_at_nottingham_forest_lost_18_of_34_league_matches(full: Store) -> None:
    # theguardian.com, 31 December 2017, on his sacking: Warburton "was appointed towards the end of the
    # Fawaz al-Hasawi regime last season but has lost 18 out of 34 league [matches]" (the sentence
    # reads "18 out of 34 league defeats"); bbc.co.uk, 14 March 2017: he would "now be in place for
    # their final nine games" of 2016-17; vavel.com, 31 December 2017: Forest, 14th "after 25 games",
    # "have already lost 14 games" in 2017-18, all of them his.
    league = ("eng.2",)
    played, _, _, lost = whole_gwdl(full, "Mark Warburton", "Nottingham Forest", Filters(competitions=league))
    assert (played, lost) == (34, 18)
    in_2016_17 = Filters(competitions=league, date_to=dt.date(2017, 6, 30))
    assert whole_gwdl(full, "Mark Warburton", "Nottingham Forest", in_2016_17)[0] == 9
    in_2017_18 = Filters(competitions=league, date_from=dt.date(2017, 7, 1))
    played, _, _, lost = whole_gwdl(full, "Mark Warburton", "Nottingham Forest", in_2017_18)
    assert (played, lost) == (25, 14)
