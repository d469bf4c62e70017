"""Head-to-head in a season cut short: the meetings played, or only complete meetings.

In a season a competition ended early (a rules file's ``[[decision]]``), the meetings cancelled with it
counted as still due, so head-to-head never decided between clubs that had not completed their meetings.
That is the LFP's rule for Ligue 1 2019-20 (Lyon above Montpellier on goal difference, their second
meeting never played) but not the Cypriot FA's: in 2019-20 Omonia, level with Anorthosis on 46 points,
was ranked first on their two meetings played (1-0, 0-0), the third, in the championship round,
cancelled. A decision's ``played_meetings`` now says that the played meetings decide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.madeup import made_up
from touchline.api.tables import competition_table
from touchline.compute.tables import league_table
from touchline.model import Match, Status
from touchline.reference.rules import DEFAULT, Criterion, Decision, rules_for
from touchline.store import Store

H2H_FIRST = (Criterion.POINTS, Criterion.H2H_POINTS, Criterion.GOAL_DIFFERENCE)


def match(day: int, home: str, away: str, score: tuple[int, int] | None) -> Match:
    """A match on day ``day`` of 2024; no score: a fixture cancelled with the season."""
    return made_up(day, home, away, score, status=None if score else Status.CANCELLED)


# A and B level on 4 points: A beat B in their only meeting played, B has the better goal difference
# (+4 to +1); their second meeting and A v D were cancelled with the season
SEASON = [
    match(1, "A", "B", (1, 0)),
    match(2, "A", "C", (0, 0)),
    match(3, "B", "C", (0, 0)),
    match(4, "B", "D", (5, 0)),
    match(5, "B", "A", None),
    match(6, "A", "D", None),
]


def _order(played_meetings: bool) -> list[tuple[int, str, int]]:
    decision = Decision(note="stopped", source="board", date=dt.date(2024, 2, 1), played_meetings=played_meetings)
    rules = replace(DEFAULT, tiebreak=H2H_FIRST, decision=decision)
    return [(row.position, row.club, row.points) for row in league_table(SEASON, rules)]


def test_a_decision_on_the_played_meetings_ranks_on_them() -> None:
    # A beat B 1-0: A first on their meeting; B's better goal difference does not come up
    assert _order(True) == [(1, "A", 4), (2, "B", 4), (3, "C", 2), (4, "D", 0)]


def test_by_default_cancelled_meetings_leave_head_to_head_incomplete() -> None:
    # their second meeting cancelled with the season: goal difference decides, B first
    assert _order(False) == [(1, "B", 4), (2, "A", 4), (3, "C", 2), (4, "D", 0)]


def test_rules_files_say_which_decisions_count_the_played_meetings() -> None:
    cyprus, france = rules_for("cy.1", "2019-20").decision, rules_for("fr.1", "2019-20").decision
    assert cyprus is not None and cyprus.played_meetings
    assert france is not None and not france.played_meetings


def test_cyprus_2019_20_omonia_first_on_its_meetings_with_anorthosis(full: Store) -> None:
    # legia.net, 17 May 2020: "Klub Berga [Omonia] był na czele tabeli z dorobkiem 46 punktów. Taki sam
    # dorobek miał Anorthosis Famagusta, lecz bilans \"Koniczynek\" w bezpośrednich spotkaniach był lepszy";
    # ran.de, 15 May 2020: "Omonia Nikosia führte das Klassement vor Anorthosis Famagusta (beide 46 Punkte)
    # an". Omonia won 1-0 (26 January 2020) and drew 0-0 (20 October 2019); the third meeting, in the
    # championship round on 21 March 2020, was cancelled.
    standings = competition_table(full, "cy.1", "2019-20")
    top = [(row.position, row.club, row.points, row.gd) for row in standings.rows[:3]]
    assert top == [
        (1, "Omonia Nicosia", 46, 21),
        (2, "Anorthosis Famagusta", 46, 24),
        (3, "APOEL Nicosia", 40, 20),
    ]
    stage = competition_table(full, "cy.1", "2019-20", stage="Championship")
    assert [row.club for row in stage.rows[:2]] == ["Omonia Nicosia", "Anorthosis Famagusta"]


def test_ligue_1_2019_20_still_ranks_incomplete_meetings_on_goal_difference(full: Store) -> None:
    # the LFP's final table of 30 April 2020 (fr.besoccer.com, "le classement officiel de la saison
    # 2019-2020"): 7 Lyon, 8 Montpellier (both 1.43 points a match, their second meeting never played),
    # 16 Dijon, 17 Saint-Étienne (both 30 points from 28 matches)
    rows = {row.club: row for row in competition_table(full, "fr.1", "2019-20").rows}
    placed = [
        (rows[c].position, c, rows[c].points)
        for c in ("Olympique Lyonnais", "Montpellier HSC", "Dijon FCO", "AS Saint-Étienne")
    ]
    assert placed == [
        (7, "Olympique Lyonnais", 40),
        (8, "Montpellier HSC", 40),
        (16, "Dijon FCO", 30),
        (17, "AS Saint-Étienne", 30),
    ]
