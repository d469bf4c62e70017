"""Published records of managers of probe AA (English Championship and League One clubs, Spanish, Italian
and French clubs outside the very top), against the whole corpus (``full``: all of ../shared/data and
the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the fixtures, play-offs and competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.coverage import GapKind
from touchline.compute.records import Shootouts
from touchline.store import Store


def _gwdl(full: Store, name: str, team: str, filters: Filters) -> tuple[int, int, int, int]:
    spell = spell_of(full, name, team, filters)
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def test_mendilibar_403_la_liga_matches_with_five_clubs_and_255_at_eibar(full: Store) -> None:
    # as.com, 13 October 2020 ("Un entrenador exigente y cercano que se ha convertido en un clásico"): "403
    # partidos con 5 equipos, Athletic Club (10 encuentros), Valladolid (96), Osasuna (94), Levante (8), y
    # Eibar (195) ... con un balance de 122 victorias, 110 empates y 171 derrotas"
    spells = manager_record(full, "José Luis Mendilibar", Filters(tiers=(1,), date_to=dt.date(2020, 10, 12))).spells
    played = {s.team_name: s.record.played for s in spells if s.record.played}
    assert played == {
        "Athletic Bilbao": 10,
        "Real Valladolid": 96,
        "CA Osasuna": 94,
        "Levante UD": 8,
        "SD Eibar": 195,
    }
    totals = tuple(sum(getattr(s.record, f) for s in spells) for f in ("played", "won", "drawn", "lost"))
    assert totals == (403, 122, 110, 171)
    assert all(s.coverage == "full" for s in spells if s.record.played)
    # the same article: "Ha dirigido al Eibar en 255 compromisos oficiales entre las dos etapas que ha
    # vivido en Ipurua" (Segunda División 2004-05, and from 2015): every competition
    spells = manager_record(full, "José Luis Mendilibar", Filters(date_to=dt.date(2020, 10, 12))).spells
    eibar = [s for s in spells if s.team_name == "SD Eibar"]
    assert [s.record.played for s in eibar] == [43, 212]
    assert all(s.coverage == "full" for s in eibar)


def test_parker_at_bournemouth_55_matches_29_wins(full: Store) -> None:
    # Bournemouth Echo, 30 August 2022 ("Numbers game: a look back at the stats of Scott Parker's reign"):
    # "Parker led Cherries in just 55 games ... Cherries won 29 games, losing 13, and drawing the other 13";
    # the League Cup tie at Norwich (2-2, won 5-3 on penalties, 23 August 2022) is one of the 29 wins
    filters = Filters(shootouts=Shootouts.RESULT)
    assert _gwdl(full, "Scott Parker", "AFC Bournemouth", filters) == (55, 29, 13, 13)
    assert spell_of(full, "Scott Parker", "AFC Bournemouth", filters).coverage == "full"


def test_parker_at_fulham_105_matches_less_the_2020_play_offs(full: Store) -> None:
    # the72.co.uk (2021, "Fulham comment: patience with Parker can only stretch so far"): "He's gone on to
    # manage the Craven Cottage outfit for 105 games ... His record stands at 37 wins, 25 draws and 43
    # losses"; Bournemouth Echo, 30 August 2022: "winning 37 of 105 games in charge of the Cottagers".
    # The store lacks the 2019-20 Championship play-offs: Cardiff 0-2 Fulham (27 July 2020), Fulham 1-2
    # Cardiff (30 July), Fulham 2-1 Brentford after extra time (final, 4 August): two wins, a defeat.
    spells = [s for s in manager_record(full, "Scott Parker", Filters()).spells if s.team_name.startswith("Fulham")]
    caretaker, permanent = sorted(spells, key=lambda s: s.start)
    assert caretaker.coverage == "full"
    assert permanent.coverage == "partial"
    assert {(g.kind, g.competition, season) for g in permanent.gaps for season in g.seasons} == {
        (GapKind.PLAYOFF, "eng.2", "2019-20")
    }
    counted = tuple(
        sum(getattr(s.record, f) for s in (caretaker, permanent)) for f in ("played", "won", "drawn", "lost")
    )
    assert counted == (102, 35, 25, 42)
    assert tuple(a + b for a, b in zip(counted, (3, 2, 0, 1), strict=True)) == (105, 37, 25, 43)


def test_haise_at_lens_99_matches_before_his_100th(full: Store) -> None:
    # rmcsport.bfmtv.com, 1 January 2023 ("Lens-PSG: Franck Haise, un bilan en or avant sa 100e"): "il a
    # dirigé son équipe au total à 99 reprises (92 matchs de Ligue 1, 5 de Coupe de France et 2 de Ligue 2)
    # pour un total de 48 victoires, 27 matchs nuls et 24 défaites"; a Coupe de France tie won on
    # penalties is one of the 48 wins
    filters = Filters(date_to=dt.date(2022, 12, 31), shootouts=Shootouts.RESULT)
    assert _gwdl(full, "Franck Haise", "RC Lens", filters) == (99, 48, 27, 24)
    by_competition = {
        code: _gwdl(full, "Franck Haise", "RC Lens", Filters(competitions=(code,), date_to=dt.date(2022, 12, 31)))[0]
        for code in ("fr.1", "fr.cup", "fr.2")
    }
    assert by_competition == {"fr.1": 92, "fr.cup": 5, "fr.2": 2}


def test_palladino_at_monza_23_matches_10_wins(full: Store) -> None:
    # tuttomonza.it, 21 March 2023 ("Che ne sarà di Palladino?"): "in 23 partite stagionali, si contano
    # infatti 10 vittore, 6 pareggi e 7 sconfitte" (Serie A and Coppa Italia, from 13 September 2022)
    filters = Filters(date_to=dt.date(2023, 3, 21))
    assert _gwdl(full, "Raffaele Palladino", "AC Monza", filters) == (23, 10, 6, 7)
    assert spell_of(full, "Raffaele Palladino", "AC Monza", filters).coverage == "full"


def test_still_unbeaten_in_his_first_17_ligue_1_matches(full: Store) -> None:
    # goal.com, February 2023: after 0-0 at Nice (18 February) Will Still "est devenu le 2ème entraîneur
    # de l'histoire à ne perdre aucun de ses 14 premiers matchs de Ligue 1"; rtbf.be, after 1-0 at Monaco
    # (12 March 2023): "Cela fait désormais 17 matches de Ligue 1 sans défaite pour Reims ... depuis
    # l'arrivée de Will Still comme T1"; the run ended at home to Marseille on 19 March (lesoir.be)
    # (his appointment of 13 October 2022, not the 0-0 against PSG of 8 October, when he stood in for
    # Óscar García: will-still.toml, tests/test_reconciled_records.py)
    appointed = dt.date(2022, 10, 13)
    for last, played in ((dt.date(2023, 2, 18), 14), (dt.date(2023, 3, 12), 17)):
        filters = Filters(competitions=("fr.1",), date_to=last)
        record = spell_of(full, "Will Still", "Stade de Reims", filters, start=appointed).record
        assert (record.played, record.lost) == (played, 0)
    filters = Filters(competitions=("fr.1",), date_to=dt.date(2023, 3, 19))
    record = spell_of(full, "Will Still", "Stade de Reims", filters, start=appointed).record
    assert record.lost == 1


def test_carrick_37_points_from_his_first_16_championship_matches_and_3_as_caretaker(full: Store) -> None:
    # planetfootball.com, 16 February 2023 ("The Championship table since Middlesbrough hired Michael
    # Carrick"): "Carrick has made a fantastic impact in his first 16 league matches at the Riverside,
    # which have seen Boro pick up 37 points"
    filters = Filters(competitions=("eng.2",), date_to=dt.date(2023, 2, 16))
    spell = spell_of(full, "Michael Carrick", "Middlesbrough FC", filters)
    assert (spell.record.played, 3 * spell.record.won + spell.record.drawn) == (16, 37)
    assert spell.coverage == "full"
    # The Guardian, 2 December 2021: "Michael Carrick's three-match tenure as Manchester United caretaker
    # manager ended with a 3-2 win over Arsenal ... It followed Sunday's draw at Chelsea and the Champions
    # League win at Villarreal". Ralf Rangnick's spell starts on 29 November with his first match on 5
    # December: the caretaker's days to 2 December load beside it (the overlap is of match days).
    assert _gwdl(full, "Michael Carrick", "Manchester United", Filters()) == (3, 2, 1, 0)


def test_garcia_plaza_at_alaves_107_matches_by_division(full: Store) -> None:
    # cope.es, 26 November 2024 ("Malos tiempos en los banquillos albiazules"): "Con 107 partidos al frente
    # del banquillo albiazul ... 52 partidos en Primera, 46 en Segunda y 9 en la Copa del Rey". The store
    # lacks the five La Liga fixtures from 18 October to 23 November 2024 (its data set ends before them),
    # the four matches of the 2022-23 Segunda División play-offs (Eibar and Levante, two legs each) and
    # Alavés's one Copa del Rey tie of 2024-25.
    last = dt.date(2024, 11, 26)
    spell = spell_of(full, "Luis García Plaza", "CD Alavés", Filters(date_to=last))
    assert spell.coverage == "partial"
    assert {(g.kind, g.competition) for g in spell.gaps} == {
        (GapKind.NO_RESULT, "es.1"),
        (GapKind.PLAYOFF, "es.2"),
        (GapKind.CUP, "es.cup"),
    }
    lacked = {"es.1": next(g.count for g in spell.gaps if g.kind is GapKind.NO_RESULT), "es.2": 4, "es.cup": 1}
    played = {
        code: spell_of(
            full, "Luis García Plaza", "CD Alavés", Filters(competitions=(code,), date_to=last)
        ).record.played
        for code in ("es.1", "es.2", "es.cup")
    }
    assert played == {"es.1": 47, "es.2": 42, "es.cup": 8}
    assert {code: played[code] + lacked[code] for code in played} == {"es.1": 52, "es.2": 46, "es.cup": 9}
