"""What a spell lacks, corrected where the rules alone gave the wrong clubs or seasons: no Copa do Brasil
of 2001 to 2012 for a club in that year's Copa Libertadores; the Ukrainian Super Cup's other side, every
edition of 2004 to 2021, and the Polish Super Cup's cup side since 2011 (the store holds neither
country's cup); the Eredivisie's play-offs of 2005-06 and 2007-08; D.C. United's CONCACAF Champions' Cup
and Copa Sudamericana of 2005. Each club and day is sourced in touchline/data/calendar.toml and
touchline/data/competitions.toml; the spells are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def _spell_from(store: Store, name: str, start: dt.date) -> SpellRecord:
    """The person's spell that began on ``start`` (a caretaker's spell may begin the same year)."""
    return next(s for s in manager_record(store, name).spells if s.start == start)


def test_the_libertadores_clubs_of_2001_to_2012_were_not_in_the_copa_do_brasil(full: Store) -> None:
    # the rule's years (pt.wikipedia "Copa do Brasil de Futebol": "Da edição de 2001 até a de 2012")
    assert catalog.cup_instead("br.cup", "2001") is not None
    assert catalog.cup_instead("br.cup", "2012") is not None
    assert catalog.cup_instead("br.cup", "2000") is None
    assert catalog.cup_instead("br.cup", "2013") is None
    # Muricy Ramalho's São Paulo (2 January 2006 to 19 June 2009), in the Libertadores each of those years
    # (nominuto.com, 2009: "Em 2009, estão fora da competição nacional: São Paulo, Grêmio, Cruzeiro,
    # Palmeiras e Sport"): no Copa do Brasil is missing
    muricy = _spell(full, "Muricy Ramalho", "São Paulo", 2006)
    assert muricy.record.played == 160
    assert certain_gaps(muricy, "br.cup") == {}
    # Tite's Corinthians (24 October 2010 to 8 December 2013): in the Libertadores of 2011 (out to Tolima
    # in its preliminary round: terra.com.br, 1 December 2011) and 2012, so only the Copa do Brasil of
    # 2013 is missing, when the Libertadores' clubs entered it again
    tite = _spell(full, "Tite", "Corinthians", 2010)
    assert certain_gaps(tite, "br.cup") == {"2013": ""}
    # Cuca's Atlético Mineiro (15 August 2011 to 21 December 2013): not in the Libertadores of 2011 and
    # 2012; in that of 2013, which it won, and in the Copa do Brasil of 2013 all the same
    cuca = _spell(full, "Cuca", "Atlético Mineiro", 2011)
    assert certain_gaps(cuca, "br.cup") == {"2011": "", "2012": "", "2013": ""}
    # Renato Gaúcho's Grêmio (1 August 2010 to 31 May 2011): the Copa do Brasil of 2010, not of 2011 (the
    # Libertadores' year)
    renato = _spell(full, "Renato Gaúcho", "Grêmio", 2010)
    assert certain_gaps(renato, "br.cup") == {"2010": ""}


def test_the_ukrainian_super_cups_other_side(full: Store) -> None:
    # Yuri Semin's Dynamo Kyiv: the Super Cup of 15 July 2008 v Shakhtar, double winners of 2007-08
    semin = _spell(full, "Yuri Semin", "Dynamo", 2008)
    assert certain_gaps(semin, "ua.sc") == {
        "2008-09": "Vyshcha Liha runners-up 2007-08, Shakhtar Donetsk won the double"
    }
    # his second spell (23 December 2010 to 24 September 2012): Dynamo 3-1 Shakhtar in 2011, Shakhtar's
    # double of 2010-11; not the edition of 10 July 2012, Shakhtar v Metalurh Donetsk, the cup's finalists
    semin2 = _spell(full, "Yuri Semin", "Dynamo", 2010)
    assert certain_gaps(semin2, "ua.sc") == {
        "2011-12": "Ukrainian Premier League runners-up 2010-11, Shakhtar Donetsk won the double"
    }
    # Serhiy Rebrov's Dynamo (from 19 May 2014): the cup's winners of 2013-14 v Shakhtar, 22 July 2014;
    # then as champions of 2014-15 and 2015-16
    rebrov = _spell_from(full, "Serhiy Rebrov", dt.date(2014, 5, 19))
    assert certain_gaps(rebrov, "ua.sc") == {
        "2014-15": "Ukrainian Cup winners 2013-14",
        "2015-16": "Ukrainian Premier League champions 2014-15",
        "2016-17": "Ukrainian Premier League champions 2015-16",
    }
    # Mircea Lucescu's Shakhtar (1 June 2004 to 31 May 2016): every edition but 2009 (Dynamo v Vorskla
    # Poltava, the cup's winners); the second side after Dynamo's doubles of 2006-07 and 2014-15
    lucescu = _spell(full, "Mircea Lucescu", "Shakhtar", 2004)
    shakhtar = certain_gaps(lucescu, "ua.sc")
    assert sorted(shakhtar) == [
        "2004-05", "2005-06", "2006-07", "2007-08", "2008-09", "2010-11",
        "2011-12", "2012-13", "2013-14", "2014-15", "2015-16",
    ]  # fmt: skip
    assert shakhtar["2004-05"] == "Ukrainian Cup winners 2003-04"
    assert shakhtar["2007-08"] == "Vyshcha Liha runners-up 2006-07, Dynamo Kyiv won the double"
    assert shakhtar["2015-16"] == "Ukrainian Premier League and Cup runners-up 2014-15, Dynamo Kyiv won the double"


def test_the_polish_super_cups_cup_side(full: Store) -> None:
    # Marek Papszun's Raków (18 April 2016 to 30 June 2023): the cup's winners in the Super Cups of 17 July
    # 2021 (v Legia) and 9 July 2022 (v Lech, 2-0: lechpoznan.pl); that of 15 July 2023 came after
    papszun = _spell(full, "Marek Papszun", "Raków", 2016)
    assert certain_gaps(papszun, "pl.sc") == {
        "2021-22": "Polish Cup winners 2020-21",
        "2022-23": "Polish Cup winners 2021-22",
    }
    # the edition of 2013 was never played, Legia having won the double (kronika-futbolu.pl)
    assert catalog.not_held("pl.sc", "2013-14")
    assert catalog.also_entered("pl.sc", "2016-17") == {
        "pol-lech-poznan": "Polish Cup runners-up 2015-16, Legia Warszawa won the double"
    }


def test_the_eredivisie_play_offs_of_2005_06_and_2007_08(full: Store) -> None:
    # 2005-06: the 2nd to 13th played for the Champions League, the UEFA Cup and the Intertoto Cup (De
    # Gelderlander, May 2018). Van Gaal's AZ, 2nd (the final v Ajax lost); in 2006-07 3rd; 11th in
    # 2007-08 and champions in 2008-09, no play-off
    van_gaal = _spell(full, "Louis van Gaal", "AZ", 2005)
    assert certain_gaps(van_gaal, "nl.1") == {
        "2005-06": "2nd in the Eredivisie 2005-06",
        "2006-07": "3rd in the Eredivisie 2006-07",
    }
    assert all(g.kind is GapKind.PLAYOFF for g in van_gaal.gaps if g.competition == "nl.1")
    # Ron Jans's Groningen, 5th in 2005-06 (AZ v Groningen: sport-fm.gr, 23 April 2006); 6th in 2008-09 and
    # 8th in 2009-10, in the play-offs of the 6th to 9th (tests/test_coverage_stop27c.py)
    jans = _spell(full, "Ron Jans", "Groningen", 2002)
    assert certain_gaps(jans, "nl.1")["2005-06"] == "5th in the Eredivisie 2005-06"
    # 2007-08: Fred Rutten's FC Twente, 4th, beat NAC and Ajax (fctwentestatistieken.nl, 18 May 2008)
    rutten = _spell(full, "Fred Rutten", "Twente", 2006)
    assert certain_gaps(rutten, "nl.1") == {
        "2006-07": "4th in the Eredivisie 2006-07",
        "2007-08": "4th in the Eredivisie 2007-08",
    }
    # Gertjan Verbeek's Heerenveen (2004-2008): 7th in 2005-06, in the UEFA Cup's play-offs (Heerenveen v
    # Roda JC: sport-fm.gr); 5th in 2006-07 and 2007-08; none for 2004-05, before the play-offs began
    verbeek = _spell(full, "Gertjan Verbeek", "Heerenveen", 2004)
    assert certain_gaps(verbeek, "nl.1") == {
        "2005-06": "7th in the Eredivisie 2005-06",
        "2006-07": "5th in the Eredivisie 2006-07",
        "2007-08": "5th in the Eredivisie 2007-08",
    }


def test_dc_uniteds_continental_entries_of_2005(full: Store) -> None:
    # Peter Nowak's D.C. United (7 January 2004 to 21 December 2006): MLS Cup 2004's champions, out of the
    # CONCACAF Champions' Cup to UNAM Pumas on 13 April 2005 (fifa.com), and of the Copa Sudamericana to
    # Universidad Católica on 22 September 2005 (mlssoccer.com); the store holds neither
    nowak = _spell(full, "Peter Nowak", "D.C. United", 2004)
    assert nowak.record.played == 103
    assert certain_gaps(nowak, "concacaf.cl") == {"2005": "MLS Cup winners 2004"}
    assert certain_gaps(nowak, "copa.sudamericana") == {"2005": "invited as MLS Cup winners 2004"}
    # his Philadelphia Union (2009-2012) played neither
    union = _spell(full, "Peter Nowak", "Philadelphia", 2009)
    assert certain_gaps(union, "concacaf.cl") == {}
    assert certain_gaps(union, "copa.sudamericana") == {}
    # Frank Yallop's Los Angeles Galaxy, from 7 June 2006: after the Galaxy went out of the Champions' Cup
    # of 2006 (8 March 2006)
    yallop = _spell(full, "Frank Yallop", "Galaxy", 2006)
    assert certain_gaps(yallop, "concacaf.cl") == {}
