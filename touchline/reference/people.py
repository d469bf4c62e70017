"""Person files (TOML, schema in ``docs/people.md``): reading and checking one, without the store.

:func:`load_file` reads a file and checks everything that needs no match data: keys, dates, roles,
spells that end before they start, and one person's coaching spells overlapping. Which club a spell's
team name means is settled against the store by :mod:`touchline.api.people`. Every problem of a file
is reported at once, each naming the file and the line of its ``[[spell]]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from touchline.errors import DataError
from touchline.model import Person, Role, Spell, SpellEnd
from touchline.reference import load_toml
from touchline.reference.clubs import is_national

COACHING = (Role.HEAD_COACH, Role.CARETAKER)
SPELL_KEYS = {
    "team",
    "role",
    "start",
    "end",
    "start_year",
    "end_year",
    "ended",
    "label",
    "note",
    "country",
    "first_match",
    "last_match",
    "outside_data",
}
PERSON_KEYS = {
    "id",
    "name",
    "other_names",
    "birth_date",
    "birth_place",
    "death_date",
    "death_place",
    "nationality",
    "position",
    "spell",
    "source",
    "notes",
}
# Names and free text longer than this are refused: a person file is hand-written.
MAX_TEXT = 500
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# control characters (C0, DEL, C1): a carriage return, a bell or a terminal's escape sequence in a name
# would garble every page and table that shows it; the match readers refuse them in team names too
# (touchline.sources.limits.name_problem). A spell's note (and the file's notes) alone may span lines
# and hold tabs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


@dataclass(frozen=True, slots=True)
class SpellEntry:
    """A spell as the file writes it: the spell (its ``team`` still the file's text), the team name and
    optional country to resolve, and the line of its ``[[spell]]``."""

    spell: Spell
    team: str
    country: str | None
    line: int
    where: str
    outside: bool = False  # ``outside_data = true``: a club no source of the data holds


@dataclass(frozen=True, slots=True)
class PersonFile:
    """A checked person file: the person, their spells in file order, and where it came from."""

    person: Person
    entries: tuple[SpellEntry, ...]
    path: str
    problems: tuple[str, ...] = ()  # spells that could not be read (with ``keep_going``), by line

    @property
    def spells(self) -> tuple[Spell, ...]:
        """The spells, in file order."""
        return tuple(e.spell for e in self.entries)

    @property
    def lines(self) -> tuple[int, ...]:
        """The line of each spell's ``[[spell]]``."""
        return tuple(e.line for e in self.entries)


def problems(messages: Sequence[str], path: str | Path) -> DataError:
    """One error for every problem of a file: a single line for one, a count and a line each for more."""
    if len(messages) == 1:
        return DataError(messages[0])
    return DataError(f"{path}: {len(messages)} problems:\n  " + "\n  ".join(messages))


def _spell_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[spell\]\]", line)]


