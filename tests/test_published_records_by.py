"""Published records of managers of probe BY (head coaches in Denmark's Superliga and Norway's
Eliteserien), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it), taken over league matches the store
holds whole: the store has no Danish or Norwegian cup before 2024-25, so the figures are the press's
Superliga or Eliteserien ones.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.compute.records import record
from touchline.store import Store

SUPERLIGA = ("dk.1",)
ELITESERIEN = ("no.1",)


def _league(
    full: Store, name: str, team: str, codes: tuple[str, ...], date_from: dt.date | None, date_to: dt.date | None
) -> tuple[int, int, int, int, int, int, int]:
    """G, W, D, L, points (three for a win), goals for and against of the spell's league matches in
    the dates, once the store is known to hold all of them."""
    filters = Filters(competitions=codes, date_from=date_from, date_to=date_to)
    spell = spell_of(full, name, team, filters)
    assert spell.coverage == "full"
    r = spell.record
    return (r.played, r.won, r.drawn, r.lost, 3 * r.won + r.drawn, r.goals_for, r.goals_against)


def _first_five_points(full: Store, name: str, team: str, start: dt.date | None = None) -> int:
    """Points (three for a win) of the spell's first five Superliga matches."""
    spell = spell_of(full, name, team, Filters(competitions=SUPERLIGA), start=start)
    assert spell.coverage == "full"
    firsts = sorted((m for m in spell.matches if m.counts), key=lambda m: m.date)[:5]
    r = record(firsts, spell.team_name)
    assert r.played == 5
    return 3 * r.won + r.drawn


def test_henrik_jensen_at_brondby_ten_points_from_his_first_five_superliga_matches(full: Store) -> None:
    # tipsbladet.dk ("Kun Thomas Frank var værre", 2025, from Superstats.dk): "Brøndby-trænernes point
    # efter de første fem Superliga-kampe ... Henrik Jensen: 10 point". He took over with three days to
    # prepare for the 3-1 at SønderjyskE on 28 March 2010 (brondby.com, klubben/historie/2010).
    assert _first_five_points(full, "Henrik Jensen", "Brøndby IF") == 10


def test_henrik_jensen_left_brondby_tenth_with_12_points_from_13_matches(full: Store) -> None:
    # tipsbladet.dk, preview of Brøndby-AaB (30 October 2011), after "fyringen af Henrik Jensen": "holdet
    # ligger nummer 10 med bare 12 point for 13 kampe"
    played, *_, points, _, _ = _league(full, "Henrik Jensen", "Brøndby IF", SUPERLIGA, dt.date(2011, 7, 1), None)
    assert (played, points) == (13, 12)


def test_skarbalius_at_brondby_six_points_from_his_first_five_superliga_matches(full: Store) -> None:
    # tipsbladet.dk ("Kun Thomas Frank var værre"): "Auri Skarbalius: 6 point"
    assert _first_five_points(full, "Aurelijus Skarbalius", "Brøndby IF") == 6


def test_skarbalius_debut_30_october_2011_and_32_superliga_matches_by_october_2012(full: Store) -> None:
    # TV2 Lorry, after the 1-3 at home to AaB (Sunday 7 October 2012): "Han debuterede den 30. oktober
    # sidste år og har stået i spidsen for klubben i 32 superligakampe"
    spell = spell_of(
        full, "Aurelijus Skarbalius", "Brøndby IF", Filters(competitions=SUPERLIGA, date_to=dt.date(2012, 10, 7))
    )
    assert spell.coverage == "full"
    assert spell.record.played == 32
    assert min(m.date for m in spell.matches) == dt.date(2011, 10, 30)


def test_jesper_sorensen_at_brondby_nine_points_from_his_first_five_superliga_matches(full: Store) -> None:
    # tipsbladet.dk ("Kun Thomas Frank var værre"): "Jesper Sørensen: 9 point"
    assert _first_five_points(full, "Jesper Sørensen", "Brøndby IF") == 9


def test_birk_at_brondby_six_points_from_his_first_five_superliga_matches_as_head_coach(full: Store) -> None:
    # tipsbladet.dk, March 2025 ("Kun Thomas Frank var værre"): "Frederik Birk har hentet seks point i
    # sine første fem Superliga-kampe som permanent Brøndby-træner"
    assert _first_five_points(full, "Frederik Birk", "Brøndby IF", start=dt.date(2025, 1, 8)) == 6


def test_birk_as_brondby_caretaker_one_match_the_4_2_over_agf_in_the_cup(full: Store) -> None:
    # mbl.is, 8 January 2025: "Undir hans stjórn vann Bröndby sigur á AGF, 4:2, í bikarkeppninni" (the
    # cup quarter-final return, 15 December 2024; the 0-1 first leg on 8 December was Jesper Sørensen's)
    caretaker = spell_of(full, "Frederik Birk", "Brøndby IF", start=dt.date(2024, 12, 11))
    r = caretaker.record
    assert (r.played, r.won, r.drawn, r.lost, r.goals_for, r.goals_against) == (1, 1, 0, 0, 4, 2)
    assert caretaker.coverage == "full"


def test_rekdal_at_start_13_points_from_his_first_ten_matches(full: Store) -> None:
    # VG, 21 September 2018: "Kjetil Rekdal: 1,3 poeng per kamp. 13 poeng på 10 kamper. 11–11 i
    # målforskjell"
    played, *_, points, gf, ga = _league(full, "Kjetil Rekdal", "IK Start", ELITESERIEN, None, dt.date(2018, 9, 21))
    assert (played, points, gf, ga) == (10, 13, 11, 11)


def test_kuhn_at_hobro_22_superliga_matches_four_wins_five_draws_13_defeats(full: Store) -> None:
    # fyens.dk (Ritzau), February 2019: "Dermed nåede Kuhn kun 22 superligakampe i spidsen for den
    # nordjyske klub, hvor det blot blev til fire sejre og fem uafgjorte kampe"; "fire sejre, fem
    # uafgjorte og 13 nederlag"; politiken.dk: "Allan Kuhn hentede kun 17 point i 22 kampe"
    played, won, drawn, lost, points, _, _ = _league(full, "Allan Kuhn", "Hobro IK", SUPERLIGA, None, None)
    assert (played, won, drawn, lost, points) == (22, 4, 5, 13, 17)


def test_erlandsen_at_lillestrom_13_points_from_the_first_14_matches_of_2018(full: Store) -> None:
    # VG, 26 June 2018: "13 poeng på de første 14 kampene i Eliteserien"; VG, 21 September 2018: "Arne
    # Erlandsen: 0,924 poeng per kamp. 13 poeng på 14 kamper. 14–21 i målforskjell"
    played, *_, points, gf, ga = _league(
        full, "Arne Erlandsen", "Lillestrøm SK", ELITESERIEN, dt.date(2018, 1, 1), None
    )
    assert (played, points, gf, ga) == (14, 13, 14, 21)
