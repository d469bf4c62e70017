"""What a spell lacks, by when and who: a cup the team would have entered only after he left, a super
cup or Club World Cup played before he arrived or after he left, the top flight's places (not a lower
division's) and the four clubs of a super cup, a national team's competitions, a league whose data ends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import store_with
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.coverage import GapKind
from touchline.store import Store


def _person(slug: str, name: str, *spells: tuple[str, str | None, str, str | None]) -> str:
    """A person file's text: spells as (team, the club's country or None for a national team, start,
    end or None)."""
    text = f'id = "{slug}"\nname = "{name}"\n'
    for team, country, start, end in spells:
        text += f'\n[[spell]]\nteam = "{team}"\nstart = {start}\n'
        text += f'country = "{country}"\n' if country else ""
        text += f"end = {end}\n" if end else ""
    return text


# the spells as touchline/data/people gives them (and the encyclopedia biographies for Sarri, Italiano,
# Maresca)
PEOPLE = [
    _person("erik-ten-hag", "Erik ten Hag", ("Bayern München II", "GER", "2013-07-01", "2015-06-30")),
    _person("erik-ten-hag-united", "Erik ten Hag at United", ("Manchester United", "ENG", "2022-05-23", "2024-10-28")),
    _person("thomas-tuchel", "Thomas Tuchel", ("Paris Saint-Germain", "FRA", "2018-07-01", "2020-12-29")),
    _person("mauricio-pochettino", "Mauricio Pochettino", ("Paris Saint-Germain", "FRA", "2021-01-02", "2022-07-05")),
    _person("zinedine-zidane", "Zinedine Zidane", ("Real Madrid", "ESP", "2019-03-11", "2021-05-27")),
    _person("maurizio-sarri", "Maurizio Sarri", ("Lazio Roma", "ITA", "2021-07-01", "2024-03-12")),
    _person("vincenzo-italiano", "Vincenzo Italiano", ("ACF Fiorentina", "ITA", "2021-07-01", "2024-06-02")),
    # the national team as the data names it (worldfootball's German)
    _person("julian-nagelsmann", "Julian Nagelsmann", ("Deutschland", None, "2023-09-22", None)),
    _person("craig-bellamy", "Craig Bellamy", ("Wales", None, "2024-07-09", None)),
    _person("pep-guardiola", "Pep Guardiola", ("Manchester City", "ENG", "2016-07-01", None)),
    _person("enzo-maresca", "Enzo Maresca", ("Leicester City", "ENG", "2023-07-01", "2024-06-03")),
    _person("ernst-happel", "Ernst Happel", ("Feijenoord", "NED", "1969-07-01", "1973-06-30")),
    _person("cestmir-vycpalek", "Čestmír Vycpálek", ("Juventus", "ITA", "1971-07-01", "1974-06-30")),
    _person("rinus-michels", "Rinus Michels", ("Ajax", "NED", "1965-01-22", "1971-06-30")),
    # (the spells of his biography, cut to the seasons the store holds here)
    _person("van-gaal-ajax", "Louis van Gaal at Ajax", ("Ajax", "NED", "1993-07-01", "1994-06-30")),
    _person("van-gaal-barcelona", "Louis van Gaal at Barcelona", ("FC Barcelona", "ESP", "1997-07-01", "1998-06-30")),
    _person("ottmar-hitzfeld", "Ottmar Hitzfeld", ("Bayern München", "GER", "1998-07-01", "1999-06-30")),
    _person("bielsa-newells", "Marcelo Bielsa at Newell's", ("Newell's Old Boys", "ARG", "1990-07-01", "1991-06-30")),
    _person(
        "bielsa-marseille", "Marcelo Bielsa at Marseille", ("Olympique Marseille", "FRA", "2014-05-17", "2015-06-30")
    ),
    _person("bielsa-lazio", "Marcelo Bielsa at Lazio", ("Lazio Roma", "ITA", "2016-07-06", "2016-07-08")),
    _person("bielsa-atlas", "Marcelo Bielsa at Atlas", ("Atlas", "MEX", "1993-07-01", "1995-01-31")),
    _person("jacob-neestrup", "Jacob Neestrup", ("FC København", "DEN", "2022-09-20", "2026-06-30")),
    _person("bielsa-leeds", "Marcelo Bielsa at Leeds", ("Leeds United", "ENG", "2018-06-01", "2019-06-30")),
    # West Bromwich Albion sacked Darren Moore on 9 March 2019 (4th at the end, beaten by Aston Villa in
    # the play-off semi-final); a spell at Derby County (6th) ending with the regular season's last day
    _person("darren-moore", "Darren Moore", ("West Bromwich Albion", "ENG", "2018-05-18", "2019-03-09")),
    _person("derby-regular", "Derby to the last day", ("Derby County", "ENG", "2018-07-01", "2019-05-05")),
    _person("verona-2018-19", "Verona in Serie B", ("Hellas Verona", "ITA", "2018-07-01", "2019-06-30")),
]

FILES = [
    "2013-14/de.4.bayern",
    "2014-15/de.4.bayern",
    "2022-23/eng.1",
    "2023-24/eng.1",
    "2024-25/eng.1",
    "2023-24/eng.cup",
    "2019-20/fr.1",
    "2020-21/fr.1",
    "2017-18/uefa.cl",
    "2018-19/es.1",
    "2018-19/es.cup",
    "2019-20/es.1",
    "2022-23/it.1",
    "2022-23/it.cup",
    "2024-25/uefa.nl.a",
    "2024-25/uefa.nl.b",
    "archive/1960s/1969-70/uefa.cl",
    "archive/1960s/1969-70/nl.1",
    "archive/1960s/1969-70/nl.cup",
    "archive/1970s/1970-71/uefa.cl",
    "archive/1970s/1970-71/nl.1",
    "archive/1970s/1970-71/nl.cup",
    "archive/1970s/1972-73/uefa.cl",
    "archive/1970s/1973-74/it.1",
    "archive/1970s/1973-74/it.cup",
    "archive/1990s/1992-93/nl.1",
    "archive/1990s/1992-93/nl.cup",
    "archive/1990s/1993-94/nl.1",
    "archive/1990s/1993-94/uefa.cl",
    "archive/1990s/1996-97/es.1",
    "archive/1990s/1996-97/es.cup",
    "archive/1990s/1997-98/es.1",
    "archive/1990s/1997-98/uefa.cl",
    "archive/1990s/1997-98/de.1",
    "archive/1990s/1997-98/de.cup",
    "archive/1990s/1998-99/de.1",
    "archive/1990s/1998-99/uefa.cl",
    "archive/1990s/1998-99/uefa.cl.q",
    "archive/1990s/1990-91/ar.1",
    "2013-14/fr.1",
    "2014-15/fr.1",
    "2015-16/it.1",
    "2016-17/it.1",
    "2000-01/mx.1",
    "2018-19/eng.2",
    "2018-19/it.2",
]


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    full = data / "worldfootball-cache-full"
    files = [full / f"{name}.txt" for name in FILES]
    files.append(data / "football-data.co.uk-DNK" / "DNK.csv")  # the Superliga to 2025-26, in part
    with store_with(tmp_path_factory.mktemp("windows"), files, PEOPLE) as opened:
        yield opened


def _spell(store: Store, name: str) -> SpellRecord:
    return manager_record(store, name).spells[0]


def _missing(spell: SpellRecord, kind: GapKind) -> dict[tuple[str | None, str], str]:
    """(competition, season) -> why, of the spell's gaps of one kind."""
    return {(g.competition, season): g.why for g in spell.gaps if g.kind is kind for season in g.seasons}


