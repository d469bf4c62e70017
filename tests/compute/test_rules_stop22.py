"""League rules and two-legged ties editors found wrong, on the whole-corpus store: carried points in
the 2. Bundesliga's rounds of 1991-92, the Süper Lig's play-offs of 2011-12, the Coppa Italia's
two-legged finals and away goals, the Brasileirão's knock-out titles, and stage names in English."""

from __future__ import annotations

import pytest

from touchline.api.managers import manager_record
from touchline.api.tables import competition_table
from touchline.api.ties import final
from touchline.reference.stages import stage_label
from touchline.store.base import Store


def test_2_bundesliga_1991_92_carries_the_first_stage_into_the_promotion_rounds(full: Store) -> None:
    # de.wikipedia "2. Fußball-Bundesliga 1991/92", Abschlusstabelle Nord: 1. Bayer 05 Uerdingen 32 games
    # 47:29 39 points, 2. VfB Oldenburg 38, 3. Hertha BSC 35 (+5), 4. FC St. Pauli 35 (+2); Süd: 1. FC
    # Saarbrücken 42, SV Waldhof Mannheim 38; Abstiegsrunde Nord ends Fortuna Köln 25, Stahl Brandenburg 23
    table = competition_table(full, "de.2", "1991-92")
    nord = [(r.club, r.played, r.points) for r in table.rows if r.group == "Nord"]
    assert nord[:4] == [
        ("KFC Uerdingen 05", 32, 39),
        ("VfB Oldenburg", 32, 38),
        ("Hertha BSC", 32, 35),
        ("FC St. Pauli", 32, 35),
    ]
    assert nord[-2:] == [("Fortuna Köln", 32, 25), ("BSV Stahl Brandenburg", 32, 23)]
    assert [r.position for r in table.rows if r.group == "Nord"] == list(range(1, 13))
    sued = [(r.club, r.points) for r in table.rows if r.group == "Süd"]
    assert sued[:2] == [("1. FC Saarbrücken", 42), ("Waldhof Mannheim", 38)]


def test_funkel_won_the_nord_promotion_round_with_uerdingen(full: Store) -> None:
    # en.wikipedia "1991–92 2. Bundesliga": Bayer 05 Uerdingen (Friedhelm Funkel) won the north, promoted
    spells = manager_record(full, "Friedhelm Funkel", positions=True).spells
    ends = [s for item in spells if item.positions for s in item.positions.season_ends if s.season == "1991-92"]
    assert [(e.position, e.stage, e.key) for e in ends] == [(1, "North", "Nord")]


def test_super_lig_2011_12_play_offs_halve_the_points_rounded_up(full: Store) -> None:
    # ligablatt.de, March 2012: points halved, rounded up, the half point given back on a tie; groups
    # started from Galatasaray 39, Fenerbahçe 34, Trabzonspor 28, Beşiktaş 28 (ajansspor.com); final
    # order Galatasaray 48, Fenerbahçe 47, Trabzonspor, Beşiktaş (en.wikipedia "2011–12 Süper Lig")
    table = competition_table(full, "tr.1", "2011-12")
    top = [(r.club, r.points) for r in table.rows[:4]]
    assert top == [("Galatasaray", 48), ("Fenerbahçe", 47), ("Trabzonspor", 33), ("Beşiktaş", 33)]
    assert [r.stage for r in table.rows[4:8]] == ["Platzierung"] * 4
    assert table.rows[8].club == "Gençlerbirliği" and table.rows[8].stage == "Regular Season"
    assert not any("Not counted" in note for note in table.notes)


@pytest.mark.parametrize(
    ("season", "winner", "how"),
    [
        # Wikipedia "List of Coppa Italia finals": Torino 1992-93, Parma 1998-99 and 2001-02 on away goals
        ("1992-93", "Torino FC", "5–5 on aggregate, on away goals"),
        ("1998-99", "Parma AC", "3–3 on aggregate, on away goals"),
        ("2001-02", "Parma AC", "2–2 on aggregate, on away goals"),
        # two legs, not a match and its replay: Roma 1-1, 1-0 Verona (1983-84); Juventus 0-0, 1-0 Milan
        ("1983-84", "AS Roma", "2–1 on aggregate"),
        ("1989-90", "Juventus", "1–0 on aggregate"),
        ("2005-06", "Inter", "4–2 on aggregate"),
    ],
)
def test_coppa_italia_two_legged_finals(full: Store, season: str, winner: str, how: str) -> None:
    tie = final(full, "it.cup", season)
    assert tie is not None and tie.two_legged
    assert (tie.winner, tie.how) == (winner, how)


def test_every_coppa_italia_final_is_decided(full: Store) -> None:
    from touchline.store.read import seasons

    for season, _, _ in seasons(full, "it.cup"):
        tie = final(full, "it.cup", season)
        if tie is not None:
            assert tie.winner is not None, (season, tie.problem)


@pytest.mark.parametrize(
    ("season", "champion", "runner_up"),
    [
        # en.wikipedia's season pages of the Campeonato Brasileiro Série A: the final decided the title
        ("1995", "Botafogo RJ", "Santos FC"),
        ("1996", "Grêmio Porto Alegre", "Portuguesa SP"),
        ("1997", "Vasco da Gama RJ", "Palmeiras"),
        ("1998", "Corinthians SP", "Cruzeiro"),
        ("1999", "Corinthians SP", "Atlético Mineiro"),
        ("2001", "Athletico Paranaense", "São Caetano SP"),
        ("2002", "Santos FC", "Corinthians SP"),
    ],
)
def test_brasileirao_knock_out_phase_decides_the_title(full: Store, season: str, champion: str, runner_up: str) -> None:
    table = competition_table(full, "br.1", season)
    assert [r.club for r in table.rows[:2]] == [champion, runner_up]


def test_scottish_split_and_german_stage_names_read_in_english(full: Store) -> None:
    # SPFL: after 33 rounds the league splits into a top six and a bottom six; Rangers (Walter Smith)
    # won the 2008-09 title (en.wikipedia "2008–09 Scottish Premier League")
    spells = manager_record(full, "Walter Smith", positions=True).spells
    ends = [s for item in spells if item.positions for s in item.positions.season_ends if s.season == "2008-09"]
    assert [(e.position, e.stage) for e in ends] == [(1, "top six")]
    # the label reaches the same table as the data's name
    assert competition_table(full, "sco.1", "2008-09", stage="top six").rows[0].club == "Rangers FC"
    # Serie B 2007-08's promotion play-offs (Wikipedia "2007–08 Serie B": play-offs, Lecce promoted)
    notes = competition_table(full, "it.2", "2007-08").notes
    assert any("6 matches of promotion play-offs" in note for note in notes)
    assert not any("Aufstieg" in note for note in notes)
    assert stage_label("be.1", "Championship") == "Championship"  # English names stay as given
