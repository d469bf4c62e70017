"""Reader for openfootball's football.json files (github.com/openfootball/football.json).

One file per competition and season, named ``<season>/<code>.json``::

    {"name": "Belgium First Division A 2020/21", "matches": [
      {"round": "Matchday 1", "date": "2020-08-08", "time": "16:30", "team1": "Club Brugge KV",
       "team2": "Sporting Charleroi", "score": {"ht": [0, 0], "ft": [0, 1]}}, ...]}

``score`` may add ``"et"`` (the score after extra time) and ``"p"`` (the shoot-out); an empty or missing
``score`` is a match not played yet, and ``"status"`` marks ``"awarded"`` and ``"cancelled"`` games.
A round such as ``"Championship, Matchday 3"`` splits into stage ``Championship`` and round
``Matchday 3``. The older layout is read too: matches nested in ``"rounds": [{"name": ..., "matches":
[...]}]``, teams as ``{"name": ...}`` objects and scores as ``score1``/``score2`` (``score1i`` half-time,
``score1et``, ``score1p``).

The competition comes from the file name (:func:`touchline.reference.competitions.competition_for_path`), the season
from its folder or else from the season at the end of ``name``. Each match's line is the line where
its object opens in the JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

from touchline.errors import ParseError
from touchline.model import Match, Score, Season, Status
from touchline.reference.competitions import competition_for_path
from touchline.sources import Refusal, read_file, report, text_error
from touchline.sources.limits import MAX_GOALS, MAX_LINE, MatchLimits, goals_problem, year_problem

FORMAT = "football.json"

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SEASON_FOLDER = re.compile(r"^\d{4}(?:-\d{2})?$")
_SEASON_IN_NAME = re.compile(r"(\d{4}(?:/\d{2}(?:\d{2})?)?)\s*$")
# what sniffing walks: a whole string, a string the head cuts short, a bracket
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|"|[{}\[\]]')
_LIST_VALUE = re.compile(r"[ \t\n\r]*:[ \t\n\r]*\[")
_LONG_NUMBER = re.compile(r"\d{4301,}")
# football.json status values -> touchline's (other values are errors)
_STATUSES = {status.value: status for status in Status}
_LEGACY_SCORES = (("ft", "score1", "score2"), ("ht", "score1i", "score2i"), ("et", "score1et", "score2et"))


class _Bad(Exception):
    """A match that cannot be read; the loop turns it into a ParseError with file and line."""


def parse(
    text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """Yield the matches of a football.json file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    empty = text_error(text, file)
    if empty is not None:
        report(empty, errors)
        return
    try:
        name, located = _load(text, file)
        competition = competition_for_path(file)
        if competition is None:
            raise ParseError(
                "cannot tell the competition from the file name "
                '(football.json files are named like "2020-21/de.1.json")',
                file=file,
                line=1,
            )
        season = _season(file, name)
    except ParseError as exc:
        report(exc, errors)
        return
    if not located:
        report(
            ParseError(
                'no matches: the "matches" list is empty (a file cut short?)', file=file, line=1, whole_file=True
            ),
            errors,
        )
        return
    line = 1
    offset = 0
    limits = MatchLimits()
    for position, raw, round_name in located:
        # matches come in text order, so counting newlines from the previous one is enough
        line += text.count("\n", offset, position)
        offset = position
        try:
            match = _match(raw, round_name, competition, season, source, file, line)
            problem = limits.problem(match)
            if problem is not None:
                raise _Bad(problem)
        except _Bad as exc:
            error = ParseError(str(exc), file=file, line=line, text=_compact(raw)[:MAX_LINE])
            report(error, errors)
            continue
        yield match


def read(path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]:
    """Read a football.json file and yield its matches."""
    return read_file(parse, path, source=source, errors=errors)


def sniff(path: Path, head: str) -> bool:
    """Whether the file is football.json: a ``.json`` object with a ``matches`` or ``rounds`` list."""
    return path.suffix.lower() == ".json" and _shape(head) == "matches"


def undecided(path: Path, head: str) -> bool:
    """Whether a ``.json`` head ends inside the top-level object before any ``matches`` list."""
    return path.suffix.lower() == ".json" and _shape(head) == "open"


def explain(path: Path, head: str) -> Refusal | None:
    """Why a ``.json`` file is not read: it is no JSON object, or one without a ``matches`` list."""
    if path.suffix.lower() != ".json":
        return None
    start = head.lstrip()[:1]
    if start not in ("{", "["):
        return Refusal("not JSON (a JSON file starts with { or [)")
    if _shape(head) == "open":  # classify read it all, or as far as it reads: the object never closes
        return Refusal('JSON without a "matches" list before the text ends (a file cut short?)')
    return Refusal('JSON without a "matches" list')


