"""Final league tables against published ones, on the whole corpus (``full``), for Ukraine's top flight
(ua.1): three points for a win from 1994-95, the tie-breaks of each era (wins first to 1993-94, the
meetings from 1994-95 to 2001-02, wins again from 2002-03 to 2008-09, goal difference from 2009-10, the
meetings again from 2018-19) and the two points deductions of 2008-09; and Russia's (ru.1) transition
season of 2011-12 with its two groups. Each test cites its source; each Ukrainian one failed before
touchline/data/rules/ua.1.toml was changed."""

from __future__ import annotations

from tests.published import final_rows
from touchline.api.tables import competition_table
from touchline.store import Store


def _places(full: Store, code: str, season: str) -> list[tuple[int, str, int, int, int, int, int]]:
    """(position, club, played, won, drawn, lost, points) of a season's final table."""
    table = competition_table(full, code, season)
    return [(r.position, r.club, r.played, r.won, r.drawn, r.lost, r.points) for r in table.rows]


def test_vyshcha_liha_1994_95_three_points_for_a_win(full: Store) -> None:
    # lt.wikipedia "Ukrainos futbolo varžybos 1994–1995 m.": "Šiame sezone už pergalę jau buvo
    # skaičiuojami trys taškai. (Ankstesniais metais du taškai už pergalę)"; final table: "1. Kijevo
    # „Dinamo" | 34 | 25 | 8 | 1 | 87 | 24 | +63 | 83", "2. Odesos „Čornomorecʹ" | 34 | 22 | 7 | 5 | 62 | 29
    # | +33 | 73", "3. ... „Dnìpro" | 34 | 19 | 8 | 7 | 60 | 33 | +27 | 65", "4. ... „Šachtar" | 34 | 18 | 8 |
    # 8 | 52 | 29 | +23 | 62", "5. ... „Tavrìâ" | 34 | 17 | 8 | 9 | 61 | 37 | +24 | 59", "6. ... „Krivbas" |
    # 34 | 13 | 9 | 12 | 35 | 30 | +5 | 48", "7. ... „Torpedo" | 34 | 15 | 3 | 16 | 49 | 49 | 0 | 48", "8.
    # ... „Karpati" | 34 | 12 | 9 | 13 | 32 | 36 | -4 | 45", "9. ... „Metalurg" | 34 | 11 | 10 | 13 | 47 | 42
    # | +5 | 43", "10. ... „Kremìn" | 34 | 12 | 6 | 16 | 42 | 54 | −12 | 42", "11. ... „Prikarpatjė" | 34 |
    # 11 | [8] | 15 | 40 | 52 | −12 | 41" (pl.wikipedia: "1 Dynamo Kijów 34 25 8 1 87 24 63 83"). Before:
    # two points for a win, Dynamo 58.
    assert final_rows(full, "ua.1", "1994-95")[:11] == [
        (1, "Dynamo Kyiv", 34, 25, 8, 1, 87, 24, 83),
        (2, "Chernomorets Odessa", 34, 22, 7, 5, 62, 29, 73),
        (3, "Dnipro Dnipropetrovsk", 34, 19, 8, 7, 60, 33, 65),
        (4, "Shakhtar Donetsk", 34, 18, 8, 8, 52, 29, 62),
        (5, "Tavriya Simferopol (1958-2014)", 34, 17, 8, 9, 61, 37, 59),
        (6, "FK Krivbas", 34, 13, 9, 12, 35, 30, 48),
        (7, "Torpedo Zaporizhya", 34, 15, 3, 16, 49, 49, 48),
        (8, "Karpaty Lviv", 34, 12, 9, 13, 32, 36, 45),
        (9, "FK Metallurg-Viktor Zaporizhya", 34, 11, 10, 13, 47, 42, 43),
        (10, "FK Kremin", 34, 12, 6, 16, 42, 54, 42),
        (11, "FC Prykarpattya Ivano-Frankivsk", 34, 11, 8, 15, 40, 52, 41),
    ]


