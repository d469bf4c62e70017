"""Walkovers found in the whole corpus (``[[walkover]]`` of data/awarded.toml): awarded matches never
played, marked (``Match.extra["walkover"]``), counted in tables, left out of the opponents' managers'
records and named in their spells' ``walkovers``."""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.tables import competition_table
from touchline.model import Status
from touchline.reference import awarded
from touchline.store import Store
from touchline.store.read import matches
from touchline.views.listing import match_dict, score_text


def test_super_lig_2022_23_earthquake_withdrawals(full: Store) -> None:
    # Gaziantep FK and Hatayspor withdrew after the earthquakes of 6 February 2023; "the Turkish Football
    # Federation (TFF) has decided that all such clubs will be deemed defeated (3-0) in the remaining
    # matches" (trt.global, February 2023), the matches played before standing. After the 36th round
    # (tuttonapoli.net, 30 May 2023): "Galatasaray 82 / Fenerbahçe 77 / Besiktas 74 / Adana Demirspor 66
    # ... Gaziantep 25* / Hatayspor 23* (*Gaziantep e Hatayspor si sono ritirate dal campionato)";
    # Galatasaray "34 maçta 26 galibiyet, 4 beraberlik ve 4 yenilgi ... 77 gol atıp kalesinde 27 gol
    # gördü" (yenibirgazete.com, May 2023). The table counts the walkovers.
    table = competition_table(full, "tr.1", "2022-23", as_of=dt.date(2023, 5, 31))
    assert [(r.club, r.points) for r in table.rows[:4]] == [
        ("Galatasaray", 82),
        ("Fenerbahçe", 77),
        ("Beşiktaş", 74),
        ("Adana Demirspor", 66),
    ]
    gala = table.row("Galatasaray")
    assert (gala.played, gala.won, gala.drawn, gala.lost, gala.gf, gala.ga) == (34, 26, 4, 4, 77, 27)
    assert (table.row("Gaziantep FK").points, table.row("Hatayspor").points) == (25, 23)
    season = matches(full, competitions=["tr.1"], season="2022-23")
    walkovers = [m for m in season if m.extra.get("walkover")]
    assert len(walkovers) == 29 and min(m.date for m in walkovers) == dt.date(2023, 3, 5)
    assert all(m.status is Status.AWARDED and {"Gaziantep FK", "Hatayspor"} & {m.home, m.away} for m in walkovers)
    # their last played match, Gaziantep FK 4-1 Hatayspor of 1 February 2023, stays a match
    (derby,) = [m for m in season if m.date == dt.date(2023, 2, 1) and m.home == "Gaziantep FK"]
    assert derby.status is Status.PLAYED and not derby.extra.get("walkover")
    # Galatasaray's last match "hätte Galatasaray laut Spielplan gegen Hatayaspor gespielt ... alle Partien
    # werden mit 3:0 für den Gegner gewertet" (junge Welt, 31 May 2023): Okan Buruk's record leaves it
    # out, and the 3-0 at Gaziantep of 5 March
    spell = spell_of(full, "Okan Buruk", "Galatasaray")
    assert [m.date for m in spell.walkovers] == [dt.date(2023, 3, 5), dt.date(2023, 6, 6)]
    assert spell.record.played == len([m for m in spell.matches if m.counts]) - 2
    montella = spell_of(full, "Vincenzo Montella", "Adana Demirspor")
    assert [(m.date, m.away) for m in montella.walkovers] == [
        (dt.date(2023, 3, 5), "Hatayspor"),
        (dt.date(2023, 4, 8), "Gaziantep FK"),
    ]
    # TFF 1. Lig: Adanaspor and Yeni Malatyaspor withdrew under the same rule, 14 fixtures each
    second = matches(full, competitions=["tr.2"], season="2022-23")
    assert sum(1 for m in second if m.extra.get("walkover")) == 28


