"""Published records of managers of probe X (MLS, Liga MX, Brazil and the A-League), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the fixtures and competitions the store names, counted by hand. MLS
publishes a coach's record in two parts, the regular season and the MLS Cup playoffs, each as
wins-losses-ties (a playoff match decided on penalties a tie): the store's matches of Major League
Soccer are split by their stage ("Regular Season", "Playoffs") to compare.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tests.published import MLS, mls_playoff, mls_wlt, spell_of
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.store import Store, read


def _mls(spells: Iterable[SpellRecord]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The regular-season and the playoff W-L-T of the spells' MLS matches together."""
    spells = list(spells)
    matches = [(m, s.spell.team) for s in spells for m in s.matches]
    regular = [m for m, _ in matches if not mls_playoff(m)]
    playoffs = [m for m, _ in matches if mls_playoff(m)]
    team = spells[0].spell.team
    assert all(s.spell.team == team for s in spells)
    return mls_wlt(regular, team), mls_wlt(playoffs, team)


def test_porter_at_portland_and_columbus_regular_seasons_and_playoffs(full: Store) -> None:
    # columbuscrew.com, "Fast facts: Caleb Porter" (January 2019): "Over his five seasons with the Timbers
    # from 2013-2017, Porter posted a regular-season record of 68-50-52 and a MLS Cup Playoffs record of
    # 5-3-4" (the Timbers' statement of 17 November 2017, 1190kex.iheart.com: "68-50-52"), counted from
    # the 2013 opener of 3 March (he was named in August 2012); mlssoccer.com, 10 October 2022: "During
    # his time in Columbus, Porter accrued a 45W-43L-37D regular-season record" (AP: "45-43-37"), and
    # the 2020 playoffs were four wins to MLS Cup.
    portland = spell_of(full, "Caleb Porter", "Portland Timbers", MLS)
    columbus = spell_of(full, "Caleb Porter", "Columbus Crew", MLS)
    assert (portland.coverage, columbus.coverage) == ("full", "full")
    assert _mls([portland]) == ((68, 50, 52), (5, 3, 4))
    assert _mls([columbus]) == ((45, 43, 37), (4, 0, 0))


def test_porter_at_new_england_2024_lacks_two_fixtures_of_the_9_21_4(full: Store) -> None:
    # whdh.com (AP), 15 September 2025: "The Revolution finished 14th in his initial season with nine
    # wins, 21 defeats and four draws" (srnnews.com: "9-21-4"). The store's 2024 data ends before the
    # last two fixtures, at Columbus Crew on 12 October and at Inter Miami on 19 October 2024,
    # which it names; they are the two defeats the store lacks.
    filters = Filters(competitions=("us.1",), date_to=dt.date(2024, 12, 31))
    spell = spell_of(full, "Caleb Porter", "New England Revolution", filters)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("us.1", "2024")}
    fixtures = read.matches(full, club="usa-new-england-revolution", date_from=dt.date(2024, 10, 1))
    missing = sorted(m.date for m in fixtures if m.awaiting_result)
    assert missing[-2:] == [dt.date(2024, 10, 12), dt.date(2024, 10, 19)]
    won, lost, tied = mls_wlt(spell.matches, spell.spell.team)
    assert (won, lost + 2, tied) == (9, 21, 4)


def test_schmetzer_at_seattle_126_80_68_and_17_6_3_to_october_2024(full: Store) -> None:
    # Sounders FC, 24 October 2024 (oursportscentral.com): "since taking over the club in the summer of
    # 2016, amassing a 126-80-68 regular-season record and a 17-6-3 mark in the MLS Cup Playoffs", interim
    # months included; the 2024 season "(16-9-9)". The store lacks one fixture, Decision Day v Portland
    # on 19 October 2024: its 2024 is 16-9-8, so that match was the ninth tie.
    filters = Filters(competitions=("us.1",), date_to=dt.date(2024, 10, 24))
    spells = manager_record(full, "Brian Schmetzer", filters).spells
    assert [s.coverage for s in spells] == ["full", "partial"]
    assert {(g.competition, season) for g in spells[1].gaps for season in g.seasons} == {("us.1", "2024")}
    (won, lost, tied), playoffs = _mls(spells)
    assert playoffs == (17, 6, 3)
    assert (won, lost, tied + 1) == (126, 80, 68)
    season_2024 = [m for m in spells[1].matches if m.season == "2024" and not mls_playoff(m)]
    assert mls_wlt(season_2024, "usa-seattle-sounders") == (16, 9, 8)


def test_vermes_302nd_regular_season_game_and_167_126_100(full: Store) -> None:
    # Sporting Kansas City's game notes (2022, issuu.com/sportingkc): "On August 4, 2018, Vermes coached
    # his 302nd MLS regular-season game with Sporting KC" (1-0 at Houston), interim months of 2009
    # included; fox4kc.com (September 2021, "Peter Vermes reaches incredible milestone"): a 2-0 home win
    # over the Chicago Fire "marked manager Peter Vermes' 167th regular season win ... Vermes has posted
    # a 167-126-100 record as the leader of SKC in the regular season": the match of 11 September 2021.
    spells = manager_record(full, "Peter Vermes", Filters(competitions=("us.1",), date_to=dt.date(2021, 9, 11))).spells
    assert [s.coverage for s in spells] == ["full", "full"]
    regular = sorted((m for s in spells for m in s.matches if m.counts and not mls_playoff(m)), key=lambda m: m.date)
    assert regular[301].date == dt.date(2018, 8, 4)
    assert mls_wlt(regular, "usa-sporting-kansas-city") == (167, 126, 100)
    last = regular[-1]
    assert (last.date, last.home, last.final and (last.final.home, last.final.away)) == (
        dt.date(2021, 9, 11),
        "Sporting Kansas City",
        (2, 0),
    )


