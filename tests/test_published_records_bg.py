"""Published records of managers of probe BG (Liga MX, MLS, the J1 League, the Chinese Super League and the
K League 1), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or part of one, that the store
holds whole, or whose only missing matches are the ones the store names, counted by hand. MLS publishes a
coach's record as wins-losses-ties of the regular season (the MLS is Back Tournament's group stage of 2020
counted in it) and of the MLS Cup playoffs apart: the store's Major League Soccer matches are split by
their stage to compare.
"""

from __future__ import annotations

import datetime as dt

from tests.published import MLS, mls_playoff, mls_wlt, spell_of
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.records import record
from touchline.store import Store


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def _regular(spell: SpellRecord) -> tuple[int, int, int]:
    """The regular-season W-L-T of the spell's MLS matches."""
    return mls_wlt((m for m in spell.matches if not mls_playoff(m)), spell.spell.team)


def test_cocca_at_atlas_14_matches_to_january_2021_and_97_with_the_two_super_cups(full: Store) -> None:
    # informador.mx, 19 January 2021: "Diego Cocca tiene 14 partidos dirigidos con los Zorros, de los
    # cuales ha ganado solamente tres, empatado tres y perdido ocho" (from his debut, 1-0 v Querétaro on
    # 22 August 2020, noroeste.com.mx: the 16 August draw at Santos Laguna was before it, rpp.pe/EFE).
    # tercerelemento.com.mx, 1-2 October 2022, at his farewell: "Diego Cocca, que dirigió 97 partidos con
    # el Atlas": the store's 95 Liga MX matches and the two it names, counted by hand: the Supercopa de la
    # Liga MX, 2-2 v Cruz Azul on 26 June 2022, lost 3-4 on penalties (en.wikipedia "Supercopa de la Liga
    # MX"; elperiodicousa.com, EFE), a draw as touchline counts a shoot-out; the Campeones Cup, 0-2 at New
    # York City FC on 14 September 2022 (mlssoccer.com, 14 September 2022).
    spell = spell_of(full, "Diego Cocca", "Atlas Guadalajara")
    first = record([m for m in spell.matches if m.counts and m.date <= dt.date(2021, 1, 19)], spell.spell.team)
    assert (first.played, first.won, first.drawn, first.lost) == (14, 3, 3, 8)
    assert _gwdl(spell) == (95, 35, 25, 35)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("mx.supercopa", "2022"),
        ("concacaf.campeones", "2022"),
    }
    # each named edition is one match the store lacks
    assert spell.record.played + len(spell.gaps) == 97


def test_ortiz_at_america_55_matches_32_14_9(full: Store) -> None:
    # americamonumental.bolavip.com, 31 May 2023: "acumuló un total de 55 direcciones de campo, en las
    # cuales obtuvo un rendimiento de: 32 victorias, 14 empates y 9 derrotas" (tribunademexico.com, May
    # 2023: "perdió 9 de 55 encuentros"): interim from 3 March 2022, ratified on 27 May 2022 (EFE), resigned
    # after the semi-final against Guadalajara on 21 May 2023 (publinews.gt).
    interim, permanent = manager_record(full, "Fernando Ortiz").spells
    assert interim.coverage == permanent.coverage == "full"
    total = tuple(a + b for a, b in zip(_gwdl(interim), _gwdl(permanent), strict=True))
    assert total == (55, 32, 14, 9)


def test_armas_at_new_york_29_21_11_in_the_regular_season(full: Store) -> None:
    # AP (sheltonherald.com, federalnewsnetwork.com), 4 September 2020, "New York Red Bulls fire coach Chris
    # Armas after poor start": "He had a 29-21-11 record overall" (dailyrecord.com the same day: "The Red
    # Bulls earned 29-21-11 record and two playoff berths under Armas"); promoted on 6 July 2018 (abc7ny.com).
    spell = spell_of(full, "Chris Armas", "New York RB", MLS)
    assert spell.coverage == "full"
    assert _regular(spell) == (29, 21, 11)


def test_neville_at_inter_miami_31_41_11_in_mls(full: Store) -> None:
    # ESPN (miamisaves.org), 1 June 2023: "His tenure ends with a record in MLS of 31W-11D-41L"; Reuters
    # (dailymail.co.uk), 2 June 2023: "He went 31-41-11 in his two-plus seasons heading up Miami". The
    # regular season's 83 matches; the play-off defeat of 2022 (0-3 at New York City FC) apart.
    spell = spell_of(full, "Phil Neville", "Inter Miami CF", MLS)
    assert spell.coverage == "full"
    assert len([m for m in spell.matches if not mls_playoff(m)]) == 83
    assert _regular(spell) == (31, 41, 11)


def test_henry_at_montreal_8_13_2_and_the_play_in_defeat(full: Store) -> None:
    # AP (taiwannews.com.tw, sandiegouniontribune.com), 25 February 2021, "Thierry Henry resigns as coach of
    # Montreal in MLS": "His team had eight wins, 13 losses and two draws in the pandemic-shortened season
    # ... Montreal lost to New England 2-1 in the postseason play-in round".
    spell = spell_of(full, "Thierry Henry", "CF Montréal", MLS)
    assert spell.coverage == "full"
    assert _regular(spell) == (8, 13, 2)
    assert mls_wlt((m for m in spell.matches if mls_playoff(m)), spell.spell.team) == (0, 1, 0)


def test_kim_ki_dong_pohang_second_in_2023_with_16_16_6(full: Store) -> None:
    # totosite.xyz, December 2023 ("A satisfying year, says Pohang coach Kim Ki-dong"): "Pohang's final record
    # is second (16 wins, 16 draws, 6 losses, 64 points)" in the K League 1 2023.
    spell = spell_of(
        full, "Kim Ki-dong", "Pohang Steelers", Filters(competitions=("kr.1",), date_from=dt.date(2023, 1, 1))
    )
    assert spell.coverage == "full"
    assert _gwdl(spell) == (38, 16, 16, 6)


def test_petrovic_at_urawa_9_2_9_in_the_j1_of_2017(full: Store) -> None:
    # mbn.co.kr (MK Sports), 30 July 2017, on his sacking the day after a 2-0 defeat at Consadole Sapporo:
    # "9승 2무 9패(승점 29점)" (japantimes.co.jp the same day: "eighth in the J1 standings ... With 14 games
    # remaining").
    spell = spell_of(
        full,
        "Mihailo Petrović",
        "Urawa Red Diamonds",
        Filters(competitions=("jp.1",), date_from=dt.date(2017, 1, 1)),
    )
    assert spell.coverage == "full"
    assert _gwdl(spell) == (20, 9, 2, 9)
    assert 3 * spell.record.won + spell.record.drawn == 29


def test_stielike_at_tianjin_one_point_from_five_in_2020(full: Store) -> None:
    # augsburger-allgemeine.de and nau.ch (dpa), 19 August 2020, Tianjin Teda part with him: "Tianjin holte
    # in den ersten fünf Spielen der Super-League-Saison 2020 nur einen Punkt".
    spell = spell_of(
        full,
        "Uli Stielike",
        "Tianjin Jinmen Tiger",
        Filters(competitions=("cn.1",), date_from=dt.date(2020, 1, 1)),
    )
    assert spell.coverage == "full"
    assert spell.record.played == 5
    assert 3 * spell.record.won + spell.record.drawn == 1
