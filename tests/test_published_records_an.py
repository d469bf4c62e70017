"""Published records of managers of probe AN (Brazilian, Argentine, Mexican and MLS clubs), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), counted over the competitions and days it
covers: MLS writes regular-season records apart from the play-offs, so those tests either stop at the
regular season's last day or take the play-off matches, listed by hand from the store, out of the
league record.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = Filters(kinds=(CompetitionKind.LEAGUE,))


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    record = spell.record
    return (record.played, record.won, record.drawn, record.lost)


def _less(found: tuple[int, ...], taken: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(a - b for a, b in zip(found, taken, strict=True))


def test_vucetich_monterrey_liga_record_190_81_57_52(full: Store) -> None:
    # gurusdeportivos.com, August 2013 ("Profe Cruz, el ideal para Rayados"), on his sacking: "En la Liga,
    # su marca con La Pandilla queda en 190 partidos dirigidos, 81 triunfos, 57 empates y 52 derrotas"
    # (Clausura 2009 to matchday 7 of the Apertura 2013, Liguillas included).
    spell = spell_of(full, "Víctor Manuel Vucetich", "CF Monterrey", Filters(competitions=("mx.1",)))
    assert _gwdl(spell) == (190, 81, 57, 52)
    assert spell.coverage == "full"


def test_dorival_sao_paulo_40_matches_17_wins_11_draws_12_defeats(full: Store) -> None:
    # veja.abril.com.br (Placar), 9 March 2018 ("São Paulo demite Dorival Júnior"): "A demissão de Dorival
    # Júnior acontece 40 jogos após sua contratação ... Foram 17 vitórias, 11 empates e 12 derrotas";
    # spfcnoticias.com ("Desempenho de Dorival no Tricolor"): "40 Jogos sendo 17 Vitórias, 11 Empates e
    # 12 Derrotas, 50 gols a favor e 45 gols contra". (Estadão and GaúchaZH wrote 10 draws and 13
    # defeats; the store's 40 matches, 50-45 in goals, agree with Veja's count.)
    check_whole(full, "Dorival Júnior", "São Paulo FC", (40, 17, 11, 12))


def test_yallop_league_records_at_san_jose_la_galaxy_and_chicago(full: Store) -> None:
    # canadiansoccernews.com (San Jose Earthquakes release, 16 December 2003): "During his three seasons as
    # head coach of the Earthquakes (2001-2003), Yallop ... posting a 41-25-18 record" (regular season,
    # wins-losses-ties); mysoccerblog.blogspot.com, 5 November 2007: at the Galaxy "During his season and a
    # half in charge, the team went 18-21-12" (no play-offs either year); dailyherald.com, 20 September
    # 2015: at Chicago "a combined record of 13-26-24" (no play-offs either year).
    spells = {
        (s.team_name, s.start.year): s
        for s in manager_record(full, "Frank Yallop", LEAGUE).spells
        if s.coverage == "full"
    }
    # San Jose's twelve play-off matches of 2001-2003, from the store: 2001 W 3-1 and 3-0 v Columbus,
    # L 0-1, W 4-0 and W 1-0 (a.e.t.) v Miami, W 2-1 (a.e.t.) v Los Angeles in the final; 2002 L 1-2 and
    # 1-2 v Columbus; 2003 L 0-2 and W 5-2 (a.e.t.) v Los Angeles, W 3-2 (a.e.t.) v Kansas City, W 4-2 v
    # Chicago in the final: 8 wins, 4 defeats.
    first = _gwdl(spells[("San Jose Earthquakes", 2001)])
    assert first == (96, 49, 18, 29)
    assert _less(first, (12, 8, 0, 4)) == (84, 41, 18, 25)
    assert _gwdl(spells[("Los Angeles Galaxy", 2006)]) == (51, 18, 12, 21)
    assert _gwdl(spells[("Chicago Fire", 2013)]) == (63, 13, 24, 26)


def test_yallop_san_jose_2012_regular_season_19_6_9(full: Store) -> None:
    # mercurynews.com, 6 November 2012 (Purdy, "Earthquakes' Frank Yallop is Bay Area coach of the year"):
    # "This year, they went 19-6-9 in the regular season" (wins-losses-ties), which ended on 27 October.
    spell = spell_of(
        full,
        "Frank Yallop",
        "San Jose Earthquakes",
        Filters(competitions=("us.1",), date_from=dt.date(2012, 1, 1), date_to=dt.date(2012, 10, 28)),
    )
    assert _gwdl(spell) == (34, 19, 9, 6)


def test_yallop_100th_mls_regular_season_win_on_21_april_2012(full: Store) -> None:
    # sjearthquakes.com, 22 April 2012 ("Quakes ensure Yallop's 100th MLS win memorable"): the 3-1 win
    # over Real Salt Lake on Saturday 21 April 2012 was "Frank Yallop's 100th MLS regular-season
    # victory". MLS wins to that day, less the play-off wins: San Jose's eight of 2001-2003 (listed in the
    # test above) and the 3-1 at New York Red Bulls of 4 November 2010.
    spells = manager_record(full, "Frank Yallop", Filters(competitions=("us.1",), date_to=dt.date(2012, 4, 21))).spells
    assert sum(s.record.won for s in spells) - 8 - 1 == 100
    second = next(s for s in spells if s.start == dt.date(2007, 11, 6))
    assert second.record.won - 1 == 41  # the 41st of his second San Jose spell


def test_nowak_dc_united_42_27_25_in_three_regular_seasons(full: Store) -> None:
    # washingtonpost.com, 21 December 2006 (Steven Goff, "Nowak to Leave D.C. for U.S. Team"): "Nowak had a
    # 42-27-25 record in three seasons with United" (regular season, wins-losses-ties; dcist.com the same).
    # D.C. United's nine play-off matches of 2004-2006, from the store: 2004 W 2-0 and 2-0 v MetroStars,
    # 3-3 v New England (won 7-6 on penalties: a draw), W 3-2 v Kansas City in the final; 2005 0-0 and
    # L 0-4 v Chicago; 2006 W 1-0 and 1-1 v New York, L 0-1 v New England: 4 wins, 3 draws, 2 defeats.
    spell = spell_of(full, "Peter Nowak", "D.C. United", LEAGUE)
    assert _gwdl(spell) == (103, 46, 28, 29)
    assert _less(_gwdl(spell), (9, 4, 3, 2)) == (94, 42, 25, 27)
    assert spell.coverage == "full"


def test_nowak_philadelphia_2012_start_2_7_2(full: Store) -> None:
    # sbisoccer.com, 13 June 2012 ("Nowak out as Union coach"): "the 2011 playoff team off to a 2-7-2
    # start in 2012" (wins-losses-ties); sacked that Wednesday.
    spell = spell_of(
        full, "Peter Nowak", "Philadelphia Union", Filters(competitions=("us.1",), date_from=dt.date(2012, 1, 1))
    )
    assert _gwdl(spell) == (11, 2, 2, 7)


def test_muricy_sao_paulo_brasileirao_2009_six_matches_one_win(full: Store) -> None:
    # esportes.estadao.com.br, 2009 ("Muricy, o campeão parou"): "Muricy realizou seis partidas no comando
    # do São Paulo (uma vitória, quatro empates e uma derrota) e foi demitido logo após a eliminação na
    # Taça Libertadores" (the Brasileirão 2009).
    spell = spell_of(
        full, "Muricy Ramalho", "São Paulo FC", Filters(competitions=("br.1",), date_from=dt.date(2009, 1, 1))
    )
    assert _gwdl(spell) == (6, 1, 4, 1)


def test_ambriz_leon_91_matches_to_3_december_2020_shootouts_as_results(full: Store) -> None:
    # bolavip.com, 3 December 2020 ("Ignacio Ambriz y su fantástica tarea en el León"), from Transfermarkt:
    # "estuvo al frente del equipo en 91 encuentros. Allí ganó en 51 oportunidades, igualó 19 veces y
    # perdió solamente 21 partidos". Transfermarkt counts a tie decided on penalties as won or lost (the
    # Copa MX ties); the semi-final first leg at Toluca was on 2 December.
    spell = spell_of(
        full, "Ignacio Ambriz", "Club León", Filters(date_to=dt.date(2020, 12, 3), shootouts=Shootouts.RESULT)
    )
    assert _gwdl(spell) == (91, 51, 19, 21)
    assert spell.coverage == "full"
