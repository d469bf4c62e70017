"""Promotion and relegation play-offs of the top flights and second tiers the sources hold no match of
(Norway's qualification, Sweden's kvalspel, Switzerland's barrage, Scotland's play-offs, France's
barrages: ``[[playoffs]]`` of ``data/competitions.toml``), over the whole corpus: a spell covering one
its team qualified for names it as missing; Serie B's, which the store holds, are named nowhere."""

from __future__ import annotations

import pytest

from tests.published import playoff_gaps
from touchline.api.tables import competition_table, season_matches
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_bergs_stabaek_lack_the_eliteserien_qualification_of_2018(full: Store) -> None:
    # Stabæk, 14th in Eliteserien 2018 ("der Drittletzte spielte in der Relegation", de.wikipedia
    # "Eliteserien 2018"), kept their place against Aalesund, "Stabæk er klar for Eliteserien 2019 etter at
    # Aalesund scoret selvmål i siste kvalifiseringskamp" (TV 2, Aalesund - Stabæk 1-1, December 2018)
    assert playoff_gaps(full, "Henning Berg", "Stabæk IF") == [
        "Eliteserien qualification play-offs 2018 are not in the store (qualified as 14th in Eliteserien 2018)"
    ]


def test_hareides_molde_lack_the_qualification_of_1993(full: Store) -> None:
    # Molde, 10th in 1993, played the qualification round with Bryne and Strømsgodset (fr.wikipedia
    # "Championnat de Norvège de football 1993"); the spells of 1985 to 1991 and 1994 to 1997 none
    assert playoff_gaps(full, "Åge Hareide", "Molde FK") == [
        "Tippeligaen qualification play-offs 1993 are not in the store (qualified as 10th in Tippeligaen 1993)"
    ]


def test_larssons_helsingborg_lack_the_kvalspel_of_2016(full: Store) -> None:
    # "Halmstad till allsvenskan – HIF åker ur": Helsingborg - Halmstad 1-2, 3-2 to Halmstad on aggregate
    # after 1-1 in Halmstad (SVT Sport, November 2016); Henrik Larsson's spell of 2019 ended in August
    assert playoff_gaps(full, "Henrik Larsson", "Helsingborgs IF") == [
        "Allsvenskan qualification play-offs 2016 are not in the store (qualified as 14th in the Allsvenskan 2016)"
    ]


def test_davidsons_st_johnstone_lack_the_premiership_play_off_of_2022(full: Store) -> None:
    # St Johnstone, 11th, beat Inverness in the "cinch Premiership play-off final", 2-2 away and 4-0 in
    # Perth on 23 May 2022 (PA on fourfourtwo.com, 23 May 2022: Davidson "expressed his relief")
    assert playoff_gaps(full, "Callum Davidson", "St. Johnstone FC") == [
        "Premiership play-offs 2021-22 are not in the store (qualified as 11th in the Premiership 2021-22)"
    ]


def test_petkovics_bellinzona_lack_two_barrages(full: Store) -> None:
    # Bellinzona, 2nd of the Challenge League twice: out against Aarau in 2007, "In der Barrage setzen
    # sich die Aarauer gegen Bellinzona durch (2:1, 3:1)" (Aargauer Zeitung); up against St. Gallen in
    # 2008, 3-2 and 2-0 on 17 and 20 May (Le Temps; mondedufoot.fr), "l'entraîneur de Bellinzone
    # Vladimir Petkovic"
    assert playoff_gaps(full, "Vladimir Petković", "AC Bellinzona") == [
        "Super League barrage 2006-07 are not in the store (qualified as 2nd in the Challenge League 2006-07)",
        "Super League barrage 2007-08 are not in the store (qualified as 2nd in the Challenge League 2007-08)",
    ]


@pytest.mark.parametrize(
    ("person", "team", "season"),
    [("Arsène Wenger", "AS Nancy Lorraine", "1985-86"), ("Carlos Bianchi", "OGC Nice", "1989-90")],
)
def test_the_division_1_barrages_are_named(full: Store, person: str, team: str, season: str) -> None:
    # two of the four Division 1 clubs that stayed up through the barrages of 1978-79 to 1992-93: "OGC
    # Nice 1989-1990, AS Nancy Lorraine 1985-1986" (TF1, May 2017), the 18th of the Division 1
    assert playoff_gaps(full, person, team) == [
        f"Division 1 barrages {season} are not in the store (qualified as 18th in the Division 1 {season})"
    ]


