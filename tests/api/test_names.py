"""Names as editors write them, on real data: a club playing in another country's league, a part of a
word, the English names no source uses, national teams by their English names and those the store
holds no matches of."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.managers import manager_record
from touchline.api.people import Teams, import_people
from touchline.article.generate import article_text
from touchline.compute.coverage import Coverage
from touchline.errors import DataError
from touchline.store import Store
from touchline.store import people as stored
from touchline.store.read import find_club
from touchline.views.manager import manager_report

SEASON = "worldfootball-cache-full/2018-19"


def teams(store: Store, person_id: str) -> list[tuple[str, str | None]]:
    """(club id, label) of each of a person's spells."""
    return [(s.team, s.label) for s in stored.person_spells(store, person_id)]


def test_a_country_means_its_clubs_and_the_clubs_playing_in_its_leagues(data: Path, tmp_path: Path) -> None:
    # the registry: AS Monaco (MCO) plays in France's leagues, Cardiff City (WAL) in England's
    monaco = person("Leonardo Jardim", 'team = "AS Monaco"\ncountry = "FRA"\nstart = 2014-06-10\nend = 2018-10-11')
    cardiff = person("Neil Warnock", 'team = "Cardiff City"\ncountry = "ENG"\nstart = 2016-10-05\nend = 2019-11-11')
    files = [data / SEASON / "fr.1.txt", data / SEASON / "eng.1.txt"]
    with store_with(tmp_path, files, [monaco, cardiff]) as store:
        assert teams(store, "leonardo-jardim") == [("mco-as-monaco", "AS Monaco")]
        assert teams(store, "neil-warnock") == [("wal-cardiff-city", "Cardiff City")]
        assert find_club(store, "AS Monaco (FRA)").id == "mco-as-monaco"
        assert find_club(store, "Cardiff City", "ENG").id == "wal-cardiff-city"
        assert find_club(store, "AS Monaco (MCO)").id == "mco-as-monaco"  # its own country still


def test_a_registered_english_name_beats_a_part_of_another_clubs_name(data: Path, tmp_path: Path) -> None:
    # "Spurs" is part of a word of Malta's "Pietá Hotspurs", not of "Tottenham Hotspur": the registry's
    # name for Tottenham is found first, by commands and person files alike
    spurs = person("Harry Redknapp", 'team = "Spurs"\nstart = 2008-10-25\nend = 2012-06-13')
    files = [data / SEASON / "mt.1.txt", data / SEASON / "eng.1.txt"]
    with store_with(tmp_path, files, [spurs]) as store:
        assert find_club(store, "Spurs").id == "eng-tottenham-hotspur"
        assert teams(store, "harry-redknapp") == [("eng-tottenham-hotspur", "Tottenham Hotspur")]
        assert find_club(store, "Pietá Hotspurs").id == "mlt-pieta-hotspurs"


def test_a_part_of_a_word_names_no_club_in_a_person_file(data: Path, tmp_path: Path) -> None:
    # "Atleti" is part of "Atlético Madrid", the one club of La Liga 2018-19 whose name holds it: a
    # command takes it, a person file (a record of fact) is told which clubs it may mean (the registry's
    # too: Atlético Rafaela)
    with store_with(tmp_path, [data / SEASON / "es.1.txt"]) as store:
        assert find_club(store, "Atleti").id == "esp-atletico-madrid"
        path = tmp_path / "simeone.toml"
        path.write_text(person("Diego Simeone", 'team = "Atleti"\nstart = 2011-12-23'), encoding="utf-8")
        with pytest.raises(DataError) as raised:
            import_people(store, [path])
        assert (
            f"{path}:4: no club named 'Atleti' (did you mean: Atlético Madrid (ESP) = esp-atletico-madrid, "
            "Atlético Rafaela (ARG) = arg-atletico-rafaela, "
            "or the club's name or whole words of it, not part of a word?)"
        ) in str(raised.value)
        assert stored.people(store) == []


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Spurs", "eng-tottenham-hotspur"),
        ("Bayern Munich", "ger-bayern-munchen"),
        ("Inter Milan", "ita-inter"),
        ("Paris Saint-Germain", "fra-paris-saint-germain"),
        ("PSG", "fra-paris-saint-germain"),
        ("Atlético Madrid", "esp-atletico-madrid"),
        ("Manchester City", "eng-manchester-city"),
        ("Gladbach", "ger-borussia-monchengladbach"),  # not SV Bergisch Gladbach 09, whose name holds the word
        ("Wolves", "eng-wolverhampton-wanderers"),  # not Australia's Wollongong City Wolves
        ("Sporting Lisbon", "por-sporting-cp"),
        ("Sparta Prague", "cze-ac-sparta-praha"),
        ("CSKA Moscow", "rus-cska-moskva"),
        ("Cologne", "ger-1-fc-koln"),
        ("Italy", "int-italien"),
        ("Almería", "esp-ud-almeria"),  # not Almería CF, whose name reads loosely as "Almería"
        ("Club América", "mex-cf-america"),  # not CF América II
    ],
)
def test_the_english_names_editors_write_find_their_club(full: Store, name: str, club: str) -> None:
    assert find_club(full, name).id == club
    assert Teams(full).resolve(name)[0] == club


