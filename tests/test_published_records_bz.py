"""Published records of managers of probe BZ (coaches in Portugal's Primeira Liga and Turkey's Süper Lig),
against the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, a part of
one (a competition, or up to the day of the article), or one whose only missing matches are the
competitions the store names, counted from the source.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of
from touchline.api.managers import Filters
from touchline.compute.coverage import GapKind
from touchline.compute.records import record
from touchline.model import CompetitionKind
from touchline.store import Store
from touchline.store.read import season_matches

LEAGUE = Filters(kinds=(CompetitionKind.LEAGUE,))


def points(spell_record: tuple[int, int]) -> int:
    """Three points a win, one a draw, of (won, drawn)."""
    won, drawn = spell_record
    return 3 * won + drawn


def test_hamzaoglu_at_galatasaray_34_league_matches_23_wins(full: Store) -> None:
    # internetspor.com (AA, November 2015, "Hamzaoğlu Galatasaray'da neler yaptı?"), his table by
    # competition: "Spor Toto Süper Lig | 34 | 23 | 7 | 4 | 72 | 34" (from the 12th round of 2014-15 to the
    # 11th of 2015-16) and "UEFA Şampiyonlar Ligi | 5 | 1 | 1 | 3 | 6 | 11".
    league = spell_of(full, "Hamza Hamzaoğlu", "Galatasaray", LEAGUE)
    rec = league.record
    assert (rec.played, rec.won, rec.drawn, rec.lost, rec.goals_for, rec.goals_against) == (34, 23, 7, 4, 72, 34)
    assert league.coverage == "full"
    europe = spell_of(full, "Hamza Hamzaoğlu", "Galatasaray", Filters(competitions=("uefa.cl",)))
    rec = europe.record
    assert (rec.played, rec.won, rec.drawn, rec.lost, rec.goals_for, rec.goals_against) == (5, 1, 1, 3, 6, 11)
    assert europe.coverage == "full"


def test_hamzaoglu_at_galatasaray_54_points_from_22_league_matches_unbeaten_at_home(full: Store) -> None:
    # sporx.com (May 2015, "Hamzaoğlu'nun karnesi 'yıldızlı pekiyi'", after the 2-0 over Beşiktaş on 24 May
    # 2015, the sixth league match running without conceding): "Hamza Hamzaoğlu döneminde 22 lig maçında
    # 17 galibiyet 3 beraberlik 2 yenilgi aldı ve 54 puan topladı ... sahasında lig maçı kaybetmedi. (12
    # maç / 10 galibiyet 2 beraberlik)"
    spell = spell_of(full, "Hamza Hamzaoğlu", "Galatasaray", Filters(kinds=LEAGUE.kinds, date_to=dt.date(2015, 5, 24)))
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (22, 17, 3, 2)
    assert points((rec.won, rec.drawn)) == 54
    home = record([m for m in spell.matches if m.home == "Galatasaray"], "Galatasaray")
    assert (home.played, home.won, home.drawn, home.lost) == (12, 10, 2, 0)
    assert record(list(spell.matches[-6:]), "Galatasaray").goals_against == 0
    assert spell.coverage == "full"


def test_hamzaoglu_at_galatasaray_is_the_published_52_matches_less_the_domestic_cups(full: Store) -> None:
    # internetspor.com (AA, November 2015): "toplam 52 karşılaşmaya çıkan Hamza Hamzaoğlu, 33 galibiyet, 9
    # beraberlik ve 10 yenilgi gördü" (hurriyet.com.tr, 18 November 2015, the same); of them "Ziraat
    # Türkiye Kupası | 12 | 8 | 1 | 3" (the cup of 2014-15, won, and its 2015-16 group matches) and "TFF
    # Süper Kupa | 1 | 1 | 0 | 0" (the 1-0 over Bursaspor, August 2015), neither of which the store holds.
    check_store_and_missing(
        full,
        "Hamza Hamzaoğlu",
        "Galatasaray",
        Filters(),
        found=(39, 24, 8, 7),
        missing={("tr.cup", "2014-15"), ("tr.cup", "2015-16"), ("tr.sc", "2015-16")},
        lacked=(12 + 1, 8 + 1, 1 + 0, 3 + 0),
        published=(52, 33, 9, 10),
    )


def test_evangelista_65th_top_flight_match_at_arouca_was_fc_porto_at_home(full: Store) -> None:
    # ojogo.pt (May 2023, "Evangelista mira um novo recorde no Arouca"): "Frente ao FC Porto, na próxima
    # segunda-feira, ... vai superar a marca de Pedro Emanuel (64) em jogos no principal escalão": his
    # 65th I Liga match, Arouca 0-1 FC Porto on Monday 8 May 2023 (his top-flight matches: 2021-22 and
    # 2022-23; 2020-21 was in the Segunda Liga).
    spell = spell_of(
        full, "Armando Evangelista", "FC Arouca", Filters(competitions=("pt.1",), date_to=dt.date(2023, 5, 8))
    )
    assert spell.record.played == 64 + 1
    last = spell.matches[-1]
    assert (last.date, last.home, last.away) == (dt.date(2023, 5, 8), "FC Arouca", "FC Porto")
    assert spell.coverage == "full"


def test_ricardo_soares_first_gil_vicente_season_27_league_matches_10_wins(full: Store) -> None:
    # sapo.pt (Lusa, May 2021): "Depois de ter chegado a Barcelos em 13 de novembro de 2020, quando a equipa
    # gilista ocupava o 17.º e penúltimo lugar, com cinco pontos, o técnico de 46 anos levou os 'galos' à
    # 11.ª posição, com 39 pontos, após um percurso com 10 vitórias, quatro empates e 13 derrotas" (27
    # rounds, the 8th to the 34th: 34 points of his and the five before him make 39)
    spell = spell_of(full, "Ricardo Soares", "Gil Vicente", Filters(kinds=LEAGUE.kinds, date_to=dt.date(2021, 6, 30)))
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (27, 10, 4, 13)
    assert points((rec.won, rec.drawn)) + 5 == 39
    assert spell.coverage == "full"


def test_ricardo_soares_gil_vicente_41_points_and_unbeaten_in_2022_after_the_draw_at_porto(full: Store) -> None:
    # foradejogo08.blogspot.com, 3 March 2022, after "O resultado (1-1) conseguido pelo Gil Vicente no
    # Estádio do Dragão, na última jornada": "os gilistas ocupam o quinto lugar do campeonato, com 41
    # pontos ... nos oito jogos já disputados este ano, a equipa de Barcelos foi a segunda com mais pontos
    # conquistados (18) ... Os gilistas, que ainda não perderam este ano na Liga, somaram cinco triunfos
    # ... e três empates". The whole of 2021-22 was his.
    to_porto = Filters(competitions=("pt.1",), date_from=dt.date(2021, 7, 1), date_to=dt.date(2022, 2, 27))
    season = spell_of(full, "Ricardo Soares", "Gil Vicente", to_porto)
    assert points((season.record.won, season.record.drawn)) == 41
    assert season.coverage == "full"
    year = Filters(competitions=("pt.1",), date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 2, 27))
    rec = spell_of(full, "Ricardo Soares", "Gil Vicente", year).record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (8, 5, 3, 0)
    assert points((rec.won, rec.drawn)) == 18


def test_sa_pinto_at_braga_league_and_europa_league(full: Store) -> None:
    # noticiasdeviseu.com (Lusa, 23 December 2019): "Em 14 jornadas com Sá Pinto ao 'leme', os bracarenses
    # somaram cinco vitórias, três empates e seis derrotas na I Liga" (maisfutebol.iol.pt, that day: "com
    # apenas 18 pontos"); in the Europa League, "um registo de oito vitórias e apenas dois empates (um nos
    # 'play-offs' e outro na fase de grupos)" - the third qualifying round, the play-off and the group.
    league = spell_of(full, "Ricardo Sá Pinto", "Sporting Braga", LEAGUE)
    rec = league.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (14, 5, 3, 6)
    assert points((rec.won, rec.drawn)) == 18
    assert league.coverage == "full"
    europe = spell_of(full, "Ricardo Sá Pinto", "Sporting Braga", Filters(competitions=("uefa.el.q", "uefa.el")))
    rec = europe.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (10, 8, 2, 0)
    assert europe.coverage == "full"


def test_sa_pinto_at_braga_is_the_published_30_matches_less_the_two_domestic_cups(full: Store) -> None:
    # rtp.pt, 23 December 2019: "Sá Pinto deixa a equipa com 30 jogos realizados e 18 vitórias"; dn.pt, that
    # day: "18 jogos [won], cinco empates e sete derrotas"; ojogo.pt: "o treinador realizou apenas 30 jogos".
    # The store lacks the Taça de Portugal and the Taça da Liga of 2019-20: six ties, among them the 1-2 at
    # Benfica in the last 16 of the Taça de Portugal and the 4-1 at Paços de Ferreira on 22 December that
    # took Braga to the Taça da Liga final four (rr.sapo.pt, observador.pt); the league and Europa League
    # hold every draw, so the six are five wins and that defeat.
    check_store_and_missing(
        full,
        "Ricardo Sá Pinto",
        "Sporting Braga",
        Filters(),
        found=(24, 13, 5, 6),
        missing={("pt.cup", "2019-20"), ("pt.cup.l", "2019-20")},
        lacked=(6, 5, 0, 1),
        published=(30, 18, 5, 7),
    )


def test_daniel_sousa_at_gil_vicente_28_league_points_of_the_37(full: Store) -> None:
    # ojogo.pt (June 2023, "Daniel Sousa de saída do Gil Vicente"): he took over in November with Gil in
    # the relegation places and finished "em 13.º lugar, com 37 pontos". Before him: Ivo Vieira left
    # "com apenas nove pontos somados em 11 jornadas" (rtp.pt, November 2022), and the caretaker Carlos
    # Cunha lost his three matches, two of the league (sapo.pt, 16 November 2022). His league: rounds 14
    # to 34.
    spell = spell_of(full, "Daniel Sousa", "Gil Vicente", LEAGUE)
    assert spell.record.played == 34 - 11 - 2
    assert points((spell.record.won, spell.record.drawn)) == 37 - 9 - 0
    assert spell.coverage == "full"


def test_daniel_sousa_at_arouca_first_four_league_matches_and_34_points_to_braga(full: Store) -> None:
    # poste.pt (December 2023, "Daniel Sousa está a fazer a diferença no Arouca"): "Nos últimos quatro jogos
    # da Liga, o Arouca marcou impressionantes 13 golos ... para a conquista de dez pontos"; flashscore.pt
    # ("Balanço da Liga"): "uma sequência de três vitórias e um empate no campeonato" (it writes "14 golos":
    # 4-0, 2-2, 3-0 and 4-1 make 13, as poste.pt has it). Before him Arouca were last "com seis pontos"
    # after 11 rounds (flashscore.pt); rtp.pt (Lusa, 6 April 2024), after the 3-0 at Braga in the 28th
    # round: "o Arouca reforçou o sétimo lugar da I Liga, com 40 pontos" - 34 of them his, in 17 rounds.
    first = spell_of(full, "Daniel Sousa", "FC Arouca", Filters(competitions=("pt.1",), date_to=dt.date(2023, 12, 31)))
    rec = first.record
    assert (rec.played, rec.won, rec.drawn, rec.lost, rec.goals_for) == (4, 3, 1, 0, 13)
    assert points((rec.won, rec.drawn)) == 10
    to_braga = spell_of(full, "Daniel Sousa", "FC Arouca", Filters(competitions=("pt.1",), date_to=dt.date(2024, 4, 6)))
    assert to_braga.record.played == 28 - 11
    assert points((to_braga.record.won, to_braga.record.drawn)) == 40 - 6
    assert to_braga.coverage == "full"


def test_daniel_sousa_at_braga_four_matches_unbeaten(full: Store) -> None:
    # poste.pt and observador.pt (11-12 August 2024): "esteve no comando em apenas quatro jogos, entre
    # qualificação para a fase regular da Liga Europa e campeonato. Totalizou duas vitórias e dois empates"
    # (5-0 and 2-0 over Maccabi Petah Tikva, 0-0 with Servette, 1-1 with Estrela da Amadora). The store
    # holds all four, and nothing is missing: the Taça da Liga of 2024-25 held no match of Braga's in
    # those weeks (its eight clubs began in the quarter-finals on 29-31 October 2024, rr.sapo.pt, 16
    # September 2024).
    spell = spell_of(full, "Daniel Sousa", "Sporting Braga")
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (4, 2, 2, 0)
    assert (spell.coverage, spell.gaps) == ("full", ())


def test_korkmaz_at_erciyesspor_one_win_in_ten_league_matches(full: Store) -> None:
    # haber.stargazete.com (AMK, 24 November 2014): "takımının başında çıktığı 10 lig maçında 1 galibiyet, 6
    # beraberlik ve 3 mağlubiyet aldı"; spor.beyazgazete.com (25 November 2014): "topladığı 9 puanla ...
    # iç sahada 5 maça çıkan ... sadece Beşiktaş'a karşı kazanırken 2 beraberlik 2 de mağlubiyet aldı ...
    # 5 kez de deplasmana giden ... 4 beraberlik, 1 de mağlubiyet aldı".
    spell = spell_of(full, "Bülent Korkmaz", "Erciyesspor", LEAGUE)
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (10, 1, 6, 3)
    assert points((rec.won, rec.drawn)) == 9
    home = record([m for m in spell.matches if m.home == "Erciyesspor"], "Erciyesspor")
    away = record([m for m in spell.matches if m.away == "Erciyesspor"], "Erciyesspor")
    assert (home.won, home.drawn, home.lost, away.won, away.drawn, away.lost) == (1, 2, 2, 0, 4, 1)
    assert spell.coverage == "full"


def test_korkmaz_at_konyaspor_the_store_lacks_the_results_of_the_last_four_rounds(full: Store) -> None:
    # olay.com.tr (DHA, September 2020): "yeşil-beyazlı ekibin başında çıktığı 13 lig maçında, 4 galibiyet,
    # 4 beraberlik ve 5 mağlubiyet aldı ... şampiyonluğun iki adayı Medipol Başakşehir ve Trabzonspor'u
    # yenerek ligde kalmayı başardı" (the 22nd to the 34th round of 2019-20). The store holds nine results,
    # to the 30th round; the 31st to the 34th (at Gaziantep FK, Başakşehir at home, at Trabzonspor,
    # Alanyaspor at home) are listed without a result. gazetefutbol.de: the last, "IH Konyaspor - Aytemiz
    # Alanyaspor 2:3"; the wins over Başakşehir and Trabzonspor as DHA says; the published 13 then leave
    # the match at Gaziantep a defeat.
    spell = spell_of(full, "Bülent Korkmaz", "Konyaspor", LEAGUE)
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (9, 2, 4, 3)
    unscored = [
        (m.date, m.home, m.away)
        for m in season_matches(full, "tr.1", "2019-20")
        if "Konyaspor" in (m.home + m.away) and m.ft is None
    ]
    assert [d for d, _, _ in unscored] == [
        dt.date(2020, 7, 9),
        dt.date(2020, 7, 12),
        dt.date(2020, 7, 19),
        dt.date(2020, 7, 26),
    ]
    # the spell, given by its years, runs to the season's last fixture and names the four as lacking
    assert spell.end == dt.date(2020, 7, 26)
    assert [(g.competition, g.seasons) for g in spell.gaps if g.kind is GapKind.NO_RESULT] == [("tr.1", ("2019-20",))]
    lacked = (4, 2, 0, 2)  # Başakşehir (W), Trabzonspor (W), Alanyaspor (L, 2-3), Gaziantep FK (L)
    assert tuple(a + b for a, b in zip((rec.played, rec.won, rec.drawn, rec.lost), lacked, strict=True)) == (
        13,
        4,
        4,
        5,
    )


def test_karaman_at_ankaragucu_11_points_from_his_first_6_matches(full: Store) -> None:
    # ntvspor.net, 15 March 2021: "takımıyla çıktığı 6 maçta 11 puan topladı ... İlk iki maçta Hes Kablo
    # Kayserispor ve Çaykur Rizespor'la berabere kalan Karaman'ın öğrencileri, daha sonra öne geçtiği maçta
    # Atakaş Hatayspor'a 4-1 kaybetti. Sonraki 3 maçta Galatasaray, Fatih Karagümrük ve Göztepe ... yenen"
    spell = spell_of(full, "Hikmet Karaman", "MKE Ankaragücü", Filters(date_to=dt.date(2021, 3, 14)))
    rec = spell.record
    assert (rec.played, points((rec.won, rec.drawn))) == (6, 11)
    outcomes = [record([m], "MKE Ankaragücü") for m in spell.matches]
    assert ["W" if r.won else "D" if r.drawn else "L" for r in outcomes] == ["D", "D", "L", "W", "W", "W"]
    assert spell.coverage == "full"


def test_karaman_at_adana_demirspor_3_wins_in_17_league_matches(full: Store) -> None:
    # malatyacagdas.com (May 2024, before the last round): "18 Ocak 2024'te Kluivert'tan boşalan teknik
    # direktörlük görevine getirilen Hikmet Karaman ... 17 Süper Lig maçında 3 galibiyet 6 beraberlik ve 8
    # mağlubiyet yaşadı" (the 21st to the 37th round, the last of them at Antalyaspor on 17 May 2024)
    filters = Filters(kinds=LEAGUE.kinds, date_to=dt.date(2024, 5, 17))
    spell = spell_of(full, "Hikmet Karaman", "Adana Demirspor", filters)
    rec = spell.record
    assert (rec.played, rec.won, rec.drawn, rec.lost) == (17, 3, 6, 8)
    assert spell.coverage == "full"


def test_carvalhal_rio_ave_record_55_points_and_9_away_wins(full: Store) -> None:
    # desporto.sapo.pt (Lusa, "Balanço I Liga 19/20: Rio Ave protagoniza época histórica"): "terminou a
    # temporada no quinto lugar do campeonato, com 55 pontos ... nas vitórias fora de casa (9), nos pontos
    # conquistados como visitante (31)"; tsf.pt (Lusa, 18 July 2020), after the 2-2 with Santa Clara that
    # opened the 33rd round: "passa a somar 52 pontos".
    spell = spell_of(full, "Carlos Carvalhal", "Rio Ave FC", LEAGUE)
    rec = spell.record
    assert (rec.played, points((rec.won, rec.drawn))) == (34, 55)
    away = record([m for m in spell.matches if m.away == "Rio Ave FC"], "Rio Ave FC")
    assert (away.won, points((away.won, away.drawn))) == (9, 31)
    assert spell.coverage == "full"
    to_santa_clara = spell_of(
        full, "Carlos Carvalhal", "Rio Ave FC", Filters(competitions=("pt.1",), date_to=dt.date(2020, 7, 18))
    )
    assert points((to_santa_clara.record.won, to_santa_clara.record.drawn)) == 52
