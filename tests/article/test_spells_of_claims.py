"""Regressions of the audit and the generator against the focused store: an honours line credited to any
of his spells at the club, a position on leaving, two caretaker spells at one club each checked against
its own section, the corrected table well formed with a total of every row with figures, a competition's
other name, and names that would be markup at a line's start."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator

import mwparserfromhell
import pytest

from touchline.api.people import import_people
from touchline.article.audit import Verdict, audit
from touchline.article.claims import Kind, TitleClaim
from touchline.article.document import Career
from touchline.article.facts import MatchFacts
from touchline.article.generate import _Line, article_text
from touchline.article.parse import parse_article
from touchline.article.report import corrected_wikitext
from touchline.store import Store, open_store

PEOPLE = """id = "bo-star"
name = "Bo *Star"
nationality = "DEN"
source = "a test of names that are markup"

[[spell]]
team = "FC Augsburg"
role = "caretaker"
label = "FC Augsburg (caretaker)"
start = 2020-03-10
end = 2020-06-30
ended = "caretaker_ended"

[[spell]]
team = "FC Augsburg"
role = "caretaker"
label = "FC Augsburg (interim)"
start = 2022-12-19
end = 2023-05-31
ended = "caretaker_ended"
"""

ANN = """id = "ann-1"
name = "Ann 1."
source = "a test of names that are markup"

[[spell]]
team = "SC Freiburg"
start = 2010-08-01
end = 2011-05-31
"""


@pytest.fixture(scope="module")
def star_db(focused_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A copy of the focused store with two people whose names are markup."""
    folder = tmp_path_factory.mktemp("star")
    path = folder / "star.sqlite"
    shutil.copy(focused_db, path)
    (folder / "bo-star.toml").write_text(PEOPLE, encoding="utf-8")
    (folder / "ann-1.toml").write_text(ANN, encoding="utf-8")
    with open_store(str(path), create=False) as store:
        import_people(store, [folder / "bo-star.toml", folder / "ann-1.toml"])
    yield str(path)


THORUPSEN = """= Jens Thorupsen =

Jens Thorupsen (born 21 February 1970) is a Danish football manager.

==Managerial career==
===Esbjerg===
He took over Esbjerg fB as caretaker manager in November 2008.

==Managerial statistics==

| Team | From | To | G | W | D | L |
| Esbjerg fB (caretaker) | 17 November 2008 | 1 January 2009 | | | | |
| Esbjerg fB | 14 March 2011 | 1 June 2013 | | | | |
| Denmark U-21 | 1 June 2013 | 12 July 2015 | 12 | 6 | 3 | 3 |
| Genk | 24 September 2020 | 2 November 2020 | 5 | 3 | 2 | 0 |
| Total | | | | | | |

==Honours==
===Manager===
Esbjerg fB
- Danish 1st Division: 2011–12
"""


def test_an_honours_line_is_credited_to_any_of_his_spells_at_the_club(focused: Store) -> None:
    # no people file: the spells are the article's, the caretaker spell of 2008 first
    result = audit(focused, parse_article(THORUPSEN, "thorupsen.txt"))
    assert result.person is None
    (line,) = [c for c in result.claims if c.claim.quote == "Danish 1st Division: 2011–12"]
    assert line.verdict is Verdict.AGREES, line.answer
    assert "outside his time in charge" not in line.answer


def test_the_corrected_table_is_well_formed_and_its_total_adds_every_row(focused_db: str) -> None:
    with open_store(focused_db, create=False) as store:
        result = audit(store, parse_article(THORUPSEN, "thorupsen.txt"))
    wiki = corrected_wikitext(result)
    table = mwparserfromhell.parse(wiki)
    columns = 11  # Team, From, To, G, W, D, L, GF, GA, GD, Win %
    rows = [r.split("\n", 1)[-1] for r in wiki.split("\n|-")[1:]]
    rows = [r for r in rows if r.startswith("| ")]
    for row in rows:
        cells = re.split(r"\|\|", row.split("\n", 1)[0])
        spans = sum(int(m) for m in re.findall(r'colspan="(\d+)"', row)) - len(re.findall("colspan", row))
        assert len(cells) + spans == columns, row
        # a span is only ever the "no data" of a spell without figures
        assert "colspan" not in row or "''no data''" in row, row
    assert str(table) == wiki
    denmark = next(r for r in rows if "Denmark U-21" in r)
    assert "|| 12 || 6 || 3 || 3 ||  ||  ||  || 50.00" in denmark
    # Genk (data, 5 games), Denmark U-21 (the article's 12: no data), both Esbjerg spells (data)
    genk = next(r for r in result.rows if r.label == "Genk")
    esbjerg = [r for r in result.rows if r.label.startswith("Esbjerg")]
    assert genk.record is not None and all(r.record is not None for r in esbjerg)
    played = 12 + genk.record.record.played + sum(r.record.record.played for r in esbjerg if r.record)
    total = next(r for r in wiki.split("\n|-") if "Total" in r)
    assert f"'''{played}'''" in total


