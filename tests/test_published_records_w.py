"""Published records of managers of probe W (clubs of Portugal, the Netherlands, Turkey, Greece and
Scotland), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or a league season of one, the
store holds whole, or one whose only missing matches are the fixtures the store names, counted by hand.
The store holds these countries' leagues but not their cups, so most figures are league figures.
Two tests also guard club identities this probe joined in touchline/data/clubs.toml: worldfootball's
"İstanbul Başakşehir F.K." of the Süper Lig 2019-20, and Konyaspor's sponsor names ("Torku Konyaspor",
"Atiker Konyaspor").
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def _season(league: str, first: int, last_month: int = 6) -> Filters:
    """The league's matches of the season starting in ``first``: July to June, or to the end of
    ``last_month`` of the following year (2019-20, halted by the pandemic, ended in July 2020)."""
    end = dt.date(first + 1, last_month + 1, 1) - dt.timedelta(days=1)
    return Filters(competitions=(league,), date_from=dt.date(first, 7, 1), date_to=end)


def test_gerrard_rangers_unbeaten_premiership_2020_21(full: Store) -> None:
    # made4usa.com (the Guardian's report), 21 May 2021: "32 wins from 38 Premiership games. Rangers scored
    # 92 league goals while conceding 13. Their points tally of 102"; allnews.ng, 15 May 2021: "their 32
    # wins and six draws"
    record = spell_of(full, "Steven Gerrard", "Rangers FC", _season("sco.1", 2020)).record
    assert (record.played, record.won, record.drawn, record.lost) == (38, 32, 6, 0)
    assert (record.goals_for, record.goals_against, 3 * record.won + record.drawn) == (92, 13, 102)


def test_gerrard_aston_villa_13_wins_in_40_games(full: Store) -> None:
    # naijanews.com, 3 July 2023: Aston Villa sacked him "after 13 wins in 40 games" (11 November 2021 to
    # 20 October 2022; every match of the spell is in the store)
    spell = spell_of(full, "Steven Gerrard", "Aston Villa")
    assert (spell.record.played, spell.record.won) == (40, 13)
    assert spell.coverage == "full"


def test_buruk_galatasaray_record_102_points_2023_24(full: Store) -> None:
    # ntv.com.tr, 25 January 2026: Galatasaray under Okan Buruk, 2023-24, "38 maçta 33 galibiyet, 3
    # beraberlik ve 2 mağlubiyet ... 102 puan", the Süper Lig's points record
    spell = spell_of(full, "Okan Buruk", "Galatasaray", _season("tr.1", 2023))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (38, 33, 3, 2)
    assert spell.coverage == "full"


def test_buruk_basaksehir_title_season_is_one_club_and_66_points_after_31(full: Store) -> None:
    # worldfootball's 2019-20 Süper Lig names the champions "İstanbul Başakşehir F.K.": without that name
    # in the registry the season was another club's and the spell had no league match in it. The data set
    # ends before the four fixtures of July 2020. bolgegundem.com.tr (July 2020): beating Denizlispor 2-0 at
    # home in week 31, Başakşehir "puanını 66'ya çıkardı": the store's 30 matches and that win.
    spell = spell_of(full, "Okan Buruk", "İstanbul Başakşehir", _season("tr.1", 2019, last_month=7))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (30, 18, 9, 3)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("tr.1", "2019-20")}
    assert 3 * record.won + record.drawn + 3 == 66


def test_vitor_pereira_porto_two_league_titles_one_defeat(full: Store) -> None:
    # maisfutebol.iol.pt (May 2013): "duas épocas com apenas uma derrota no campeonato"; 2012-13 champions
    # unbeaten with 78 points, "mais três que na temporada passada", 70 goals against 69, 14 conceded
    # against 19; profilbaru.com (FC Porto 2012-13 season): Primeira Liga "30 (24 vitórias, 6 empates)"
    spells = manager_record(full, "Vítor Pereira", Filters(competitions=("pt.1",)), by="season").spells
    porto = next(s for s in spells if s.team_name == "FC Porto")
    seasons = {
        season: (r.played, r.won, r.drawn, r.lost, 3 * r.won + r.drawn, r.goals_for, r.goals_against)
        for season, r in porto.breakdown.items()
    }
    assert seasons == {"2011-12": (30, 23, 6, 1, 75, 69, 19), "2012-13": (30, 24, 6, 0, 78, 70, 14)}
    assert porto.coverage == "full"


def test_amorim_sporting_league_154_games_118_wins(full: Store) -> None:
    # poste.pt (October 2024), after the 3-0 at Estoril of the seventh matchday of 2024-25: "76,62% de
    # vitórias em 154 jogos do campeonato, com 118 triunfos, 22 empates e apenas 14 derrotas", from his first
    # match in March 2020
    spell = spell_of(full, "Rúben Amorim", "Sporting CP", Filters(competitions=("pt.1",), date_to=dt.date(2024, 9, 30)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (154, 118, 22, 14)
    assert spell.coverage == "full"


def test_van_bronckhorst_feyenoord_champions_2016_17(full: Store) -> None:
    # newhupholland.blogspot.com, 15 May 2017, the final Eredivisie table: "1 Feyenoord 34 26 4 4 82 86 25"
    # (played, won, drawn, lost, points, goals for, against)
    spell = spell_of(full, "Giovanni van Bronckhorst", "Feyenoord", _season("nl.1", 2016))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (34, 26, 4, 4)
    assert (record.goals_for, record.goals_against) == (86, 25)
    assert spell.coverage == "full"


def test_pedro_martins_olympiacos_one_defeat_91_points_2019_20(full: Store) -> None:
    # ojogo.pt (July 2020): Olympiacos "terminou a Superliga Grega com somente uma derrota concedida em 36
    # jornadas ... com 91 pontos" (the regular season and the championship play-off round)
    spell = spell_of(full, "Pedro Martins", "Olympiakos Piraeus", _season("gr.1", 2019, last_month=7))
    record = spell.record
    assert (record.played, record.lost, 3 * record.won + record.drawn) == (36, 1, 91)
    assert spell.coverage == "full"


def test_kocaman_konyaspor_is_one_club_through_its_sponsor_names(full: Store) -> None:
    # The Süper Lig data names the club "Torku Konyaspor" (to 2015-16), "Atiker Konyaspor" (2016-17 to
    # 2019-20) and "Konyaspor": one club (clubs.toml). halktv.com.tr: "17 Mart 2017: Aykut Kocaman
    # yönetimindeki Konyaspor, Kadıköy'de Fenerbahçe'yi 3-2 mağlup etti". His third spell, from matchday 13
    # of 2018-19 to 9 February 2020: 22 matches, 5 wins, 12 draws, 5 defeats in 2018-19
    # (haberdairesi.com) and 21 matches, 4 wins, 8 draws, 9 defeats in 2019-20 (esnafhabertv.com)
    second, third = [s for s in manager_record(full, "Aykut Kocaman", Filters()).spells if "Konyaspor" in s.team_name]
    kadikoy = [m for m in second.matches if m.date == dt.date(2017, 3, 17)]
    assert [(m.home, str(m.ft)) for m in kadikoy] == [("Fenerbahçe", "2-3")]
    assert len([m for m in second.matches if m.season == "2016-17" and m.competition == "tr.1"]) == 34
    # only the Turkish Cup, which the store lacks, is missing: no league season
    assert {g.competition for g in second.gaps} == {"tr.cup"}
    record = third.record
    assert (record.played, record.won, record.drawn, record.lost) == (22 + 21, 5 + 4, 12 + 8, 5 + 9)


def test_kocaman_fenerbahce_101_league_matches(full: Store) -> None:
    # ortakses.com (April 2013), before the match at Orduspor that equalled Christoph Daum's run of 102
    # league matches in charge: "takımıyla çıktığı 101 maçta 64 galibiyet ... 20 beraberliğin yanı sıra 17 de
    # yenilgi" (the Süper Final of 2011-12 included)
    spell = spell_of(full, "Aykut Kocaman", "Fenerbahçe", Filters(competitions=("tr.1",), date_to=dt.date(2013, 4, 6)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (101, 64, 20, 17)
