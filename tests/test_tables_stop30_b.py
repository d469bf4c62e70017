"""A regular season played in groups that never meet is ranked group by group.

:func:`touchline.compute.tables.prepare_sorted` gave the regular season no groups, only later stages,
so the Chinese Super League of 2020 (two groups of eight, 14 games each, in Dalian and Suzhou) and
Argentina's Copa de la Liga Profesional 2020 (ar.1 2020: six zones of four) came out as one table of
16 and 24 clubs. A regular season whose clubs form separate round robins (:func:`round_robins`: two
groups or more, each of three clubs or more who all meet) is now ranked by group, rows labelled "A",
"B", ... (touchline's labels, in the order of the groups' first club by name, not the competition's
names); its final standings keep each group's places, a stage after it leaving them as they are,
and where a club stood on a day reads "3rd of 8, group A".
"""

from __future__ import annotations

import datetime as dt

from tests.madeup import made_up
from touchline.api.tables import competition_table, spell_positions
from touchline.compute.standings import final_standings
from touchline.compute.tables import LeagueTable, round_robins, season_tables
from touchline.compute.titles import champion
from touchline.model import Match
from touchline.reference.rules import Rules
from touchline.store import Store
from touchline.store.read import season_matches

RULES = Rules(competition="xx.1", season="2020")


def match(day: int, home: str, away: str, score: tuple[int, int], *, stage: str | None = None) -> Match:
    """A played match on day ``day`` of 2020 (1 = 1 January)."""
    return made_up(day, home, away, score, season="2020", year=2020, stage=stage)


