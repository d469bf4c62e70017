"""The club page: its seasons with the final league position and the club's record in each
competition, its honours with the manager in charge of each (``touchline honours --club``), the
managers the store knows with their records at the club, and the names the sources gave it over time.
Every figure links to its matches, every final position to the table, every honour to its evidence."""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import Filters, spell_record
from touchline.api.tables import Standing, spell_positions
from touchline.compute.coverage import Coverage
from touchline.compute.records import record
from touchline.model import Club, CompetitionKind, Match
from touchline.reference import competitions as catalog
from touchline.render import Cell, Column, Report
from touchline.store import people as stored_people
from touchline.store import read
from touchline.store import web as web_store
from touchline.views.manager import COLUMNS, long_date, record_cells, record_dict
from touchline.web import links
from touchline.web.page import Page, Table
from touchline.web.pages import honours as honours_page
from touchline.web.pages.common import Context, Missing
from touchline.web.pages.manager import record_links
from touchline.web.params import Param, Values

PARAMS: tuple[Param, ...] = ()
PATH = (Param("slug", "slug", "The club's id, e.g. ger-fc-augsburg."),)


def find(ctx: Context, club_id: str) -> Club:
    """The club with this id, or :class:`Missing` with close names."""
    found = web_store.club(ctx.store, club_id)
    if found is None:
        raise Missing("club", club_id, ctx.index.suggestions(club_id, ("club",)))
    return found


def build(ctx: Context, path: Values, query: Values) -> Page:
    """The page of the club ``path["slug"]``."""
    club = find(ctx, str(path["slug"]))
    seasons = web_store.club_seasons(ctx.store, club.id)
    finishes = _finishes(ctx, club, seasons)
    played: dict[tuple[str, str], list[Match]] = {}
    for match in read.matches(ctx.store, club=club.id):
        played.setdefault((match.competition, match.season), []).append(match)

    season_columns = (
        Column("season", "Season"),
        Column("competition", "Competition"),
        Column("position", "Pos", "right"),
        *COLUMNS[3:],
    )
    rows: list[dict[str, Cell]] = []
    row_links: list[dict[str, str]] = []
    season_data = []
    for item in seasons:
        rec = record(played.get((item.competition, item.season), []), club.id)
        standing = finishes.get((item.competition, item.season))
        place = _place(standing)
        rows.append(
            {
                "season": item.season,
                "competition": catalog.name_in(item.competition, item.season),
                "position": place,
                **record_cells(rec),
            }
        )
        behind: list[tuple[str, object]] = [
            ("club", club.id),
            ("competition", item.competition),
            ("season", item.season),
        ]
        cells = {**record_links(behind), "competition": links.competition(item.competition)}
        if standing is not None:
            cells["position"] = links.season(item.competition, item.season, query=[("stage", standing.stage)])
        row_links.append(cells)
        season_data.append(
            {
                "competition": item.competition,
                "kind": item.kind.value,
                "season": item.season,
                "matches": item.matches,
                "first": item.first.isoformat(),
                "last": item.last.isoformat(),
                "record": record_dict(rec),
                "final_position": standing.to_dict() if standing else None,
            }
        )
    seasons_report = Report(f"Seasons of {club.name}", season_columns, tuple(rows))
    managers_table, managers_data = _managers(ctx, club)
    names_table, names_data = _names(ctx, club)
    honours = honours_page.club(ctx, club)
    data = {
        "club": {"id": club.id, "name": club.name, "country": club.country, "other_names": list(club.other_names)},
        "seasons": season_data,
        "honours": honours.report.data,  # `touchline honours --club CLUB --format json`
        "managers": managers_data,
        "names": names_data,
    }
    context = {
        "club": club,
        "seasons": Table("seasons", seasons_report, tuple(row_links)),
        "honours": honours,
        "managers": managers_table,
        "names": names_table,
    }
    return Page("club.html", club.name, data, seasons_report, context, (("Clubs", "/search?q="),))


def _place(standing: Standing | None) -> str | None:
    if standing is None:
        return None
    stage = f" ({standing.stage})" if standing.stage else ""
    return f"{standing}{stage}"


