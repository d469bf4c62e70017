"""Club identity: one id per club whichever source spells it, and the registry's own consistency."""

from __future__ import annotations

import re
import time
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from touchline.errors import DataError, NotFoundError, ParseError
from touchline.model import Club, Match, Season
from touchline.reference.clubs import ClubRegistry, fold, normalize, slug, split_country
from touchline.sources import reader


@pytest.fixture(scope="module")
def registry() -> ClubRegistry:
    return ClubRegistry.default()


def _toml() -> dict[str, Any]:
    return tomllib.loads(resources.files("touchline").joinpath("data/clubs.toml").read_text(encoding="utf-8"))


# --- split_country and normalize ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("FC København (DEN)", ("FC København", "DEN")),
        ("København (DEN)", ("København", "DEN")),
        ("  Legia Warszawa (POL) ", ("Legia Warszawa", "POL")),
        ("FC København", ("FC København", None)),
        ("Rotor Volgograd (1929-2005)", ("Rotor Volgograd (1929-2005)", None)),
        ("FC Utrecht (J)", ("FC Utrecht (J)", None)),
        ("Hertha BSC (II)", ("Hertha BSC (II)", None)),
        ("(DEN)", ("(DEN)", None)),
    ],
)
def test_split_country(name: str, expected: tuple[str, str | None]) -> None:
    assert split_country(name) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Brøndby IF", "brondby"),
        ("Brondby", "brondby"),
        ("SønderjyskE", "sonderjyske"),
        ("FC Nordsjælland", "nordsjaelland"),
        ("Nordsjaelland", "nordsjaelland"),
        ("1. FC Köln", "koln"),
        ("1. FC Koln", "koln"),
        ("FC Koln (GER)", "koln"),
        ("Fortuna Düsseldorf", "fortuna dusseldorf"),
        ("Standard Liège", "standard liege"),
        ("Hannover 96", "hannover"),
        ("SV Darmstadt 98", "darmstadt"),
        ("M'gladbach", "mgladbach"),
        ("Bor. Mönchengladbach", "borussia monchengladbach"),
        ("K Beerschot VA", "beerschot va"),
        ("Royal Union Saint-Gilloise", "union saint gilloise"),
        ("İstanbul Başakşehir", "istanbul basaksehir"),
        ("Breiðablik", "breidablik"),
        ("FC", "fc"),  # never stripped to nothing
    ],
)
def test_normalize(name: str, key: str) -> None:
    assert normalize(name) == key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Club Brugge KV", "Cercle Brugge"),
        ("Bayern München", "TSV 1860 München"),
        ("Hertha BSC", "Hertha BSC II"),
        ("Borussia Dortmund", "Borussia Dortmund II"),
        ("Manchester City", "Manchester United"),
        ("Standard Liège", "RFC Liège"),
        ("Sporting Charleroi", "Olympic Charleroi"),
    ],
)
def test_normalize_keeps_different_clubs_apart(one: str, other: str) -> None:
    assert normalize(one) != normalize(other)


# names written with the letters the sources use, digits and club-name punctuation
NAMES = st.text(alphabet="abcFKSVgkløæåöüäßéèçşğńıİ .-'0123456789", min_size=1, max_size=30)


@given(NAMES)
def test_normalize_gives_a_plain_key(name: str) -> None:
    key = normalize(name)
    assert re.fullmatch(r"([a-z0-9]+( [a-z0-9]+)*)?", key)
    assert bool(key) == any(char.isalnum() for char in fold(name))
    # case and accents never matter
    assert normalize(fold(name).upper()) == key


@given(NAMES, st.sampled_from(["DEN", "BEL", None]))
def test_unknown_ids_are_slugs_and_deterministic(name: str, country: str | None) -> None:
    ref = ClubRegistry([]).resolve(name, country)
    assert not ref.known
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ref.id)
    if country:
        assert ref.id.startswith(f"{country.lower()}-")
    assert ClubRegistry([]).resolve(name, country) == ref


def test_slug() -> None:
    assert slug("FC København") == "fc-kobenhavn"
    assert slug("1. FC Köln") == "1-fc-koln"
    assert slug("St. Joseph's FC") == "st-josephs-fc"


# --- resolution across sources --------------------------------------------------------------------

