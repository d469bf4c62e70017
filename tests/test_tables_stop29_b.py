"""Knock-out stages whose pairings close a cycle, and final tables of seasons the data holds in part.

1. Liga MX's Liguilla has a play-in round whose loser plays again: San Luis beat León in the play-in
   (23 November 2023), León then met América in the quarter-final and América met San Luis in the
   semi-final, a cycle of three pairings. :func:`knockout_stage` read any cycle as a round robin, so
   both Liguillas of 2023-24 were ranked as extra groups of the final table. A stage is now also a
   knock-out when its pairings come as a bracket's (:func:`bracket`): one opponent a round, in rounds of
   their own, clubs neither all meeting each other nor all meeting as many opponents.
2. A final table of a season whose fixtures the data lists without results (the Russian Premier
   League of 2019-20 to its 26th round) claimed to be final and said nothing. It now notes how many
   fixtures lack a result, and its JSON's ``final`` is false.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.madeup import made_up
from touchline.api.tables import competition_table
from touchline.compute.standings import final_standings
from touchline.compute.tables import knockout_stage, season_tables
from touchline.model import Match, Score, Status
from touchline.reference.rules import Decision, Rules
from touchline.store import Store

RULES = Rules(competition="xx.1", season="2023-24")


def match(
    day: int, home: str, away: str, score: tuple[int, int] | None, round: str | None, *, stage: str = "Playoffs"
) -> Match:
    """A match on day ``day`` of 2024 (1 = 1 January); no score: a fixture still scheduled."""
    return made_up(day, home, away, score, stage=stage, round=round)


def _liguilla() -> list[Match]:
    """A Liguilla as Liga MX's of the Apertura 2023 (the clubs by letter): play-in, then two-legged ties."""
    return [
        match(1, "G", "H", (3, 2), "Play-in round 1"),  # 7th v 8th: the loser plays again
        match(1, "I", "J", (2, 1), "Play-in round 1"),
        match(4, "H", "I", (3, 2), "Play-in round 2"),
        match(7, "H", "A", (2, 2), "Quarterfinals"),
        match(7, "G", "B", (1, 0), "Quarterfinals"),
        match(8, "F", "C", (2, 2), "Quarterfinals"),
        match(8, "E", "D", (1, 0), "Quarterfinals"),
        match(10, "A", "H", (2, 0), "Quarterfinals"),
        match(10, "B", "G", (1, 1), "Quarterfinals"),
        match(11, "D", "E", (3, 0), "Quarterfinals"),
        match(11, "C", "F", (3, 0), "Quarterfinals"),
        match(14, "G", "A", (0, 5), "Semifinals"),
        match(15, "D", "C", (0, 1), "Semifinals"),
        match(17, "A", "G", (0, 2), "Semifinals"),
        match(18, "C", "D", (1, 1), "Semifinals"),
        match(21, "C", "A", (1, 1), "Final"),
        match(24, "A", "C", (0, 0), "Final"),
    ]


def test_a_bracket_with_a_play_in_is_a_knockout() -> None:
    # G-H (play-in), H-A (quarter-final), A-G (semi-final): a cycle, yet no round robin
    liguilla = _liguilla()
    assert knockout_stage(liguilla)
    regular = [match(-30 + n, a, b, (1, 0), None, stage="Apertura") for n, (a, b) in enumerate(_pairs("ABCDEFGHIJ"))]
    assert [t.stage for t in season_tables(regular + liguilla, RULES)] == ["Apertura"]
    # and a knock-out with a match for third place: the semi-finals' losers meet, closing a cycle
    third = [
        match(1, "A", "B", (1, 0), "Quarterfinals"),
        match(1, "C", "D", (1, 0), "Quarterfinals"),
        match(2, "E", "F", (1, 0), "Quarterfinals"),
        match(2, "G", "H", (1, 0), "Quarterfinals"),
        match(5, "A", "C", (1, 0), "Semifinals"),
        match(5, "E", "G", (1, 0), "Semifinals"),
        match(8, "C", "G", (1, 0), "Match for 3rd place"),
        match(8, "A", "E", (1, 0), "Final"),
    ]
    assert knockout_stage(third)


def _pairs(clubs: str) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(clubs) for b in clubs[i + 1 :]]


def test_round_robins_stay_tables() -> None:
    # a group of three, one match a round under headings of their own: every club met every other
    three = [match(n, a, b, (1, 0), f"Round {n}") for n, (a, b) in enumerate(_pairs("ABC"), 1)]
    assert not knockout_stage(three)
    # five clubs, one sitting out each round: all met as many opponents
    five = [
        match(n, a, b, (1, 0), f"Round {n}")
        for n, pairs in enumerate([("AB", "CD"), ("AC", "BE"), ("AD", "CE"), ("AE", "BD"), ("BC", "DE")], 1)
        for a, b in pairs
    ]
    assert not knockout_stage(five)
    # two groups of four and a final between their winners (Colombia's cuadrangulares, as one stage)
    groups = [match(1, a, b, (1, 0), "Group") for a, b in _pairs("ABCD") + _pairs("EFGH")]
    assert not knockout_stage([*groups, match(9, "A", "E", (1, 0), "Final")])
    # a league phase (a Swiss system): every club eight opponents, matchdays by name
    swiss = [match(n, a, b, (1, 0), f"Matchday {n}") for n, (a, b) in enumerate(_pairs("ABCD"), 1)]
    assert not knockout_stage(swiss)
    # no round headings: the cycle alone decides, as before
    assert not knockout_stage([replace(m, round=None) for m in _liguilla()])