def test_berhalter_at_columbus_193_matches_74_49_70(full: Store) -> None:
    # givemesport.com, 8 October 2024 (Chicago Fire name Berhalter): "In 193 games in Ohio, he managed a
    # 74-49-70 record over five seasons" (wins, ties, losses: all competitions, the U.S. Open Cup and the
    # playoffs with the league); massivereport.com, 4 December 2018: "67 wins, 58 losses and 45 ties" in
    # the regular season (meninred97: "a 67W-45D-58L regular season record in MLS").
    spell = spell_of(full, "Gregg Berhalter", "Columbus Crew")
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (193, 74, 49, 70)
    assert spell.coverage == "full"
    regular, _ = _mls([spell_of(full, "Gregg Berhalter", "Columbus Crew", MLS)])
    assert regular == (67, 58, 45)


def test_nancy_at_columbus_2024_nineteen_wins_66_points(full: Store) -> None:
    # mlssoccer.com, 20 November 2024 (Nancy MLS Coach of the Year): "setting club marks in points (66)
    # ... and tying the team record for wins (19)" in the 34-match regular season. The store's 2024 data
    # ends before two fixtures, New England at home on 12 October and the last, on 19 October 2024,
    # which it names: with the store's nine draws, 19 wins and 66 points leave them as two wins (New
    # England's 9-21-4 counts that 12 October match as one of its defeats, as above).
    filters = Filters(competitions=("us.1",), date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    spell = spell_of(full, "Wilfried Nancy", "Columbus Crew", filters)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("us.1", "2024")}
    (won, lost, tied), _ = _mls([spell])
    assert (won, lost, tied) == (17, 6, 9)
    assert (won + 2, 3 * (won + 2) + tied, won + 2 + lost + tied) == (19, 66, 34)


def test_artur_jorge_at_botafogo_31_15_9_less_what_the_store_lacks(full: Store) -> None:
    # inmagazine.ig.com.br, 3 January 2025 (his contract ended by mutual consent): "comandou o time ... em
    # 55 oportunidades. Ao todo, foram 31 vitórias, 15 empates e nove derrotas"; fogaonet.com (2025): "nove
    # derrotas em 55 partidas ... duas pela Libertadores, uma pela Copa do Brasil, cinco no Brasileirão
    # ... e uma na Copa Intercontinental". The store's 2024 data ends in October: it lacks nine
    # Brasileirão rounds (from 18 October; the season's 23-10-5, lorena.r7.com, 3 January 2025, less the
    # store's 18-6-5: five wins, four draws), the Libertadores semi-final v Peñarol (5-0, 23 October; 1-3,
    # 30 October) and the final v Atlético Mineiro (3-1, 30 November), and the Intercontinental Cup's 0-3
    # v Pachuca (11 December): thirteen matches, seven won, four drawn, two lost. His first match was at
    # LDU Quito on 11 April 2024.
    filters = Filters(competitions=("br.1", "br.cup", "copa.l"))
    spell = spell_of(full, "Artur Jorge", "Botafogo RJ", filters)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("br.1", "2024"),
        ("copa.l", "2024"),
    }
    assert min(m.date for m in spell.matches) == dt.date(2024, 4, 11)
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (42, 24, 11, 7)
    lacked = (13, 7, 4, 2)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (55, 31, 15, 9)


def test_jardine_at_america_names_the_leagues_cups_it_lacks(full: Store) -> None:
    # Every Liga MX club entered the Leagues Cup of 2023 (21 July to 19 August) and 2024 (26 July to 25
    # August) (en.wikipedia "2023 Leagues Cup", "2024 Leagues Cup"), and América, under André Jardine
    # (from 16 June 2023, record.com.mx), won the Campeones Cup of 25 September 2024 at Columbus Crew
    # (1-1, 5-4 on penalties; mlssoccer.com, 26 September 2024). The store holds none of them: the spell
    # is partial and says so, beside the Liga MX fixtures its data ends before.
    spell = spell_of(full, "André Jardine", "CF América")
    assert spell.coverage == "partial"
    named = {(g.competition, season) for g in spell.gaps for season in g.seasons}
    assert {("concacaf.leagues", "2023"), ("concacaf.leagues", "2024"), ("concacaf.campeones", "2024")} <= named
    # San Luis, left in June 2023, is held whole: the Leagues Cup of 2023 came after
    assert spell_of(full, "André Jardine", "Atlético San Luis").coverage == "full"


def test_corica_at_auckland_fc_a_new_zealand_club_of_the_a_league(full: Store) -> None:
    # Auckland FC (AKL Football 24) named Steve Corica its first head coach on 21 December 2023
    # (scoop.co.nz; Reuters), for its first A-League Men season, 2024-25 (en.wikipedia "Auckland FC": a
    # New Zealand club in Australia's league, like Wellington Phoenix; neither enters the Australia Cup).
    # The person file says country = "NZL"; the store holds the club's fixtures but no result yet: no
    # data, and no Australia Cup expected of it. At Sydney FC (2018-2023) the store lacks the AFC
    # Champions League of 2019 (Group H), which it names.
    auckland = spell_of(full, "Steve Corica", "Auckland FC")
    assert auckland.spell.team == "nzl-auckland-fc"
    assert auckland.coverage == "none"
    assert not [g for g in auckland.gaps if g.competition == "au.cup"]
    sydney = spell_of(full, "Steve Corica", "Sydney FC")
    assert sydney.coverage == "partial"
    assert {(g.competition, season) for g in sydney.gaps for season in g.seasons} == {("afc.cl", "2019")}
