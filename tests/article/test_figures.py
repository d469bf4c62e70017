"""Regressions of reading a biography's figures, names and claims (pure: no store): figures in groups of
three digits, footnote markers in cells, spells matched by club rather than name, claims on arrival and
on leaving, the short name of a person, and text that must not turn into markup at a line's start."""

from __future__ import annotations

import datetime as dt

import pytest

from touchline.article.audit import Verdict, _match, _season_days, check_cells
from touchline.article.claims import GameCountClaim, Moment, PositionClaim, sentence_claims
from touchline.article.dates import parse_date
from touchline.article.document import Sentence, sentence_case, short_name
from touchline.article.generate import md_text, wiki_text
from touchline.article.parse import parse_article
from touchline.article.spells import ArticleSpell
from touchline.article.tables import figure, is_number
from touchline.compute.coverage import Coverage
from touchline.compute.records import Record
from touchline.model import Role, Spell

ARSENAL = Record(1225, 707, 280, 238, 2229, 1147)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("1,225", "g", 1225.0),
        ("1 225", "g", 1225.0),
        ("1\u202f225", "g", 1225.0),
        ("1\u00a0225", "g", 1225.0),
        ("1,225[b]", "g", 1225.0),
        ("12,345,678", "g", 12345678.0),
        ("−14", "gd", -14.0),
        ("+1,082", "gd", 1082.0),
        ("33.33", "win_pct", 33.33),
        ("33,33", "win_pct", 33.33),
        ("33,333", "win_pct", 33.333),  # a decimal comma in the win % column, never a thousands one
        ("57.2%", "win_pct", 57.2),
        ("", "g", None),
        ("n/a", "g", None),
        ("1,22", "g", 1.22),  # not groups of three: not a thousands separator
    ],
)
def test_figures_as_articles_write_them(text: str, key: str, value: float | None) -> None:
    assert figure(text, key) == value


def test_a_grouped_figure_is_checked_as_its_number() -> None:
    cells = {"g": "1,225", "w": "707", "d": "280", "l": "248"}
    checks = {c.key: c for c in check_cells(cells, ["g", "w", "d", "l"], ARSENAL, Coverage.FULL, "")}
    assert checks["g"].verdict is Verdict.AGREES and checks["w"].verdict is Verdict.AGREES
    assert checks["l"].verdict is Verdict.DIFFERS
    # partial data: a figure above the store's is a floor it cannot settle, one below it contradicts
    partial = {"g": "1,235", "w": "1 500", "d": "279"}
    checks = {c.key: c for c in check_cells(partial, ["g", "w", "d"], ARSENAL, Coverage.PARTIAL, "gaps")}
    assert checks["g"].verdict is Verdict.NOT_CHECKABLE
    assert checks["w"].verdict is Verdict.NOT_CHECKABLE  # not "empty": 1 500 is a figure
    assert checks["d"].verdict is Verdict.DIFFERS
    assert is_number("1,225") and is_number("1 225") and not is_number("Arsenal")


PLAIN = """= Arsène Wenger =

Arsène Wenger (born 22 October 1949) is a French former football manager.

==Managerial statistics==

| Team | From | To | P | W | D | L | Win % |
| Nancy[1] | 1 July 1984[2] | 1 July 1987 | 114[a] | 33 | 30 | 51 | 28.9 |
| Arsenal[a] | 1 October 1996 | 13 May 2018 | 1\u202f235[b] | 707 | 280 | 248 | 57.72 |
| Total | | | 1,349 | 740 | 310 | 299 | 54.85[c] |
"""

WIKI = """{{Infobox football biography
| name = Arsène Wenger
}}
'''Arsène Wenger''' is a French former football manager.

==Managerial statistics==
{| class="wikitable"
! Team !! From !! To !! P !! W !! D !! L
|-
| [[Arsenal F.C.|Arsenal]][a] || 1 October 1996 || 13 May 2018 || 1,235[1] || 707 || 280 || 248
|}
"""


def test_footnote_markers_are_left_out_of_cells() -> None:
    article = parse_article(PLAIN, "wenger.txt")
    assert article.table is not None
    nancy, arsenal = article.table.rows
    assert (nancy.team, str(nancy.start), nancy.figure("g")) == ("Nancy", "1 July 1984", "114")
    assert arsenal.team == "Arsenal" and arsenal.figure("g") == "1 235" and figure(arsenal.figure("g")) == 1235
    assert article.table.total is not None and article.table.total.figure("win_pct") == "54.85"
    wiki = parse_article(WIKI, "wenger.wiki")
    assert wiki.table is not None
    (row,) = wiki.table.rows
    assert (row.team, row.links, row.figure("g")) == ("Arsenal", ("Arsenal F.C.",), "1,235")


def _row(team: str, start: str, end: str) -> ArticleSpell:
    return ArticleSpell(
        line=1,
        label=team,
        team=team,
        role=Role.HEAD_COACH,
        start=parse_date(start),
        end=parse_date(end),
        open=False,
        club=None,
        club_name=None,
        resolved_as=team,
        problem=f"no single club named {team!r}",
    )