def test_a_lower_divisions_title_qualifies_for_no_super_cup(store: Store) -> None:
    # Bayern's reserves won Regionalliga Bayern 2013-14 under ten Hag: the DFL-Supercup is the
    # Bundesliga champions' (and the DFB-Pokal winners'), so nothing is missing
    reserves = _spell(store, "Erik ten Hag")
    assert reserves.team_name == "Bayern München II"
    assert _missing(reserves, GapKind.SUPER_CUP) == {}


def test_a_cup_the_team_would_have_entered_after_he_left_is_no_gap(store: Store) -> None:
    # Premier League clubs enter the FA Cup in the third round, in January (5 January 2024 in the
    # store's 2023-24): ten Hag left United on 28 October 2024, so the FA Cup of 2024-25 is no gap; that
    # of 2022-23 is (January 2023, under him), and so is the EFL Cup of 2024-25 (United played it in
    # September)
    united = _spell(store, "Erik ten Hag at United")
    cups = _missing(united, GapKind.CUP)
    assert ("eng.cup", "2024-25") not in cups
    assert ("eng.cup", "2022-23") in cups
    assert ("eng.cup.l", "2024-25") in cups


def test_a_super_cup_played_in_january_goes_to_the_spell_of_january(store: Store) -> None:
    # the Trophée des Champions of 2020-21 (PSG, Ligue 1 champions 2019-20) was played on 13 January 2021:
    # after Tuchel left (29 December 2020), under Pochettino (from 2 January 2021)
    assert ("fr.sc", "2020-21") not in _missing(_spell(store, "Thomas Tuchel"), GapKind.SUPER_CUP)
    pochettino = _missing(_spell(store, "Mauricio Pochettino"), GapKind.SUPER_CUP)
    assert pochettino[("fr.sc", "2020-21")] == "Ligue 1 champions 2019-20"