def test_piolis_sassuolo_hold_the_serie_b_play_offs_of_2010(full: Store) -> None:
    # Sassuolo, 4th in Serie B 2009-10, lost the play-offs' semi-final to Torino, 1-1 in Turin on 2 June
    # and 1-2 at home on 6 June 2010 (it.wikinews, "Serie B 2009-2010 playoff promozione"); the store
    # holds both (worldfootball's "Aufstieg" stage), so Pioli's spell names no play-off
    held = sorted(
        (str(m.date), m.home, m.away, str(m.ft))
        for m in season_matches(full, "it.2", "2009-10")
        if m.stage == "Aufstieg" and "Sassuolo Calcio" in (m.home, m.away)
    )
    assert held == [
        ("2010-06-02", "Torino FC", "Sassuolo Calcio", "1-1"),
        ("2010-06-06", "Sassuolo Calcio", "Torino FC", "1-2"),
    ]
    rows = competition_table(full, "it.2", "2009-10").rows
    assert rows[3].club == "Sassuolo Calcio"  # 4th: in the places the catalogue expects a play-off of
    assert [p.places for p in catalog.playoffs("it", "2009-10") if p.competition == "it.2"] == [(3, 6)]
    assert playoff_gaps(full, "Stefano Pioli", "Sassuolo Calcio") == []


# the clubs of each play-off, from the store's final tables by the catalogue's places, against the
# entrants a source names (the notes of data/competitions.toml; en.wikipedia "2008 Norwegian First
# Division": Aalesund, 13th; "2012 Eliteserien promotion/relegation play-offs": Sandnes Ulf; "2016 ...":
# Stabæk; Bergens Tidende, November 2022: Sandefjord; Dagsavisen, 4 December 2023: Vålerenga v
# Kristiansund; ro.wikipedia "Superettan": IF Brommapojkarna 3rd in 2008; BBC Sport 2013: Partick Thistle 1996,
# Hibernian 1997; Falkirk Herald: Hibernian 2014; de.wikipedia "Division 1 1991/92": Rennes)
ENTRANTS = [
    ("no", "no.1", "1993", {"Molde FK"}),
    ("no", "no.1", "2000", {"Vålerenga IF"}),
    ("no", "no.1", "2008", {"Aalesunds FK"}),
    ("no", "no.1", "2009", {"Fredrikstad FK"}),
    ("no", "no.1", "2012", {"Sandnes Ulf"}),
    ("no", "no.1", "2016", {"Stabæk IF"}),
    ("no", "no.1", "2018", {"Stabæk IF"}),
    ("no", "no.1", "2022", {"Sandefjord Fotball"}),
    ("no", "no.1", "2023", {"Vålerenga IF"}),
    ("se", "se.1", "2008", {"Ljungskile SK", "IF Brommapojkarna"}),
    ("se", "se.1", "2016", {"Helsingborgs IF", "Halmstads BK"}),
    ("sco", "sco.1", "1995-96", {"Partick Thistle"}),
    ("sco", "sco.1", "1996-97", {"Hibernian FC"}),
    ("sco", "sco.1", "2013-14", {"Hibernian FC"}),
    ("sco", "sco.1", "2021-22", {"St. Johnstone FC"}),
    ("ch", "ch.1", "2006-07", {"FC Aarau", "AC Bellinzona"}),
    ("ch", "ch.1", "2007-08", {"FC St. Gallen", "AC Bellinzona"}),
    ("fr", "fr.1", "1985-86", {"AS Nancy Lorraine"}),
    ("fr", "fr.1", "1989-90", {"OGC Nice"}),
    ("fr", "fr.1", "1991-92", {"Stade Rennais"}),
    ("fr", "fr.1", "2016-17", {"FC Lorient"}),
    ("fr", "fr.2", "2016-17", {"ESTAC Troyes"}),
    ("fr", "fr.1", "2017-18", {"Toulouse FC"}),
    ("fr", "fr.1", "2018-19", {"Dijon FCO"}),
]


@pytest.mark.parametrize(("prefix", "competition", "season", "clubs"), ENTRANTS)
def test_the_play_off_places_give_the_published_entrants(
    full: Store, prefix: str, competition: str, season: str, clubs: set[str]
) -> None:
    found = set()
    for playoff in catalog.playoffs(prefix, season):
        if playoff.competition != competition or not season_matches(full, playoff.league, season):
            continue  # (another league's play-off, or a league the store lacks that season)
        rows = competition_table(full, playoff.league, season).rows
        first, last = playoff.places
        found |= {row.club for row in rows[first - 1 : last]}
    assert found == clubs


def test_no_play_off_is_listed_for_the_seasons_none_was_played() -> None:
    # Norway 1994 and 2011 (the league growing: en.wikipedia "2019 Eliteserien promotion/relegation
    # play-offs", "held every year since 1972 with exceptions in 1994 and 2011"); Sweden 2007 (ro.wikipedia
    # "Superettan"); France 2019-20 and 2022-23 (letalkshowstephanois.fr); Scotland 2019-20 (inkl.com)
    for prefix, competition, season in [
        ("no", "no.1", "1994"),
        ("no", "no.1", "2011"),
        ("se", "se.1", "2007"),
        ("fr", "fr.1", "2019-20"),
        ("fr", "fr.1", "2022-23"),
        ("fr", "fr.2", "2022-23"),
        ("sco", "sco.1", "2019-20"),
    ]:
        assert not [p for p in catalog.playoffs(prefix, season) if p.competition == competition], season
