"""The app's URLs, built in one place: stable slugs for people, clubs and competitions, and the matches
list filtered to what lies behind a figure.

Every part is percent-encoded (:func:`urllib.parse.quote`, :func:`urllib.parse.urlencode`), so a name
from a data file can never change a URL's structure; templates escape the result again as an attribute.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlencode

Query = Sequence[tuple[str, object]]


def _query(items: Iterable[tuple[str, object]]) -> str:
    pairs = []
    for name, value in items:
        if value is None or value is False or value == "":
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif value is True:
            value = "1"
        pairs.append((name, str(value)))
    return "?" + urlencode(pairs) if pairs else ""


def _path(*parts: str) -> str:
    return "/" + "/".join(quote(part, safe="") for part in parts)


def manager(person_id: str, ext: str = "", query: Query = ()) -> str:
    """``/managers/jess-thorup``, with ``ext`` ``.json`` or ``.csv`` for a twin."""
    return _path("managers", person_id + ext) + _query(query)


def club(club_id: str, ext: str = "") -> str:
    """``/clubs/ger-fc-augsburg``."""
    return _path("clubs", club_id + ext)


def competition(code: str, ext: str = "") -> str:
    """``/competitions/de.1``: its seasons."""
    return _path("competitions", code + ext)


def season(code: str, season_label: str, ext: str = "", query: Query = ()) -> str:
    """``/competitions/de.1/2023-24``: the table, stages and results by round."""
    return _path("competitions", code, season_label + ext) + _query(query)


def matches(query: Query = (), ext: str = "") -> str:
    """``/matches?club=...&from=...``: the matches list with its filters."""
    return "/matches" + ext + _query(query)


def search(text: str = "", ext: str = "") -> str:
    """``/search?q=...``."""
    return "/search" + ext + _query([("q", text)])


def with_ext(path_and_query: str, ext: str) -> str:
    """The same URL with a twin's extension before its query string (``/x?a=1`` -> ``/x.json?a=1``)."""
    path, sep, query = path_and_query.partition("?")
    if path.endswith((".json", ".csv")):
        path = path.rsplit(".", 1)[0]
    if path in ("", "/"):
        path = "/index"
    return path + ext + sep + query


def ties(club_id: str, other_id: str, season_label: str | None = None, ext: str = "") -> str:
    """``/ties?club=...&other=...&season=...``: the knock-out ties two clubs played."""
    return "/ties" + ext + _query([("club", club_id), ("other", other_id), ("season", season_label)])
