"""Reading biographies: the seed's plain rendering, encyclopedia wikitext with its templates, dates, and
bad input as one line naming the file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.article.conftest import ARTICLES
from touchline.article.claims import AggregateClaim, GameCountClaim, Moment, PositionClaim, find_claims
from touchline.article.dates import Precision, parse_date, parse_years
from touchline.article.document import Career, Format
from touchline.article.parse import detect, parse_article, read_article, split_sentences
from touchline.errors import ParseError

SEED_SPELLS = [
    ("Esbjerg fB (caretaker)", "17 November 2008", "1 January 2009", True),
    ("Esbjerg fB", "14 March 2011", "1 June 2013", False),
    ("Denmark U-21", "1 June 2013", "12 July 2015", False),
    ("FC Midtjylland", "12 July 2015", "10 October 2018", False),
    ("Gent", "10 October 2018", "20 August 2020", False),
    ("Genk", "24 September 2020", "2 November 2020", False),
    ("Copenhagen", "2 November 2020", "20 September 2022", False),
    ("FC Augsburg", "15 October 2023", "23 May 2025", False),
    ("Al-Ahly", "8 October 2025", "present", False),
]


def test_the_seed_gives_nine_spells_with_their_dates(seed: Path) -> None:
    article = read_article(seed)
    assert article.format is Format.TEXT and article.title == "Jess Thorup"
    assert article.birth_date == dt.date(1970, 2, 21)
    assert article.infobox["birthplace"] == ("Hjerting, Denmark", 4)
    table = article.table
    assert table is not None and table.line == 59 and table.caption == "Managerial record by team and tenure"
    got = [(r.team, str(r.start), str(r.end) if r.end else "present", r.caretaker) for r in table.rows]
    assert got == SEED_SPELLS
    assert [r.line for r in table.rows] == list(range(61, 70))
    # every record cell is empty: the rendering has Team, From and To only
    assert all(not r.figure(k) for r in table.rows for k in ("g", "w", "d"))
    assert table.total is not None and table.total.line == 70


def test_the_seed_honours_by_career_and_club(seed: Path) -> None:
    honours = read_article(seed).honours
    assert [(h.line, h.career, h.club, h.text) for h in honours][:3] == [
        (75, Career.PLAYER, "OB", "1st Division: 1989"),
        (76, Career.PLAYER, "OB", "Danish Cup: 1990–91, 1992–93"),
        (80, Career.MANAGER, "Esbjerg fB", "Danish 1st Division: 2011–12"),
    ]
    assert honours[-1].club == "Al Ahly" and honours[-1].text == "Egyptian Super Cup : 2025"


def test_the_seed_claims_are_found_with_their_lines(seed: Path) -> None:
    claims = find_claims(read_article(seed))
    games = [(c.line, c.games, c.other is None) for c in claims if isinstance(c, GameCountClaim)]
    # the caretaker's three games, Bölöni's three (someone else's) and Genk's six
    assert games == [(15, 3, True), (34, 3, False), (36, 6, True)]
    places = [(c.line, c.position, c.moment) for c in claims if isinstance(c, PositionClaim)]
    assert places == [
        (24, 7, Moment.ARRIVAL),
        (26, 5, Moment.SEASON_END),
        (32, 2, Moment.STANDING),
        (41, 3, Moment.SEASON_END),
        (48, 15, Moment.ARRIVAL),
        (48, 11, Moment.SEASON_END),
        (50, 12, Moment.SEASON_END),
    ]
    (aggregate,) = [c for c in claims if isinstance(c, AggregateClaim)]
    assert (aggregate.line, aggregate.opponent, aggregate.score, aggregate.won) == (45, "Trabzonspor", (2, 1), True)


WIKI_TABLE = """'''Test Person''' is a manager.

