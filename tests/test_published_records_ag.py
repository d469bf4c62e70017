"""Published records of managers of probe AG (managers of French, Dutch and Belgian clubs), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand. The last test checks
the import's reading of a year-given end beside another coach's dated spell (Van den Brom's AZ).
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.records import given_way, shared_days
from touchline.model import CompetitionKind, Role, Spell
from touchline.reference.people import overlap_days
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def test_gourvennec_at_bordeaux_is_the_published_record_less_five_league_cup_ties(full: Store) -> None:
    # francebleu.fr, 18 January 2018 (his dismissal): "il a dirigé 71 matchs sur le banc bordelais, pour
    # 28 victoires, 19 nuls, et 24 défaites". The store lacks the Coupe de la Ligue: 2016-17 at Châteauroux
    # 2-0 (rmcsport.bfmtv.com, 26 October 2016), Nice 3-2 (rtl.fr, January 2017), Guingamp 3-2 (sport.fr,
    # 11 January 2017), the semi-final v Paris Saint-Germain 1-4 (maxifoot.fr, 24 January 2017); 2017-18
    # at Toulouse 0-2 (rtl.be, 12 December 2017): three wins, two defeats.
    check_store_and_missing(
        full,
        "Jocelyn Gourvennec",
        "Girondins Bordeaux",
        Filters(),
        found=(66, 25, 19, 22),
        missing={("fr.cup.l", "2016-17"), ("fr.cup.l", "2017-18")},
        lacked=(5, 3, 0, 2),
        published=(71, 28, 19, 24),
    )


def test_antonetti_at_nice_151_league_matches_before_his_last(full: Store) -> None:
    # ogcnice.eu (Nice-Matin, May 2009), on the day of his last match: "Il vivra ce soir son 152e match à
    # la tête de Nice (51 succès, 52 nuls et 48 défaites jusque-là)": four Ligue 1 seasons of 38. The last,
    # Nice 0-0 Le Havre on 30 May 2009, is left out by the date.
    spell = spell_of(full, "Frédéric Antonetti", "OGC Nice", Filters(kinds=LEAGUE, date_to=dt.date(2009, 5, 29)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (151, 51, 52, 48)
    assert spell.coverage == "full"


def test_kombouare_paris_ligue_1_2011_12_is_40_points(full: Store) -> None:
    # francetvinfo.fr, 22 December 2011 ("Kombouaré limogé !"): "40 points pris. Le club a enregistré 12
    # succès, quatre matches nuls, et seulement trois défaites"
    filters = Filters(competitions=("fr.1",), date_from=dt.date(2011, 7, 1))
    spell = spell_of(full, "Antoine Kombouaré", "Paris Saint-Germain", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (19, 12, 4, 3)
    assert spell.coverage == "full"


def test_jans_eredivisie_records_and_standard_first_eleven(full: Store) -> None:
    # eredivisie.nl ("Ron Jans komt top-3 binnen van meest ervaren trainers ooit", March 2023), Eredivisie
    # only: FC Groningen 264 matches, 104 W, 59 G, 101 V; sc Heerenveen 68, 28-21-19; PEC Zwolle 136,
    # 48-32-56. sportmagazine.levif.be and lalibre.be (22 October 2012): Standard after 11 matchdays
    # "13 points sur 33 (4 victoires, 6 défaites, un nul)".
    spells = manager_record(full, "Ron Jans", Filters(competitions=("nl.1", "be.1"))).spells
    got = {s.team_name: (s.record.played, s.record.won, s.record.drawn, s.record.lost) for s in spells}
    assert got["FC Groningen"] == (264, 104, 59, 101)
    assert got["sc Heerenveen"] == (68, 28, 21, 19)
    assert got["PEC Zwolle"] == (136, 48, 32, 56)
    assert got["Standard Liège"] == (11, 4, 1, 6)
    # PEC Zwolle, 6th of 2014-15 and 8th of 2015-16, played those seasons' play-offs for Europe, which the
    # store lacks (stop 28)
    assert all(s.coverage == "full" for s in spells if s.team_name not in ("FC Twente", "FC Groningen", "PEC Zwolle"))
    zwolle = next(s for s in spells if s.team_name == "PEC Zwolle")
    assert [(g.competition, g.seasons) for g in zwolle.gaps] == [("nl.1", ("2014-15",)), ("nl.1", ("2015-16",))]
    # eredivisie.nl's 264 are the regular seasons': Groningen, 5th in 2005-06, also played that season's
    # play-offs for Europe (v AZ: sport-fm.gr, 23 April 2006), which the store lacks (stop 27b), as it lacks
    # those of the 6th to 9th of 2008-09 and 2009-10, Groningen 6th and 8th (stop 27c)
    groningen = next(s for s in spells if s.team_name == "FC Groningen")
    assert [(g.competition, g.seasons) for g in groningen.gaps] == [
        ("nl.1", ("2005-06",)),
        ("nl.1", ("2008-09",)),
        ("nl.1", ("2009-10",)),
    ]


def test_rutten_at_schalke_37_matches(full: Store) -> None:
    # vi.nl ("Rutten op non-actief gesteld bij Schalke 04", March 2009): Bundesliga 25 (10-7-8), DFB-Pokal
    # 4 (3-0-1), Champions League qualifying 2 (1-0-1), UEFA Cup 6 (2-2-2); "Totaal 37 16 9 12"
    check_whole(full, "Fred Rutten", "FC Schalke 04", (37, 16, 9, 12))


def test_pelissier_at_auxerre_first_eleven_ligue_1_matches(full: Store) -> None:
    # foot-sur7.fr (February 2023, before the 24th matchday): Pélissier at Auxerre "affiche un bilan moindre
    # avec une moyenne de 0,55 point par rencontre et seulement 9,1% de victoire en Ligue 1": his eleven
    # matches, the 13th to the 23rd matchday (Angers 1-1 on 12 February 2023)
    filters = Filters(competitions=("fr.1",), date_to=dt.date(2023, 2, 16))
    record = spell_of(full, "Christophe Pélissier", "AJ Auxerre", filters).record
    assert record.played == 11
    assert round(100 * record.won / record.played, 1) == 9.1
    assert round((3 * record.won + record.drawn) / record.played, 2) == 0.55


def test_renard_at_lille_13_league_matches_13_points(full: Store) -> None:
    # footmercato.net, 11 November 2015: "Avec une 16e place en Ligue 1 pour seulement 13 petits points
    # pris ... deux victoires, quatre défaites et surtout sept matches nuls"; france3-regions: "Treize
    # points pris en 13 journées"
    spell = spell_of(full, "Hervé Renard", "Lille OSC", Filters(kinds=LEAGUE))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (13, 2, 7, 4)
    assert spell.coverage == "full"


def test_van_den_brom_genk_2021_22_league_six_wins_22_points(full: Store) -> None:
    # hbvl.be and standaard.be, 6 December 2021: "Van zijn zeventien competitiewedstrijden won Genk er
    # amper zes"; voetbalnieuws.be: "In de competitie boekte Genk een matige 22 op 51"
    spell = spell_of(full, "John van den Brom", "KRC Genk", Filters(kinds=LEAGUE, date_from=dt.date(2021, 7, 1)))
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (17, 6, 22)
    assert spell.coverage == "full"


def test_a_year_given_end_gives_way_to_the_successors_dated_start() -> None:
    # Van den Brom at AZ from 26 September 2014 "to 2019" (the day he left is not published), Arne Slot
    # from 1 July 2019: the record ends his spell on 30 June 2019, so the import must not refuse it as
    # overlapping Slot's by 184 days; a successor in an earlier year still overlaps
    az = Spell("john-van-den-brom", "ned-az", Role.HEAD_COACH, dt.date(2014, 9, 26), end_year=2019)
    slot = Spell("arne-slot", "ned-az", Role.HEAD_COACH, dt.date(2019, 7, 1), dt.date(2020, 12, 5))
    assert overlap_days(az, slot) == 184
    assert given_way(az, slot).end == dt.date(2019, 6, 30)
    assert shared_days(az, slot) == 0
    early = Spell("someone", "ned-az", Role.HEAD_COACH, dt.date(2018, 7, 1), dt.date(2018, 12, 31))
    assert shared_days(az, early) == 184
    # a successor from the spell's own first day leaves it no day: the overlap stands
    short = Spell("john-van-den-brom", "ned-az", Role.HEAD_COACH, dt.date(2019, 3, 1), end_year=2019)
    same = Spell("someone", "ned-az", Role.HEAD_COACH, dt.date(2019, 3, 1), dt.date(2019, 6, 30))
    assert given_way(short, same) is short
    assert shared_days(short, same) == 122
