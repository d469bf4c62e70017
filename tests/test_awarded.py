"""Awarded matches the data gives 0-0, and who they went to (``data/awarded.toml``): a win and a loss
in tables, records and ties, the goals as the data gives them (none)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.api.tables import competition_table
from touchline.compute.records import outcome
from touchline.compute.ties import _single
from touchline.errors import DataError
from touchline.model import Match, Score, Status
from touchline.reference import awarded
from touchline.store import Store
from touchline.store.read import matches
from touchline.views.listing import match_dict, score_text
from touchline.views.manager import manager_report


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


def test_walkovers_count_in_tables_not_in_managers_records(full: Store) -> None:
    # Segunda 2018-19: CF Reus Deportiu, expelled in January 2019, played none of its second-half fixtures,
    # each given to the opponent 1-0 (abc.es, 28 January 2019: "todos concluyan el campeonato con 41
    # partidos jugados en lugar de los 42"). The table counts them: Reus last on 0 points after the
    # expulsion ("El Reus ocupa l'última posició amb zero punts", diaridegirona.cat, 8 February 2019);
    # Osasuna champions on 87 (en.wikipedia "2018–19 Segunda División": "Osasuna (C, P) 42 26 9 7 ... 87").
    table = competition_table(full, "es.2", "2018-19")
    assert (table.rows[0].club, table.rows[0].played, table.rows[0].points) == ("CA Osasuna", 42, 87)
    season = matches(full, competitions=["es.2"], season="2018-19")
    walkovers = [m for m in season if m.extra.get("walkover")]
    assert len(walkovers) == 21 and min(m.date for m in walkovers) == dt.date(2019, 1, 19)
    assert all(m.status is Status.AWARDED and "CF Reus Deportiu" in (m.home, m.away) for m in walkovers)
    # the first half's matches against Reus were played and stay as they are
    assert not [m for m in season if "CF Reus Deportiu" in (m.home, m.away) and m.date < dt.date(2019, 1, 19)
                and m.extra.get("walkover")]  # fmt: skip
    (osasuna,) = [m for m in walkovers if m.date == dt.date(2019, 5, 12)]
    assert score_text(osasuna) == "1–0 (not played, awarded)"
    assert match_dict(osasuna)["walkover"] is True
    # a manager's record leaves it out and says so; Metalurh's technical defeats of 2016 likewise
    spell = spell_of(full, "Jagoba Arrasate", "CA Osasuna", Filters(date_to=dt.date(2019, 6, 30)))
    assert [m.date for m in spell.walkovers] == [dt.date(2019, 5, 12)]
    assert all(not m.extra.get("walkover") for m in spell.matches if m.counts and m not in spell.walkovers)
    assert spell.record.played == len([m for m in spell.matches if m.counts]) - 1
    report = manager_report(manager_record(full, "Jagoba Arrasate", Filters(date_to=dt.date(2019, 6, 30))))
    assert (
        "CA Osasuna: 1 walkover not counted (awarded, never played): 12 May 2019, CA Osasuna v CF Reus"
        in (report.notes[0])
    )
    ukraine = matches(full, competitions=["ua.1"], season="2015-16")
    assert sum(1 for m in ukraine if m.extra.get("walkover")) == 10


def test_a_broken_walkover_names_the_file_and_entry() -> None:
    head = ("[[walkover]]", 'competition = "es.2"', 'season = "2018-19"')
    with pytest.raises(DataError, match=r"awarded.toml: \[\[walkover\]\] 1: missing 'club'"):
        awarded.parse_walkovers("\n".join((*head, 'source = "x"')))
    with pytest.raises(DataError, match=r"\[\[walkover\]\] 1: from must be a date such as 2019-01-19"):
        awarded.parse_walkovers("\n".join((*head, 'club = "Reus"', 'from = "January"', 'source = "x"')))
    with pytest.raises(DataError, match=r"\[\[walkover\]\] 1: unknown key 'date'"):
        awarded.parse_walkovers("\n".join((*head, 'club = "Reus"', "date = 2019-01-19", 'source = "x"')))
    assert all(w.source and w.start for w in awarded.walkovers())
