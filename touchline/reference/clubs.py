"""Club identity facts: how names are compared, and the hand-checked registry in ``data/clubs.toml``.

A source names a club by a string. touchline reads each name *in a namespace*: the country whose
league or cup file it comes from (``dk.1`` -> ``DEN``), the country a suffix gives (``Rangers FC
(SCO)``), a country column (engsoccerdata's ``hcountry``), or no country at all (an international
file that gives none). The store keeps each (namespace, name) as a *name node*; which club a node
stands for is derived (:mod:`touchline.compute.identity`): nodes whose :func:`key` is equal within a
namespace are one club, the registry ties names to clubs, and fixtures two sources share link the
rest.

The registry is the reviewed part of that: clubs checked by hand, with their names, the seasons a name
meant them (``name_seasons``), the countries whose leagues they play in besides their own
(``plays_in``: AS Monaco in France, FC Vaduz in Switzerland), when a club began (``founded`` and
``first_match``: Auckland FC, founded on 21 November 2023, first played on 19 October 2024; see
:class:`Founding`), and ``[[distinct]]`` pairs of names that must never be linked (VfB and VfL
Oldenburg). Everything here is pure: no store, no files but the
TOML.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from touchline.errors import DataError, NotFoundError
from touchline.model import Club, Season, SeasonRange
from touchline.reference import load_toml

__all__ = [
    "ClubRegistry",
    "Founding",
    "NameCorrection",
    "Nation",
    "RegisteredClub",
    "english_nation",
    "fold",
    "is_national",
    "key",
    "nation_name",
    "nations",
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
# any run of characters that are neither letters nor digits, of any script
_NON_WORD = re.compile(r"[\W_]+")
_YEAR_OR_NUMBER = re.compile(r"^\d{2,4}$")

# Tokens :func:`normalize` drops from either end of a name: legal forms and sport-type abbreviations
# ("FC", "SV", "BK", "IF", "fB") and Belgian titles ("K", "R", "Royal", "KV", "KRC", "KAA"). They often
# tell two clubs of one town apart (VfB and VfL Oldenburg, KRC and KV Mechelen), so normalize() only
# ranks suggestions and never decides identity.
_AFFIXES = frozenset(
    {
        "ac", "afc", "as", "bk", "cf", "fb", "fc", "ff", "fk", "gf", "if", "ik", "pfc", "sc", "sk",
        "bsc", "fsv", "spvgg", "ssc", "sv", "tsg", "tsv", "vfb", "vfl",
        "fcv", "k", "kaa", "kas", "krc", "ksc", "ksv", "kv", "kvc", "r", "rfc", "royal", "rsc", "vv",
        "gnk", "hnk", "nk",
    }
)  # fmt: skip

# Abbreviations written out so "Bor. Dortmund" and "Borussia Dortmund" rank close.
_ABBREVIATIONS = {"bor": "borussia", "utd": "united"}


def split_country(name: str) -> tuple[str, str | None]:
    """``("FC København", "DEN")`` for ``"FC København (DEN)"``; ``(name, None)`` without a suffix."""
    text = name.strip()
    match = _COUNTRY_SUFFIX.match(text)
    if match and match.group(1):
        return match.group(1), match.group(2)
    return text, None


@lru_cache(maxsize=65536)  # a look-up by name folds every stored name (some 20,000) for each query
def fold(text: str) -> str:
    """``text`` with accents and special Latin letters reduced (``ø`` -> ``o``, ``æ`` -> ``ae``,
    ``Ł`` -> ``L``), lower-cased; letters of other scripts stay (``Спартак`` -> ``спартак``).

    The one fold of touchline: club keys, slugs and every forgiving look-up by name use it.
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return text.casefold()


@lru_cache(maxsize=65536)  # an import asks for each name's key in every season it plays
def key(name: str) -> str:
    """The spelling-blind key of a name: folded, only letters and digits (``1. FC Köln`` and
    ``1 FC Koln`` -> ``1fckoln``; ``Спартак Москва`` -> ``спартакмосква``).

    Two names with one key in one namespace are one club: they differ in accents, case, spacing or
    punctuation only. Abbreviations and affixes count (``Bor.`` is not ``Borussia``, ``VfB`` is not
    ``VfL``): those differences are left to fixtures and the registry.
    """
    base, _ = split_country(name)
    return _NON_WORD.sub("", fold(base).translate(_APOSTROPHES))


