"""Honours as a biography writes them: ``touchline honours NAME`` (as player and manager, by club) and
``touchline honours --club CLUB`` (each honour with the manager in charge)."""

from __future__ import annotations

from touchline.api.honours import ClubHonours, PersonHonours, SpellHonours
from touchline.compute.honours import Honour, biography_lines, line_text, season_text
from touchline.render import Column, Report
from touchline.render.outline import Group, Outline, Section

HAND = "†"  # after a season entered by hand (the notes name the source)


def person_outline(found: PersonHonours) -> Outline:
    """A person's Honours section: Player, then Manager, each by club, hand-entered seasons marked."""
    notes: list[str] = []
    sections = []
    for title, spells in (("Player", found.as_player), ("Manager", found.as_manager)):
        groups = _groups(spells, notes)
        if groups:
            sections.append(Section(title, groups))
    notes += found.unseen
    data = {
        "person": {"id": found.person.id, "name": found.person.name},
        "player": [_spell_dict(s) for s in found.as_player],
        "manager": [_spell_dict(s) for s in found.as_manager],
        "unseen": list(found.unseen),
    }
    return Outline(f"Honours of {found.person.name}", tuple(sections), tuple(notes), data)


def _groups(spells: tuple[SpellHonours, ...], notes: list[str]) -> tuple[Group, ...]:
    """One group per club (spells at one club merged), lines in the biography's shape."""
    by_club: dict[str, list[Honour]] = {}
    for item in spells:
        merged = by_club.setdefault(item.team_name, [])
        merged.extend(h for h in item.honours if h not in merged)
    groups = []
    for club, honours in by_club.items():
        lines = [line_text(label, found, HAND) for label, found in biography_lines(honours)]
        for honour in honours:
            if honour.hand_entered:
                note = f"{HAND} {club}, {honour.label} {season_text(honour.season)}: hand-entered; {honour.source}"
                if note not in notes:
                    notes.append(note)
        groups.append(Group(club, tuple(lines)))
    return tuple(groups)


def _spell_dict(item: SpellHonours) -> dict[str, object]:
    spell = item.spell
    return {
        "team": item.team_name,
        "role": spell.role.value,
        "start": spell.start.isoformat() if spell.start else spell.start_year,
        "end": spell.end.isoformat() if spell.end else spell.end_year,
        "honours": [h.to_dict() for h in item.honours],
    }


def club_report(found: ClubHonours) -> Report:
    """A club's honours with the manager in charge on each deciding day."""
    columns = (
        Column("season", "Season"),
        Column("honour", "Honour"),
        Column("date", "Decided"),
        Column("manager", "Manager"),
        Column("evidence", "From"),
    )
    rows = tuple(
        {
            "season": season_text(c.honour.season),
            "honour": c.honour.label,
            "date": c.honour.date.isoformat() if c.honour.date else None,
            "manager": ", ".join(c.managers) or None,
            "evidence": c.honour.source if c.honour.hand_entered else c.honour.evidence,
        }
        for c in found.honours
    )
    data = {
        "club": {"id": found.club.id, "name": found.club.name},
        "honours": [dict(c.honour.to_dict(), managers=list(c.managers)) for c in found.honours],
    }
    return Report(f"Honours of {found.club.name}", columns, rows, data=data, caption=f"{len(rows)} honours")


def spell_honours_report(found: PersonHonours) -> Report:
    """The honours of each managerial spell (``touchline manager --honours``)."""
    columns = (Column("team", "Team"), Column("from", "From"), Column("to", "To"), Column("honours", "Honours"))
    rows = tuple(
        {
            "team": item.spell.label or item.team_name,
            "from": item.spell.start.isoformat() if item.spell.start else str(item.spell.start_year or ""),
            "to": item.spell.end_text,
            "honours": "; ".join(line_text(label, found, HAND) for label, found in biography_lines(item.honours)),
        }
        for item in found.as_manager
    )
    notes = tuple(
        f"{HAND} {h.label} {season_text(h.season)}: hand-entered; {h.source}"
        for item in found.as_manager
        for h in item.honours
        if h.hand_entered
    )
    data = {"person": found.person.name, "spells": [_spell_dict(s) for s in found.as_manager]}
    return Report(f"Honours under {found.person.name}", columns, rows, notes=notes, data=data)