def test_a_club_world_cup_played_before_he_arrived_is_no_gap(store: Store) -> None:
    # Real Madrid, European champions of 2017-18, played the Club World Cup of 12-22 December 2018:
    # before Zidane's second spell (from 11 March 2019)
    zidane = _spell(store, "Zinedine Zidane")
    assert _missing(zidane, GapKind.CLUB_WORLD_CUP) == {}


def test_the_four_clubs_of_the_supercopa_pass_a_place_down_the_table(store: Store) -> None:
    # the Supercopa de España of January 2020, the first of four clubs: Barcelona (champions), Atlético
    # (runners-up), Valencia (cup winners) and, for Barcelona the cup finalists, Real Madrid, 3rd
    zidane = _missing(_spell(store, "Zinedine Zidane"), GapKind.SUPER_CUP)
    assert zidane == {
        ("es.sc", "2019-20"): "La Liga 3rd 2018-19, FC Barcelona held two places",
        ("es.sc", "2020-21"): "La Liga champions 2019-20",
    }


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # the Supercoppa Italiana of January 2024, the first of four clubs: Napoli, Lazio, Inter, Fiorentina
        ("Maurizio Sarri", "Serie A runners-up 2022-23"),
        ("Vincenzo Italiano", "Coppa Italia finalists 2022-23"),
    ],
)
def test_the_four_clubs_of_the_supercoppa(store: Store, name: str, why: str) -> None:
    assert _missing(_spell(store, name), GapKind.SUPER_CUP) == {("it.sc", "2023-24"): why}


@pytest.mark.parametrize("name", ["Julian Nagelsmann", "Craig Bellamy"])
def test_a_national_team_is_told_which_of_its_competitions_the_store_holds(store: Store, name: str) -> None:
    # Germany played Nations League A in 2024-25, Wales Nations League B: a national team has no league
    spell = _spell(store, name)
    national = [str(g) for g in spell.gaps if g.kind is GapKind.NATIONAL]
    assert national == [
        "the store holds this national team's UEFA Nations League matches only; friendlies, qualifiers and "
        "other tournaments are not in it"
    ]
    assert not [g for g in spell.gaps if g.kind is GapKind.NO_LEAGUE]


