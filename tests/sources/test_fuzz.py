"""Fuzzing every reader: whatever the input, touchline's own errors (ParseError) or none, never a crash.

Each reader's ``parse`` gets random text and random edits (insertions, deletions, replacements) of a
small valid sample; detection and ``read`` get random bytes. What comes out must keep the limits of
:mod:`touchline.sources.limits`, and every error must be one line naming the file.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchline.errors import ParseError
from touchline.model import Match
from touchline.sources import classify, detect, looks_like_match_data, read_head, read_text, reader
from touchline.sources.limits import FIRST_YEAR, LAST_YEAR, MAX_GOALS, MAX_NAME, PLACEHOLDERS

FIXTURES = Path(__file__).parent.parent / "fixtures"

CHAMPS = (
    "Date,Season,round,leg,home,visitor,FT,HT,aet,pens,hgoal,vgoal,FTagg_home,FTagg_visitor,aethgoal,aetvgoal,"
    "tothgoal,totvgoal,totagg_home,totagg_visitor,tiewinner,hcountry,vcountry\n"
    '2020-08-18,2020,"Q-3","1","Alpha FC","Beta FC","1-2","0-1",NA,NA,1,2,1,2,NA,NA,1,2,1,2,NA,"DEN","CYP"\n'
    '2020-08-25,2020,"Q-3","2","Beta FC","Alpha FC","1-1","0-0",1,"4-3",1,1,2,3,1,1,1,1,2,3,"Beta FC","CYP","DEN"\n'
)
# name -> (format, file name the text is parsed under, a small valid sample); all hand-made
SAMPLES: dict[str, tuple[str, str, str]] = {
    "txt-style-a": ("football.txt", "2019-20/dk.1.txt", "footballtxt/2019-20/dk.1.txt"),
    "txt-style-b": ("football.txt", "2024-25/de.cup.txt", "footballtxt/2024-25/de.cup.txt"),
    "txt-europe": ("football.txt", "denmark/2023-24_dk1.txt", "footballtxt/denmark/2023-24_dk1.txt"),
    "json": ("football.json", "2020-21/be.1.json", "bad-input/footballjson/utf16le/2020-21/be.1.json"),
    "new-leagues-csv": ("football-data", "DNK.csv", "bad-input/footballdata/upper_case_header/DNK.csv"),
    "football-csv": (
        "football-data",
        "2020-21/dk.1.csv",
        "bad-input/footballcsv/semicolons_lower_case/2020-21/dk.1.csv",
    ),
    "engsoccer-league": ("engsoccerdata", "germany.csv", "bad-input/engsoccer/semicolons_lower_case/germany.csv"),
    "engsoccer-champs": ("engsoccerdata", "champs.csv", ""),
}


def _sample(name: str) -> str:
    fixture = SAMPLES[name][2]
    return read_text(FIXTURES / fixture) if fixture else CHAMPS


# what an edit inserts: pieces of every format's syntax, limits' edges, encodings' oddities
_SYNTAX = (
    "  ", " ", "\n", "\r\n", "\r", "\t", ",", ";", '"', "{", "}", "[", "]", ":", "-", "v", " v ", "#", "= ", "» ",
    "[Sat Jul/19]", "  Sat Aug/24 2024", "# Matches    999", "# Date       Fri Jul/12 2019", "2-1", "2-1 (1-0)",
    "4-3 pen. 1-1 a.e.t.", "N.N.", "NA", "?", "[awarded]", "null", "true", '"ft": [2, 1]', '"matches": [',
)  # fmt: skip
_EDGES = (
    "61", "99-1", "99999999999999999999", "1" * 5000, "0001", "9999", "2099", "Feb/30", "\x00", "\ufeff", "\ud800",
    "\x85", "\u2028", "é", "x" * 130, "é" * 6000,
)  # fmt: skip
PIECES = st.one_of(st.sampled_from(_SYNTAX + _EDGES), st.text(max_size=12))
EDITS = st.lists(
    st.tuples(st.floats(min_value=0, max_value=1), st.sampled_from(["insert", "delete", "replace"]), PIECES),
    min_size=1,
    max_size=6,
)


def _edited(text: str, edits: list[tuple[float, str, str]]) -> str:
    for where, how, piece in edits:
        at = int(where * len(text))
        if how == "insert":
            text = text[:at] + piece + text[at:]
        elif how == "delete":
            text = text[:at] + text[at + len(piece) :]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    return text


def _check(format_name: str, file: str, text: str) -> None:
    """Parse ``text`` both ways; only ParseErrors, one line each, and matches within the limits."""
    parse = reader(format_name).parse
    errors: list[ParseError] = []
    matches = list(parse(text, source="fuzz", file=file, errors=errors))
    latest = dt.date.today() + dt.timedelta(days=1)
    for error in errors:
        assert type(error) is ParseError and error.file == file
        assert "\n" not in str(error) and "\r" not in str(error), str(error)
        assert error.line is not None and error.line >= 1, str(error)
    for match in matches:
        assert type(match) is Match
        assert all(name.strip() and len(name) <= MAX_NAME for name in (match.home, match.away)), match
        assert match.home != match.away or match.home in PLACEHOLDERS, match
        assert FIRST_YEAR <= match.date.year <= LAST_YEAR, match
        scores = [s for s in (match.ft, match.ht, match.et, match.pens) if s is not None]
        assert all(0 <= goals <= MAX_GOALS for s in scores for goals in (s.home, s.away)), match
        assert not (match.counts and match.date > latest), match
    try:
        raised = list(parse(text, source="fuzz", file=file))
    except ParseError:
        assert errors
    else:
        assert not errors and raised == matches


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_samples_are_valid(name: str) -> None:
    format_name, file, _ = SAMPLES[name]
    errors: list[ParseError] = []
    assert len(list(reader(format_name).parse(_sample(name), file=file, errors=errors))) >= 2
    assert errors == []


@pytest.mark.parametrize("name", sorted(SAMPLES))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_edited_samples(name: str, edits: list[tuple[float, str, str]]) -> None:
    format_name, file, _ = SAMPLES[name]
    _check(format_name, file, _edited(_sample(name), edits))


@pytest.mark.parametrize("format_name", ["football.txt", "football.json", "football-data", "engsoccerdata"])
@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400) | st.lists(PIECES, max_size=30).map("".join))
def test_random_text(format_name: str, text: str) -> None:
    files = {"football.txt": "2020-21/dk.1.txt", "football.json": "2020-21/be.1.json"}
    files |= {"football-data": "2020-21/dk.1.csv", "engsoccerdata": "belgium.csv"}
    _check(format_name, files[format_name], text)


HEADERS = {
    "DNK.csv": ("football-data", "Country,League,Season,Date,Time,Home,Away,HG,AG,Res"),
    "2020-21/dk.1.csv": ("football-data", "Date,Team 1,FT,HT,Team 2"),
    "belgium.csv": ("engsoccerdata", "Date,Season,home,visitor,FT,hgoal,vgoal,division,tier,totgoal,goaldif,result"),
    "champs.csv": ("engsoccerdata", CHAMPS.split("\n", 1)[0]),
}


@pytest.mark.parametrize("file", sorted(HEADERS))
@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(PIECES, min_size=1, max_size=24).map(",".join), max_size=5))
def test_random_rows_under_a_real_header(file: str, rows: list[str]) -> None:
    format_name, header = HEADERS[file]
    _check(format_name, file, "\n".join([header, *rows]) + "\n")


NAMES = ["2020-21/dk.1.txt", "notes.txt", "2020-21/be.1.json", "DNK.csv", "2020-21/dk.1.csv", "belgium.csv"]
BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: b"\xff\xfe" + t.encode("utf-16-le", "surrogatepass")),
    st.text(max_size=200).map(lambda t: b"\xfe\xff" + t.encode("utf-16-be", "surrogatepass")),
    st.sampled_from(sorted(SAMPLES)).map(lambda name: _sample(name).encode("utf-8")[:-7]),
)


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(NAMES), content=BYTES)
def test_detection_and_read_on_random_bytes(name: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        found, why = classify(path)
        assert why and "\n" not in why
        assert detect(path, read_head(path)) is found
        if found is None:
            looks_like_match_data(path, read_head(path))
            return
        errors: list[ParseError] = []
        list(found.read(path, errors=errors))
        assert all(type(e) is ParseError and e.file == str(path) and "\n" not in str(e) for e in errors)
        try:
            list(found.read(path))
        except ParseError:
            assert errors
