"""Honours on the web: a person's (the manager page's Honours section: ``touchline honours NAME``, and
the honours of each managerial spell: ``touchline manager --honours``) and a club's (the club page:
``touchline honours --club``, each honour with the manager in charge).

The honours are :mod:`touchline.api.honours`' and the lines :mod:`touchline.compute.honours`'
(:func:`~touchline.compute.honours.biography_lines`); this module adds the links. Each derived honour
links to its evidence: a league honour to that season's final standings, a final to its matches. A
hand-entered honour has no match data to link to: it is marked "†", and the notes give its source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from touchline.api.honours import ClubHonours, PersonHonours, SpellHonours, club_honours, person_honours
from touchline.api.managers import spell_team_name
from touchline.api.ties import final
from touchline.compute.honours import Honour, HonourKind
from touchline.model import Club
from touchline.render.outline import Outline
from touchline.store import people as stored_people
from touchline.views.honours import (
    HAND,
    club_report,
    honour_lines,
    honour_season,
    line_text,
    person_outline,
    spell_honours_report,
)
from touchline.web import links
from touchline.web.page import Table
from touchline.web.pages.common import Context
from touchline.web.pages.ties import matches_link

# honours shown by a season's standings (a state championship's too: its page shows the final that decided it)
_TABLES = (HonourKind.LEAGUE, HonourKind.SECOND_TIER, HonourKind.LOWER_TIER, HonourKind.REGIONAL)


def evidence(ctx: Context, honour: Honour) -> str | None:
    """Where the data shows an honour: the final standings of its season, or the matches of its final
    (``None`` for a hand-entered honour)."""
    if honour.hand_entered:
        return None
    if honour.kind in _TABLES:
        return links.season(honour.competition, honour.season)
    decided = final(ctx.store, honour.competition, honour.season)
    if decided is None:  # pragma: no cover - a derived final honour always has its final
        return links.season(honour.competition, honour.season)
    return matches_link(decided, honour.club)


@dataclass(frozen=True, slots=True)
class SeasonLink:
    """One season of a line: as written ("2017–18", "2012–13†"), and the link to its evidence."""

    text: str
    href: str | None
    title: str


@dataclass(frozen=True, slots=True)
class Line:
    """One line of an Honours section: "Danish Cup (2): 1990–91†, 1992–93†"."""

    label: str
    count: int
    seasons: tuple[SeasonLink, ...]
    text: str  # the whole line as the CLI prints it


@dataclass(frozen=True, slots=True)
class ClubLines:
    """A club's lines in one section."""

    heading: str
    href: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class PersonView:
    """A person's honours as the manager page shows them."""

    outline: Outline
    sections: tuple[tuple[str, tuple[ClubLines, ...]], ...]
    spells: Table
    spell_report_data: object


def person(ctx: Context, person_id: str) -> PersonView:
    """A person's Honours section and the honours of each managerial spell, with links."""
    # honours do not depend on the page's filters; an open spell runs to today
    key = f"honours:{person_id}:{dt.date.today().isoformat()}"
    found: PersonHonours = ctx.once(key, lambda: person_honours(ctx.store, person_id))
    outline = person_outline(found)
    sections = []
    for title, spells in (("Player", found.as_player), ("Manager", found.as_manager)):
        groups = _groups(ctx, spells)
        if groups:
            sections.append((title, groups))
    report = spell_honours_report(found)
    spell_links = tuple({"team": links.club(item.spell.team)} for item in found.as_manager)
    # the page shows the sources once, under the Honours section (the spells' notes repeat them)
    shown = dataclasses.replace(report, notes=())
    return PersonView(outline, tuple(sections), Table("spell-honours", shown, spell_links), report.data)


def _groups(ctx: Context, spells: tuple[SpellHonours, ...]) -> tuple[ClubLines, ...]:
    """One group per club, as :func:`touchline.views.honours.person_outline` groups them (spells at one
    club merged), each season linked to its evidence."""
    by_club: dict[str, tuple[str, list[Honour]]] = {}
    for item in spells:
        club_id, merged = by_club.setdefault(
            spell_team_name(item.spell, item.team_name, labelled=False), (item.spell.team, [])
        )
        merged.extend(h for h in item.honours if h not in merged)
    groups = []
    for club, (club_id, honours) in by_club.items():
        lines = []
        for label, listed in honour_lines(honours):
            seasons = tuple(
                SeasonLink(
                    honour_season(h) + (HAND if h.hand_entered else ""),
                    evidence(ctx, h),
                    f"hand-entered: {h.source}" if h.hand_entered else h.evidence,
                )
                for h in listed
            )
            lines.append(Line(label, len(listed), seasons, line_text(label, listed, HAND)))
        groups.append(ClubLines(club, links.club(club_id), tuple(lines)))
    return tuple(groups)


def club(ctx: Context, found_club: Club) -> Table:
    """A club's honours (``touchline honours --club``), each linked to its evidence and its manager."""
    found: ClubHonours = club_honours(ctx.store, found_club.id)
    report = club_report(found)
    ids: dict[str, list[str]] = {}
    for who, _, _, _ in stored_people.people(ctx.store):
        ids.setdefault(who.name, []).append(who.id)
    row_links = []
    for credited in found.honours:
        cells = {}
        behind = evidence(ctx, credited.honour)
        if behind is not None:
            cells.update({"season": behind, "honour": behind, "evidence": behind})
        if len(credited.managers) == 1 and len(ids.get(credited.managers[0], [])) == 1:
            cells["manager"] = links.manager(ids[credited.managers[0]][0])
        row_links.append(cells)
    return Table("club-honours", report, tuple(row_links))
