"""Published records of managers of probe Y (Nordic, Dutch, Belgian, Swiss, Austrian, Scottish and Irish
clubs), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or a stretch of it, the store
holds whole, or one whose only missing matches are those the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def _points(played: int, won: int, drawn: int) -> tuple[int, int]:
    """Matches and points, three for a win."""
    return played, 3 * won + drawn


def test_jansen_at_az_121_matches_with_the_2022_play_offs(full: Store) -> None:
    # De Telegraaf, March 2023 (his new contract, announced on 22 March 2023): "AZ staat sinds 6 december
    # 2020 ... inmiddels 121 officiële wedstrijden onder leiding van [Jansen]". The store lacks the
    # Eredivisie's play-offs for European football of May 2022, which AZ played as 5th: the semi-final
    # against Heerenveen over two legs (2-3 away, 2-0 at home) and the final against Vitesse over two legs
    # (NH Nieuws and nu.nl, May 2022): four matches. (voetbalzone.nl, 26 February 2022: "Na 61 duels ligt
    # het moyenne van AZ onder Jansen op 2.05 punt per duel", as the store has it: 39 wins, 8 draws.)
    spell = spell_of(full, "Pascal Jansen", "AZ Alkmaar", Filters(date_to=dt.date(2023, 3, 22)))
    assert spell.coverage == "partial"
    assert [(g.kind, g.competition, g.seasons) for g in spell.gaps] == [("playoff", "nl.1", ("2021-22",))]
    assert spell.record.played + 4 == 121


def test_schreuder_at_ajax_eredivisie_34_points_from_18_matches(full: Store) -> None:
    # nu.nl, 26 January 2023 ("De horrorcijfers van Ajax"): "Ajax staat na achttien speelrondes op twintig
    # verliespunten ... Betrachten wir nur die Eredivisie, kommt Schreuder auf einen Schnitt von 1,89
    # Punkten pro Spiel" (the German version, earthpressnews.com); rtp.pt, January 2023: fifth "com 34
    # pontos" after the 1-1 against Volendam, his last match.
    spell = spell_of(full, "Alfred Schreuder", "AFC Ajax", Filters(kinds=LEAGUE))
    record = spell.record
    assert _points(record.played, record.won, record.drawn) == (18, 34)
    assert 3 * record.played - (3 * record.won + record.drawn) == 20
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.89
    assert spell.coverage == "full"


def test_koller_at_basel_99_matches_and_60_wins_before_the_2020_cup_semi_final(full: Store) -> None:
    # Tages-Anzeiger, 19 August 2020 ("Die Zeit von Marcel Koller in Basel ist zu Ende"): "Kollers Zeit in
    # Basel begann ... am 4. August 2018 mit einem 4:2-Erfolg über den Grasshopper Club. Es war die erste
    # von bislang 99 Partien"; Blick, August 2020, before the cup semi-final against Winterthur (25 August):
    # "zum 100. Mal an der Seitenlinie. 60 Spiele hat Koller gewonnen". The store lacks the results of
    # Basel's last eight league matches of 2019-20 (8 July to 2 August 2020: its data set ends before
    # they were played) and names them. Counted by hand from the Swiss press (Grenchner Tagblatt, Oltner
    # Tagblatt, Limmattaler Zeitung, SRF, July-August 2020): Sion 1-0 Basel, Basel 3-2 Young Boys, a win
    # over Zürich and a 2-2 at Servette (Basel 32 matches, 56 points), a win and a draw in the next two (34,
    # 60: 18-6-10, lie-zeit.li, 31 July 2020), 0-0 at Thun and 0-0 v Luzern: 3 wins, 4 draws, 1 defeat.
    check_store_and_missing(
        full,
        "Marcel Koller",
        "FC Basel 1893",
        Filters(date_to=dt.date(2020, 8, 24)),
        found=(91, 57, 15, 19),
        missing={("ch.1", "2019-20")},
        lacked=(8, 3, 4, 1),
        published=(99, 60, 19, 20),
    )


def test_jaissle_at_salzburg_33_matches_3_defeats_2_42_points(full: Store) -> None:
    # fussballdaten.de, February 2022 ("Bayern-Gegner Salzburg: Einsamer Rekord für Coach Matthias
    # Jaissle"), after the 2-0 against Wolfsberger AC on Sunday 20 February 2022: "33 Pflichtspiele und nur
    # 3 Niederlagen ... den besten Punkteschnitt: 2,42 Zähler pro Spiel" (80 points: 25 wins, 5 draws).
    spell = spell_of(full, "Matthias Jaissle", "RB Salzburg", Filters(date_to=dt.date(2022, 2, 20)))
    record = spell.record
    assert (record.played, record.lost) == (33, 3)
    assert round((3 * record.won + record.drawn) / record.played, 2) == 2.42
    assert spell.coverage == "full"


def test_knutsen_at_bodo_glimt_70_points_in_2023(full: Store) -> None:
    # VG, 30 November 2025 (on norwaytoday.com): "I 2023 ble Glimt seriemester med 70 poeng" (30 rounds).
    # (TV 2, July 2020: "Etter ti seire på ti kamper" the 2-2 at Stabæk on 30 July 2020 ended the perfect
    # start of 2020, as the store has it too.)
    season = spell_of(
        full,
        "Kjetil Knutsen",
        "FK Bodø/Glimt",
        Filters(kinds=LEAGUE, date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31)),
    )
    assert _points(season.record.played, season.record.won, season.record.drawn) == (30, 70)
    assert season.coverage == "full"


def test_clarke_at_kilmarnock_49_league_points_in_2018(full: Store) -> None:
    # Daily Record, 20 October 2018 ("Clarke so sceptical of calendar-year success"), before the match at
    # St Mirren that day: "No Premiership team have racked up more points than the Rugby Park club in
    # 2018, with only Hibs able to match their 49-point haul."
    spell = spell_of(
        full,
        "Steve Clarke",
        "Kilmarnock FC",
        Filters(kinds=LEAGUE, date_from=dt.date(2018, 1, 1), date_to=dt.date(2018, 10, 19)),
    )
    assert 3 * spell.record.won + spell.record.drawn == 49
    assert spell.coverage == "full"


def test_seoane_at_young_boys_107_league_matches(full: Store) -> None:
    # Radio BeO, 19 May 2021 ("YB-Trainer Gerardo Seoane zieht in die Bundesliga"), before his 108th league
    # match (Lausanne, Friday 21 May): "In den 107 Super-League-Runden unter Seoane ... 76 Siege, 20 Remis,
    # 11 Niederlagen 249:104 Tore". The store lacks the results of Young Boys' last eight league matches of
    # 2019-20 and names them; counted by hand from the Swiss press (Grenchner Tagblatt, Limmattaler Zeitung,
    # SRF, July-August 2020): 4-0 v Thun, 2-3 at Basel, then five wins (Servette, Zürich, Xamax, Luzern,
    # 1-0 at Sion: 34 matches, 21-7-6, lie-zeit.li, 31 July 2020) and 3-1 v St. Gallen: 7 wins, 1 defeat.
    check_store_and_missing(
        full,
        "Gerardo Seoane",
        "BSC Young Boys",
        Filters(kinds=LEAGUE, date_to=dt.date(2021, 5, 20)),
        found=(99, 69, 20, 10),
        missing={("ch.1", "2019-20")},
        lacked=(8, 7, 0, 1),
        published=(107, 76, 20, 11),
    )


def test_kenny_at_dundalk_78_points_in_2015(full: Store) -> None:
    # The Irish Times, October 2016 ("Stephen Kenny's impressive champions setting the bar high"): "Two years
    # ago they won the league with 74 points ... and 12 months later they scored more, conceded fewer to
    # improve on that total by four" (2015: 78 points from 33 rounds).
    spell = spell_of(
        full,
        "Stephen Kenny",
        "Dundalk FC",
        Filters(kinds=LEAGUE, date_from=dt.date(2015, 1, 1), date_to=dt.date(2015, 12, 31)),
    )
    assert _points(spell.record.played, spell.record.won, spell.record.drawn) == (33, 78)
    assert spell.coverage == "full"


def test_andersson_at_norrkoping_champions_2015_with_66_points(full: Store) -> None:
    # Allsvenskan 2015, the final table (plwiki.pl "Allsvenskan (2015)", from the Swedish FA): "1 IFK
    # Norrköping 30 20 6 4 60 33 +27 66"; champions by three points over IFK Göteborg after the 2-0 at Malmö
    # on 31 October 2015 (nordstjernan.com, lasportifa.blogspot.com).
    spell = spell_of(
        full,
        "Janne Andersson",
        "IFK Norrköping",
        Filters(kinds=LEAGUE, date_from=dt.date(2015, 1, 1), date_to=dt.date(2015, 12, 31)),
    )
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (30, 20, 6, 4)
    assert (record.goals_for, record.goals_against) == (60, 33)
    assert spell.coverage == "full"
