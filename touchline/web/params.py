"""What a URL may carry, and the checks that turn it into values: every query and path parameter of
every page is declared here once (the OpenAPI description is built from the same declarations).

A value that does not pass is a :class:`BadInput`, which the app answers with a 400 and one JSON error
shape; an unknown parameter, or one given twice where one is allowed, is too. Nothing a user sends
reaches the store or a page unchecked: slugs, codes, seasons, dates, numbers and choices are checked by
pattern, free text (a search, a stage name) by length and characters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from touchline.errors import ConfigError
from touchline.model import Season

Kind = Literal["slug", "code", "season", "date", "int", "choice", "result", "text", "flag"]


class BadInput(ConfigError):
    """A parameter of a request that cannot be used: answered with a 400 naming the parameter."""

    def __init__(self, parameter: str, value: str, reason: str) -> None:
        self.parameter = parameter
        self.value = value
        self.reason = reason
        super().__init__(f"{parameter}: {reason}")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter: its name, what kind of value it takes, and whether it may be repeated."""

    name: str
    kind: Kind
    description: str
    multi: bool = False
    choices: tuple[str, ...] = ()
    minimum: int = 1
    maximum: int = 100_000
    default: int | str | None = None
    required: bool = False


# a club, person or competition id in a URL: letters (any script), digits, dots and hyphens
_SLUG = re.compile(r"[^\W_](?:[\w.-]{0,98}[^\W_])?")
_CODE = re.compile(r"[a-z0-9]{1,10}(?:\.[a-z0-9]{1,10}){0,3}")
_SEASON = re.compile(r"[0-9]{4}(?:[-/](?:[0-9]{2}|[0-9]{4}))?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INT = re.compile(r"[0-9]{1,7}")
# control characters, and the bidirectional overrides that make a name display reordered
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(value: str) -> str:
    """A value as an error message quotes it: at most 60 characters."""
    return value if len(value) <= 60 else value[:57] + "..."


def check(param: Param, value: str) -> object:
    """One value of ``param`` as the page uses it, or :class:`BadInput`."""
    kind = param.kind
    if kind == "slug":
        if "_" in value or ".." in value or not _SLUG.fullmatch(value):
            raise BadInput(param.name, value, f"{_shown(value)!r} is not an id (letters, digits, '.' and '-')")
        return value
    if kind == "code":
        if not _CODE.fullmatch(value):
            raise BadInput(param.name, value, f"{_shown(value)!r} is not a competition code (such as de.1)")
        return value
    if kind == "season":
        if not _SEASON.fullmatch(value):
            raise BadInput(param.name, value, f"{_shown(value)!r} is not a season (expected 2023-24 or 2023)")
        season = Season.parse(value)
        if not 1850 <= season.start <= 2100 or not 0 <= season.end - season.start <= 1:
            raise BadInput(param.name, value, f"{_shown(value)!r} is not a season (expected 2023-24 or 2023)")
        return str(season)
    if kind == "date":
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            raise BadInput(param.name, value, f"{_shown(value)!r} is not a date (expected YYYY-MM-DD)") from None
    if kind == "int":
        if not _INT.fullmatch(value) or not param.minimum <= int(value) <= param.maximum:
            raise BadInput(
                param.name, value, f"{_shown(value)!r} is not a number from {param.minimum} to {param.maximum}"
            )
        return int(value)
    if kind == "choice":
        if value not in param.choices:
            raise BadInput(param.name, value, f"{_shown(value)!r} is not one of {', '.join(param.choices)}")
        return value
    if kind == "result":
        if not value or set(value) - set("WDL") or len(set(value)) != len(value):
            raise BadInput(param.name, value, f"{_shown(value)!r} is not a set of results (letters W, D, L)")
        return "".join(r for r in "WDL" if r in value)
    if kind == "flag":
        if value not in ("0", "1", "true", "false"):
            raise BadInput(param.name, value, f"{_shown(value)!r} is not 1 or 0")
        return value in ("1", "true")
    # free text: a search or a stage name, compared with names, never put in SQL text or markup
    text = value.strip()
    if not text or len(text) > 100 or _CONTROL.search(text):
        raise BadInput(param.name, value, "expected 1 to 100 characters of text, without control characters")
    return text


Values = dict[str, object]


def parse(params: Sequence[Param], items: Sequence[tuple[str, str]]) -> Values:
    """The checked values of a query string's ``(name, value)`` pairs: a list for a repeatable
    parameter, else one value; defaults for those not given."""
    known = {p.name: p for p in params}
    out: Values = {}
    for name, value in items:
        param = known.get(name)
        if param is None:
            expected = ", ".join(known) or "none"
            raise BadInput(name, value, f"unknown parameter (this page takes: {expected})")
        checked = check(param, value)
        if param.multi:
            listed = out.setdefault(name, [])
            assert isinstance(listed, list)
            if checked not in listed:
                listed.append(checked)
        elif name in out:
            raise BadInput(name, value, "given more than once")
        else:
            out[name] = checked
    for param in params:
        if param.name not in out:
            if param.required:
                raise BadInput(param.name, "", "required (this page needs it)")
            out[param.name] = [] if param.multi else param.default
    return out


def path_values(params: Sequence[Param], given: Mapping[str, str]) -> Values:
    """The checked values of a URL's path parameters."""
    return {p.name: check(p, given[p.name]) for p in params}


# -- the parameters pages share ---------------------------------------------------------------------

FROM = Param("from", "date", "First date (YYYY-MM-DD).")
TO = Param("to", "date", "Last date (YYYY-MM-DD).")
COMPETITIONS = Param("competition", "code", "Competition code, e.g. de.1 (repeatable).", multi=True)
KINDS = Param(
    "kind",
    "choice",
    "Competition kind (repeatable).",
    multi=True,
    choices=("league", "cup", "super_cup", "continental", "national"),
)
SHOOTOUTS = Param(
    "shootouts",
    "choice",
    "Count a match decided on penalties as a draw (default) or as won/lost.",
    choices=("draw", "result"),
    default="draw",
)
