"""The super cups of Romania, Bulgaria, Croatia and Slovenia (``[super_cups]`` of
touchline/data/competitions.toml), and Romania's Cupa Ligii (``[cups]``): a spell covering an edition
the team qualified for, which the store lacks, names it as a gap; a spell covering none names none. The
sources of each run of editions, of each day and of each edition's clubs are beside them in
competitions.toml and calendar.toml."""

from __future__ import annotations

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.compute.coverage import Coverage, GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_the_editions_held_and_not_held() -> None:
    # the Supercupa României was not played after the doubles of 1996, 1997, 2000, 2004 and 2008
    # (en.wikipedia "Supercupa României", Results of the finals); its 2018 edition was
    assert catalog.super_cup("ro", "1995-96") == "ro.sc"
    assert [catalog.super_cup("ro", s) for s in ("1996-97", "1997-98", "2000-01", "2004-05", "2008-09")] == [None] * 5
    assert catalog.super_cup("ro", "2018-19") == "ro.sc"
    # the Bulgarian Supercup: 1989, 2004 to 2015, none in 2016 (en.bulgarian-football.com), 2017 on
    assert [catalog.super_cup("bg", s) for s in ("1989-90", "1990-91", "2015-16", "2016-17", "2017-18")] == [
        "bg.sc",
        None,
        "bg.sc",
        None,
        "bg.sc",
    ]
    # the Croatian Super Cup: none in 2011, 2012 or 2015 to 2018; held in 2010 and 2019
    assert [catalog.super_cup("hr", s) for s in ("2010-11", "2011-12", "2015-16", "2019-20")] == [
        "hr.sc",
        None,
        None,
        "hr.sc",
    ]
    # the Slovenian Supercup: 1995, 1996, 2007 to 2015, abolished after 2015
    assert [catalog.super_cup("si", s) for s in ("1996-97", "1997-98", "2015-16", "2016-17")] == [
        "si.sc",
        None,
        "si.sc",
        None,
    ]
    # the Israel Super Cup, resumed in 2015 after none since 1990 (en.wikipedia "2015 Israel Super Cup")
    assert [catalog.super_cup("il", s) for s in ("2014-15", "2015-16")] == [None, "il.sc"]
    # the Cupa Ligii, 2014-15 to 2016-17 only
    assert catalog.cups("ro", "2015-16") == ["ro.cup", "ro.cup.l"]
    assert catalog.cups("ro", "2017-18") == ["ro.cup"]


def test_iordanescus_cfr_cluj_names_the_supercupa_romaniei(full: Store) -> None:
    # Edward Iordănescu's first CFR Cluj spell, 13 June to 26 July 2018: the Supercupa României of 14 July
    # 2018 in Craiova, CFR Cluj (Liga I champions 2017-18) 1-0 Universitatea Craiova (en.wikipedia "2018
    # Supercupa României": "played at the Ion Oblemenco Stadium in Craiova, on 14 July 2018"; golazo.ro:
    # "Edi Iordănescu, aflat la meciul de debut pe banca CFR-ului"), which the store lacks
    first = _spell(full, "Edward Iordănescu", "CFR Cluj", 2018)
    assert certain_gaps(first, "ro.sc", GapKind.SUPER_CUP) == {"2018-19": "Liga I champions 2017-18"}
    assert first.coverage is Coverage.PARTIAL
    # his second, from 4 December 2020: the edition of 2020, put off by the pandemic to 15 April 2021, CFR
    # Cluj 0-0 FCSB, 4-1 on penalties (romaniatv.net, 15 April 2021)
    second = _spell(full, "Edward Iordănescu", "CFR Cluj", 2020)
    assert certain_gaps(second, "ro.sc", GapKind.SUPER_CUP) == {"2020-21": "Liga I champions 2019-20"}


def test_dermendzhievs_ludogorets_names_the_bulgarian_supercup(full: Store) -> None:
    # Georgi Dermendzhiev's Ludogorets from 7 November 2015 to 10 August 2017: the Bulgarian Supercup of 9
    # August 2017 in Burgas, Ludogorets (champions 2016-17) 1-1 Botev Plovdiv, Botev on penalties
    # ("2017 Bulgarian Supercup": "Date 9 August 2017"); none in 2016 (en.bulgarian-football.com: "BFU
    # failed to schedule a match for the Supercup of Bulgaria")
    second = _spell(full, "Georgi Dermendzhiev", "Ludogorets", 2015)
    assert certain_gaps(second, "bg.sc", GapKind.SUPER_CUP) == {"2017-18": "Bulgarian First League champions 2016-17"}
    # his first, from 31 July 2014: the Supercup of 13 August 2014, Ludogorets (double winners of 2013-14)
    # 3-1 Botev Plovdiv, the cup's finalists ("2014 Bulgarian Supercup": "Date 13 August 2014")
    first = _spell(full, "Georgi Dermendzhiev", "Ludogorets", 2014)
    assert certain_gaps(first, "bg.sc", GapKind.SUPER_CUP) == {"2014-15": "A Group champions 2013-14"}


def test_a_spell_covering_no_super_cup_names_none(full: Store) -> None:
    # Dan Petrescu's CFR Cluj of June 2017 to May 2018: the Supercupa of 2017 was Viitorul Constanța,
    # Liga I's champions of 2016-17, v FC Voluntari, the Cupa României's winners (hu.wikipedia "Román
    # labdarúgó-szuperkupa": "2017 FC Viitorul 0 – 1 FC Voluntari"), not CFR; the spell reads full
    petrescu = _spell(full, "Dan Petrescu", "CFR Cluj", 2017)
    assert certain_gaps(petrescu, "ro.sc") == {}
    assert petrescu.coverage is Coverage.FULL
    # Iordănescu's FCSB caretaker spell of September 2010 covers no super cup either
    caretaker = _spell(full, "Edward Iordănescu", "FCSB", 2010)
    assert certain_gaps(caretaker, "ro.sc") == {}