# Spellings the sources really use (worldfootball, openfootball, football-data, engsoccerdata), each with
# the country its caller would pass (None for UEFA files and lines that carry their own suffix).
SAME_CLUB: dict[str, list[tuple[str, str | None]]] = {
    "den-fc-kobenhavn": [
        ("FC København", "DEN"),
        ("FC Copenhagen", "DEN"),
        ("København (DEN)", None),
        ("FC København (DEN)", None),
        ("Copenhagen", None),
        ("Kobenhavn", "DEN"),
        ("FC København", None),
    ],
    "bel-kaa-gent": [("KAA Gent", "BEL"), ("Gent", "BEL"), ("KAA Gent (BEL)", None), ("Gent", None)],
    "bel-krc-genk": [("KRC Genk", "BEL"), ("Genk", "BEL"), ("KRC Genk (BEL)", None)],
    "ger-fc-augsburg": [("FC Augsburg", "GER"), ("Augsburg", "GER"), ("FC Augsburg (GER)", None)],
    "den-esbjerg-fb": [("Esbjerg fB", "DEN"), ("Esbjerg", "DEN"), ("Esbjerg fB (DEN)", None)],
    "den-fc-midtjylland": [("FC Midtjylland", "DEN"), ("Midtjylland", "DEN"), ("FC Midtjylland (DEN)", None)],
    "den-brondby-if": [("Brøndby IF", "DEN"), ("Brondby", "DEN"), ("Brøndby", "DEN")],
    "den-sonderjyske": [("SønderjyskE", "DEN"), ("Sonderjyske", "DEN"), ("Sønderjysk Elitesport", "DEN")],
    "den-aarhus-gf": [("Aarhus GF", "DEN"), ("AGF Aarhus", "DEN"), ("Aarhus", "DEN")],
    "ger-borussia-monchengladbach": [
        ("Bor. Mönchengladbach", "GER"),
        ("Borussia Mönchengladbach", "GER"),
        ("Bor. Monchengladbach", "GER"),
        ("M'gladbach", "GER"),
    ],
    "ger-1-fc-koln": [("1. FC Köln", "GER"), ("1. FC Koln", "GER"), ("FC Koln", "GER"), ("FC Köln", "GER")],
    "ger-bayern-munchen": [
        ("Bayern München", "GER"),
        ("FC Bayern München", "GER"),
        ("Bayern Munich", "GER"),
        ("Bayern Munchen", "GER"),
        ("FC Bayern München (GER)", None),
    ],
    "ger-bayer-leverkusen": [
        ("Bayer Leverkusen", "GER"),
        ("Bayer 04 Leverkusen", "GER"),
        ("Leverkusen", "GER"),
    ],
    "bel-k-beerschot-va": [("K Beerschot VA", "BEL"), ("Beerschot VA", "BEL")],
    "bel-union-saint-gilloise": [
        ("Union Saint-Gilloise", "BEL"),
        ("Royal Union Saint-Gilloise", "BEL"),
        ("St. Gilloise", "BEL"),
    ],
    "srb-crvena-zvezda": [("Crvena Zvezda (SRB)", None), ("Red Star Belgrade", None)],
    "rou-fcsb": [("FCSB", None), ("FC Steaua Bucureşti (ROU)", None)],
}


@pytest.mark.parametrize("club_id", sorted(SAME_CLUB))
def test_same_club_whichever_source(registry: ClubRegistry, club_id: str) -> None:
    for name, country in SAME_CLUB[club_id]:
        ref = registry.resolve(name, country)
        assert (ref.id, ref.known) == (club_id, True), (name, country)
        assert ref.name == registry.get(club_id).name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("Club Brugge KV", "BEL"), ("Cercle Brugge", "BEL")),
        (("Club Brugge", "BEL"), ("Cercle Brugge", "BEL")),
        (("Bayern München", "GER"), ("TSV 1860 München", "GER")),
        (("Hertha BSC", "GER"), ("Hertha BSC II", "GER")),
        (("Standard Liège", "BEL"), ("RFC Liège", "BEL")),
        (("Standard", "BEL"), ("Sporting Charleroi", "BEL")),
        (("K Beerschot VA", "BEL"), ("Germinal Beerschot", "BEL")),
        (("Excelsior Mouscron", "BEL"), ("Royal Excel Mouscron", "BEL")),
        (("FC København", "DEN"), ("FC Nordsjælland", "DEN")),
        (("Crvena Zvezda (SRB)", None), ("Partizan (SRB)", None)),
    ],
)
def test_different_clubs_stay_different(
    registry: ClubRegistry, one: tuple[str, str | None], other: tuple[str, str | None]
) -> None:
    assert registry.resolve(*one).id != registry.resolve(*other).id


