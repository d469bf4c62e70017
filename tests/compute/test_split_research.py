"""League seasons split into a championship round and a relegation round that no rules file modelled.

touchline gave these seasons no champion (the leader played a round robin the rules did not know) and
left the later rounds out of the final standings. The rules files now say, per era, what the clubs took
into those rounds (every result, or half their points); the champions and places asserted here are the
published ones, computed from the whole corpus (the store of ``tests/conftest.py``); the sources are
cited in each rules file.
"""

from __future__ import annotations

from tests.compute.seasons import champion_of, top
from touchline.api.tables import competition_table, season_matches
from touchline.compute.standings import final_standings
from touchline.reference.rules import Carry, rules_for
from touchline.store import Store


def test_andorra_carried_the_first_phase_into_both_rounds(full: Store) -> None:
    # 2004-05: Sant Julià 54, Rànger's 51, FC Santa Coloma 37, Principat 20 (de.wikipedia's final table)
    assert top(full, "ad.1", "2004-05", 4, modelled=True) == [
        ("UE Sant Julià", 54),
        ("FC Rànger's", 51),
        ("FC Santa Coloma", 37),
        ("CE Principat", 20),
    ]
    # 2006-07: Rànger's and FC Santa Coloma level on 37 after the first phase; Rànger's champions
    assert champion_of(full, "ad.1", "2006-07") == "FC Rànger's"
    assert champion_of(full, "ad.1", "2011-12") == "FC Lusitanos"
    assert champion_of(full, "ad.1", "2018-19") == "FC Santa Coloma"
    # 2021-22: three clubs on 37 after 21 rounds; the meetings put FC Santa Coloma fifth, into the
    # relegation round, where its 52 points do not lift it above the championship round's clubs
    assert champion_of(full, "ad.1", "2021-22") == "Inter Club d'Escaldes"
    table = competition_table(full, "ad.1", "2021-22")
    assert [row.club for row in table.rows[:5]] == [
        "Inter Club d'Escaldes",
        "UE Santa Coloma",
        "UE Sant Julià",
        "Atlétic Escaldes",
        "FC Santa Coloma",
    ]


def test_kazakhstan_carried_full_points_or_half(full: Store) -> None:
    # 2010, every point carried: Tobol champions, a point ahead of Aktobe (who led on halved points)
    assert top(full, "kz.1", "2010", 2, modelled=True) == [("Tobyl Kostanay", 64), ("FK Aktobe", 63)]
    # 2011, halved and rounded up: Shakhter four points ahead of Zhetysu and eight of Aktobe
    assert top(full, "kz.1", "2011", 3, modelled=True) == [
        ("Shakter Karaganda", 42),
        ("Zhetysu Taldykorgan", 38),
        ("FK Aktobe", 34),
    ]
    # 2013: Aktobe 43, Astana 42, Kairat 33 (WFR)
    assert top(full, "kz.1", "2013", 3, modelled=True) == [("FK Aktobe", 43), ("FK Astana", 42), ("FK Kairat", 33)]
    # 2015, halved: Astana champions, though Kairat had as many points in full
    assert top(full, "kz.1", "2015", 2, modelled=True) == [("FK Astana", 46), ("FK Kairat", 45)]
    # 2016, in full again: Astana 73, Kairat 71, Irtysh 49, Ordabasy 48; Aktobe sixth on the meetings
    # of three clubs level on 28 after the regular season
    assert top(full, "kz.1", "2016", 4, modelled=True) == [
        ("FK Astana", 73),
        ("FK Kairat", 71),
        ("Irtysh Pavlodar", 49),
        ("FK Ordabasy", 48),
    ]
    assert competition_table(full, "kz.1", "2016").rows[5].club == "FK Aktobe"


def test_lithuania_2016_to_2019_one_more_round_for_the_top_six(full: Store) -> None:
    # FK Trakai by its name of today, FK Riteriai (renamed in 2019): the table printed says "FK Trakai"
    assert top(full, "lt.1", "2018", 6, modelled=True) == [
        ("FK Sūduva", 77),
        ("FK Žalgiris", 75),
        ("FK Riteriai", 51),
        ("FC Stumbras", 51),
        ("Kauno Žalgiris", 39),
        ("FK Atlantas", 24),
    ]
    assert champion_of(full, "lt.1", "2016") == "FK Žalgiris"
    assert champion_of(full, "lt.1", "2017") == "FK Sūduva"
    assert champion_of(full, "lt.1", "2019") == "FK Sūduva"


def test_azerbaijan_carried_the_full_record_from_2010_11(full: Store) -> None:
    assert top(full, "az.1", "2012-13", 3, modelled=True) == [("Neftçi PFK", 62), ("Qarabağ FK", 59), ("Şamaxı FK", 57)]
    # 2011-12: Neftçi four points ahead of Xəzər Lənkəran and seven of İnter (Şamaxı FK in the data)
    assert top(full, "az.1", "2011-12", 3, modelled=True) == [
        ("Neftçi PFK", 63),
        ("Khazar Lankaran", 59),
        ("Şamaxı FK", 56),
    ]
    assert champion_of(full, "az.1", "2010-11") == "Neftçi PFK"
    # 2009-10 carried only the results within each group: not modelled, no champion given
    assert rules_for("az.1", "2009-10").unmodelled
    assert champion_of(full, "az.1", "2009-10") is None