def _shape(head: str) -> str:
    """``"matches"`` when the top-level object of a JSON text (or its head) has a ``"matches"`` or
    ``"rounds"`` list; ``"open"`` when the head ends first; ``"none"`` when it has neither (or is no object).

    Walks strings and brackets only, so a ``"matches"`` key nested deeper, or a string holding the word,
    does not count, and a long ``"name"`` or other keys before the matches do not hide them.
    """
    start = _WHITESPACE.match(head)
    position = start.end() if start else 0
    if not head.startswith("{", position):
        return "none"
    depth = 0
    for token in _TOKENS.finditer(head, position):
        text = token.group()
        if text == '"':  # a string the head cuts short
            return "open"
        if text[0] == '"':
            if depth == 1 and text in ('"matches"', '"rounds"') and _LIST_VALUE.match(head, token.end()):
                return "matches"
        elif text in "{[":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return "none"
    return "open"


def _load(text: str, file: str) -> tuple[str, list[tuple[int, Any, str | None]]]:
    """The file's ``name`` and each match as (offset where its object opens, match, round name)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            # json's messages end in "at" ("Unterminated string starting at"): finish the sentence
            f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno} "
            "(a truncated file or a missing comma?)",
            file=file,
            line=exc.lineno,
            text=text.split("\n")[exc.lineno - 1].rstrip("\r") if text else "",
        ) from None
    except ValueError:
        # json's limit on integers (4,300 digits) says no position: find the number
        found = _LONG_NUMBER.search(text)
        at = found.start() if found else 0
        raise ParseError(
            f"not readable JSON: a number of {len(found.group()) if found else 4301:,} digits (at most 4,300 are read)",
            file=file,
            line=text.count("\n", 0, at) + 1,
        ) from None
    except RecursionError:
        raise ParseError(
            "not readable JSON: nested too deep (more lists and objects inside each other than Python can read)",
            file=file,
            line=1,
        ) from None
    if not isinstance(data, dict) or not (
        isinstance(data.get("matches"), list) or isinstance(data.get("rounds"), list)
    ):
        raise ParseError(
            'not a football.json file: expected an object with a "matches" list (or a "rounds" list)',
            file=file,
            line=1,
        )
    name = data.get("name")
    return name if isinstance(name, str) else "", _Locator(text).top()


def _season_problem(season: Season) -> str | None:
    return year_problem(season.start) or year_problem(season.end)


class _Locator:
    """Walks already-valid JSON text to find where each match object opens.

    ``json.loads`` does not say where a value came from, so this walks the top-level object (and each
    round object) itself and decodes every match with ``raw_decode``, which reports where it ended.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder()
        self.found: list[tuple[int, Any, str | None]] = []

    def _skip(self, pos: int) -> int:
        found = _WHITESPACE.match(self.text, pos)
        return found.end() if found else pos

    def top(self) -> list[tuple[int, Any, str | None]]:
        """All matches of the document, in text order."""
        self._object(self._skip(0), in_round=False)
        # top-level matches are attached when the top object closes, after any rounds: restore text order
        self.found.sort(key=lambda item: item[0])
        return self.found

    def _object(self, pos: int, *, in_round: bool) -> int:
        """Walk the object opening at ``pos``; return the offset after it."""
        pos = self._skip(pos + 1)
        if self.text[pos] == "}":
            return pos + 1
        round_name: str | None = None
        pending: list[tuple[int, Any]] = []
        while True:
            key, pos = self.decoder.raw_decode(self.text, pos)
            pos = self._skip(self._skip(pos) + 1)  # past the colon
            if key == "matches" and self.text[pos] == "[":
                pos = self._array(pos, pending)
            elif key == "rounds" and self.text[pos] == "[" and not in_round:
                pos = self._rounds(pos)
            else:
                value, pos = self.decoder.raw_decode(self.text, pos)
                if in_round and key == "name" and isinstance(value, str):
                    round_name = value
            pos = self._skip(pos)
            if self.text[pos] == "}":
                # a round's name may come after its matches, so attach it once the round is walked
                self.found.extend((at, raw, round_name) for at, raw in pending)
                return pos + 1
            pos = self._skip(pos + 1)  # past the comma

    def _array(self, pos: int, into: list[tuple[int, Any]]) -> int:
        pos = self._skip(pos + 1)
        if self.text[pos] == "]":
            return pos + 1
        while True:
            value, end = self.decoder.raw_decode(self.text, pos)
            into.append((pos, value))
            pos = self._skip(end)
            if self.text[pos] == "]":
                return pos + 1
            pos = self._skip(pos + 1)

    def _rounds(self, pos: int) -> int:
        pos = self._skip(pos + 1)
        if self.text[pos] == "]":
            return pos + 1
        while True:
            if self.text[pos] == "{":
                pos = self._object(pos, in_round=True)
            else:
                _, pos = self.decoder.raw_decode(self.text, pos)
            pos = self._skip(pos)
            if self.text[pos] == "]":
                return pos + 1
            pos = self._skip(pos + 1)