def test_vyshcha_liha_1992_93_and_1993_94_wins_first(full: Store) -> None:
    # en.wikipedia "1992–93 Vyshcha Liha" and "1993–94 Vyshcha Liha" (piglix.com copies): "Rules for
    # classification: 1st points; 2nd wins; 3rd goal difference"; 1992-93: Dynamo "declared a champion by
    # the goal difference as both Dynamo and Dnipro finished equal on points" (18 wins each).
    assert [(p, c, w, pts) for p, c, _, w, _, _, _, _, pts in final_rows(full, "ua.1", "1992-93")[:2]] == [
        (1, "Dynamo Kyiv", 18, 44),
        (2, "Dnipro Dnipropetrovsk", 18, 44),
    ]
    # ar.wikipedia's 1993-94 table (3rabica.org copy): "6 Kryvbas Kryvyi Rih 34 14 8 12 26 26 0 36", "7
    # [Nyva Ternopil] 34 13 10 11 44 26 +18 36", "9 Temp Shepetivka 34 12 8 14 39 38 +1 32", "10 Nyva
    # Vinnytsia 34 12 8 14 37 45 −8 32", "11 [Volyn Lutsk] 34 10 12 12 27 30 −3 32", "12 Veres Rivne 34 10
    # 12 12 32 36 −4 32", "14 [Zorya] 34 10 6 18 24 46 −22 26", "15 KRE 34 9 8 17 26 39 −13 26". Before:
    # Nyva Ternopil 6th, Volyn 10th, Kremin 14th, on goal difference. (Volyn's goals here are 28-30: the
    # match at Tavriya of 11 June 1994, awarded to Volyn, counts its score; the table gives 27-30.)
    rows = _places(full, "ua.1", "1993-94")
    assert rows[5:7] == [
        (6, "FK Krivbas", 34, 14, 8, 12, 36),
        (7, "Niva Ternopil", 34, 13, 10, 11, 36),
    ]
    assert rows[8:12] == [
        (9, "Temp Shepetivka", 34, 12, 8, 14, 32),
        (10, "FK Nyva Vinnytsia", 34, 12, 8, 14, 32),
        (11, "Volyn Lutsk", 34, 10, 12, 12, 32),
        (12, "NK Veres", 34, 10, 12, 12, 32),
    ]
    assert rows[13:15] == [(14, "Zorya Lugansk", 34, 10, 6, 18, 26), (15, "FK Kremin", 34, 9, 8, 17, 26)]


def test_vyshcha_liha_1997_98_five_clubs_on_their_meetings(full: Store) -> None:
    # footballukraine.at.ua, "Седьмой чемпионат Украины", final table: "10 «Прикарпатье» Ивано-Франковск
    # 30 8 9 13 33-41 33", "11 «Звезда» Кировоград 30 9 6 15 27-48 33", "12 «Металлург» Мариуполь 30 8 9
    # 13 27-48 33", "13 ЦСКА Киев 30 9 6 15 30-35 33", "14 «Таврия» Симферополь 30 8 9 13 35-41 33": the
    # order of their meetings, neither of goal difference nor of wins. Before: CSKA (Arsenal Kyiv here)
    # 10th, Zirka 14th, on goal difference. (Mariupol's goals are 28-48 in the data.)
    assert _places(full, "ua.1", "1997-98")[9:14] == [
        (10, "FC Prykarpattya Ivano-Frankivsk", 30, 8, 9, 13, 33),
        (11, "Zirka Kirovograd", 30, 9, 6, 15, 33),
        (12, "FK Mariupol", 30, 8, 9, 13, 33),
        (13, "Arsenal Kyiv", 30, 9, 6, 15, 33),
        (14, "Tavriya Simferopol (1958-2014)", 30, 8, 9, 13, 33),
    ]


def test_vyshcha_liha_2002_03_wins_first(full: Store) -> None:
    # it.wikipedia "Vyšča Liha 2002-2003", classifica finale: "8. Čornomorec' 34 30 10 4 16 31 45 -14", "9.
    # Tavrija 34 30 9 7 14 36 50 -14", "10. Mariupol' 34 30 8 10 12 34 38 -4". Before: Mariupol 8th,
    # Chornomorets 10th, on goal difference.
    assert final_rows(full, "ua.1", "2002-03")[7:10] == [
        (8, "Chernomorets Odessa", 30, 10, 4, 16, 31, 45, 34),
        (9, "Tavriya Simferopol (1958-2014)", 30, 9, 7, 14, 36, 50, 34),
        (10, "FK Mariupol", 30, 8, 10, 12, 34, 38, 34),
    ]


def test_premier_league_2008_09_deductions_and_wins_first(full: Store) -> None:
    # uk.wikipedia "Чемпіонат України з футболу 2008—2009" (wikiwand copy): "10 «Чорноморець» 30 12 2 16
    # 34−42 32", "11 «Арсенал» 30 8 8 14 26−33 32", "12 «Кривбас» 30 8 8 14 21−36 32", "13 «Зоря» 30 8 7
    # 15 29−45 31", "14 «Іллічівець» 30 7 5 18 31−54 26", "15 ФК «Львів» 30 6 8 16 24−39 26", "16 ФК
    # «Харків» 30 2 9 19 19−50 12". Chornomorets lost 6 points (dynamo.kiev.ua, 1 March 2009: a FIFA case
    # over debts to Đorđe Inđić), Kharkiv 3 (blitz.bg, May 2009). Before: Chornomorets 8th on 38, Lviv
    # 14th above Mariupol on goal difference, Kharkiv 15 points.
    assert final_rows(full, "ua.1", "2008-09")[9:] == [
        (10, "Chernomorets Odessa", 30, 12, 2, 16, 34, 42, 32),
        (11, "Arsenal Kyiv", 30, 8, 8, 14, 26, 33, 32),
        (12, "FK Krivbas", 30, 8, 8, 14, 21, 36, 32),
        (13, "Zorya Lugansk", 30, 8, 7, 15, 29, 45, 31),
        (14, "FK Mariupol", 30, 7, 5, 18, 31, 54, 26),
        (15, "FK Lviv", 30, 6, 8, 16, 24, 39, 26),
        (16, "FK Kharkiv", 30, 2, 9, 19, 19, 50, 12),
    ]


