"""`touchline people from-article` reads the subject's nationality from the biography's first sentence
("is a Danish professional football manager"), and writes the name the article calls him by after the
first mention as his other name: "van Nistelrooy" with its particle, "Hong" of a Korean name written
family name first."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.article.conftest import ARTICLES
from touchline.article.document import Sentence
from touchline.article.parse import read_article
from touchline.article.spells import people_file
from touchline.reference import load_toml
from touchline.reference.clubs import nations
from touchline.reference.demonyms import _demonyms, nationality_in


@pytest.mark.parametrize(
    ("sentence", "code", "adjective"),
    [
        # the first sentences of the encyclopedia biographies (English Wikipedia, December 2026)
        ("Jess Thorup (born 21 February 1970) is a Danish professional football manager", "DEN", "Danish"),
        (
            "Hong Myung-bo (Korean: 홍명보; born 12 February 1969) is a South Korean professional football "
            "manager and former player",
            "KOR",
            "South Korean",
        ),
        ("Martin O'Neill (born 1 March 1952) is a Northern Irish football manager", "NIR", "Northern Irish"),
        ("Alf Ramsey (22 January 1920 – 28 April 1999) was an English footballer and manager", "ENG", "English"),
        ("Mauricio Pochettino (born 2 March 1972) is an Argentine professional football manager", "ARG", "Argentine"),
        # a birthplace is not the nationality; of a double nationality the first is read
        ("Someone is a Spanish-born Argentine football manager", "ARG", "Argentine"),
        ("Someone is a Danish-American soccer coach", "DEN", "Danish"),
    ],
)
def test_the_first_sentence_gives_the_nationality(sentence: str, code: str, adjective: str) -> None:
    assert nationality_in(sentence) == (code, adjective)


def test_a_sentence_without_a_nationality_gives_none() -> None:
    assert nationality_in("Kevin Muscat (born 7 August 1973) is a football manager") is None
    assert nationality_in("He was appointed head coach in 2015") is None


def test_every_nation_but_those_sharing_an_adjective_has_one() -> None:
    named = set(_demonyms().values())
    assert {n.code for n in nations()} - named == {"CGO", "COD", "DMA", "DOM"}  # Congolese, Dominican


def test_the_seed_becomes_a_danish_people_file(seed: Path) -> None:
    article = read_article(seed)
    data = load_toml(people_file(article, []), "thorup.toml")
    assert data["nationality"] == "DEN"
    assert data["other_names"] == ["Thorup"]
    assert "# not read: nationality" not in people_file(article, [])


def _as(name: str, lead: str) -> dict[str, object]:
    article = read_article(ARTICLES / "martin-jol.txt")
    renamed = dataclasses.replace(article, title=name, sentences=(Sentence(7, lead, ()), *article.sentences[1:]))
    return load_toml(people_file(renamed, []), f"{name}.toml")


def test_a_korean_is_called_by_his_family_name_written_first() -> None:
    data = _as("Hong Myung-bo", "Hong Myung-bo (born 12 February 1969) is a South Korean football manager")
    assert (data["nationality"], data["other_names"]) == ("KOR", ["Hong"])


def test_a_particle_stays_with_the_family_name() -> None:
    data = _as("Ruud van Nistelrooy", "Rutgerus Johannes Martinius van Nistelrooy is a Dutch football manager")
    assert (data["nationality"], data["other_names"]) == ("NED", ["van Nistelrooy"])


def test_without_a_nationality_the_file_says_so() -> None:
    data = _as("Kevin Muscat", "Kevin Muscat (born 7 August 1973) is a football manager")
    assert "nationality" not in data
    assert data["other_names"] == ["Muscat"]
    text = people_file(read_article(ARTICLES / "kevin-muscat.txt"), [])
    assert "# not read: nationality" in text
