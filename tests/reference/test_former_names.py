"""``former_names`` in clubs.toml: the name a club carried in a season, and how the loader checks it."""

from __future__ import annotations

import datetime as dt

import pytest

from touchline.errors import DataError
from touchline.reference.clubs import ClubRegistry, RegisteredClub

VERDY = RegisteredClub("jpn-tokyo-verdy", "Tokyo Verdy", "JPN", former_names={"Verdy Kawasaki": "..2000"})
HARTLEPOOL = RegisteredClub(
    "eng-hartlepool-united",
    "Hartlepool United",
    "ENG",
    former_names={"Hartlepools United": "..1967-68", "Hartlepool": "1968-69..1976-77"},
)


def _toml(former: str, other: str = "") -> str:
    return f"""
[[club]]
id = "jpn-tokyo-verdy"
name = "Tokyo Verdy"
country = "JPN"
former_names = {former}
{other}
"""


@pytest.mark.parametrize(
    ("club", "season", "expected"),
    [
        (VERDY, "1993", "Verdy Kawasaki"),
        (VERDY, "2000", "Verdy Kawasaki"),
        (VERDY, "2001", "Tokyo Verdy"),
        (VERDY, "2024", "Tokyo Verdy"),
        # a split season placed by its first day (1 July 2000), a calendar range to 31 December 2000
        (VERDY, "2000-01", "Verdy Kawasaki"),
        (VERDY, "2001-02", "Tokyo Verdy"),
        (HARTLEPOOL, "1956-57", "Hartlepools United"),
        (HARTLEPOOL, "1967-68", "Hartlepools United"),
        (HARTLEPOOL, "1968-69", "Hartlepool"),
        (HARTLEPOOL, "1976-77", "Hartlepool"),
        (HARTLEPOOL, "1977-78", "Hartlepool United"),
        # a calendar season placed by 1 January: 1968 still in 1967-68 (to 30 June 1968)
        (HARTLEPOOL, "1968", "Hartlepools United"),
        (HARTLEPOOL, "not a season", "Hartlepool United"),
    ],
)
def test_name_in_season(club: RegisteredClub, season: str, expected: str) -> None:
    assert club.name_in(season) == expected


def test_name_on_a_day() -> None:
    assert VERDY.name_on(dt.date(2000, 12, 31)) == "Verdy Kawasaki"
    assert VERDY.name_on(dt.date(2001, 1, 1)) == "Tokyo Verdy"
    assert HARTLEPOOL.name_on(dt.date(1968, 6, 30)) == "Hartlepools United"
    assert HARTLEPOOL.name_on(dt.date(1968, 7, 1)) == "Hartlepool"


def test_registry_season_name_by_id_or_name() -> None:
    registry = ClubRegistry([VERDY, HARTLEPOOL])
    assert registry.season_name("Tokyo Verdy", "1993") == "Verdy Kawasaki"
    assert registry.season_name("anything", "1993", "jpn-tokyo-verdy") == "Verdy Kawasaki"
    assert registry.season_name("Tokyo Verdy", "2005") == "Tokyo Verdy"
    # a club without former names, or none registered, keeps the name given
    assert registry.season_name("Kashima Antlers", "1993") == "Kashima Antlers"
    assert registry.season_name("Kashima Antlers", "1993", "jpn-kashima-antlers") == "Kashima Antlers"


def test_a_former_name_resolves_to_the_club_in_every_season() -> None:
    registry = ClubRegistry.from_toml(_toml('{ "Verdy Kawasaki" = "1993..2000" }'))
    club = registry.get("jpn-tokyo-verdy")
    assert "Verdy Kawasaki" in club.other_names  # need not be repeated in other_names
    assert registry.lookup("JPN", "Verdy Kawasaki") == "jpn-tokyo-verdy"
    assert registry.lookup("JPN", "VERDY KAWASAKI") == "jpn-tokyo-verdy"


def test_the_shipped_registry_names_the_renamed_clubs() -> None:
    registry = ClubRegistry.default()
    assert registry.season_name("Tokyo Verdy", "1993") == "Verdy Kawasaki"
    assert registry.season_name("Sporting Kansas City", "1996") == "Kansas City Wiz"
    assert registry.season_name("Sporting Kansas City", "2000") == "Kansas City Wizards"
    assert registry.season_name("Sporting Kansas City", "2011") == "Sporting Kansas City"
    assert registry.season_name("New York RB", "2000") == "MetroStars"
    assert registry.season_name("Sheffield Wednesday", "1928-29") == "The Wednesday"
    assert registry.season_name("Sheffield Wednesday", "1929-30") == "Sheffield Wednesday"


@pytest.mark.parametrize(
    ("former", "other", "message"),
    [
        (
            '{ "Verdy Kawasaki" = "1993..20x0" }',
            "",
            "f.toml: club 'jpn-tokyo-verdy': former name 'Verdy Kawasaki' has a bad season range '1993..20x0'",
        ),
        (
            '{ "Verdy Kawasaki" = "1993...2000" }',
            "",
            "f.toml: club 'jpn-tokyo-verdy': former name 'Verdy Kawasaki' has a bad season range",
        ),
        (
            '{ "Verdy Kawasaki" = 1993 }',
            "",
            "f.toml: club 'jpn-tokyo-verdy': former_names must be a table of names and season ranges",
        ),
        (
            '["Verdy Kawasaki"]',
            "",
            "f.toml: club 'jpn-tokyo-verdy': former_names must be a table of names and season ranges",
        ),
        (
            '{ "Kawasaki Frontale" = "..2000" }',
            '[[club]]\nid = "jpn-kawasaki-frontale"\nname = "Kawasaki Frontale"\ncountry = "JPN"',
            "f.toml: club 'jpn-tokyo-verdy': former name 'Kawasaki Frontale' (JPN) is a name of another club, "
            "'jpn-kawasaki-frontale'",
        ),
        (
            # another club's other name, written differently (one key)
            '{ "Verdy-Kawasaki" = "..2000" }',
            '[[club]]\nid = "jpn-other"\nname = "Other"\ncountry = "JPN"\nother_names = ["Verdy Kawasaki"]',
            "f.toml: club 'jpn-tokyo-verdy': former name 'Verdy-Kawasaki' (JPN) is a name of another club, 'jpn-other'",
        ),
    ],
)
def test_bad_former_names(former: str, other: str, message: str) -> None:
    with pytest.raises(DataError) as caught:
        ClubRegistry.from_toml(_toml(former, other), file="f.toml")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_name_another_club_holds_only_in_other_seasons_is_allowed() -> None:
    other = (
        '[[club]]\nid = "jpn-other"\nname = "Other"\ncountry = "JPN"\nother_names = ["Verdy"]\n'
        'name_seasons = { "Verdy" = "2010.." }'
    )
    registry = ClubRegistry.from_toml(_toml('{ "Verdy" = "..2000" }', other), file="f.toml")
    assert registry.season_name("Tokyo Verdy", "1999") == "Verdy"