def test_season_bound_name(registry: ClubRegistry) -> None:
    # football-data's "Mouscron" is Excelsior Mouscron in 2008-09 and Royal Excel Mouscron from 2016-17
    assert registry.resolve("Mouscron", "BEL", season="2008-09").id == "bel-excelsior-mouscron"
    assert registry.resolve("Mouscron", "BEL", season="2016-17").id == "bel-royal-excel-mouscron"
    assert registry.resolve("Mouscron", "BEL").id == "bel-royal-excel-mouscron"
    # "Germinal" is one club under two names (renamed Beerschot AC in 2011)
    assert registry.resolve("Germinal", "BEL", season="2012-13").id == "bel-germinal-beerschot"
    assert registry.resolve("Beerschot AC", "BEL").id == "bel-germinal-beerschot"


def test_suffix_wins_over_caller_country(registry: ClubRegistry) -> None:
    assert registry.resolve("KAA Gent (BEL)", "DEN").id == "bel-kaa-gent"
    # a name stating its country never lands on a club of another country
    ref = registry.resolve("Copenhagen (SWE)")
    assert (ref.known, ref.id, ref.country) == (False, "swe-copenhagen", "SWE")


def test_caller_country_is_a_hint(registry: ClubRegistry) -> None:
    # a unique name found in another country: FC Vaduz plays in Switzerland's league
    assert registry.resolve("FC Vaduz", "SUI").id == "lie-fc-vaduz"
    assert registry.resolve("fc copenhagen", "den").id == "den-fc-kobenhavn"


def test_unknown_name(registry: ClubRegistry) -> None:
    ref = registry.resolve("Jammerbugt FC", "DEN")
    assert (ref.known, ref.id, ref.name, ref.country) == (False, "den-jammerbugt", "Jammerbugt FC", "DEN")
    # deterministic, and two spellings that normalize alike share the id
    assert registry.resolve("Jammerbugt", "DEN").id == ref.id
    assert ClubRegistry([]).resolve("Jammerbugt FC", "DEN") == ref
    # suffix gives the country; without any country the id is the bare slug
    assert registry.resolve("Jammerbugt FC (DEN)").id == "den-jammerbugt"
    assert registry.resolve("Rotor Volgograd (1929-2005)").id == "rotor-volgograd-1929-2005"
    assert not registry.resolve("TSV 1860 München", "GER").known


def test_suggestions(registry: ClubRegistry) -> None:
    assert registry.suggestions("Kobenhaven", "DEN")[0] == "FC København"
    assert registry.suggestions("Bayern", "GER")[0] == "Bayern München"
    assert registry.suggestions("Mönchengladbach")[0] == "Borussia Mönchengladbach"
    assert "Zorya Lugansk" in registry.suggestions("Zorya Luhansk (UKR)")
    assert len(registry.suggestions("Brugge", "BEL", n=2)) == 2
    assert registry.suggestions("Xyzzy Quux") == []


def test_get_and_clubs(registry: ClubRegistry) -> None:
    club = registry.get("den-fc-kobenhavn")
    assert (club.name, club.country) == ("FC København", "DEN")
    assert "FC Copenhagen" in club.other_names
    assert [c.id for c in registry.clubs()] == sorted(c.id for c in registry.clubs())
    with pytest.raises(NotFoundError) as caught:
        registry.get("den-fc-kobenhaven")
    assert "den-fc-kobenhavn" in caught.value.candidates


