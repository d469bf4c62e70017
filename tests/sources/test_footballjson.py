"""football.json reader, on openfootball's real files."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from touchline.errors import ParseError
from touchline.model import Score, Status
from touchline.sources import footballjson, read_head, read_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bad"
FOLDER = "openfootball-football.json"


@pytest.mark.parametrize(
    ("season", "code", "matches", "statuses"),
    [
        ("2018-19", "be.1", 270, {Status.PLAYED: 269, Status.AWARDED: 1}),
        ("2019-20", "be.1", 240, {Status.PLAYED: 232, Status.CANCELLED: 8}),
        ("2020-21", "be.1", 330, {Status.PLAYED: 330}),
        ("2010-11", "de.1", 306, {Status.PLAYED: 306}),
        ("2024-25", "de.1", 306, {Status.PLAYED: 305, Status.AWARDED: 1}),
        ("2025-26", "de.1", 306, {Status.PLAYED: 225, Status.SCHEDULED: 81}),
        ("2019-20", "de.cup", 63, {Status.PLAYED: 63}),
        ("2015-16", "uefa.cl", 125, {Status.PLAYED: 125}),
        ("2019-20", "uefa.cl", 119, {Status.PLAYED: 119}),
        ("2024-25", "uefa.cl", 189, {Status.PLAYED: 188, Status.SCHEDULED: 1}),
        ("2024-25", "eg.1", 225, {Status.PLAYED: 182, Status.AWARDED: 1, Status.SCHEDULED: 42}),
    ],
)
def test_matches_per_file(data: Path, season: str, code: str, matches: int, statuses: dict[Status, int]) -> None:
    path = data / FOLDER / season / f"{code}.json"
    read = list(footballjson.read(path, source="ofj"))
    assert len(read) == matches
    assert Counter(m.status for m in read) == statuses
    assert {(m.competition, m.season, m.source, m.file) for m in read} == {(code, season, "ofj", str(path))}
    # a match without a full-time score never counts
    assert all((m.ft is None) == (m.status in (Status.SCHEDULED, Status.CANCELLED)) for m in read)


def test_every_file_reads_and_lines_point_at_the_match(data: Path) -> None:
    files = sorted((data / FOLDER).glob("*/*.json"))
    assert len(files) == 35
    total = 0
    for path in files:
        lines = read_text(path).splitlines()
        for m in footballjson.read(path):
            assert lines[m.line - 1].strip().startswith("{"), (path, m.line)
            # the object opening there is this match: its team1 follows within a few lines
            following = "\n".join(lines[m.line - 1 : m.line + 8])
            assert f'"team1": "{m.home}"' in following, (path, m.line)
            total += 1
    assert total == 8011


def test_extra_time_and_penalties(data: Path) -> None:
    matches = list(footballjson.read(data / FOLDER / "2020-21" / "de.cup.json"))
    (kiel,) = [m for m in matches if m.home == "Holstein Kiel" and m.away == "Bayern München"]
    assert (kiel.date, kiel.time, kiel.round, kiel.stage) == (dt.date(2021, 1, 13), "20:45", "Round 2", None)
    assert (kiel.ht, kiel.ft, kiel.et, kiel.pens) == (Score(1, 1), Score(2, 2), Score(2, 2), Score(6, 5))
    assert kiel.final == Score(2, 2)
    assert sum(m.et is not None for m in matches) == 14
    assert sum(m.pens is not None for m in matches) == 8


def test_extra_time_without_shoot_out_and_first_line(data: Path) -> None:
    first = next(footballjson.read(data / FOLDER / "2018-19" / "de.cup.json"))
    assert (first.home, first.away, first.line) == ("SV Wehen Wiesbaden", "FC St. Pauli", 4)
    assert (first.ft, first.et, first.pens, first.final) == (Score(1, 1), Score(3, 2), None, Score(3, 2))


def test_stage_and_round_split(data: Path) -> None:
    egypt = list(footballjson.read(data / FOLDER / "2024-25" / "eg.1.json"))
    assert Counter(m.stage for m in egypt)["Championship"] == 36
    (awarded,) = [m for m in egypt if m.status is Status.AWARDED]
    assert (awarded.home, awarded.away, awarded.ft, awarded.stage, awarded.round) == (
        "Zamalek",
        "Al Ahly SC",
        Score(3, 0),
        "Championship",
        "Matchday 1",
    )
    belgium = list(footballjson.read(data / FOLDER / "2018-19" / "be.1.json"))
    assert Counter(m.stage for m in belgium) == {None: 240, "Playoff I": 30}


def test_awarded_bundesliga_match(data: Path) -> None:
    (match,) = [m for m in footballjson.read(data / FOLDER / "2024-25" / "de.1.json") if m.status is Status.AWARDED]
    assert (match.date, match.home, match.away, match.ft, match.ht) == (
        dt.date(2024, 12, 14),
        "1. FC Union Berlin",
        "VfL Bochum 1848",
        Score(0, 2),
        None,
    )


def test_sniff_every_file(data: Path) -> None:
    wrong = []
    claimed = 0
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        relative = path.relative_to(data)
        expected = relative.parts[0] == FOLDER and path.suffix == ".json"
        if footballjson.sniff(path, read_head(path)) != expected:
            wrong.append(str(relative))
        claimed += expected
    assert wrong == []
    assert claimed == 35


ROUNDS = """{
  "name": "Deutsche Bundesliga 2015/16",
  "rounds": [
    {
      "matches": [
        {"date": "2015-08-14", "team1": {"key": "bayern", "name": "Bayern München", "code": "FCB"},
         "team2": {"key": "hsv", "name": "Hamburger SV"}, "score1": 5, "score2": 0,
         "score1i": 1, "score2i": 0}
      ],
      "name": "1. Spieltag"
    },
    {"name": "2. Spieltag", "matches": [
      {"date": "2015-08-22", "team1": "Hamburger SV", "team2": "VfB Stuttgart", "score": {"ft": [3, 2]}},
      {"date": "2015-08-23", "team1": "Bayern München", "team2": "TSG Hoffenheim"}
    ]}
  ]
}
"""


def test_rounds_layout() -> None:
    """The older layout: matches nested in rounds, team objects, score1/score2 keys; season from "name"."""
    first, second, third = footballjson.parse(ROUNDS, file="de.1.json", source="old")
    assert (first.home, first.away, first.ft, first.ht, first.round, first.line) == (
        "Bayern München",
        "Hamburger SV",
        Score(5, 0),
        Score(1, 0),
        "1. Spieltag",
        6,
    )
    assert (first.competition, first.season, first.source) == ("de.1", "2015-16", "old")
    assert (second.round, second.ft, second.line) == ("2. Spieltag", Score(3, 2), 13)
    assert (third.ft, third.status, third.line) == (None, Status.SCHEDULED, 14)


# --- bad input -------------------------------------------------------------------------------------

NAMED = "2020-21/be.1.json"  # the fixtures' names carry no competition, so parse them under this name


def _error(name: str, file: str | None = NAMED) -> ParseError:
    path = FIXTURES / name
    with pytest.raises(ParseError) as caught:
        if file is None:
            list(footballjson.read(path))
        else:
            list(footballjson.parse(path.read_text(encoding="utf-8"), file=file))
    return caught.value


def test_truncated() -> None:
    path = FIXTURES / "json_truncated.json"
    error = _error("json_truncated.json", file=None)
    assert str(error) == (
        f"{path}:16: not valid JSON: Unterminated string starting at column 16 (a truncated file or a missing comma?)"
    )
    assert error.text == '      "team2": "Sydh'


def test_bad_score_names_the_match_line() -> None:
    error = _error("json_bad_score.json")
    assert str(error) == (f'{NAMED}:11: bad score ["2", 1] in score.ft (expected two whole numbers such as [2, 1])')
    assert '"team1": "Vestby SK"' in error.text


def test_bad_score_with_an_error_list_goes_on() -> None:
    errors: list[ParseError] = []
    text = (FIXTURES / "json_bad_score.json").read_text(encoding="utf-8")
    matches = list(footballjson.parse(text, file=NAMED, errors=errors))
    assert [(m.home, m.line) for m in matches] == [("Nordby FC", 4)]
    assert [e.line for e in errors] == [11]


def test_bad_date() -> None:
    error = _error("json_bad_date.json")
    assert str(error) == f'{NAMED}:4: bad date "2020-13-08" (expected "yyyy-mm-dd" such as "2020-08-08")'


def test_missing_team() -> None:
    error = _error("json_missing_team.json")
    assert str(error) == f'{NAMED}:4: missing or empty "team2" (expected the team name as a string)'


def test_unknown_status() -> None:
    error = _error("json_unknown_status.json")
    assert error.line == 4
    assert error.reason.startswith('unknown status "suspended" (expected one of played, scheduled,')


def test_not_football_json() -> None:
    path = FIXTURES / "json_not_matches.json"
    error = _error("json_not_matches.json", file=None)
    assert str(error) == (
        f'{path}:1: not a football.json file: expected an object with a "matches" list (or a "rounds" list)'
    )
    assert not footballjson.sniff(path, read_head(path))


def test_needs_a_competition_in_the_name() -> None:
    error = _error("json_bad_date.json", file=None)
    assert error.line == 1
    assert error.reason.startswith("cannot tell the competition from the file name")


KEYS = st.sampled_from(["date", "team1", "team2", "score", "ft", "ht", "et", "p", "status", "round", "time"])
VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2, 12), st.text(max_size=5), st.just("2020-08-08")),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=6)),
    max_leaves=12,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(VALUES, max_size=5), st.booleans())
def test_any_match_reads_or_is_a_parse_error(matches: list[Any], indent: bool) -> None:
    """Whatever a match object holds, the reader yields it or a ParseError for it, never a crash."""
    text = json.dumps({"name": "Test 2020/21", "matches": matches}, indent=2 if indent else None)
    errors: list[ParseError] = []
    read = list(footballjson.parse(text, file="be.1.json", errors=errors))
    # an empty list is one error: a file that gives no match at all
    assert len(read) + len(errors) == max(len(matches), 1)
    assert all(m.season == "2020-21" for m in read)
