"""What a spell lacks that the store holds no season of, named where the club certainly played it: Liga
MX's Campeón de Campeones; Argentina's Copa de la Superliga (2019, and the one matchday of 2020) and
Trofeo de Campeones; the Polish and Turkish super cups' cup side, which the rules cannot give (the store
holds neither country's cup); the Copa Sudamericana of a club third in its Copa Libertadores group
(certain, where it was only possible), and its first stages of February 2018 to 2020. Each club and day
is sourced in touchline/data/calendar.toml; the records' figures are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.api.managers import SpellRecord
from touchline.compute.coverage import Coverage, GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def _possible(spell: SpellRecord, code: str) -> set[str]:
    return {season for g in spell.gaps if g.competition == code and g.possible for season in g.seasons}


def test_liga_mx_campeon_de_campeones_is_named_where_the_club_played_it(full: Store) -> None:
    # Juan Reynoso's Cruz Azul (2 January 2021 to 20 May 2022): 73 matches in the store; Cruz Azul 2-1
    # León in the Campeón de Campeones of 18 July 2021 (larepublica.pe, 18 July 2021) is not one of them
    reynoso = _spell(full, "Juan Reynoso", "Cruz Azul", 2021)
    assert reynoso.record.played == 73
    assert certain_gaps(reynoso, "mx.sc") == {"2021-22": "Liga MX Guardianes 2021 champions"}
    assert reynoso.coverage is Coverage.PARTIAL
    # Guillermo Almada's Pachuca (2 December 2021 to 28 May 2025): 122 matches; Pachuca lost 2-1 to Tigres
    # on 25 June 2023 (tvazteca.com, June 2023), not in the store
    almada = _spell(full, "Guillermo Almada", "Pachuca", 2021)
    assert almada.record.played == 122
    assert certain_gaps(almada, "mx.sc") == {"2022-23": "Liga MX Apertura 2022 champions"}
    # Miguel Herrera's América of 2017-2020: the edition of 14 July 2019 v Tigres
    herrera = _spell(full, "Miguel Herrera", "América", 2017)
    assert certain_gaps(herrera, "mx.sc") == {"2019-20": "Liga MX Apertura 2018 champions"}


def test_no_campeon_de_campeones_for_a_club_that_did_not_play_it(full: Store) -> None:
    # Ricardo Ferretti at Cruz Azul from 1 March to 31 August 2023 covers the edition of 25 June 2023,
    # Pachuca v Tigres: Cruz Azul was not in it
    ferretti = _spell(full, "Ricardo Ferretti", "Cruz Azul", 2023)
    assert certain_gaps(ferretti, "mx.sc") == {}
    # Javier Aguirre's Monterrey (December 2020 to February 2022) won no Liga MX title before it
    aguirre = _spell(full, "Javier Aguirre", "Monterrey", 2020)
    assert certain_gaps(aguirre, "mx.sc") == {}


def test_argentinas_copa_de_la_superliga_and_trofeo_de_campeones(full: Store) -> None:
    # Eduardo Coudet's Racing Club (20 December 2017 to 14 December 2019): 66 matches in the store; the
    # Copa de la Superliga of April to June 2019 (Racing out to Tigre in its quarter-finals) and the
    # Trofeo de Campeones of 14 December 2019 (Racing 2-0 Tigre, his last match: diario26.com) are not
    coudet = _spell(full, "Eduardo Coudet", "Racing", 2017)
    assert coudet.record.played == 66
    assert certain_gaps(coudet, "ar.cup.sl") == {"2018-19": "open to the Superliga's clubs"}
    assert certain_gaps(coudet, "ar.tc") == {"2019-20": "Superliga champions 2018-19"}
    # Gabriel Heinze's Vélez Sarsfield (12 January 2018 to 9 March 2020): 65 matches; the Copa de la
    # Superliga of 2019, not that of 2020, whose one matchday (13 to 16 March 2020) came after he left
    heinze = _spell(full, "Gabriel Heinze", "Vélez", 2018)
    assert heinze.record.played == 65
    assert certain_gaps(heinze, "ar.cup.sl") == {"2018-19": "open to the Superliga's clubs"}
    assert certain_gaps(heinze, "ar.tc") == {}
    # Marcelo Gallardo's River Plate (2014 to 2022, in calendar-year slots): the edition of 2019; not that
    # of 2020, whose one matchday River did not play (it refused to turn out v Atlético Tucumán:
    # mdzol.com, 25 April 2020)
    gallardo = _spell(full, "Marcelo Gallardo", "River", 2014)
    assert certain_gaps(gallardo, "ar.cup.sl") == {"2019": "open to the Superliga's clubs"}
    # the Trofeo de Campeones of 18 December 2021, River 4-0 Colón (tests/test_coverage_stop28.py)
    assert certain_gaps(gallardo, "ar.tc") == {"2021": "Liga Profesional champions 2021"}


def test_the_turkish_and_polish_super_cups_cup_side(full: Store) -> None:
    # Abdullah Avcı's Trabzonspor (from 10 November 2020): the Turkish Cup winners of 2019-20 beat İstanbul
    # Başakşehir 2-1 in the Super Cup of 27 January 2021; the champions of 2021-22 played that of July 2022
    avci = _spell(full, "Abdullah Avcı", "Trabzonspor", 2020)
    assert certain_gaps(avci, "tr.sc") == {
        "2020-21": "Turkish Cup winners 2019-20",
        "2022-23": "Süper Lig champions 2021-22",
    }
    # Aykut Kocaman's Fenerbahçe (1 June 2010 to 29 May 2013): the cup winners of 2011-12 lost 3-2 to
    # Galatasaray on 12 August 2012; the Super Cup of 2011 (the champions' of 2010-11) was never played
    kocaman = _spell(full, "Aykut Kocaman", "Fenerbahçe", 2010)
    assert certain_gaps(kocaman, "tr.sc") == {"2012-13": "Turkish Cup winners 2011-12"}
    # Giovanni van Bronckhorst's Beşiktaş: the cup winners of 2023-24 beat Galatasaray 5-0 on 3 August 2024
    gio = _spell(full, "Giovanni van Bronckhorst", "Beşiktaş", 2024)
    assert certain_gaps(gio, "tr.sc") == {"2024-25": "Turkish Cup winners 2023-24"}
    # Czesław Michniewicz's Legia (22 September 2020 to 25 October 2021): the Polish Super Cups of 9
    # October 2020 (v Cracovia) and 17 July 2021 (v Raków), both lost on penalties, as champions
    legia = _spell(full, "Czesław Michniewicz", "Legia", 2020)
    assert legia.record.played == 49
    assert certain_gaps(legia, "pl.sc") == {
        "2020-21": "Ekstraklasa champions 2019-20",
        "2021-22": "Ekstraklasa champions 2020-21",
    }


def test_a_libertadores_groups_third_certainly_played_the_sudamericana(full: Store) -> None:
    # São Paulo, third in its Libertadores group of 2020 (the store's group table), went on to the
    # Sudamericana's second stage (beaten by Lanús): certain under Fernando Diniz (27 September 2019 to 1
    # February 2021); its edition of 2019 stays possible (the club was not in the Libertadores's groups)
    diniz = _spell(full, "Fernando Diniz", "São Paulo", 2019)
    assert certain_gaps(diniz, "copa.sudamericana") == {"2020": "3rd in its Copa Libertadores group 2020"}
    assert _possible(diniz, "copa.sudamericana") == {"2019"}
    # Corinthians, third in group E of 2023, under Vanderlei Luxemburgo (1 May to 27 September 2023)
    luxemburgo = _spell(full, "Vanderlei Luxemburgo", "Corinthians", 2023)
    assert certain_gaps(luxemburgo, "copa.sudamericana") == {"2023": "3rd in its Copa Libertadores group 2023"}
    assert any(g.kind is GapKind.CONTINENTAL for g in luxemburgo.gaps)
    # Vélez Sarsfield, not in the Libertadores's groups, keeps its Sudamericana as possible
    heinze = _spell(full, "Gabriel Heinze", "Vélez", 2018)
    assert certain_gaps(heinze, "copa.sudamericana") == {}
    assert _possible(heinze, "copa.sudamericana") == {"2018", "2019", "2020"}


def test_the_sudamericanas_february_first_stages() -> None:
    # 5 February to the final of 9 November 2019; 4 February 2020 to the final of 23 January 2021
    assert catalog.window("copa.sudamericana", "2019") == (dt.date(2019, 2, 5), dt.date(2019, 11, 9))
    assert catalog.window("copa.sudamericana", "2020") == (dt.date(2020, 2, 4), dt.date(2021, 1, 23))
    assert catalog.window("copa.sudamericana", "2017") == (dt.date(2017, 3, 1), dt.date(2017, 11, 30))
