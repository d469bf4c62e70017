"""The ``touchline`` command: thin wiring of library functions to verbs.

Every command takes ``--db`` (or ``TOUCHLINE_DB``) and, where it prints a table, ``--format``. Library
errors become one line, ``Error: ...``, and exit code 1.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from touchline.config import default_db
from touchline.errors import ConfigError, TouchlineError
from touchline.render import plain

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("text", "wiki", "md", "html", "csv", "json")


def db_option(function: F) -> F:
    """``--db PATH|URL``: the store (default: TOUCHLINE_DB or the user's data folder)."""
    return click.option(
        "--db",
        default=default_db,
        show_default="TOUCHLINE_DB or ~/.local/share/touchline/touchline.sqlite",
        help="SQLite file or postgresql:// URL of the store.",
    )(function)


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format``: how to print the result."""

    def wrap(function: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices or FORMATS),
            default="text",
            show_default=True,
            help="Output format.",
        )(function)

    return wrap


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """Click callback: an ISO date or nothing."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


class SeasonType(click.ParamType):  # type: ignore[type-arg]
    """A season argument: ``2023-24``, ``2023/24`` or ``2023``, given back as touchline writes it."""

    name = "season"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from touchline.model import Season

        try:
            season = Season.parse(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a season (expected 2023-24 or 2023)", param, ctx)
        if not 1850 <= season.start <= 2100 or not season.start <= season.end <= season.start + 1:
            self.fail(f"{value!r} is not a season (expected 2023-24 or 2023)", param, ctx)
        return str(season)


class CountryType(click.ParamType):  # type: ignore[type-arg]
    """A country code such as ``DEN`` (three letters), given back in capitals."""

    name = "country"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if len(text) != 3 or not text.isalpha() or not text.isascii():
            self.fail(f"{value!r} is not a country code (three letters, e.g. DEN)", param, ctx)
        return text.upper()


SEASON = SeasonType()
COUNTRY = CountryType()


def emit(report: Any, fmt: str) -> None:
    """Print a report in the chosen format. CSV has no place for footnotes: they go to standard error,
    one line each (``note [1]: ...``), so the file stays a table and the caveats still reach the reader."""
    from touchline.render import inline, render

    click.echo(render(report, fmt), nl=False)
    if fmt == "csv":
        for number, note in enumerate(getattr(report, "notes", ()), 1):
            click.echo(f"note [{number}]: {inline(note)}", err=True)


class TouchlineGroup(click.Group):
    """The command group: touchline's own errors become click errors here, inside click, so that they
    print as one line (``Error: ...``, exit code 1) wherever the CLI runs, ``CliRunner`` included."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TouchlineError as exc:
            raise click.ClickException(plain(str(exc))) from None


@click.group(cls=TouchlineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="touchline")
def cli() -> None:
    """touchline: managerial records, league tables and positions from open football match data."""


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--skip-bad-lines", is_flag=True, help="Import files without their unreadable lines (each is listed).")
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Leave out files with a path part matching GLOB (repeatable), e.g. worldfootball-cache-full.",
)
@click.option(
    "--skip-unknown", is_flag=True, help="Leave out files that look like match data but no reader reads (listed)."
)
@click.option("--follow-symlinks", is_flag=True, help="Follow links that lead out of the folders given.")
@click.option(
    "--prune",
    is_flag=True,
    help="Also take out stored files of the folders given that are no longer there (renamed or deleted).",
)
@click.option("--workers", type=click.IntRange(1, 32), default=None, help="Parser processes (default: up to 2).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Also list the files left out as not match data, and those pruned.")
@db_option
def import_command(
    paths: tuple[str, ...],
    skip_bad_lines: bool,
    exclude: tuple[str, ...],
    skip_unknown: bool,
    follow_symlinks: bool,
    prune: bool,
    workers: int | None,
    quiet: bool,
    verbose: bool,
    db: str,
) -> None:
    """Import match files (Football.TXT, football.json, football-data or engsoccerdata CSV).

    PATHS are files or folders (searched recursively for .txt, .json and .csv files, each read by the
    reader its content and ending fit). A file imported before from the same path is skipped when its
    content is unchanged and replaces what it gave when it changed; a copy at another path is another
    source of the same matches. A file with an unreadable line is rejected whole unless --skip-bad-lines
    is given.

    To update a store after the data changed upstream (`git pull`: files renamed, split or removed),
    import the same folders with --prune: stored files of those data sets and folders that are no longer
    there are taken out in the same transaction, and the summary counts them (-v names them). Nothing
    else is pruned: not beside a single FILE given, not a data set or folder in which no match file is
    found (a typo or an empty checkout must not wipe a store: each is noted), not a data set missing from
    a folder of several (noted), and not a file still there but left out by --exclude. An interrupted
    run (Ctrl-C, exit status 130) leaves the store as it was.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from touchline.api.importing import import_paths
    from touchline.store import open_store

    console = Console(stderr=True)
    with open_store(db) as store:
        progress = Progress(
            TextColumn("importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=console,
            disable=quiet or not console.is_terminal,
            transient=True,
        )
        with progress:
            task = progress.add_task("", total=None)

            def advance(done: int, total: int, label: str) -> None:
                progress.update(task, completed=done, total=total, description=label)

            summary = import_paths(
                store,
                paths,
                skip_bad_lines=skip_bad_lines,
                exclude=exclude,
                workers=workers,
                progress=advance,
                skip_unknown=skip_unknown,
                follow_symlinks=follow_symlinks,
                prune=prune,
            )
    for other in summary.not_match_data if verbose else ():
        click.echo(f"left out: {plain(other)}", err=True)
    for gone in summary.pruned or () if verbose else ():
        click.echo(f"pruned: {plain(gone)} (no longer there)", err=True)
    for note in summary.notes:
        click.echo(f"note: {plain(note)}", err=True)
    for warning in summary.warnings:
        click.echo(f"warning: {plain(warning)}", err=True)
    for error in summary.errors:
        click.echo(f"error: {plain(error)}", err=True)
    click.echo(summary.line())
    if not summary.ok:
        raise click.exceptions.Exit(1)


@cli.command("coverage")
@click.option("--competition", help="Only this competition code (e.g. dk.1).")
@db_option
@format_option()
def coverage_command(competition: str | None, db: str, fmt: str) -> None:
    """Competitions x seasons in the store: match counts, date ranges and sources."""
    from touchline.store import open_store
    from touchline.store.read import competition as find_competition
    from touchline.store.read import coverage
    from touchline.views.listing import coverage_report

    with open_store(db, create=False) as store:
        code = find_competition(store, competition).code if competition else None
        emit(coverage_report(coverage(store, code)), fmt)


@cli.command("matches")
@click.option("--club", help="Club name (forgiving: accents, case, other names).")
@click.option("--competition", "competitions", multiple=True, help="Competition code, e.g. de.1 (repeatable).")
@click.option("--season", type=SEASON, help="Season, e.g. 2023-24.")
@click.option("--from", "date_from", callback=parse_date, metavar="YYYY-MM-DD", help="First date (YYYY-MM-DD).")
@click.option("--to", "date_to", callback=parse_date, metavar="YYYY-MM-DD", help="Last date (YYYY-MM-DD).")
@db_option
@format_option()
def matches_command(
    club: str | None,
    competitions: tuple[str, ...],
    season: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    db: str,
    fmt: str,
) -> None:
    """List matches with their scores and the file:line each came from."""
    from touchline.store import open_store
    from touchline.store.read import competition, find_club, matches
    from touchline.views.listing import matches_report

    if date_from and date_to and date_to < date_from:
        raise ConfigError(f"--to {date_to} is before --from {date_from}")
    if club is not None and not club.strip():
        raise ConfigError("--club is empty: give a club's name")
    with open_store(db, create=False) as store:
        club_id = None
        title = "Matches"
        if club:
            found = find_club(store, club)
            club_id = found.id
            title = f"Matches of {found.name}"
        codes = [competition(store, c).code for c in competitions] if competitions else None
        found_matches = matches(
            store, club=club_id, competitions=codes, season=season, date_from=date_from, date_to=date_to
        )
        emit(matches_report(found_matches, title), fmt)


@cli.group("clubs", invoke_without_command=True)
@click.option("--derived", "status", flag_value="derived", help="Only clubs derived from the data (not reviewed).")
@click.option("--reviewed", "status", flag_value="reviewed", help="Only clubs of the reviewed registry.")
@click.option("--country", type=COUNTRY, help="Only clubs of this country code (e.g. DEN).")
@db_option
@format_option()
@click.pass_context
def clubs_command(ctx: click.Context, status: str | None, country: str | None, db: str, fmt: str) -> None:
    """Clubs in the store: ids, the names sources use, and whether each is reviewed or derived."""
    if ctx.invoked_subcommand is not None:
        return
    from touchline.store import open_store
    from touchline.store.read import clubs
    from touchline.views.listing import clubs_report

    with open_store(db, create=False) as store:
        found = clubs(store, status=status, country=country)
    title = {"derived": "Clubs derived from the data", "reviewed": "Reviewed clubs"}.get(status or "", "Clubs")
    emit(clubs_report(found, title), fmt)


@clubs_command.command("derive")
@click.option("--out", type=click.Path(dir_okay=False), help="Write the derived registry (TOML) to this file.")
@click.option(
    "--compare",
    "against",
    type=click.Path(exists=True, dir_okay=False),
    help="Say what changed since an earlier derivation, e.g. touchline/data/clubs-derived.toml.",
)
@db_option
def clubs_derive_command(out: str | None, against: str | None, db: str) -> None:
    """The clubs that answer to several names, with the evidence that made the names one club.

    With --compare, lists what a new derivation changed: clubs added or gone, names that moved to
    another club, joined one or left one, clubs renamed; exits 1 when anything did.
    """
    from pathlib import Path

    from touchline.api.registry import compare, derived_clubs, derived_toml, load_derived
    from touchline.render import writable, write_text
    from touchline.store import open_store

    if out:
        writable(out)
    with open_store(db, create=False) as store:
        found = derived_clubs(store)
    if out:
        write_text(out, derived_toml(found))
        click.echo(f"{len(found)} clubs with several names written to {out}")
    if against:
        changes = compare(load_derived(Path(against)), found)
        for change in changes:
            click.echo(f"{change.kind}: {plain(change.text)}")
        click.echo(f"{len(changes)} changes against {against}")
        if changes:
            raise click.exceptions.Exit(1)
    if not out and not against:
        for club in found:
            click.echo(f"{club.id}: " + " | ".join(plain(n) for n in club.names))


@cli.command("conflicts")
@db_option
@format_option()
def conflicts_command(db: str, fmt: str) -> None:
    """Matches whose sources disagree on the result, the date or a club, with both files and lines."""
    from touchline.store import open_store
    from touchline.store.read import conflicts
    from touchline.views.listing import conflicts_report

    with open_store(db, create=False) as store:
        emit(conflicts_report(conflicts(store)), fmt)


@cli.command("check")
@click.option(
    "--only",
    multiple=True,
    type=click.Choice(["self", "merged-names", "clubs", "meetings", "twice-a-day", "countries", "lookalike"]),
    help="Run only this check (repeatable).",
)
@click.option("--all", "show_all", is_flag=True, help="Also list the breaches excepted in check-exceptions.toml.")
@db_option
def check_command(only: tuple[str, ...], show_all: bool, db: str) -> None:
    """Check store-wide invariants of club identity and merging; exit 1 on any breach not excepted.

    Each breach is printed with the file:line evidence behind it. Known facts of the data are listed,
    with their reason and source, in touchline/data/check-exceptions.toml.
    """
    from touchline.api.checking import check
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        found = check(store, only)
    failing = [b for b in found if b.excepted is None and not b.note]
    notes = [b for b in found if b.note]
    for breach in found:
        if (breach.excepted is not None or breach.note) and not show_all:
            continue
        mark = (
            f" (excepted: {breach.excepted})"
            if breach.excepted
            else " (note: one source's own dates)"
            if breach.note
            else ""
        )
        click.echo(f"{breach.check}: {plain(breach.message)}{mark}")
        for evidence in breach.evidence:
            click.echo(f"    {plain(evidence)}")
    click.echo(
        f"{len(failing)} breaches, {len(found) - len(failing) - len(notes)} excepted, "
        f"{len(notes)} notes (one source dating two of its own matches on one day; --all lists them)"
    )
    if failing:
        raise click.exceptions.Exit(1)


@cli.group("sources", invoke_without_command=True)
@db_option
@format_option()
@click.pass_context
def sources_command(ctx: click.Context, db: str, fmt: str) -> None:
    """The imported files: source, path, format, matches and when each came in."""
    if ctx.invoked_subcommand is not None:
        return
    from touchline.api.sources import list_sources
    from touchline.render import Cell, Column, Report
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        found = list_sources(store)
    rows: tuple[dict[str, Cell], ...] = tuple(
        {
            "path": f.path,
            "source": f.source,
            "format": f.format,
            "matches": f.matches,
            "skipped": f.skipped_lines,
            "imported": f.imported_at,
        }
        for f in found
    )
    columns = (
        Column("path", "Path"),
        Column("source", "Source"),
        Column("format", "Format"),
        Column("matches", "Matches", "right", True),
        Column("skipped", "Lines skipped", "right", True),
        Column("imported", "Imported"),
    )
    emit(Report("Imported files", columns, rows, data={"files": list(rows)}, caption=f"{len(rows)} files"), fmt)


@sources_command.command("remove")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
def sources_remove_command(paths: tuple[str, ...], db: str) -> None:
    """Take imported files (by the path `touchline sources` shows) and their rows out of the store.

    Clubs and matches are derived again: the store is then what a clean import of the other files gives.
    """
    from touchline.api.sources import remove_sources
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        summary = remove_sources(store, paths)
    click.echo(
        f"removed {summary.files} file(s); matches: {summary.new} new, {summary.changed} changed, "
        f"{summary.removed} removed"
    )


@cli.group("people")
def people_group() -> None:
    """People (players, coaches) and their spells."""


@people_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
def people_import_command(files: tuple[str, ...], db: str) -> None:
    """Validate person files (TOML, see docs/people.md) and load them into the store."""
    from touchline.api.people import import_people
    from touchline.store import open_store

    with open_store(db) as store:
        loaded = import_people(store, files)
    for item in loaded:
        spells = "1 spell" if len(item.spells) == 1 else f"{len(item.spells)} spells"
        click.echo(plain(f"{item.person.name}: {spells} ({item.path})"))


@people_group.command("list")
@db_option
@format_option()
def people_list_command(db: str, fmt: str) -> None:
    """People in the store: id, name, spells and the file they came from."""
    from touchline.api.people import list_people
    from touchline.render import Column, Report
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        found = list_people(store)
    rows = tuple(
        {"id": pid, "name": name, "spells": spells, "coaching": coaching, "file": file}
        for pid, name, spells, coaching, file in found
    )
    columns = (
        Column("id", "Id"),
        Column("name", "Name"),
        Column("spells", "Spells", "right", True),
        Column("coaching", "Coaching spells", "right", True),
        Column("file", "File"),
    )
    emit(Report("People", columns, rows, data={"people": list(rows)}, caption=f"{len(rows)} people"), fmt)


@people_group.command("remove")
@click.argument("person_id", metavar="ID")
@db_option
def people_remove_command(person_id: str, db: str) -> None:
    """Take a person (by id, see `touchline people list`) and their spells out of the store."""
    from touchline.api.people import remove_person
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        remove_person(store, person_id)
    click.echo(f"removed {person_id}")


@cli.command("manager")
@click.argument("name")
@click.option("--competition", "competitions", multiple=True, help="Only this competition code (repeatable).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["league", "cup", "super_cup", "continental", "national"]),
    help="Only competitions of this kind (repeatable); league counts every tier (see --tier).",
)
@click.option(
    "--tier",
    "tiers",
    multiple=True,
    type=click.IntRange(1, 9),
    help="Only leagues of this tier (1: top flight; repeatable).",
)
@click.option(
    "--from", "date_from", callback=parse_date, metavar="YYYY-MM-DD", help="Count matches from this date (YYYY-MM-DD)."
)
@click.option(
    "--to", "date_to", callback=parse_date, metavar="YYYY-MM-DD", help="Count matches up to this date (YYYY-MM-DD)."
)
@click.option("--by", type=click.Choice(["season", "competition"]), help="Break each spell down.")
@click.option("--matches", "with_matches", is_flag=True, help="List the matches behind every spell.")
@click.option(
    "--shootouts",
    type=click.Choice(["draw", "result"]),
    default="draw",
    show_default=True,
    help="Count a match decided on penalties as a draw, or as won/lost.",
)
@click.option(
    "--positions/--no-positions",
    default=None,
    help="League position on arrival, on departure and at season ends "
    "(default: shown, except in wiki and csv, which keep the biography table's shape).",
)
@click.option("--honours", "with_honours", is_flag=True, help="Also list the honours of each spell.")
@db_option
@format_option()
def manager_command(
    name: str,
    competitions: tuple[str, ...],
    kinds: tuple[str, ...],
    tiers: tuple[int, ...],
    date_from: dt.date | None,
    date_to: dt.date | None,
    by: str | None,
    with_matches: bool,
    shootouts: str,
    positions: bool | None,
    with_honours: bool,
    db: str,
    fmt: str,
) -> None:
    """A manager's record per spell: Team, From, To, G, W, D, L, GF, GA, GD, Win %."""
    from touchline.api.managers import Filters, manager_record
    from touchline.compute.records import Shootouts
    from touchline.model import CompetitionKind
    from touchline.store import open_store
    from touchline.store.read import competition
    from touchline.views.listing import matches_report
    from touchline.views.manager import manager_report, positions_report

    if with_honours:
        from touchline.api.honours import person_honours
        from touchline.views.honours import spell_honours_report
    if date_from and date_to and date_to < date_from:
        raise ConfigError(f"--to {date_to} is before --from {date_from}")
    with open_store(db, create=False) as store:
        codes = tuple(competition(store, c).code for c in competitions)
        filters = Filters(
            codes, tuple(CompetitionKind(k) for k in kinds), date_from, date_to, Shootouts(shootouts), tiers
        )
        if positions is None:
            positions = fmt not in ("wiki", "csv")
        result = manager_record(store, name, filters, by=by, positions=positions)
        honours = person_honours(store, name, result.spells) if with_honours else None
    emit(manager_report(result, with_matches=with_matches), fmt)
    places = positions_report(result)
    if places is not None and fmt != "json":
        emit(places, fmt)
    if honours is not None:
        emit(spell_honours_report(honours), fmt)
    if with_matches and fmt not in ("json",):
        for item in result.spells:
            label = item.spell.label or item.team_name
            emit(matches_report(item.matches, f"{label}: {item.start} to {item.end}"), fmt)


@cli.command("table")
@click.argument("competition")
@click.argument("season", type=SEASON)
@click.option(
    "--as-of",
    "as_of",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="The table after this date's matches (YYYY-MM-DD).",
)
@click.option("--matchday", type=click.IntRange(min=1), help="The table after this matchday.")
@click.option("--stage", help='A stage such as "Championship" or "Playoff I" (default: the regular season).')
@click.option("--home", is_flag=True, help="Home matches only.")
@click.option("--away", is_flag=True, help="Away matches only.")
@click.option("--form", is_flag=True, help="Add the last five results.")
@db_option
@format_option()
def table_command(
    competition: str,
    season: str,
    as_of: dt.date | None,
    matchday: int | None,
    stage: str | None,
    home: bool,
    away: bool,
    form: bool,
    db: str,
    fmt: str,
) -> None:
    """The league table of COMPETITION (code or name) in SEASON (e.g. de.1 2023-24), under its rules."""
    from touchline.api.tables import competition_table
    from touchline.store import open_store
    from touchline.views.table import table_report

    if as_of and matchday:
        raise ConfigError("give --as-of or --matchday, not both")
    if home and away:
        raise ConfigError("give --home or --away, not both (neither: all matches)")
    with open_store(db, create=False) as store:
        table = competition_table(
            store,
            competition,
            season,
            as_of=as_of,
            matchday=matchday,
            stage=stage,
            venue="home" if home else "away" if away else "all",
        )
    emit(table_report(table, form=form), fmt)


@cli.command("positions")
@click.argument("club")
@click.argument("competition")
@click.argument("season", type=SEASON)
@click.option(
    "--by",
    type=click.Choice(["matchday", "date"]),
    default="matchday",
    show_default=True,
    help="A row per matchday, or per date the club played.",
)
@db_option
@format_option()
def positions_command(club: str, competition: str, season: str, by: str, db: str, fmt: str) -> None:
    """A club's league position after each matchday (or date) of a season's regular stage."""
    from touchline.api.tables import club_positions
    from touchline.store import open_store
    from touchline.views.table import positions_report

    with open_store(db, create=False) as store:
        name, code, found = club_positions(store, club, competition, season, by="date" if by == "date" else "matchday")
    emit(positions_report(name, code, season, by, found), fmt)


@cli.command("tie")
@click.argument("club")
@click.argument("other")
@click.option("--season", type=SEASON, default=None, help="Only ties of this season (e.g. 2015-16).")
@db_option
@format_option()
def tie_command(club: str, other: str, season: str | None, db: str, fmt: str) -> None:
    """The knock-out ties CLUB and OTHER played: legs, aggregate, who went through and why.

    Aggregate first, then the away goals rule where and when it applied (touchline/data/ties.toml),
    then extra time, penalties and replays. A tie the data cannot settle says why.
    """
    from touchline.api.ties import ties_between
    from touchline.store import open_store
    from touchline.views.ties import ties_report

    with open_store(db, create=False) as store:
        found = ties_between(store, club, other, season)
    if not found:
        raise click.ClickException(f"{club} and {other} met, but never in a knock-out tie")
    first = found[0]
    emit(ties_report(found, f"{first.first} v {first.second}" + (f", {season}" if season else "")), fmt)


@cli.command("cup")
@click.argument("competition")
@click.argument("season", type=SEASON)
@click.option("--round", "round_name", default=None, help='Only this round (e.g. "Semifinals").')
@db_option
@format_option()
def cup_command(competition: str, season: str, round_name: str | None, db: str, fmt: str) -> None:
    """A cup season round by round: every tie with its legs and winner, and the final."""
    from touchline.api.ties import cup
    from touchline.store import open_store
    from touchline.views.ties import cup_report

    with open_store(db, create=False) as store:
        found = cup(store, competition, season, round_name)
    emit(cup_report(found), fmt)


@cli.command("honours")
@click.argument("name", required=False)
@click.option("--club", default=None, help="A club's honours, each with the manager in charge, instead of a person's.")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "wiki", "md", "html", "json"]), default="text", show_default=True
)
def honours_command(name: str | None, club: str | None, db: str, fmt: str) -> None:
    """A person's honours as player and as manager, by club, as a biography lists them.

    Derived from the data (final standings, finals) and, marked with a dagger, entered by hand with a
    source in touchline/data/honours.toml. Each honour is credited to the manager in charge on its
    deciding day (the day a league title was out of reach, else the last league match; the final) and
    to the players whose spells cover it.
    """
    from touchline.api.honours import club_honours, person_honours
    from touchline.render.outline import render_outline
    from touchline.store import open_store
    from touchline.views.honours import club_report, person_outline

    if (name is None) == (club is None):
        raise click.UsageError("give a person's NAME or --club CLUB")
    with open_store(db, create=False) as store:
        if club is not None:
            emit(club_report(club_honours(store, club)), fmt)
            return
        assert name is not None
        outline = person_outline(person_honours(store, name))
    click.echo(render_outline(outline, fmt), nl=False)