def _season(file: str, name: str) -> str:
    for part in reversed(PurePath(file).parts[:-1]):
        if _SEASON_FOLDER.match(part):
            season = Season.parse(part)
            problem = _season_problem(season)
            if problem is not None:
                raise ParseError(
                    f'impossible season "{part}" in the path ({problem})', file=file, line=1, whole_file=True
                )
            return str(season)
    found = _SEASON_IN_NAME.search(name)
    if found is not None:
        season = Season.parse(found[1])
        problem = _season_problem(season)
        if problem is not None:
            raise ParseError(
                f'impossible season "{found[1]}" in the "name" ({problem})', file=file, line=1, whole_file=True
            )
        return str(season)
    raise ParseError(
        'cannot tell the season: the file is not in a season folder such as "2020-21/" '
        'and its "name" does not end with one such as "2020/21"',
        file=file,
        line=1,
    )


def _match(raw: Any, round_name: str | None, competition: str, season: str, source: str, file: str, line: int) -> Match:
    if not isinstance(raw, dict):
        raise _Bad(f"expected a match object, found {type(raw).__name__}")
    home = _team(raw, "team1")
    away = _team(raw, "team2")
    date_text = raw.get("date")
    try:
        date = dt.date.fromisoformat(date_text) if isinstance(date_text, str) else None
    except ValueError:
        date = None
    if date is None:
        raise _Bad(f'bad date {_shown(date_text)} (expected "yyyy-mm-dd" such as "2020-08-08")')
    scores = _scores(raw)
    ft = scores.get("ft")
    status_text = raw.get("status")
    if status_text is None:
        status = Status.PLAYED if ft is not None else Status.SCHEDULED
    else:
        found = _STATUSES.get(str(status_text).lower())
        if found is None:
            raise _Bad(f"unknown status {_shown(status_text)} (expected one of {', '.join(_STATUSES)})")
        status = found
    round_text = raw.get("round", round_name)
    stage: str | None = None
    round_: str | None = round_text if isinstance(round_text, str) else None
    time = raw.get("time")
    for key, value in (("round", round_), ("time", time)):
        if isinstance(value, str) and len(value) > MAX_LINE:
            raise _Bad(f'"{key}" of {len(value):,} characters (at most {MAX_LINE:,})')
    if round_ is not None and ", " in round_:
        # "Championship, Matchday 3", "Finals, Quarterfinals": stage first, then the round within it
        stage, round_ = round_.split(", ", 1)
    return Match(
        date=date,
        home=home,
        away=away,
        competition=competition,
        season=season,
        ft=ft,
        ht=scores.get("ht"),
        et=scores.get("et"),
        pens=scores.get("p"),
        status=status,
        time=time if isinstance(time, str) and time else None,
        stage=stage,
        round=round_,
        source=source,
        file=file,
        line=line,
    )


def _team(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if isinstance(value, dict):  # the older layout: {"key": ..., "name": ..., "code": ...}
        value = value.get("name")
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f'missing or empty "{key}" (expected the team name as a string)')
    return value.strip()


def _scores(raw: Mapping[str, Any]) -> dict[str, Score]:
    """The match's scores by kind (``ft``, ``ht``, ``et``, ``p``); absent kinds are left out."""
    found: dict[str, Score] = {}
    score = raw.get("score")
    if isinstance(score, dict):
        for kind, value in score.items():
            if kind in ("ft", "ht", "et", "p"):
                parsed = _pair(value, f"score.{kind}")
                if parsed is not None:
                    found[kind] = parsed
    elif score is not None:
        raise _Bad(f'bad "score" {_shown(score)} (expected an object such as {{"ft": [2, 1]}})')
    else:
        for kind, home_key, away_key in (*_LEGACY_SCORES, ("p", "score1p", "score2p")):
            parsed = _pair([raw.get(home_key), raw.get(away_key)], f"{home_key}/{away_key}")
            if parsed is not None:
                found[kind] = parsed
    return found


def _pair(value: Any, where: str) -> Score | None:
    """``[2, 1]`` -> Score(2, 1); ``[]``, ``null`` or ``[null, null]`` -> None."""
    if value is None or value == [] or value == [None, None]:
        return None
    if isinstance(value, list) and len(value) == 2 and all(type(goals) is int and goals >= 0 for goals in value):
        if max(value) > MAX_GOALS:
            raise _Bad(f"implausible score {_shown(value)} in {where}: {goals_problem(max(value))}")
        return Score(value[0], value[1])
    raise _Bad(f"bad score {_shown(value)} in {where} (expected two whole numbers such as [2, 1])")


def _shown(value: Any) -> str:
    """A JSON value for a message, cut to 40 characters."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:40] + "..."


def _compact(raw: Any) -> str:
    return json.dumps(raw, ensure_ascii=False, separators=(", ", ": "))
