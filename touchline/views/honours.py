"""Honours as a biography writes them: ``touchline honours NAME`` (as player and manager, by club) and
``touchline honours --club CLUB`` (each honour with the manager in charge)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from touchline.api.honours import ClubHonours, PersonHonours, SpellHonours
from touchline.api.managers import spell_team_name
from touchline.compute.honours import Honour, biography_lines, season_text
from touchline.reference.stages import half_year
from touchline.render import Column, Report
from touchline.render.outline import Group, Outline, Section

HAND = "†"  # after a season entered by hand (the notes name the source)
_RUNNER_UP = " runner-up"


def honour_lines(honours: Iterable[Honour]) -> list[tuple[str, list[Honour]]]:
    """Honours as a biography's lines (:func:`touchline.compute.honours.biography_lines`), the short
    tournaments of a split season (Apertura, Clausura) on one line of their league, as encyclopedias
    list them: "Liga MX: Apertura 2015, Apertura 2016, Clausura 2019"."""
    lines: dict[str, list[Honour]] = {}
    for label, found in biography_lines(honours):
        base, runner_up = (label[: -len(_RUNNER_UP)], _RUNNER_UP) if label.endswith(_RUNNER_UP) else (label, "")
        own = half_year(base, found[0].season)
        if own is not None:
            tournament = own.rpartition(" ")[0]
            base = base[: -len(tournament)].rstrip() or base
        lines.setdefault(base + runner_up, []).extend(found)
    return [(label, sorted(found, key=_when)) for label, found in lines.items()]


def _when(honour: Honour) -> tuple[dt.date, str]:
    return (honour.date or dt.date(int(honour.season[:4]), 12, 31), honour.title)


def honour_season(honour: Honour) -> str:
    """The season of an honour as a biography names it: "2017–18"; a split season's tournament by its own
    year ("Apertura 2015" of Liga MX 2015-16, "Clausura 2019" of 2018-19; data/rules/_stages.toml)."""
    return half_year(honour.title, honour.season) or season_text(honour.season)


def line_text(label: str, honours: Sequence[Honour], marker: str = "") -> str:
    """One line: "Liga MX (2): Apertura 2015, Clausura 2019" (``marker`` after hand-entered seasons)."""
    count = f" ({len(honours)})" if len(honours) > 1 else ""
    seasons = ", ".join(honour_season(h) + (marker if h.hand_entered else "") for h in honours)
    return f"{label}{count}: {seasons}"


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
        merged = by_club.setdefault(spell_team_name(item.spell, item.team_name, labelled=False), [])
        merged.extend(h for h in item.honours if h not in merged)
    groups = []
    for club, honours in by_club.items():
        lines = [line_text(label, found, HAND) for label, found in honour_lines(honours)]
        for honour in honours:
            if honour.hand_entered:
                note = f"{HAND} {club}, {honour.label} {honour_season(honour)}: hand-entered; {honour.source}"
                if note not in notes:
                    notes.append(note)
        groups.append(Group(club, tuple(lines)))
    return tuple(groups)


def _spell_dict(item: SpellHonours) -> dict[str, object]:
    spell = item.spell
    return {
        "team": item.team_name,
        "shown_name": spell_team_name(item.spell, item.team_name, labelled=False),
        "role": spell.role.value,
        "start": spell.start.isoformat() if spell.start else spell.start_year,
        "end": spell.end.isoformat() if spell.end else spell.end_year,
        # tournament: a split season's short tournament by its own year ("Apertura 2015"), else null
        "honours": [dict(h.to_dict(), tournament=half_year(h.title, h.season)) for h in item.honours],
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
            "team": spell_team_name(item.spell, item.team_name),
            "from": item.spell.start.isoformat() if item.spell.start else str(item.spell.start_year or ""),
            "to": item.spell.end_text,
            "honours": "; ".join(line_text(label, found, HAND) for label, found in honour_lines(item.honours)),
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
