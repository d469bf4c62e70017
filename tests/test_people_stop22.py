"""Person files and the generated article: death dates, overlap and advice messages, spells given in
years at clubs the store hardly knows, club links, prose, and Argentina's half-year tournaments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from touchline.api.managers import manager_record
from touchline.api.people import Teams
from touchline.article.generate import article_text
from touchline.errors import DataError, NotFoundError
from touchline.reference.people import load_file, own_overlaps
from touchline.store import Store

PERSON = 'id = "test-person"\nname = "Test Person"\nbirth_date = 1925-11-29\n'


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "test-person.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_death_date_is_checked(tmp_path: Path) -> None:
    before = _file(tmp_path, PERSON + "death_date = 1920-01-01\n")
    with pytest.raises(DataError, match="death_date = 1920-01-01 is not after birth_date = 1925-11-29"):
        load_file(before)
    future = _file(tmp_path, PERSON + f"death_date = {dt.date.today() + dt.timedelta(days=30)}\n")
    with pytest.raises(DataError, match="is after today"):
        load_file(future)
    place = _file(tmp_path, PERSON + 'death_place = "Innsbruck, Austria"\n')
    with pytest.raises(DataError, match="death_place = 'Innsbruck, Austria' without death_date"):
        load_file(place)
    spells = PERSON + (
        "death_date = 1992-11-14\n\n"
        '[[spell]]\nteam = "Hamburger SV"\nstart = 1981-07-01\nend = 1987-06-30\n\n'
        '[[spell]]\nteam = "Austria"\nstart = 1992-01-01\n\n'
        '[[spell]]\nteam = "FC Tirol"\nstart_year = 1993\nend_year = 1994\n'
    )
    with pytest.raises(DataError) as found:
        load_file(_file(tmp_path, spells))
    message = str(found.value)
    assert "2 problems" in message
    assert "test-person.toml:11: spell at Austria goes on, but Test Person died on 1992-11-14" in message
    assert "test-person.toml:15: spell at FC Tirol starts 1993, after Test Person died (1992-11-14)" in message
    ok = load_file(
        _file(
            tmp_path,
            spells.replace("start = 1992-01-01\n", "start = 1992-01-01\nend = 1992-11-14\n").replace(
                '[[spell]]\nteam = "FC Tirol"\nstart_year = 1993\nend_year = 1994\n', ""
            ),
        )
    )
    assert ok.person.death_date == dt.date(1992, 11, 14)


def test_an_overlap_names_the_spell_it_overlaps(tmp_path: Path) -> None:
    # Răzvan Lucescu: Rapid from 1 June 2004 to 2007, Petrolul given as the year 2014, Xanthi from 1 July
    # 2014 to 30 June 2017 (en.wikipedia.org/wiki/Răzvan_Lucescu): Petrolul's year shares 2014 with
    # Xanthi's days, and Rapid's spell, ended in 2007, shares nothing (it was named, its end read as today)
    path = _file(
        tmp_path,
        'id = "test-person"\nname = "Test Person"\n\n'
        '[[spell]]\nteam = "Rapid București"\nstart = 2004-06-01\nend_year = 2007\n\n'
        '[[spell]]\nteam = "Petrolul Ploiești"\nstart_year = 2014\nend_year = 2014\n\n'
        '[[spell]]\nteam = "Xanthi"\nstart = 2014-07-01\nend = 2017-06-30\n',
    )
    messages = own_overlaps(load_file(path).entries)
    assert messages == [
        f"{path}:14: coaching spell at Xanthi (2014-07-01..2017-06-30) overlaps the one at Petrolul Ploiești "
        "(2014..2014) in 2014 (a spell given as one year counts all of it: give its days)"
    ]


def test_advice_names_only_what_tells_the_clubs_apart(full: Store) -> None:
    # "Sporting": Sporting CP and Sporting Braga, both of Portugal: a country cannot choose ("Guadalajara",
    # the example before, is C.D. Guadalajara as editors write it: data/clubs.toml)
    with pytest.raises(NotFoundError) as found:
        Teams(full).resolve("Sporting", "POR")
    message = str(found.value)
    assert "por-sporting-cp" in message and "por-sporting-braga" in message
    assert 'country = "..."' not in message and 'or write its id as team = "..."' in message


def test_years_at_a_club_without_league_data_read_as_its_countrys_seasons(full: Store) -> None:
    # Shankly's Workington (1954-1955) and Carlisle and Grimsby before it played the Football League,
    # whose seasons run August to May (en.wikipedia.org/wiki/Bill_Shankly): all read July to June
    spells = {s.spell.team: s for s in manager_record(full, "Bill Shankly").spells}
    workington = spells["eng-workington-afc"]
    assert (workington.start, workington.end) == (dt.date(1954, 7, 1), dt.date(1955, 6, 30))
    assert spells["eng-carlisle-united"].start == dt.date(1949, 7, 1)
    # Weisweiler's Rheydter SV 1952-1954: German seasons ran summer to spring (the Oberliga West)
    rheydt = next(s for s in manager_record(full, "Hennes Weisweiler").spells if s.spell.team == "ger-rheydter-sv")
    assert (rheydt.start, rheydt.end) == (dt.date(1952, 7, 1), dt.date(1954, 6, 30))


def test_the_article_of_a_man_who_died(full: Store) -> None:
    # Ernst Happel, born 29 November 1925 in Vienna, died 14 November 1992 in Innsbruck
    # (en.wikipedia.org/wiki/Ernst_Happel)
    wiki = article_text(full, "Ernst Happel", "wiki")
    assert "| birth_date = {{birth date|1925|11|29|df=y}}" in wiki
    assert "| death_date = {{death date and age|1992|11|14|1925|11|29|df=y}}" in wiki
    assert "| death_place = Innsbruck, Austria" in wiki
    assert "birth date and age" not in wiki and "currentclub" not in wiki
    assert "'''Ernst Happel''' was a football manager." in wiki
    # the living keep {{birth date and age}} and "is"
    assert "{{birth date and age|1941|12|31|df=y}}" in article_text(full, "Alex Ferguson", "wiki")


def test_a_club_links_to_one_article_whatever_its_label(full: Store) -> None:
    # Dalglish: Liverpool (player-manager) 1985-1991, Celtic (caretaker) 2000, Liverpool 2011-2012
    # (en.wikipedia.org/wiki/Kenny_Dalglish); Liverpool FC is one club
    wiki = article_text(full, "Kenny Dalglish", "wiki")
    assert "| managerclubs1 = [[Liverpool F.C.|Liverpool]] (player-manager)" in wiki
    assert "| managerclubs4 = [[Celtic F.C.|Celtic]] (caretaker)" in wiki
    assert "| managerclubs5 = [[Liverpool F.C.|Liverpool]]" in wiki
    assert "[[Liverpool]]" not in wiki and "[[Celtic]]" not in wiki


def test_prose_varies_and_uses_labels_and_british_titles(full: Store) -> None:
    # Walter Smith managed Rangers, Everton and Scotland (en.wikipedia.org/wiki/Walter_Smith): "manager"
    wiki = article_text(full, "Walter Smith", "wiki")
    assert "===Rangers===" in wiki and "===Everton===" in wiki and "Rangers FC===" not in wiki
    assert "Smith was manager of Everton from 1 July 1998" in wiki and "head coach" not in wiki
    # Postecoglou at Celtic (2021-2023): season finishes worded in turn, not one formula again and again
    celtic = article_text(full, "Ange Postecoglou", "wiki").split("===Celtic===")[1].split("===")[0]
    assert celtic.count("the club finished") <= 1
    # Ancelotti is a head coach at Real Madrid
    assert "Ancelotti was head coach of Real Madrid" in article_text(full, "Carlo Ancelotti", "wiki")


def test_half_year_tournaments_are_named_by_their_year(full: Store) -> None:
    # Vélez Sarsfield under Bianchi won the Clausura 1993 and the Apertura 1995
    # (en.wikipedia.org/wiki/Carlos_Bianchi; the Apertura is played August to December)
    wiki = article_text(full, "Carlos Bianchi", "wiki")
    assert "won the Clausura 1993" in wiki  # a tournament the club won is written as won
    assert "the Apertura 1995" in wiki and "1st (Apertura)" not in wiki
