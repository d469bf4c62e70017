"""People and their spells in the store: the SQL behind ``touchline people`` and the manager records."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from typing import Any

from touchline.errors import NotFoundError
from touchline.model import Person, Role, Spell, SpellEnd
from touchline.reference.clubs import fold
from touchline.store.base import Store

_SPELL_SELECT = (
    "SELECT person_id, seq, team_id, label, role, start_date, end_date, start_year, end_year, ended, note, "
    "first_match, last_match FROM spells"
)
_PERSON_SELECT = (
    "SELECT id, name, other_names, birth_date, birth_place, nationality, position, source, death_date, death_place "
    "FROM people"
)
COACHING_ROLES = (Role.HEAD_COACH.value, Role.CARETAKER.value)


def spell_from_row(row: Sequence[Any]) -> Spell:
    """A stored spell row (``_SPELL_SELECT``) as a Spell."""
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
        first_match=Store.to_date(row[11]) if row[11] is not None else None,
        last_match=Store.to_date(row[12]) if row[12] is not None else None,
    )


def _person(row: Sequence[Any]) -> Person:
    return Person(
        row[0],
        row[1],
        tuple(n for n in str(row[2]).split("|") if n),
        Store.to_date(row[3]) if row[3] else None,
        row[4],
        row[5],
        row[6],
        row[7],
        Store.to_date(row[8]) if row[8] else None,
        row[9],
    )


def write_person(
    store: Store, person: Person, spells: Sequence[tuple[Spell, str, str | None]], source_file: str
) -> None:
    """Replace a person and their spells ((spell with its club id, team name, country) in career order)."""
    store.execute("DELETE FROM spells WHERE person_id = ?", (person.id,))
    store.execute("DELETE FROM people WHERE id = ?", (person.id,))
    store.execute(
        "INSERT INTO people (id, name, other_names, birth_date, birth_place, nationality, position, "
        "source, source_file, death_date, death_place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            person.id,
            person.name,
            "|".join(person.other_names),
            person.birth_date.isoformat() if person.birth_date else None,
            person.birth_place,
            person.nationality,
            person.position,
            person.source,
            source_file,
            person.death_date.isoformat() if person.death_date else None,
            person.death_place,
        ),
    )
    store.executemany(
        "INSERT INTO spells (person_id, seq, team_id, label, role, start_date, end_date, start_year, "
        "end_year, ended, note, team_name, team_country, first_match, last_match) "
        f"VALUES ({', '.join('?' * 15)})",
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
                name,
                country,
                s.first_match.isoformat() if s.first_match else None,
                s.last_match.isoformat() if s.last_match else None,
            )
            for seq, (s, name, country) in enumerate(spells)
        ],
    )


def remove_person(store: Store, person_id: str) -> bool:
    """Take a person and their spells out; whether there was one."""
    found = store.scalar("SELECT 1 FROM people WHERE id = ?", (person_id,)) is not None
    store.execute("DELETE FROM spells WHERE person_id = ?", (person_id,))
    store.execute("DELETE FROM people WHERE id = ?", (person_id,))
    return found


def people(store: Store) -> list[tuple[Person, int, int, str | None]]:
    """Every person: (person, spells, coaching spells, the file they came from), by name."""
    counts = {
        str(pid): (int(n), int(c or 0))
        for pid, n, c in store.query(
            "SELECT person_id, COUNT(*), SUM(CASE WHEN role IN (?, ?) THEN 1 ELSE 0 END) FROM spells "
            "GROUP BY person_id",
            COACHING_ROLES,
        )
    }
    out = []
    for row in store.query(_PERSON_SELECT.replace(" FROM people", ", source_file FROM people") + " ORDER BY name, id"):
        spells, coaching = counts.get(str(row[0]), (0, 0))
        out.append((_person(row), spells, coaching, row[10]))
    return out


def find_person(store: Store, name: str) -> Person:
    """The person a user means: exact, accent/case-folded, then unique partial match of any of their names."""
    found = {str(r[0]): _person(r) for r in store.query(_PERSON_SELECT)}
    wanted = fold(name).strip()
    matchers: list[Callable[[Person], bool]] = [
        lambda p: name in (p.id, p.name),
        lambda p: wanted in (fold(n) for n in (p.name, *p.other_names)),
        lambda p: any(wanted in fold(n) for n in (p.name, *p.other_names)),
    ]
    for matcher in matchers:
        hits = sorted(pid for pid, p in found.items() if matcher(p))
        if len(hits) == 1:
            return found[hits[0]]
        if len(hits) > 1:
            raise NotFoundError("single person matching", name, [found[h].name for h in hits])
    close = difflib.get_close_matches(name, [p.name for p in found.values()], n=5, cutoff=0.5)
    raise NotFoundError("person", name, close)


def person_spells(store: Store, person_id: str) -> list[Spell]:
    """A person's spells in file order."""
    return [spell_from_row(r) for r in store.query(_SPELL_SELECT + " WHERE person_id = ? ORDER BY seq", (person_id,))]


