"""Published records of managers of probe Z (clubs of Russia, Czechia, Poland, Turkey, Brazil and
Argentina), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it), of matches the store holds whole: the
league matches of a spell up to the day the source wrote, or a spell's matches in competitions the
store holds every one of.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def _gwdl(full: Store, name: str, team: str, filters: Filters) -> tuple[int, int, int, int]:
    """The spell's G, W, D, L under ``filters``, its coverage of them checked to be whole."""
    spell = spell_of(full, name, team, filters)
    assert spell.coverage == "full"
    record = spell.record
    return record.played, record.won, record.drawn, record.lost


def test_trpisovsky_slavia_autumn_2018_sixteen_wins_in_nineteen_and_49_points(full: Store) -> None:
    # sport.aktualne.cz, December 2018 (after 2-0 at Jablonec, the 19th round's postponed match): "z 19
    # zápasů v lize šestnáct vyhrajeme ... V lize máme z 19 zápasů 49 bodů"; the points lost: 0-2 at home
    # to Jablonec, 1-2 at Ostrava, 2-2 at Sparta (one draw, two defeats).
    filters = Filters(competitions=("cz.1",), date_from=dt.date(2018, 7, 1), date_to=dt.date(2018, 12, 31))
    assert _gwdl(full, "Jindřich Trpišovský", "Slavia Praha", filters) == (19, 16, 1, 2)


def test_trpisovsky_slavia_lost_nine_of_his_first_99_league_matches(full: Store) -> None:
    # isport.blesk.cz, January 2021, after the 3-1 at Karviná (23 January 2021): Trpišovský "ještě
    # nevedl 'červenobílé' ani ve 100 ligových zápasech", "Je to přes 70 výher", "prohrál jen devět z
    # 99 ligových zápasů"
    filters = Filters(competitions=("cz.1",), date_to=dt.date(2021, 1, 23))
    played, won, _, lost = _gwdl(full, "Jindřich Trpišovský", "Slavia Praha", filters)
    assert (played, lost) == (99, 9)
    assert won > 70


def test_trpisovsky_slavia_champions_league_2025_26_three_draws_in_eight(full: Store) -> None:
    # sport.aktualne.cz, 28 January 2026 (Pafos 4-1 Slavia, the league phase's 8th round): "Soutěž
    # zakončili bez vítězství"; idnes.cz: "končí třetí od konce se ziskem pouhých tří bodů" (draws with
    # Bodø/Glimt, Athletic and at Atalanta). openfootball writes the club "SK Slavia Praha": one club with
    # Slavia Praha (touchline/data/clubs.toml), not a club of its own of these eight matches.
    filters = Filters(competitions=("uefa.cl",), date_from=dt.date(2025, 7, 1))
    assert _gwdl(full, "Jindřich Trpišovský", "Slavia Praha", filters) == (8, 0, 3, 5)


def test_semak_zenit_58_points_after_27_rounds_of_2018_19(full: Store) -> None:
    # dzen.ru (nekitr321, May 2019): on Saturday 4 May 2019 "команда Сергея Семака сыграла вничью с
    # «Ахматом» (1:1) и продолжила лидировать в турнирной таблице с 58-ю очками" (the 27th round)
    filters = Filters(competitions=("ru.1",), date_from=dt.date(2018, 7, 1), date_to=dt.date(2019, 5, 4))
    played, won, drawn, _ = _gwdl(full, "Sergei Semak", "Zenit St. Petersburg", filters)
    assert (played, 3 * won + drawn) == (27, 58)


def test_diniz_left_fluminense_in_2019_with_three_wins_in_fifteen_league_matches(full: Store) -> None:
    # denimenezes.com, May 2022 ("O novo técnico do Fluminense"): in August 2019 he left Fluminense "na
    # zona de rebaixamento do Campeonato Brasileiro, em 18º, com três vitórias, três empates, nove
    # derrotas"
    filters = Filters(competitions=("br.1",), date_to=dt.date(2019, 12, 31))
    assert _gwdl(full, "Fernando Diniz", "Fluminense RJ", filters) == (15, 3, 3, 9)


def test_demichelis_river_champions_of_2023_won_18_and_lost_six(full: Store) -> None:
    # lavoz.com.ar, July 2023 (River, champions of the Liga Profesional 2023 with two rounds to play,
    # after 3-1 against Estudiantes on 15 July): "en la propia Liga Profesional, el campeón sumó 18
    # victorias"; "las seis derrotas que soportó en el ciclo Demichelis, cuatro por la Liga Profesional
    # y dos por la Copa Libertadores" (its group stage, then over).
    league = Filters(competitions=("ar.1",), date_to=dt.date(2023, 7, 15))
    assert _gwdl(full, "Martín Demichelis", "River Plate", league) == (25, 18, 3, 4)
    libertadores = Filters(competitions=("copa.l",), date_to=dt.date(2023, 7, 15))
    assert _gwdl(full, "Martín Demichelis", "River Plate", libertadores)[3] == 2
    # the Copa de la Liga Profesional, the top flight's cup of August to December 2023 and January to May
    # 2024 (the data holds none of it), is named among the competitions the whole spell lacks
    spell = spell_of(full, "Martín Demichelis", "River Plate")
    assert spell.coverage == "partial"
    cup = {season for g in spell.gaps if g.competition == "ar.cup.l" for season in g.seasons}
    assert cup == {"2023", "2024"}


def test_ceni_flamengo_2020_season_22_matches(full: Store) -> None:
    # netfla.com.br, February 2021 (Flamengo champions of the Brasileirão 2020, decided on 25 February
    # 2021): "Rogério Ceni chegou ao Flamengo para a vaga de Domènec Torrent ... Com o comandante foram 22
    # jogos, 11 vitórias, cinco empates e seis derrotas" (18 league rounds, two Copa do Brasil and two
    # Copa Libertadores matches: competitions the store holds whole for those months)
    filters = Filters(competitions=("br.1", "br.cup", "copa.l"), date_to=dt.date(2021, 2, 25))
    assert _gwdl(full, "Rogério Ceni", "Flamengo RJ", filters) == (22, 11, 5, 6)


def test_avci_trabzonspor_70_league_matches_six_defeats_to_the_2022_title(full: Store) -> None:
    # ankaradanhaber.com (AA), 24 May 2022: "Bordo-mavililer, 10 Kasım 2020 tarihinde göreve getirilen
    # Abdullah Avcı yönetiminde geçen sezonun 9. haftasından itibaren 70 lig maçı oynadı ... 41
    # galibiyet, 23 beraberlik alırken sadece 6 maçtan yenilgi ile ayrılarak"
    filters = Filters(competitions=("tr.1",), date_to=dt.date(2022, 6, 30))
    assert _gwdl(full, "Abdullah Avcı", "Trabzonspor", filters) == (70, 41, 23, 6)


def test_michniewicz_legia_three_wins_seven_defeats_in_ten_league_matches_of_2021_22(full: Store) -> None:
    # sport.tvp.pl, October 2021: the 1-4 at Piast Gliwice "była to ich siódma porażka w dziesiątym
    # meczu tego sezonu"; sport.wprost.pl, October 2021: "Na 10 do tej pory rozegranych spotkań
    # ligowych Wojskowi wygrali tylko trzy"; eurosport.tvn24.pl: "9 punktów w 10 meczach"
    filters = Filters(competitions=("pl.1",), date_from=dt.date(2021, 7, 1))
    assert _gwdl(full, "Czesław Michniewicz", "Legia Warszawa", filters) == (10, 3, 0, 7)