==Managerial statistics==
{| class="wikitable"
|-
!rowspan=2|Team!!rowspan=2|From!!rowspan=2|To!!colspan=8|Record
|-
!{{abbr|P|Played}}!!W!!D!!L!!GF!!GA!!GD!!Win %
|-
|align=left|[[KAA Gent|Gent]] {{efn|a note}}
|{{dts|2018|10|10}}
|{{dts|20 August 2020}}
{{WDL|82|39|19|24|for=146|against=102|diff=yes}}
|-
|align=left|{{sortname|Racing|Genk|KRC Genk}} (caretaker)
|{{dts|2020|9}}
|2020
|5||3||2||0||11||5||+6||60.00
|-
!colspan=3|Total
{{WDLtot|87|42|21|24|for=157|against=107}}
|}
"""


def test_wikitext_templates_read_as_the_article_shows_them() -> None:
    article = parse_article(WIKI_TABLE, "t.wiki")
    assert article.format is Format.WIKITEXT and article.title == "Test Person"
    table = article.table
    assert table is not None
    gent, genk = table.rows
    assert (gent.team, gent.links, str(gent.start), str(gent.end), gent.line) == (
        "Gent",
        ("KAA Gent",),
        "10 October 2018",
        "20 August 2020",
        10,
    )
    assert {k: c.text for k, c in gent.cells.items() if not c.derived} == {
        "g": "82",
        "w": "39",
        "d": "19",
        "l": "24",
        "gf": "146",
        "ga": "102",
    }
    assert gent.cells["gd"].derived and gent.cells["win_pct"].text == "47.56"
    assert genk.team == "Racing Genk (caretaker)" and genk.caretaker and genk.links == ("KRC Genk",)
    assert genk.start is not None and genk.start.precision is Precision.MONTH
    assert genk.end is not None and genk.end.precision is Precision.YEAR
    assert genk.figure("win_pct") == "60.00" and not genk.cells["g"].derived
    assert table.total is not None and table.total.figure("g") == "87" and table.total.figure("ga") == "107"


def test_the_hand_made_wikitext_article_reads_its_infobox_and_honours() -> None:
    article = read_article(ARTICLES / "juergen-klopp.wiki")
    assert article.title == "Jürgen Klopp" and article.birth_date == dt.date(1967, 6, 16)
    spells = [(s.career, s.team, s.links, s.start_year, s.end_year) for s in article.infobox_spells]
    assert spells == [
        (Career.MANAGER, "Mainz 05", ("1. FSV Mainz 05",), 2001, 2008),
        (Career.MANAGER, "Borussia Dortmund", ("Borussia Dortmund",), 2008, 2015),
        (Career.MANAGER, "Liverpool", ("Liverpool F.C.",), 2015, 2024),
        (Career.PLAYER, "Mainz 05", ("1. FSV Mainz 05",), 1990, 2001),
    ]
    assert [(r.team, r.line, r.figure("g")) for r in article.table.rows] == [  # type: ignore[union-attr]
        ("Mainz 05", 38, "270"),
        ("Borussia Dortmund", 44, "319"),
        ("Liverpool", 50, "491"),
    ]
    assert [(h.line, h.club, h.text) for h in article.honours] == [
        (64, "Borussia Dortmund", "Bundesliga: 2010–11, 2011–12"),
        (65, "Borussia Dortmund", "DFB-Pokal: 2011–12"),
        (68, "Liverpool", "Premier League: 2019–20"),
    ]
    # the lead sentence's reference and the {{Short description}} are no prose
    assert article.sentences[0].text.startswith("Jürgen Norbert Klopp (born 16 June 1967)")


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("17 November 2008", dt.date(2008, 11, 17), Precision.DAY),
        ("November 17, 2008", dt.date(2008, 11, 17), Precision.DAY),
        ("1 July 2019", dt.date(2019, 7, 1), Precision.DAY),
        ("July 2019", dt.date(2019, 7, 1), Precision.MONTH),
        ("2019", dt.date(2019, 1, 1), Precision.YEAR),
        ("2019-07-01", dt.date(2019, 7, 1), Precision.DAY),
        ("17 Nov. 2008", dt.date(2008, 11, 17), Precision.DAY),
    ],
)
def test_dates_at_the_precision_the_article_gives(text: str, day: dt.date, precision: Precision) -> None:
    parsed = parse_date(text)
    assert (parsed.first, parsed.precision) == (day, precision)
    assert parsed.agrees(day)


def test_a_month_agrees_with_any_day_of_it() -> None:
    assert parse_date("July 2019").agrees(dt.date(2019, 7, 15))
    assert not parse_date("July 2019").agrees(dt.date(2019, 8, 1))
    assert parse_years("2015–2018") == (2015, 2018, False) and parse_years("2025–") == (2025, None, True)
    with pytest.raises(ValueError):
        parse_date("30 February 2019")


def test_sentences_do_not_end_at_abbreviations_or_ordinals() -> None:
    text = "He joined Uerdingen 05, who competed in the 2. Bundesliga. He then left for St. Pauli. Done."
    assert split_sentences(text) == [
        "He joined Uerdingen 05, who competed in the 2. Bundesliga.",
        "He then left for St. Pauli.",
        "Done.",
    ]
    assert detect("= Title =\n| a | b |") is Format.TEXT and detect("{| class=x\n|}") is Format.WIKITEXT


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "no-table.txt",
            "no-table.txt:5: no managerial statistics table (expected a table with Team, From and To columns "
            "under this heading)",
        ),
        (
            "bad-shape.wiki",
            "bad-shape.wiki:6: the managerial statistics table has columns Team, G (expected Team, From and To, "
            "then G, W, D, L ...)",
        ),
        (
            "bad-date.txt",
            "bad-date.txt:9: From date '24 Septober 2020' is not a date (expected 1 July 2019, July 2019, 2019 "
            "or present)",
        ),
    ],
)
def test_bad_articles_are_one_line_naming_the_line(name: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        read_article(ARTICLES / name)
    assert str(caught.value) == f"{ARTICLES / name}"[: -len(name)] + message
    assert "\n" not in str(caught.value)


def test_a_row_of_the_wrong_width_names_its_line() -> None:
    row = "| Gent | 2018 | 2020 |" + " 1 |" * 9
    text = f"= X =\n\n==Managerial statistics==\n| Team | From | To | G | W |\n{row}\n"
    with pytest.raises(ParseError, match=r"^x.txt:5: a row of 12 cells in a table of 5 columns"):
        parse_article(text, "x.txt")


def test_a_file_without_any_table_says_so() -> None:
    with pytest.raises(ParseError, match=r"^x.txt: no managerial statistics table"):
        parse_article("= X =\n\nX is a manager.\n", "x.txt")