def test_concacaf_2022_cavaly_never_came(full: Store) -> None:
    # "The Revs' matches against AS Cavaly were supposed to have been the club's first competitive
    # matches of 2022. Instead, New England will take the pitch for a meaningful game for the first time
    # in its MLS opener on Feb. 26 against the Portland Timbers" (Field Level Media, February 2022).
    cup = matches(full, competitions=["concacaf.cl"], season="2022")
    walkovers = [m for m in cup if m.extra.get("walkover")]
    assert [(m.date, m.home, m.away) for m in walkovers] == [
        (dt.date(2022, 2, 18), "Cavaly AS", "New England Revolution"),
        (dt.date(2022, 2, 23), "New England Revolution", "Cavaly AS"),
    ]
    assert score_text(walkovers[1]) == "3–0 (not played, awarded)" and match_dict(walkovers[1])["walkover"] is True
    spell = spell_of(full, "Bruce Arena", "New England Revolution")
    assert spell.walkovers == tuple(walkovers)
    counted = [m for m in spell.matches if m.counts and not m.extra.get("walkover") and m.date.year == 2022]
    first = min(counted, key=lambda m: m.date)
    assert (first.date, first.home) == (dt.date(2022, 2, 26), "Portland Timbers")


def test_serie_c_2018_19_forfeits_and_a_played_awarded_match(full: Store) -> None:
    # Pro Piacenza lost 0-20 at Cuneo on 17 February 2019 with seven teenagers, a match played and then
    # given 0-3, and was excluded ("quelle del girone di ritorno saranno tutte considerate perse per 3-0 a
    # tavolino", calciomercato.it, February 2019): the walkovers start after it. Matera forfeited at
    # Catania (23 January), played Vibonese (1-6, 27 January) with its youth team and forfeited all the
    # rest ("tutte le gare di calendario ancora da disputarsi del Matera verranno considerate come
    # perdute", economiaesport.it, 15 February 2019).
    group_a = matches(full, competitions=["it.3.a"], season="2018-19")
    (cuneo,) = [m for m in group_a if m.date == dt.date(2019, 2, 17) and "Pro Piacenza" in (m.home, m.away)]
    assert cuneo.status is Status.AWARDED and not cuneo.extra.get("walkover")
    assert sum(1 for m in group_a if m.extra.get("walkover")) == 15
    group_c = matches(full, competitions=["it.3.c"], season="2018-19")
    matera = [m for m in group_c if "Matera Calcio" in (m.home, m.away) and m.date >= dt.date(2019, 1, 23)]
    assert [m.date for m in matera if not m.extra.get("walkover")] == [dt.date(2019, 1, 27)]
    assert len([m for m in matera if m.extra.get("walkover")]) == 15


def test_k_league_2012_sangju_boycott(full: Store) -> None:
    # "The Phoenix have had all of their 14 second-half matches declared losses after they boycotted
    # them" (Korea JoongAng Daily, 27 November 2012); the first, Daegu v Sangju of 16 September 2012.
    season = matches(full, competitions=["kr.1"], season="2012")
    walkovers = [m for m in season if m.extra.get("walkover")]
    assert len(walkovers) == 14 and min(m.date for m in walkovers) == dt.date(2012, 9, 16)
    assert all("Sangju Sangmu" in (m.home, m.away) for m in walkovers)
    assert len([m for m in season if "Sangju Sangmu" in (m.home, m.away) and not m.extra.get("walkover")]) == 30
    assert competition_table(full, "kr.1", "2012").row("Sangju Sangmu").played == 44


def test_every_walkover_entry_marks_a_match(full: Store) -> None:
    # a club misspelt or a date after the last match would leave an entry marking nothing
    for entry in awarded.walkovers():
        season = matches(full, competitions=[entry.competition], season=entry.season)
        marked = [m for m in season if m.extra.get("walkover") and entry.club in (m.home, m.away)]
        assert marked, f"{entry.competition} {entry.season} {entry.club}: no match marked"
        assert all(m.status is Status.AWARDED for m in marked)
