"""Awarded matches the data gives 0-0, and who they went to (``data/awarded.toml``): a win and a loss
in tables, records and ties, the goals as the data gives them (none)."""

from __future__ import annotations

import datetime as dt

import pytest

from touchline.api.tables import competition_table
from touchline.compute.records import outcome
from touchline.compute.ties import _single
from touchline.errors import DataError
from touchline.model import Match, Score, Status
from touchline.reference import awarded
from touchline.store import Store
from touchline.store.read import matches


def test_ukrainian_premier_league_2015_16_metalurh_withdrawn(full: Store) -> None:
    # allplayers.in.ua, "Премьер-лига Украины по футболу 2015-2016": "1 | Динамо Киев | 26 | 23 | 1 | 2 |
    # 54 - 11 | +43 | 70", "2 | Шахтер Донецк ... 63", "5 | Ворскла Полтава | 26 | 11 | 9 | 6 ... 42",
    # "13 | Говерла Ужгород ... 16", "14 | Металлург Запорожье | 26 | 0 | 3 | 23 | 7 - 50 | -43 | 3 |
    # ... Клуб снялся с соревнований". The data gives Metalurh's last ten matches 0-0 [awarded]: as
    # draws, Dynamo had 68 points and Metalurh 13.
    table = competition_table(full, "ua.1", "2015-16")
    assert [(r.position, r.club, r.points) for r in table.rows] == [
        (1, "Dynamo Kyiv", 70),
        (2, "Shakhtar Donetsk", 63),
        (3, "Dnipro Dnipropetrovsk", 53),
        (4, "Zorya Lugansk", 48),
        (5, "Vorskla Poltava", 42),
        (6, "FK Oleksandriya", 38),
        (7, "Karpaty Lviv", 30),
        (8, "FK Stal Kamjanske", 29),
        (9, "Olimpik Donetsk", 25),
        (10, "Metalist Kharkiv", 24),
        (11, "Chernomorets Odessa", 22),
        (12, "Volyn Lutsk", 20),
        (13, "Hoverla Uzhgorod", 16),
        (14, "Metalurg Zaporizhya", 3),
    ]
    dynamo = table.row("Dynamo Kyiv")
    assert (dynamo.won, dynamo.drawn, dynamo.lost, dynamo.gf, dynamo.ga) == (23, 1, 2, 54, 11)
    metalurh = table.row("Metalurg Zaporizhya")
    assert (metalurh.won, metalurh.drawn, metalurh.lost, metalurh.gf, metalurh.ga) == (0, 3, 23, 7, 50)


def test_bastia_lyon_2017_lost_by_penalty(full: Store) -> None:
    # foot01.com, May 2017, after the LFP's decision on Bastia v Lyon (16 April 2017): "Lyon possède
    # désormais 60 points et quatre longueurs d'avance sur Bordeaux"; maxifoot.fr, 5 May 2017: "A trois
    # journées de la fin, Bastia occupe la 20e et dernière place de Ligue 1 à deux points de la 17e
    # place"; corse-sport.corsica: the win given to Lyon "sans perte de goal-average" (no goals).
    table = competition_table(full, "fr.1", "2016-17", as_of=dt.date(2017, 5, 4))
    assert (table.row("Olympique Lyonnais").points, table.row("Girondins Bordeaux").points) == (60, 56)
    assert (table.rows[-1].club, table.rows[-1].points, table.rows[16].points) == ("SC Bastia", 31, 33)
    (match,) = [
        m
        for m in matches(full, competitions=["fr.1"], season="2016-17")
        if m.date == dt.date(2017, 4, 16) and m.home == "SC Bastia"
    ]
    assert (match.status, match.ft, match.awarded_to) == (Status.AWARDED, Score(0, 0), "away")
    assert outcome(match, "Olympique Lyonnais") == "W" and outcome(match, "SC Bastia") == "L"


def test_an_awarded_single_match_tie_goes_to_its_side() -> None:
    match = Match(dt.date(2020, 1, 1), "A", "B", "xx.cup", "2019-20", Score(0, 0), status=Status.AWARDED)
    assert _single(match) is None  # the data alone names no winner
    won = Match(
        dt.date(2020, 1, 1), "A", "B", "xx.cup", "2019-20", Score(0, 0), status=Status.AWARDED, awarded_to="away"
    )
    assert _single(won) == ("B", "awarded (0–0)")


def test_a_broken_entry_names_the_file_and_entry() -> None:
    entry = ('competition = "fr.1"', 'season = "2016-17"', 'against = "SC Bastia"', 'date = "16 April"')
    with pytest.raises(DataError, match=r"touchline/data/awarded.toml: \[\[awarded\]\] 1: date must be a date"):
        awarded.parse("\n".join(("[[awarded]]", *entry, 'source = "x"')))
    with pytest.raises(DataError, match=r"\[\[awarded\]\] 1: unknown key 'winner'"):
        awarded.parse("\n".join(("[[awarded]]", *entry[:3], 'winner = "home"', 'source = "x"')))


def test_the_shipped_entries_are_sourced() -> None:
    entries = awarded.awards()
    assert {(a.competition, a.season) for a in entries} >= {("fr.1", "2016-17"), ("ua.1", "2015-16")}
    assert all(a.source for a in entries)