def test_premier_league_2010_11_goal_difference(full: Store) -> None:
    # it.wikipedia "Prem"jer-liha 2010-2011": "10. Obolon' 34 30 9 7 14 26 38 -12", "11. Volyn' 34 30 9 7
    # 14 27 49", "13. Kryvbas 29 30 6 11 13 27 45 -18", "14. Illičivec' 29 30 7 8 15 45 67 -22": goal
    # difference, though Volyn had the better of the meetings and Illichivets more wins (the era's rule,
    # kept as it was).
    rows = final_rows(full, "ua.1", "2010-11")
    assert rows[9:11] == [
        (10, "FK Obolon", 30, 9, 7, 14, 26, 38, 34),
        (11, "Volyn Lutsk", 30, 9, 7, 14, 27, 49, 34),
    ]
    assert rows[12:14] == [
        (13, "FK Krivbas", 30, 6, 11, 13, 27, 45, 29),
        (14, "FK Mariupol", 30, 7, 8, 15, 45, 67, 29),
    ]


def test_premier_league_2018_19_mariupol_fourth_on_the_meetings(full: Store) -> None:
    # The UPL's regulations for 2018/19, article 22 (fakty.com.ua, 30 July 2018; en.uaf.ua/article/34229):
    # "3.1. більша кількість набраних очок в особистих зустрічах між цими командами; ... 3.4. краща
    # різниця забитих і пропущених м'ячів в усіх матчах". ua.news, 31 May 2019: "«Маріуполь» обіграв
    # «Зорю» з рахунком 3:1 й витіснив суперника з 4-ї позиції". Before: Zorya 4th on goal difference.
    assert _places(full, "ua.1", "2018-19")[3:5] == [
        (4, "FK Mariupol", 32, 12, 7, 13, 43),
        (5, "Zorya Lugansk", 32, 11, 10, 11, 43),
    ]


def test_premier_league_2020_21_and_2023_24_meetings_first(full: Store) -> None:
    # football-forum.net, 2020/2021 table: "4 «Колос» 26 10 11 5 36 26 +10 41", "5 «Ворскла» 26 11 8 7
    # 37 30 +7 41", "8 «Львов» 26 8 5 13 25 51 -26 29", "9 ФК Александрия 26 8 5 13 33 37 -4 29", "11
    # «Мариуполь» 26 6 8 12 27 41 -14 26", "12 «Ингулец» 26 5 11 10 24 39 -15 26" (be-tarask.wikipedia:
    # "Розьніца мячоў у гульнях паміж сабою: «Львоў» +1, «Александрыя» −1"). Before: Oleksandriya 8th.
    rows = final_rows(full, "ua.1", "2020-21")
    assert rows[3:5] == [
        (4, "Kolos Kovalivka", 26, 10, 11, 5, 36, 26, 41),
        (5, "Vorskla Poltava", 26, 11, 8, 7, 37, 30, 41),
    ]
    assert rows[7:9] == [
        (8, "FK Lviv", 26, 8, 5, 13, 25, 51, 29),
        (9, "FK Oleksandriya", 26, 8, 5, 13, 33, 37, 29),
    ]
    assert rows[10:12] == [
        (11, "FK Mariupol", 26, 6, 8, 12, 27, 41, 26),
        (12, "Inhulets Petrove", 26, 5, 11, 10, 24, 39, 26),
    ]
    # uk.wikipedia "Чемпіонат України з футболу 2023—2024" (wikidata.uk-ua.nina.az copy): "10 «Зоря» 30 7
    # 11 12 29−37 32", "11 «Колос» 30 7 11 12 22−31 32", "12 «Чорноморець» 30 10 2 18 38−47 32". Before:
    # Chornomorets 11th on goal difference.
    assert final_rows(full, "ua.1", "2023-24")[9:12] == [
        (10, "Zorya Lugansk", 30, 7, 11, 12, 29, 37, 32),
        (11, "Kolos Kovalivka", 30, 7, 11, 12, 22, 31, 32),
        (12, "Chernomorets Odessa", 30, 10, 2, 18, 38, 47, 32),
    ]


def test_russian_premier_league_2011_12_whole_season_carried(full: Store) -> None:
    # wikimili.com, "2011–12 in Russian football" (after the Premier League): 30 rounds of sixteen clubs,
    # then a championship group of eight, every point carried: Zenit 88 points from 44 games, Spartak 75,
    # CSKA 73, Dinamo 72, Anzhi 70.
    assert [(p, c, pld, pts) for p, c, pld, *_, pts in final_rows(full, "ru.1", "2011-12")[:5]] == [
        (1, "Zenit St. Petersburg", 44, 88),
        (2, "Spartak Moskva", 44, 75),
        (3, "CSKA Moskva", 44, 73),
        (4, "Dinamo Moskva", 44, 72),
        (5, "Anzhi Makhachkala", 44, 70),
    ]