def test_a_command_still_takes_a_part_of_a_word_after_every_name(full: Store) -> None:
    # no name of Paris Saint-Germain is "Germain", nor holds it as a word; a command may guess
    assert find_club(full, "Germain").id == "fra-paris-saint-germain"
    assert find_club(full, "Mönchengladb").id == "ger-borussia-monchengladbach"


def test_a_national_team_is_shown_by_its_english_name(data: Path, tmp_path: Path) -> None:
    # worldfootball's Nations League files name Italy "Italien"; Mancini's spell and article say "Italy"
    mancini = person("Roberto Mancini", 'team = "Italy"\nstart = 2018-05-14\nend = 2023-08-13')
    with store_with(tmp_path, [data / SEASON / "uefa.nl.a.txt"], [mancini]) as store:
        assert teams(store, "roberto-mancini") == [("int-italien", "Italy")]
        (spell,) = manager_record(store, "Roberto Mancini").spells
        assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (4, 1, 2, 1)
        wiki = article_text(store, "Roberto Mancini")
        assert "Italien" not in wiki
        assert "| managerclubs1 = [[Italy national football team|Italy]]" in wiki and "===Italy===" in wiki


def test_a_national_team_the_store_lacks_imports_and_shows_no_data(data: Path, tmp_path: Path) -> None:
    # the data holds UEFA Nations League matches only; any FIFA member's team may be named all the same
    usa = person("Gregg Berhalter", 'team = "United States"\nstart = 2018-12-02\nend = 2024-07-10')
    with store_with(tmp_path, [data / SEASON / "uefa.nl.a.txt"], [usa]) as store:
        assert teams(store, "gregg-berhalter") == [("int-usa", "United States")]
        (spell,) = manager_record(store, "Gregg Berhalter").spells
        assert spell.coverage is Coverage.NONE


def test_a_club_outside_the_data_imports_with_no_data_and_no_total(data: Path, tmp_path: Path) -> None:
    # Preud'homme coached Al-Shabab of Saudi Arabia (2011-13), football no source holds: a spell that
    # says so (outside_data, with the club's country) loads and shows "no data", never zeros; a name
    # the data does know is refused with the flag
    shabab = person(
        "Test Coach",
        'team = "Al-Shabab"\ncountry = "KSA"\noutside_data = true\nstart = 2011-06-14\nend = 2013-09-18',
    )
    with store_with(tmp_path, [data / SEASON / "es.1.txt"], [shabab]) as store:
        assert teams(store, "test-coach") == [("ksa-al-shabab", "Al-Shabab")]
        result = manager_record(store, "Test Coach")
        assert [s.coverage for s in result.spells] == [Coverage.NONE]
        report = manager_report(result)
        assert report.rows[-1]["g"] == "no data" and report.data["total"] is None
        known = tmp_path / "known.toml"
        known.write_text(
            person("Other Coach", 'team = "Sevilla FC"\ncountry = "ESP"\noutside_data = true\nstart = 2019-01-01')
        )
        with pytest.raises(
            DataError,
            match=r"known.toml:4: Sevilla FC is in the data as Sevilla FC \(esp-sevilla-fc\): remove outside_data",
        ):
            import_people(store, [known])


def test_pochettinos_united_states_spell_has_no_data(full: Store) -> None:
    spells = manager_record(full, "Mauricio Pochettino").spells
    assert [(s.spell.label or s.team_name, s.coverage) for s in spells][-1] == ("United States", Coverage.NONE)
    assert spells[-1].spell.end is None


def test_a_name_many_eras_of_a_club_wrote_means_the_one_that_played_then(full: Store) -> None:
    # Palermo: Uruguay's club has the name exactly; Italy's was AC, SSC and US Palermo and Palermo FC
    # in turn (ids of their own): in 2012, with country ITA, US Palermo played; in 2022 Palermo FC
    teams = Teams(full)
    assert teams.resolve("Palermo", "ITA", (dt.date(2012, 9, 16), dt.date(2012, 10, 10)))[0] == "ita-us-palermo"
    assert teams.resolve("Palermo", "ITA", (dt.date(2022, 9, 16), dt.date(2022, 10, 10)))[0] == "ita-palermo-fc"
    # a command's "Palermo" is the club far the most played under the name, not the exact name's
    assert find_club(full, "Palermo").id == "ita-us-palermo"