def test_final_table_of_a_season_held_in_part() -> None:
    season = [
        match(n, a, b, (1, 0), f"Matchday {n}", stage="Regular Season") for n, (a, b) in enumerate(_pairs("ABCD"))
    ]
    season += [
        match(10, "B", "A", None, "Matchday 7", stage="Regular Season"),
        match(11, "D", "C", None, "Matchday 8", stage="Regular Season"),
    ]
    table = final_standings(season, RULES)
    assert table.unplayed == 2
    assert table.to_dict()["final"] is False
    assert table.notes[-1] == (
        "Not the final table: the data lists 2 fixtures without a result (2024-01-10 to 2024-01-11, scheduled "
        "or postponed); the standings are those of the matches with one"
    )
    # as of a day before the fixtures: the table of that day is whole
    assert final_standings(season, RULES, as_of=dt.date(2024, 1, 9)).unplayed == 0
    assert final_standings(season, RULES, as_of=dt.date(2024, 1, 10)).unplayed == 1
    # a fixture postponed and played later is no missing result
    postponed = replace(season[-2], status=Status.POSTPONED)
    rearranged = [
        *season[:-2],
        postponed,
        replace(postponed, date=dt.date(2024, 2, 1), ft=Score(2, 2), status=Status.PLAYED),
    ]
    assert final_standings(rearranged, RULES).unplayed == 0
    assert final_standings(rearranged, RULES).to_dict()["final"] is True
    # a season the competition curtailed: its fixtures left are no more to play
    curtailed = replace(RULES, decision=Decision(note="Curtailed.", source="test", date=dt.date(2024, 1, 9)))
    assert final_standings(season, curtailed).unplayed == 0


def test_liga_mx_2023_24_final_table_without_its_liguillas(full: Store) -> None:
    table = competition_table(full, "mx.1", "2023-24")
    assert [row.group for row in table.rows] == ["Apertura"] * 18 + ["Clausura"] * 18
    assert table.notes[0] == "Played in 2 groups: Apertura, Clausura"
    # PSN (psn.si), "Final Torneo Apertura 2023 de la Liga Mx", 14 December 2023: "POSICIONES ... América
    # 40, Monterrey 33, Tigres UANL 30, Pumas UNAM 28, Guadalajara 27, Puebla 25, + San Luis 23, + León 23,
    # + Santos 23, + Mazatlán 22, Pachuca 22, Toluca 21, Tijuana 20, Querétaro 19, FC Juárez 18, Cruz Azul
    # 17, Atlas 17, Necaxa 15"
    assert [row.points for row in table.rows if row.group == "Apertura"] == [
        40, 33, 30, 28, 27, 25, 23, 23, 23, 22, 22, 21, 20, 19, 18, 17, 17, 15,
    ]  # fmt: skip
    apertura = [row.club for row in table.rows if row.group == "Apertura"]
    assert apertura[:4] == ["CF América", "CF Monterrey", "UANL Tigres", "Pumas UNAM"]
    # pixelation.org, "Tabla liga mexicana 2024": in the Clausura 2024 "América finished the regular season
    # at the very top. 35 points. They only lost twice in 17 games ... Cruz Azul was right on their heels
    # with 33 points ... Then you had Toluca and Monterrey, both sitting comfortably at 32"
    clausura = [(r.club, r.played, r.lost, r.points) for r in table.rows if r.group == "Clausura"][:4]
    assert clausura == [
        ("CF América", 17, 2, 35),
        ("Cruz Azul", 17, 4, 33),
        ("Deportivo Toluca", 17, 3, 32),
        ("CF Monterrey", 17, 3, 32),
    ]
    assert table.to_dict()["final"] is True


def test_seasons_held_in_part_are_not_final(full: Store) -> None:
    # Russian Premier League 2019-20: 16 clubs, 30 rounds (240 matches); the data gives 206 results, its
    # rounds 27 to 30 (from 1 July 2020) only as fixtures. Wikipedia, "2019-20 Russian Premier League":
    # Zenit champions with 72 points from 30 games; here 62 from 26, and the table says it is not final.
    russia = competition_table(full, "ru.1", "2019-20")
    assert (russia.rows[0].club, russia.rows[0].played, russia.rows[0].points) == ("Zenit St. Petersburg", 26, 62)
    assert russia.unplayed == 34
    assert russia.to_dict()["final"] is False
    assert russia.notes[-1].startswith("Not the final table: the data lists 34 fixtures without a result (2020-07-01")
    # Eliteserien and Allsvenskan 2020: 16 clubs each, 240 fixtures, the data holding 97 and 104 results
    assert competition_table(full, "no.1", "2020").unplayed == 143
    assert competition_table(full, "se.1", "2020").unplayed == 136
    # a season the data holds whole: final, with no such note
    whole = competition_table(full, "ru.1", "2018-19")
    assert whole.unplayed == 0 and whole.to_dict()["final"] is True
    assert not any("without a result" in note for note in whole.notes)
