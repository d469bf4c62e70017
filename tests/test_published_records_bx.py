"""Published records of managers of probe BX (head coaches in the Netherlands and Belgium), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it). The Eredivisie of 2025-26 is not in the
store, so John Heitinga's second spell at Ajax is checked in the Champions League only.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.coverage import GapKind
from touchline.compute.records import record
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def test_heitinga_interim_at_ajax_won_14_of_22(full: Store) -> None:
    # peneirabrasilfutebol.com.br, 31 May 2025: "Na sua primeira passagem pelo comando do Ajax, durante a
    # temporada 2022/23, conquistou 14 vitórias em 22 jogos" (Excelsior 1-4 on 29 January 2023 to Twente
    # 3-1 on 28 May 2023, with the cup final lost on penalties to PSV counted as a draw)
    spell = spell_of(full, "John Heitinga", "AFC Ajax", start=dt.date(2023, 1, 27))
    assert (spell.record.played, spell.record.won) == (22, 14)
    assert spell.coverage == "full"


def test_heitinga_interim_at_ajax_won_his_first_seven_league_matches(full: Store) -> None:
    # nieuws.nl, 12 March 2023, after 2-4 at Heerenveen: "Ajax heeft alle zeven competitiewedstrijden onder
    # Heitinga gewonnen"; Feyenoord won 2-3 in Amsterdam a week later (nrc.nl, 1 June 2023)
    filters = Filters(competitions=("nl.1",), date_to=dt.date(2023, 3, 12))
    spell = spell_of(full, "John Heitinga", "AFC Ajax", filters, start=dt.date(2023, 1, 27))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (7, 7, 0, 0)
    assert spell.coverage == "full"


def test_heitinga_at_ajax_2025_four_champions_league_defeats_one_goal_for_fourteen_against(full: Store) -> None:
    # ajax1.nl, 6 November 2025 (his dismissal): "In de Champions League staat het na vier duels stijf onderaan
    # met 0 punten en wist het slechts 1 goal te scoren"; De Telegraaf (fcupdate.nl, 6 November 2025): "vier
    # kansloze Europese nederlagen met veertien tegendoelpunten en één gescoorde goal". His Eredivisie
    # matches of 2025-26 are not in the store: the whole spell is partial, the Champions League is whole.
    filters = Filters(competitions=("uefa.cl",))
    spell = spell_of(full, "John Heitinga", "AFC Ajax", filters, start=dt.date(2025, 5, 31))
    record = spell.record
    assert (record.played, record.lost, record.goals_for, record.goals_against) == (4, 4, 1, 14)
    assert spell.coverage == "full"
    whole = spell_of(full, "John Heitinga", "AFC Ajax", start=dt.date(2025, 5, 31))
    assert whole.coverage == "partial"
    assert {(g.competition, season) for g in whole.gaps for season in g.seasons} == {
        ("nl.1", "2025-26"),
        ("nl.cup", "2025-26"),
    }


def test_losada_left_beerschot_with_30_points_from_21_first_division_matches(full: Store) -> None:
    # standaard.be, 18 January 2021, the day after his last match (0-3 at home to Club Brugge): "Dit seizoen
    # presteert Beerschot goed in de Jupiler Pro League, met een voorlopige tiende plaats en 30 punten uit 21
    # wedstrijden"
    spell = spell_of(full, "Hernán Losada", "K Beerschot VA", Filters(competitions=("be.1",)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (21, 30)
    assert spell.coverage == "full"


def test_losada_at_dc_united_41_matches_17_wins_19_defeats_5_draws(full: Store) -> None:
    # journaldemontreal.com, 21 December 2022: "il a mené le D.C. United pendant 41 matchs entre janvier 2021
    # et avril 2022 ... un dossier de 17 victoires, 19 défaites et cinq verdicts nuls" (34 MLS matches of
    # 2021, six of 2022 and the US Open Cup win at Flower City Union the night before his dismissal)
    check_whole(full, "Hernán Losada", "D.C. United", (41, 17, 5, 19))


def test_losada_at_montreal_12_17_5_in_mls(full: Store) -> None:
    # rds.ca and ctvnews.ca, 9 November 2023: "une fiche de 12-17-5 et 41 points de classement" (wins,
    # defeats, draws). The Canadian Championship ties are in the store (ca.cup); the Leagues Cup is not.
    spell = spell_of(full, "Hernán Losada", "CF Montréal", Filters(competitions=("us.1",)))
    record = spell.record
    assert (record.won, record.lost, record.drawn, 3 * record.won + record.drawn) == (12, 17, 5, 41)
    assert spell.coverage == "full"


def test_kuyt_sacked_by_ado_with_4_wins_and_16_points_from_16_league_matches(full: Store) -> None:
    # telegraaf.nl, 24 November 2022: "Slechts vier van de zestien wedstrijden onder leiding van Kuyt werden
    # gewonnen"; voetbalflitsen.nl: "na zestien gespeelde wedstrijden, op een troosteloze zeventiende plek
    # ... met slechts zestien punten"
    spell = spell_of(full, "Dirk Kuyt", "ADO Den Haag", Filters(kinds=LEAGUE))
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (16, 4, 16)
    assert spell.coverage == "full"


def test_kuyt_at_ado_won_5_of_17_with_the_cup_tie(full: Store) -> None:
    # fcupdate.nl, January 2024: ADO "onder zijn leiding slechts vijf van de zeventien wedstrijden in de Keuken
    # Kampioen wist te winnen" (the seventeen count the 2-3 cup win at Excelsior '31 of 18 October 2022)
    spell = spell_of(full, "Dirk Kuyt", "ADO Den Haag")
    assert (spell.record.played, spell.record.won) == (17, 5)
    assert spell.coverage == "full"


def test_kuyt_at_beerschot_ended_2024_with_12_points_2_wins_and_12_defeats(full: Store) -> None:
    # voetbalzone.nl, 27 December 2024, after 2-0 at OH Leuven: Beerschot "eindigt de eerste seizoenshelft met
    # slechts twaalf punten"; "Kuijt zag zijn ploeg tot dusver pas twee keer winnen dit seizoen ... alweer
    # twaalf nederlagen"
    filters = Filters(competitions=("be.1",), date_to=dt.date(2024, 12, 31))
    spell = spell_of(full, "Dirk Kuyt", "K Beerschot VA", filters)
    record = spell.record
    assert (record.played, record.won, record.lost, 3 * record.won + record.drawn) == (20, 2, 12, 12)
    assert spell.coverage == "full"


def test_kuyt_at_beerschot_lost_for_the_21st_time_at_kortrijk(full: Store) -> None:
    # voetbalkrant.com, 16 April 2025: "De ploeg uit Antwerpen ging voor de 21e keer dit seizoen onderuit in
    # de Jupiler Pro League", 3-2 at KV Kortrijk on 12 April 2025 (relegation play-offs)
    filters = Filters(competitions=("be.1",), date_to=dt.date(2025, 4, 12))
    spell = spell_of(full, "Dirk Kuyt", "K Beerschot VA", filters)
    assert spell.record.lost == 21
    assert spell.coverage == "full"


def test_hayen_took_24_of_30_points_in_the_champions_play_offs_of_2024(full: Store) -> None:
    # voetbalkrant.com, 28 May 2024: "Nicky Hayen zorgde samen met zijn troepen voor een indrukwekkende 24 op
    # 30 in de Champions Play-offs" (he took over after the regular season, sporza.be, 18 March 2024)
    filters = Filters(competitions=("be.1",), date_to=dt.date(2024, 6, 30))
    spell = spell_of(full, "Nicky Hayen", "Club Brugge KV", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (10, 24)
    assert spell.coverage == "full"


def test_hayen_began_2024_25_with_one_point_from_nine(full: Store) -> None:
    # voetbalkrant.com, 18 August 2024: "Met 1 op 9 nemen ze in het Jan Breydelstadion geen genoegen ... slechts
    # een gelijkspel pakken in drie competitiewedstrijden"
    filters = Filters(competitions=("be.1",), date_from=dt.date(2024, 7, 1), date_to=dt.date(2024, 8, 17))
    spell = spell_of(full, "Nicky Hayen", "Club Brugge KV", filters)
    record = spell.record
    assert (record.played, record.drawn, 3 * record.won + record.drawn) == (3, 1, 1)
    assert spell.coverage == "full"


def test_hayen_took_11_points_in_the_champions_league_phase_of_2024_25(full: Store) -> None:
    # voetbalkrant.com, 23 December 2025 (Frank Boeckx in HUMO): "Om als Belgische club 11 punten te halen in de
    # Champions League moet alles meezitten: een ongeziene penalty tegen Aston Villa, een owngoal van Celtic"
    # (the league phase ended on 29 January 2025; the knockout play-off with Atalanta followed)
    filters = Filters(competitions=("uefa.cl",), date_to=dt.date(2025, 1, 31))
    spell = spell_of(full, "Nicky Hayen", "Club Brugge KV", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (8, 11)
    assert spell.coverage == "full"


def test_de_roeck_sacked_by_westerlo_after_90_matches(full: Store) -> None:
    # walfoot.be, 15 May 2024: "Après 90 matchs à la tête du KVC Westerlo, Jonas De Roeck (44 ans) avait pris
    # la porte le 2 décembre dernier" (1B 2021-22, the Pro League and the cup)
    spell = spell_of(full, "Jonas De Roeck", "KVC Westerlo")
    assert spell.record.played == 90
    assert spell.coverage == "full"


def test_de_roeck_left_westerlo_15th_with_11_points_from_16_matches(full: Store) -> None:
    # rtl.be, 2 December 2023: "Cette saison, le club campinois ... occupe la 15e et avant-dernière place avec
    # 11 points en 16 matches"
    filters = Filters(competitions=("be.1",), date_from=dt.date(2023, 7, 1))
    spell = spell_of(full, "Jonas De Roeck", "KVC Westerlo", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (16, 11)
    assert spell.coverage == "full"


def test_de_roeck_at_antwerp_lost_one_of_his_last_eleven_league_matches_at_anderlecht(full: Store) -> None:
    # walfoot.be, 3 March 2025: "l'Antwerp n'a malgré tout perdu qu'un seul de ses onze derniers matchs de
    # championnat (à Anderlecht)"; voetbalzone.nl, same day: he "won van de laatste vijf wedstrijden er maar
    # één" (the cup semi-final return with Anderlecht, 2-2, among them)
    spell = spell_of(full, "Jonas De Roeck", "Royal Antwerp FC")
    assert spell.coverage == "full"
    played = sorted((m for m in spell.matches if m.counts), key=lambda m: m.date)
    last_eleven = [m for m in played if m.competition == "be.1"][-11:]
    lost = [m for m in last_eleven if record([m], "Royal Antwerp FC").lost]
    assert [(m.date, m.home) for m in lost] == [(dt.date(2025, 2, 9), "RSC Anderlecht")]
    last_five = spell_of(full, "Jonas De Roeck", "Royal Antwerp FC", Filters(date_from=played[-5].date))
    assert (last_five.record.played, last_five.record.won) == (5, 1)


def test_rijsdijk_at_sparta_48_matches_with_the_four_the_store_lacks(full: Store) -> None:
    # voetbalzone.nl and soccernews.nl, 1 November 2024 (his suspension): "In totaal was hij in 48 officiële
    # wedstrijden eindverantwoordelijke bij Sparta". The store holds 44 with a result; it lists three more
    # without one, named from reports: Sparta 2-2 Almere City on 19 October 2024 (voetbalzone.nl),
    # sc Heerenveen 2-0 Sparta on 26 October 2024 (fcupdate.nl) and Hercules 1-6 Sparta after extra time in
    # the cup on 31 October 2024 (nos.nl); and it lacks the play-off for European football, FC Utrecht 3-1
    # Sparta on 23 May 2024 (fcupdate.nl, sportnieuws.nl).
    spell = spell_of(full, "Jeroen Rijsdijk", "Sparta Rotterdam")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (44, 17, 11, 16)
    assert spell.coverage == "partial"
    gaps = {(g.competition, season, g.kind, g.count) for g in spell.gaps for season in g.seasons}
    assert gaps == {
        ("nl.1", "2024-25", GapKind.NO_RESULT, 2),
        ("nl.cup", "2024-25", GapKind.NO_RESULT, 1),
        ("nl.1", "2023-24", GapKind.PLAYOFF, 0),
    }
    without_result, play_off = 3, 1
    assert record.played + without_result + play_off == 48


def test_rijsdijk_at_sparta_11_points_from_the_first_10_league_matches_of_2024_25(full: Store) -> None:
    # soccernews.nl, 1 November 2024: "In de competitie staan de Rotterdammers op een elfde plek met elf
    # punten na tien wedstrijden". The store has the results of the first eight (10 points: fcupdate.nl,
    # October 2024, "Voor het duel met Almere stond Sparta op tien punten"); the last two are the 2-2 with
    # Almere City and the 2-0 defeat at Heerenveen, which the store lists without a result.
    filters = Filters(competitions=("nl.1",), date_from=dt.date(2024, 7, 1))
    spell = spell_of(full, "Jeroen Rijsdijk", "Sparta Rotterdam", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (8, 10)
    assert [(g.competition, g.count) for g in spell.gaps] == [("nl.1", 2)]
    draw_with_almere, defeat_at_heerenveen = 1, 0
    assert 3 * record.won + record.drawn + draw_with_almere + defeat_at_heerenveen == 11
