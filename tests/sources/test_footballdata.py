"""football-data reader: football-data.co.uk's DNK.csv and footballcsv's season files, on the real data."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from touchline.errors import ParseError
from touchline.model import Match, Score, Status
from touchline.sources import footballdata, read_head, read_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bad"


@pytest.fixture(scope="module")
def dnk(data: Path) -> list[Match]:
    """Every match of DNK.csv, read once."""
    return list(footballdata.read(data / "football-data.co.uk-DNK" / "DNK.csv", source="fd"))


def test_dnk_rows_per_season(dnk: list[Match]) -> None:
    assert len(dnk) == 2808
    assert Counter(m.season for m in dnk) == {
        "2012-13": 198,
        "2013-14": 198,
        "2014-15": 198,
        "2015-16": 198,
        "2016-17": 255,
        "2017-18": 255,
        "2018-19": 251,
        "2019-20": 243,
        "2020-21": 193,
        "2021-22": 193,
        "2022-23": 193,
        "2023-24": 193,
        "2024-25": 192,
        "2025-26": 48,
    }
    assert {m.competition for m in dnk} == {"dk.1"}
    assert {m.status for m in dnk} == {Status.PLAYED}
    assert all(m.ht is None and m.source == "fd" for m in dnk)


def test_dnk_first_row(dnk: list[Match], data: Path) -> None:
    first = dnk[0]
    assert (first.date, first.time, first.home, first.away, first.ft) == (
        dt.date(2012, 7, 13),
        "17:30",
        "Aarhus",
        "Aalborg",
        Score(1, 1),
    )
    assert first.line == 2
    assert first.file == str(data / "football-data.co.uk-DNK" / "DNK.csv")


@pytest.mark.parametrize(
    ("date", "home", "away", "ft"),
    [
        # the two last-day games where worldfootball says 3-1 and 1-3 (SOURCES.md section 1)
        (dt.date(2021, 5, 28), "Aarhus", "Aalborg", Score(1, 1)),
        (dt.date(2022, 5, 29), "Aalborg", "Viborg", Score(1, 1)),
        (dt.date(2012, 7, 15), "Esbjerg", "Silkeborg", Score(2, 3)),
    ],
)
def test_dnk_known_matches(dnk: list[Match], date: dt.date, home: str, away: str, ft: Score) -> None:
    found = [m for m in dnk if (m.date, m.home, m.away) == (date, home, away)]
    assert len(found) == 1
    assert found[0].ft == ft


def test_dnk_lines_point_at_the_row(dnk: list[Match], data: Path) -> None:
    lines = read_text(data / "football-data.co.uk-DNK" / "DNK.csv").splitlines()
    for m in dnk:
        row = lines[m.line - 1].split(",")
        assert (row[5], row[6], row[3]) == (m.home, m.away, m.date.strftime("%d/%m/%Y"))


@pytest.mark.parametrize(
    ("season", "code", "rows"),
    [
        ("2018-19", "be.1", 240),
        ("2019-20", "be.1", 232),
        ("2020-21", "be.1", 306),
        ("2016-17", "dk.1", 255),
        ("2017-18", "dk.1", 255),
        ("2018-19", "dk.1", 251),
        ("2012-13", "dk.1", 198),
        ("2008-09", "de.1", 306),
        ("2023-24", "de.1", 306),
    ],
)
def test_footballcsv_rows(data: Path, season: str, code: str, rows: int) -> None:
    path = data / "footballcsv-cache.footballdata" / season / f"{code}.csv"
    matches = list(footballdata.read(path))
    assert len(matches) == rows
    assert {(m.competition, m.season) for m in matches} == {(code, season)}
    assert [m.line for m in matches] == list(range(2, rows + 2))


def test_footballcsv_unknown_half_time(data: Path) -> None:
    first = next(footballdata.read(data / "footballcsv-cache.footballdata" / "2018-19" / "dk.1.csv"))
    assert (first.date, first.home, first.away, first.ft, first.ht) == (
        dt.date(2018, 7, 13),
        "Vejle",
        "Hobro",
        Score(3, 1),
        None,
    )
    belgian = next(footballdata.read(data / "footballcsv-cache.footballdata" / "2018-19" / "be.1.csv"))
    assert (belgian.home, belgian.ft, belgian.ht, belgian.away) == (
        "Standard",
        Score(3, 2),
        Score(1, 1),
        "Gent",
    )


def test_footballcsv_agrees_with_dnk(dnk: list[Match], data: Path) -> None:
    """Both come from football-data.co.uk: every footballcsv Superliga match is in DNK.csv, same score."""
    by_key = {(m.date, m.home, m.away): m.ft for m in dnk}
    checked = 0
    for path in sorted((data / "footballcsv-cache.footballdata").glob("*/dk.1.csv")):
        for m in footballdata.read(path):
            assert by_key[(m.date, m.home, m.away)] == m.ft, m
            checked += 1
    assert checked == 2568


def test_sniff_every_file(data: Path) -> None:
    wrong = []
    claimed = 0
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        relative = path.relative_to(data)
        expected = path.suffix == ".csv" and relative.parts[0] in (
            "football-data.co.uk-DNK",
            "footballcsv-cache.footballdata",
        )
        if footballdata.sniff(path, read_head(path)) != expected:
            wrong.append(str(relative))
        claimed += expected
    assert wrong == []
    assert claimed == 45


def test_parse_is_pure_and_reads_single_year_seasons() -> None:
    text = (
        "\ufeffCountry,League,Season,Date,Time,Home,Away,HG,AG,Res\n"
        "Denmark ,Superliga ,2013,31/03/13,,Nordby,Sydhavn,,,\n"
        "Denmark,Superliga,2013/2014,01/08/2013,18:00,Vestby,Osterby,0,2,A\n"
    )
    first, second = footballdata.parse(text, source="s")
    assert (first.season, first.date, first.ft, first.status, first.time) == (
        "2013",
        dt.date(2013, 3, 31),
        None,
        Status.SCHEDULED,
        None,
    )
    assert (first.file, first.line, first.source) == ("<text>", 2, "s")
    assert (second.season, second.ft, second.line) == ("2013-14", Score(0, 2), 3)


def test_football_csv_iso_dates_and_optional_columns() -> None:
    text = "Round,Date,Time,Team 1,FT,HT,Team 2\n1,2018-07-13,19:00,Nordby,-,,Sydhavn\n"
    (match,) = footballdata.parse(text, file="data/2018-19/dk.1.csv")
    assert (match.round, match.time, match.date, match.ft, match.status) == (
        "1",
        "19:00",
        dt.date(2018, 7, 13),
        None,
        Status.SCHEDULED,
    )


# --- bad input -------------------------------------------------------------------------------------


def _error(path: Path, file: str | None = None) -> ParseError:
    with pytest.raises(ParseError) as caught:
        if file is None:
            list(footballdata.read(path))
        else:
            list(footballdata.parse(path.read_text(encoding="utf-8"), file=file))
    return caught.value


def test_missing_columns() -> None:
    path = FIXTURES / "csv_missing_columns.csv"
    error = _error(path)
    assert (error.file, error.line) == (str(path), 1)
    assert error.reason.startswith("missing columns HG, AG in the header row")
    assert error.text.startswith("Country,League,Season")


def test_bad_score() -> None:
    path = FIXTURES / "csv_bad_score.csv"
    error = _error(path)
    assert str(error) == (
        f'{path}:3: bad score "x" in column HG (expected a whole number of goals such as "2", '
        "or both HG and AG empty for a match not played yet)"
    )
    assert error.text == "Denmark,Superliga,2012/2013,14/07/2012,16:00,Vestby,Østerby,x,3,A"


def test_bad_score_with_an_error_list_goes_on() -> None:
    errors: list[ParseError] = []
    matches = list(footballdata.read(FIXTURES / "csv_bad_score.csv", errors=errors))
    assert [m.line for m in matches] == [2]
    assert [e.line for e in errors] == [3]


def test_bad_date() -> None:
    error = _error(FIXTURES / "csv_bad_date.csv")
    assert error.line == 2
    assert error.reason == 'bad date "31/02/2013" (expected dd/mm/yyyy such as "13/07/2012")'


def test_unknown_league() -> None:
    error = _error(FIXTURES / "csv_unknown_league.csv")
    assert error.line == 2
    assert error.reason == (
        'unknown league "Sweden/Allsvenskan" (known: Denmark/Superliga); add it to footballdata.LEAGUES'
    )


def test_short_row() -> None:
    error = _error(FIXTURES / "csv_short_row.csv")
    assert error.line == 2
    assert error.reason == "row has 7 fields, the header has 10 (a missing comma or column?)"


def test_football_csv_bad_score() -> None:
    error = _error(FIXTURES / "fcsv_bad_score.csv", file="2018-19/dk.1.csv")
    assert str(error) == '2018-19/dk.1.csv:2: bad score "3:1" in column FT (expected "3-1", or "?" when unknown)'


def test_football_csv_bad_date() -> None:
    error = _error(FIXTURES / "fcsv_bad_date.csv", file="2018-19/dk.1.csv")
    assert str(error) == ('2018-19/dk.1.csv:3: bad date "Fri Jly 13 2018" (expected "Fri Jul 13 2018" or "2018-07-13")')


def test_football_csv_needs_a_competition_in_the_name() -> None:
    path = FIXTURES / "fcsv_no_competition.csv"
    error = _error(path)
    assert (error.file, error.line) == (str(path), 1)
    assert error.reason.startswith("cannot tell the competition from the file name")
    assert not footballdata.sniff(path, read_head(path))


def test_not_a_football_data_file() -> None:
    with pytest.raises(ParseError, match=r"<text>:1: not a football-data CSV file"):
        list(footballdata.parse("a,b,c\n1,2,3\n"))


FIELDS = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["", "?", "-", "3-1", "3:1", "2", "x", "31/02/2013", "13/07/12", "Fri Jul 13 2018", "9" * 40]),
)
LAYOUTS = [
    ("DNK.csv", ["Country", "League", "Season", "Date", "Time", "Home", "Away", "HG", "AG", "Res"]),
    ("2018-19/dk.1.csv", ["Date", "Team 1", "FT", "HT", "Team 2"]),
]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(LAYOUTS), st.lists(st.lists(FIELDS, min_size=4, max_size=11), max_size=4))
def test_any_row_reads_or_is_a_parse_error(layout: tuple[str, list[str]], rows: list[list[str]]) -> None:
    """Whatever the rows hold, the reader yields matches or ParseErrors, one per bad row, never a crash."""
    file, header = layout
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    errors: list[ParseError] = []
    matches = list(footballdata.parse(buffer.getvalue(), file=file, errors=errors))
    if "\x00" in buffer.getvalue():  # binary data: one error for the whole file
        assert (matches, [e.reason[:9] for e in errors]) == ([], ["not text:"])
        return
    # a header alone is one error: a file that gives no match at all
    assert len(matches) + len(errors) == max(len(rows), 1)
    assert all(m.ft is None or (m.ft.home >= 0 and m.ft.away >= 0) for m in matches)


def test_oversized_field_is_a_parse_error() -> None:
    text = "Date,Team 1,FT,HT,Team 2\n" + '"' + "x" * 200_000 + '",Nordby,1-1,?,Sydhavn\n'
    errors: list[ParseError] = []
    assert list(footballdata.parse(text, file="2018-19/dk.1.csv", errors=errors)) == []
    assert [str(e) for e in errors] == [
        "2018-19/dk.1.csv:2: cannot read the CSV: field larger than field limit (131072)"
    ]


def test_read_reports_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "2018-19" / "dk.1.csv"
    path.parent.mkdir()
    path.write_bytes(b"Date,Team 1,FT,HT,Team 2\nFri Jul 13 2018,K\xf8ge,1-1,?,Vejle\n")
    errors: list[ParseError] = []
    assert list(footballdata.read(path, errors=errors)) == []
    assert [(e.line, e.reason) for e in errors] == [(2, "not UTF-8 text (byte 0xf8); re-save the file as UTF-8")]
    with pytest.raises(ParseError):
        footballdata.read(path)
