"""What a spell lacks, where the store lacks the competition and competitions.toml did not declare it: the
Lega Pro's (Serie C's) promotion play-offs since 2014-15, the Dutch play-offs for promotion and
relegation (the Eredivisie's 16th and 17th, the Eerste Divisie's clubs of the seasons a source names),
the Eredivisie's play-offs for European football of 2008-09, 2009-10, 2012-13 and 2016-17, and the
Belgian Super Cup's cup side before the store's Belgian Cup (2006-07), with its editions of 1989 and 2020
never played. Each place, club and day is sourced in touchline/data/competitions.toml and
touchline/data/calendar.toml; the spells are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.compute.coverage import GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_the_lega_pro_play_offs(full: Store) -> None:
    # the 2nd to 10th of each group played them in 2016-17 (piazzagiallorossa.it, 2017), from 14 May to
    # the final in Florence on 17 June 2017; none are given for 2019-20 (not played as announced)
    places = {(p.league, p.places) for p in catalog.playoffs("it", "2016-17") if p.league.startswith("it.3")}
    assert places == {("it.3.a", (2, 10)), ("it.3.b", (2, 10)), ("it.3.c", (2, 10))}
    assert catalog.playoff_days("it.3.b", "2016-17") == (dt.date(2017, 5, 14), dt.date(2017, 6, 17))
    assert [p for p in catalog.playoffs("it", "2019-20") if p.league.startswith("it.3")] == []
    assert {p.places for p in catalog.playoffs("it", "2015-16") if p.league == "it.3.b"} == {(2, 3)}
    # Roberto D'Aversa's Parma, 2nd in group B, played six of them (Piacenza, Lucchese, Pordenone and
    # Alessandria: foxsports.it, 18 June 2017), none of which the store holds: no longer "full"
    daversa = _spell(full, "Roberto D'Aversa", "Parma", 2016)
    assert daversa.record.played == 145
    assert certain_gaps(daversa, "it.3.b", GapKind.PLAYOFF) == {"2016-17": "2nd in the Lega Pro's group B 2016-17"}
    assert daversa.coverage == "partial"


def test_the_dutch_play_offs_for_promotion_and_relegation(full: Store) -> None:
    # the Eredivisie's 16th and 17th to 2018-19, its 16th alone from 2020-21, none in 2019-20
    def eredivisie(season: str) -> set[tuple[int, int]]:
        return {p.places for p in catalog.playoffs("nl", season) if p.league == "nl.1" and p.competition == "nl.2"}

    assert eredivisie("2005-06") == {(16, 17)}
    assert eredivisie("2018-19") == {(16, 17)}
    assert eredivisie("2019-20") == set()
    assert eredivisie("2020-21") == {(16, 16)}
    # Dick Lukkien's FC Emmen (2016 to 2023): 9th in the Eerste Divisie in 2016-17, out to NEC in the
    # semi-final (rtvdrenthe.nl, May 2017); 7th in 2017-18, promoted past Sparta (nrc.nl, 20 May 2018); 16th
    # in the Eredivisie in 2020-21, relegated by NAC (nu.nl), and in 2022-23 (nu.nl, May 2023); 14th in
    # 2018-19, no play-offs in 2019-20, champions of the Eerste Divisie in 2021-22
    lukkien = _spell(full, "Dick Lukkien", "Emmen", 2016)
    assert certain_gaps(lukkien, "nl.2", GapKind.PLAYOFF) == {
        "2016-17": "9th in the Eerste Divisie 2016-17",
        "2017-18": "7th in the Eerste Divisie 2017-18",
        "2020-21": "16th in the Eredivisie 2020-21",
        "2022-23": "16th in the Eredivisie 2022-23",
    }
    assert lukkien.coverage == "partial"
    # Arne Slot's Cambuur, 3rd in 2016-17 (rtvdrenthe.nl, April 2017: among the clubs sure of a place)
    slot = _spell(full, "Arne Slot", "Cambuur", 2016)
    assert certain_gaps(slot, "nl.2") == {"2016-17": "3rd in the Eerste Divisie 2016-17"}
    # Dick Advocaat's Sparta, 17th in the Eredivisie of 2017-18, beaten by Emmen in the final (nrc.nl)
    advocaat = _spell(full, "Dick Advocaat", "Sparta", 2017)
    assert certain_gaps(advocaat, "nl.2") == {"2017-18": "17th in the Eredivisie 2017-18"}


def test_the_eredivisie_play_offs_for_european_football(full: Store) -> None:
    # 2016-17: FC Utrecht, AZ, FC Groningen and sc Heerenveen, the 4th, 6th, 8th and 9th (voetbalprimeur.nl,
    # 14 May 2017): Erik ten Hag's Utrecht and John van den Brom's AZ
    ten_hag = _spell(full, "Erik ten Hag", "Utrecht", 2015)
    assert certain_gaps(ten_hag, "nl.1")["2016-17"] == "4th in the Eredivisie 2016-17"
    van_den_brom = _spell(full, "John van den Brom", "AZ", 2014)
    assert certain_gaps(van_den_brom, "nl.1")["2016-17"] == "6th in the Eredivisie 2016-17"
    # 2009-10, the 6th to 9th (nl.wikipedia "Play-offs Nederlands voetbal 2010"): Gertjan Verbeek's Heracles,
    # 6th; Ron Jans's Groningen, 6th in 2008-09 and 8th in 2009-10 (5th in 2005-06, beside)
    verbeek = _spell(full, "Gertjan Verbeek", "Heracles", 2009)
    assert certain_gaps(verbeek, "nl.1") == {"2009-10": "6th in the Eredivisie 2009-10"}
    jans = _spell(full, "Ron Jans", "Groningen", 2002)
    assert certain_gaps(jans, "nl.1") == {
        "2005-06": "5th in the Eredivisie 2005-06",
        "2008-09": "6th in the Eredivisie 2008-09",
        "2009-10": "8th in the Eredivisie 2009-10",
    }
    # Trond Sollied's Heerenveen of 2008-09, 5th and the cup's winners: in no play-off, still "full"
    heerenveen = _spell(full, "Trond Sollied", "Heerenveen", 2008)
    assert certain_gaps(heerenveen, "nl.1") == {}
    assert heerenveen.coverage == "full"


def test_the_belgian_super_cups_cup_side(full: Store) -> None:
    # Trond Sollied's Club Brugge (2000 to 2005): the Super Cups of 3 August 2002 as the cup's winners (v
    # Genk, w.owiki.org), of 2003 as champions (v La Louvière, fr.wikipedia, Sollied on its teamsheet) and
    # of December 2004 as the cup's winners (v Anderlecht, anderlecht-online.be); the store holds none
    sollied = _spell(full, "Trond Sollied", "Club Brugge", 2000)
    assert certain_gaps(sollied, "be.sc", GapKind.SUPER_CUP) == {
        "2002-03": "Belgian Cup winners 2001-02",
        "2003-04": "Belgian First Division champions 2002-03",
        "2004-05": "Belgian Cup winners 2003-04",
    }
    # his Gent of 1999-2000 played none (the cup's side of 2000 was Genk's)
    gent = _spell(full, "Trond Sollied", "Gent", 1999)
    assert certain_gaps(gent, "be.sc") == {}
    # the editions of 1989 and 2020 were never played (en.wikipedia "Belgian Super Cup"; lalibre.be, 17
    # July 2021): Philippe Clement's Club Brugge, champions of 2019-20 and 2020-21, played that of 2021 only
    assert catalog.not_held("be.sc", "1989-90")
    assert catalog.not_held("be.sc", "2020-21")
    clement = _spell(full, "Philippe Clement", "Club Brugge", 2019)
    assert certain_gaps(clement, "be.sc") == {"2021-22": "Belgian First Division A champions 2020-21"}
