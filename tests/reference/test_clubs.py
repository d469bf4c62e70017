"""The club registry and the name keys: pure, no store."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from touchline.errors import DataError, NotFoundError
from touchline.reference.clubs import ClubRegistry, RegisteredClub, club_id, fold, key, normalize, slug, split_country


@pytest.fixture(scope="module")
def registry() -> ClubRegistry:
    return ClubRegistry.default()


def _toml() -> dict[str, Any]:
    return tomllib.loads(resources.files("touchline").joinpath("data/clubs.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("FC København (DEN)", ("FC København", "DEN")),
        ("  Legia Warszawa (POL) ", ("Legia Warszawa", "POL")),
        ("FC København", ("FC København", None)),
        ("Rotor Volgograd (1929-2005)", ("Rotor Volgograd (1929-2005)", None)),
        ("FC Utrecht (J)", ("FC Utrecht (J)", None)),
        ("(DEN)", ("(DEN)", None)),
    ],
)
def test_split_country(name: str, expected: tuple[str, str | None]) -> None:
    assert split_country(name) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1. FC Köln", "1 FC Koln"),
        ("Brøndby IF", "Brondby IF"),
        ("SønderjyskE", "Sonderjyske"),
        ("Standard Liège", "Standard Liege"),
        ("FC St. Gallen", "FC St.Gallen"),
        ("Breiðablik", "Breidablik"),
        ("K.S.C. Lokeren", "KSC Lokeren"),
        ("Спартак Москва", "СПАРТАК  МОСКВА"),
    ],
)
def test_key_ignores_accents_case_spacing_and_punctuation(one: str, other: str) -> None:
    assert key(one) == key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("VfB Oldenburg", "VfL Oldenburg"),
        ("KRC Mechelen", "KV Mechelen"),
        ("Club Brugge KV", "Cercle Brugge"),
        ("Hertha BSC", "Hertha BSC II"),
        ("Bor. Mönchengladbach", "Borussia Mönchengladbach"),  # an abbreviation: left to fixtures
        ("Спартак Москва", "Динамо Москва"),
        ("Ολυμπιακός", "Παναθηναϊκός"),
        ("浦和レッズ", "鹿島アントラーズ"),
    ],
)
def test_key_keeps_names_that_differ_in_letters_apart(one: str, other: str) -> None:
    assert key(one) != key(other)


def test_names_without_latin_letters_keep_their_own_key_and_id() -> None:
    # not "<country>-unnamed" for every one of them
    assert key("Спартак Москва") == "спартакмосква"
    assert slug("Спартак Москва") == "спартак-москва"
    assert club_id("RUS", "Спартак Москва") == "rus-спартак-москва"
    assert club_id("JPN", "浦和レッズ") != club_id("JPN", "鹿島アントラーズ")
    assert club_id("", "Deutschland") == "int-deutschland"


def test_slug_and_fold() -> None:
    assert slug("FC København") == "fc-kobenhavn"
    assert slug("1. FC Köln") == "1-fc-koln"
    assert slug("St. Joseph's FC") == "st-josephs-fc"
    assert fold("ŁKS Łódź") == "lks lodz"


@pytest.mark.parametrize(
    ("name", "loose"),
    [
        ("1. FC Köln", "koln"),
        ("FC Koln (GER)", "koln"),
        ("Hannover 96", "hannover"),
        ("Bor. Mönchengladbach", "borussia monchengladbach"),
        ("FC", "fc"),  # never stripped to nothing
    ],
)
def test_normalize_is_a_loose_key_for_suggestions(name: str, loose: str) -> None:
    assert normalize(name) == loose


NAMES = st.text(alphabet="abcFKSVgkløæåöüäßéèçşğńıİ .-'0123456789Спарτακ", min_size=1, max_size=30)


@given(NAMES, st.sampled_from(["DEN", "BEL", ""]))
def test_derived_ids_are_slugs_and_deterministic(name: str, namespace: str) -> None:
    made = club_id(namespace, name)
    assert re.fullmatch(r"[\w]+(-[\w]+)*", made)
    assert made.startswith(f"{(namespace or 'int').lower()}-")
    assert club_id(namespace, fold(name).upper()) == made  # case and accents never matter


def test_lookup_by_namespace(registry: ClubRegistry) -> None:
    assert registry.lookup("DEN", "FC Copenhagen") == "den-fc-kobenhavn"
    assert registry.lookup("DEN", "fc  copenhagen") == "den-fc-kobenhavn"  # spelling-blind
    # a name is read in its namespace only: no English Liverpool in Uruguay's league
    assert registry.lookup("ENG", "Liverpool FC") == "eng-liverpool-fc"
    assert registry.lookup("URU", "Liverpool FC") is None
    # clubs playing in another country's league answer in both namespaces
    assert registry.lookup("SUI", "FC Vaduz") == registry.lookup("LIE", "FC Vaduz") == "lie-fc-vaduz"
    assert registry.lookup("FRA", "AS Monaco") == registry.lookup("MCO", "AS Monaco FC") == "mco-as-monaco"
    assert registry.lookup("IRL", "Derry City") == registry.lookup("NIR", "Derry City") == "nir-derry-city"


def test_season_bound_names(registry: ClubRegistry) -> None:
    # engsoccerdata's "Mouscron" is Excelsior Mouscron to 2009-10 and Royal Excel Mouscron later
    assert registry.era("BEL", "Mouscron", "2008-09") == "..2009-10"
    assert registry.era("BEL", "Mouscron", "2016-17") == ""
    assert registry.lookup("BEL", "Mouscron", "..2009-10") == "bel-excelsior-mouscron"
    assert registry.lookup("BEL", "Mouscron") == "bel-royal-excel-mouscron"
    # "Waregem" is SV Zulte Waregem from 2001-02; before, the old KSV Waregem (no registry entry)
    assert registry.era("BEL", "Waregem", "1995-96") == ""
    assert registry.lookup("BEL", "Waregem", registry.era("BEL", "Waregem", "2010-11")) == "bel-sv-zulte-waregem"
    assert registry.lookup("BEL", "Waregem", registry.era("BEL", "Waregem", "1995-96")) is None
    assert registry.era("DEN", "FC København", "2010-11") == ""


def test_suggestions(registry: ClubRegistry) -> None:
    assert registry.suggestions("Kobenhaven", "DEN")[0] == "FC København"
    assert registry.suggestions("Bayern", "GER")[0] == "Bayern München"
    assert registry.suggestions("Mönchengladbach")[0] == "Borussia Mönchengladbach"
    assert registry.suggestions("Xyzzy Quux") == []


def test_get_and_clubs(registry: ClubRegistry) -> None:
    club = registry.get("den-fc-kobenhavn")
    assert (club.name, club.country) == ("FC København", "DEN")
    assert "FC Copenhagen" in club.other_names
    with pytest.raises(NotFoundError) as caught:
        registry.get("den-fc-kobenhaven")
    assert "den-fc-kobenhavn" in caught.value.candidates
    assert ClubRegistry.default() is ClubRegistry.default()


def test_registry_file_is_consistent() -> None:
    data = _toml()
    entries = data["club"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    keys: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    allowed = {
        "id",
        "name",
        "country",
        "other_names",
        "name_seasons",
        "plays_in",
        "source",
        "former_names",
        "founded",
        "first_match",
    }
    for entry in entries:
        assert set(entry) <= allowed, entry["id"]
        assert re.fullmatch(r"[A-Z]{3}", entry["country"]), entry["id"]
        # an id never changes: a club shown by another name since keeps the one of its earlier name
        formed = [entry["name"], *entry.get("other_names", [])]
        assert entry["id"] in {f"{entry['country'].lower()}-{slug(name)}" for name in formed}, "id is not country-slug"
        names = [entry["name"], *entry.get("other_names", [])]
        assert len(names) == len(set(names)), f"{entry['id']} lists a name twice"
        assert all(split_country(name)[1] is None for name in names), f"{entry['id']}: drop the suffix"
        assert set(entry.get("name_seasons", {})) <= set(names), entry["id"]
        # a former name is one of the club's names too (it need not be repeated in other_names)
        names += [name for name in entry.get("former_names", {}) if name not in names]
        if entry.get("plays_in"):
            assert entry.get("source"), f"{entry['id']}: a club playing abroad needs a source"
        for name in names:
            era = entry.get("name_seasons", {}).get(name, "")
            for namespace in (entry["country"], *entry.get("plays_in", [])):
                keys[(namespace, key(name), era)].add(entry["id"])
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}, "one name for two clubs of one namespace"
    # entries sorted by country, then id, so a new club has one right place
    assert ids == sorted(ids, key=lambda i: (i.split("-", 1)[0], i))
    for pair in data.get("distinct", []):
        assert pair["reason"], pair


def test_every_registered_name_finds_its_club(registry: ClubRegistry) -> None:
    for club in registry.clubs():
        for name in (club.name, *club.other_names):
            era = club.name_seasons.get(name, "")
            for namespace in club.namespaces:
                assert registry.lookup(namespace, name, era) == club.id, (namespace, name)


def test_registry_rejects_contradictions() -> None:
    with pytest.raises(DataError, match="listed twice"):
        ClubRegistry([RegisteredClub("den-a", "A", "DEN"), RegisteredClub("den-a", "A2", "DEN")])
    with pytest.raises(DataError, match="given to both"):
        ClubRegistry([RegisteredClub("den-a", "A", "DEN", ("X",)), RegisteredClub("den-b", "B", "DEN", ("X",))])
    # the same name in two countries is fine: the namespace decides
    two = ClubRegistry([RegisteredClub("den-a", "A", "DEN", ("X",)), RegisteredClub("swe-b", "B", "SWE", ("X",))])
    assert (two.lookup("SWE", "X"), two.lookup("DEN", "X")) == ("swe-b", "den-a")
    with pytest.raises(DataError, match="not one of the club's names"):
        ClubRegistry([RegisteredClub("den-a", "A", "DEN", name_seasons={"Z": "..2009-10"})])
    with pytest.raises(DataError, match="bad season range"):
        ClubRegistry([RegisteredClub("den-a", "A", "DEN", ("Z",), name_seasons={"Z": "..last year"})])
    with pytest.raises(DataError, match=r"^<clubs.toml>:1: Expected ']]' at the end of an array declaration$"):
        ClubRegistry.from_toml("[[club]\nid = ")
    with pytest.raises(DataError, match="no 'name'"):
        ClubRegistry.from_toml('[[club]]\nid = "den-a"\n')
    with pytest.raises(DataError, match="distinct #1 needs"):
        ClubRegistry.from_toml('[[distinct]]\nnames = ["A"]\n')
