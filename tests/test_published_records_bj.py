"""Published records of managers of probe BJ (clubs of Germany's 2. Bundesliga and 3. Liga, of Austria and
of Switzerland), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose published count differs from the store's by matches named and counted by hand (fixtures the store
lists without a result, a match the coach sat out).
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.coverage import GapKind
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store


def _gwdl(full: Store, name: str, team: str, filters: Filters) -> tuple[int, int, int, int]:
    spell = spell_of(full, name, team, filters)
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def test_yakin_at_basel_98_competitive_matches_56_wins(full: Store) -> None:
    # 20min.ch, 17 May 2014 ("Der Meistertrainer verlässt den FC Basel"): "Yakin ist seit 580 Tagen
    # FCB-Trainer und hat von bisher 98 Pflichtspielen (59 Liga, 11 Cup und 28 Europacup) 56 gewonnen, 26
    # Unentschieden erzielt und 16 Partien verloren. In der Super League kann er aus total 59 Duellen auf
    # 34 Siege und 18 Remis zurückschauen und hat lediglich 7 Spiele (106:50) verloren." The Europa League
    # quarter-final against Tottenham (won on penalties, 11 April 2013) is one of the 56 wins, the 2013 cup
    # final against the Grasshoppers (lost on penalties, 20 May 2013) one of the 16 defeats.
    filters = Filters(date_to=dt.date(2014, 5, 17), shootouts=Shootouts.RESULT)
    spells = manager_record(full, "Murat Yakin", filters, by="competition").spells
    spell = next(s for s in spells if s.team_name == "FC Basel 1893")
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (98, 56, 26, 16)
    assert spell.coverage == "full"
    league = spell.breakdown["ch.1"]
    assert (league.played, league.won, league.drawn, league.lost, league.goals_for, league.goals_against) == (
        59,
        34,
        18,
        7,
        106,
        50,
    )
    cups = {code: spell.breakdown[code].played for code in spell.breakdown if code != "ch.1"}
    assert cups["ch.cup"] == 11
    assert sum(cups.values()) - cups["ch.cup"] == 28


def test_foda_308_bundesliga_matches_at_sturm_graz_over_three_spells(full: Store) -> None:
    # laola1.at, October 2016 ("Bundesliga-Rekord für Franco Foda"), after the 1-0 against SV Ried on 15
    # October 2016, his 308th league match as Sturm's coach: "In den 308 Bundesliga-Spielen hat Foda 137
    # Siege eingefahren, 80 Spiele endeten Unentschieden, 91 gingen verloren"; also sport1.de, October
    # 2016. Counted from his first league match, 2-1 at Rapid on 22 September 2002.
    filters = Filters(competitions=("at.1",), date_to=dt.date(2016, 10, 15))
    spells = [s for s in manager_record(full, "Franco Foda", filters).spells if s.team_name == "Sturm Graz"]
    assert len(spells) == 3
    assert all(s.coverage == "full" for s in spells)
    totals = tuple(sum(getattr(s.record, f) for s in spells) for f in ("played", "won", "drawn", "lost"))
    assert totals == (308, 137, 80, 91)


def test_pacult_at_dresden_28_points_from_18_matches(full: Store) -> None:
    # kurier.at, December 2012 ("Pacult wieder Dresden-Trainer"): "Pacult hatte Dresden schon 2005/'06 in
    # der Krise übernommen. Obwohl der Klassenerhalt um einen Punkt verpasst wurde, galt die Bilanz von 28
    # Punkten in 18 Spielen als Pluspunkt"; krone.at, 18 December 2012: "aus 18 Spielen 28 Punkte"
    # (2. Bundesliga; the postponed first-half matches against Hansa Rostock and Greuther Fürth among them)
    filters = Filters(competitions=("de.2",))
    spell = spell_of(full, "Peter Pacult", "Dynamo Dresden", filters, start=dt.date(2005, 12, 28))
    assert (spell.record.played, 3 * spell.record.won + spell.record.drawn) == (18, 28)
    assert spell.coverage == "full"


def test_pacult_at_rapid_52_bundesliga_matches_22_wins(full: Store) -> None:
    # oe24.at, February 2008 ("Rapid verlängert Pacult-Vertrag"), before the spring's first match at
    # Kärnten on 16 February 2008: "Von insgesamt 52 Bundesliga-Spielen unter Pacult hat Rapid 22
    # gewonnen. Je 15 Partien gingen verloren bzw. endeten Remis."
    filters = Filters(competitions=("at.1",), date_to=dt.date(2008, 2, 15))
    assert _gwdl(full, "Peter Pacult", "Rapid Wien", filters) == (52, 22, 15, 15)


def test_kwasniok_97_second_division_matches_at_paderborn_less_the_one_he_sat_out(full: Store) -> None:
    # nw.de, April 2024 ("Paderborns Trainer Kwasniok feiert Jubiläum"), before the home match against
    # SV Elversberg (27 April 2024): two 2. Bundesliga matches for Karlsruher SC and "97 Einsätze kommen
    # für den SC Paderborn hinzu". The store counts the team's matches of his spell, 98: one more, the
    # last of 2022-23 against Nürnberg (0-1, 28 May 2023), which he sat out at his own request, his
    # assistant Frank Kaspari on the bench (kicker.de and sport1.de, May 2023).
    filters = Filters(competitions=("de.2",), date_to=dt.date(2024, 4, 26))
    spell = spell_of(full, "Lukas Kwasniok", "SC Paderborn 07", filters)
    assert spell.record.played == 98
    assert spell.coverage == "full"
    sat_out = [m for m in spell.matches if m.date == dt.date(2023, 5, 28)]
    assert [(m.home, m.away) for m in sat_out] == [("SC Paderborn 07", "1. FC Nürnberg")]
    assert spell.record.played - len(sat_out) == 97


def test_zeidler_at_sion_28_matches_at_1_93_points(full: Store) -> None:
    # blick.ch, 14 May 2018 ("Peter Zeidler ist neuer Trainer in St. Gallen"): at Sion "von August 2016 bis
    # April 2017 ... während 28 Partien mit einem Schnitt von 1,93 Punkten pro Spiel" (54 points); the cup
    # semi-final against Lausanne-Sport (0-0, won 6-5 on penalties, 5 April 2017) counts as a win
    filters = Filters(shootouts=Shootouts.RESULT)
    played, won, drawn, _ = _gwdl(full, "Peter Zeidler", "FC Sion", filters)
    assert (played, 3 * won + drawn) == (28, 54)
    assert round((3 * won + drawn) / played, 2) == 1.93


def test_zeidler_129th_super_league_match_at_st_gallen_with_the_2020_fixtures_the_store_lacks(
    full: Store,
) -> None:
    # blick.ch, 12 February 2022 ("Espen-Coach Zeidler übertrumpft Saibenes Bestmarke"): "129 Spiele! Am
    # Samstag zieht FCSG-Coach Peter Zeidler an Jeff Saibene vorbei" (128 Super League matches, the 129th
    # at home to Servette that day). The store holds 120 before it and lists St. Gallen's last 8 fixtures
    # of 2019-20 (9 July to 2 August 2020) without a result: 120 + 8 = 128.
    filters = Filters(competitions=("ch.1",), date_to=dt.date(2022, 2, 11))
    spell = spell_of(full, "Peter Zeidler", "FC St. Gallen", filters)
    assert spell.record.played == 120
    assert spell.coverage == "partial"
    unplayed = {(g.competition, season): g.count for g in spell.gaps for season in g.seasons}
    assert unplayed == {("ch.1", "2019-20"): 8}
    assert all(g.kind is GapKind.NO_RESULT for g in spell.gaps)
    assert spell.record.played + unplayed[("ch.1", "2019-20")] + 1 == 129


def test_anfang_at_kiel_14_wins_12_draws_5_defeats_before_promotion(full: Store) -> None:
    # fl-arena.de, 15 May 2017: Anfang at Kiel since 29 August 2016; "In den 31 Spielen vor dem
    # entscheidenden 1:0 bei der SG Sonnenhof Großaspach [13 May 2017] gab es 14 Siege, 12 Remis und nur 5
    # Niederlagen ... im Schnitt 1,74 Punkte pro Partie" (3. Liga)
    filters = Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2017, 5, 12))
    assert _gwdl(full, "Markus Anfang", "Holstein Kiel", filters) == (31, 14, 12, 5)
    assert spell_of(full, "Markus Anfang", "Holstein Kiel", filters).coverage == "full"
