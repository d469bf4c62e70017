"""Published records of spells corrected at stop 30, against the whole corpus (``full``)."""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.api.tables import competition_table
from touchline.store import Store


def test_petrescu_at_kayserispor_8_matches(full: Store) -> None:
    # mondonews.ro, 23 February 2021: "În cele 45 de zile petrecute pe banca tehnică a celor de la
    # Kayserispor, Dan Petrescu a bifat 2 victorii, 3 egaluri și 3 înfrângeri și golaveraj 6-9"; the club
    # parted with him that day (its statement, tuttomercatoweb.com). Before, his spell ran to 31 May
    # 2021 (the biography's year) and counted 15 more matches of Kayserispor.
    spell = spell_of(full, "Dan Petrescu", "Kayserispor")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (8, 2, 3, 3)
    assert (record.goals_for, record.goals_against) == (6, 9)
    # all 8 are league matches: Kayserispor were out of the Turkish Cup before the round of 16 of
    # December 2020 (calendar.toml's [cup_out]; before, the spell read partial for lack of it)
    assert (spell.coverage, spell.gaps) == ("full", ())


def test_petrescu_back_at_cfr_after_sumudica(full: Store) -> None:
    # dcnews.ro, August 2021: Marius Șumudică dismissed after the 1-2 defeat to Crvena Zvezda of 26 August
    # ("Se întoarce Dan Petrescu"; "Șumudică i-a condus pe vișinii în 15 meciuri": the store's 14 of
    # July-August 2021 and the Supercupa). Before, Petrescu's spell began on 1 June 2021 and counted them.
    spell = spell_of(full, "Dan Petrescu", "CFR Cluj", start=dt.date(2021, 8, 27))
    first = min((m for m in spell.matches if m.counts), key=lambda m: m.date)
    assert (first.date, first.home, first.away, str(first.ft)) == (dt.date(2021, 8, 29), "CFR Cluj", "FCSB", "4-1")
    assert not [m for m in spell.matches if dt.date(2021, 7, 1) <= m.date <= dt.date(2021, 8, 26)]


def test_ukrainian_premier_league_2021_22_ended_without_a_champion(full: Store) -> None:
    # news18.com (Reuters), 27 April 2022, the league's statement: "The standings as of Feb. 24, 2022 will
    # be the final standings of the 2021/22 season, with no winners to be awarded"; "Shakhtar Donetsk were
    # top of the league table with 47 points from 18 games, two points ahead of Dynamo Kyiv". Before, the
    # season read as cut short in the data: Roberto De Zerbi's Shakhtar had no finishing place.
    table = competition_table(full, "ua.1", "2021-22")
    assert [(r.position, r.club, r.points) for r in table.rows[:2]] == [
        (1, "Shakhtar Donetsk", 47),
        (2, "Dynamo Kyiv", 45),
    ]
    assert table.champion is None and any("no champion" in note for note in table.notes)
    spell = spell_of(full, "Roberto De Zerbi", "Shakhtar Donetsk", Filters())
    positions = manager_record(full, "Roberto De Zerbi", positions=True).spells[0].positions
    assert spell.team_name == "Shakhtar Donetsk" and positions is not None
    assert [(s.position, s.season) for s in positions.season_ends] == [(1, "2021-22")]