def slug(text: str) -> str:
    """A readable id part: ``FC København`` -> ``fc-kobenhavn``; ``Спартак Москва`` -> ``спартак-москва``."""
    return _NON_WORD.sub("-", fold(text).translate(_APOSTROPHES)).strip("-")


# what ends a reserve or youth team's name ("Hertha BSC II", "FC Barcelona B", "Toronto FC 2")
_RESERVE_ENDS = frozenset(
    {
        "ii",
        "iii",
        "iv",
        "b",
        "c",
        "2",
        "3",
        "am",
        "amateure",
        "reserves",
        "castilla",
        "u17",
        "u18",
        "u19",
        "u20",
        "u21",
        "u23",
    }
)


def reserve_mark(name: str) -> str:
    """The marker that makes a name a reserve or youth team's (``"ii"``, ``"u19"``, ``"jong"``), or ``""``."""
    words = fold(name).replace("'", "").split()
    words = ["".join(ch for ch in w if ch.isalnum()) for w in words]
    words = [w for w in words if w]
    if not words:
        return ""
    if words[0] == "jong":
        return "jong"
    return words[-1] if len(words) > 1 and words[-1] in _RESERVE_ENDS else ""


def normalize(name: str) -> str:
    """A loose key for ranking suggestions: ``1. FC Köln``, ``FC Koln`` and ``1. FC Koln (GER)`` -> ``koln``.

    Drops a country suffix, folds, deletes apostrophes, writes out ``Bor.`` and ``Utd``, and drops
    affix tokens (see ``_AFFIXES``) from both ends, a leading ``1`` (``1. FC``) and one trailing 2-4
    digit number (``Hannover 96``). A name is never stripped to nothing. Never used to decide that two
    names are one club.
    """
    base, _ = split_country(name)
    text = fold(base).translate(_APOSTROPHES).replace("&", " and ")
    tokens = [_ABBREVIATIONS.get(token, token) for token in _NON_WORD.sub(" ", text).split()]
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


def club_id(namespace: str, name: str) -> str:
    """The id of a club no registry entry names: ``den-jammerbugt-fc``; ``int-deutschland`` when the
    namespace is unknown (an international file without countries)."""
    return f"{(namespace or 'int').lower()}-{slug(name) or 'club'}"


def season_range(text: str, where: str) -> tuple[int, int]:
    """``"..2009-10"`` -> (0, 2009); ``"2016-17.."`` -> (2016, 9999); ``"2010-11..2015-16"``: start years."""
    try:
        found = SeasonRange.parse(text)
    except ValueError:
        raise DataError(f'{where}: bad season range {text!r} (expected "2008-09..2009-10" or "..2009-10")') from None
    return (found.first.start if found.first else 0), (found.last.start if found.last else 9999)


@lru_cache(maxsize=4096)
def _days(text: str) -> tuple[dt.date, dt.date]:
    """The days a season range covers, by how it is written: calendar years (``"1993..2000"``) from 1
    January of the first to 31 December of the last; split seasons (``"..1967-68"``) from 1 July of the
    first's start year to 30 June of the last's end year; an open end is unbounded. ``ValueError`` for a
    bad range (:meth:`SeasonRange.parse`, the one parser of season ranges)."""
    found = SeasonRange.parse(text)
    return (
        season_days(found.first)[0] if found.first else dt.date.min,
        season_days(found.last)[1] if found.last else dt.date.max,
    )


def season_days(season: Season) -> tuple[dt.date, dt.date]:
    """The days a season label stands for: ``2023`` -> 1 January to 31 December 2023; ``2023-24`` -> 1 July
    2023 to 30 June 2024 (a split season's conventional year, whatever day its first match was played)."""
    if season.start == season.end:
        return dt.date(season.start, 1, 1), dt.date(season.end, 12, 31)
    return dt.date(season.start, 7, 1), dt.date(season.end, 6, 30)


