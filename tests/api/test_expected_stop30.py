"""What a spell was expected to play (touchline/api/expected.py), as the whole corpus shows: a short spell
may have met a cup whose final neither the store nor the calendar gives, from the day its tier entered
it (a possible gap, not nothing); and from 2017, when the Copa Libertadores and the Copa Sudamericana
were played side by side, a Libertadores club whose group place did not drop it into the Sudamericana
did not play the Sudamericana that year, whenever its Libertadores run ended."""

from __future__ import annotations

import datetime as dt

from tests.test_absent_stop22 import _spell
from touchline.api.expected import _cup_within, _group_place, _Meets, _whole_group
from touchline.api.tables import season_matches
from touchline.compute.coverage import Gap, GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def _sudamericana(gaps: tuple[Gap, ...]) -> list[Gap]:
    return [g for g in gaps if g.competition == "copa.sudamericana"]


def test_a_short_spell_may_have_met_a_cup_whose_final_is_not_known(full: Store) -> None:
    # Primeira Liga clubs enter the Taça de Portugal in its third round, from October (calendar.toml's
    # [cup_entry], pt.wikipedia "Taça de Portugal"); neither the store nor the calendar gives its final of
    # 2023-24, and the store holds no season of it
    (entry, _), *rest = catalog.cup_entries("pt.cup", "2023-24", 1)
    assert not rest and entry.first_day("2023-24") == dt.date(2023, 10, 1)
    assert catalog.final_day("pt.cup", "2023-24") is None
    vitoria = "Vitória Guimarães"

    def meets(first: dt.date, last: dt.date) -> _Meets:
        return _cup_within(full, "pt.cup", "2023-24", first, last, "pt.1", vitoria, short=True)

    # a month of October 2023 (fewer than the 45 days a league season is expected of) may have held its
    # third round: possibly, where it was nothing before
    assert meets(dt.date(2023, 10, 1), dt.date(2023, 10, 31)) is _Meets.POSSIBLY
    # two weeks of it are the least (a round is a day or two of such a stretch)
    assert meets(dt.date(2023, 10, 1), dt.date(2023, 10, 14)) is _Meets.POSSIBLY
    assert meets(dt.date(2023, 10, 1), dt.date(2023, 10, 13)) is _Meets.NO
    # Paulo Turra's 44 days, 21 August to 3 October 2023, covered three days of October: the third round
    # was played later that month (rtp.pt, October 2023: "A terceira eliminatória vai arrancar na
    # quinta-feira", a Thursday after his departure)
    assert meets(dt.date(2023, 8, 21), dt.date(2023, 10, 3)) is _Meets.NO
    # June 2024, after the Primeira Liga's last day of 18 May 2024 in the store: none of it
    assert meets(dt.date(2024, 6, 1), dt.date(2024, 6, 30)) is _Meets.NO
    # the Taça da Liga, whose final of 27 January 2024 the calendar gives (rr.sapo.pt), is certain for
    # his spell: it lost at Tondela (calendar.toml); the store holds none of it
    turra = _spell(full, "Paulo Turra", "Vitória", 2023)
    assert [(g.competition, g.seasons, g.possible) for g in turra.gaps if g.kind is GapKind.CUP] == [
        ("pt.cup.l", ("2023-24",), False)
    ]


def test_a_cup_the_calendar_gives_nothing_of_is_not_even_possible_for_a_short_slot(full: Store) -> None:
    # the Russian Cup: no entry day and no final in the calendar for 2012-13, no season in the store;
    # Dan Petrescu's Kuban, to 5 August 2012, 36 days of 2012-13: nothing tells where its rounds fell
    assert catalog.cup_entries("ru.cup", "2012-13", 1) == []
    assert catalog.final_day("ru.cup", "2012-13") is None
    kuban = "Kuban Krasnodar"
    first, last = dt.date(2012, 7, 1), dt.date(2012, 8, 5)
    assert _cup_within(full, "ru.cup", "2012-13", first, last, "ru.1", kuban, short=True) is _Meets.NO
    petrescu = _spell(full, "Dan Petrescu", "Kuban", 2009)
    assert {s for g in petrescu.gaps if g.competition == "ru.cup" for s in g.seasons} == {
        "2009-10",
        "2010-11",
        "2011-12",
    }


def test_a_libertadores_group_runner_up_of_2018_played_no_sudamericana(full: Store) -> None:
    # Flamengo were second in group 4 of the Copa Libertadores 2018 behind River Plate, and went out in
    # the round of 16 to Cruzeiro (0-2 at home, 1-0 at Belo Horizonte on 29 August 2018) (en.wikipedia
    # "2018 Copa Libertadores group stage", "2018 Copa Libertadores knockout stages"); the store holds the
    # group whole
    played = season_matches(full, "copa.l", "2018")
    group = _whole_group(played, "Flamengo RJ")
    assert len(group) == 12
    assert _group_place(group, "copa.l", "2018", "Flamengo RJ") == 2
    assert max(m.date for m in played if "Flamengo RJ" in (m.home, m.away)) == dt.date(2018, 8, 29)
    # the two were played side by side from 2017: only a group's third (and the best losers of the
    # qualifying third stage) went on to the Sudamericana (en.wikipedia "2017 Copa Sudamericana"); under
    # Maurício Barbieri (29 March to 28 September 2018) Flamengo played no Sudamericana, not even possibly
    barbieri = _spell(full, "Maurício Barbieri", "Flamengo", 2018)
    assert _sudamericana(barbieri.gaps) == []
    # Palmeiras, first in its group of 2017 and out on penalties to Barcelona of Guayaquil on 9 August 2017
    # (en.wikipedia "2017 Copa Libertadores knockout stages"), under Cuca to 13 October 2017: none either
    cuca = _spell(full, "Cuca", "Palmeiras", 2017)
    assert _sudamericana(cuca.gaps) == []
    # Universidad Católica, second in its group of 2021 (the store's table) and out to Palmeiras in the
    # round of 16 on 21 July 2021 (en.wikipedia "2021 Copa Libertadores"), under Gustavo Poyet to 30
    # August 2021
    poyet = _spell(full, "Gus Poyet", "Universidad Católica", 2021)
    assert _sudamericana(poyet.gaps) == []


def test_before_2017_a_libertadores_club_out_by_july_may_have_played_the_sudamericana(full: Store) -> None:
    # River Plate won the Copa Libertadores on 5 August 2015 and played the Copa Sudamericana of that
    # year to its semi-final, lost to Huracán (en.wikipedia "2015 Copa Sudamericana"): before 2017 the
    # Sudamericana came after the Libertadores, its places by league position; under Marcelo Gallardo its
    # 2014 to 2016 editions stay possible, those of 2017 to 2019 and 2021 to 2022 (in the Libertadores
    # every year, never third in its group in the store) are gone
    gallardo = _spell(full, "Marcelo Gallardo", "River Plate", 2014)
    gaps = _sudamericana(gallardo.gaps)
    assert all(g.possible for g in gaps)
    assert {s for g in gaps for s in g.seasons} == {"2014", "2015", "2016"}
    # Fluminense went out of the Libertadores's qualifying third stage in March 2022 and dropped into the
    # Sudamericana (en.wikipedia "2022 Copa Sudamericana"): its place in no group tells, so possible under
    # Fernando Diniz (from 2 May 2022); of 2023, the Libertadores it won, nothing
    diniz = _spell(full, "Fernando Diniz", "Fluminense", 2022)
    gaps = _sudamericana(diniz.gaps)
    assert [(g.seasons, g.possible) for g in gaps] == [(("2022",), True)]
