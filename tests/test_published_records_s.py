"""Published records of managers of probe S (Australia, Japan, China, Mexico, MLS and Brazil), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or the
part of a spell in one league season that the store holds whole (a club's season under one manager).
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.honours import person_honours
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.store import Store


def _record(full: Store, name: str, team: str, filters: Filters, start: dt.date | None = None) -> tuple[int, ...]:
    """G, W, D, L of the manager's spell at ``team`` under ``filters``, checked to be held whole."""
    spell = spell_of(full, name, team, filters, start)
    assert spell.coverage == "full"
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def _season(code: str, year: int) -> Filters:
    """One calendar-year league season (the Brazilian Série A and the J1 League play within a year)."""
    return Filters(competitions=(code,), date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))


def _honours(full: Store, name: str, team: str) -> set[tuple[str, str, str]]:
    """A manager's honours at one club: {(competition, season, place)}."""
    return {
        (h.competition, h.season, h.place.value)
        for spell in person_honours(full, name).as_manager
        if spell.team_name == team
        for h in spell.honours
    }


def test_curtin_as_interim_at_philadelphia_is_the_published_record(full: Store) -> None:
    # si.com, 7 November 2014 ("Jim Curtin named head coach of the Philadelphia Union"): interim from
    # John Hackworth's dismissal in June 2014, "Under his direction, the team earned 11-6-6 record in all
    # competitions": 23 matches, the U.S. Open Cup semi-final won on penalties at FC Dallas counted as
    # the win it was (touchline's default counts a shoot-out as a draw)
    filters = Filters(shootouts=Shootouts.RESULT)
    assert _record(full, "Jim Curtin", "Philadelphia Union", filters, dt.date(2014, 6, 10)) == (23, 11, 6, 6)


def test_cuca_at_palmeiras_in_the_2016_serie_a_is_the_published_record(full: Store) -> None:
    # palmeiras.com.br ("Campeonato Brasileiro 2016"): champions with 80 points, 24 wins in 38 matches,
    # six defeats, 62 goals for and 32 against; Cuca coached all 38 (appointed 14 March 2016, his last
    # match the 2-1 win at Vitória on 11 December 2016: preliospalestrinos.com.br)
    spell = spell_of(full, "Cuca", "Palmeiras", _season("br.1", 2016), dt.date(2016, 3, 14))
    record = spell.record
    assert spell.coverage == "full"
    assert (record.played, record.won, record.drawn, record.lost) == (38, 24, 8, 6)
    assert (record.goals_for, record.goals_against) == (62, 32)


def test_cuca_at_atletico_mineiro_in_the_2021_serie_a_is_the_published_record(full: Store) -> None:
    # placar.abril.com.br, 2 December 2021: champions with two rounds to go, 81 points from 25 wins, six
    # draws and five defeats; the 26th win, 4-3 over Red Bull Bragantino on 5 December (tudoemdia.com,
    # via O Tempo), then the last round lost at Grêmio: 38 matches, 26-6-6, 84 points
    assert _record(full, "Cuca", "Atlético Mineiro", _season("br.1", 2021), dt.date(2021, 3, 1)) == (38, 26, 6, 6)


def test_muscat_at_yokohama_in_the_2022_j1_league_is_the_published_record(full: Store) -> None:
    # antaranews.com (November 2022, from J.League data): Yokohama F. Marinos, champions under Kevin
    # Muscat, 68 points from 34 matches, 20 wins, eight draws, six defeats
    assert _record(full, "Kevin Muscat", "Yokohama F. Marinos", _season("jp.1", 2022)) == (34, 20, 8, 6)


def test_honours_the_store_reproduces_as_published(full: Store) -> None:
    # Cuca: Copa Libertadores 2013 with Atlético Mineiro (deusmedibre.com.br, March 2021), the Série A
    # 2016 with Palmeiras (palmeiras.com.br), the Série A and Copa do Brasil 2021 with Atlético Mineiro
    # (goal.com/br, "Os times e títulos de Cuca como treinador")
    assert {("copa.l", "2013", "winner"), ("br.1", "2021", "winner"), ("br.cup", "2021", "winner")} <= _honours(
        full, "Cuca", "Atlético Mineiro"
    )
    assert ("br.1", "2016", "winner") in _honours(full, "Cuca", "Palmeiras")
    # Kevin Muscat: the J1 League 2022 (antaranews.com; nippon.com, 7 December 2023); with Melbourne
    # Victory the premiership and championship of 2014-15, the championship of 2017-18 and the FFA Cup of
    # 2015 (theasiangame.net, June 2021: "two Championships ... one Premiership ... one FFA Cup" as coach)
    assert ("jp.1", "2022", "winner") in _honours(full, "Kevin Muscat", "Yokohama F. Marinos")
    assert {("au.1", "2014-15", "winner"), ("au.1", "2017-18", "winner"), ("au.cup", "2015", "winner")} <= _honours(
        full, "Kevin Muscat", "Melbourne Victory"
    )
    # Tony Popovic: A-League premierships 2012-13 (Western Sydney Wanderers) and 2018-19 (Perth Glory),
    # the Australia Cup 2021 with Melbourne Victory (golden444news.com, September 2024)
    assert ("au.1", "2012-13", "winner") in _honours(full, "Tony Popovic", "Western Sydney Wanderers")
    assert ("au.1", "2018-19", "winner") in _honours(full, "Tony Popovic", "Perth Glory")
    assert ("au.cup", "2021", "winner") in _honours(full, "Tony Popovic", "Melbourne Victory")
    # Greg Vanney: MLS Cup and Supporters' Shield 2017, Canadian Championship 2017 and 2018
    # (canadabetting.com, December 2020; si.com, 5 January 2021)
    assert {("us.1", "2017", "winner"), ("ca.cup", "2017", "winner"), ("ca.cup", "2018", "winner")} <= _honours(
        full, "Greg Vanney", "Toronto FC"
    )
    # Ricardo Ferretti: Clausura 2009 with Pumas; Apertura 2011, 2015, 2016, 2017 and Clausura 2019 and the
    # CONCACAF Champions League 2020 with Tigres (sportingnews.com; zetatijuana.com, December 2015)
    assert ("mx.1", "2008-09", "winner") in _honours(full, "Ricardo Ferretti", "Pumas UNAM")
    tigres = {("mx.1", s, "winner") for s in ("2011-12", "2015-16", "2016-17", "2017-18", "2018-19")}
    assert tigres | {("concacaf.cl", "2020", "winner")} <= _honours(full, "Ricardo Ferretti", "UANL Tigres")
    # Ricardo La Volpe: Apertura 2002 with Toluca (absoluteastronomy.com, "Ricardo Lavolpe")
    assert ("mx.1", "2002-03", "winner") in _honours(full, "Ricardo La Volpe", "Deportivo Toluca")
    # Graham Arnold: with Central Coast Mariners the premiership 2011-12 and championship 2012-13; with
    # Sydney FC the premierships 2016-17 and 2017-18, the championship 2016-17 and the FFA Cup 2017
    # (en.wikipedia "Graham Arnold": "a Premiership and a Championship", "two Premierships, one
    # Championship and an FFA Cup")
    assert {("au.1", "2011-12", "winner"), ("au.1", "2012-13", "winner")} <= _honours(
        full, "Graham Arnold", "Central Coast Mariners"
    )
    sydney = {("au.1", "2016-17", "winner"), ("au.1", "2017-18", "winner"), ("au.cup", "2017", "winner")}
    assert sydney <= _honours(full, "Graham Arnold", "Sydney FC")