@dataclass(frozen=True, slots=True)
class Founding:
    """When a club began, as the registry gives it: the year it was founded, the day where known, and
    the day of its first match where known (Atlanta United: founded on 16 April 2014, first played on 5
    March 2017). The days before :attr:`began` hold no match of the club: a spell's coverage calls them
    neither a gap nor "no data" (:mod:`touchline.compute.coverage`)."""

    year: int
    day: dt.date | None = None
    first_match: dt.date | None = None

    @property
    def began(self) -> dt.date:
        """The first day the club can have played: its first match's, else the day it was founded (else
        1 January of the year)."""
        return self.first_match or self.day or dt.date(self.year, 1, 1)

    @property
    def founded_text(self) -> str:
        """``"on 21 November 2023"``, or ``"in 2014"`` where only the year is known."""
        return f"on {self.day.day} {self.day:%B %Y}" if self.day else f"in {self.year}"


@dataclass(frozen=True, slots=True)
class RegisteredClub:
    """A reviewed club: its names, the namespaces they are read in, the seasons a name is bound to, and
    the names it carried in earlier seasons (``former_names``: name -> season range), and when it began
    (``founding``, where the registry gives it).

    A former name is also one of the club's other names (added to ``other_names`` when not given there),
    so that it resolves to the club whatever the season.
    """

    id: str
    name: str
    country: str
    other_names: tuple[str, ...] = ()
    plays_in: tuple[str, ...] = ()
    name_seasons: Mapping[str, str] = field(default_factory=dict)
    source: str | None = None
    former_names: Mapping[str, str] = field(default_factory=dict)
    founding: Founding | None = None

    def __post_init__(self) -> None:
        missing = tuple(n for n in self.former_names if n != self.name and n not in self.other_names)
        if missing:
            object.__setattr__(self, "other_names", (*self.other_names, *missing))

    def name_on(self, day: dt.date) -> str:
        """The name the club carried on ``day``: the former name whose seasons cover it (see
        :func:`_days`), else its name."""
        for former, seasons in self.former_names.items():
            try:
                first, last = _days(seasons)
            except ValueError:
                continue  # the registry refuses a bad range; a club built by hand keeps its name
            if first <= day <= last:
                return former
        return self.name

    def name_in(self, season: str | Season) -> str:
        """The name the club carried in ``season`` (a label, ``"1993"`` or ``"2000-01"``): its name on the
        season's first day (:func:`season_days`), so that a calendar-year season and a split one compare
        alike with a range written either way; its name for a label that is no season."""
        try:
            found = season if isinstance(season, Season) else Season.parse(season)
        except ValueError:
            return self.name
        return self.name_on(season_days(found)[0])

    @property
    def namespaces(self) -> tuple[str, ...]:
        """Its own country first, then the countries whose leagues it plays in."""
        return (self.country, *self.plays_in)

    def club(self) -> Club:
        """As a model Club."""
        return Club(self.id, self.name, self.country, self.other_names)


@dataclass(frozen=True, slots=True)
class NameCorrection:
    """A name a source gives the wrong club, from a ``[[correction]]`` entry: in the files matching
    ``file`` (a glob over the path below the data root, as ``touchline import`` labels files), ``name``,
    as written (suffix and all), means the registered club ``means``: in the matches of ``stages`` and
    ``rounds`` as the file gives them, or in all its matches when none are given."""

    file: str
    name: str
    means: str
    stages: tuple[str, ...] = ()
    rounds: tuple[str, ...] = ()

    def applies(self, stage: str | None, round: str | None) -> bool:
        """Whether the correction covers a match of this stage and round."""
        return (not self.stages or stage in self.stages) and (not self.rounds or round in self.rounds)


@dataclass(frozen=True, slots=True)
class _Entry:
    """A registered name in a namespace: which club, and for which seasons (an era; '' = always)."""

    club: str
    era: str
    first: int
    last: int