GENK = """= Jess Thorup =

Jess Thorup (born 21 February 1970) is a Danish football manager.

==Managerial career==
===Genk===
On 24 September 2020 Thorup was appointed head coach of Genk.
He was sacked on 2 November 2020 with Genk {place} in the table.

==Managerial statistics==

| Team | From | To | G |
| Genk | 24 September 2020 | 2 November 2020 | 5 |
"""


def test_a_position_on_leaving_is_the_table_of_the_day_he_left(focused: Store) -> None:
    first = audit(focused, parse_article(GENK.format(place="1st"), "genk.txt"))
    (genk,) = first.rows
    assert genk.record is not None and genk.record.positions is not None
    departure = genk.record.positions.departure
    assert departure is not None
    ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(departure.position, f"{departure.position}th")
    result = audit(focused, parse_article(GENK.format(place=ordinal), "genk.txt"))
    (claim,) = [c for c in result.claims if c.claim.kind is Kind.POSITION]
    assert claim.reading == "position when he left (2 November 2020)"
    assert claim.verdict is Verdict.AGREES, claim.answer


def test_two_caretaker_spells_at_one_club_each_with_its_own_claims(star_db: str) -> None:
    with open_store(star_db, create=False) as store:
        wiki = article_text(store, "Bo *Star", "wiki")
        result = audit(store, parse_article(wiki, "bo-star.wiki"))
    assert result.claims and {c.verdict for c in result.claims} == {Verdict.AGREES}, [
        (c.claim.quote, c.spell, c.answer) for c in result.claims if c.verdict is not Verdict.AGREES
    ]
    for check in result.claims:
        # the claim is checked against the spell of the section it stands under
        assert check.spell == check.claim.sections[-1], check
    # the name opens each paragraph, but never as a list
    paragraphs = [line for line in wiki.splitlines() if "was caretaker manager of" in line]
    assert len(paragraphs) == 2 and all(
        p.startswith("&#42;Star was caretaker manager of FC Augsburg") for p in paragraphs
    )
    assert not any(line.startswith(("*Star", "#")) for line in wiki.splitlines())


def test_markdown_and_html_infoboxes_show_names_as_written(star_db: str) -> None:
    with open_store(star_db, create=False) as store:
        markdown = article_text(store, "Ann 1.", "md")
        page = article_text(store, "Bo *Star", "html")
        wiki = article_text(store, "Ann 1.", "wiki")
    assert "nowiki" not in markdown and "nowiki" not in page
    assert "| managerclubs1 | SC Freiburg |" in markdown
    assert "<td>FC Augsburg (caretaker)</td>" in page
    # the short name opens the paragraph: in Markdown never a numbered list
    assert "\n1\\. was head coach of SC Freiburg" in markdown
    assert "\n1. was head coach of SC Freiburg" in wiki
    # an infobox line escapes per format: a link in wikitext, the text as written elsewhere
    line = _Line("managerclubs1", "A|B", link=True, suffix=" (caretaker)")
    assert line.as_wiki() == "[[<nowiki>A|B</nowiki>]] (caretaker)" and line.as_text() == "A|B (caretaker)"


def test_a_competition_is_known_by_its_other_name(focused: Store) -> None:
    claim = TitleClaim(
        kind=Kind.TITLE,
        line=1,
        quote="UEFA Europa Conference League: 2021–22",
        sentence="UEFA Europa Conference League: 2021–22",
        sections=("Honours", "Manager"),
        career=Career.MANAGER,
        competition="UEFA Europa Conference League",
        years=("2021–22",),
        club="AS Roma",
        honours=True,
    )
    answer = MatchFacts(focused).title(claim, None)
    assert answer.checkable and answer.agrees, answer.answer
    # the catalogue names the competition as it was called that season
    assert "AS Roma won the UEFA Europa Conference League 2021–22" in answer.answer
    # and today's name is known as well
    today = dataclasses.replace(claim, competition="UEFA Conference League", quote="UEFA Conference League: 2021–22")
    assert MatchFacts(focused).title(today, None).agrees
