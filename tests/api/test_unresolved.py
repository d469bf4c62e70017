"""Fixtures a data set lists without a result: "no data" or partial, never zeros; positions unknown.

worldfootball's files of 2024-25 were taken on 22 October 2024: the rest of the season is there as
fixtures without results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.managers import manager_record
from touchline.compute.coverage import Coverage, GapKind
from touchline.store import Store
from touchline.views.manager import manager_report, positions_report

PEOPLE = person(
    "Ruud van Nistelrooy",
    'team = "Manchester United"\nrole = "caretaker"\nstart = 2024-10-28\nend = 2024-11-10',
    'team = "Leicester City"\nstart = 2024-11-29\nend = 2025-06-27',
    'team = "Leicester City"\nrole = "caretaker"\nstart_year = 2023\nend_year = 2023',
)
TEN_HAG = person("Erik ten Hag", 'team = "Manchester United"\nstart = 2022-05-23\nend = 2024-10-28')


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    season = data / "worldfootball-cache-full" / "2024-25"
    files = [season / "eng.1.txt", season / "eng.cup.l.txt", season / "uefa.el.txt"]
    with store_with(tmp_path_factory.mktemp("unresolved"), files, [PEOPLE, TEN_HAG]) as opened:
        yield opened


def test_a_spell_of_fixtures_without_results_has_no_data(store: Store) -> None:
    caretaker, leicester, _ = manager_record(store, "Ruud van Nistelrooy").spells
    # Leicester's 26 Premier League matches from his first (Brentford, 30 November) to the last day
    assert leicester.coverage is Coverage.NONE
    gap, cup = leicester.gaps
    assert (gap.kind, gap.competition, gap.count, str(gap.first), str(gap.last)) == (
        GapKind.NO_RESULT, "eng.1", 26, "2024-11-30", "2025-05-25"
    )  # fmt: skip
    # and the cups it was expected to play are named too: Leicester played the FA Cup of 2024-25 under
    # him (lost 2-1 at Manchester United in the fourth round, 7 February 2025; BBC Sport), a file these
    # three do not include
    assert (cup.kind, cup.competition, cup.seasons) == (GapKind.CUP, "eng.cup", ("2024-25",))
    # the caretaker spell: the EFL Cup tie with Leicester, the league matches with Chelsea and Leicester
    # and the Europa League's with PAOK, all without a result in these files
    assert caretaker.coverage is Coverage.NONE
    missing = {g.competition: g.count for g in caretaker.gaps if g.kind is GapKind.NO_RESULT}
    assert missing == {"eng.cup.l": 1, "eng.1": 2, "uefa.el": 1}
    report = manager_report(manager_record(store, "Ruud van Nistelrooy"))
    assert report.rows[1]["g"] == "no data"
    assert any("26 fixtures of this team (2024-11-30 to 2025-05-25) without a result" in n for n in report.notes)


def test_positions_on_a_day_the_data_lacks_results_are_unknown(store: Store) -> None:
    # ten Hag's last matches (Fenerbahçe on 24 October, West Ham on 27 October) are fixtures without a
    # result here: the table of the day he left is unknown, not the one of 19 October
    found = manager_record(store, "Erik ten Hag", positions=True)
    [spell] = found.spells
    assert spell.coverage is Coverage.PARTIAL
    # (and the store holds 2024-25 alone: the table of his arrival, in May 2022, is unknown too)
    assert spell.positions is not None and spell.positions.unknown == {"arrival", "departure"}
    report = positions_report(found)
    assert report is not None
    assert report.rows[0]["left"] == "no data"


def test_a_spell_given_in_years_covers_whole_years(store: Store) -> None:
    years = manager_record(store, "Ruud van Nistelrooy").spells[2]
    assert (str(years.start), str(years.end)) == ("2023-01-01", "2023-12-31")
    report = manager_report(manager_record(store, "Ruud van Nistelrooy"))
    assert (report.rows[2]["from"], report.rows[2]["to"]) == ("2023", "2023")
    assert any("dates given as years only" in n for n in report.notes)