class ClubRegistry:
    """The reviewed clubs, and the look-up of a (namespace, name) node among them."""

    def __init__(
        self,
        clubs: Iterable[RegisteredClub],
        distinct: Iterable[tuple[tuple[str, str], tuple[str, str]]] = (),
        corrections: Iterable[NameCorrection] = (),
        *,
        file: str = "<clubs.toml>",
    ) -> None:
        """Index ``clubs``; ``distinct`` lists pairs of (namespace, name) that are never one club;
        ``corrections`` names a source gives the wrong club; ``file`` is named in errors.

        Raises :class:`DataError` for a duplicate id, a name given to two clubs of one namespace for
        the same seasons, a former name with a bad season range or that another club of its country
        owns, or a correction meaning a club not registered.
        """
        self._clubs: dict[str, RegisteredClub] = {}
        self._names: dict[tuple[str, str], list[_Entry]] = {}
        clubs = list(clubs)
        self._check_former_names(clubs, file)
        for club in clubs:
            if club.id in self._clubs:
                raise DataError(f"club id {club.id!r} is listed twice")
            self._clubs[club.id] = club
            for name in club.name_seasons:
                if name != club.name and name not in club.other_names:
                    raise DataError(f"{club.id}: season-bound name {name!r} is not one of the club's names")
            for name in (club.name, *club.other_names):
                era = club.name_seasons.get(name, "")
                first, last = season_range(era, club.id) if era else (0, 9999)
                for namespace in club.namespaces:
                    entries = self._names.setdefault((namespace, key(name)), [])
                    for other in entries:
                        if other.club != club.id and other.era == era:
                            raise DataError(
                                f"name {name!r} ({namespace}) is given to both {other.club!r} and {club.id!r}"
                            )
                    if not any(e.club == club.id and e.era == era for e in entries):
                        entries.append(_Entry(club.id, era, first, last))
        self._ids = sorted(self._clubs)
        self.distinct = tuple(distinct)
        self.corrections = tuple(corrections)
        for correction in self.corrections:
            if correction.means not in self._clubs:
                raise DataError(
                    f"correction of {correction.name!r} in {correction.file}: {correction.means!r} is no "
                    "registered club (a correction means a [[club]] of the registry: add one)"
                )
        self._corrections_by_file: dict[str, dict[str, tuple[NameCorrection, ...]]] = {}
        self._eras_digest: str | None = None
        self._choices: dict[str | None, dict[str, list[str]]] = {}
        # the clubs with former names by their name (the name the store shows), for views that hold
        # names only; a name two such clubs share stands for neither
        renamed: dict[str, list[RegisteredClub]] = {}
        for club in self._clubs.values():
            if club.former_names:
                renamed.setdefault(club.name, []).append(club)
        self._renamed = {name: found[0] for name, found in renamed.items() if len(found) == 1}

    @staticmethod
    def _check_former_names(clubs: list[RegisteredClub], file: str) -> None:
        """A former name's season range must parse, and no other club of the club's countries may own
        the name in any of those seasons (for all seasons, or for seasons of ``name_seasons`` that meet)."""
        owners: dict[tuple[str, str], list[tuple[str, dt.date, dt.date]]] = {}
        for club in clubs:
            for name in (club.name, *club.other_names):
                era = club.name_seasons.get(name)
                try:
                    span = _days(era) if era else (dt.date.min, dt.date.max)
                except ValueError:
                    span = (dt.date.min, dt.date.max)  # the name index reports a bad name_seasons range
                for namespace in club.namespaces:
                    owners.setdefault((namespace, key(name)), []).append((club.id, *span))
        for club in clubs:
            for name, seasons in club.former_names.items():
                where = f"{file}: club {club.id!r}: former name {name!r}"
                try:
                    first, last = _days(str(seasons))
                except ValueError:
                    raise DataError(
                        f"{where} has a bad season range {seasons!r} "
                        '(expected "1993..2000", "..1967-68" or "2011-12..")'
                    ) from None
                for namespace in club.namespaces:
                    for owner, start, end in owners.get((namespace, key(name)), []):
                        if owner != club.id and start <= last and first <= end:
                            raise DataError(f"{where} ({namespace}) is a name of another club, {owner!r}")

    # -- loading -----------------------------------------------------------------------------------

    @classmethod
    def from_toml(cls, text: str, *, file: str = "<clubs.toml>") -> ClubRegistry:
        """A registry from the text of a ``clubs.toml`` file (schema at the top of ``data/clubs.toml``)."""
        data = load_toml(text, file)
        clubs: list[RegisteredClub] = []
        entries: list[dict[str, Any]] = data.get("club", [])
        for number, entry in enumerate(entries, 1):
            where = f"{file}: club #{number}"
            try:
                clubs.append(
                    RegisteredClub(
                        id=str(entry["id"]),
                        name=str(entry["name"]),
                        country=str(entry["country"]),
                        other_names=tuple(str(name) for name in entry.get("other_names", ())),
                        plays_in=tuple(str(code) for code in entry.get("plays_in", ())),
                        name_seasons={str(k): str(v) for k, v in entry.get("name_seasons", {}).items()},
                        source=entry.get("source"),
                        former_names=_former_names(entry, f"{file}: club {entry.get('id', number)!r}"),
                        founding=_founding(entry, f"{file}: club {entry.get('id', number)!r}"),
                    )
                )
            except KeyError as exc:
                raise DataError(
                    f"{where} has no {exc.args[0]!r} (every club needs an id, a name and a country)"
                ) from None
        distinct: list[tuple[tuple[str, str], tuple[str, str]]] = []
        for number, entry in enumerate(data.get("distinct", []), 1):
            names = entry.get("names", [])
            if len(names) != 2 or not all(isinstance(n, str) for n in names) or "country" not in entry:
                raise DataError(f'{file}: distinct #{number} needs country = "..." and names = ["...", "..."]')
            country = str(entry["country"])
            distinct.append(((country, names[0]), (country, names[1])))
        corrections: list[NameCorrection] = []
        for number, entry in enumerate(data.get("correction", []), 1):
            corrections.append(_correction(entry, f"{file}: correction #{number}"))
        return cls(clubs, distinct, corrections, file=file)

    @classmethod
    def load(cls, path: Path) -> ClubRegistry:
        """A registry from a ``clubs.toml`` file."""
        return cls.from_toml(path.read_text(encoding="utf-8"), file=str(path))

    @classmethod
    def default(cls) -> ClubRegistry:
        """The registry shipped in ``touchline/data/clubs.toml``, loaded once."""
        return _default_registry()

    # -- look-ups ----------------------------------------------------------------------------------

    def corrections_for(self, path: str) -> dict[str, tuple[NameCorrection, ...]]:
        """The corrections of names in one file (its path below the data root:
        ``worldfootball-cache-full/2016/copa.l.txt``), by name as written; empty for almost every file."""
        found = self._corrections_by_file.get(path)
        if found is None:
            by_name: dict[str, list[NameCorrection]] = {}
            for correction in self.corrections:
                if fnmatch(path, correction.file):
                    by_name.setdefault(correction.name, []).append(correction)
            found = self._corrections_by_file[path] = {name: tuple(fixes) for name, fixes in by_name.items()}
        return found

    def reading(self, path: str) -> str:
        """A digest of what this registry decides as the file at ``path`` (as :meth:`corrections_for`
        takes it) is read: the eras of season-bound names, and the corrections of names in the file with
        the clubs they mean. A file stored under another digest was read under other decisions, and is
        read again (:func:`touchline.api.importing.plan`)."""
        if self._eras_digest is None:
            eras = sorted((ns, name, e.era) for (ns, name), entries in self._names.items() for e in entries if e.era)
            self._eras_digest = hashlib.sha256(repr(eras).encode()).hexdigest()
        fixes = self.corrections_for(path)
        if not fixes:
            return self._eras_digest[:16]
        meant = sorted(
            (c.file, c.name, c.stages, c.rounds, c.means, self._clubs[c.means].country, self._clubs[c.means].name)
            for found in fixes.values()
            for c in found
        )
        return hashlib.sha256(repr((self._eras_digest, meant)).encode()).hexdigest()[:16]

    def corrected(
        self, fixes: Mapping[str, tuple[NameCorrection, ...]], raw: str, stage: str | None, round: str | None
    ) -> RegisteredClub | None:
        """The club a corrected name means in a match of this stage and round (``fixes`` from
        :meth:`corrections_for`), or ``None`` when no correction covers it."""
        for correction in fixes.get(raw, ()):
            if correction.applies(stage, round):
                return self._clubs[correction.means]
        return None

    def clubs(self) -> list[RegisteredClub]:
        """Every registered club, by id."""
        return [self._clubs[club_id] for club_id in self._ids]

    def get(self, club_id: str) -> RegisteredClub:
        """The club with this id; :class:`NotFoundError` (with close ids) when there is none."""
        try:
            return self._clubs[club_id]
        except KeyError:
            raise NotFoundError("club", club_id, difflib.get_close_matches(club_id, self._ids, n=5)) from None

    def founding(self, club_id: str) -> Founding | None:
        """When the club with this id began, where the registry gives it; ``None`` for a club it does not
        register, or registers without ``founded``."""
        found = self._clubs.get(club_id)
        return found.founding if found is not None else None

    def era(self, namespace: str, name: str, season: str) -> str:
        """The season range a season-bound name has in ``season`` (``"..2009-10"`` for Mouscron in
        2008-09), or ``""``. The store keeps each era of a name as a node of its own."""
        entries = self._names.get((namespace, key(name)))
        if not entries or all(not e.era for e in entries):
            return ""
        try:
            start = Season.parse(season).start
        except ValueError:
            return ""
        return next((e.era for e in entries if e.era and e.first <= start <= e.last), "")

    def season_name(self, name: str, season: str, club: str | None = None) -> str:
        """The name a club carried in ``season`` (``"1993"``, ``"2000-01"``): the club with id ``club``,
        or, when no id is known, the registered club whose name is ``name``; ``name`` itself for a club
        with no former name in that season (or none registered). ``Tokyo Verdy`` in 1993 ->
        ``Verdy Kawasaki``."""
        found = self._clubs.get(club) if club is not None else self._renamed.get(name)
        if found is None or not found.former_names:
            return name
        return found.name_in(season)

    def lookup(self, namespace: str, name: str, era: str = "") -> str | None:
        """The registered club a (namespace, name, era) node stands for, or ``None``."""
        entries = self._names.get((namespace, key(name)), [])
        found = {e.club for e in entries if e.era == era}
        return next(iter(found)) if len(found) == 1 else None

    def suggestions(self, name: str, country: str | None = None, n: int = 5) -> list[str]:
        """Up to ``n`` registered club names close to ``name`` (within its country when one is known)."""
        base, suffix = split_country(name)
        country = suffix or (country.upper() if country else None)
        found = self._suggest(normalize(base), country, n)
        if not found and country is not None:
            found = self._suggest(normalize(base), None, n)
        return found

    def _suggest(self, wanted: str, country: str | None, n: int) -> list[str]:
        choices = self._choices.get(country)
        if choices is None:
            choices = {}
            for club in self.clubs():
                if country is None or country in club.namespaces:
                    for alias in (club.name, *club.other_names):
                        names = choices.setdefault(normalize(alias), [])
                        if club.name not in names:
                            names.append(club.name)
            self._choices[country] = choices
        return rank_names(wanted, choices, n)


