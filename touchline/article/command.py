"""The command line of the article package: ``touchline people from-article``, ``touchline audit`` and
``touchline article`` (article package, floor 5; ``touchline/cli.py`` adds them with :func:`register`).

Each command parses its arguments, calls one library function and prints; the heavy imports sit
inside the commands so that ``touchline --help`` stays fast. Errors are touchline's own, which the
``touchline`` group prints as one line, ``Error: ...``, with exit code 1.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from touchline.config import default_db


# ``cli.db_option`` again: this package sits on floor 5 and may not import ``touchline.cli`` (floor 6,
# which imports this module to register the commands); tests/article/test_facts.py checks the two agree
def _db(function: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--db",
        default=default_db,
        show_default="TOUCHLINE_DB or ~/.local/share/touchline/touchline.sqlite",
        help="SQLite file or postgresql:// URL of the store.",
    )(function)


def _format(*choices: str) -> Callable[[click.decorators.FC], click.decorators.FC]:
    """``--format`` with ``choices``, the first the default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


@click.command("from-article")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Write the people file here (default: print it).")
@click.option(
    "--keep-unknown", is_flag=True, help="Write a team no club answers to as the article names it (with the reason)."
)
@_db
def from_article(file: str, out: str | None, keep_unknown: bool, db: str) -> None:
    """Read a biography's spells (wikitext or plain text) and write a people file (TOML).

    Spells come from the managerial statistics table (Team, From, To; caretaker rows) and the
    infobox; team names are resolved against the store, with suggestions where one is unknown.
    """
    from touchline.api.people import Teams
    from touchline.article.parse import read_article
    from touchline.article.spells import article_spells, overlaps, people_file
    from touchline.render import plain, writable, write_text
    from touchline.store import open_store

    if out:
        writable(out)
    article = read_article(file)
    with open_store(db, create=False) as store:
        spells = article_spells(article, Teams(store))
        warnings = overlaps(store, article, spells)
    text = people_file(article, spells, keep_unknown=keep_unknown)
    for warning in warnings:
        click.echo(plain(f"Warning: {warning}"), err=True)
    coaching = [s for s in spells if s.from_table or s.role.value != "player"]
    if out:
        write_text(out, text)
        click.echo(
            plain(
                f"{article.title}: {len(coaching)} managerial spells, {len(spells) - len(coaching)} as player -> {out}"
            )
        )
    else:
        click.echo(text, nl=False)


@click.command("audit")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_format("text", "md", "json")
@click.option(
    "--wiki-out", type=click.Path(dir_okay=False), help="Also write the corrected table (wikitext) to this file."
)
@_db
def audit(file: str, fmt: str, wiki_out: str | None, db: str) -> None:
    """Check a biography's managerial statistics and prose claims against the data.

    Each record cell agrees, differs (with the matches behind the data's figure), is empty (with the
    figure proposed) or is not checkable (with the reason); then dates, spells and claims; then the
    corrected table as wikitext.
    """
    from touchline.article.audit import audit_article
    from touchline.article.report import audit_output, corrected_wikitext
    from touchline.render import writable, write_text
    from touchline.store import open_store

    if wiki_out:
        writable(wiki_out)
    with open_store(db, create=False) as store:
        result = audit_article(store, file)
    click.echo(audit_output(result, fmt), nl=False)
    if wiki_out:
        write_text(wiki_out, corrected_wikitext(result))


@click.command("article")
@click.argument("name")
@_format("wiki", "md", "html")
@_db
def article(name: str, fmt: str, db: str) -> None:
    """The data-backed parts of a manager's biography: infobox, spells, record table, honours.

    A paragraph per spell (dates, record, league positions, cup finals, the tie that decided each
    European campaign), the record table with its footnotes and sources, and the Honours section
    (hand-entered honours marked, with their sources). It audits as agreeing.
    """
    from touchline.article.generate import article_text
    from touchline.store import open_store

    with open_store(db, create=False) as store:
        click.echo(article_text(store, name, fmt), nl=False)


def register(cli: click.Group, people: click.Group) -> None:
    """Add the commands to the ``touchline`` group and its ``people`` group."""
    cli.add_command(audit)
    cli.add_command(article)
    people.add_command(from_article)