def test_seasons_past_the_end_of_the_leagues_data_say_so(store: Store) -> None:
    # the store holds the Premier League of 2022-23 to 2024-25: Guardiola's seasons at City before and
    # after (to 30 June 2026) are not a lower division
    city = manager_record(store, "Pep Guardiola", Filters(date_to=dt.date(2026, 6, 30))).spells[0]
    league = [str(g) for g in city.gaps if g.kind is GapKind.LEAGUE]
    assert league == [
        "no league matches of this team in 2016-17, 2017-18, 2018-19, 2019-20, 2020-21, 2021-22 (the store's "
        "Premier League data begins with 2022-23)",
        "no league matches of this team in 2025-26 (the store's Premier League data ends with 2024-25)",
    ]


def test_a_season_inside_the_leagues_data_is_a_division_the_store_lacks(store: Store) -> None:
    # Leicester, relegated in 2023, played the Championship of 2023-24 (and the FA Cup, which the store
    # holds) under Maresca: the division next to the Premier League, of which this store holds 2018-19 only
    leicester = _spell(store, "Enzo Maresca")
    league = [str(g) for g in leicester.gaps if g.kind is GapKind.LEAGUE]
    assert league == ["no league matches of this team in 2023-24 (the store's EFL Championship data ends with 2018-19)"]


def test_the_intercontinental_cups_of_the_european_champions_and_of_the_runners_up_who_went_instead(
    store: Store,
) -> None:
    # Feyenoord (Feijenoord in the 1970s files), European champions of 1970, played Estudiantes in
    # August and September 1970; Ajax, champions of 1971 (Michels had left for Barcelona) and 1973,
    # declined, and Juventus, the runners-up of 1973, played Independiente in Rome on 28 November 1973
    # (en.wikipedia, Intercontinental Cup (1960-2004))
    happel = _spell(store, "Ernst Happel")
    assert _missing(happel, GapKind.CLUB_WORLD_CUP) == {("world.icc", "1970-71"): "European Cup winners 1969-70"}
    juventus = _spell(store, "Čestmír Vycpálek")
    assert _missing(juventus, GapKind.CLUB_WORLD_CUP) == {("world.icc", "1973-74"): "European Cup runners-up 1972-73"}
    assert _missing(_spell(store, "Rinus Michels"), GapKind.CLUB_WORLD_CUP) == {}


def test_cup_winners_in_the_champions_league_were_not_in_the_cup_winners_cup(store: Store) -> None:
    # Ajax won the KNVB Cup of 1992-93 (Feyenoord the league) and played the Cup Winners' Cup of 1993-94;
    # Barcelona won the Copa del Rey of 1996-97 as league runners-up and played the Champions League of
    # 1997-98 (Real Betis, the beaten finalists, the Cup Winners' Cup); Bayern, DFB-Pokal winners and
    # league runners-up of 1997-98, played the Champions League of 1998-99 from its qualifying round
    # (v Obilić) (en.wikipedia "1993-94 / 1997-98 / 1998-99 UEFA Cup Winners' Cup", Teams)
    ajax = _missing(_spell(store, "Louis van Gaal at Ajax"), GapKind.CONTINENTAL)
    assert ajax == {("uefa.cwc", "1993-94"): "KNVB Cup winners 1992-93"}
    assert _missing(_spell(store, "Louis van Gaal at Barcelona"), GapKind.CONTINENTAL) == {}
    assert _missing(_spell(store, "Ottmar Hitzfeld"), GapKind.CONTINENTAL) == {}


def test_a_cup_not_held_that_season_is_no_gap(store: Store) -> None:
    # the Copa Argentina was played in 1969 and 1970, then from 2011-12 (en.wikipedia "Copa Argentina"):
    # Newell's of 1990-91 had none to play
    newells = _spell(store, "Marcelo Bielsa at Newell's")
    assert newells.team_name == "Newell's Old Boys"
    assert _missing(newells, GapKind.CUP) == {}