def reference() -> str:
    """docs/cli.md: every command's help, as ``touchline ... --help`` prints it (a test keeps the file
    equal to this; ``touchline cli-docs > docs/cli.md`` writes it again)."""
    parts = [
        "# touchline's commands\n",
        "Every command's `--help`, generated from the command line itself (`touchline cli-docs > docs/cli.md`;",
        "a test keeps this file up to date).\n",
    ]

    def walk(command: click.Command, name: str, parent: click.Context | None) -> None:
        if command.hidden:
            return
        settings = {**command.context_settings, "terminal_width": 100, "max_content_width": 100}
        ctx = click.Context(command, info_name=name, parent=parent, **settings)
        parts.append(f"## {ctx.command_path}\n\n```\n{command.get_help(ctx)}\n```\n")
        if isinstance(command, click.Group):
            for sub in sorted(command.commands):
                walk(command.commands[sub], sub, ctx)

    walk(cli, "touchline", None)
    return "\n".join(parts)


@cli.command("cli-docs", hidden=True)
def cli_docs_command() -> None:
    """Print docs/cli.md (every command's help, in Markdown)."""
    click.echo(reference(), nl=False)


# the exit status of a command stopped by Ctrl-C: 128 + SIGINT, as shells report it
INTERRUPTED = 130


