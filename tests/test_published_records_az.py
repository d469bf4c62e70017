"""Published records of managers of probe AZ (clubs of Poland, Russia, Sweden, Norway and Denmark), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell's league matches or of a
stretch of them: the domestic cups of these countries are not in the store. Where the store lacks league
matches too (Allsvenskan 2020 from August), the test names them and adds them as published.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, whole_gwdl
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def _played_and_points(full: Store, name: str, team: str, filters: Filters) -> tuple[int, int]:
    """The spell's matches and points (three for a win) under ``filters``, all of them in the store."""
    played, won, drawn, _ = whole_gwdl(full, name, team, filters)
    return played, 3 * won + drawn


def test_nawalka_at_lech_five_wins_a_draw_and_five_defeats_in_eleven(full: Store) -> None:
    # eurosport.tvn24.pl, March 2019 ("Adam Nawałka zwolniony z Lecha Poznań"): "Dane mu było prowadzić
    # zespół w 11 ligowych meczach. Jego bilans to pięć zwycięstw, remis i pięć porażek." From the 0-1 at
    # Cracovia (2 December 2018) to the 0-0 at Korona Kielce (30 March 2019).
    assert whole_gwdl(full, "Adam Nawałka", "Lech Poznań", Filters(kinds=LEAGUE)) == (11, 5, 1, 5)


def test_carrera_spartak_first_seven_rounds_of_2017_18_and_the_caretaker_fortnight(full: Store) -> None:
    # terrik-on.com, quoting Sport-Express (August 2017): "В премьер-лиге красно-белые в 7 турах набрали 8
    # очков, одержав две победы при двух ничьих и трех поражениях" (the last the 3-4 at home to
    # Lokomotiv, 19 August 2017). sport-express.ru, 22 October 2018: as caretaker from 5 August 2016 he
    # won against Krylia Sovetov and drew at Rubin before he was confirmed on 17 August.
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2017, 7, 1), date_to=dt.date(2017, 8, 19))
    assert whole_gwdl(full, "Massimo Carrera", "Spartak Moskva", filters) == (7, 2, 2, 3)
    caretaker = whole_gwdl(full, "Massimo Carrera", "Spartak Moskva", Filters(kinds=LEAGUE), dt.date(2016, 8, 5))
    assert caretaker == (2, 1, 1, 0)


def test_milojevic_at_malmo_30_points_in_16_allsvenskan_matches(full: Store) -> None:
    # fotbolldirekt.se, 14 November 2022: "Poäng tagna under Milos Milojevic: 30 poäng på 16 matcher".
    assert _played_and_points(full, "Miloš Milojević", "Malmö FF", Filters(kinds=LEAGUE)) == (16, 30)


def test_pehrsson_malmo_2018_three_wins_two_draws_four_defeats_in_nine(full: Store) -> None:
    # sport.delfi.ee, May 2018: sacked after nine rounds of 2018, "nelja kaotuse, kahe viigi ja kolme
    # võiduga"; bt.dk / Ritzau, May 2018: "med 11 point i ni kampe".
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2018, 1, 1))
    assert whole_gwdl(full, "Magnus Pehrsson", "Malmö FF", filters) == (9, 3, 2, 4)


def test_asbaghi_goteborg_2020_two_wins_in_18_with_the_five_august_matches_the_store_lacks(full: Store) -> None:
    # fotbollskanalen.se, 11 September 2020 (Sundberg): after 18 rounds, "bara förlora fem av arton
    # matcher ... att bara vinna två" and "Elva oavgjorda matcher". The store's Allsvenskan 2020 ends on
    # 6 August for IFK Göteborg; the five rounds it lacks before the sacking of 3 September:
    # Kalmar FF 1-1 IFK (13 August; fotbolldirekt.se), IFK beaten at home by IFK Norrköping (17 August;
    # fotbollskanalen.se, "Peking bröt negativa trenden - elfte raka utan seger för Blåvitt"), Djurgården
    # 2-2 IFK (22 August; ifkgoteborg.se), Mjällby 1-1 IFK (30 August; swefootball.com), and Örebro SK - IFK
    # of 9 August, a draw by the published totals (also tipsbladet.dk, 3 September 2020: 13 league
    # matches without a win, "af de 13 kampe er hele ni endt uafgjort"; svt.se reports a 2-2 at Örebro
    # under Asbaghi without its year, and the store holds one of 5 August 2019).
    check_store_and_missing(
        full,
        "Poya Asbaghi",
        "IFK Göteborg",
        Filters(kinds=LEAGUE, date_from=dt.date(2020, 1, 1)),
        found=(13, 2, 7, 4),
        missing={("se.1", "2020")},
        lacked=(5, 0, 4, 1),
        published=(18, 2, 11, 5),
    )


def test_berg_stabaek_seven_points_in_eight_matches_of_2019(full: Store) -> None:
    # NTB in framtidinord.no, 6 June 2019, as he left for Omonia: "Stabæk ligger nest sist i eliteserien
    # med sju poeng på åtte spilte kamper".
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2019, 1, 1))
    assert _played_and_points(full, "Henning Berg", "Stabæk IF", filters) == (8, 7)


def test_grzelak_aik_2022_32_points_in_18_matches(full: Store) -> None:
    # fotbolldirekt.se, 14 November 2022: "Poäng tagna under Bartosz Grzelak: 32 poäng på 18 matcher".
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2022, 1, 1))
    assert _played_and_points(full, "Bartosz Grzelak", "AIK Solna", filters) == (18, 32)


def test_retov_brondby_eight_points_in_his_first_five_superliga_matches(full: Store) -> None:
    # tipsbladet.dk ("Kun Thomas Frank var værre"), the points of Brøndby's coaches after their first five
    # Superliga matches, from superstats.dk: "Martin Retov: 8 point" (2-1 Randers, 0-2 at OB, 3-3 AaB, 3-1
    # at Horsens, 2-2 OB: 24 February to 29 March 2019).
    filters = Filters(competitions=("dk.1",), date_to=dt.date(2019, 3, 29))
    assert _played_and_points(full, "Martin Retov", "Brøndby IF", filters) == (5, 8)
