"""The UEFA Super Cup, the Intercontinental Cup (1960-2004) and the FIFA Club World Cup, which the store holds
no season of, entered by hand (``data/honours.toml``): every edition's winner and runner-up, credited to
the manager in charge on the deciding day (stop 27)."""

from __future__ import annotations

from collections import Counter

from touchline.api.honours import club_honours, person_honours
from touchline.reference.honours import hand_honours
from touchline.store import Store

CODES = ("uefa.sc", "world.icc", "fifa.cwc")


def _titles(store: Store, name: str) -> dict[str, set[tuple[str, str, str]]]:
    """A person's honours as manager in the three competitions: {club: {(competition, season, place)}}."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for spell in person_honours(store, name).as_manager:
        for h in spell.honours:
            if h.competition in CODES:
                found.setdefault(spell.team_name, set()).add((h.competition, h.season, h.place.value))
    return found


def test_every_edition_has_one_winner_and_one_runner_up() -> None:
    # 50 UEFA Super Cups (1973 to 2025, none in 1974, 1981 and 1985; the unofficial edition of January
    # 1973 left out), 43 Intercontinental Cups (1960 to 2004, none in 1975 and 1978) and 21 Club World
    # Cups (2000, 2005 to 2023, 2025) (en.wikipedia "List of UEFA Super Cup matches", "Intercontinental
    # Cup (1960–2004)", "List of FIFA Club World Cup finals")
    places = Counter((h.competition, h.season, h.place) for h in hand_honours() if h.competition in CODES)
    assert set(places.values()) == {1}
    editions = Counter(code for code, _, place in places if place == "winner")
    assert editions == {"uefa.sc": 50, "world.icc": 43, "fifa.cwc": 21}
    for code, season, _ in places:
        assert (code, season, "winner") in places and (code, season, "runner-up") in places
    # each dated, so that the manager in charge that day is credited
    assert all(h.date is not None for h in hand_honours() if h.competition in CODES)


def test_ferguson(full: Store) -> None:
    # en.wikipedia "1991 European Super Cup": one match, Old Trafford, 19 November 1991, Manchester United
    # 1-0 Red Star Belgrade (manunited.uk: "The day, 19th November 1991, is one of Ferguson's best
    # moments"); "1999 Intercontinental Cup": 30 November 1999, Manchester United 1-0 Palmeiras; "2008
    # FIFA Club World Cup final": 21 December 2008, LDU Quito 0-1 Manchester United; runners-up in the
    # Super Cups of 27 August 1999 (0-1 Lazio) and 29 August 2008 ("2008 UEFA Super Cup": Manchester
    # United 1-2 Zenit); and Aberdeen's Super Cup of 1983, entered before
    assert _titles(full, "Alex Ferguson") == {
        "Aberdeen FC": {("uefa.sc", "1983-84", "winner")},
        "Manchester United": {
            ("uefa.sc", "1991-92", "winner"),
            ("uefa.sc", "1999-00", "runner-up"),
            ("world.icc", "1999-00", "winner"),
            ("uefa.sc", "2008-09", "runner-up"),
            ("fifa.cwc", "2008-09", "winner"),
        },
    }


def test_guardiola_club_world_cups(full: Store) -> None:
    # fifa.com, annual report 2023, "FIFA Club World Cup Saudi Arabia 2023": "Manchester City's Pep
    # Guardiola became the first coach to win the title four times after his previous successes with
    # Barcelona in 2009 and 2011 and then with Bayern Munich in 2013"; the Super Cups before each (en.wikipedia
    # "2009 UEFA Super Cup", 28 August 2009; "2011", 26 August 2011; "2013", 30 August 2013, Bayern 5-4 on
    # penalties v Chelsea; "2023", 16 August 2023, Manchester City 5-4 on penalties v Sevilla)
    pep = _titles(full, "Pep Guardiola")
    cups = {(club, season) for club, won in pep.items() for code, season, place in won if code == "fifa.cwc"}
    assert cups == {
        ("FC Barcelona", "2009-10"),
        ("FC Barcelona", "2011-12"),
        ("Bayern München", "2013-14"),
        ("Manchester City", "2023-24"),
    }
    assert {("uefa.sc", "2009-10", "winner"), ("uefa.sc", "2011-12", "winner")} <= pep["FC Barcelona"]
    assert ("uefa.sc", "2013-14", "winner") in pep["Bayern München"]
    assert ("uefa.sc", "2023-24", "winner") in pep["Manchester City"]


def test_ancelotti(full: Store) -> None:
    # futboldigital.hn, 14 August 2024 (Real Madrid 2-0 Atalanta, Warsaw): "Carlo Ancelotti se convirtió en
    # el máximo ganador del certamen (5)": the Super Cups of 2003 and 2007 (Milan) and 2014, 2022, 2024
    # (Real Madrid); the Club World Cups of 2007 (acmilan.com, "2007 FIFA Club World Cup": Milan 4-2 Boca
    # Juniors, Yokohama, 16 December 2007), 2014 and 2022 (football-espana.net, 11 February 2023: "Real Madrid
    # have won the 2022 FIFA Club World Cup ... as Carlo Ancelotti wins the tournament for the second time in
    # Madrid"); the Intercontinental Cup of 14 December 2003 lost on penalties to Boca Juniors
    # (tuttomercatoweb.com: "il Milan di Carlo Ancelotti")
    assert _titles(full, "Carlo Ancelotti") == {
        "AC Milan": {
            ("uefa.sc", "2003-04", "winner"),
            ("world.icc", "2003-04", "runner-up"),
            ("uefa.sc", "2007-08", "winner"),
            ("fifa.cwc", "2007-08", "winner"),
        },
        "Real Madrid": {
            ("uefa.sc", "2014-15", "winner"),
            ("fifa.cwc", "2014-15", "winner"),
            ("uefa.sc", "2022-23", "winner"),
            ("fifa.cwc", "2022-23", "winner"),
            ("uefa.sc", "2024-25", "winner"),
        },
    }


def test_sacchi_and_klopp(full: Store) -> None:
    # Milan's Super Cups (7 December 1989, 29 November 1990: uefa.com "UEFA Super Cup 1990", Milan 2-0
    # Sampdoria in Bologna) and Intercontinental Cups (17 December 1989, 1-0 Atlético Nacional aet; 9
    # December 1990, 3-0 Olimpia: magazinepragma.com, "Coppa Intercontinentale 1990, il canto del Diavolo
    # Rossonero di Arrigo Sacchi"); Liverpool's Super Cup (14 August 2019, 5-4 on penalties v Chelsea) and
    # Club World Cup (21 December 2019, 1-0 Flamengo aet; thesouthafrican.com: "Liverpool manager Jurgen
    # Klopp expects a tough contest")
    assert _titles(full, "Arrigo Sacchi") == {
        "AC Milan": {
            ("uefa.sc", "1989-90", "winner"),
            ("world.icc", "1989-90", "winner"),
            ("uefa.sc", "1990-91", "winner"),
            ("world.icc", "1990-91", "winner"),
        }
    }
    assert _titles(full, "Jürgen Klopp") == {
        "Liverpool FC": {("uefa.sc", "2019-20", "winner"), ("fifa.cwc", "2019-20", "winner")}
    }


def test_a_manager_gone_before_the_final_is_not_credited(full: Store) -> None:
    # Mourinho left Porto for Chelsea before the Super Cup of 27 August 2004 and the Intercontinental Cup of
    # 12 December 2004 (es.wikipedia "Supercopa de Europa 2004": "Víctor Fernández dirigía al equipo por
    # primera vez en partido oficial ... José Mourinho, entrenador del club la pasada temporada, se marchó al
    # Chelsea"), and Inter for Real Madrid before the Super Cup of 27 August 2010 and the Club World Cup of
    # 18 December 2010, Benítez's (AFP, 18 December 2010: "pressure on Inter coach Rafael Benitez as he
    # attempts to replicate the success of the club last season under Jose Mourinho"). He is credited with
    # the Super Cup Porto lost on 29 August 2003 (uefa.com, "2003 Super Cup: Shevchenko steals the show":
    # "Porto coach José Mourinho")
    jose = _titles(full, "José Mourinho")
    assert jose["FC Porto"] == {("uefa.sc", "2003-04", "runner-up")}
    assert "Inter" not in jose
    rafa = _titles(full, "Rafael Benítez")
    assert {("uefa.sc", "2010-11", "runner-up"), ("fifa.cwc", "2010-11", "winner")} == rafa["Inter"]
    # Di Matteo, sacked in November 2012, is credited with the Super Cup of 31 August 2012 (Chelsea 1-4
    # Atlético Madrid), not the Club World Cup final of 16 December 2012, lost under the interim manager
    # Benítez (sportsmole.co.uk, live commentary, 16 December 2012: "Benitez will become the only man to
    # have managed in three Club World Cup finals today")
    assert _titles(full, "Roberto Di Matteo") == {"Chelsea FC": {("uefa.sc", "2012-13", "runner-up")}}
    assert ("fifa.cwc", "2012-13", "runner-up") in rafa["Chelsea FC"]


def test_the_club_shows_who_was_in_charge(full: Store) -> None:
    # Manchester United's Intercontinental Cup of 30 November 1999 and its Club World Cup of 21 December
    # 2008, each credited to Ferguson alone; Porto's Intercontinental Cup of 12 December 2004 (0-0 v Once
    # Caldas, 8-7 on penalties) to no spell of Mourinho's, its Super Cup of 29 August 2003 to his
    united = {
        (c.honour.competition, c.honour.season): c.managers for c in club_honours(full, "Manchester United").honours
    }
    assert united[("world.icc", "1999-00")] == ("Alex Ferguson",)
    assert united[("fifa.cwc", "2008-09")] == ("Alex Ferguson",)
    porto = {(c.honour.competition, c.honour.season): c.managers for c in club_honours(full, "FC Porto").honours}
    assert "José Mourinho" not in porto[("world.icc", "2004-05")]
    assert porto[("uefa.sc", "2003-04")] == ("José Mourinho",)
    # Real Madrid's Intercontinental Cup of 1 December 1998 (2-1 Vasco da Gama, Tokyo), Hiddink's (fifa.com,
    # classic football, "Real Madrid 2-1 Vasco da Gama": "coach Guus Hiddink. The Dutchman presided over Real
    # Madrid's second Intercontinental triumph"), and its Super Cup lost to Chelsea in Monaco on 28 August 1998
    madrid = {(c.honour.competition, c.honour.season): c.managers for c in club_honours(full, "Real Madrid").honours}
    assert madrid[("world.icc", "1998-99")] == ("Guus Hiddink",)
    assert madrid[("uefa.sc", "1998-99")] == ("Guus Hiddink",)