def _date(value: Any, where: str, key: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if not 1850 <= value.year <= 2100:
            raise DataError(f"{where}: {key} = {value} is not a date of football's (1850 to 2100)")
        return value
    if isinstance(value, str) and value == "present" and key == "end":
        return None
    raise DataError(f"{where}: {key} = {value!r} is not a date (write it as 2013-06-01)")


def _year(value: Any, where: str, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1850 <= value <= 2100:
        raise DataError(f"{where}: {key} = {value!r} is not a year (write it as 2013)")
    return value


def _text(value: Any, where: str, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise DataError(f'{where}: {key} = {value!r} is not text (write it as {key} = "...")')
    if len(value) > MAX_TEXT or ("\n" in value.strip() and key not in ("note", "notes")):
        raise DataError(f"{where}: {key} is {len(value)} characters long or spans lines (at most {MAX_TEXT}, one line)")
    control = (_NOTE_CONTROL if key in ("note", "notes") else _CONTROL).search(value)
    if control is not None:
        raise DataError(
            f"{where}: {key} holds a control character U+{ord(control.group()):04X} at position "
            f"{control.start() + 1} (write the text without it)"
        )
    return value


def load_file(path: str | Path, *, keep_going: bool = False) -> PersonFile:
    """Read and check one person file; a :class:`DataError` lists every problem with its line. With
    ``keep_going``, spells that cannot be read are left out and their problems kept in
    :attr:`PersonFile.problems`, for the caller to report with those it finds itself (unknown clubs)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = f"0x{raw[exc.start]:02x}"
        raise DataError(f"{path}:{line}: not UTF-8 text (byte {byte}); re-save the file as UTF-8") from None
    data = load_toml(text, str(path))
    unknown = set(data) - PERSON_KEYS
    if unknown:
        raise DataError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} (see docs/people.md)")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise DataError(f'{path}: missing {key} = "..."')
    if not _ID.match(data["id"]) or len(data["id"]) > 100:
        raise DataError(f'{path}: id = {data["id"]!r} must be a slug such as "jess-thorup" (a-z, 0-9, -)')
    where = str(path)
    other_names = data.get("other_names", [])
    if not isinstance(other_names, list) or not all(isinstance(n, str) for n in other_names):
        raise DataError(f'{path}: other_names must be a list of names, e.g. ["Thorup"]')
    person = Person(
        id=data["id"],
        name=str(_text(data["name"], where, "name")),
        other_names=tuple(str(_text(n, where, "other_names")) for n in other_names),
        birth_date=_date(data.get("birth_date"), where, "birth_date"),
        birth_place=_text(data.get("birth_place"), where, "birth_place"),
        nationality=_text(data.get("nationality"), where, "nationality"),
        position=_text(data.get("position"), where, "position"),
        source=_text(data.get("source"), where, "source"),
        death_date=_date(data.get("death_date"), where, "death_date"),
        death_place=_text(data.get("death_place"), where, "death_place"),
    )
    _check_death(person, where)
    _text(data.get("notes"), where, "notes")  # kept in the file only, but checked as the rest is
    lines = _spell_lines(text)
    spells = data.get("spell", [])
    if not isinstance(spells, list):
        raise DataError(f"{path}: spell must be [[spell]] tables (see docs/people.md)")
    entries: list[SpellEntry] = []
    messages: list[str] = []
    for index, entry in enumerate(spells):
        line = lines[index] if index < len(lines) else 0
        try:
            found = _spell(person.id, entry, f"{path}:{line}", line)
        except DataError as exc:
            messages.append(str(exc))
            continue
        born = person.birth_date
        first = found.spell.start or (dt.date(found.spell.start_year, 12, 31) if found.spell.start_year else None)
        if born is not None and first is not None and first < born:
            when = f"starts {found.spell.start_text}, before {person.name} was born ({born})"
            messages.append(f"{found.where}: spell at {found.team} {when}")
            continue
        late = _after_death(person, found)
        if late:
            messages.append(late)
            continue
        entries.append(found)
    if messages and not keep_going:
        raise problems(messages, path)
    return PersonFile(person, tuple(entries), str(path), tuple(messages))


def _check_death(person: Person, where: str) -> None:
    """A death date is after the birth date and not after today (a day of slack for time zones)."""
    died = person.death_date
    if died is None:
        if person.death_place is not None:
            raise DataError(f"{where}: death_place = {person.death_place!r} without death_date = YYYY-MM-DD")
        return
    if person.birth_date is not None and died <= person.birth_date:
        raise DataError(f"{where}: death_date = {died} is not after birth_date = {person.birth_date}")
    if died > dt.date.today() + dt.timedelta(days=1):
        raise DataError(f"{where}: death_date = {died} is after today ({dt.date.today()})")


def _after_death(person: Person, entry: SpellEntry) -> str | None:
    """A spell that starts or ends after the person died, or goes on although he has died (its end is the
    day he died at the latest), as a message; ``None`` if the spell is within his life."""
    died = person.death_date
    if died is None:
        return None
    spell = entry.spell
    start = spell.start or (dt.date(spell.start_year, 1, 1) if spell.start_year else None)
    end = spell.end or (dt.date(spell.end_year, 1, 1) if spell.end_year else None)
    what = f"{entry.where}: spell at {entry.team}"
    if start is not None and start > died:
        return f"{what} starts {spell.start_text}, after {person.name} died ({died})"
    if end is not None and end > died:
        return f"{what} ends {spell.end_text}, after {person.name} died ({died}): end it on {died} at the latest"
    if end is None:
        return f"{what} goes on, but {person.name} died on {died}: give its end (end = {died} at the latest)"
    for day, key in ((spell.last_match, "last_match"), (spell.first_match, "first_match")):
        if day is not None and day > died:
            return f"{what}: {key} = {day} is after {person.name} died ({died})"
    return None


def _spell(person_id: str, entry: Any, where: str, line: int) -> SpellEntry:
    if not isinstance(entry, dict):
        raise DataError(f"{where}: a spell must be a [[spell]] table")
    unknown = set(entry) - SPELL_KEYS
    if unknown:
        raise DataError(f"{where}: unknown spell key(s) {', '.join(sorted(unknown))} (see docs/people.md)")
    team = _text(entry.get("team"), where, "team")
    if not team or not team.strip():
        raise DataError(f'{where}: spell without team = "..."')
    try:
        role = Role(entry.get("role", "head_coach"))
    except ValueError:
        raise DataError(
            f"{where}: role {entry.get('role')!r} is not one of {', '.join(r.value for r in Role)}"
        ) from None
    start = _date(entry.get("start"), where, "start")
    end = _date(entry.get("end"), where, "end")
    start_year = _year(entry.get("start_year"), where, "start_year") or (start.year if start else None)
    end_year = _year(entry.get("end_year"), where, "end_year") or (end.year if end else None)
    for day, year, key in ((start, start_year, "start"), (end, end_year, "end")):
        if day is not None and year != day.year:
            raise DataError(f"{where}: {key} = {day} and {key}_year = {year} disagree (give one of them)")
    if start is None and start_year is None:
        raise DataError(f"{where}: spell at {team} needs start = YYYY-MM-DD or start_year = YYYY")
    if start and end and end < start:
        raise DataError(f"{where}: spell at {team} ends {end} before it starts {start}")
    # a day to come is a plan (a contract's end), not a fact yet; a day of slack for time zones
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for day, year, key in ((start, start_year, "start"), (end, end_year, "end")):
        if (day or dt.date(year or 1, 1, 1)) > tomorrow:
            written = f"{key} = {day}" if day else f"{key}_year = {year}"
            keep = "leave end out for a spell that goes on" if key == "end" else "add the spell once it has begun"
            raise DataError(f"{where}: spell at {team}: {written} is after today ({dt.date.today()}): {keep}")
    if start_year and end_year and end_year < start_year:
        raise DataError(f"{where}: spell at {team} ends in {end_year} before it starts in {start_year}")
    first_match = _date(entry.get("first_match"), where, "first_match")
    last_match = _date(entry.get("last_match"), where, "last_match")
    # a spell given in years spans its years whole (Chapman's Arsenal, 1925 to 6 January 1934, his last
    # match on 30 December 1933)
    low = start or (dt.date(start_year, 1, 1) if start_year else None)
    high = end or (dt.date(end_year, 12, 31) if end_year else None)
    for day, key in ((first_match, "first_match"), (last_match, "last_match")):
        if day is not None and low is not None and (day < low or (high is not None and day > high)):
            span = f"{start or start_year}..{end or end_year or 'present'}"
            raise DataError(f"{where}: spell at {team}: {key} = {day} is not within {span}")
    if first_match and last_match and last_match < first_match:
        raise DataError(f"{where}: spell at {team}: last_match = {last_match} is before first_match = {first_match}")
    ended = entry.get("ended")
    try:
        how = SpellEnd(ended) if ended else None
    except ValueError:
        raise DataError(f"{where}: ended = {ended!r} is not one of {', '.join(e.value for e in SpellEnd)}") from None
    country = _text(entry.get("country"), where, "country")
    spell = Spell(
        person_id,
        team,
        role,
        start,
        end,
        how,
        _text(entry.get("label"), where, "label"),
        start_year,
        end_year,
        _text(entry.get("note"), where, "note"),
        first_match,
        last_match,
    )
    outside = entry.get("outside_data", False)
    if not isinstance(outside, bool):
        raise DataError(f"{where}: outside_data = {outside!r} is not true or false")
    if outside and not country:
        raise DataError(f'{where}: spell at {team}: outside_data needs the club\'s country = "..."')
    return SpellEntry(spell, team, country.upper() if country else None, line, where, outside)


def overlap_days(a: Spell, b: Spell) -> int:
    """How many days two dated spells share (an end given as a year counts to its last day, an open end
    as today)."""
    if a.start is None or b.start is None:
        return 0
    today = dt.date.today()

    def end(spell: Spell) -> dt.date:
        if spell.end is not None:
            return spell.end
        return dt.date(spell.end_year, 12, 31) if spell.end_year is not None else today

    first = max(a.start, b.start)
    last = min(end(a), end(b))
    return (last - first).days + 1


def own_overlaps(entries: Sequence[SpellEntry]) -> list[str]:
    """One person's coaching spells overlapping by more than a day (by more than a year where a spell is
    given in years), at two clubs or at one (a caretaker spell inside a head coach's: its matches would
    count twice), each as a message naming the later spell's line. A national team may be coached beside
    a club (Hiddink: Russia and Chelsea in 2009; Ferguson: Scotland and Aberdeen in 1985-86)."""
    coaching = [e for e in entries if e.spell.role in COACHING]
    out = []
    for n, first in enumerate(coaching):
        for second in coaching[n + 1 :]:
            a, b = first.spell, second.spell
            national = is_national(a.team, a.label or first.team) != is_national(b.team, b.label or second.team)
            if national:
                continue
            where = f"{second.where}: coaching spell at {b.label or second.team} ({b.start_text}..{b.end_text})"
            other = f"the one at {a.label or first.team} ({a.start_text}..{a.end_text})"
            if a.start is not None and b.start is not None:
                if overlap_days(a, b) > 1:
                    out.append(f"{where} overlaps {other} by {overlap_days(a, b)} days")
            elif (years := _shared_years(a, b)) is not None:
                out.append(f"{where} overlaps {other} in {years}")
            elif (year := _one_year_shared(a, b)) is not None:
                out.append(
                    f"{where} overlaps {other} in {year} (a spell given as one year counts all of it: give its days)"
                )
    return out


def _one_year(spell: Spell) -> bool:
    """Whether a spell is given as a single year without days (its record counts the whole year)."""
    return (
        spell.start is None
        and spell.end is None
        and spell.start_year is not None
        and spell.start_year == spell.end_year
    )


def _one_year_shared(a: Spell, b: Spell) -> int | None:
    """The year a spell given as that one year shares with another spell's known days (Werder 1976 and
    Dortmund from 1 July 1976: the year would count Dortmund's autumn at Werder too), or ``None``; two
    spells both given in years in that year are the editor's best knowledge and pass. The other spell
    runs to its end, an end given as a year to that year's last day (Rapid from 1 June 2004 to 2007 does
    not reach Petrolul's 2014), an open end to this year."""
    for one, other in ((a, b), (b, a)):
        if not _one_year(one) or other.start is None:
            continue
        year = one.start_year or 0
        first = other.start.year if other.start else other.start_year or 0
        last = other.end.year if other.end else other.end_year or dt.date.today().year
        if first <= year <= last:
            return year
    return None


def _shared_years(a: Spell, b: Spell) -> str | None:
    """The years two spells (one at least given in years) share, when more than one: ``2012-2013``."""
    this_year = dt.date.today().year
    first = max(a.start.year if a.start else a.start_year or 0, b.start.year if b.start else b.start_year or 0)
    last = min(
        a.end.year if a.end else a.end_year or this_year,
        b.end.year if b.end else b.end_year or this_year,
    )
    return f"{first}-{last}" if last > first else None
