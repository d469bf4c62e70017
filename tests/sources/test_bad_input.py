"""The bad-input corpus (tests/fixtures/bad-input/): every kind of bad file, and what touchline says.

One small hand-made file per case, grouped by reader, under a realistic path (readers take competition
and season from it). Each case lists the exact one-line errors (``str(ParseError)``, ``{file}`` standing
for the file's path) and how many matches still come out, checked through ``parse`` with an error list,
through ``read`` with one, and through ``read`` raising the first. Files no reader reads are listed with
:func:`~touchline.sources.classify`'s reason and whether they look like match data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from touchline.errors import ParseError
from touchline.model import Score
from touchline.sources import (
    HEAD_SIZE,
    classify,
    detect,
    footballtxt,
    looks_like_match_data,
    read_head,
    read_text,
    reader,
)
from touchline.sources.limits import FIRST_YEAR, LAST_YEAR, MAX_GOALS, MAX_LINE, MAX_NAME

CORPUS = Path(__file__).parent.parent / "fixtures" / "bad-input"

_LONG = 'a missing line break or column separator?): "Gamma Gamma Gamma Gamma Gamma Gamma Gamm..."'
_LONG_AWAY = 'a missing line break or column separator?): "Delta Delta Delta Delta Delta Delta Delt..."'
_YEARS = f"the year must be between {FIRST_YEAR} and {LAST_YEAR}"
_GOALS = f"more than {MAX_GOALS} goals for one side"
_FUTURE = "a match not played yet has no score"
_NO_SCORE_MATCH = '(expected "TIME  HOME  SCORE  AWAY" with two spaces between columns, or "TIME  HOME v AWAY  SCORE")'

# file -> (format it is read as, its errors in order, how many matches still come out)
CASES: dict[str, tuple[str, list[str], int]] = {
    # --- Football.TXT ---
    "footballtxt/date_outside_header/2020-21/dk.1.txt": (
        "football.txt",
        [
            "{file}:10: date 2019-07-19 is outside the file's # Date range Jul/17 2020 - May/23 2021",
            "{file}:11: match under the unreadable date line 10",
        ],
        1,
    ),
    "footballtxt/self_play/2020-21/dk.1.txt": (
        "football.txt",
        ['{file}:10: a club cannot play itself: "Gamma FC" on both sides'],
        1,
    ),
    "footballtxt/future_result/2020-21/dk.1.txt": (
        "football.txt",
        [f"{{file}}:9: result dated in the future (2099-07-18): {_FUTURE}"],
        1,
    ),
    "footballtxt/implausible_score/2020-21/dk.1.txt": (
        "football.txt",
        [f'{{file}}:10: implausible score "99-1 (0-0)": {_GOALS}'],
        1,
    ),
    "footballtxt/huge_score/2020-21/dk.1.txt": (
        "football.txt",
        [f'{{file}}:10: implausible score "99999999999999999999-1 (0-0)": {_GOALS}'],
        1,
    ),
    "footballtxt/year_0001/2020-21/dk.1.txt": (
        "football.txt",
        [f"{{file}}:8: impossible date: Jul/18 0001 ({_YEARS})", "{file}:9: match under the unreadable date line 8"],
        1,
    ),
    "footballtxt/year_9999_in_header/2020-21/dk.1.txt": (
        "football.txt",
        [f"{{file}}:3: impossible date: May/23 9999 ({_YEARS}) (in the # Date range)"],
        2,
    ),
    "footballtxt/season_9999/9999-00/dk.1.txt": (
        "football.txt",
        [f'{{file}}:1: impossible season "9999-00" in the path ({_YEARS})'],
        0,
    ),
    "footballtxt/title_season_9999/dk.1.txt": (
        "football.txt",
        [
            f'{{file}}:1: impossible season "9999-00" in the title ({_YEARS})',
            "{file}:9: cannot tell the season of {file}: put it in a season folder (2019-20/) "
            "or give the title a year (= DK 1 2019/20)",
        ],
        0,
    ),
    "footballtxt/long_name/2020-21/dk.1.txt": (
        "football.txt",
        [f"{{file}}:10: home team name of 125 characters (at most {MAX_NAME}; {_LONG}"],
        1,
    ),
    "footballtxt/long_line/2020-21/dk.1.txt": (
        "football.txt",
        ["{file}:7: line of 6,001 characters (at most 5,000; a file whose line breaks are lost?)"],
        2,
    ),
    "footballtxt/empty_home/2020-21/dk.1.txt": (
        "football.txt",
        ['{file}:9: empty home team name (nothing before " v ")'],
        1,
    ),
    "footballtxt/empty_away/2020-21/dk.1.txt": (
        "football.txt",
        ['{file}:9: empty away team name (nothing after " v ")'],
        1,
    ),
    # cut inside the last line's away team: "Zet" would be a phantom club, so the file is doubted
    "footballtxt/cut_short/2020-21/dk.1.txt": (
        "football.txt",
        ["{file}:5: the header declares 4 matches, the file has 3 (cut short?)"],
        3,
    ),
    # N.N. v N.N. draws and a line listed twice are match lines the header counts
    "footballtxt/placeholders_and_a_line_twice/2025-26/de.cup.txt": ("football.txt", [], 4),
    "footballtxt/no_match_lines/2020-21/dk.1.txt": (
        "football.txt",
        [f"{{file}}:1: no match lines {_NO_SCORE_MATCH}"],
        0,
    ),
    "footballtxt/long_comment_header/2020-21/dk.1.txt": ("football.txt", [], 2),
    "footballtxt/latin1/2020-21/dk.1.txt": (
        "football.txt",
        ["{file}:10: not UTF-8 text (byte 0xf8); re-save the file as UTF-8"],
        0,
    ),
    "footballtxt/utf16le/2020-21/dk.1.txt": ("football.txt", [], 2),
    "footballtxt/utf16be/2020-21/dk.1.txt": ("football.txt", [], 2),
    "footballtxt/utf8_bom/2020-21/dk.1.txt": ("football.txt", [], 2),
    "footballtxt/binary/2020-21/dk.1.txt": (
        "football.txt",
        ["{file}:3: not text: a NUL byte at column 45 (binary data?)"],
        0,
    ),
    # --- football.json ---
    "footballjson/self_play/2020-21/be.1.json": (
        "football.json",
        ['{file}:12: a club cannot play itself: "Gamma FC" on both sides'],
        1,
    ),
    "footballjson/future_result/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: result dated in the future (2099-08-09): {_FUTURE}"],
        1,
    ),
    "footballjson/implausible_score/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: implausible score [99, 2] in score.ft: {_GOALS}"],
        1,
    ),
    "footballjson/huge_score/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: implausible score [2, 99999999999999999999] in score.ft: {_GOALS}"],
        1,
    ),
    "footballjson/year_0001/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: impossible date: 0001-08-09 ({_YEARS})"],
        1,
    ),
    "footballjson/year_9999/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: impossible date: 9999-12-31 ({_YEARS})"],
        1,
    ),
    "footballjson/season_9999/9999-00/be.1.json": (
        "football.json",
        [f'{{file}}:1: impossible season "9999-00" in the path ({_YEARS})'],
        0,
    ),
    "footballjson/long_name/2020-21/be.1.json": (
        "football.json",
        [f"{{file}}:12: home team name of 128 characters (at most {MAX_NAME}; {_LONG}"],
        1,
    ),
    "footballjson/empty_name/2020-21/be.1.json": (
        "football.json",
        ['{file}:12: missing or empty "team2" (expected the team name as a string)'],
        1,
    ),
    "footballjson/long_round/2020-21/be.1.json": (
        "football.json",
        ['{file}:12: "round" of 5,011 characters (at most 5,000)'],
        1,
    ),
    "footballjson/truncated/2020-21/be.1.json": (
        "football.json",
        ["{file}:16: not valid JSON: Unterminated string starting at column 7 (a truncated file or a missing comma?)"],
        0,
    ),
    "footballjson/empty_matches/2020-21/be.1.json": (
        "football.json",
        ['{file}:1: no matches: the "matches" list is empty (a file cut short?)'],
        0,
    ),
    "footballjson/matches_after_4_kib/2020-21/be.1.json": ("football.json", [], 2),
    "footballjson/utf16le/2020-21/be.1.json": ("football.json", [], 2),
    # --- football-data.co.uk's "new leagues" layout ---
    "footballdata/impossible_time/DNK.csv": (
        "football-data",
        ['{file}:3: impossible kick-off time "27:61" (expected hh:mm such as 20:00)'],
        1,
    ),
    "footballdata/season_backwards/DNK.csv": (
        "football-data",
        ['{file}:3: bad season "2021/2020" (a season ends in its first year or the next)'],
        1,
    ),
    "footballdata/self_play/DNK.csv": (
        "football-data",
        ['{file}:3: a club cannot play itself: "Gamma FC" on both sides'],
        1,
    ),
    "footballdata/future_result/DNK.csv": (
        "football-data",
        [f"{{file}}:3: result dated in the future (2099-07-18): {_FUTURE}"],
        1,
    ),
    "footballdata/implausible_score/DNK.csv": (
        "football-data",
        [f'{{file}}:3: implausible score "61" in column HG: {_GOALS}'],
        1,
    ),
    "footballdata/huge_score/DNK.csv": (
        "football-data",
        [f'{{file}}:3: implausible score "99999999999999999999" in column AG: {_GOALS}'],
        1,
    ),
    "footballdata/year_0001/DNK.csv": ("football-data", [f"{{file}}:3: impossible date: 0001-07-18 ({_YEARS})"], 1),
    "footballdata/year_9999/DNK.csv": ("football-data", [f"{{file}}:3: impossible date: 9999-12-31 ({_YEARS})"], 1),
    "footballdata/impossible_season/DNK.csv": ("football-data", [f'{{file}}:3: bad season "0001/0002" ({_YEARS})'], 1),
    "footballdata/long_name/DNK.csv": (
        "football-data",
        [f"{{file}}:3: home team name of 128 characters (at most {MAX_NAME}; {_LONG}"],
        1,
    ),
    "footballdata/empty_name/DNK.csv": ("football-data", ["{file}:3: empty away team name"], 1),
    "footballdata/long_row/DNK.csv": (
        "football-data",
        ["{file}:3: row of 5,069 characters (at most 5,000; a file whose line breaks are lost?)"],
        1,
    ),
    "footballdata/header_only/DNK.csv": (
        "football-data",
        ["{file}:1: a header row and no match rows (an empty or cut-short file?)"],
        0,
    ),
    "footballdata/upper_case_header/DNK.csv": ("football-data", [], 2),
    "footballdata/semicolons/DNK.csv": ("football-data", [], 2),
    # --- football.csv (footballcsv), read by the football-data reader ---
    "footballcsv/extra_fields/2020-21/dk.1.csv": (
        "football-data",
        ["{file}:3: row has 7 fields, the header has 5 (a stray comma or column?)"],
        1,
    ),
    "footballcsv/self_play/2020-21/dk.1.csv": (
        "football-data",
        ['{file}:3: a club cannot play itself: "Gamma FC" on both sides'],
        1,
    ),
    "footballcsv/future_result/2020-21/dk.1.csv": (
        "football-data",
        [f"{{file}}:3: result dated in the future (2099-07-18): {_FUTURE}"],
        1,
    ),
    "footballcsv/implausible_score/2020-21/dk.1.csv": (
        "football-data",
        [f'{{file}}:3: implausible score "1-99" in column FT: {_GOALS}'],
        1,
    ),
    "footballcsv/huge_score/2020-21/dk.1.csv": (
        "football-data",
        [f'{{file}}:3: implausible score "99999999999999999999-1" in column FT: {_GOALS}'],
        1,
    ),
    "footballcsv/year_0001/2020-21/dk.1.csv": (
        "football-data",
        [f"{{file}}:3: impossible date: 0001-07-18 ({_YEARS})"],
        1,
    ),
    "footballcsv/season_9999/9999-00/dk.1.csv": (
        "football-data",
        [f'{{file}}:1: impossible season "9999-00" in the path ({_YEARS})'],
        0,
    ),
    "footballcsv/long_name/2020-21/dk.1.csv": (
        "football-data",
        [f"{{file}}:3: away team name of 128 characters (at most {MAX_NAME}; {_LONG_AWAY}"],
        1,
    ),
    "footballcsv/empty_name/2020-21/dk.1.csv": ("football-data", ["{file}:3: empty home team name"], 1),
    "footballcsv/header_only/2020-21/dk.1.csv": (
        "football-data",
        ["{file}:1: a header row and no match rows (an empty or cut-short file?)"],
        0,
    ),
    "footballcsv/semicolons_lower_case/2020-21/dk.1.csv": ("football-data", [], 2),
    # --- engsoccerdata ---
    "engsoccer/season_mismatch/belgium.csv": (
        "engsoccerdata",
        ["{file}:3: date 2023-07-29 is outside the season 2020-21 (column Season: 2020)"],
        1,
    ),
    "engsoccer/self_play/belgium.csv": (
        "engsoccerdata",
        ['{file}:3: a club cannot play itself: "Gamma FC" on both sides'],
        1,
    ),
    "engsoccer/future_result/belgium.csv": (
        "engsoccerdata",
        [f"{{file}}:3: result dated in the future (2099-08-09): {_FUTURE}"],
        1,
    ),
    "engsoccer/implausible_score/belgium.csv": (
        "engsoccerdata",
        [f'{{file}}:3: implausible score "75" in column vgoal: {_GOALS}'],
        1,
    ),
    "engsoccer/huge_score/belgium.csv": (
        "engsoccerdata",
        [f'{{file}}:3: implausible score "99999999999999999999" in column hgoal: {_GOALS}'],
        1,
    ),
    "engsoccer/year_0001/belgium.csv": ("engsoccerdata", [f"{{file}}:3: impossible date: 0001-08-09 ({_YEARS})"], 1),
    "engsoccer/impossible_season/belgium.csv": ("engsoccerdata", [f'{{file}}:3: bad season "9999" ({_YEARS})'], 1),
    "engsoccer/long_name/belgium.csv": (
        "engsoccerdata",
        [f"{{file}}:3: away team name of 128 characters (at most {MAX_NAME}; {_LONG_AWAY}"],
        1,
    ),
    "engsoccer/empty_name/belgium.csv": ("engsoccerdata", ["{file}:3: empty home team name"], 1),
    "engsoccer/header_only/belgium.csv": (
        "engsoccerdata",
        ["{file}:1: a header row and no match rows (an empty or cut-short file?)"],
        0,
    ),
    "engsoccer/semicolons_lower_case/germany.csv": ("engsoccerdata", [], 2),
    "engsoccer/champs_self_play/champs.csv": (
        "engsoccerdata",
        ['{file}:3: a club cannot play itself: "Beta FC" on both sides'],
        1,
    ),
    "engsoccer/champs_season_mismatch/champs.csv": (
        "engsoccerdata",
        [
            "{file}:3: date 2020-04-25 is outside the season 2020-21 (June 2020 to August 2021; column Season: "
            "2020); a date given in the wrong year is listed in [[misdated]] of touchline/data/competitions.toml"
        ],
        1,
    ),
    "engsoccer/champs_implausible_pens/champs.csv": (
        "engsoccerdata",
        [f'{{file}}:3: implausible score "4-300" in column pens: {_GOALS}'],
        1,
    ),
}

# files no reader reads -> (classify's reason, whether they look like match data: an import error)
UNREAD: dict[str, tuple[str, bool]] = {
    "footballtxt/empty/2020-21/dk.1.txt": ("empty file", True),  # named dk.1.txt: meant as match data
    "footballtxt/blank/2020-21/dk.1.txt": ("empty file", True),
    "footballtxt/utf16_without_bom/2020-21/dk.1.txt": ("not text (UTF-16 without a byte-order mark?)", True),
    "footballjson/empty/2020-21/be.1.json": ("empty file", True),
    "footballjson/no_matches_list/2020-21/be.1.json": ('JSON without a "matches" list', True),
    "footballjson/cut_before_matches/2020-21/be.1.json": (
        'JSON without a "matches" list before the text ends (a file cut short?)',
        True,
    ),
    "footballdata/empty/DNK.csv": ("empty file", False),
    "detect/notes/notes.txt": ("no match lines", False),
    "detect/unknown_layout_results/results.txt": ("no match lines", True),
    "detect/unknown_columns/2020-21/dk.1.csv": (
        "a CSV file with columns touchline does not know: Datum, Heim, Gast, Tore (expected football-data.co.uk's "
        "Country,League,Season,Date,Home,Away,HG,AG; football.csv's Date,Team 1,FT,Team 2; or engsoccerdata's "
        "Date,Season,home,visitor,hgoal,vgoal,tier or champs.csv)",
        True,
    ),
    "detect/latin1_notes/notes.txt": ("not UTF-8 or UTF-16 text", False),
    "detect/football_csv_without_season/dk.1.csv": (
        'a football.csv file (Date,Team 1,FT,HT,Team 2) in no season folder (put it in one such as "2018-19/")',
        True,
    ),
    "detect/engsoccer_without_country/leagues.csv": (
        "an engsoccerdata league file whose name names no country (name it after one: belgium.csv, germany.csv)",
        True,
    ),
    "detect/json_list/2020-21/be.1.json": ('JSON without a "matches" list', True),
    "detect/not_json/2020-21/be.1.json": ("not JSON (a JSON file starts with { or [)", True),
    "detect/image/2020-21/dk.1.txt": ("not text (binary data)", True),
    "detect/spreadsheet/2020-21/dk.1.csv": ("not text (binary data)", True),
}


def _expected(name: str) -> list[str]:
    path = CORPUS / name
    return [line.format(file=path) for line in CASES[name][1]]


def test_every_corpus_file_is_listed() -> None:
    files = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file())
    assert files == sorted([*CASES, *UNREAD])


def test_the_corpus_is_small_and_hand_made() -> None:
    assert all(p.stat().st_size < 8192 for p in CORPUS.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", sorted(CASES))
def test_classify_names_the_reader(name: str) -> None:
    path = CORPUS / name
    found, why = classify(path)
    assert found is not None and (found.FORMAT, why) == (CASES[name][0], CASES[name][0])
    assert detect(path, read_head(path)) is found  # the importer's call, a 4 KiB head first


@pytest.mark.parametrize("name", sorted(UNREAD))
def test_classify_says_why_no_reader_reads_it(name: str) -> None:
    path = CORPUS / name
    reason, match_data = UNREAD[name]
    assert classify(path) == (None, reason)
    assert detect(path, read_head(path)) is None
    assert looks_like_match_data(path, read_head(path)) is match_data


@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_with_an_error_list(name: str) -> None:
    path = CORPUS / name
    try:
        text = read_text(path)
    except ParseError as exc:  # an encoding error is read's, before any text: see the next tests
        assert [str(exc)] == _expected(name)
        return
    errors: list[ParseError] = []
    matches = list(reader(CASES[name][0]).parse(text, source="test", file=str(path), errors=errors))
    assert [str(e) for e in errors] == _expected(name)
    assert len(matches) == CASES[name][2]
    assert all(e.file == str(path) and e.line is not None and "\n" not in str(e) for e in errors)


@pytest.mark.parametrize("name", sorted(CASES))
def test_read_with_an_error_list(name: str) -> None:
    path = CORPUS / name
    errors: list[ParseError] = []
    matches = list(reader(CASES[name][0]).read(path, source="test", errors=errors))
    assert ([str(e) for e in errors], len(matches)) == (_expected(name), CASES[name][2])


@pytest.mark.parametrize("name", sorted(CASES))
def test_read_raises_the_first_error(name: str) -> None:
    path = CORPUS / name
    expected = _expected(name)
    if not expected:
        assert len(list(reader(CASES[name][0]).read(path))) == CASES[name][2]
        return
    with pytest.raises(ParseError) as caught:
        list(reader(CASES[name][0]).read(path))
    assert str(caught.value) == expected[0]


def _read(name: str) -> list[tuple[dt.date, str, str, Score | None]]:
    return [(m.date, m.home, m.away, m.ft) for m in reader(CASES[name][0]).read(CORPUS / name)]


def test_files_read_correctly_whatever_their_encoding_or_separator() -> None:
    """The same matches whatever the encoding, separator, case of the header or comments ahead."""
    danish = [
        (dt.date(2020, 7, 17), "Alpha FC", "Beta FC", Score(2, 1)),
        (dt.date(2020, 7, 17), "Gamma FC", "Brøndby IF", Score(1, 1)),
    ]
    for name in ("utf16le", "utf16be"):
        assert _read(f"footballtxt/{name}/2020-21/dk.1.txt") == danish
    plain = [danish[0], (*danish[1][:2], "Delta FC", danish[1][3])]
    for name in ("utf8_bom", "long_comment_header"):
        assert _read(f"footballtxt/{name}/2020-21/dk.1.txt") == plain
    new_leagues = [
        (dt.date(2020, 7, 17), "Alpha FC", "Beta FC", Score(2, 1)),
        (dt.date(2020, 7, 18), "Gamma FC", "Delta FC", Score(1, 1)),
    ]
    assert _read("footballdata/upper_case_header/DNK.csv") == _read("footballdata/semicolons/DNK.csv") == new_leagues
    assert _read("footballcsv/semicolons_lower_case/2020-21/dk.1.csv") == new_leagues
    assert [m[3] for m in _read("engsoccer/semicolons_lower_case/germany.csv")] == [Score(2, 1), Score(1, 1)]
    assert [m[1] for m in _read("footballjson/matches_after_4_kib/2020-21/be.1.json")] == ["Alpha FC", "Gamma FC"]


def test_detection_reads_past_the_first_4_kib_only_when_it_must(monkeypatch: pytest.MonkeyPatch) -> None:
    import touchline.sources as sources

    sizes: list[int] = []
    real = sources.read_head

    def spy(path: Path, size: int = HEAD_SIZE) -> str:
        sizes.append(size)
        return real(path, size)

    monkeypatch.setattr(sources, "read_head", spy)
    for name in (
        "footballtxt/long_comment_header/2020-21/dk.1.txt",
        "footballjson/matches_after_4_kib/2020-21/be.1.json",
    ):
        assert (CORPUS / name).stat().st_size > HEAD_SIZE
        assert read_head(CORPUS / name).count("\n") > 10  # the first 4 KiB are comments, or other keys
        sizes.clear()
        assert classify(CORPUS / name)[0] is not None
        assert sizes == [HEAD_SIZE, HEAD_SIZE * 16]
    sizes.clear()
    classify(CORPUS / "footballtxt/self_play/2020-21/dk.1.txt")
    assert sizes == [HEAD_SIZE]


def test_detection_stops_at_its_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge file of comments is read up to SNIFF_LIMIT, never whole."""
    import touchline.sources as sources

    monkeypatch.setattr(sources, "SNIFF_LIMIT", 64 * 1024)
    path = tmp_path / "2020-21" / "dk.1.txt"
    path.parent.mkdir()
    path.write_text("# a comment line, and another, and another\n" * 40_000, encoding="utf-8")  # 1.7 MB
    sizes: list[int] = []
    real = sources.read_head
    monkeypatch.setattr(sources, "read_head", lambda p, size=HEAD_SIZE: sizes.append(size) or real(p, size))
    assert classify(path) == (None, "no match lines")
    assert max(sizes) == 64 * 1024