def test_a_cup_whose_final_came_before_he_arrived_is_no_gap(store: Store) -> None:
    # the Coupe de la Ligue's final of 2013-14 was played on 19 April 2014 (Paris Saint-Germain 2-1 Lyon),
    # before Bielsa's Marseille spell (from 17 May 2014); that of 2014-15 (Ligue 1 clubs out of Europe
    # entered in the round of 32, in October 2014) was under him
    cups = _missing(_spell(store, "Marcelo Bielsa at Marseille"), GapKind.CUP)
    assert ("fr.cup.l", "2013-14") not in cups
    assert ("fr.cup.l", "2014-15") in cups


def test_a_spell_without_a_match_day_says_so(store: Store) -> None:
    # Bielsa left Lazio two days after signing, in July 2016: Lazio's last match of 2015-16 was on 15 May
    # 2016 (Lazio 2-4 Fiorentina), its first of 2016-17 on 21 August 2016 (Atalanta 3-4 Lazio)
    lazio = _spell(store, "Marcelo Bielsa at Lazio")
    assert [str(g) for g in lazio.gaps] == [
        "the team played no match between 2016-07-06 and 2016-07-08 (the store holds its matches of 15 May "
        "2016 and 21 August 2016, either side of this spell)"
    ]


def test_a_spell_before_the_leagues_data_begins_says_so(store: Store) -> None:
    # the store here holds Mexico's league from 2000-01 only: Atlas of 1993-95 is not a missing division
    atlas = _spell(store, "Marcelo Bielsa at Atlas")
    assert [str(g) for g in atlas.gaps] == [
        "the store has no matches of this team between 1993-07-01 and 1995-01-31 (Primera División de México "
        "data in the store begins after this spell, with 2000-01)"
    ]


def test_a_league_season_held_in_part_says_where_its_data_ends(store: Store) -> None:
    # football-data.co.uk's DNK.csv holds the Superliga of 2025-26 to its 8th round (15 September 2025,
    # 48 matches of the 132 of its regular season)
    copenhagen = _spell(store, "Jacob Neestrup")
    cut = [str(g) for g in copenhagen.gaps if g.kind is GapKind.LEAGUE_CUT]
    assert cut == [
        "Danish Superliga 2025-26 is in the store only to 15 September 2025: its data ends there, before the "
        "season's end (the team's later matches are not in it)"
    ]


def test_a_play_off_the_store_lacks_is_named(store: Store) -> None:
    # Leeds finished 3rd in the Championship of 2018-19 and lost the play-off semi-final to Derby County
    # over two legs, 11 and 15 May 2019 (en.wikipedia "2019 EFL Championship play-offs"); worldfootball's
    # file ends with the regular season
    leeds = _spell(store, "Marcelo Bielsa at Leeds")
    assert [str(g) for g in leeds.gaps if g.kind is GapKind.PLAYOFF] == [
        "Championship play-offs 2018-19 are not in the store (qualified as 3rd in the Championship 2018-19)"
    ]


def test_a_play_off_after_the_spell_is_no_gap(store: Store) -> None:
    # the Championship's regular season of 2018-19 ended on 5 May 2019, its play-offs began on 11 May:
    # neither a spell that ended in March nor one that ended on 5 May met them
    assert _missing(_spell(store, "Darren Moore"), GapKind.PLAYOFF) == {}
    assert _missing(_spell(store, "Derby to the last day"), GapKind.PLAYOFF) == {}


def test_a_play_off_the_store_holds_is_no_gap(store: Store) -> None:
    # Hellas Verona finished 6th in Serie B 2018-19 and won its play-offs (1-3 and 3-0 against Cittadella
    # in the final, 30 May and 2 June 2019: it.wikipedia "Serie B 2018-2019"); worldfootball's file holds
    # them, under "Aufstieg"
    verona = _spell(store, "Verona in Serie B")
    assert verona.team_name == "Hellas Verona"
    assert _missing(verona, GapKind.PLAYOFF) == {}
    assert "2019-06-02" in {m.date.isoformat() for m in verona.matches}
