"""Published records of managers of probe CA (MLS head coaches of 2019-2024), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or part of one, that the store
holds whole, or whose only missing matches are the ones the store names, counted by hand. MLS publishes
a coach's record as wins-losses-ties, a shoot-out being a tie; the store's Major League Soccer matches are
split by their stage ("Regular Season", "Playoffs") to compare.
"""

from __future__ import annotations

import datetime as dt

from tests.published import MLS, check_store_and_missing, mls_playoff, mls_wlt, spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def test_wolff_at_austin_45_wins_30_draws_60_losses_in_the_regular_season(full: Store) -> None:
    # oursportscentral.com (Austin FC release), 6 October 2024: "Wolff's tenure with Austin FC concludes
    # with a combined four-year record of 45 wins, 30 draws, and 60 losses in MLS regular season matches"
    # (tsn.ca, AP, the same day: "45 wins, 30 draws and 60 losses in MLS regular season matches").
    spell = spell_of(full, "Josh Wolff", "Austin FC", MLS)
    assert spell.coverage == "full"
    regular = [m for m in spell.matches if not mls_playoff(m)]
    assert mls_wlt(regular, spell.spell.team) == (45, 60, 30)
    # The 2022 play-offs: Real Salt Lake (a shoot-out), FC Dallas (won), LAFC in the Western Conference
    # final (lost) (oursportscentral.com: "playoff victories at home versus Real Salt Lake and FC Dallas").
    assert mls_wlt((m for m in spell.matches if mls_playoff(m)), spell.spell.team) == (1, 1, 1)


def test_gary_smith_at_nashville_52_mls_wins_3_of_them_in_the_playoffs(full: Store) -> None:
    # rutherfordsource.com (Nashville SC release), 16 May 2024: "Smith departs Nashville SC with an MLS
    # record of 52 wins, including three playoff victories"; AP (yahoo.com), the same day: "Smith led
    # Nashville SC to 52 MLS wins and three playoff victories". Nashville joined MLS in 2020.
    spell = spell_of(full, "Gary Smith", "Nashville SC", MLS)
    assert spell.record.won == 52
    playoff_wins, _, _ = mls_wlt((m for m in spell.matches if mls_playoff(m)), spell.spell.team)
    assert playoff_wins == 3
    assert {m.season for m in spell.matches} == {"2020", "2021", "2022", "2023", "2024"}


def test_fraser_at_colorado_47_48_34_with_the_two_leagues_cup_defeats_of_2023(full: Store) -> None:
    # cbsnews.com (Colorado Rapids release), 5 September 2023: Fraser "went on to compile a 47-48-34
    # record across all competitions" (mlssoccer.com: "a 47W-48L-34D record across all competitions").
    # The store lacks the Leagues Cup 2023, where the Rapids played twice and lost twice: "a 2-1 loss last
    # week at Nashville SC and a 4-1 loss Monday versus Toluca" (chprowebdesign.com, from The Denver Post,
    # July 2023; burgundywave.com, 10 March 2023: Nashville on 23 July, Toluca on 31 July). The 2022
    # Champions League tie lost to Comunicaciones on penalties is a tie in both.
    check_store_and_missing(
        full,
        "Robin Fraser",
        "Colorado Rapids",
        Filters(),
        found=(127, 47, 34, 46),
        missing={("concacaf.leagues", "2023")},
        lacked=(2, 0, 0, 2),
        published=(129, 47, 34, 48),
    )


def test_pineda_at_atlanta_won_one_of_his_last_11_mls_matches(full: Store) -> None:
    # apnews.com, 3 June 2024 ("Atlanta United fires coach Gonzalo Pineda"): "United managed only one
    # victory — a surprising 3-1 road triumph over Lionel Messi and MLS-leading Inter Miami last week — in
    # its final 11 games with Pineda on the sideline. The team is 1-6-4 over that span"; his last match
    # was the 3-2 home loss to Charlotte of Sunday 2 June.
    spell = spell_of(full, "Gonzalo Pineda", "Atlanta United FC", MLS)
    assert spell.coverage == "full"
    last = sorted(spell.matches, key=lambda m: m.date)[-11:]
    assert mls_wlt(last, spell.spell.team) == (1, 6, 4)
    final = last[-1]
    assert final.date == dt.date(2024, 6, 2)
    assert final.ft is not None and (final.ft.home, final.ft.away) == (2, 3)