def test_gibraltar_luxembourg_georgia_and_russia(full: Store) -> None:
    assert champion_of(full, "gi.1", "2020-21") == "Lincoln Red Imps"
    assert top(full, "gi.1", "2021-22", 2, modelled=True) == [("Lincoln Red Imps", 58), ("Europa FC", 47)]
    # 2019-20 was declared null and void
    assert champion_of(full, "gi.1", "2019-20") is None
    assert champion_of(full, "lu.1", "2003-04") == "Jeunesse Esch"
    assert top(full, "lu.1", "2004-05", 2, modelled=True) == [("F91 Dudelange", 70), ("Etzella Ettelbruck", 64)]
    assert champion_of(full, "lu.1", "2005-06") == "F91 Dudelange"
    # Georgia 2013-14: Dinamo six points ahead of Zestafoni and thirteen of Sioni
    assert top(full, "ge.1", "2013-14", 3, modelled=True) == [
        ("Dinamo Tbilisi", 68),
        ("FC Zestafoni", 62),
        ("Sioni Bolnisi", 55),
    ]
    # Russia 2011-12: Zenit 88 from 44 games, Spartak 75, CSKA 73, Dinamo 72, Anzhi 70
    assert top(full, "ru.1", "2011-12", 5, modelled=True) == [
        ("Zenit St. Petersburg", 88),
        ("Spartak Moskva", 75),
        ("CSKA Moskva", 73),
        ("Dinamo Moskva", 72),
        ("Anzhi Makhachkala", 70),
    ]


def test_macedonia_iceland_belarus_and_bosnia(full: Store) -> None:
    # North Macedonia 2015-16: Vardar 80 from 32 games, Shkëndija 75, Sileks 44, Rabotnički 43 (WFR)
    assert top(full, "mk.1", "2015-16", 4, modelled=True) == [
        ("Vardar Skopje", 80),
        ("KF Shkëndija 79", 75),
        ("Sileks Kratovo", 44),
        ("FK Rabotnički", 43),
    ]
    # 2014-15: Vardar three points ahead of Rabotnički and ten of Shkëndija
    assert top(full, "mk.1", "2014-15", 3, modelled=True) == [
        ("Vardar Skopje", 69),
        ("FK Rabotnički", 66),
        ("KF Shkëndija 79", 59),
    ]
    # Iceland 2022: Breiðablik champions, KA second, Víkingur third; 2023 Víkingur
    assert [club for club, _ in top(full, "is.1", "2022", 3, modelled=True)] == [
        "Breiðablik",
        "KA Akureyri",
        "Víkingur Reykjavík",
    ]
    assert champion_of(full, "is.1", "2023") == "Víkingur Reykjavík"
    # Belarus 2013: BATE nine points ahead of Shakhtyor and thirteen of Dinamo Minsk
    assert top(full, "by.1", "2013", 3, modelled=True) == [
        ("BATE Borisov", 67),
        ("Shakhter Soligorsk", 58),
        ("Dinamo Minsk", 54),
    ]
    # Bosnia 2016-17: Zrinjski 64 from 32 games; 2017-18, level with Željezničar after 22 rounds
    assert top(full, "ba.1", "2016-17", 1, modelled=True) == [("Zrinjski Mostar", 64)]
    assert champion_of(full, "ba.1", "2017-18") == "Zrinjski Mostar"


def test_georgia_2003_04_halved_points_and_a_decider(full: Store) -> None:
    # the top six from half their points, rounded up: WIT Georgia 41, Sioni Bolnisi 41, Dinamo Tbilisi 40,
    # FC Tbilisi (FC Rustavi here, by the registry Metalurgi Rustavi) 32 (lt.wikipedia); level on points,
    # WIT won the title in a final
    table = competition_table(full, "ge.1", "2003-04")
    assert {(row.club, row.points) for row in table.rows[:4]} == {
        ("WIT Georgia", 41),
        ("Sioni Bolnisi", 41),
        ("Dinamo Tbilisi", 40),
        ("Metalurgi Rustavi", 32),
    }
    # the final's winner first, as the published table has it (WIT Georgia, Sioni Bolnisi, Dinamo Tbilisi)
    assert [row.club for row in table.rows[:4]] == [
        "WIT Georgia",
        "Sioni Bolnisi",
        "Dinamo Tbilisi",
        "Metalurgi Rustavi",
    ]
    assert champion_of(full, "ge.1", "2003-04") == "WIT Georgia"
    # the relegation round, halved as well: Torpedo Kutaisi 34, Kolkheti 33, Mtskheta (Kojaeli here) 31
    assert [(row.club, row.points) for row in table.rows[6:9]] == [
        ("Torpedo Kutaisi", 34),
        ("Kolkheti Poti", 33),
        ("Kojaeli Mtskheta", 31),
    ]