def test_a_row_matches_the_spell_of_its_dates_when_one_name_holds_the_other() -> None:
    stored = [
        Spell(
            "carlo-ancelotti",
            "ita-ac-reggiana",
            Role.HEAD_COACH,
            dt.date(1995, 7, 1),
            dt.date(1996, 6, 30),
            label="AC Reggiana",
        ),
        Spell(
            "carlo-ancelotti",
            "ita-ssc-napoli",
            Role.HEAD_COACH,
            dt.date(2018, 5, 23),
            dt.date(2019, 12, 10),
            label="SSC Napoli",
        ),
        Spell(
            "carlo-ancelotti",
            "por-uniao-leiria",
            Role.HEAD_COACH,
            dt.date(2001, 4, 1),
            dt.date(2002, 1, 23),
            label="União Leiria",
        ),
    ]
    rows = [
        _row("Reggiana", "1 July 1995", "30 June 1996"),
        _row("Napoli", "23 May 2018", "10 December 2019"),
        _row("União de Leiria", "1 April 2001", "23 January 2002"),
        _row("Napoli", "1 July 2009", "30 June 2010"),  # the name, not the dates: no match
        _row("Parma", "23 May 2018", "10 December 2019"),  # the dates, not the name: no match
    ]
    pairs = _match(rows, stored)
    assert {i: s.label for i, s in pairs.items()} == {0: "AC Reggiana", 1: "SSC Napoli", 2: "União Leiria"}


def test_the_days_of_a_season_an_honours_line_names() -> None:
    assert _season_days("2011–12") == (dt.date(2011, 7, 1), dt.date(2012, 6, 30))
    assert _season_days("1989") == (dt.date(1989, 1, 1), dt.date(1989, 12, 31))
    assert _season_days("the cup") is None


def _claims(text: str, sections: tuple[str, ...] = ("Managerial career", "Porto")) -> list[object]:
    return list(sentence_claims(Sentence(1, text, sections), "Mourinho"))


@pytest.mark.parametrize(
    ("text", "moment", "position"),
    [
        ("He took over FC Porto in 5th place in the Primeira Liga.", Moment.ARRIVAL, 5),
        ("He was sacked on 17 December 2015 with Chelsea 16th in the table.", Moment.DEPARTURE, 16),
        ("He was dismissed, leaving Porto in third place.", Moment.DEPARTURE, 3),
        ("Porto finished 3rd in 2001–02.", Moment.SEASON_END, 3),
        ("He was appointed after a 5–1 defeat leaving the Buffalos seventh in the league table.", Moment.ARRIVAL, 7),
    ],
)
def test_position_claims_on_arrival_and_on_leaving(text: str, moment: Moment, position: int) -> None:
    (claim,) = _claims(text)
    assert isinstance(claim, PositionClaim) and (claim.moment, claim.position) == (moment, position)


def test_one_match_is_a_game_count() -> None:
    (claim,) = _claims("In charge for 1 match that touchline holds, his team won 1.")
    assert isinstance(claim, GameCountClaim) and claim.games == 1


@pytest.mark.parametrize(
    ("name", "other", "short"),
    [
        ("Ruud van Nistelrooy", (), "van Nistelrooy"),
        ("Ruud van Nistelrooy", ("van Nistelrooy",), "van Nistelrooy"),
        ("José Mourinho", ("Mourinho",), "Mourinho"),
        ("Rafael van der Vaart", (), "van der Vaart"),
        ("Jess Thorup", (), "Thorup"),
        ("Roberto Di Matteo", (), "Di Matteo"),
        ("Van", (), "Van"),
    ],
)
def test_the_short_name_keeps_the_particles(name: str, other: tuple[str, ...], short: str) -> None:
    assert short_name(name, other) == short
    assert sentence_case(short_name("Ruud van Nistelrooy")) == "Van Nistelrooy"


@pytest.mark.parametrize(
    ("text", "wiki"),
    [
        ("*Star was head coach", "&#42;Star was head coach"),
        ("#Hash was head coach", "&#35;Hash was head coach"),
        (":Colon", "&#58;Colon"),
        (";Semi", "&#59;Semi"),
        ("----Rule", "&#45;---Rule"),
        ("{|Table", "<nowiki>&#123;|Table</nowiki>"),
        ("=Heading", "<nowiki>&#61;Heading</nowiki>"),
        ("Bo *Star", "Bo *Star"),
        ("Gent", "Gent"),
    ],
)
def test_wiki_text_never_opens_markup_at_a_line_start(text: str, wiki: str) -> None:
    assert wiki_text(text) == wiki


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("1. was head coach", "1\\. was head coach"),
        ("12) was head coach", "12\\) was head coach"),
        ("- was", "\\- was"),
        ("+ was", "\\+ was"),
        ("* was", "\\* was"),
        ("# was", "\\# was"),
        ("> was", "&gt; was"),
        ("Ann 1. was", "Ann 1. was"),
    ],
)
def test_md_text_never_opens_markup_at_a_line_start(text: str, markdown: str) -> None:
    assert md_text(text) == markdown