def test_resolve_is_cached(registry: ClubRegistry) -> None:
    names = [("FC Copenhagen", "DEN"), ("København (DEN)", None), ("Unheard Of FC", "DEN")]
    first = [registry.resolve(*n) for n in names]
    assert all(registry.resolve(*n) is ref for n, ref in zip(names, first, strict=True))
    # import calls resolve for both sides of ~1 million matches: a cached call must be cheap (it is
    # about 0.2 µs; the bound leaves room for slow CI machines)
    calls = 100_000
    started = time.perf_counter()
    for _ in range(calls // 2):
        registry.resolve("FC Copenhagen", "DEN")
        registry.resolve("København (DEN)")
    assert (time.perf_counter() - started) / calls < 2e-6


def test_default_is_loaded_once() -> None:
    assert ClubRegistry.default() is ClubRegistry.default()


# --- the registry file ----------------------------------------------------------------------------


def test_registry_file_is_consistent() -> None:
    entries = _toml()["club"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    exact: dict[tuple[str, str], set[str]] = defaultdict(set)
    normal: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entries:
        assert set(entry) <= {"id", "name", "country", "other_names", "name_seasons"}, entry["id"]
        assert re.fullmatch(r"[A-Z]{3}", entry["country"]), entry["id"]
        assert entry["id"] == f"{entry['country'].lower()}-{slug(entry['name'])}", "id is not country-slug"
        names = [entry["name"], *entry.get("other_names", [])]
        assert len(names) == len(set(names)), f"{entry['id']} lists a name twice"
        assert all(split_country(name)[1] is None for name in names), f"{entry['id']}: drop the suffix"
        seasonal = entry.get("name_seasons", {})
        assert set(seasonal) <= set(names), entry["id"]
        for name in names:
            if name not in seasonal:
                exact[(entry["country"], name)].add(entry["id"])
                normal[(entry["country"], normalize(name))].add(entry["id"])
    assert {k: v for k, v in exact.items() if len(v) > 1} == {}, "a name given to two clubs of one country"
    assert {k: v for k, v in normal.items() if len(v) > 1} == {}, "names normalizing alike in two clubs"
    # entries sorted by country, then id, so a new club has one right place
    assert ids == sorted(ids, key=lambda i: (i.split("-", 1)[0], i))


def test_every_registered_name_resolves_to_its_club(registry: ClubRegistry) -> None:
    seasonal = {entry["id"]: entry.get("name_seasons", {}) for entry in _toml()["club"]}
    for club in registry.clubs():
        for name in (club.name, *club.other_names):
            if name in seasonal[club.id]:
                continue
            assert registry.resolve(name, club.country).id == club.id, name
            assert registry.resolve(f"{name} ({club.country})").id == club.id, name


def test_every_team_of_the_people_files_is_known(registry: ClubRegistry) -> None:
    # touchline.people refuses a spell whose team the registry does not know
    folder = resources.files("touchline").joinpath("data/people")
    teams = {
        (spell["team"], spell.get("country"))
        for item in folder.iterdir()
        if item.name.endswith(".toml")
        for spell in tomllib.loads(item.read_text(encoding="utf-8")).get("spell", [])
        if "team" in spell
    }
    assert teams, "no people files found"
    assert [team for team in sorted(teams, key=str) if not registry.resolve(*team).known] == []


def test_registry_rejects_contradictions() -> None:
    with pytest.raises(DataError, match="listed twice"):
        ClubRegistry([Club("den-a", "A", "DEN"), Club("den-a", "A2", "DEN")])
    with pytest.raises(DataError, match="given to both"):
        ClubRegistry([Club("den-a", "A", "DEN", ("X",)), Club("den-b", "B", "DEN", ("X",))])
    # the same name in two countries is fine: the country decides
    two = ClubRegistry([Club("den-a", "A", "DEN", ("X",)), Club("swe-b", "B", "SWE", ("X",))])
    assert two.resolve("X (SWE)").id == "swe-b"
    assert not two.resolve("X").known  # ambiguous without a country
    with pytest.raises(DataError, match="not one of the club's names"):
        ClubRegistry([Club("den-a", "A", "DEN")], {"den-a": {"Z": "..2009-10"}})
    with pytest.raises(DataError, match="bad season range"):
        ClubRegistry([Club("den-a", "A", "DEN", ("Z",))], {"den-a": {"Z": "..last year"}})
    with pytest.raises(ParseError):
        ClubRegistry.from_toml("[[club]\nid = ")
    with pytest.raises(DataError, match="no 'name'"):
        ClubRegistry.from_toml('[[club]]\nid = "den-a"\n')


# --- coverage: every name of the focused data resolves to a known club -----------------------------

DOMESTIC = {"dk.1": "DEN", "be.1": "BEL", "de.1": "GER"}
FIRST, LAST = 2008, 2025  # seasons 2008-09 .. 2025-26
FOCUS = {
    "den-fc-midtjylland",
    "den-fc-kobenhavn",
    "bel-kaa-gent",
    "bel-krc-genk",
    "den-esbjerg-fb",
    "ger-fc-augsburg",
}
# any name that looks like a focus club must resolve to one, or its UEFA matches would go unchecked
FOCUS_LIKE = re.compile(r"midtjylland|kobenhavn|copenhagen|^gent$|genk|esbjerg|augsburg")

# (label, reader format, glob patterns under the data folder)
SOURCES = [
    (
        "worldfootball",
        "football.txt",
        [f"worldfootball-cache.wfb.txt/*/{code}.txt" for code in ("dk.1", "be.1", "de.1", "uefa.*")],
    ),
    ("openfootball-deutschland", "football.txt", ["openfootball-deutschland/*/1-bundesliga.txt"]),
    ("openfootball-belgium", "football.txt", ["openfootball-belgium/*/be1.txt"]),
    (
        "openfootball-europe",
        "football.txt",
        [
            "openfootball-europe/denmark/*_dk1.txt",
            "openfootball-europe/history/denmark/*/1-superligaen-*.txt",
            "openfootball-europe/history/belgium/*_be1.txt",
        ],
    ),
    ("openfootball-champions-league", "football.txt", ["openfootball-champions-league/**/*.txt"]),
    (
        "football.json",
        "football.json",
        [f"openfootball-football.json/*/{code}.json" for code in ("be.1", "de.1", "uefa.cl")],
    ),
    ("footballcsv", "football-data", ["footballcsv-cache.footballdata/*/*.csv"]),
    ("football-data DNK", "football-data", ["football-data.co.uk-DNK/DNK.csv"]),
    (
        "engsoccerdata",
        "engsoccerdata",
        [f"engsoccerdata/data-raw/{name}" for name in ("belgium*.csv", "germany.csv", "champs.csv")],
    ),
]


def _matches(data: Path, fmt: str, patterns: list[str]) -> Iterator[Match]:
    read = reader(fmt).read
    for pattern in patterns:
        for path in sorted(data.glob(pattern)):
            yield from read(path)


def _country(match: Match, side: str) -> str | None:
    """The country a caller knows for one side: the league's, or engsoccerdata's country column."""
    if match.competition in DOMESTIC:
        return DOMESTIC[match.competition]
    value = match.extra.get(f"{side}_country")
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(("label", "fmt", "patterns"), SOURCES, ids=[s[0] for s in SOURCES])
def test_every_name_in_the_focused_data_is_known(
    registry: ClubRegistry, data: Path, label: str, fmt: str, patterns: list[str]
) -> None:
    unresolved: dict[str, str] = {}
    misread: dict[str, str] = {}
    checked = 0
    for match in _matches(data, fmt, patterns):
        if not FIRST <= Season.parse(match.season).start <= LAST:
            continue
        domestic = match.competition in DOMESTIC
        if not domestic and not match.competition.startswith("uefa."):
            continue
        refs = {
            side: registry.resolve(getattr(match, side), _country(match, side), season=match.season)
            for side in ("home", "away")
        }
        for side, ref in refs.items():
            name = getattr(match, side)
            if FOCUS_LIKE.search(normalize(name)) and ref.id not in FOCUS:
                misread.setdefault(name, f"{match.file}:{match.line} -> {ref.id}")
        if not domestic and not any(ref.id in FOCUS for ref in refs.values()):
            continue
        checked += 1
        for side, ref in refs.items():
            if not ref.known:
                name = getattr(match, side)
                hint = ", ".join(registry.suggestions(name, _country(match, side), n=3))
                unresolved.setdefault(name, f"{match.file}:{match.line} (close: {hint})")
    assert checked > 0, f"{label}: no matches of the covered competitions found"
    assert misread == {}, f"{label}: focus-club spellings resolved elsewhere"
    assert unresolved == {}, f"{label}: names missing from touchline/data/clubs.toml"