def coaching_spells_at(store: Store, team: str, other_than: str) -> list[Spell]:
    """Coaching spells of other people at a club."""
    return [
        spell_from_row(r)
        for r in store.query(
            _SPELL_SELECT + " WHERE team_id = ? AND person_id <> ? AND role IN (?, ?)",
            (team, other_than, *COACHING_ROLES),
        )
    ]


def club_spells(store: Store, team: str) -> list[tuple[Person, Spell]]:
    """Everyone's spells at a club (any role), with the person, in person and file order."""
    people = {str(r[0]): _person(r) for r in store.query(_PERSON_SELECT)}
    return [
        (people[str(r[0])], spell_from_row(r))
        for r in store.query(_SPELL_SELECT + " WHERE team_id = ? ORDER BY person_id, seq", (team,))
        if str(r[0]) in people
    ]


def named_spells(store: Store) -> list[tuple[int, Spell, str, str | None]]:
    """(seq, the spell, its team name as written, that name's country) of every spell written with a name."""
    return [
        (int(row[1]), spell_from_row(row[:-2]), str(row[-2]), row[-1])
        for row in store.query(
            _SPELL_SELECT.replace(" FROM spells", ", team_name, team_country FROM spells")
            + " WHERE team_name IS NOT NULL"
        )
    ]


def set_spell_team(store: Store, changes: Sequence[tuple[str, str, int]]) -> None:
    """(club id, person, seq): point spells at the clubs their names now resolve to."""
    store.executemany("UPDATE spells SET team_id = ? WHERE person_id = ? AND seq = ?", changes)


def successor_starts(store: Store, spell: Spell) -> bool:
    """Whether another coach's spell at the same team starts on the day this spell ends, and takes that
    day's match (no later ``first_match``)."""
    if spell.end is None:
        return False
    return (
        store.scalar(
            "SELECT 1 FROM spells WHERE team_id = ? AND person_id <> ? AND COALESCE(first_match, start_date) = ? "
            "AND role IN (?, ?)",
            (spell.team, spell.person, spell.end.isoformat(), *COACHING_ROLES),
        )
        is not None
    )


def written_teams(store: Store, person_id: str) -> list[tuple[Spell, str | None]]:
    """A person's spells in file order, each with its team as the file wrote it (``"Liverpool"``), or
    ``None`` for a spell stored without it."""
    return [
        (spell_from_row(row[:-1]), row[-1])
        for row in store.query(
            _SPELL_SELECT.replace(" FROM spells", ", team_name FROM spells") + " WHERE person_id = ? ORDER BY seq",
            (person_id,),
        )
    ]


def country_league_seasons(store: Store, club: str) -> list[tuple[str, str]]:
    """(league code, season) of every league season the store holds of the club's country (its
    ``clubs.country``), for reading a spell's years where the club's own leagues cannot tell."""
    return [
        (str(code), str(season))
        for code, season in store.query(
            # the country's leagues first, then their matches by the competition index (CROSS JOIN keeps
            # SQLite to that order: from the matches it would scan the whole index, 100 times slower)
            "SELECT DISTINCT m.competition, m.season FROM clubs k JOIN competitions c ON c.country = k.country "
            "CROSS JOIN matches m WHERE m.competition = c.code AND k.id = ? AND c.kind = 'league'",
            (club,),
        )
    ]