def _groups(table: LeagueTable) -> dict[str, list[tuple[str, int, int]]]:
    """The table's rows by group: (club, position, points) in order."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for row in table.rows:
        out.setdefault(str(row.group), []).append((row.club, row.position, row.points))
    return out


def _two_triangles() -> list[Match]:
    """Two groups of three (A, B, C and D, E, F), each a single round robin."""
    return [
        match(1, "A", "B", (2, 0)),
        match(1, "D", "E", (1, 1)),
        match(2, "B", "C", (1, 0)),
        match(2, "E", "F", (0, 3)),
        match(3, "C", "A", (0, 1)),
        match(3, "F", "D", (2, 2)),
    ]


def test_round_robins_are_groups_that_never_meet() -> None:
    assert sorted(sorted(g) for g in round_robins(_two_triangles())) == [["A", "B", "C"], ["D", "E", "F"]]
    # one league (every club linked to the others): no groups
    assert round_robins([*_two_triangles(), match(4, "A", "D", (0, 0))]) == []
    # a pair of clubs meeting no one else is no group: one table
    assert round_robins([*_two_triangles()[:2], match(4, "X", "Y", (1, 0))]) == []
    # a group whose clubs do not all meet (A never met C) is no round robin: one table
    assert round_robins([m for m in _two_triangles() if {m.home, m.away} != {"A", "C"}]) == []


def test_regular_season_in_groups_is_ranked_by_group() -> None:
    table = final_standings(_two_triangles(), RULES)
    # D, E, F: F 4 points (a win and a draw), D 2, E 1; A, B, C: A 6, B 3, C 0
    assert _groups(table) == {
        "A": [("A", 1, 6), ("B", 2, 3), ("C", 3, 0)],
        "B": [("F", 1, 4), ("D", 2, 2), ("E", 3, 1)],
    }
    assert [t.rows[0].group for t in season_tables(_two_triangles(), RULES, venues=("all", "home"))] == ["A", "A"]


def test_a_playoff_between_groups_moves_no_club() -> None:
    # B, 2nd of group A, and E, 3rd of group B, both on 3 points, play a stage the rules do not model:
    # clubs of different groups are no neighbours of one table, and the play-off moves neither
    matches = [
        match(1, "A", "B", (2, 0)),
        match(1, "D", "E", (3, 0)),
        match(2, "B", "C", (1, 0)),
        match(2, "E", "F", (1, 0)),
        match(3, "C", "A", (0, 1)),
        match(3, "F", "D", (1, 0)),
        match(10, "B", "E", (0, 1), stage="Play-off"),
    ]
    table = final_standings(matches, RULES)
    # group B: D, F and E on 3 points each, goal difference +2, 0 and -2
    assert _groups(table) == {
        "A": [("A", 1, 6), ("B", 2, 3), ("C", 3, 0)],
        "B": [("D", 1, 3), ("F", 2, 3), ("E", 3, 3)],
    }
    assert not any(row.shared for row in table.rows)
    assert not any("won the play-off" in note for note in table.notes)


def test_chinese_super_league_2020_two_groups(full: Store) -> None:
    table = competition_table(full, "cn.1", "2020")
    groups = _groups(table)
    assert len(groups) == 2 and all(len(g) == 8 for g in groups.values())
    assert all(row.played == 14 for row in table.rows)
    # the Suzhou group's final table (bongdalu.mobi, "VĐQG Trung Quốc" 2020, first stage): "1 East Asia
    # ThượngHải FC 14 10 2 2 ... 32, 2 Guoan Bắc Kinh 14 8 4 2 ... 28, 3 Chongqing SWM Motors 14 7 3 4 ...
    # 24, 4 HàBắc HX Xingfu 14 7 3 4 ... 24, 5 Wuhan ZALL 14 5 2 7 ... 17, 6 Shijiazhuang YongChang FC 14
    # 4 5 5 ... 17, 7 Qingdao Hainiu 14 2 4 8 ... 10, 8 Teda Thiên Tân 14 0 3 11 ... 3"
    assert groups["A"] == [
        ("Shanghai Port FC", 1, 32),  # as the store names the club (Shanghai SIPG in 2020)
        ("Beijing Guoan", 2, 28),
        ("Chongqing Lifan", 3, 24),
        ("Hebei China Fortune", 4, 24),
        ("Wuhan Zall FC", 5, 17),
        ("Cangzhou Mighty Lions", 6, 17),  # Shijiazhuang Ever Bright in 2020
        ("Qingdao FC", 7, 10),
        ("Tianjin Jinmen Tiger", 8, 3),
    ]
    # the Dalian group (ro.frwiki.wiki "Championnat de Chine de football 2020", Grupa A, places after
    # day 14: Guangzhou Evergrande Taobao 1, Jiangsu Suning 2, Shandong Luneng Taishan 3, Shenhua 4;
    # Reuters, 27 August 2020: "Group A leaders Guangzhou Evergrande")
    assert [club for club, _, _ in groups["B"][:4]] == [
        "Guangzhou FC",  # as the store names the clubs (Guangzhou Evergrande Taobao in 2020)
        "Jiangsu Suning",
        "Shandong Taishan",
        "Shanghai Shenhua",
    ]
    assert groups["B"][0][2] == 34 and groups["B"][-1] == ("Henan Jianye", 8, 6)
    # the regular season's table alone is the same; the title was the play-offs' (Jiangsu Suning beat
    # Guangzhou Evergrande in the final, en.wikipedia "2020 Chinese Super League"), not a group's
    regular = competition_table(full, "cn.1", "2020", stage="Regular Season")
    assert _groups(regular) == groups
    assert champion(season_matches(full, "cn.1", "2020"), regular.rules) is None


def test_chinese_super_league_2021_after_matchday_11(full: Store) -> None:
    # weltfussball.at, CSL 2021 "Spieltag 11": group 1 "Shandong Taishan 11 7 3 1 21:6 15 24", "Guangzhou
    # FC 11 6 3 2 27:13 14 21", "Shenzhen FC 11 6 3 2 19:11 8 21"; group 2 "Changchun Yatai 11 6 4 1
    # 17:8 9 22", "Shanghai Port FC 11 6 4 1 22:6 16 22", "Beijing Guoan 11 6 2 3 16:12 4 20", ...
    # "Tianjin Jinmen Tiger 11 1 2 8 7:26 -19 5"
    groups = _groups(competition_table(full, "cn.1", "2021", matchday=11))
    assert groups["B"][:3] == [("Shandong Taishan", 1, 24), ("Guangzhou FC", 2, 21), ("Shenzhen FC", 3, 21)]
    assert groups["A"][:3] == [("Changchun Yatai", 1, 22), ("Shanghai Port FC", 2, 22), ("Beijing Guoan", 3, 20)]
    assert groups["A"][-1] == ("Tianjin Jinmen Tiger", 8, 5)
    # Bilić left Beijing Guoan on 31 August 2021 (his people file), after the first stage: 3rd of 8 in
    # its group (by hand: Changchun Yatai and Shanghai Port 28 points after 14 games, Guoan 24, Hebei
    # 23), no longer 6th of 16 (the table of both groups as one)
    left = spell_positions(full, "Beijing Guoan", "cn.1", dt.date(2021, 1, 13), dt.date(2021, 8, 31)).departure
    assert left is not None
    assert (left.position, left.clubs, left.stage) == (3, 8, "group A")


def test_copa_de_la_liga_profesional_2020_six_zones(full: Store) -> None:
    table = competition_table(full, "ar.1", "2020")
    groups = _groups(table)
    # the draw (diariolaopinion.com.ar, 17 October 2020): "Racing, Atlético Tucumán, Arsenal y Unión
    # (Grupo 1); Independiente, Defensa y Justicia, Central Córdoba ... y Colón de Santa Fe (Grupo 2);
    # River, Godoy Cruz, Banfield y Rosario Central (Grupo 3); Boca, Lanús, Talleres y Newell's Old Boys
    # (Grupo 4); San Lorenzo, Argentinos Juniors, Aldosivi y Estudiantes LP (Grupo 5) y Vélez, Huracán,
    # Patronato y Gimnasia LP (Grupo 6)"
    assert sorted(sorted(club for club, _, _ in g) for g in groups.values()) == [
        ["Aldosivi", "Argentinos Juniors", "Estudiantes", "San Lorenzo"],
        ["Arsenal de Sarandí", "Atlético Tucumán", "Racing Club", "Unión de Santa Fe"],
        ["Banfield", "Godoy Cruz", "River Plate", "Rosario Central"],
        ["Boca Juniors", "Lanús", "Newell's Old Boys", "Talleres de Córdoba"],
        ["Central Córdoba SdE", "Colón de Santa Fe", "Defensa y Justicia", "Independiente"],
        ["Gimnasia de La Plata", "Huracán", "Patronato de Paraná", "Vélez Sarsfield"],
    ]
    # final tables (ro.frwiki.wiki "Coupe de la Ligue professionnelle argentine de football 2020"):
    # "1 Atlético Tucumán 18 6 6 0 0 19 8 +11, 2 Arsenal 7 6 2 1 3 8 8 0, 3 Uniune 7 6 2 1 3 9 11 -2,
    # 4 Racing Club 3 6 1 0 5 2 11 -9"; "1 Colon 13 6 4 1 1 11 3 +8, 2 Independiente 12 6 3 3 0 5 2 +3,
    # 3 Central Cordoba 5 6 1 2 3 5 9 -4, 4 Defensa y Justicia 2 6 0 2 4"
    tucuman = next(g for g in groups.values() if g[0][0] == "Atlético Tucumán")
    assert tucuman == [
        ("Atlético Tucumán", 1, 18),
        ("Arsenal de Sarandí", 2, 7),
        ("Unión de Santa Fe", 3, 7),
        ("Racing Club", 4, 3),
    ]
    row = table.row("Arsenal de Sarandí")
    assert (row.won, row.drawn, row.lost, row.gf, row.ga) == (2, 1, 3, 8, 8)
    colon = next(g for g in groups.values() if g[0][0] == "Colón de Santa Fe")
    assert colon == [
        ("Colón de Santa Fe", 1, 13),
        ("Independiente", 2, 12),
        ("Central Córdoba SdE", 3, 5),
        ("Defensa y Justicia", 4, 2),
    ]
