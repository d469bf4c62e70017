"""Which club a user means by a name, as articles write names: pure, on names shaped like the store's."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

from touchline.compute.lookup import Named, known_names, pick
from touchline.errors import NotFoundError
from touchline.reference.clubs import ClubRegistry

NAMES = [
    Named("ger-1-fsv-mainz-05", "1. FSV Mainz 05", "GER", "1. FSV Mainz 05"),
    Named("ger-1-fsv-mainz-05-ii", "1. FSV Mainz 05 II", "GER", "1. FSV Mainz 05 II"),
    Named("sco-st-mirren-fc", "St. Mirren FC", "SCO", "St. Mirren FC"),
    Named("eng-everton-fc", "Everton", "ENG", "Everton FC"),
    Named("eng-everton-fc", "Everton FC", "ENG", "Everton FC"),
    Named("chi-everton", "Everton", "CHI", "Everton"),
    Named("int-schottland", "Schottland", None, "Schottland"),
    Named("bel-club-brugge-kv", "Club Brugge KV", "BEL", "Club Brugge KV"),
    Named("bel-cercle-brugge", "Cercle Brugge", "BEL", "Cercle Brugge"),
]
MATCHES = {"eng-everton-fc": 4800, "chi-everton": 700, "bel-club-brugge-kv": 2900, "bel-cercle-brugge": 2400}


def weigh(counts: Mapping[str, int]) -> Callable[[Sequence[str]], Mapping[str, int]]:
    def counted(ids: Sequence[str]) -> Mapping[str, int]:
        return {i: counts.get(i, 0) for i in ids}

    return counted


def club(query: str, *weighs: Callable[[Sequence[str]], Mapping[str, int]]) -> str:
    return pick(query, NAMES, *(weighs or (weigh(MATCHES),))).club


def test_article_names_find_their_club() -> None:
    assert club("Mainz 05") == "ger-1-fsv-mainz-05"  # not its reserve team
    assert club("Mainz 05 II") == "ger-1-fsv-mainz-05-ii"
    assert club("St Mirren") == "sco-st-mirren-fc"  # "St. Mirren FC": one loose form
    assert club("Scotland") == "int-schottland"  # the German name the data gives the national team


def test_a_name_two_clubs_answer_to_means_the_one_far_the_most_played() -> None:
    # both are named exactly "Everton": England's has nearly seven times the matches of Chile's
    assert club("Everton") == "eng-everton-fc"
    assert club("Everton (CHI)") == "chi-everton"
    # a spell's window decides first: Chile's Everton played in it, England's did not
    assert club("Everton", weigh({"chi-everton": 30}), weigh(MATCHES)) == "chi-everton"


def test_two_clubs_of_a_name_played_alike_are_ambiguous() -> None:
    with pytest.raises(NotFoundError) as raised:
        club("Brugge")
    assert "Club Brugge KV (BEL) = bel-club-brugge-kv, Cercle Brugge (BEL) = bel-cercle-brugge" in str(raised.value)
    with pytest.raises(NotFoundError, match="did you mean: Everton FC"):
        club("Evertn FC")


def test_a_part_of_a_word_is_a_guess_a_person_file_does_not_take() -> None:
    # "Spurs" is only part of a word of "Pietá Hotspurs": a command may take it, a record of fact may not
    names = [*NAMES, Named("mlt-pieta-hotspurs", "Pietá Hotspurs", "MLT", "Pietá Hotspurs")]
    assert pick("Spurs", names).club == "mlt-pieta-hotspurs"
    with pytest.raises(NotFoundError) as raised:
        pick("Spurs", names, weigh(MATCHES), what="club named", parts=False)
    assert str(raised.value) == (
        "no club named 'Spurs' (did you mean: Pietá Hotspurs (MLT) = mlt-pieta-hotspurs, "
        "or the club's name or whole words of it, not part of a word?)"
    )
    # whole words are a name: "Mirren" of "St. Mirren FC"
    assert pick("Mirren", names, parts=False).club == "sco-st-mirren-fc"


def test_a_country_also_means_the_clubs_playing_in_its_leagues() -> None:
    names = [
        *NAMES,
        Named("mco-as-monaco", "AS Monaco", "MCO", "AS Monaco"),
        Named("fra-as-marck", "AS Marck", "FRA", "AS Marck"),
    ]
    with pytest.raises(NotFoundError, match="no club 'AS Monaco' \\(did you mean: AS Marck\\?\\)"):
        pick("AS Monaco", names, country="FRA")
    assert pick("AS Monaco", names, country="FRA", plays_in={"mco-as-monaco": ("FRA",)}).club == "mco-as-monaco"
    assert pick("AS Monaco (FRA)", names, plays_in={"mco-as-monaco": ("FRA",)}).club == "mco-as-monaco"


def test_a_national_teams_english_name_is_read_whole_not_loosely() -> None:
    # "Brazil" is the data's "Brasilien", which is part of a word of Brazil's club "Brasiliense DF"
    names = [*NAMES, Named("bra-brasiliense-df", "Brasiliense DF", "BRA", "Brasiliense DF")]
    with pytest.raises(NotFoundError, match="no club 'Brazil'"):
        pick("Brazil", names)
    assert pick("Brasiliense", names).club == "bra-brasiliense-df"


def test_a_loose_form_gives_way_to_the_club_far_the_more_played_under_the_name() -> None:
    # "Almería CF" reads loosely as "almería"; UD Almería has the name as a whole word and ten times the
    # matches (the whole corpus: 996 to 94): an editor writing "Almería" means UD Almería. "Roma" stays AS
    # Roma (loosely "roma"), though Lazio Roma has the word too: neither far the more played
    names = [
        Named("esp-almeria-cf", "Almería CF", "ESP", "Almería CF"),
        Named("esp-ud-almeria", "UD Almería", "ESP", "UD Almería"),
        Named("ita-as-roma", "AS Roma", "ITA", "AS Roma"),
        Named("ita-lazio-roma", "Lazio Roma", "ITA", "Lazio Roma"),
    ]
    counts = {"esp-almeria-cf": 94, "esp-ud-almeria": 996, "ita-as-roma": 3400, "ita-lazio-roma": 3300}

    def weigh(ids: Sequence[str]) -> dict[str, int]:
        return {club: counts[club] for club in ids}

    assert pick("Almería", names, weigh).club == "esp-ud-almeria"
    assert pick("Roma", names, weigh).club == "ita-as-roma"


def test_a_youth_team_is_the_one_its_name_marks_and_every_nation_has_them() -> None:
    # the data's "Denmark U-21" and "Denmark U-17" share a loose form ("denmark u": a trailing number
    # is dropped), so the U-17 was read as the U-21 (Thomas Frank's Denmark U17 overlapped Jess
    # Thorup's U21 spell); a youth team no source holds is every FIFA member's, with no data
    stored = [("den-denmark-u21", "Denmark U-21", "DEN", "Denmark U21")]
    names = known_names(stored, ClubRegistry.default(), every_nation=True)
    assert pick("Denmark U-21", names, parts=False).club == "den-denmark-u21"
    assert pick("Denmark U21", names, parts=False).club == "den-denmark-u21"  # not a second Denmark U21
    assert pick("Denmark U-17", names, parts=False) == Named("int-danemark-u17", "Denmark U17", None, "Denmark U17")
    assert pick("Dänemark U19", names, parts=False).club == "int-danemark-u19"
    assert pick("Germany U-20", names, parts=False).club == "int-deutschland-u20"
    assert pick("Denmark", names, parts=False).club == "int-danemark"  # the senior team, not a youth team
    with pytest.raises(NotFoundError):
        pick("Mainz 05 U19", NAMES, parts=False)  # not the reserves, not the first team