def test_gibraltar_2022_to_2024_every_point_carried(full: Store) -> None:
    # 2022-23: Lincoln champions; Europa second (Gibraltar Chronicle, March 2023)
    assert top(full, "gi.1", "2022-23", 2, modelled=True) == [("Lincoln Red Imps", 52), ("Europa FC", 44)]
    # 2023-24: 20 games, then five more for the top six: Lincoln, St Joseph's, FCB Magpies (en.wikipedia)
    assert [club for club, _ in top(full, "gi.1", "2023-24", 3, modelled=True)] == [
        "Lincoln Red Imps",
        "St. Joseph's FC",
        "FCB Magpies",
    ]
    assert champion_of(full, "gi.1", "2023-24") == "Lincoln Red Imps"


def test_estonia_2020_and_2021_one_table_of_the_whole_season(full: Store) -> None:
    # 2021: Levadia 78 from 32 games, Flora 77, Paide 62, Nõmme Kalju 45, Legion 40, Narva Trans 33
    # (sekundomer.ee's final table)
    assert top(full, "ee.1", "2021", 6, modelled=True) == [
        ("FCI Levadia", 78),
        ("FC Flora", 77),
        ("Paide Linnameeskond", 62),
        ("JK Nõmme Kalju", 45),
        ("Tallinna JK Legion", 40),
        ("JK Narva Trans", 33),
    ]
    # Vaprus v Tulevik, cancelled in the data, a Vaprus win in that table: the champion is declared
    assert champion_of(full, "ee.1", "2021") == "FCI Levadia"
    # 2020, cut short twice: Flora champions, Paide second, Levadia third (en.wikipedia)
    assert champion_of(full, "ee.1", "2020") == "FC Flora"
    assert [club for club, _ in top(full, "ee.1", "2020", 3, modelled=True)] == [
        "FC Flora",
        "Paide Linnameeskond",
        "FCI Levadia",
    ]


def test_kazakhstan_2013_halved_points_with_the_whole_record(full: Store) -> None:
    # WFR, Kazakhstan 2013: "Teams started with their points from regular season halved and rounded up,
    # mantaining their regular season record": Shakhter fifth (26 points, 12-7-13 from 32 games) above
    # Ordabasy (26) on the season's goal difference
    rules = rules_for("kz.1", "2013")
    assert {stage.carry for stage in rules.stages} == {Carry.HALVED_RECORD}
    table = final_standings(season_matches(full, "kz.1", "2013"), rules)
    assert [(row.club, row.played, row.won, row.drawn, row.lost, row.points) for row in table.rows[:6]] == [
        ("FK Aktobe", 32, 20, 6, 6, 43),
        ("FK Astana", 32, 19, 5, 8, 42),
        ("FK Kairat", 32, 12, 12, 8, 33),
        ("Irtysh Pavlodar", 32, 12, 8, 12, 27),
        ("Shakter Karaganda", 32, 12, 7, 13, 26),
        ("FK Ordabasy", 32, 11, 8, 13, 26),
    ]
    # the relegation round: Tobol 35, Atyrau 28, Zhetysu 22, Taraz 21, Vostok 20, Akzhayik 19 (WFR)
    assert [(row.club, row.points) for row in table.rows[6:]] == [
        ("Tobyl Kostanay", 35),
        ("FK Atyrau", 28),
        ("Zhetysu Taldykorgan", 22),
        ("FK Taraz", 21),
        ("Vostok Öskemen", 20),
        ("FK Akzhayik", 19),
    ]


def test_moldova_super_liga_second_phase_from_nothing(full: Store) -> None:
    # 2023-24: Sheriff's eleven-point lead after Phase I counted for nothing; Petrocub champions,
    # Sheriff second, Zimbru and Milsami into the Conference League (de.wikipedia, ofenziva.ffa.hr)
    assert [club for club, _ in top(full, "md.1", "2023-24", 4, modelled=True)] == [
        "CS Petrocub",
        "FC Sheriff",
        "FC Zimbru",
        "FC Milsami",
    ]
    assert champion_of(full, "md.1", "2023-24") == "CS Petrocub"
    assert champion_of(full, "md.1", "2022-23") == "FC Sheriff"


def test_armenia_2019_20_every_result_carried(full: Store) -> None:
    # Ararat-Armenia 52 points from 28 games; Noah second, Alashkert third (en.wikipedia, es.wikipedia)
    assert [club for club, _ in top(full, "am.1", "2019-20", 3, modelled=True)] == [
        "FC Ararat-Armenia",
        "FC Noah",
        "FC Alashkert",
    ]
    assert top(full, "am.1", "2019-20", 1)[0][1] == 52
    assert champion_of(full, "am.1", "2019-20") == "FC Ararat-Armenia"