def _former_names(entry: Mapping[str, Any], where: str) -> dict[str, str]:
    """A club's ``former_names`` table ({ "Verdy Kawasaki" = "1993..2000" }); ranges are checked by the
    registry."""
    value = entry.get("former_names", {})
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise DataError(
            f'{where}: former_names must be a table of names and season ranges ({{ "Old name" = "..2000" }})'
        )
    return {str(k): str(v) for k, v in value.items()}


def _founding(entry: Mapping[str, Any], where: str) -> Founding | None:
    """A club's ``founded`` (a date, ``2023-11-21``, or a year, ``2014``) and ``first_match`` (a date, on
    or after the founding); ``None`` without ``founded``. A ``first_match`` needs a ``founded``."""
    founded, first = entry.get("founded"), entry.get("first_match")
    if founded is None:
        if first is not None:
            raise DataError(f"{where}: first_match needs founded (the day or year the club was founded)")
        return None
    if isinstance(founded, dt.datetime) or not isinstance(founded, dt.date | int) or isinstance(founded, bool):
        raise DataError(f"{where}: founded must be a date (2023-11-21) or a year (2014), not {founded!r}")
    if first is not None and (isinstance(first, dt.datetime) or not isinstance(first, dt.date)):
        raise DataError(f"{where}: first_match must be a date (2024-10-19), not {first!r}")
    day = founded if isinstance(founded, dt.date) else None
    year = founded.year if isinstance(founded, dt.date) else founded
    if not 1800 <= year <= dt.date.today().year:
        raise DataError(f"{where}: founded {founded} is no year a club was founded in")
    if first is not None and (first < (day or dt.date(year, 1, 1)) or first > dt.date.today()):
        raise DataError(f"{where}: first_match {first} is before the club was founded ({founded}) or after today")
    return Founding(year, day, first)