def _finishes(ctx: Context, club: Club, seasons: list[web_store.ClubSeason]) -> dict[tuple[str, str], Standing]:
    """The club's final league position in each league season (the last table it is in)."""
    out: dict[tuple[str, str], Standing] = {}
    leagues = sorted({s.competition for s in seasons if s.kind is CompetitionKind.LEAGUE})
    for league in leagues:
        spans = [s for s in seasons if s.competition == league]
        first = min(s.first for s in spans)
        last = max(s.last for s in spans)
        # one "spell" over all the club's seasons in the league: its season ends are the final positions
        places = spell_positions(ctx.store, club.name, league, dt.date(first.year - 1, 1, 1), last)
        for standing in places.season_ends:
            out[(standing.competition, standing.season)] = standing
    return out


def _managers(ctx: Context, club: Club) -> tuple[Table, list[dict[str, object]]]:
    """The coaching spells at the club that the store's people files give, with their records."""
    names = {person.id: person.name for person, _, _, _ in stored_people.people(ctx.store)}
    spells = sorted(
        stored_people.coaching_spells_at(ctx.store, club.id, ""),
        key=lambda s: (s.start or dt.date(s.start_year or 1, 1, 1), s.person),
    )
    columns = (Column("manager", "Manager"), *COLUMNS[1:])
    rows: list[dict[str, Cell]] = []
    row_links: list[dict[str, str]] = []
    data: list[dict[str, object]] = []
    for spell in spells:
        item = spell_record(ctx.store, spell, Filters())
        label = names.get(spell.person, spell.person)
        if spell.label and spell.label != club.name:
            label += f" ({spell.label})"
        row: dict[str, Cell] = {
            "manager": label,
            "from": long_date(spell.start) if spell.start else str(spell.start_year),
            "to": long_date(spell.end) if spell.end else spell.end_text,
        }
        cells = {"manager": links.manager(spell.person)}
        if item.coverage is Coverage.NONE:
            row["g"] = "no data"
        else:
            row.update(record_cells(item.record))
            cells.update(record_links([("club", club.id), ("from", item.start), ("to", item.end)]))
        rows.append(row)
        row_links.append(cells)
        data.append(
            {
                "person": {"id": spell.person, "name": names.get(spell.person, spell.person)},
                "role": spell.role.value,
                "from": spell.start.isoformat() if spell.start else None,
                "to": spell.end.isoformat() if spell.end else None,
                "window": [item.start.isoformat(), item.end.isoformat()],
                "coverage": item.coverage.value,
                "record": record_dict(item.record) if item.coverage is not Coverage.NONE else None,
            }
        )
    report = Report(f"Managers of {club.name} in touchline's people files", columns, tuple(rows))
    return Table("managers", report, tuple(row_links)), data


def _names(ctx: Context, club: Club) -> tuple[Table, list[dict[str, object]]]:
    """The names sources gave the club, each with when and in which competitions."""
    uses = web_store.club_names_over_time(ctx.store, club.id)
    columns = (
        Column("name", "Name"),
        Column("first", "First"),
        Column("last", "Last"),
        Column("rows", "Rows", "right", True),
        Column("competitions", "Competitions"),
        Column("sources", "Sources"),
    )
    rows: tuple[dict[str, Cell], ...] = tuple(
        {
            "name": use.name,
            "first": use.first.isoformat(),
            "last": use.last.isoformat(),
            "rows": use.rows,
            "competitions": ", ".join(use.competitions),
            "sources": ", ".join(use.sources),
        }
        for use in uses
    )
    row_links = tuple(
        {"rows": links.matches([("club", club.id), ("from", use.first), ("to", use.last)])} for use in uses
    )
    data: list[dict[str, object]] = [
        {
            "name": use.name,
            "first": use.first.isoformat(),
            "last": use.last.isoformat(),
            "rows": use.rows,
            "competitions": list(use.competitions),
            "sources": list(use.sources),
        }
        for use in uses
    ]
    return Table("names", Report(f"Names of {club.name} in the sources", columns, rows), row_links), data
