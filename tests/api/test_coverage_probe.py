"""What a spell lacks, over the whole corpus: a Club World Cup its club entered by a ranking, a
continental competition its club qualified for in the rounds the store holds, a second division's
name in its era."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.honours import person_honours
from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def _spell(store: Store, name: str, team: str) -> SpellRecord:
    return next(s for s in manager_record(store, name).spells if s.team_name == team)


def _missing(spell: SpellRecord, kind: GapKind) -> dict[tuple[str | None, str], str]:
    return {(g.competition, season): g.why for g in spell.gaps if g.kind is kind for season in g.seasons}


def test_the_club_world_cup_of_2025_is_expected_of_its_entrants(full: Store) -> None:
    # the 32 clubs of June-July 2025 (en.wikipedia "2025 FIFA Club World Cup"): Real Madrid (semi-final
    # on 9 July, under Xabi Alonso from 1 June) and Paris Saint-Germain (the final on 13 July, under
    # Luis Enrique); the store holds none of it
    why = "one of its 32 clubs, by continental titles and FIFA's club ranking of 2021-2024"
    real = _spell(full, "Xabi Alonso", "Real Madrid")
    assert _missing(real, GapKind.CLUB_WORLD_CUP) == {("fifa.cwc", "2025"): why}
    psg = _spell(full, "Luis Enrique", "Paris Saint-Germain")
    assert _missing(psg, GapKind.CLUB_WORLD_CUP)[("fifa.cwc", "2025")] == why
    # Ancelotti left Real Madrid in May 2025, before it
    ancelotti = manager_record(full, "Carlo Ancelotti").spells
    assert all(("fifa.cwc", "2025") not in _missing(s, GapKind.CLUB_WORLD_CUP) for s in ancelotti)


def test_every_ranked_entrant_is_a_club_of_the_store(full: Store) -> None:
    # the entrants are listed by the registry's ids: each must name a club the store holds
    ids = {row[0] for row in full.query("SELECT id FROM clubs")}
    for entry in catalog.ranked_entrants():
        assert set(entry.clubs) <= ids


def test_a_qualifying_tie_won_expects_the_next_stage(full: Store) -> None:
    # Mainz beat Rosenborg in the Conference League's play-off round (August 2025: 1-2 away, 4-1 at home;
    # en.wikipedia "2025-26 UEFA Conference League qualifying phase and play-off round") and played its
    # league phase, which the store does not hold
    mainz = _spell(full, "Bo Henriksen", "1. FSV Mainz 05")
    continental = _missing(mainz, GapKind.CONTINENTAL)
    assert list(continental) == [("uefa.conf", "2025-26")]
    assert "Rosenborg" in continental[("uefa.conf", "2025-26")]


@pytest.mark.parametrize(("name", "team"), [("Louis van Gaal", "Barcelona"), ("Ottmar Hitzfeld", "Bayern München")])
def test_cup_winners_in_the_champions_league_expect_no_cup_winners_cup(full: Store, name: str, team: str) -> None:
    # Barcelona (Copa del Rey 1996-97) and Bayern (DFB-Pokal 1997-98), league runners-up, played the
    # Champions League of the season after (en.wikipedia "1997-98" and "1998-99 UEFA Champions League")
    for spell in manager_record(full, name).spells:
        if spell.team_name == team:
            assert not [g for g in spell.gaps if g.competition == "uefa.cwc"]


HEIN = person("Hein Vanhaezebrouck", 'team = "KV Kortrijk"\ncountry = "BEL"\nstart = 2007-07-01\nend = 2008-06-30')


@pytest.fixture(scope="module")
def kortrijk(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    files = [data / "worldfootball-cache-full" / "2007-08" / "be.2.txt"]
    with store_with(tmp_path_factory.mktemp("kortrijk"), files, [HEIN]) as opened:
        yield opened


def test_a_second_divisions_title_has_the_name_of_its_era(kortrijk: Store) -> None:
    # KV Kortrijk won the Belgian Second Division of 2007-08 (the First Division B only from 2016-17;
    # en.wikipedia "KV Kortrijk", Honours)
    honours = person_honours(kortrijk, "Hein Vanhaezebrouck").as_manager
    assert [(h.label, h.season) for item in honours for h in item.honours] == [("Belgian Second Division", "2007-08")]
