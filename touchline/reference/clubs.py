"""Club identity across sources: ``FC København`` = ``FC Copenhagen`` = ``København (DEN)``.

Every source spells clubs its own way: worldfootball writes ``FC København`` (and ``FC København (DEN)``
in its UEFA files), football-data ``FC Copenhagen``, engsoccerdata ``Kobenhavn``. The registry in
``data/clubs.toml`` lists each club once, with the names the sources use, and :class:`ClubRegistry`
turns any of them into a :class:`ClubRef` whose ``id`` is the same whichever source the name came from.

``resolve(name, country)`` tries, in order:

1. a name the registry ties to some seasons only (``Mouscron`` is Excelsior Mouscron up to 2009-10 and
   Royal Excel Mouscron after), when the caller gives the season;
2. the exact name within the country (any country when none is known);
3. the :func:`normalize`-d name within the country;
4. the exact, then the normalized name in any country, when exactly one club has it. Skipped when the
   name carries its own country suffix: ``Dinamo (ROU)`` must not become a Croatian Dinamo.

A name that resolves to nothing is its own club, ``known=False``, with an id made from the country and
the normalized name, so two spellings that normalize alike still share an id. Ids are readable slugs,
``den-fc-kobenhavn``: the country code in lower case, then the slug of the canonical name.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from touchline.errors import DataError, NotFoundError, ParseError
from touchline.model import Club, Season

__all__ = [
    "ClubRef",
    "ClubRegistry",
    "fold",
    "normalize",
    "slug",
    "split_country",
]

# " (DEN)" as worldfootball's and openfootball's UEFA files append it. Exactly three capitals, so
# "Rotor Volgograd (1929-2005)" and "FC Utrecht (J)" keep their parentheses.
_COUNTRY_SUFFIX = re.compile(r"^(.*?)\s*\(([A-Z]{3})\)$")

# Letters that Unicode decomposition does not reduce to ASCII. Folded the way football-data and
# engsoccerdata write them: "Brondby", "Nordsjaelland", "1. FC Koln".
_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
    }
)
_APOSTROPHES = str.maketrans("", "", "'’‘`´")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_YEAR_OR_NUMBER = re.compile(r"^\d{2,4}$")

# Tokens dropped from either end of a name: legal forms and sport-type abbreviations that never tell two
# clubs of one place apart ("FC", "SV", "BK", "IF", "fB"), and Belgian titles ("K", "R", "Royal", "KV",
# "KRC", "KAA"). Words that do tell clubs apart stay: "Club" and "Cercle" (Club Brugge KV, Cercle
# Brugge), "Bayern" and "1860" (Bayern München, TSV 1860 München), "Sporting", "Real", "Racing",
# "Union", "United"/"City", and reserve markers ("II", "U19", "B"). Known limitation: "KRC Mechelen"
# (Racing Mechelen) and "KV Mechelen" both become "mechelen", so an unregistered spelling of one can
# land on the other; registering both makes that key ambiguous and normalized matching then refuses it.
_AFFIXES = frozenset(
    {
        # international and Scandinavian legal forms / sport types
        "ac", "afc", "as", "bk", "cf", "fb", "fc", "ff", "fk", "gf", "if", "ik", "pfc", "sc", "sk",
        # German club forms
        "bsc", "fsv", "spvgg", "ssc", "sv", "tsg", "tsv", "vfb", "vfl",
        # Belgian and Dutch titles and forms ("Koninklijke", "Royal")
        "fcv", "k", "kaa", "kas", "krc", "ksc", "ksv", "kv", "kvc", "r", "rfc", "royal", "rsc", "vv",
        # Balkan club forms
        "gnk", "hnk", "nk",
    }
)  # fmt: skip

# Abbreviations written out so "Bor. Dortmund" and "Borussia Dortmund" meet.
_ABBREVIATIONS = {"bor": "borussia", "utd": "united"}


def split_country(name: str) -> tuple[str, str | None]:
    """``("FC København", "DEN")`` for ``"FC København (DEN)"``; ``(name, None)`` without a suffix."""
    text = name.strip()
    match = _COUNTRY_SUFFIX.match(text)
    if match and match.group(1):
        return match.group(1), match.group(2)
    return text, None


def fold(text: str) -> str:
    """``text`` with accents and special letters reduced to ASCII (``ø`` -> ``o``, ``æ`` -> ``ae``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def slug(text: str) -> str:
    """A readable id part: ``FC København`` -> ``fc-kobenhavn``."""
    return _NON_ALNUM.sub("-", fold(text).casefold().translate(_APOSTROPHES)).strip("-")


def normalize(name: str) -> str:
    """A matching key for a club name: ``1. FC Köln``, ``FC Koln`` and ``1. FC Koln (GER)`` -> ``koln``.

    Drops a country suffix, folds accents, lower-cases, deletes apostrophes (``M'gladbach`` ->
    ``mgladbach``), turns other punctuation into spaces, writes out ``Bor.`` and ``Utd``, and drops
    affix tokens (see ``_AFFIXES``) from both ends: also a leading ``1`` (``1. FC``) and one trailing
    2-4 digit number (``Hannover 96``, ``FC Basel 1893``). Inner and leading numbers stay, so ``TSV 1860
    München`` keeps ``1860``, and so do numbers in parentheses: ``Rotor Volgograd (1929-2005)`` is not
    today's Rotor Volgograd. A name is never stripped to nothing: its last token always stays.
    """
    base, _ = split_country(name)
    text = fold(base).casefold().translate(_APOSTROPHES).replace("&", " and ")
    tokens = [_ABBREVIATIONS.get(token, token) for token in _NON_ALNUM.sub(" ", text).split()]
    number_allowed = not base.endswith(")")
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        if tokens[0] in _AFFIXES or tokens[0] == "1":
            del tokens[0]
            changed = True
        if len(tokens) > 1 and tokens[-1] in _AFFIXES:
            del tokens[-1]
            changed = True
        elif len(tokens) > 1 and number_allowed and _YEAR_OR_NUMBER.match(tokens[-1]):
            del tokens[-1]
            number_allowed = False
            changed = True
    return " ".join(tokens)


@dataclass(frozen=True, slots=True)
class ClubRef:
    """What a name resolved to: the club's id and canonical name, or the name itself when unknown."""

    id: str
    name: str
    country: str | None
    known: bool

    def __repr__(self) -> str:
        mark = "" if self.known else " unknown"
        return f"<ClubRef {self.id} {self.name!r}{mark}>"


@dataclass(frozen=True, slots=True)
class _SeasonName:
    """A name that means this club only from ``first`` to ``last`` (start years, inclusive)."""

    club: str
    first: int
    last: int


def _season_range(text: str, where: str) -> tuple[int, int]:
    """``"..2009-10"`` -> (0, 2009); ``"2016-17.."`` -> (2016, 9999); ``"2010-11..2015-16"``."""
    first, sep, last = text.partition("..")
    if not sep:
        first = last = text
    try:
        start = Season.parse(first).start if first.strip() else 0
        end = Season.parse(last).start if last.strip() else 9999
    except ValueError:
        raise DataError(f'{where}: bad season range {text!r} (expected "2008-09..2009-10" or "..2009-10")') from None
    return start, end


class ClubRegistry:
    """The clubs touchline knows, and the resolution of any source's spelling to one of them."""

    def __init__(self, clubs: Iterable[Club], season_names: Mapping[str, Mapping[str, str]] | None = None) -> None:
        """Index ``clubs``; ``season_names`` maps a club id to {other name: season range} (see the TOML).

        Raises :class:`DataError` for a duplicate id, or a name given to two clubs of one country.
        """
        season_names = season_names or {}
        self._clubs: dict[str, Club] = {}
        self._exact: dict[tuple[str | None, str], str] = {}
        self._exact_any: dict[str, set[str]] = {}
        self._normal: dict[tuple[str | None, str], set[str]] = {}
        self._normal_any: dict[str, set[str]] = {}
        self._dated: dict[tuple[str | None, str], list[_SeasonName]] = {}
        self._cache: dict[tuple[str, str | None, str | None], ClubRef] = {}
        self._choices: dict[str | None, dict[str, list[str]]] = {}
        for club in clubs:
            if club.id in self._clubs:
                raise DataError(f"club id {club.id!r} is listed twice")
            self._clubs[club.id] = club
            dated = season_names.get(club.id, {})
            for name in dated:
                if name != club.name and name not in club.other_names:
                    raise DataError(f"{club.id}: season-bound name {name!r} is not one of the club's names")
            for name in (club.name, *club.other_names):
                if name in dated:
                    first, last = _season_range(dated[name], club.id)
                    self._dated.setdefault((club.country, name), []).append(_SeasonName(club.id, first, last))
                    continue
                self._index(club, name)
        self._ids = sorted(self._clubs)

    def _index(self, club: Club, name: str) -> None:
        owner = self._exact.setdefault((club.country, name), club.id)
        if owner != club.id:
            raise DataError(f"name {name!r} ({club.country}) is given to both {owner!r} and {club.id!r}")
        self._exact_any.setdefault(name, set()).add(club.id)
        key = normalize(name)
        self._normal.setdefault((club.country, key), set()).add(club.id)
        self._normal_any.setdefault(key, set()).add(club.id)

    @classmethod
    def from_toml(cls, text: str, *, file: str = "<clubs.toml>") -> ClubRegistry:
        """A registry from the text of a ``clubs.toml`` file (schema at the top of ``data/clubs.toml``)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ParseError(f"not valid TOML: {exc}", file=file) from None
        clubs: list[Club] = []
        dated: dict[str, dict[str, str]] = {}
        entries: list[dict[str, Any]] = data.get("club", [])
        for number, entry in enumerate(entries, 1):
            where = f"{file}: club #{number}"
            try:
                club = Club(
                    id=str(entry["id"]),
                    name=str(entry["name"]),
                    country=entry.get("country"),
                    other_names=tuple(str(name) for name in entry.get("other_names", ())),
                )
            except KeyError as exc:
                raise DataError(f"{where} has no {exc.args[0]!r} (every club needs an id and a name)") from None
            clubs.append(club)
            if "name_seasons" in entry:
                dated[club.id] = {str(k): str(v) for k, v in entry["name_seasons"].items()}
        return cls(clubs, dated)

    @classmethod
    def load(cls, path: Path) -> ClubRegistry:
        """A registry from a ``clubs.toml`` file."""
        return cls.from_toml(path.read_text(encoding="utf-8"), file=str(path))

    @classmethod
    def default(cls) -> ClubRegistry:
        """The registry shipped in ``touchline/data/clubs.toml``, loaded once."""
        return _default_registry()

    def clubs(self) -> list[Club]:
        """Every registered club, by id."""
        return [self._clubs[club_id] for club_id in self._ids]

    def get(self, club_id: str) -> Club:
        """The club with this id; :class:`NotFoundError` (with close ids) when there is none."""
        try:
            return self._clubs[club_id]
        except KeyError:
            raise NotFoundError("club", club_id, difflib.get_close_matches(club_id, self._ids, n=5)) from None

    def resolve(self, name: str, country: str | None = None, *, season: str | None = None) -> ClubRef:
        """The club a source's team name stands for (see the module docstring for the order).

        ``country`` is a FIFA-style code (``"DEN"``) the caller knows from the competition; a suffix in
        the name (``"København (DEN)"``) wins over it. ``season`` (``"2008-09"``) picks season-bound
        names. Results are cached: import calls this for every match side.
        """
        key = (name, country, season)
        ref = self._cache.get(key)
        if ref is None:
            ref = self._cache[key] = self._resolve(name, country, season)
        return ref

    def _resolve(self, name: str, hint: str | None, season: str | None) -> ClubRef:
        base, suffix = split_country(name)
        country = suffix or (hint.strip().upper() if hint else None)
        if season is not None:
            club_id = self._by_season(base, country, season)
            if club_id is not None:
                return self._known(club_id)
        exact = self._exact.get((country, base)) if country else _only(self._exact_any.get(base))
        if exact is not None:
            return self._known(exact)
        key = normalize(base)
        if country:
            club_id = _only(self._normal.get((country, key)))
            if club_id is not None:
                return self._known(club_id)
            # a name that states its own country never moves to another one
            if suffix is None:
                club_id = _only(self._exact_any.get(base)) or _only(self._normal_any.get(key))
                if club_id is not None:
                    return self._known(club_id)
        else:
            club_id = _only(self._normal_any.get(key))
            if club_id is not None:
                return self._known(club_id)
        return ClubRef(id=_unknown_id(key or slug(base), country), name=base, country=country, known=False)

    def _by_season(self, base: str, country: str | None, season: str) -> str | None:
        if country:
            entries = self._dated.get((country, base), [])
        else:
            entries = [entry for (_, name), found in self._dated.items() if name == base for entry in found]
        if not entries:
            return None
        try:
            start = Season.parse(season).start
        except ValueError:
            return None
        return _only({entry.club for entry in entries if entry.first <= start <= entry.last})

    def _known(self, club_id: str) -> ClubRef:
        club = self._clubs[club_id]
        return ClubRef(id=club.id, name=club.name, country=club.country, known=True)

    def suggestions(self, name: str, country: str | None = None, n: int = 5) -> list[str]:
        """Up to ``n`` registered club names close to ``name`` (within its country when one is known)."""
        base, suffix = split_country(name)
        country = suffix or (country.upper() if country else None)
        key = normalize(base)
        found = self._suggest(key, country, n)
        if not found and country is not None:
            found = self._suggest(key, None, n)
        return found

    def _suggest(self, key: str, country: str | None, n: int) -> list[str]:
        choices = self._choices.get(country)
        if choices is None:
            choices = {}
            for club_id in self._ids:
                club = self._clubs[club_id]
                if country is None or club.country == country:
                    for alias in (club.name, *club.other_names):
                        names = choices.setdefault(normalize(alias), [])
                        if club.name not in names:
                            names.append(club.name)
            self._choices[country] = choices
        # keys holding the whole query as words first ("Bayern" -> "bayern munchen"): difflib alone ranks
        # a short query nearer to other short names ("bergen") than to the name it abbreviates
        padded = f" {key} "
        containing = sorted((k for k in choices if key and padded in f" {k} "), key=len)
        close = difflib.get_close_matches(key, list(choices), n=n * 3, cutoff=0.6)
        result: list[str] = []
        for match in [*containing, *close]:
            for club_name in choices[match]:
                if club_name not in result:
                    result.append(club_name)
        return result[:n]


def _only(ids: set[str] | None) -> str | None:
    """The one id of a set, or ``None`` when the set is missing, empty or ambiguous."""
    if ids and len(ids) == 1:
        return next(iter(ids))
    return None


def _unknown_id(key: str, country: str | None) -> str:
    part = key.replace(" ", "-") or "unnamed"
    return f"{country.lower()}-{part}" if country else part


@cache
def _default_registry() -> ClubRegistry:
    text = resources.files("touchline").joinpath("data/clubs.toml").read_text(encoding="utf-8")
    return ClubRegistry.from_toml(text, file="touchline/data/clubs.toml")
