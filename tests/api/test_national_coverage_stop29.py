"""What a national team's spell lacks: the store holds national teams' UEFA Nations League matches only
(2018-19 to 2024-25, whose results end on 10 October 2024), over a store of every Nations League file of
the corpus. A window without the team's Nations League matches is one the store lacks its friendlies,
qualifiers and tournaments in, never one it "played no match" in; a record filtered to the Nations League
drops that note; the stages the store lacks (the 2024-25 quarter-finals and play-offs of March 2025, its
finals, the 2026-27 league phase: ``[nations_league]`` of ``touchline/data/competitions.toml``, sourced
there) are named where the spell covers their days and the team played them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.coverage import (
    ELSEWHERE,
    Coverage,
    GapKind,
    National,
    NationalStage,
    assess,
    filtered,
)
from touchline.model import CompetitionKind
from touchline.reference.nations_league import nations_league
from touchline.store import Store, read

SEASONS = ("2018-19", "2020-21", "2022-23", "2024-25")
NOTE = (
    "the store holds this national team's UEFA Nations League matches only; friendlies, qualifiers and "
    "other tournaments are not in it"
)

PEOPLE = [
    # Zlatko Dalić, Croatia's head coach from 7 October 2017 (touchline/data/people/zlatko-dalic.toml)
    person("Zlatko Dalic", 'team = "Croatia"\nstart = 2017-10-07'),
    # Thomas Tuchel, England's head coach from 1 January 2025 (touchline/data/people/thomas-tuchel.toml)
    person("Thomas Tuchel", 'team = "England"\nstart = 2025-01-01'),
    # throwaway spells (no one's real dates): Hungary between two Nations League matches of autumn 2020,
    # and Hungary over the first four months of 2025
    person("Hungary Autumn", 'team = "Hungary"\nstart = 2020-10-20\nend = 2020-11-13'),
    person("Hungary Spring", 'team = "Hungary"\nstart = 2025-01-01\nend = 2025-04-30'),
    # a club's spell between two of its matches, for comparison: Lazio, 6 to 8 July 2016 (Bielsa's)
    person("Lazio Days", 'team = "Lazio Roma"\ncountry = "ITA"\nstart = 2016-07-06\nend = 2016-07-08'),
]


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    full = data / "worldfootball-cache-full"
    files = [full / season / f"uefa.nl.{league}.txt" for season in SEASONS for league in "abcd"]
    files += [full / "2015-16" / "it.1.txt", full / "2016-17" / "it.1.txt"]
    with store_with(tmp_path_factory.mktemp("national"), files, PEOPLE) as opened:
        yield opened


def _spell(store: Store, name: str, filters: Filters | None = None) -> SpellRecord:
    return manager_record(store, name, filters or Filters()).spells[0]


def _stages(spell: SpellRecord) -> list[tuple[str, str]]:
    return [(season, g.why) for g in spell.gaps if g.kind is GapKind.NATIONAL_STAGE for season in g.seasons]


def test_a_national_team_between_two_nations_league_matches_is_not_said_to_have_played_none(
    store: Store,
) -> None:
    # Hungary played Russia on 14 October 2020 and Serbia on 15 November 2020 in the Nations League (the
    # store), and beat Iceland 2-1 in the Euro play-off final between them: "Hungary qualified for the
    # Euro 2020 finals with a thrilling 2-1 comeback win over Iceland" (Reuters on devdiscourse.com, 13
    # November 2020; chinadailyhk.com: "at the Puskas Arena in Budapest on Nov 12, 2020")
    spell = _spell(store, "Hungary Autumn")
    assert spell.coverage == Coverage.NONE
    assert [str(g) for g in spell.gaps] == [
        "the store has no matches of this team between 2020-10-20 and 2020-11-13 (it holds national teams' "
        "UEFA Nations League matches only; friendlies, qualifiers and other tournaments are not in it)"
    ]
    # a club between two of its matches still played none (Lazio's of 15 May and 13 August 2016)
    club = _spell(store, "Lazio Days")
    assert club.coverage == Coverage.NONE
    assert str(club.gaps[0]).startswith("the team played no match between 2016-07-06 and 2016-07-08")


def test_a_record_filtered_to_the_nations_league_drops_the_note_of_other_competitions(store: Store) -> None:
    # Croatia "topped League A Group 1 with 13 points from six matches" (Reuters on channelnewsasia.com,
    # 26 September 2022): four wins, a draw, a defeat; the store holds all six
    group = Filters(competitions=("uefa.nl.a",), date_from=dt.date(2022, 6, 1), date_to=dt.date(2022, 9, 30))
    spell = _spell(store, "Zlatko Dalic", group)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (6, 4, 1, 1)
    assert (spell.coverage, spell.gaps) == (Coverage.FULL, ())
    # filtered to the kind, friendlies and qualifiers are national teams' competitions too: still partial
    kind = Filters(kinds=(CompetitionKind.NATIONAL,), date_from=dt.date(2022, 6, 1), date_to=dt.date(2022, 9, 30))
    spell = _spell(store, "Zlatko Dalic", kind)
    assert spell.coverage == Coverage.PARTIAL
    assert [str(g) for g in spell.gaps] == [NOTE]


def test_the_stages_the_store_lacks_are_named_where_the_team_played_them(store: Store) -> None:
    # Croatia played the 2023 finals (in the store: Croatia 0-1 Spain on 18 June 2023 among them), the
    # 2024-25 quarter-finals ("20/03/2025 Croatia 2-0 France", uefa.com, 25 March 2025) and the 2026-27
    # league phase (Group A3, uefa.com, 12 February 2026), which the store lacks
    spell = _spell(store, "Zlatko Dalic")
    assert spell.coverage == Coverage.PARTIAL
    assert _stages(spell) == [("2024-25", "quarter-finals"), ("2026-27", "league phase")]
    texts = [str(g) for g in spell.gaps]
    assert NOTE in texts
    assert (
        "UEFA Nations League 2024-25 quarter-finals (20 to 23 March 2025), which this team played, are not in the store"
    ) in texts
    assert (
        "UEFA Nations League 2026-27 league phase (24 September to 17 November 2026), which this team played, "
        "is not in the store"
    ) in texts
    # the four 2024-25 group matches of October and November 2024 listed without a result
    unplayed = [g for g in spell.gaps if g.kind is GapKind.NO_RESULT]
    assert [(g.competition, g.count, g.first, g.last) for g in unplayed] == [
        ("uefa.nl.a", 4, dt.date(2024, 10, 12), dt.date(2024, 11, 18))
    ]
    # filtered to League A, the stages stay (the store lacks them), the note of other competitions goes
    spell = _spell(store, "Zlatko Dalic", Filters(competitions=("uefa.nl.a",)))
    assert _stages(spell) == [("2024-25", "quarter-finals"), ("2026-27", "league phase")]
    assert NOTE not in [str(g) for g in spell.gaps]


def test_a_no_data_spell_names_what_the_store_lacks(store: Store) -> None:
    # England won Group B2 and were promoted without a play-off ("England and Northern Ireland secured
    # automatic promotion after topping their respective groups", nbssport.co.ug, 20 March 2025): nothing
    # of March 2025 for Tuchel's England, but the 2026-27 league phase (Group A3, uefa.com, 12 February 2026)
    spell = _spell(store, "Thomas Tuchel")
    assert spell.coverage == Coverage.NONE
    assert str(spell.gaps[0]).startswith("the store has no matches of this team between 2025-01-01 and ")
    assert str(spell.gaps[0]).endswith(
        "(it holds national teams' UEFA Nations League matches only; friendlies, qualifiers and other "
        "tournaments are not in it)"
    )
    assert _stages(spell) == [("2026-27", "league phase")]
    # Hungary played Türkiye in the League A/B play-offs ("First legs (20 March 2025) Türkiye vs Hungary",
    # uefa.com, 18 February 2025)
    hungary = _spell(store, "Hungary Spring")
    assert hungary.coverage == Coverage.NONE
    assert _stages(hungary) == [("2024-25", "League A/B promotion/relegation play-offs")]


def test_assess_and_filtered_of_a_national_team() -> None:
    national = National(
        "UEFA Nations League",
        (NationalStage("UEFA Nations League", "2024-25", "finals", dt.date(2025, 6, 4), dt.date(2025, 6, 8)),),
    )
    days = [(dt.date(2024, 9, 5), CompetitionKind.NATIONAL)]
    start, end = dt.date(2024, 9, 1), dt.date(2025, 6, 30)
    status, gaps = assess(days, None, "", start, end, [], [], lambda _: True, held=["x"], national=national)
    assert status is Coverage.PARTIAL
    assert [(g.kind, g.competition) for g in gaps] == [(GapKind.NATIONAL, ELSEWHERE), (GapKind.NATIONAL_STAGE, None)]
    assert str(gaps[1]) == (
        "UEFA Nations League 2024-25 finals (4 to 8 June 2025), which this team played, are not in the store"
    )
    kinds = {CompetitionKind.NATIONAL}
    assert filtered(gaps, kinds, lambda code: code == "uefa.nl.a") == (Coverage.PARTIAL, gaps[1:])
    assert filtered(gaps, kinds, lambda code: True) == (Coverage.PARTIAL, gaps)
    assert filtered(gaps[:1], kinds, lambda code: code == "uefa.nl.a") == (Coverage.FULL, ())
    # without a match, its matches either side of the window close: no data, never "played no match"
    around = (dt.date(2020, 10, 14), dt.date(2020, 11, 15))
    first, last = dt.date(2020, 10, 20), dt.date(2020, 11, 13)
    status, gaps = assess([], None, "", first, last, [], [], lambda _: True, around=around, national=National("X"))
    assert status is Coverage.NONE
    assert [g.kind for g in gaps] == [GapKind.NO_MATCHES]
    assert "played no match" not in str(gaps[0])
    status, gaps = assess([], None, "", first, last, [], [], lambda _: True, around=around)
    assert "played no match" in str(gaps[0])


def test_the_stages_of_the_data_file_match_the_store_where_it_holds_them(store: Store) -> None:
    # the days and teams [nations_league] gives the stages of 2018-19 to 2022-23 are those of the store's
    # own Nations League files; of the 2024-25 league phase it holds the fixtures (results to 10 October)
    league = nations_league()
    assert league.series == "UEFA Nations League"
    for stage in league.stages:
        found = read.matches(store, competitions=league.competitions, date_from=stage.first, date_to=stage.last)
        if stage.first > dt.date(2024, 11, 19):
            assert found == [], stage  # the stages the store lacks
            continue
        assert (found[0].date, found[-1].date) == (stage.first, stage.last), stage
        if stage.teams:
            names = {read.club_name(store, team) for team in stage.teams}
            assert {m.home for m in found} | {m.away for m in found} == names, stage
