"""Football.TXT reader: hand-written samples (good and malformed), then the real files."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from touchline.errors import ParseError
from touchline.model import Match, Score, Status
from touchline.sources import footballtxt, read_head, read_text, reader

SAMPLES = Path(__file__).parent.parent / "fixtures" / "footballtxt"
BAD = SAMPLES / "bad"
WFB = "worldfootball-cache.wfb.txt"
FULL = "worldfootball-cache-full"
FOCUSED = (
    WFB,
    "openfootball-deutschland",
    "openfootball-belgium",
    "openfootball-champions-league",
    "openfootball-europe",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def parse(text: str, file: str = "2019-20/dk.1.txt", errors: list[ParseError] | None = None) -> list[Match]:
    return list(footballtxt.parse(text, source="test", file=file, errors=errors))


def one(text: str, file: str = "2019-20/dk.1.txt") -> Match:
    (match,) = parse(text, file=file)
    return match


HEAD = "= DK 1 2019/20\n# Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)\n[Fri Jul/12]\n"


# --- the module face ---------------------------------------------------------------------------------


def test_registered_under_its_format_name() -> None:
    assert footballtxt.FORMAT == "football.txt"
    assert reader("football.txt") is footballtxt


def test_sniff_knows_both_styles_and_nothing_else(data: Path) -> None:
    for path in (data / WFB / "2019-20" / "dk.1.txt", data / "openfootball-belgium" / "2019-20" / "be1.txt"):
        assert footballtxt.sniff(path, read_head(path))
    for path in SAMPLES.rglob("*.txt"):
        if path.parent != BAD:
            assert footballtxt.sniff(path, read_text(path)[:4096]), path
    assert not footballtxt.sniff(Path("x.csv"), read_text(SAMPLES / "2019-20" / "dk.1.txt"))
    assert not footballtxt.sniff(Path("notes.txt"), "Some notes.\n\n# A heading\n\nAnd a paragraph = 2.\n")
    assert not footballtxt.sniff(Path("be.1.txt"), '{"name": "Belgium", "matches": []}')


# --- the hand-written samples ------------------------------------------------------------------------


def test_style_a_sample_long_season_stages_and_scores() -> None:
    path = SAMPLES / "2019-20" / "dk.1.txt"
    matches = list(footballtxt.read(path, source="sample"))
    assert len(matches) == 12  # its "# Matches"
    assert {(m.competition, m.season, m.source, m.file) for m in matches} == {("dk.1", "2019-20", "sample", str(path))}
    assert Counter(m.stage for m in matches) == {"Regular Season": 6, "Relegation": 2, "Championship": 4}
    by_line = {m.line: m for m in matches}
    # Jul/26 is 2019 in the regular season and 2020 in the relegation round listed after it
    assert (by_line[23].date, by_line[36].date) == (dt.date(2019, 7, 26), dt.date(2020, 7, 26))
    assert [m.date for m in matches if m.stage == "Championship"] == [dt.date(2020, 6, 13)] * 2 + [
        dt.date(2020, 7, 29)
    ] * 2
    assert by_line[25].date == dt.date(2020, 2, 29)  # a leap day
    first = by_line[15]
    assert (first.date, first.time, first.home, first.away) == (
        dt.date(2019, 7, 12),
        "19:00",
        "FC Midtjylland",
        "Esbjerg fB",
    )
    assert (first.ft, first.ht, first.et, first.pens, first.status) == (
        Score(1, 0),
        Score(0, 0),
        None,
        None,
        Status.PLAYED,
    )
    assert (first.round, first.leg, first.neutral, first.extra) == ("Matchday 1", None, None, {})
    assert by_line[18].time == "14:00"  # a line without a time kicks off with the one above it
    assert by_line[27].time == "16:00" and by_line[25].time is None  # a new date starts without one
    assert (by_line[25].status, by_line[25].ft) == (Status.POSTPONED, None)
    assert (by_line[36].ft, by_line[36].ht, by_line[36].et) == (Score(1, 1), Score(0, 1), Score(1, 2))
    assert (by_line[44].status, by_line[44].ft, by_line[44].counts) == (Status.AWARDED, Score(0, 3), True)
    final = by_line[48]
    assert (final.round, final.pens, final.et, final.ft, final.ht) == (
        "Final",
        Score(4, 5),
        Score(2, 2),
        Score(1, 1),
        Score(0, 1),
    )
    assert (by_line[49].status, by_line[49].ft, by_line[49].counts) == (Status.CANCELLED, None, False)


def test_style_b_sample_cup() -> None:
    matches = list(footballtxt.read(SAMPLES / "2024-25" / "de.cup.txt"))
    assert [(m.date, m.time, m.round) for m in matches] == [
        (dt.date(2024, 12, 3), "18:00", "Round of 16"),
        (dt.date(2024, 12, 3), "18:00", "Round of 16"),
        (dt.date(2024, 12, 4), "20:45", "Round of 16"),
        (dt.date(2024, 12, 4), "20:45", "Round of 16"),
        (dt.date(2025, 2, 25), "20:45", "Quarterfinals"),  # the year carried over the new year
        (dt.date(2025, 2, 25), "18:00", "Quarterfinals"),
        (dt.date(2025, 5, 24), "20:00", "Final"),
    ]
    ksc = matches[2]
    assert (ksc.home, ksc.away, ksc.competition, ksc.season, ksc.stage) == (
        "Karlsruher SC",
        "FC Augsburg",
        "de.cup",
        "2024-25",
        None,
    )
    assert (ksc.pens, ksc.et, ksc.ft, ksc.ht, ksc.final) == (
        Score(4, 5),
        Score(2, 2),
        Score(1, 1),
        Score(0, 1),
        Score(2, 2),
    )
    assert (matches[3].home, matches[3].et, matches[3].ft, matches[3].pens) == (
        "1. FC Köln",
        Score(2, 1),
        Score(1, 1),
        None,
    )
    # no score yet: a fixture; "v Hannover 96" keeps its 96
    assert (matches[4].away, matches[4].ft, matches[4].status) == ("Hannover 96", None, Status.SCHEDULED)
    assert (matches[5].away, matches[5].status) == ("Arminia Bielefeld", Status.CANCELLED)


def test_openfootball_europe_sample_stage_headings_and_dates_without_slash() -> None:
    matches = list(footballtxt.read(SAMPLES / "denmark" / "2023-24_dk1.txt"))
    assert {(m.competition, m.season) for m in matches} == {("dk.1", "2023-24")}
    assert [(m.date, m.time, m.stage, m.round) for m in matches] == [
        (dt.date(2023, 7, 21), "19:00", "Regular Season", "Matchday 1"),
        (dt.date(2023, 7, 22), "16:00", "Regular Season", "Matchday 1"),
        (dt.date(2023, 7, 22), "16:00", "Regular Season", "Matchday 1"),
        (dt.date(2024, 4, 1), "18:00", "Championship", "Matchday 1"),
        (dt.date(2024, 5, 26), "14:00", "Championship", "Matchday 10"),
    ]
    assert (matches[-1].pens, matches[-1].ft, matches[-1].ht, matches[-1].et) == (
        Score(2, 1),
        Score(1, 1),
        Score(0, 0),
        None,
    )


# --- scores, markers and lines -----------------------------------------------------------------------

S = Score
SCORES = [
    ("2-1 (1-0)", S(2, 1), S(1, 0), None, None, Status.PLAYED),
    ("2-1", S(2, 1), None, None, None, Status.PLAYED),
    ("-", None, None, None, None, Status.SCHEDULED),
    ("1-0 a.e.t. (0-0)", S(0, 0), None, S(1, 0), None, Status.PLAYED),
    ("3-2 a.e.t. (2-2, 2-1)", S(2, 2), S(2, 1), S(3, 2), None, Status.PLAYED),
    ("2-1 a.e.t.", None, None, S(2, 1), None, Status.PLAYED),
    ("4-5 pen. 2-2 a.e.t. (1-1, 0-1)", S(1, 1), S(0, 1), S(2, 2), S(4, 5), Status.PLAYED),
    ("5-3 pen. 0-0 a.e.t. (0-0)", S(0, 0), None, S(0, 0), S(5, 3), Status.PLAYED),
    ("1-3 pen. (1-1, 0-0)", S(1, 1), S(0, 0), None, S(1, 3), Status.PLAYED),
    ("2-1 pen. (0-0)", S(0, 0), None, None, S(2, 1), Status.PLAYED),
    ("4-5 pen.", None, None, None, S(4, 5), Status.PLAYED),
    ("12-10 (7-3)", S(12, 10), S(7, 3), None, None, Status.PLAYED),
]


@pytest.mark.parametrize(("score", "ft", "ht", "et", "pens", "status"), SCORES, ids=[s[0] for s in SCORES])
def test_scores_in_both_styles(
    score: str, ft: Score | None, ht: Score | None, et: Score | None, pens: Score | None, status: Status
) -> None:
    a = one(HEAD + f"  19.00  FC Midtjylland (DEN)     {score}  Legia Warszawa (POL)\n")
    b = one(HEAD + f"    19.00  FC Midtjylland (DEN)    v Legia Warszawa (POL)     {score}\n")
    for match in (a, b):
        assert (match.ft, match.ht, match.et, match.pens, match.status) == (ft, ht, et, pens, status)
        assert (match.home, match.away) == ("FC Midtjylland (DEN)", "Legia Warszawa (POL)")


@pytest.mark.parametrize(
    ("marker", "status"),
    [("cancelled", Status.CANCELLED), ("postponed", Status.POSTPONED), ("abandoned", Status.ABANDONED)],
)
def test_markers_without_score(marker: str, status: Status) -> None:
    match = one(HEAD + f"         Randers FC               -  Aarhus GF                [{marker}]\n")
    assert (match.status, match.ft, match.away, match.counts) == (status, None, "Aarhus GF", False)


def test_awarded_keeps_its_score_and_a_marker_may_follow_one_space() -> None:
    a = one(HEAD + "  16.00  Bolívar                  5-0  Club Aurora              [awarded]\n")
    b = one(HEAD + "           1. FC Union Berlin      v VfL Bochum 1848          0-2    [awarded]\n")
    c = one(HEAD + "         Randers FC               -  Aarhus GF [cancelled]\n")
    assert (a.status, a.ft, a.away) == (Status.AWARDED, Score(5, 0), "Club Aurora")
    assert (b.status, b.ft, b.away) == (Status.AWARDED, Score(0, 2), "VfL Bochum 1848")
    assert (c.status, c.away) == (Status.CANCELLED, "Aarhus GF")


def test_team_names_are_kept_as_written() -> None:
    names = [
        ("Rotor Volgograd (1929-2005)", "SVS Linz/ VÖEST"),
        ("Les Jumeaux M'Zouasia AS", "FC Chusclan-Laudun-l'Ardoise"),
        ("1. FC Köln", "1860 München"),
    ]
    for home, away in names:
        match = one(HEAD + f"         {home:<23}  1-1  {away}\n")
        assert (match.home, match.away) == (home, away)


def test_style_b_lines_that_look_like_style_a() -> None:
    # regressions: a time, then a home team starting with a digit, must not become the home column
    text = HEAD.replace("[Fri Jul/12]\n", "  Fri Jul/12\n")
    text += "    21.00  1. FC Union Berlin (GER) v Maccabi Haifa (ISR)      3-0 (1-0)\n"
    text += "    17.30  1. FC Köln              v 1. FC Heidenheim 1846\n"
    text += "           1. FSV Mainz 05         v SC Freiburg              1-1 (0-1)\n"
    matches = parse(text)
    assert [(m.time, m.home, m.away, m.ft) for m in matches] == [
        ("21:00", "1. FC Union Berlin (GER)", "Maccabi Haifa (ISR)", Score(3, 0)),
        ("17:30", "1. FC Köln", "1. FC Heidenheim 1846", None),
        ("17:30", "1. FSV Mainz 05", "SC Freiburg", Score(1, 1)),
    ]


def test_crlf_bom_and_trailing_spaces() -> None:
    text = "\ufeff" + HEAD.replace("\n", "\r\n") + "  17.00  Randers FC               3-1 (2-1)  Aarhus GF   \r\n"
    match = one(text)
    assert (match.home, match.away, match.ft, match.line) == ("Randers FC", "Aarhus GF", Score(3, 1), 4)


# --- where competition, season and stage come from ---------------------------------------------------


def test_competition_and_season_from_path_or_title() -> None:
    body = "# Date       Sat Mar/9 - Sat Nov/9 2019 (245d)\n[Sat Mar/9]\n  13.00  FK Jelgava   0-1 (0-1)  Riga FC\n"
    on_its_own = one("= LV 1 2019\n" + body, file="<text>")
    assert (on_its_own.competition, on_its_own.season, on_its_own.date) == (
        "lv.1",
        "2019",
        dt.date(2019, 3, 9),
    )
    in_folder = one("= Latvian League 2019\n" + body, file="data/2019/lv.1.txt")
    assert (in_folder.competition, in_folder.season) == ("lv.1", "2019")
    prefixed = one(
        "= Denmark 2023/24\n# Date Fri Jul/21 2023 - Fri May/31 2024\n[Sat Jul/22]\n  x  1-0  y\n",
        file="denmark/2023-24_dk1.txt",
    )
    assert (prefixed.competition, prefixed.season, prefixed.date) == ("dk.1", "2023-24", dt.date(2023, 7, 22))


def test_title_beats_a_folder_the_dates_contradict() -> None:
    # openfootball-belgium/2021-22/be1.txt holds the 2020/21 season
    text = "= Belgium First Division A 2020/21\n# Date       Sat Aug/8 2020 - Sun May/23 2021 (288d)\n"
    text += "» Matchday 1\n  Sat Aug/8 2020\n    16.30  Club Brugge KV          v Sporting Charleroi       0-1 (0-0)\n"
    match = one(text, file="openfootball-belgium/2021-22/be1.txt")
    assert (match.season, match.date, match.extra) == (
        "2020-21",
        dt.date(2020, 8, 8),
        {"path_season": "2021-22"},
    )


def test_stages_from_headers_stage_lines_titles_and_headings() -> None:
    text = (
        "= DK 1 2018/19, Regular Season\n# Date Fri Jul/13 2018 - Fri May/31 2019\nRound 1\n[Fri Jul/13]\n  a  1-0  b\n"
    )
    text += "= DK 1 2018/19, Playoffs - Championship\nRound 1\n[Fri Mar/29]\n  a  1-0  b\n"
    text += "== Relegation\n[Sun Mar/31]\n  a  1-0  b\n# Regular Season\nRound 26\n[Sun Mar/17]\n  a  1-0  b\n"
    text += "» Europe, Matchday 2\n[Sun May/5]\n  a  1-0  b\n"
    assert [(m.stage, m.round, m.date) for m in parse(text, file="x/2018-19/1-superligaen-ii.txt")] == [
        ("Regular Season", "Round 1", dt.date(2018, 7, 13)),
        ("Playoffs - Championship", "Round 1", dt.date(2019, 3, 29)),
        ("Relegation", None, dt.date(2019, 3, 31)),
        ("Regular Season", "Round 26", dt.date(2019, 3, 17)),
        ("Europe", "Matchday 2", dt.date(2019, 5, 5)),
    ]
    declared = "# Stages     League (144)  Playoffs (16)\n# Date Tue Sep/17 2024 - Sat May/31 2025\n"
    declared += "» Matchday 1\n  Tue Sep/17\n    a v b  1-0\n» Playoffs, Matchday 1\n  Tue Feb/11\n    a v b  0-1\n"
    assert [(m.stage, m.round) for m in parse(declared, file="2024-25/uefa.cl.txt")] == [
        ("League", "Matchday 1"),
        ("Playoffs", "Matchday 1"),
    ]


# --- the year of a date written without one ----------------------------------------------------------


def test_order_decides_when_two_years_fit_and_the_weekday_does_not_tell() -> None:
    # no weekdays: Jul/20 follows Jul/14 2019 in the first stage and Jul/10 2020 in the second
    text = "= DK 1 2019/20\n# Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)\n"
    text += (
        "[Jul/14]\n  a  1-0  b\n[Jul/20]\n  a  1-0  b\n== Championship\n[Jul/10]\n  a  1-0  b\n[Jul/20]\n  a  1-0  b\n"
    )
    assert [m.date for m in parse(text)] == [
        dt.date(2019, 7, 14),
        dt.date(2019, 7, 20),
        dt.date(2020, 7, 10),
        dt.date(2020, 7, 20),
    ]


def test_the_weekday_decides_before_the_order() -> None:
    # worldfootball's ar.2.nacional 2019-20 starts with the stage played in November 2020
    text = "= AR 2 NACIONAL 2019/20\n# Date       Thu Aug/15 2019 - Sun Jan/31 2021 (535d)\n[Sat Nov/28]\n  a  1-0  b\n"
    assert one(text, file="2019-20/ar.2.nacional.txt").date == dt.date(2020, 11, 28)


def test_files_without_a_date_header_take_the_season() -> None:
    text = "= UEFA Champions League 2019/20\nRound of 16\n[Tue Feb/18]\n  a  2-1  b\n[Fri Aug/7]\n  c  -  d\n"
    assert [m.date for m in parse(text, file="history/2019-20/cl_finals.txt")] == [
        dt.date(2020, 2, 18),
        dt.date(2020, 8, 7),
    ]


def test_undated_fixtures_get_a_stand_in_date_flagged_in_extra() -> None:
    # worldfootball's au.cup 1977-95 gives no dates at all; caf.cl 2009 lists a cancelled tie above
    # the round's first date
    no_dates = parse("= AU CUP 1981\n# Matches    2\nRound 1\n  a  2-1  b\n  c  1-0  d\n", file="1981/au.cup.txt")
    assert [(m.date, m.extra) for m in no_dates] == [(dt.date(1981, 1, 1), {"undated": True})] * 2
    cancelled = "= CAF CL 2009\n# Date       Fri Jan/30 - Sat Nov/7 2009 (281d)\nPreliminary round\n"
    cancelled += "  a  -  b  [cancelled]\n[Fri Jan/30]\n  c  1-0  d\n"
    first, second = parse(cancelled, file="2009/caf.cl.txt")
    assert (first.date, first.status, first.extra) == (
        dt.date(2009, 1, 30),
        Status.CANCELLED,
        {"undated": True},
    )
    assert (second.date, second.extra) == (dt.date(2009, 1, 30), {})


# --- malformed samples -------------------------------------------------------------------------------

# file -> (line, start of the reason) for every error, and how many matches still come out
MALFORMED: dict[str, tuple[list[tuple[int, str]], int]] = {
    "unknown_score.txt": (
        [(10, 'unknown score "3-x" (expected "2-1", "2-1 a.e.t." or "4-3 pen. 1-1 a.e.t.")')],
        2,
    ),
    "impossible_date.txt": (
        [(7, "impossible date: Feb/30 does not exist"), (8, "match under the unreadable date line 7")],
        1,
    ),
    "date_outside_season.txt": (
        [
            (9, "date Jun/22 cannot be placed in the season: it is outside Aug/18 2023 - May/18 2024"),
            (10, "match under the unreadable date line 9"),
        ],
        1,
    ),
    "match_before_date.txt": ([(7, "match line before any date line")], 1),
    "truncated.txt": ([(9, 'match line cut short: no away team after the score "2-0 (1-"')], 1),
    "cut_after_score.txt": ([(8, 'match line cut short: no away team after the score "4-4 (2-2)"')], 1),
    "unknown_month.txt": (
        [
            (7, 'unknown month "Jux"'),
            (8, "match under the unreadable date line 7"),
            (9, "match under the unreadable date line 7"),
        ],
        1,
    ),
    "unknown_marker.txt": ([(8, 'unknown marker "[forfeited]"'), (9, 'impossible kick-off time "25.61"')], 0),
    "not_indented.txt": ([(8, "match line without indentation")], 1),
    "bad_date_header.txt": ([(3, "impossible date: Feb/30 2020 does not exist (in the # Date range)")], 1),
    "no_competition.txt": ([(4, "cannot tell the competition of")], 0),
    "not_utf8.txt": ([(8, "not UTF-8 text (byte 0xf8)")], 0),
    "many_problems.txt": (
        [
            (9, 'unknown score "2:0"'),
            (10, "impossible date: Apr/31 does not exist"),
            (11, "match under the unreadable date line 10"),
            (14, 'unknown score "1-1 (1-1, 0-0)"'),
            (15, 'match line cut short: no away team after the score "3-1 (2-"'),
            (4, "the header declares 8 matches, the file has 7 (cut short?)"),
        ],
        3,
    ),
}


def test_every_malformed_sample_is_listed() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(MALFORMED)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_sample_raises_on_its_first_bad_line(name: str) -> None:
    path = BAD / name
    expected, _ = MALFORMED[name]
    line, reason = expected[0]
    with pytest.raises(ParseError) as caught:
        list(footballtxt.read(path))
    error = caught.value
    assert (error.file, error.line) == (str(path), line)
    assert error.reason.startswith(reason), error.reason
    assert str(error).startswith(f"{path}:{line}: {reason}")
    if name != "not_utf8.txt":  # that one fails before any line is read
        assert error.text == read_text(path).splitlines()[line - 1]


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_sample_with_a_list_collects_every_error_and_goes_on(name: str) -> None:
    path = BAD / name
    expected, good = MALFORMED[name]
    errors: list[ParseError] = []
    matches = list(footballtxt.read(path, errors=errors))
    assert [(e.line, e.reason[: len(reason)]) for e, (_, reason) in zip(errors, expected, strict=True)] == expected
    assert all(e.file == str(path) for e in errors)
    assert len(matches) == good


def test_the_error_names_file_and_line_as_the_style_guide_shows() -> None:
    text = "= DE 1 2023/24\n# Date Fri Aug/18 2023 - Sat May/18 2024\n" + "\n" * 37 + "[Sat Aug/19]\n"
    text += "  15.30  FC Augsburg              3-x  Bor. Mönchengladbach\n"
    with pytest.raises(ParseError) as caught:
        parse(text, file="2023-24/de.1.txt")
    assert str(caught.value) == (
        '2023-24/de.1.txt:41: unknown score "3-x" (expected "2-1", "2-1 a.e.t." or "4-3 pen. 1-1 a.e.t.")'
    )


# --- properties --------------------------------------------------------------------------------------

names = st.from_regex(r"[A-Z][a-zé]{1,8}(?: [A-Z0-9][a-zø.]{0,6}){0,3}", fullmatch=True)
goals = st.integers(min_value=0, max_value=15)


@given(home=names, away=names, ft=st.tuples(goals, goals), ht=st.tuples(goals, goals), b=st.booleans())
@settings(max_examples=200, deadline=None)
def test_written_lines_read_back(home: str, away: str, ft: tuple[int, int], ht: tuple[int, int], b: bool) -> None:
    assume(home != away)  # a club playing itself is an error (see tests/sources/test_bad_input.py)
    score = f"{ft[0]}-{ft[1]} ({ht[0]}-{ht[1]})"
    line = f"    18.00  {home:<23} v {away:<24} {score}" if b else f"  18.00  {home:<23}  {score}  {away}"
    match = one(HEAD + line + "\n")
    assert (match.home, match.away, match.ft, match.ht, match.time) == (
        home,
        away,
        Score(*ft),
        Score(*ht),
        "18:00",
    )


@given(
    st.lists(
        st.sampled_from(
            [
                "  ",
                " ",
                "-",
                "1",
                "2-1",
                "(0-0)",
                "a.e.t.",
                "pen.",
                "v",
                "[",
                "]",
                "Sat",
                "Jul/19",
                "\n",
                "=",
                "#",
                "»",
                "FC",
                "Date",
                "/",
                ".",
                ":",
                "\t",
                "x",
            ]
        ),
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_matches_or_parse_errors_never_a_crash(pieces: list[str]) -> None:
    errors: list[ParseError] = []
    text = HEAD + "".join(pieces)
    matches = parse(text, errors=errors)
    assert all(isinstance(m, Match) for m in matches)
    assert all(isinstance(e, ParseError) and e.line is not None for e in errors)


def test_fast_built_matches_are_real_matches() -> None:
    match = one(HEAD + "  17.00  Randers FC               3-1 (2-1)  Aarhus GF\n")
    assert type(match) is Match and footballtxt.FAST_BUILD
    same = Match(
        dt.date(2019, 7, 12),
        "Randers FC",
        "Aarhus GF",
        "dk.1",
        "2019-20",
        Score(3, 1),
        Score(2, 1),
        time="17:00",
        source="test",
        file="2019-20/dk.1.txt",
        line=4,
    )
    assert match == same and hash(match) == hash(same) and repr(match) == repr(same)
    with pytest.raises(AttributeError):
        match.home = "x"  # type: ignore[misc]


# --- the real files ----------------------------------------------------------------------------------


def test_dfb_pokal_2024_25_shoot_out(data: Path) -> None:
    matches = list(footballtxt.read(data / "openfootball-deutschland" / "2024-25" / "cup.txt"))
    assert len(matches) == 63
    (ksc,) = [m for m in matches if m.home == "Karlsruher SC" and m.away == "FC Augsburg"]
    assert (ksc.competition, ksc.season, ksc.round, ksc.date, ksc.time) == (
        "de.cup",
        "2024-25",
        "Round of 16",
        dt.date(2024, 12, 4),
        "20:45",
    )
    assert (ksc.pens, ksc.et, ksc.ft, ksc.ht) == (Score(4, 5), Score(2, 2), Score(1, 1), Score(0, 1))


def test_dk1_2019_20_july_2020(data: Path) -> None:
    matches = list(footballtxt.read(data / WFB / "2019-20" / "dk.1.txt"))
    assert Counter(m.stage for m in matches) == {
        "Regular Season": 182,
        "Championship": 30,
        "Relegation": 26,
        "Europa League Finals": 5,
    }
    assert (matches[0].date, matches[0].home) == (dt.date(2019, 7, 12), "FC Midtjylland")
    assert min(m.date for m in matches) == dt.date(2019, 7, 12)
    assert max(m.date for m in matches) == dt.date(2020, 7, 29)
    july = Counter((m.date.year, m.stage) for m in matches if m.date.month == 7)
    assert july == {
        (2019, "Regular Season"): 21,
        (2020, "Relegation"): 10,
        (2020, "Championship"): 18,
        (2020, "Europa League Finals"): 5,
    }
    (final,) = [m for m in matches if m.stage == "Europa League Finals" and m.round == "Final"]
    assert (final.date, final.home, final.away, final.ft) == (
        dt.date(2020, 7, 29),
        "Aarhus GF",
        "Odense BK",
        Score(2, 1),
    )


@pytest.mark.parametrize("file", [f"{WFB}/2019-20/be.1.txt", "openfootball-belgium/2019-20/be1.txt"])
def test_be1_2019_20_cancelled_after_covid(data: Path, file: str) -> None:
    matches = list(footballtxt.read(data / file))
    assert len(matches) == 240
    (game,) = [m for m in matches if (m.home, m.away) == ("Waasland-Beveren", "KAA Gent")]
    assert (game.date, game.status, game.ft, game.round) == (
        dt.date(2020, 3, 15),
        Status.CANCELLED,
        None,
        "Matchday 30",
    )
    assert sum(m.status is Status.CANCELLED for m in matches) == 8


@pytest.mark.parametrize(
    ("file", "total", "stages"),
    [
        (f"{WFB}/2018-19/be.1.txt", 270, {"Regular Season": 240, "Playoff I": 30}),
        ("openfootball-belgium/2018-19/be1.txt", 270, {"Regular Season": 240, "Playoff I": 30}),
        (
            f"{WFB}/2016-17/dk.1.txt",
            243,
            {"Regular Season": 182, "Championship": 30, "Relegation": 24, "Europa League Finals": 7},
        ),
        ("openfootball-europe/history/denmark/2018-19/1-superligaen-i.txt", 182, {"Regular Season": 182}),
        (
            "openfootball-europe/history/denmark/2018-19/1-superligaen-ii.txt",
            61,
            {"Playoffs - Championship": 30, "Playoffs - Relegation": 24, "Europa League Finals": 7},
        ),
        ("openfootball-champions-league/2024-25/cl.txt", 189, {"League": 144, "Playoffs": 16, "Finals": 29}),
    ],
)
def test_match_totals_and_stages(data: Path, file: str, total: int, stages: dict[str, int]) -> None:
    matches = list(footballtxt.read(data / file))
    assert len(matches) == total
    assert Counter(m.stage for m in matches) == stages


def test_belgian_2021_22_folder_holds_2020_21(data: Path) -> None:
    matches = list(footballtxt.read(data / "openfootball-belgium" / "2021-22" / "be1.txt"))
    assert len(matches) == 330
    assert {(m.season, m.extra.get("path_season")) for m in matches} == {("2020-21", "2021-22")}
    assert min(m.date for m in matches) == dt.date(2020, 8, 8)


def _declared(text: str) -> int | None:
    found = re.search(r"^# Matches +(\d+)", text, re.M)
    return int(found.group(1)) if found else None


def _check_file(path: Path) -> tuple[str, int | None, int, list[str], int]:
    """(file, declared, read, errors, weekday mismatches) for one file."""
    text = read_text(path)
    errors: list[ParseError] = []
    matches = list(footballtxt.parse(text, file=str(path), errors=errors))
    # the weekday written on each date line agrees with the date the reader gave it
    weekdays: dict[int, str] = {}
    current = None
    date_line = re.compile(r"^(?:\[| +)([A-Z][a-z]{2}) [A-Z][a-z]{2}[/ ]\d{1,2}(?: \d{4})?\]? *$")
    for number, line in enumerate(text.splitlines(), 1):
        if line[:1] == "[" or (line[:1] == " " and len(line) < 24):  # only these can be date lines
            found = date_line.match(line)
            current = found.group(1) if found else current
        weekdays[number] = current or ""
    # ... as the file dates it, for a date the catalogue moves to its right year ([[misdated]])
    dated = [(m, dt.date.fromisoformat(str(m.extra.get("file_date", m.date)))) for m in matches]
    wrong = sum(
        1 for m, day in dated if not m.extra.get("undated") and weekdays[m.line] not in ("", WEEKDAYS[day.weekday()])
    )
    return (str(path), _declared(text), len(matches), [str(e) for e in errors], wrong)


def _check_files(paths: list[str]) -> list[tuple[str, int | None, int, list[str], int]]:
    return [_check_file(Path(p)) for p in paths]


def test_focused_files_read_whole_with_right_weekdays(data: Path) -> None:
    paths = sorted(p for folder in FOCUSED for p in (data / folder).rglob("*.txt"))
    assert len(paths) == 253
    results = _check_files([str(p) for p in paths])
    assert [r for r in results if r[3] or r[4] or (r[1] is not None and r[1] != r[2])] == []
    assert sum(r[2] for r in results) == 45_764


# files of the full worldfootball cache whose count differs from "# Matches" (see docs/corpus-counts.md)
KNOWN_DIFFERENCES: dict[str, tuple[int, int]] = {}


def test_full_worldfootball_cache_counts_match_every_header(data: Path) -> None:
    paths = sorted(str(p) for p in (data / FULL).rglob("*.txt"))
    assert len(paths) == 5155
    chunks = [paths[i::2] for i in range(2)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = [r for chunk in pool.map(_check_files, chunks) for r in chunk]
    differ = {
        str(Path(file).relative_to(data / FULL)): (declared, read)
        for file, declared, read, _, _ in results
        if declared != read
    }
    assert differ == KNOWN_DIFFERENCES
    assert [(file, errors) for file, _, _, errors, _ in results if errors] == []
    assert sum(r[4] for r in results) == 0
    assert sum(r[2] for r in results) == 1_129_659  # the reference Ruby parser: 1,129,657


def test_no_file_in_the_data_folder_crashes_the_reader(data: Path) -> None:
    # every .txt file is one of the two sets above; and any other file (CSV, JSON, notes) read as
    # Football.TXT gives parse errors at worst, never another exception
    texts = sorted(p for p in data.rglob("*.txt") if p.is_file())
    assert len(texts) == 5155 + 253
    for path in sorted(p for p in data.rglob("*") if p.is_file() and p.suffix != ".txt"):
        errors: list[ParseError] = []
        list(footballtxt.read(path, errors=errors))


def test_later_stages_filed_under_the_calendar_year_belong_to_the_season_before(data: Path, tmp_path: Path) -> None:
    # worldfootball files the five rounds after the Scottish split of 2000-01, played in April and May
    # 2001, as 2001/sco.1.txt ("= SCO 1 2001"), beside 2000-01/sco.1.txt with the 33 rounds before them
    split = data / FULL / "2001" / "sco.1.txt"
    matches = list(footballtxt.read(split))
    assert len(matches) == 30 and {m.season for m in matches} == {"2000-01"}
    assert {m.stage for m in matches} == {"Championship", "Relegation"}
    assert matches[0].extra == {"filed_under": "2001"}
    # Poland's groups of 2001-02 began in November 2001, right after the autumn round
    poland = list(footballtxt.read(data / FULL / "2002" / "pl.1.txt"))
    assert len(poland) == 112 and {m.season for m in poland} == {"2001-02"}
    # the same file without the season before beside it keeps its year: the rule reads the layout
    alone = tmp_path / "2001" / "sco.1.txt"
    alone.parent.mkdir()
    alone.write_bytes(split.read_bytes())
    assert {m.season for m in footballtxt.read(alone)} == {"2001"}
    # a transition season between two layouts is its own season: Chile's Torneo Transición of 2013
    # (January to May) has no 2012-13 file beside it; nor is a calendar league's season touched
    assert {m.season for m in footballtxt.read(data / FULL / "2013" / "cl.1.txt")} == {"2013"}
    assert {m.season for m in footballtxt.read(data / FULL / "2001" / "no.1.txt")} == {"2001"}
    # a file with the regular season in it is the season it says (2018-19's own split stays 2018-19)
    assert {m.season for m in footballtxt.read(data / FULL / "2018-19" / "sco.1.txt")} == {"2018-19"}
