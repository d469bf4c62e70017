"""`touchline article`: the data-backed parts of a biography; the round trip article -> audit agrees on every
figure and claim, and the wikitext parses cleanly."""

from __future__ import annotations

import subprocess
import sys

import mwparserfromhell
import pytest

from touchline.article.audit import Verdict, audit
from touchline.article.generate import article_text
from touchline.article.parse import parse_article
from touchline.article.tables import is_number
from touchline.errors import ConfigError
from touchline.store import Store, open_store

PEOPLE = ["Jess Thorup", "Jürgen Klopp", "Christian Streich", "Ole Gunnar Solskjær"]


@pytest.mark.parametrize("name", PEOPLE)
def test_the_generated_article_audits_as_agreeing(name: str, focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        wiki = article_text(store, name, "wiki")
        result = audit(store, parse_article(wiki, f"{name}.wiki"))
    assert result.person is not None and result.person.name == name
    verdicts = {c.verdict for r in result.rows for c in r.cells}
    # every figure the article gives agrees; spells without data give none
    assert verdicts <= {Verdict.AGREES, Verdict.NOT_CHECKABLE}
    for row in result.rows:
        for cell in row.cells:
            assert (cell.verdict is Verdict.AGREES) == is_number(cell.article), (row.label, cell)
    assert {c.verdict for c in result.total} == {Verdict.AGREES}
    assert result.claims and {c.verdict for c in result.claims} == {Verdict.AGREES}
    assert result.findings == [] and result.only_in_data == ()


def test_the_wikitext_parses_cleanly(focused: Store) -> None:
    wiki = article_text(focused, "Jess Thorup", "wiki")
    code = mwparserfromhell.parse(wiki)
    # the one infobox, the one table, the sections in order; nothing left as stray markup
    (infobox,) = [t for t in code.filter_templates(recursive=False) if str(t.name).strip().startswith("Infobox")]
    assert str(infobox.get("managerclubs1").value).strip() == "[[Esbjerg fB]] (caretaker)"
    assert str(infobox.get("currentclub").value).strip() == "Al Ahly SC (head coach)"
    assert str(infobox.get("manageryears9").value).strip() == "2025–"
    # markup only where it belongs: bold names, the table, the sources' reference, the Honours lists
    tags = [str(t.tag) for t in code.filter_tags(recursive=False)]
    assert tags[:3] == ["b", "table", "ref"] and set(tags[3:]) == {"b", "li"}
    headings = [str(h.title) for h in code.filter_headings()]
    assert headings[:3] == ["Managerial career", "Esbjerg fB (caretaker)", "Esbjerg fB"]
    assert headings[-6:] == ["Managerial statistics", "Honours", "Player", "Manager", "Notes", "References"]
    assert str(code) == wiki
    assert "Thorup was head coach of Genk from 24 September 2020 to 2 November 2020. In charge for 5 matches" in wiki
    assert "He took over FC Augsburg in 15th place in the Bundesliga. In 2023–24 the club finished 11th." in wiki
    assert "Thorup was head coach of Denmark U-21 from 1 June 2013 to 12 July 2015. touchline holds no match" in wiki
    assert '<ref name="touchline-sources">Match data: ' in wiki and "openfootball-deutschland" in wiki
    assert "Counting conventions: a match decided by a penalty shoot-out counts as a draw" in wiki


def test_markdown_and_html(focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        markdown = article_text(store, "Streich", "md")
        page = article_text(store, "Streich", "html")
        with pytest.raises(ConfigError):
            article_text(store, "Streich", "pdf")
    assert (
        "## Managerial statistics" in markdown and "| SC Freiburg | 29 December 2011 | 30 June 2024 | 489 |" in markdown
    )
    assert "<h2>Managerial statistics</h2>" in page and "<td>SC Freiburg</td>" in page


def test_the_command(focused_db: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "touchline", "article", "Klopp", "--db", focused_db],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("{{Infobox football biography\n| name = Jürgen Klopp\n")
    missing = subprocess.run(
        [sys.executable, "-m", "touchline", "article", "Nobody Atall", "--db", focused_db],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("Error: no person 'Nobody Atall'")
