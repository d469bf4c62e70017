"""Reader of openfootball's Football.TXT, in both styles found in the open data.

Style A (worldfootball cache, older openfootball files) puts the score between the teams, columns
separated by two or more spaces, under bracketed dates without a year::

    = DK 1 2019/20
    # Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)
    # Stages     Regular Season (182)  Relegation (26)  Europa League Finals (5)  Championship (30)
    # Regular Season
    Matchday 1
    [Fri Jul/12]
      19.00  FC Midtjylland           1-0 (0-0)  Esbjerg fB
             Lyngby BK                2-0 (1-0)  Aalborg BK

Style B (current openfootball repositories) separates the teams with ``v`` and puts the score last,
under indented date lines that give the year now and then::

    » Matchday 1
      Fri Aug/23 2024
        20.30  Borussia Mönchengladbach v Bayer 04 Leverkusen      2-3 (0-2)
      Sat Aug/24
               Karlsruher SC           v FC Augsburg              4-5 pen. 2-2 a.e.t. (1-1, 0-1)

Team names are kept exactly as written (``FC Midtjylland (DEN)`` included); the store resolves them.
A match line without a time kicks off at the time of the line above it, until the next date line (as
in openfootball's own parser). Stages come from ``# Stages``, ``# Regular Season``, ``== Championship``
and ``= Title, Stage`` lines and ``Stage, Round`` headings; rounds from the other heading lines. Dates
without a year get the year that puts them inside the file's ``# Date`` range (see :class:`Calendar`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Final

from touchline.errors import ParseError
from touchline.model import CompetitionKind, Match, Score, Status
from touchline.reference.competitions import canonical, competition_for_path, misdated
from touchline.reference.competitions import competition as catalogued
from touchline.sources import read_file, report, text_error
from touchline.sources.limits import (
    MAX_LINE,
    MAX_NAME,
    RESULTS,
    future_problem,
    goals_problem,
    line_problem,
    names_problem,
    quoted,
    today,
)
from touchline.sources.txtdates import (
    DATE_KEYS,
    Calendar,
    date_key,
    folder_is_wrong,
    later_stages_of,
    read_date_line,
    read_range,
    season_from_path,
    season_name,
    season_problem,
    undated_date,
)

FORMAT = "football.txt"

__all__ = ["FORMAT", "parse", "read", "sniff", "undecided"]

# ---------------------------------------------------------------------------------------------------
# Building matches fast
#
# A frozen dataclass's generated __init__ sets each of Match's 20 fields through object.__setattr__:
# about 6 µs a match, more than reading its line. _MatchBuilder has exactly Match's slot layout; the
# parser fills one with plain attribute stores (no call at all) and then turns it into a Match by
# assigning __class__ (CPython checks that the two layouts agree and raises TypeError if not). The
# result is an ordinary Match, equal to one from Match(...), for about a fifth of the cost. The swap is
# made only when Match's fields are the ones written out here and a probe compares equal field by
# field; otherwise the parser calls Match(...) like everyone else.

_FIELDS: Final = (
    "date", "home", "away", "competition", "season", "ft", "ht", "et", "pens", "status", "time", "stage", "round",
    "leg", "neutral", "source", "file", "line", "extra", "awarded_to",
)  # fmt: skip


class _MatchBuilder:
    """A mutable twin of :class:`Match` (same slots, same order) that becomes a Match once filled."""

    __slots__ = _FIELDS


def _fast_build_works() -> bool:
    """Whether a _MatchBuilder turned Match equals, field by field, the Match the constructor builds."""
    if tuple(f.name for f in fields(Match)) != _FIELDS:
        return False
    slow = Match(dt.date(2000, 1, 2), "H", "A", "c", "2000", Score(1, 0), time="12:00", source="s", line=3)
    built: Any = object.__new__(_MatchBuilder)
    try:
        for name in _FIELDS:
            setattr(built, name, getattr(slow, name))
        built.__class__ = Match
    except TypeError:  # a layout CPython refuses to swap (another interpreter, a changed Match)
        return False
    return type(built) is Match and all(getattr(built, name) == getattr(slow, name) for name in _FIELDS)


FAST_BUILD: bool = _fast_build_works()
"""Whether matches are built the fast way (set to False to compare with Match(...))."""

# ---------------------------------------------------------------------------------------------------
# Line shapes

# style A: "TIME  HOME  SCORE  AWAY  [marker]", columns apart by two or more spaces, none holding two
# spaces in a row; the score column starts with a digit or "-" and the home column is no time (so a
# style B "20.30  1. FC Köln    v 1. FC Heidenheim 1846" is not taken for style A)
# a team name starts with a character that is no space of any kind, so no name is blank
_NAME = r"\S[^ ]*(?: [^ ]+)*"
_MATCH_A: Final = re.compile(
    rf"^ +(?:(\d\d?[.:]\d\d) +)?(?!\d\d?[.:]\d\d )({_NAME})"  # time, home
    rf" {{2,}}([\d-][^ ]*(?: [^ ]+)*)"  # score
    rf" {{2,}}({_NAME})(?: {{2,}}\[(\w+)\])? *$"  # away, [marker]
)
# style B: "TIME  HOME v AWAY  SCORE [marker]"; the score must be strict here, or "v Hannover 96" would
# give its "96" to the score. Neither team may be missing: the home team is no kick-off time, the away
# team no score ("20.30   v Hannover 96  1-0" and "Hannover 96 v  1-0" are refused, see _diagnose)
_SCORE_TEXT = (
    r"\d+-\d+ pen\.(?: \d+-\d+(?: a\.e\.t\.)?)?(?: \(\d+-\d+(?:, \d+-\d+)?\))?"
    r"|\d+-\d+(?: a\.e\.t\.)?(?: \(\d+-\d+(?:, \d+-\d+)?\))?"
    r"|-"
)
_NO_TIME = r"(?!\d\d?[.:]\d\d )"
_NO_SCORE = rf"(?!(?:{_SCORE_TEXT})(?: +\[\w+\])? *$)"
_MATCH_B: Final = re.compile(
    rf"^ +(?:(\d\d?[.:]\d\d) +)?{_NO_TIME}(\S.*?) +v +{_NO_SCORE}(\S.*?)(?: +({_SCORE_TEXT}))?(?: +\[(\w+)\])? *$"
)
_MISSING_HOME: Final = re.compile(r" +(?:\d\d?[.:]\d\d +)?v +\S")
_MISSING_AWAY: Final = re.compile(rf" +\S.*? v(?: +(?:{_SCORE_TEXT}))?(?: +\[\w+\])? *$")
# "  Fri Aug/23 2024", "  Sat Aug/24", "  Fri Jul 21 2023" (style B; style A's are in txtdates)
_DATE_B: Final = re.compile(r"^ +(?:([A-Za-z]{3}) +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))? *$")
_SCORE: Final = re.compile(
    r"^(?:(\d+)-(\d+) pen\. ?)?(?:(\d+)-(\d+)( a\.e\.t\.)? ?)?(?:\((\d+)-(\d+)(?:, ?(\d+)-(\d+))?\))?$"
)
# control characters a line may hold once splitlines has cut the text at its line breaks (C0 but tab,
# the line breaks and the separators splitlines cuts at; DEL; C1 but NEL)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_HEADER: Final = re.compile(r"^# *(Date|Teams|Matches|Stages)\b *(.*?) *$")
_STAGE_COUNT: Final = re.compile(r"([^()]+?) *\((\d+)\)")
_COUNT: Final = re.compile(r"\d{1,9}\b")  # "# Matches    306"
# "= DK 1 2008/09", "= Denmark Superligaen 2018/19, Playoffs - Championship": the last year before
# the first comma is the season, what follows the comma a stage
_TITLE: Final = re.compile(r"^= *([^,]*\b(\d{4})(?:/(\d{2}|\d{4}))?) *(?:, *(.+?))? *$")
_TITLE_CODE: Final = re.compile(r"^([A-Z]{2,8}(?: [A-Z0-9]+)*) \d{4}")

_MARKERS: Final = {
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "postponed": Status.POSTPONED,
    "abandoned": Status.ABANDONED,
    "awarded": Status.AWARDED,
}
_EXPECTED_SCORE: Final = '(expected "2-1", "2-1 a.e.t." or "4-3 pen. 1-1 a.e.t.")'
_EXPECTED_MATCH: Final = (
    'expected "TIME  HOME  SCORE  AWAY" with two spaces between columns, or "TIME  HOME v AWAY  SCORE"'
)
_EXPECTED_MARKER: Final = "(expected [cancelled], [postponed], [abandoned] or [awarded])"

# ---------------------------------------------------------------------------------------------------
# Scores and times, each distinct text read once per process

ScoreParts = tuple[Score | None, Score | None, Score | None, Score | None, Status]
_SCORES: dict[str, ScoreParts] = {}
_SCORE_OBJECTS: dict[tuple[int, int], Score] = {(h, a): Score(h, a) for h in range(10) for a in range(10)}
_TIMES: dict[str, str] = {}


def _score(home: str, away: str) -> Score:
    key = (int(home), int(away))
    score = _SCORE_OBJECTS.get(key)
    if score is None:
        score = _SCORE_OBJECTS[key] = Score(*key)
    return score


def _read_score(text: str) -> ScoreParts:
    """``(ft, ht, et, pens, status)`` of a score column; ValueError naming the problem when unreadable.

    ``2-1 (1-0)`` = ft, ht; ``1-0 a.e.t. (0-0)`` = et, ft; ``3-2 a.e.t. (2-2, 2-1)`` = et, ft, ht;
    ``4-5 pen. 2-2 a.e.t. (1-1, 0-1)`` = shoot-out, et, ft, ht; ``1-3 pen. (1-1, 0-0)`` = shoot-out,
    ft, ht (straight to penalties); ``4-5 pen.`` = shoot-out only (sport.db's parser reads it so too:
    "penalty only"): the match was level after play, by how much the line does not say, so ``ft`` and
    ``et`` stay ``None`` and ``pens`` holds the shoot-out (ties and titles go by it; tables and records,
    which need a score, leave the match out: :mod:`touchline.compute.ties`); ``-`` = not played (yet).
    """
    parts = _SCORES.get(text)
    if parts is not None:
        return parts
    unknown = f"unknown score {quoted(text)} {_EXPECTED_SCORE}"
    if text == "-":
        parts = (None, None, None, None, Status.SCHEDULED)
    else:
        m = _SCORE.match(text)
        if m is None or not m.group(0):
            raise ValueError(unknown)
        p1, p2, s1, s2, aet, a1, a2, b1, b2 = m.groups()
        for goals in (p1, p2, s1, s2, a1, a2, b1, b2):
            problem = goals and goals_problem(goals)  # before int(): it judges thousands of digits by length
            if problem:
                raise ValueError(f"implausible score {quoted(text)}: {problem}")
        pens = _score(p1, p2) if p1 is not None else None
        main = _score(s1, s2) if s1 is not None else None
        first = _score(a1, a2) if a1 is not None else None
        second = _score(b1, b2) if b1 is not None else None
        if aet is not None:  # "et (ft, ht)"
            parts = (first, second, main, pens, Status.PLAYED)
        elif main is not None and second is None:  # "ft (ht)"
            parts = (main, first, None, pens, Status.PLAYED)
        elif main is None and pens is not None:  # "pens (ft, ht)": penalties straight after 90 minutes
            parts = (first, second, None, pens, Status.PLAYED)
        else:  # "(1-0)" alone, or "2-1 (1-1, 1-0)" without a.e.t.
            raise ValueError(unknown)
    _SCORES[text] = parts
    return parts


def _read_time(text: str) -> str:
    """``20.30`` or ``20:30`` -> ``20:30``; ValueError when the clock has no such time."""
    clock = _TIMES.get(text)
    if clock is None:
        hours, minutes = int(text[:-3]), int(text[-2:])
        if hours > 24 or minutes > 59:
            raise ValueError(f'impossible kick-off time "{text}"')
        clock = _TIMES[text] = f"{hours:02d}:{minutes:02d}"
    return clock


# ---------------------------------------------------------------------------------------------------
# The parser


def parse(
    text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """The matches of a Football.TXT text, in file order.

    ``file`` names the text in errors and gives the competition (``2019-20/dk.1.txt`` -> ``dk.1``; else
    a worldfootball title such as ``= DK 1 2019/20``) and the season (a ``2019-20``/``2019`` folder or
    a ``2024-25_`` name prefix; else the title's year). With ``errors=None`` the first unreadable line
    raises :class:`ParseError`; with a list, each unreadable line's error is appended and reading goes on.
    Dates the catalogue lists as given in the wrong year (``[[misdated]]``) come out corrected, with
    ``extra["file_date"]`` the date as the file gives it.
    """
    matches = _parse(text, source=source, file=file, errors=errors)
    fix = misdated(file)
    if fix is None:
        return matches
    return (
        replace(m, date=fix.moved(m.date), extra={**m.extra, "file_date": m.date.isoformat()})
        if fix.covers(m.date)
        else m
        for m in matches
    )


def _parse(text: str, *, source: str, file: str, errors: list[ParseError] | None) -> Iterator[Match]:
    if text.startswith("\ufeff"):
        text = text[1:]
    unreadable = text_error(text, file)
    if unreadable is not None:
        report(unreadable, errors)
        return
    competition = competition_for_path(file)
    path_season = season_from_path(file)
    if path_season is not None and (problem := season_problem(path_season)) is not None:
        report(
            ParseError(
                f'impossible season "{path_season}" in the path ({problem})', file=file, line=1, whole_file=True
            ),
            errors,
        )
        return
    season = path_season
    extra: dict[str, object] | None = None  # what every match of the file carries in Match.extra
    calendar = Calendar()
    if season is not None:
        calendar.assume(season)
    stages: list[str] = []
    stage: str | None = None
    round_: str | None = None
    date: dt.date | None = None
    date_line = 0  # line of the current date; minus the line after an unreadable date line
    last_time: str | None = None  # a match line without a time kicks off with the one above it
    title_season: str | None = None
    seen = 0  # match lines, read or refused: what the "# Matches" header counts
    declared: tuple[int, int, str] | None = None  # the header's count, line and text
    latest = today()

    match_a = _MATCH_A.match
    max_line = MAX_LINE
    max_name = MAX_NAME
    scores = _SCORES
    times = _TIMES
    fast = FAST_BUILD
    new_object = object.__new__
    date_keys = DATE_KEYS
    place = calendar.place

    def fail(reason: str, lineno: int, line: str, whole_file: bool = False) -> None:
        report(ParseError(reason, file=file, line=lineno, text=line[:MAX_LINE], whole_file=whole_file), errors)

    if "\t" in text:  # a tab indenting a match line must not turn it into a heading
        text = text.expandtabs(8)
    lines = text.splitlines()
    # the length limits cost a len() a line only in a file that has a line long enough to break one
    long_lines = max(map(len, lines), default=0) > max_name
    # and the names are searched for a control character only in a file that holds one (one scan of the
    # text, in C): a name with an escape sequence is refused as the CSV readers refuse it
    controls = _CONTROL.search(text) is not None
    ahead = False  # whether the current date is after the last day a result may have
    for lineno, line in enumerate(lines, 1):
        if not line:
            continue
        if long_lines and len(line) > max_line:
            fail(line_problem(len(line)), lineno, line[:200])
            continue
        first = line[0]
        if first == " ":
            m = match_a(line)
            if m is not None:
                clock, home, middle, away, marker = m.groups()
                if away[0] == "[":
                    # "HOME v AWAY  SCORE  [awarded]": what looks like the away column is a marker, so
                    # the line is style B (the home column held "HOME v AWAY")
                    m = None
                else:
                    seen += 1
            if m is None:
                key = date_keys.get(line)
                if key is None:
                    mb = _DATE_B.match(line)
                    if mb is not None:
                        try:
                            key = date_keys[line] = date_key(*mb.groups())
                        except ValueError as exc:
                            fail(str(exc), lineno, line)
                            date, date_line = None, -lineno
                            continue
                if key is not None:  # "  Sat Aug/24 2024": a style B date line
                    try:
                        date, date_line = place(key, stage), lineno
                        ahead = date > latest
                    except ValueError as exc:
                        fail(str(exc), lineno, line)
                        date, date_line = None, -lineno
                    last_time = None
                    continue
                mb = _MATCH_B.match(line)
                if mb is None:
                    if not line.isspace():
                        seen += 1
                        fail(_diagnose(line), lineno, line)
                    continue
                seen += 1
                clock, home, away, middle, marker = mb.groups()
                if "  " in away:  # whatever follows the away team is no score
                    fail(f"unknown score {quoted(away.split('  ', 1)[1].strip())} {_EXPECTED_SCORE}", lineno, line)
                    continue
                if middle is None:
                    middle = "-"
            # a match line: first what the whole file must give, then the line itself
            if competition is None or season is None:
                fail(_missing(competition, file), lineno, line)
                return
            parts = scores.get(middle)
            if parts is None:
                try:
                    parts = _read_score(middle)
                except ValueError as exc:
                    fail(str(exc), lineno, line)
                    continue
            ft, ht, et, pens, status = parts
            match_date = date
            match_extra = extra
            if match_date is None:
                if date_line < 0:
                    fail(f"match under the unreadable date line {-date_line}", lineno, line)
                    continue
                # a result needs a date; a fixture never played may have none (a cancelled tie listed
                # above the round's first date), and some old files give no dates at all (au.cup
                # 1977-95): those get a stand-in date, see undated_date
                if calendar.declared and (ft is not None or et is not None or pens is not None):
                    fail(
                        "match line before any date line (put a date such as [Sat Jul/19] above it)",
                        lineno,
                        line,
                    )
                    continue
                match_date = undated_date(season, calendar)
                ahead = match_date > latest
                match_extra = {**(extra or {}), "undated": True}
            if marker is None and away[-1] == "]" and " [" in away:  # a marker one space after the team
                away, _, marker = away.rpartition(" [")
                away, marker = away.rstrip(), marker[:-1]
            if marker is not None:
                marked = _MARKERS.get(marker.lower())
                if marked is None:
                    fail(f'unknown marker "[{marker}]" {_EXPECTED_MARKER}', lineno, line)
                    continue
                status = marked
            # the names' limits, where they can be broken: the patterns keep names from being blank, so
            # only a club playing itself, a line long enough for a name over MAX_NAME, or a file holding
            # a control character (NUL is refused for the whole text)
            if home == away or controls or (long_lines and len(line) > max_name):
                problem = names_problem(home, away)
                if problem is not None:
                    fail(problem, lineno, line)
                    continue
            if ahead and status in RESULTS and (ft is not None or et is not None or pens is not None):
                fail(future_problem(match_date), lineno, line)
                continue
            if clock is None:
                time = last_time
            else:
                time = times.get(clock)
                if time is None:
                    try:
                        time = _read_time(clock)
                    except ValueError as exc:
                        fail(str(exc), lineno, line)
                        continue
                last_time = time
            extra_now = {} if match_extra is None else match_extra.copy()
            if fast:
                built: Any = new_object(_MatchBuilder)
                built.date = match_date
                built.home = home
                built.away = away
                built.competition = competition
                built.season = season
                built.ft = ft
                built.ht = ht
                built.et = et
                built.pens = pens
                built.status = status
                built.time = time
                built.stage = stage
                built.round = round_
                built.leg = None
                built.neutral = None
                built.source = source
                built.file = file
                built.line = lineno
                built.extra = extra_now
                built.awarded_to = None
                built.__class__ = Match
                yield built
            else:
                yield Match(
                    match_date, home, away, competition, season, ft, ht, et, pens, status, time, stage, round_,
                    None, None, source, file, lineno, extra_now,
                )  # fmt: skip
        elif first == "[":
            last_time = None
            try:
                key = date_keys.get(line)
                if key is None:
                    key = read_date_line(line)
                date, date_line = place(key, stage), lineno
                ahead = date > latest
            except ValueError as exc:
                fail(str(exc), lineno, line)
                date, date_line = None, -lineno
        elif first == "#":
            mh = _HEADER.match(line)
            if mh is None:
                name = line.lstrip("#").strip()
                if name in stages or name == "Regular Season":  # "# Regular Season" opens a stage
                    stage, round_ = name, None
                continue  # any other "#" line is a comment
            header, value = mh.groups()
            if header == "Date":
                try:
                    calendar.declare(*read_range(value))
                except ValueError as exc:
                    fail(str(exc), lineno, line)
                if season == path_season and folder_is_wrong(path_season, title_season, calendar):
                    season, extra = title_season, {**(extra or {}), "path_season": path_season}
            elif header == "Matches":
                count = _COUNT.match(value)
                if count is not None and declared is None:  # "# Matches of the week" is a comment
                    declared = (int(count.group()), lineno, line)
            elif header == "Stages":
                stages = [name.strip() for name, _ in _STAGE_COUNT.findall(value)]
                if stage is None and stages:
                    stage = stages[0]  # until a line opens another: "» Matchday 1" is Regular Season
                league = competition is not None and catalogued(competition).kind is CompetitionKind.LEAGUE
                later = later_stages_of(file, season, stages, calendar) if league and season else None
                if later is not None:
                    season, extra = later, {**(extra or {}), "filed_under": season}
        elif first == "=":
            if line.startswith("=="):
                stage, round_ = line.strip("= ") or None, None
                continue
            mt = _TITLE.match(line)
            if mt is None:
                continue  # a title without a year: nothing to learn from it
            name, start, end, title_stage = mt.groups()
            title_season = season_name(start, end)
            if (problem := season_problem(title_season)) is not None:
                fail(f'impossible season "{title_season}" in the title ({problem})', lineno, line, True)
                title_season = None
                continue
            if competition is None:
                mc = _TITLE_CODE.match(name)
                if mc is not None:
                    competition = canonical(mc.group(1).lower().replace(" ", "."))
            stage, round_ = title_stage, None
            if season is None:
                season = title_season
                calendar.assume(season)
            elif season == path_season and folder_is_wrong(path_season, title_season, calendar):
                season, extra = title_season, {**(extra or {}), "path_season": path_season}
        elif line.isspace():
            continue
        else:
            heading = line
            if first in "»▪":
                heading = line[1:]
            elif "  " in line and match_a("  " + line):
                seen += 1
                fail("match line without indentation (indent match lines by two spaces)", lineno, line)
                continue
            heading = heading.strip()
            if ", " in heading:  # "Championship, Matchday 1": stage, then round
                stage, _, heading = heading.partition(", ")
            round_ = heading
            continue
    # a file cut short (a partial download, a truncated copy) has fewer match lines than its header
    # says; the cut may leave a phantom club on the last line, so the whole file must be doubted
    if declared is not None and seen < declared[0]:
        fail(f"the header declares {declared[0]} matches, the file has {seen} (cut short?)", *declared[1:], True)
    elif declared is None and seen == 0:
        fail(f"no match lines ({_EXPECTED_MATCH})", 1, text.split("\n", 1)[0].rstrip("\r"), True)


def _missing(competition: str | None, file: str) -> str:
    """Why a file's matches cannot be placed (reported once; the rest of the file is skipped)."""
    if competition is None:
        return (
            f"cannot tell the competition of {file}: name the file by its code (dk.1.txt, 2024-25_dk1.txt) "
            "or list its name in touchline/data/competitions.toml"
        )
    return (
        f"cannot tell the season of {file}: put it in a season folder (2019-20/) "
        "or give the title a year (= DK 1 2019/20)"
    )


def _diagnose(line: str) -> str:
    """Why an indented line is neither a date nor a match (only called for unreadable lines)."""
    body = line.strip()
    if _MISSING_HOME.match(line):
        return 'empty home team name (nothing before " v ")'
    if _MISSING_AWAY.match(line):
        return 'empty away team name (nothing after " v ")'
    columns = re.split(r" {2,}", body)
    if re.fullmatch(r"\d\d?[.:]\d\d", columns[0]):
        columns = columns[1:]
    if len(columns) == 2 and re.match(r"\d+-", columns[1]):
        return f"match line cut short: no away team after the score {quoted(columns[1])}"
    if len(columns) == 1 and re.match(r"(?:[A-Za-z]{3} +)?[A-Za-z]{3}[/ ]\d", body):
        return f'cannot read the date line {quoted(body)} (expected "Sat Jul/19" or "Sat Jul/19 2024")'
    if len(columns) == 1 and " v " not in body:
        if not columns:
            return "empty match line"
        return f"match line cut short: no score or away team after {quoted(columns[0])}"
    if len(columns) >= 3 and not re.match(r"[\d-]", columns[1]):
        return f"unknown score {quoted(columns[1])} {_EXPECTED_SCORE}"
    return f"cannot read match line ({_EXPECTED_MATCH})"


# ---------------------------------------------------------------------------------------------------
# The reader face


def read(path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]:
    """The matches of a Football.TXT file (see :func:`parse`); a file that is not UTF-8 is a ParseError."""
    return read_file(parse, path, source=source, errors=errors)


_SNIFF_SIGNS: Final = (
    re.compile(r"^= \S", re.M),  # title
    re.compile(r"^# *(?:Date|Teams|Matches|Stages) ", re.M),  # header
    re.compile(r"^[»▪] \S", re.M),  # style B heading
    re.compile(
        r"^(?:\[[A-Z][a-z]{2} [A-Z][a-z]{2}/\d{1,2}\]"  # date, style A
        r"| +[A-Z][a-z]{2} [A-Z][a-z]{2}[/ ]\d{1,2}(?: \d{4})?)\r?$",  # date, style B
        re.M,
    ),
    re.compile(r"^ +(?:\d\d?[.:]\d\d +)?\S.*?(?: {2,}(?:\d+-\d+|-) .*\S| +v +\S.*)\r?$", re.M),  # match
)


# how much of a head must be more than comments and blank lines to tell whether a file is Football.TXT
_SNIFF_CONTENT: Final = 2048


def sniff(path: Path, head: str) -> bool:
    """Whether a ``.txt`` file looks like Football.TXT: two or more of title, header, heading, date, match."""
    if path.suffix.lower() != ".txt":
        return False
    return sum(1 for sign in _SNIFF_SIGNS if sign.search(head)) >= 2


def undecided(path: Path, head: str) -> bool:
    """Whether a ``.txt`` head is too short to tell: it is mostly comments (a long ``#`` header), with
    under 2 KiB of anything else before the line it ends in."""
    if path.suffix.lower() != ".txt":
        return False
    whole = head[: head.rfind("\n") + 1]
    content = 0
    for line in whole.splitlines():
        if line.strip() and (line[0] != "#" or _HEADER.match(line)):
            content += len(line)
            if content >= _SNIFF_CONTENT:
                return False
    return True
