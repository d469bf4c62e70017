"""Published records of managers of probe AL (clubs of Italy and Germany), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def test_prandelli_at_fiorentina_2005_2010_serie_a(full: Store) -> None:
    # corriere.it (CorriereTv, November 2020, "Cesare Prandelli torna sulla panchina della Fiorentina"):
    # "Dal 2005 al 2010 ha disputato 240 gare, con 117 vittorie, 55 pareggi e 68 sconfitte. Nel solo
    # Campionato 190 partite, con 96 vittorie, 40 pareggi e 54 sconfitte. In Coppa Italia 16 partite, 7
    # vittorie, 2 pareggi, 7 sconfitte." (The store's European record is 34 matches, 14 won, as
    # published, but 14 drawn and 6 lost against 13 and 7: one draw the source counts as a defeat.)
    spell = spell_of(full, "Cesare Prandelli", "ACF Fiorentina", Filters(competitions=("it.1",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (190, 96, 40, 54)
    assert spell.coverage == "full"


def test_delneri_at_chievo_in_serie_a_134_matches(full: Store) -> None:
    # bagaglioamano.altervista.org ("Chievo v Bologna - I magnifici sette", 2011): "Luigi Delneri
    # (2001-2004; 2006-2007) G134 V50 N41 P43", Serie A only, from 26 August 2001 (Fiorentina-Chievo 0-2)
    # to 27 May 2007 (Catania-Chievo 2-0); his two Chievo spells together.
    spells = manager_record(full, "Luigi Delneri", Filters(competitions=("it.1",))).spells
    chievo = [s for s in spells if s.team_name == "Chievo Verona"]
    assert len(chievo) == 2
    assert all(s.coverage == "full" for s in chievo)
    total = tuple(sum(getattr(s.record, f) for s in chievo) for f in ("played", "won", "drawn", "lost"))
    assert total == (134, 50, 41, 43)


def test_doll_at_hamburg_111_matches_with_the_intertoto_and_ligapokal(full: Store) -> None:
    # sportbuzzer.de (January 2019): "Am 18. Oktober 2004 übernahm der Trainer der zweiten Mannschaft des
    # HSV den Posten des geschassten Klaus Toppmöller. Nach nicht ganz zweieinhalb Jahren, am 1. Februar
    # 2007, und 111 Spielen auf der Trainerbank trennten sich die Wege". The store lacks the Intertoto Cup
    # 2005 (hsv-ofc-vonderwaterkant.de: from the second round, over Pobeda Prilep, União de Leiria, Sigma
    # Olomouc and Valencia: eight matches; tagesspiegel.de, 24 August 2005: before the 0-0 at Valencia
    # the team had won "in zehn Spielen hintereinander", its seven Intertoto and three other matches of
    # the season) and the Ligapokal 2006 (tagesspiegel.de: 1-0 v Hertha BSC, 29 July; weltfussball.de:
    # 1-2 at Werder Bremen, 1 August): ten matches, eight won, one drawn, one lost. The 111 is published;
    # the wins, draws and defeats are the store's and those ten, counted by hand.
    spell = spell_of(full, "Thomas Doll", "Hamburger SV")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (101, 45, 23, 33)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("uefa.intertoto", "2005-06"),
        ("de.cup.l", "2006-07"),
    }
    lacked = (10, 8, 1, 1)
    total = tuple(a + b for a, b in zip(found, lacked, strict=True))
    assert total == (111, 53, 24, 34)


def test_donadoni_at_napoli_18_league_matches_18_points(full: Store) -> None:
    # Corriere dello Sport (Toscana), 1 December 2015 ("Donadoni-Napoli un amore mai nato"): hired on 10
    # March 2009, "In 11 partite aveva raccolto 11 punti, frutto di 2 vittorie, 5 pareggi e 4 sconfitte";
    # sacked on 6 October 2009 with "sette punti in sette gare"; "Totale punti nelle due tranche di
    # campionato col Napoli: 18. In 18 partite." (gsp.ro, 6 October 2009: the 1-2 against Roma was the
    # fourth defeat in seven.)
    spell = spell_of(full, "Roberto Donadoni", "SSC Napoli", Filters(competitions=("it.1",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (18, 4, 6, 8)
    assert 3 * record.won + record.drawn == 18
    assert spell.coverage == "full"


def test_guidolin_at_udinese_229_matches(full: Store) -> None:
    # udinese.it ("Happy birthday Francesco Guidolin", October 2025): "five seasons in the Zebrette dugout,
    # in two separate spells ... He was in charge for a total of 229 games, 186 of which in Serie A". (The
    # store's Serie A 1998-99 also holds the two UEFA Cup play-offs against Juventus, 28 and 31 May 1999,
    # so that it counts 188 Serie A matches.)
    spells = [
        s for s in manager_record(full, "Francesco Guidolin", Filters()).spells if s.team_name == "Udinese Calcio"
    ]
    assert len(spells) == 2
    assert all(s.coverage == "full" for s in spells)
    assert sum(s.record.played for s in spells) == 229


def test_veh_back_at_stuttgart_nine_points_from_twelve_matches(full: Store) -> None:
    # ligainsider.de (November 2014): "Der VfB steht nach zwölf Spieltagen unter Veh mit neun Punkten am
    # Tabellenende"; stuttgarter-zeitung.de (March 2015): he resigned on 24 November 2014 after the 0-1
    # against Augsburg "am zwölften Spieltag".
    spell = spell_of(full, "Armin Veh", "VfB Stuttgart", Filters(competitions=("de.1",)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (12, 9)
    assert spell.coverage == "full"


def test_meyer_at_nuernberg_75_bundesliga_matches(full: Store) -> None:
    # spox.com ("Chronologie von Meyers Amtszeit", February 2008): "09.11.2005: Hans Meyer wird Nachfolger
    # von Wolfgang Wolf"; "09.02.2008: Beim 75. Spiel von Meyer auf der Club-Bank reicht es ... gegen
    # Hansa Rostock nur zu einem mageren 1:1"; spiegel.de (11 February 2008): "das 75. Bundesliga-Spiel
    # von Meyer als Trainer der Franken".
    spell = spell_of(full, "Hans Meyer", "1. FC Nürnberg", Filters(competitions=("de.1",)))
    assert spell.record.played == 75
    assert spell.coverage == "full"


def test_roeber_at_dortmund_two_wins_six_defeats(full: Store) -> None:
    # handelsblatt.com (March 2007): "Unter seiner Leitung rutschte der BVB mit zwei Siegen und sechs
    # Niederlagen in acht Spielen auf den 13. Tabellenplatz ab"; spiegel.de: in office from 4 January 2007.
    check_whole(full, "Jürgen Röber", "Borussia Dortmund", (8, 2, 0, 6))
