"""What a spell lacks that the store holds no season of, named where the club certainly played it (the
sources of each club and day are in touchline/data/calendar.toml and competitions.toml): the Turkish
Super Cup's cup side of 2007 to 2022, the Belgian Super Cup's of 1997 to 2001, Argentina's Trofeo de
Campeones of 2021 to 2024, the Eredivisie's play-offs for Europe of 2010-11 to 2015-16, Serie C's
play-offs of 2024-25 and MLS's clubs in the CONCACAF Champions' Cup of 2000 and 2007; and the Copa
Sudamericana's rules (the Libertadores clubs that did not play it from its start, and
the groups' third-placed clubs that dropped into it) read from the catalogue, not from Python tables.
The records' figures are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.api import expected
from touchline.api.managers import SpellRecord
from touchline.compute.coverage import GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def _playoffs(spell: SpellRecord) -> dict[str, str]:
    return {season: g.why for g in spell.gaps if g.kind is GapKind.PLAYOFF for season in g.seasons}


def test_the_sudamericanas_rules_are_data() -> None:
    # a Copa Libertadores group's third-placed club dropped into the Copa Sudamericana from 2017
    # (en.wikipedia "Copa Sudamericana", Format); the Libertadores' clubs did not play it from its start
    (sudamericana,) = [p for p in catalog.possible() if p.competition == "copa.sudamericana"]
    assert sudamericana.instead == "copa.l"
    assert sudamericana.dropped_from == catalog.DroppedFrom("copa.l", 3, 2017)
    # the invited competitions of 1998-2001 have neither
    mercosur = next(p for p in catalog.possible() if p.competition == "copa.mercosur")
    assert mercosur.instead is None and mercosur.dropped_from is None
    assert not hasattr(expected, "_DROPPED_FROM") and not hasattr(expected, "_PLAYED_INSTEAD")


def test_the_turkish_super_cups_cup_side_of_2009_and_2010(full: Store) -> None:
    # Christoph Daum's Fenerbahçe (2 June 2009 to 31 May 2010): 46 matches in the store; the cup's beaten
    # finalists met Beşiktaş, the double winners, on 2 August 2009 (Fenerbahçe 2-0: fr.xcv.wiki "2009
    # Turkish Super Cup"), which the store lacks
    daum = _spell(full, "Christoph Daum", "Fenerbahçe", 2009)
    assert daum.record.played == 46
    assert certain_gaps(daum, "tr.sc") == {"2009-10": "Turkish Cup runners-up 2008-09, Beşiktaş won the double"}
    # Şenol Güneş's Trabzonspor (4 December 2009 to 29 January 2013): 128 matches; the cup's winners beat
    # the champions Bursaspor 3-0 on 7 August 2010 (spox.com: "Trainer Senol Günes brachte den
    # Kolumbianer", Teófilo Gutiérrez, who scored all three)
    gunes = _spell(full, "Şenol Güneş", "Trabzonspor", 2009)
    assert gunes.record.played == 128
    assert certain_gaps(gunes, "tr.sc") == {"2010-11": "Turkish Cup winners 2009-10"}


def test_no_turkish_super_cup_after_the_spell_ended(full: Store) -> None:
    # Aykut Kocaman's Konyaspor, the Turkish Cup's winners of 2016-17, in the store to 30 June 2017: the
    # Super Cup of 6 August 2017 (Konyaspor 2-1 Beşiktaş) came after he had left for Fenerbahçe
    kocaman = _spell(full, "Aykut Kocaman", "Konyaspor", 2014)
    assert kocaman.end == dt.date(2017, 6, 30)
    assert certain_gaps(kocaman, "tr.sc") == {}
    assert catalog.also_entered("tr.sc", "2017-18") == {"tur-atiker-konyaspor": "Turkish Cup winners 2016-17"}


def test_the_belgian_super_cups_cup_side_of_1997_to_2001() -> None:
    # the cup's side of each edition, and the days of those the encyclopedia gives
    assert catalog.also_entered("be.sc", "1997-98") == {"bel-germinal-beerschot": "Belgian Cup winners 1996-97"}
    assert catalog.also_entered("be.sc", "1998-99") == {"bel-krc-genk": "Belgian Cup winners 1997-98"}
    assert catalog.also_entered("be.sc", "1999-00") == {"bel-lierse-sk": "Belgian Cup winners 1998-99"}
    assert catalog.also_entered("be.sc", "2001-02") == {"bel-kvc-westerlo": "Belgian Cup winners 2000-01"}
    assert catalog.played("be.sc", "1998-99") == (dt.date(1998, 8, 8), dt.date(1998, 8, 8))
    assert catalog.played("be.sc", "2001-02") == (dt.date(2001, 8, 4), dt.date(2001, 8, 4))
    # 1995 is still not listed (not found)
    assert catalog.also_entered("be.sc", "1995-96") == {}


def test_argentinas_trofeo_de_campeones_of_the_liga_profesional(full: Store) -> None:
    # Marcelo Gallardo's River Plate: the Trofeo de Campeones of 18 December 2021, River 4-0 Colón in
    # Santiago del Estero (en.wikipedia "2021 Trofeo de Campeones de la Liga Profesional")
    gallardo = _spell(full, "Marcelo Gallardo", "River", 2014)
    assert certain_gaps(gallardo, "ar.tc") == {"2021": "Liga Profesional champions 2021"}
    # Martín Demichelis's River Plate (1 December 2022 to 2 August 2024): that of 22 December 2023, River
    # 2-0 Rosario Central (noticiasdelestero.com); not that of 6 November 2022, Boca v Racing, before him
    demichelis = _spell(full, "Martín Demichelis", "River", 2022)
    assert demichelis.record.played == 53
    assert certain_gaps(demichelis, "ar.tc") == {"2023": "Liga Profesional champions 2023"}
    # Gabriel Heinze's Vélez Sarsfield (2018 to March 2020) met none of them; Vélez played that of 2024
    heinze = _spell(full, "Gabriel Heinze", "Vélez", 2018)
    assert certain_gaps(heinze, "ar.tc") == {}
    assert "arg-velez-sarsfield" in (catalog.entrants("ar.tc", "2024") or {})


def test_the_eredivisies_play_offs_for_europe_of_2010_11_to_2015_16(full: Store) -> None:
    # Steve McClaren's FC Twente (5 January 2012 to 26 February 2013): "Twente ... who finished sixth"
    # drew 1-1 with RKC Waalwijk in the play-offs' semi-final first leg (Reuters, 10 May 2012)
    mcclaren = _spell(full, "Steve McClaren", "Twente", 2012)
    assert _playoffs(mcclaren) == {"2011-12": "6th in the Eredivisie 2011-12"}
    # Peter Bosz's Vitesse (2013 to 2015): beaten by Groningen in the first round of 2014 (Reuters, 10 May
    # 2014), and winners of those of 2015 (Reuters, 31 May 2015: "Vitesse Arnhem ... claimed a Europa
    # League place ... in the post-season playoffs")
    bosz = _spell(full, "Peter Bosz", "Vitesse", 2013)
    assert _playoffs(bosz) == {"2013-14": "6th in the Eredivisie 2013-14", "2014-15": "5th in the Eredivisie 2014-15"}
    # Erik ten Hag's FC Utrecht: 5-2 against PEC Zwolle in the semi-final of May 2016 (magazinepragma.com)
    ten_hag = _spell(full, "Erik ten Hag", "Utrecht", 2015)
    assert _playoffs(ten_hag)["2015-16"] == "5th in the Eredivisie 2015-16"
    # the rules by season: the 5th to 8th of 2010-11, the 6th to 9th of 2011-12, the 4th to 7th of 2014-15
    places = {
        s: [p.places for p in catalog.playoffs("nl", s) if p.competition == "nl.1"]
        for s in ("2010-11", "2011-12", "2014-15")
    }
    assert places == {"2010-11": [(5, 8)], "2011-12": [(6, 9)], "2014-15": [(4, 7)]}


def test_serie_cs_play_offs_of_2024_25() -> None:
    # each group's 2nd to 10th, from 4 May to the final's second leg on 7 June 2025 (calcionews24.com)
    found = {p.competition: p.places for p in catalog.playoffs("it", "2024-25") if p.competition.startswith("it.3")}
    assert found == {"it.3.a": (2, 10), "it.3.b": (2, 10), "it.3.c": (2, 10)}
    assert catalog.playoff_days("it.3.c", "2024-25") == (dt.date(2025, 5, 4), dt.date(2025, 6, 7))
    # 2019-20 is still not given
    assert not [p for p in catalog.playoffs("it", "2019-20") if p.competition.startswith("it.3")]


def test_mls_clubs_in_the_concacaf_champions_cup_of_2000_and_2007(full: Store) -> None:
    # Sigi Schmid's Los Angeles Galaxy (27 April 1999 to 10 August 2004), MLS Cup runners-up of 1999, won
    # the edition of 2000, played in and near Los Angeles from 16 to 21 January 2001 (rsssf.com)
    schmid = _spell(full, "Sigi Schmid", "Galaxy", 1999)
    assert certain_gaps(schmid, "concacaf.cl") == {"2000": "MLS Cup runners-up 1999"}
    # Dominic Kinnear's Houston Dynamo, MLS Cup winners of 2006: out to Pachuca, 5-2 after extra time, on
    # 5 April 2007 (mysoccerblog.blogspot.com, 5 April 2007: "Houston Dynamo 2-5 Pachuca CF")
    kinnear = _spell(full, "Dominic Kinnear", "Houston", 2005)
    assert certain_gaps(kinnear, "concacaf.cl") == {"2007": "MLS Cup winners 2006"}
    # the edition of 2000 by its days, not its label's year
    assert catalog.played("concacaf.cl", "2000") == (dt.date(2001, 1, 16), dt.date(2001, 1, 21))
