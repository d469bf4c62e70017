"""Titles of seasons with an abandoned match or an unbalanced schedule, and a record computed with its
reads remembered, on the whole corpus (``full``)."""

from __future__ import annotations

import pytest

from tests.compute.seasons import champion_of
from touchline.api.honours import club_honours, person_honours
from touchline.api.managers import Filters, manager_record, spell_record
from touchline.compute.honours import Place
from touchline.store import Store, read


@pytest.mark.parametrize(
    ("club", "season", "date"),
    [
        # en.wikipedia "List of Argentine football champions": Newell's Old Boys won the Apertura 2004,
        # Vélez Sarsfield the Clausura 2005 (two of its matches abandoned in the data), Lanús the
        # Apertura 2007 and River Plate the Clausura 2008 (one abandoned)
        ("Newell's Old Boys", "2004-05", "2004-12-12"),
        ("Vélez Sarsfield", "2004-05", "2005-06-26"),
        ("Lanús", "2007-08", "2007-12-02"),
        ("arg-river-plate", "2007-08", "2008-06-08"),
    ],
)
def test_a_tournament_with_an_abandoned_match_still_has_its_champion(
    full: Store, club: str, season: str, date: str
) -> None:
    won = [
        c.honour
        for c in club_honours(full, club).honours
        if c.honour.competition == "ar.1" and c.honour.season == season and c.honour.place is Place.WINNER
    ]
    assert [h.date.isoformat() if h.date else None for h in won] == [date]


def test_argentine_seasons_of_no_whole_round_robin_have_their_champions(full: Store) -> None:
    # en.wikipedia "2015 Argentine Primera División" (30 clubs, one round robin and a derby round: Boca
    # Juniors), "2016 ..." (two zones of 15, the final: Lanús 4-0 San Lorenzo), "2016–17 ..." (Boca)
    assert [champion_of(full, "ar.1", season) for season in ("2015", "2016", "2016-17")] == [
        "Boca Juniors",
        "Lanús",
        "Boca Juniors",
    ]


def test_an_abandoned_match_leaves_a_season_whole(full: Store) -> None:
    # Serie B 2007-08: Chievo Verona champions (en.wikipedia "2007–08 Serie B"); Treviso v Grosseto of
    # 14 May 2008 is abandoned in the data, without a result; Grosseto finished 13th
    assert champion_of(full, "it.2", "2007-08") == "Chievo Verona"
    spell = next(s for s in manager_record(full, "Stefano Pioli", positions=True).spells if "Grosseto" in s.team_name)
    assert spell.positions is not None and spell.positions.departure is not None
    assert spell.positions.departure.position == 13


def test_a_record_reads_the_same_with_its_reads_remembered(full: Store) -> None:
    # manager_record remembers each league's seasons and season tables while it works: each spell's
    # record, gaps and positions are those computed afresh, spell by spell, without it
    remembered = manager_record(full, "Alex Ferguson", positions=True).spells
    for found in remembered:
        fresh = spell_record(full, found.spell, Filters(), positions=True)
        assert (fresh.record, fresh.coverage, fresh.gaps, fresh.positions) == (
            found.record,
            found.coverage,
            found.gaps,
            found.positions,
        )
    # what is remembered is handed out as a new list each time: a caller may change its copy
    with full.remembering():
        first = read.seasons(full, "eng.1")
        first.clear()
        assert read.seasons(full, "eng.1")


@pytest.mark.parametrize(
    ("code", "season", "champion"),
    [
        # a stray fixture cancelled in the course of the season, both clubs playing on: the season is
        # whole (en.wikipedia "2022–23 Cypriot First Division": Aris Limassol; "2014–15 NIFL
        # Premiership": Crusaders; "2022–23 TFF First League": Samsunspor)
        ("cy.1", "2022-23", "Aris Limassol"),
        ("nir.1", "2014-15", "Crusaders FC"),
        ("tr.2", "2022-23", "Samsunspor"),
        # a fixture cancelled and played later counts once (Austrian Regionalliga Ost 2013-14, 16 clubs,
        # 240 matches: FAC Team für Wien champions, en.wikipedia "2013–14 Austrian Regionalliga"; the
        # club is Floridsdorfer AC, its sponsor's name dropped in 2014, data/clubs.toml)
        ("at.3.o", "2013-14", "Floridsdorfer AC"),
    ],
)
def test_a_stray_cancelled_fixture_leaves_a_season_whole(full: Store, code: str, season: str, champion: str) -> None:
    assert champion_of(full, code, season) == champion


def test_a_manager_leaves_a_season_with_a_cancelled_fixture_in_its_final_place(full: Store) -> None:
    # Gerets's Galatasaray finished 3rd in the Süper Lig of 2006-07 (en.wikipedia "2006–07 Süper Lig"),
    # whose Manisaspor v Sakaryaspor of 17 March 2007 the data lists as cancelled
    spell = next(s for s in manager_record(full, "Eric Gerets", positions=True).spells if s.team_name == "Galatasaray")
    assert spell.positions is not None and spell.positions.departure is not None
    assert (spell.positions.departure.season, spell.positions.departure.position) == ("2006-07", 3)
    assert [(s.season, s.position) for s in spell.positions.season_ends] == [("2005-06", 1), ("2006-07", 3)]


def test_mls_cups_of_the_shoot_out_seasons_are_honours(full: Store) -> None:
    # MLS 1996-1999 decided level matches by a shoot-out, which the data gives without a score: the
    # regular seasons are not whole, but the MLS Cup final decided the title (en.wikipedia "MLS Cup":
    # D.C. United 1996, 1997 and 1999, Chicago Fire 1998 against D.C. United)
    dc = {
        (c.honour.season, c.honour.place)
        for c in club_honours(full, "D.C. United").honours
        if c.honour.competition == "us.1" and c.honour.season in ("1996", "1997", "1998", "1999")
    }
    assert dc == {("1996", Place.WINNER), ("1997", Place.WINNER), ("1998", Place.RUNNER_UP), ("1999", Place.WINNER)}
    chicago = [
        c.honour.title
        for c in club_honours(full, "Chicago Fire").honours
        if c.honour.competition == "us.1" and c.honour.season == "1998"
    ]
    assert chicago == ["MLS Cup"]


def test_a_place_is_not_credited_to_a_manager_who_came_after_the_clubs_last_match(full: Store) -> None:
    # Leekens took over Club Brugge on 14 May 2012, the day after its last match of 2011-12 (3-2 v
    # Kortrijk, 13 May; dhnet.be, Club Brugge's appointment): its runner-up place of that season, final on
    # 20 May when other clubs played on, is not his
    brugge = [s for s in person_honours(full, "Georges Leekens").as_manager if s.team_name == "Club Brugge KV"]
    assert {(h.season, h.place) for s in brugge for h in s.honours} == {("1989-90", Place.WINNER)}