def test_a_result_may_be_dated_tomorrow_but_not_later() -> None:
    """One day of slack: a match is dated where it is played, which may be a day ahead of this machine."""
    head = "= DK 1 2025/26\n# Date       Fri Jul/18 2025 - Sun Dec/31 2028 (1262d)\n\n» Matchday 1\n"

    def line(day: dt.date) -> str:
        return f"  {day:%a %b/%d %Y}\n    19.00  Alpha FC  v Beta FC  2-1\n"

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    errors: list[ParseError] = []
    text = head + line(tomorrow) + line(tomorrow + dt.timedelta(days=1))
    matches = list(footballtxt.parse(text, file="2025-26/dk.1.txt", errors=errors))
    assert [m.date for m in matches] == [tomorrow]
    assert [e.line for e in errors] == [8]
    # a fixture (no score) may be dated any time
    assert len(list(footballtxt.parse(head + line(tomorrow).replace("2-1", "-"), file="2025-26/dk.1.txt"))) == 1


def test_limits_are_the_documented_numbers() -> None:
    assert (MAX_GOALS, FIRST_YEAR, LAST_YEAR, MAX_NAME, MAX_LINE) == (60, 1850, 2100, 120, 5000)


@pytest.mark.parametrize(
    ("name", "placeholder"),
    [
        ("N.N.", True),
        ("Sieger HF 1", True),  # worldfootball's 2024-25 Europa League final before the semi-finals
        ("Verlierer HF 2", True),
        ("Sieger EF", True),
        ("1. Punktrunde", True),  # au.1 2024-25 finals series: the first of the regular round
        ("Winner of Match 49", True),
        ("Winners FC", False),
        ("W Connection FC", False),
        ("1. FC Köln", False),
        ("Gruppe A", False),
    ],
)
def test_a_fixture_slot_is_a_placeholder_and_a_club_is_not(name: str, placeholder: bool) -> None:
    from touchline.sources.limits import is_placeholder

    assert is_placeholder(name) is placeholder