def _correction(entry: Mapping[str, Any], where: str) -> NameCorrection:
    """A ``[[correction]]`` entry; ``stage`` and ``round`` are a string or a list of strings."""

    def strings(field_name: str) -> tuple[str, ...]:
        value = entry.get(field_name, ())
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
            raise DataError(f'{where}: {field_name} must be a string or a list of strings ("Gruppe 1")')
        return tuple(values)

    missing = [name for name in ("file", "name", "means") if not isinstance(entry.get(name), str)]
    if missing:
        raise DataError(f'{where} needs {", ".join(missing)} (file = "glob", name = "as written", means = "club id")')
    return NameCorrection(
        str(entry["file"]), str(entry["name"]), str(entry["means"]), strings("stage"), strings("round")
    )


def rank_names(wanted: str, choices: Mapping[str, list[str]], n: int) -> list[str]:
    """Names whose normalized key is close to ``wanted``: keys holding the whole query as words first
    ("Bayern" -> "bayern munchen"), then difflib's close matches; ``choices`` maps keys to names."""
    padded = f" {wanted} "
    containing = sorted((k for k in choices if wanted and padded in f" {k} "), key=len)
    close = difflib.get_close_matches(wanted, list(choices), n=n * 3, cutoff=0.6)
    result: list[str] = []
    for match in [*containing, *close]:
        for club_name in choices[match]:
            if club_name not in result:
                result.append(club_name)
    return result[:n]


