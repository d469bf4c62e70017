"""League tables read from the store, where several sources meet: every club plays every round."""

from __future__ import annotations

from touchline.api.tables import UNPLACED, competition_table, season_matches
from touchline.store import Store


def test_every_club_plays_the_same_number_of_regular_season_games(focused: Store) -> None:
    seasons = focused.query(
        "SELECT DISTINCT competition, season FROM matches WHERE competition IN ('dk.1', 'de.1', 'be.1') "
        "AND season < '2025-26' ORDER BY 1, 2"  # 2025-26 is still being played
    )
    assert len(seasons) > 45
    uneven = {}
    for code, season in seasons:
        played = {row.club: row.played for row in competition_table(focused, code, season, stage="Regular Season").rows}
        if len(set(played.values())) > 1:
            uneven[(code, season)] = {club: n for club, n in played.items() if n != max(played.values())}
    # Excelsior Mouscron withdrew in December 2009 and their results were struck off: not listed, a note
    # names them
    assert uneven == {}
    notes = competition_table(focused, "be.1", "2009-10", stage="Regular Season").notes
    assert "Not listed, every match of theirs cancelled: Excelsior Mouscron." in notes


def test_play_offs_a_source_gives_without_a_stage_stay_out_of_the_regular_table(focused: Store) -> None:
    # football-data lists the 2018-19 Superliga relegation play-offs (against 1st Division clubs) among the
    # league's matches, without a stage; worldfootball has no such matches.
    unplaced = [m for m in season_matches(focused, "dk.1", "2018-19") if m.stage == UNPLACED]
    assert len(unplaced) == 8
    assert {m.home for m in unplaced} >= {"Lyngby BK", "Viborg FF"}
    table = competition_table(focused, "dk.1", "2018-19", stage="Regular Season")
    assert len(table.rows) == 14 and {row.played for row in table.rows} == {26}
    final = competition_table(focused, "dk.1", "2018-19")
    assert len(final.rows) == 14 and UNPLACED not in {row.stage for row in final.rows}
