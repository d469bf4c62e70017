"""Tie-breaks checked against published tables at stop 30: the Süper Lig's three-way head-to-head."""

from __future__ import annotations

from touchline.api.tables import competition_table
from touchline.store import Store


def _order(full: Store, competition: str, season: str, positions: range) -> list[tuple[int, str, int]]:
    table = competition_table(full, competition, season)
    return [(r.position, r.club, r.points) for r in table.rows if r.position in positions]


def test_super_lig_2007_08_three_way_head_to_head(full: Store) -> None:
    # tr.wikipedia "2007-08 Süper Lig": "Ligi aynı puanda tamamlayan üç takım arasında yapılan üçlü averaj
    # hesaplaması sonucunda; 2. olan Fenerbahçe ..., 3. olan Beşiktaş ... ve 4. sırayı alan Sivasspor";
    # fr.wikipedia (fr-academic.com): "16. Vestel Manisaspor 29 ... 17. Rizespor 29 ... 18. Kasimpaşaspor
    # 29". Before (goal difference first): Sivasspor 3rd (+28) above Beşiktaş (+26), Kasımpaşa 17th.
    assert _order(full, "tr.1", "2007-08", range(2, 5)) == [
        (2, "Fenerbahçe", 73),
        (3, "Beşiktaş", 73),
        (4, "Sivasspor", 73),
    ]
    assert _order(full, "tr.1", "2007-08", range(16, 19)) == [
        (16, "Manisaspor", 29),
        (17, "Çaykur Rizespor", 29),
        (18, "Kasımpaşa SK", 29),
    ]


def test_super_lig_2016_17_and_2014_15(full: Store) -> None:
    # en.wikipedia "2016–17 in Turkish football" (encycloreader.org): "9 Konyaspor ... 43, 10 Kasımpaşa ...
    # 43, 11 Kardemir Karabükspor ... 43", "13 Osmanlıspor ... 38, 14 Bursaspor ... 38, 15 Kayserispor ...
    # 38" (Osmanlıspor is Ankaraspor in the data). Before: Kasımpaşa 9th, Kayserispor 14th.
    assert [club for _, club, _ in _order(full, "tr.1", "2016-17", range(9, 16))] == [
        "Konyaspor",
        "Kasımpaşa SK",
        "Karabükspor",
        "Alanyaspor",
        "Ankaraspor",
        "Bursaspor",
        "Kayserispor",
    ]
    # de.wikipedia "Süper Lig 2014/15": Europa League qualifiers Beşiktaş, Başakşehir and Trabzonspor,
    # 5th on 57 above Bursaspor (before: Bursaspor 5th on goal difference)
    assert _order(full, "tr.1", "2014-15", range(5, 7)) == [(5, "Trabzonspor", 57), (6, "Bursaspor", 57)]
