"""People and their spells, kept as one TOML file per person (schema: ``docs/people.md``).

``load_file`` reads and validates a file; ``import_people`` writes it into the store in one
transaction, replacing that person's earlier spells (so importing the same file again changes nothing);
``person_spells`` reads a person back by a forgiving name. Validation errors name the file and the
line of the offending ``[[spell]]``:

- an impossible date or malformed TOML (from the TOML parser, with its line);
- a spell that ends before it starts;
- a team the club registry does not know (with suggestions);
- two head-coach spells of one person at two teams overlapping by more than a day;
- two head-coach spells of different people at one club overlapping by more than a day (checked
  against the people already in the store).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from touchline.errors import DataError, NotFoundError
from touchline.model import Person, Role, Spell, SpellEnd
from touchline.reference.clubs import ClubRegistry
from touchline.store.base import Store
from touchline.store.read import fold

COACHING = (Role.HEAD_COACH, Role.CARETAKER)
SPELL_KEYS = {"team", "role", "start", "end", "start_year", "end_year", "ended", "label", "note", "country"}
PERSON_KEYS = {
    "id",
    "name",
    "other_names",
    "birth_date",
    "birth_place",
    "nationality",
    "position",
    "spell",
    "source",
    "notes",
}


@dataclass(frozen=True, slots=True)
class PersonFile:
    """A validated person file: the person, their spells in file order, and where each spell starts."""

    person: Person
    spells: tuple[Spell, ...]
    path: str
    lines: tuple[int, ...]


def _spell_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[spell\]\]", line)]


def _date(value: Any, where: str, key: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value == "present" and key == "end":
        return None
    raise DataError(f"{where}: {key} = {value!r} is not a date (write it as 2013-06-01)")


def load_file(path: str | Path, registry: ClubRegistry | None = None) -> PersonFile:
    """Read and validate one person file."""
    path = Path(path)
    registry = registry or ClubRegistry.default()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line N, column M)"; keep the editor-friendly file:line form
        found = re.search(r"at line (\d+)", str(exc))
        at = f":{found.group(1)}" if found else ""
        raise DataError(f"{path}{at}: {str(exc).split(' (at line')[0]}") from None
    unknown = set(data) - PERSON_KEYS
    if unknown:
        raise DataError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} (see docs/people.md)")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise DataError(f'{path}: missing {key} = "..."')
    person = Person(
        id=data["id"],
        name=data["name"],
        other_names=tuple(data.get("other_names", ())),
        birth_date=_date(data.get("birth_date"), str(path), "birth_date"),
        birth_place=data.get("birth_place"),
        nationality=data.get("nationality"),
        position=data.get("position"),
        source=data.get("source"),
    )
    lines = _spell_lines(text)
    spells = []
    for index, entry in enumerate(data.get("spell", [])):
        line = lines[index] if index < len(lines) else 0
        spells.append(_spell(person.id, entry, f"{path}:{line}", registry))
    _check_own_overlaps(spells, lines, path)
    return PersonFile(person, tuple(spells), str(path), tuple(lines))


def _spell(person_id: str, entry: dict[str, Any], where: str, registry: ClubRegistry) -> Spell:
    unknown = set(entry) - SPELL_KEYS
    if unknown:
        raise DataError(f"{where}: unknown spell key(s) {', '.join(sorted(unknown))} (see docs/people.md)")
    team = entry.get("team")
    if not isinstance(team, str) or not team:
        raise DataError(f'{where}: spell without team = "..."')
    try:
        role = Role(entry.get("role", "head_coach"))
    except ValueError:
        raise DataError(
            f"{where}: role {entry.get('role')!r} is not one of {', '.join(r.value for r in Role)}"
        ) from None
    ref = registry.resolve(team, entry.get("country"))
    if not ref.known:
        hints = registry.suggestions(team, entry.get("country"))
        hint = f" (did you mean: {', '.join(hints)}?)" if hints else ""
        raise DataError(f"{where}: unknown team {team!r}{hint}; add it to touchline/data/clubs.toml")
    start = _date(entry.get("start"), where, "start")
    end = _date(entry.get("end"), where, "end")
    start_year = entry.get("start_year", start.year if start else None)
    end_year = entry.get("end_year", end.year if end else None)
    if start is None and start_year is None:
        raise DataError(f"{where}: spell at {team} needs start = YYYY-MM-DD or start_year = YYYY")
    if start and end and end < start:
        raise DataError(f"{where}: spell at {team} ends {end} before it starts {start}")
    if start_year and end_year and end_year < start_year:
        raise DataError(f"{where}: spell at {team} ends in {end_year} before it starts in {start_year}")
    ended = entry.get("ended")
    try:
        how = SpellEnd(ended) if ended else None
    except ValueError:
        raise DataError(f"{where}: ended = {ended!r} is not one of {', '.join(e.value for e in SpellEnd)}") from None
    return Spell(
        person_id,
        ref.id,
        role,
        start,
        end,
        how,
        entry.get("label") or ref.name,
        start_year,
        end_year,
        entry.get("note"),
    )


def overlap_days(a: Spell, b: Spell) -> int:
    """How many days two dated spells share (an open end counts as today)."""
    if a.start is None or b.start is None:
        return 0
    today = dt.date.today()
    first = max(a.start, b.start)
    last = min(a.end or today, b.end or today)
    return (last - first).days + 1


def _check_own_overlaps(spells: Sequence[Spell], lines: Sequence[int], path: Path) -> None:
    coaching = [(i, s) for i, s in enumerate(spells) if s.role in COACHING]
    for n, (_, a) in enumerate(coaching):
        for j, b in coaching[n + 1 :]:
            if a.team != b.team and overlap_days(a, b) > 1:
                line = lines[j] if j < len(lines) else 0
                raise DataError(
                    f"{path}:{line}: coaching spell at {b.label} ({b.start}..{b.end or 'present'}) overlaps "
                    f"the one at {a.label} ({a.start}..{a.end or 'present'}) by {overlap_days(a, b)} days"
                )


def _spell_from_row(row: Sequence[Any]) -> Spell:
    return Spell(
        person=row[0],
        team=row[2],
        role=Role(row[4]),
        start=Store.to_date(row[5]) if row[5] is not None else None,
        end=Store.to_date(row[6]) if row[6] is not None else None,
        ended=SpellEnd(row[9]) if row[9] else None,
        label=row[3],
        start_year=row[7],
        end_year=row[8],
        note=row[10],
    )


_SPELL_SELECT = (
    "SELECT person_id, seq, team_id, label, role, start_date, end_date, start_year, end_year, ended, note FROM spells"
)


def _check_club_overlaps(store: Store, loaded: PersonFile) -> None:
    for index, spell in enumerate(loaded.spells):
        if spell.role not in COACHING or spell.start is None:
            continue
        others = store.query(
            _SPELL_SELECT + " WHERE team_id = ? AND person_id <> ? AND role IN (?, ?)",
            (spell.team, loaded.person.id, Role.HEAD_COACH.value, Role.CARETAKER.value),
        )
        for row in others:
            other = _spell_from_row(row)
            if overlap_days(spell, other) > 1:
                line = loaded.lines[index] if index < len(loaded.lines) else 0
                raise DataError(
                    f"{loaded.path}:{line}: spell at {spell.label} ({spell.start}..{spell.end or 'present'}) overlaps "
                    f"{other.person}'s ({other.start}..{other.end or 'present'}) by {overlap_days(spell, other)} days"
                )


def import_people(store: Store, paths: Iterable[str | Path]) -> list[PersonFile]:
    """Validate person files and write them into the store, all in one transaction."""
    registry = ClubRegistry.default()
    loaded = [load_file(p, registry) for p in paths]
    with store.transaction():
        for item in loaded:
            _check_club_overlaps(store, item)
            person = item.person
            store.execute("DELETE FROM spells WHERE person_id = ?", (person.id,))
            store.execute("DELETE FROM people WHERE id = ?", (person.id,))
            store.execute(
                "INSERT INTO people (id, name, other_names, birth_date, birth_place, nationality, position, "
                "source, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person.id,
                    person.name,
                    "|".join(person.other_names),
                    person.birth_date.isoformat() if person.birth_date else None,
                    person.birth_place,
                    person.nationality,
                    person.position,
                    person.source,
                    Path(item.path).name,
                ),
            )
            store.executemany(
                "INSERT INTO spells (person_id, seq, team_id, label, role, start_date, end_date, start_year, "
                "end_year, ended, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        person.id,
                        seq,
                        s.team,
                        s.label,
                        s.role.value,
                        s.start.isoformat() if s.start else None,
                        s.end.isoformat() if s.end else None,
                        s.start_year,
                        s.end_year,
                        s.ended.value if s.ended else None,
                        s.note,
                    )
                    for seq, s in enumerate(item.spells)
                ],
            )
    return loaded


def find_person(store: Store, name: str) -> Person:
    """The person a user means: exact, accent/case-folded, then unique partial match of any of their names."""
    rows = store.query(
        "SELECT id, name, other_names, birth_date, birth_place, nationality, position, source FROM people"
    )
    people = {
        r[0]: Person(
            r[0],
            r[1],
            tuple(n for n in r[2].split("|") if n),
            Store.to_date(r[3]) if r[3] else None,
            r[4],
            r[5],
            r[6],
            r[7],
        )
        for r in rows
    }
    wanted = fold(name)
    matchers: list[Callable[[Person], bool]] = [
        lambda p: name in (p.id, p.name),
        lambda p: wanted in (fold(n) for n in (p.name, *p.other_names)),
        lambda p: any(wanted in fold(n) for n in (p.name, *p.other_names)),
    ]
    for matcher in matchers:
        hits = sorted(pid for pid, p in people.items() if matcher(p))
        if len(hits) == 1:
            return people[hits[0]]
        if len(hits) > 1:
            raise NotFoundError("single person matching", name, [people[h].name for h in hits])
    close = difflib.get_close_matches(name, [p.name for p in people.values()], n=5, cutoff=0.5)
    raise NotFoundError("person", name, close)


def person_spells(store: Store, person_id: str) -> list[Spell]:
    """A person's spells in file order."""
    return [_spell_from_row(r) for r in store.query(_SPELL_SELECT + " WHERE person_id = ? ORDER BY seq", (person_id,))]


def successor_starts(store: Store, spell: Spell) -> bool:
    """Whether another coach's spell at the same team starts on the day this spell ends."""
    if spell.end is None:
        return False
    return (
        store.scalar(
            "SELECT 1 FROM spells WHERE team_id = ? AND person_id <> ? AND start_date = ? AND role IN (?, ?)",
            (spell.team, spell.person, spell.end.isoformat(), Role.HEAD_COACH.value, Role.CARETAKER.value),
        )
        is not None
    )