def _interrupted(cause: BaseException | None) -> bool:
    """Whether a command ended by Ctrl-C (a KeyboardInterrupt); a SIGTERM to an import, which stops it
    the same way, still ends as "Aborted." with exit status 1."""
    from touchline.api.importing import Terminated

    return isinstance(cause, KeyboardInterrupt) and not isinstance(cause, Terminated)


def _exit_interrupted() -> None:
    """One line and exit status 130: every command writes in one transaction, rolled back when it is
    interrupted, so the store is as it was."""
    click.echo("Interrupted (Ctrl-C): stopped; the store is as it was before this command.", err=True)
    sys.exit(INTERRUPTED)


def main() -> None:
    """Entry point: run the CLI. Every error prints as one line, ``Error: ...``: touchline's own with exit
    code 1 (see :class:`TouchlineGroup`), a bad argument with exit code 2 (naming the argument)."""
    try:
        # without standalone mode click returns the code of an Exit (a command's non-zero exit)
        code = cli.main(prog_name="touchline", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort as exc:
        if _interrupted(exc.__cause__):
            _exit_interrupted()
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except KeyboardInterrupt as exc:  # Ctrl-C outside a command (while the store closes)
        if not _interrupted(exc):
            click.echo("Aborted.", err=True)
            sys.exit(1)
        _exit_interrupted()
    except click.UsageError as exc:
        where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
        click.echo(f"Error: {plain(exc.format_message())}{where}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"Error: {plain(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # pragma: no cover - e.g. `touchline matches | head`
        sys.exit(0)


from touchline.web.command import serve  # noqa: E402

cli.add_command(serve)
from touchline.article.command import register as _register_article  # noqa: E402  (biography commands)

_register_article(cli, people_group)
