"""Spells as tests write them: in years only, as a biography gives them, or dated."""

from __future__ import annotations

import datetime as dt

from touchline.model import Role, Spell


def years_spell(person: str, team: str, first: int, last: int, role: Role = Role.HEAD_COACH) -> Spell:
    """A spell as a biography gives it in years only ("1985–1986")."""
    return Spell(person, team, role, None, start_year=first, end_year=last)


def dated_spell(
    person: str, team: str, start: dt.date, end: dt.date | None, first_match: dt.date | None = None
) -> Spell:
    """A head coach's spell with its days (and the day of its first match, where that was later)."""
    return Spell(person, team, Role.HEAD_COACH, start, end, start_year=start.year, first_match=first_match)