@dataclass(frozen=True, slots=True)
class Nation:
    """A FIFA member's national team: its English name (as an encyclopedia names it), its FIFA code, the
    name the data gives it (worldfootball's German name) and other English names editors write."""

    name: str
    code: str
    data: str
    other_names: tuple[str, ...] = ()


def nations() -> tuple[Nation, ...]:
    """Every FIFA member's national team (``touchline/data/nations.toml``), in the file's order."""
    return _nations()[0]


def nation_name(name: str) -> str:
    """The name the data gives the national team an English ``name`` means (``Scotland`` ->
    ``Schottland``, ``touchline/data/nations.toml``); ``name`` itself for any other name."""
    found = _nations()[1].get(fold(name).strip())
    return name if found is None else found.data


_AGE_GROUP = re.compile(r"\s+(?:u|under)[\s-]?\d{2}$", re.IGNORECASE)


def english_nation(name: str) -> str | None:
    """How touchline shows the national team ``name`` names, any of its names, with or without an age
    group: by the English name written (``Czechia``), else the nation's (``Italien`` -> ``Italy``,
    ``Deutschland U21`` -> ``Germany U21``); ``None`` for a name no nation has."""
    text = name.strip()
    group = _AGE_GROUP.search(text)
    base, suffix = (text[: group.start()], text[group.start() :]) if group else (text, "")
    found = _nations()[1].get(fold(base))
    if found is None:
        return None
    written = next((n for n in (found.name, *found.other_names) if fold(n) == fold(base)), found.name)
    return written + suffix


def is_national(club: str, name: str) -> bool:
    """Whether a team (its id and name) is a national team: an id of an international file's team
    (``int-schottland``), or a nation's name, in English or as the data gives it, with or without an age
    group (``Denmark U21``)."""
    return club.startswith("int-") or english_nation(name) is not None


NATIONS_FILE = "touchline/data/nations.toml"


@cache
def nations_data() -> dict[str, Any]:
    """``touchline/data/nations.toml`` as read, once: its ``[nations]`` and ``[demonyms]``
    (:mod:`touchline.reference.demonyms`)."""
    text = resources.files("touchline").joinpath("data/nations.toml").read_text(encoding="utf-8")
    return load_toml(text, NATIONS_FILE)


@cache
def _nations() -> tuple[tuple[Nation, ...], dict[str, Nation]]:
    """The nations, and each by every name it answers to (folded)."""
    file = NATIONS_FILE
    found: list[Nation] = []
    for english, entry in nations_data().get("nations", {}).items():
        if not isinstance(entry, dict) or "code" not in entry:
            raise DataError(f'{file}: {english!r} needs code = "..." (its FIFA code)')
        also = entry.get("other_names", [])
        found.append(Nation(str(english), str(entry["code"]), str(entry.get("data", english)), tuple(map(str, also))))
    index: dict[str, Nation] = {}
    for nation in found:
        for name in (nation.name, *nation.other_names, nation.data):
            if index.setdefault(fold(name), nation) is not nation:
                raise DataError(f"{file}: {name!r} is a name of both {index[fold(name)].name} and {nation.name}")
    return tuple(found), index


@cache
def _default_registry() -> ClubRegistry:
    text = resources.files("touchline").joinpath("data/clubs.toml").read_text(encoding="utf-8")
    return ClubRegistry.from_toml(text, file="touchline/data/clubs.toml")
