"""Every renderer escapes every piece of text from data (club, person and stage names, file paths).

A hostile name neither changes a table's structure, nor renders as markup, a template, raw HTML or a
spreadsheet formula, nor sends a control character (a terminal escape sequence) to the terminal, while
figures such as ``+17``, ``−6``, ``-3`` and ``48.97`` are printed as they are.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from touchline.render import FORMATS, Column, Report, inline, plain, render

HOSTILE = (
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "+1 club",
    "-2 club",
    "  =indented",
    "\tTab first",
    "{{Delete}}",
    "a || b",
    "a ! b !! c",
    "[[Category:X]]",
    "'''bold'''",
    "''italic'' '",
    "~~~~ __NOTOC__",
    "[/x]",
    "[bold red]x[/bold red]",
    "\x1b[31mred\x1b[0m",
    "\x07bell",
    "\x9b31m C1 CSI \x7f",
    "<script>alert(1)</script>",
    "line\nbreak",
    "tab\tand\r\ncrlf\rcr\u2028ls",
    "* list\n# heading\n|- row\n{| table\n=x=",
    "**bold** _it_ `code`",
    "|pipe|",
    "back\\|slash\\",
    "</nowiki>",
    "<nowiki>x</nowiki>",
    "&#124; &amp; &lt;",
    "# not a heading",
    "'",
)
FIGURES = {"gd": "+17", "ga": "\u22126", "diff": "-3", "pct": "48.97"}
# what may start a formula in a spreadsheet (OWASP), after any spaces; and a figure, which starts none
FORMULA = re.compile(r" *[=+\-@\t\r\n]")
FIGURE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
# C0 and C1 control characters but tab and newline
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def hostile_report(name: str) -> Report:
    """``name`` in every place a report holds text: title, caption, a column title, body and footer
    cells (one of them a "no data" cell that spans the empty ones after it) and a footnote."""
    columns = (
        Column("club", "Team"),
        Column("source", name),
        Column("gd", "GD", "right", numeric=True),
        Column("ga", "GA", "right", numeric=True),
        Column("diff", "Diff", "right", numeric=True),
        Column("pct", "Win %", "right", numeric=True),
    )
    rows = (
        {"club": name, "source": name, **FIGURES, "_note": "1"},
        {"club": "FC Plain", "source": f"{name}:7", **FIGURES},
        {"club": "FC Gap", "source": None, "gd": name},
    )
    footer = ({"club": name, "source": None, **FIGURES},)
    notes = (f"{name}: 2 points deducted",)
    return Report(title=name, columns=columns, rows=rows, footer=footer, notes=notes, caption=name)


def small_report(name: str) -> Report:
    """A two-column report with ``name`` as title, a body cell and a footnote, for exact outputs."""
    columns = (Column("club", "Team"), Column("gd", "GD", "right", numeric=True))
    rows = ({"club": name, "gd": "+17", "_note": "1"},)
    footer = ({"club": "Total", "gd": "\u22126"},)
    return Report(title=name, columns=columns, rows=rows, footer=footer, notes=(f"{name}: a note",))


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the text renderer follows the terminal's width


# ---- every format


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", HOSTILE)
def test_no_control_character_reaches_the_terminal(name: str, fmt: str) -> None:
    assert not CONTROL.search(render(hostile_report(name), fmt))


# ---- text


@pytest.mark.parametrize("name", HOSTILE)
def test_text_lays_a_hostile_name_out_as_a_plain_one_of_its_length(name: str) -> None:
    # rich reads no markup in it, control characters show as \xNN and a line break as a space, so the
    # table is the one a name of x's of the same printed length gives
    shown = inline(name)
    ordinary = "x" * len(shown)
    expected = render(hostile_report(ordinary), "text").replace(ordinary, shown)
    assert render(hostile_report(name), "text") == expected


def test_text_exact() -> None:
    name = "[/x] [bold red]x[/bold red] \x1b[31mred\x1b[0m"
    assert render(small_report(name), "text") == (
        "       [/x] [bold red]x[/bold red] \\x1b[31mred\\x1b[0m       \n"
        "                                                            \n"
        "  Team                                                  GD  \n"
        " ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ \n"
        "  [/x] [bold red]x[/bold red] \\x1b[31mred\\x1b[0m [1]   +17  \n"
        "                                                            \n"
        "  Total                                                 −6  \n"
        "                                                            \n"
        "[1] [/x] [bold red]x[/bold red] \\x1b[31mred\\x1b[0m: a note\n"
    )


# ---- csv


def csv_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+1 club", "'+1 club"),
        ("-2 club", "'-2 club"),
        ("-", "'-"),
        ("  =indented", "'  =indented"),
        ("\tTab first", "'\tTab first"),
        ("\nNewline first", "'\nNewline first"),
        ("\rcr first", "\\x0dcr first"),  # shown as text, it starts no formula (nor a row)
        ("a\rb", "a\\x0db"),  # the csv module would leave a bare CR unquoted: a row break in a spreadsheet
        ("line\nbreak", "line\nbreak"),  # quoted by the csv module
        ('say "x", y', 'say "x", y'),
        # figures and ordinary names stay as they are
        ("+17", "+17"),
        ("\u22126", "\u22126"),
        ("-3", "-3"),
        ("48.97", "48.97"),
        ("-0.5", "-0.5"),
        ("12.5%", "12.5%"),
        ("0", "0"),
        ("Brighton & Hove Albion", "Brighton & Hove Albion"),
        ("1. FC Köln", "1. FC Köln"),
        (-3, "-3"),
        (48.97, "48.97"),
        (None, ""),
    ],
)
def test_csv_cell(value: str | int | float | None, expected: str) -> None:
    report = Report("t", (Column("v", "V"),), ({"v": value},))
    assert csv_cells(render(report, "csv")) == [["v"], [expected]]


@pytest.mark.parametrize("name", HOSTILE)
def test_csv_starts_no_formula_and_keeps_the_figures(name: str) -> None:
    header, *rows = csv_cells(render(hostile_report(name), "csv"))
    assert len(rows) == 4 and all(len(row) == len(header) for row in rows)
    for row in rows:
        for cell in row:
            assert FIGURE.fullmatch(cell) or not FORMULA.match(cell), cell
    figures = [dict(zip(header, row, strict=True)) for row in (rows[0], rows[1], rows[3])]
    assert all({key: row[key] for key in FIGURES} == FIGURES for row in figures)


def test_csv_exact() -> None:
    assert render(small_report("=cmd|' /C calc'!A0"), "csv") == "club,gd\n'=cmd|' /C calc'!A0,+17\nTotal,−6\n"


# ---- wiki

NOWIKI = re.compile(r"<nowiki>(.*?)</nowiki>")
EFN = re.compile(r"\{\{efn\|name=n\d+(?:\|([^|{}=]*))?\}\}")
WIKI_ATTRIBUTES = re.compile(r'style="text-align: left"|colspan="(\d+)"|data-sort-type="number"')
WIKI_MARKUP = re.compile(r"\{\{|\}\}|\[\[|\]\]|[<>]|~~~|__|&#?\w+;")
WIKI_LINES = ('{| class="wikitable', "|+ ", "|-", "! ", "| ", "|}", "{{notelist}}")


def wiki_rows(text: str, width: int) -> tuple[list[str], list[list[str]], list[str]]:
    """Wikitext parsed back the way MediaWiki splits a table: the caption, the text of each cell of
    the heading and data rows (``<nowiki>`` content unescaped) and the footnotes. Asserts that every
    line is one of the table's own, that each row has ``width`` cells (counting colspans), and that
    outside ``<nowiki>`` there is no markup but the renderer's own."""
    hidden: list[str] = []

    def hide(match: re.Match[str]) -> str:
        hidden.append(html.unescape(match.group(1)))
        return f"\x00{len(hidden) - 1}\x00"

    def show(part: str) -> str:
        return re.sub(r"\x00(\d+)\x00", lambda m: hidden[int(m.group(1))], part).strip()

    captions: list[str] = []
    rows: list[list[str]] = []
    notes: list[str] = []
    for line in text.splitlines():
        assert line.startswith(WIKI_LINES), line
        bare = NOWIKI.sub(hide, line)
        assert "nowiki>" not in bare, line  # each <nowiki> is closed by its own tag
        notes += [show(note) for note in EFN.findall(bare) if note]
        bare = EFN.sub("", bare)
        if line.startswith(("{|", "|}", "{{notelist}}", "|-")):
            continue
        assert not WIKI_MARKUP.search(bare), line
        if line.startswith("|+ "):
            assert "|" not in bare[3:] and "!!" not in bare[3:]
            captions.append(show(bare[3:]))
            continue
        cells = re.split(r"!!|\|\|", bare[2:]) if line.startswith("! ") else bare[2:].split("||")
        span = 0
        row = []
        for cell in cells:
            attributes, _, content = cell.rpartition("|")
            assert "|" not in attributes
            found = WIKI_ATTRIBUTES.fullmatch(attributes.strip()) if attributes else None
            assert not attributes or found, cell
            span += int(found.group(1)) if found and found.group(1) else 1
            # bold and italics only as the renderer's own marks around a whole cell
            quoted = re.fullmatch(r"('{2,5})(.*)\1", content.strip())
            inner = quoted.group(2) if quoted else content
            assert "''" not in inner, cell
            row.append(show(inner))
        assert span == width, line
        rows.append(row)
    return captions, rows, notes


@pytest.mark.parametrize("name", HOSTILE)
def test_wiki_keeps_the_table_and_shows_the_name_as_written(name: str) -> None:
    report = hostile_report(name)
    captions, (heading, first, plain_row, gap, total), notes = wiki_rows(render(report, "wiki"), 6)
    shown = inline(name).strip()  # as the cells show it: MediaWiki trims them
    assert captions == [shown]
    assert heading[1] == shown
    assert first[:2] == [shown, shown] and plain_row[1] == f"{shown}:7" and gap[2] == shown
    assert total[0] == shown
    assert first[2:] == total[2:] == list(FIGURES.values())
    assert notes == [f"{shown}: 2 points deducted"]


@pytest.mark.parametrize("name", HOSTILE)
def test_wiki_marks_a_note_no_row_carries_on_the_caption(name: str) -> None:
    # a note on the whole table (no row's mark refers to it) was left out of the wikitext: {{notelist}}
    # listed nothing. It is marked on the caption, escaped as every note is
    report = hostile_report(name)
    report = Report(
        report.title, report.columns, report.rows, report.footer, (*report.notes, f"{name}: no shoot-outs"), name
    )
    text = render(report, "wiki")
    captions, _, notes = wiki_rows(text, 6)
    shown = inline(name).strip()
    assert captions == [shown]
    # in the order MediaWiki letters them: the caption's first
    assert notes == [f"{shown}: no shoot-outs", f"{shown}: 2 points deducted"]
    assert text.splitlines()[1].endswith("}}") and "{{efn|name=n2|" in text.splitlines()[1]
    assert text.endswith("|}\n{{notelist}}\n")


def test_wiki_note_of_a_table_without_caption() -> None:
    report = Report("", (Column("club", "Team"),), ({"club": "A"},), notes=("whole table",))
    assert render(report, "wiki").splitlines()[:2] == [
        '{| class="wikitable sortable" style="text-align: center"',
        "|+ {{efn|name=n1|whole table}}",
    ]


def test_wiki_apostrophes_next_to_bold_marks_and_equals_in_footnotes() -> None:
    report = Report(
        "t",
        (Column("club", "Team"), Column("g", "G", "right", numeric=True)),
        rows=({"club": "Players'", "g": 1, "_note": "1"},),
        footer=({"club": "Players'", "g": 1},),
        notes=("a = b",),
    )
    lines = render(report, "wiki").splitlines()
    # in a plain cell an apostrophe is text; beside the footer's bold marks it would join them
    assert lines[5] == '| style="text-align: left" | Players\'{{efn|name=n1|<nowiki>a = b</nowiki>}} || 1'
    assert lines[7] == "| style=\"text-align: left\" | '''<nowiki>Players'</nowiki>''' || '''1'''"


def test_wiki_exact() -> None:
    name = "a || b {{Delete}} [[X]] </nowiki> & ~~~~\nx"
    assert render(small_report(name), "wiki") == (
        '{| class="wikitable sortable" style="text-align: center"\n'
        "|+ <nowiki>a || b {{Delete}} [[X]] &lt;/nowiki&gt; &amp; ~~~~ x</nowiki>\n"
        "|-\n"
        '! Team !! data-sort-type="number" | GD\n'
        "|-\n"
        '| style="text-align: left" | <nowiki>a || b {{Delete}} [[X]] &lt;/nowiki&gt; &amp; ~~~~ x</nowiki>'
        "{{efn|name=n1|<nowiki>a || b {{Delete}} [[X]] &lt;/nowiki&gt; &amp; ~~~~ x: a note</nowiki>}} || +17\n"
        '|- class="sortbottom"\n'
        "| style=\"text-align: left\" | '''Total''' || '''−6'''\n"
        "|}\n"
        "{{notelist}}\n"
    )


# ---- md


def md_cells(line: str) -> list[str]:
    """A GFM table row split as GitHub splits it: at each ``|`` not escaped by a backslash."""
    cells = [""]
    chars = iter(line)
    for char in chars:
        if char == "\\":
            cells[-1] += char + next(chars, "")
        elif char == "|":
            cells.append("")
        else:
            cells[-1] += char
    assert cells[0] == cells[-1] == "", line
    return [cell.strip() for cell in cells[1:-1]]


def md_text(escaped: str) -> str:
    """What Markdown shows for escaped text; asserts that nothing in it is markup."""
    bare = re.sub(r"\\.", "", escaped)
    assert not re.search(r"[\\|`*\[\]~<>]|(?<![^\W_])_|_(?![^\W_])|^#", bare), escaped
    assert set(re.findall(r"&#?\w+;", bare)) <= {"&amp;", "&lt;", "&gt;"}, escaped
    return html.unescape(re.sub(r"\\(.)", r"\1", escaped)).strip()


@pytest.mark.parametrize("name", HOSTILE)
def test_md_keeps_the_table_and_shows_the_name_as_written(name: str) -> None:
    lines = render(hostile_report(name), "md").splitlines()
    title, blank, heading, _align, first, plain_row, gap, total, blank2, note = lines
    assert blank == blank2 == "" and "<" not in "".join(lines)
    rows = [md_cells(line) for line in (heading, first, plain_row, gap, total)]
    assert all(len(row) == 6 for row in rows)
    shown = inline(name).strip()  # as the cells show it: Markdown trims them
    assert title.startswith("**") and title.endswith("**") and md_text(title[2:-2]) == shown
    assert md_text(rows[0][1]) == shown
    assert rows[1][0].endswith(" [1]") and md_text(rows[1][0][:-4]) == md_text(rows[1][1]) == shown
    assert md_text(rows[2][1]) == f"{shown}:7" and md_text(rows[3][2]) == shown
    assert rows[4][0].startswith("**") and md_text(rows[4][0][2:-2]) == shown
    assert rows[1][2:] == rows[2][2:] == list(FIGURES.values())
    assert note.startswith("[1] ") and note.endswith("  ") and md_text(note[4:-2]) == f"{shown}: 2 points deducted"


def test_md_exact() -> None:
    name = "<script>alert(1)</script> | **b** _i_ `c` [l](x) a\\|b &amp; 2024-25_dk1"
    escaped = (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\[l\\](x) "
        "a\\\\\\|b &amp;amp; 2024-25_dk1"
    )
    assert render(small_report(name), "md") == (
        f"**{escaped}**\n\n| Team | GD |\n| :--- | ---: |\n| {escaped} [1] | +17 |\n| **Total** | **−6** |\n\n"
        f"[1] {escaped}: a note  \n"
    )


# ---- html


class Elements(HTMLParser):
    """The tags of an HTML fragment and the text of each element that holds text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1] in ("caption", "th", "td", "li"):
            self.texts.append((self.tags[-1], data))


@pytest.mark.parametrize("name", HOSTILE)
def test_html_has_only_its_own_tags_and_shows_the_name_as_written(name: str) -> None:
    parser = Elements()
    parser.feed(render(hostile_report(name), "html"))
    assert set(parser.tags) <= {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "sup", "a", "ol", "li"}
    shown = plain(name)
    texts = parser.texts
    assert ("caption", shown) in texts and ("th", shown) in texts and ("td", f"{shown}:7") in texts
    assert ("li", f"{shown}: 2 points deducted") in texts


def test_html_exact() -> None:
    out = render(small_report("<script>alert('x')</script> & \x1b"), "html")
    assert out.splitlines()[1] == "<caption>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; \\x1b</caption>"
    assert (
        out.splitlines()[-2]
        == '<li id="note-1">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; \\x1b: a note</li>'
    )


# ---- json


@pytest.mark.parametrize("name", HOSTILE)
def test_json_keeps_the_data_exact(name: str) -> None:
    report = hostile_report(name)
    payload = json.loads(render(report, "json"))
    assert payload["title"] == name and payload["rows"][0]["club"] == name and payload["notes"] == list(report.notes)


def test_json_exact() -> None:
    out = render(Report("\x1b[31m \x9b \x7f \u2212 é", (Column("v", "V"),), ()), "json")
    assert out.splitlines()[1] == '  "title": "\\u001b[31m \\u009b \\u007f − é",'


# ---- the command line, from a data file to every format

SEASON = """\
= DK 1 2023/24

# Date       Sat Jul/22 2023 - Sat Jul/29 2023 (8d)
# Teams      8
# Matches    4

Matchday 1
[Sat Jul/22]
  17.00  =cmd|' /C calc'!A0        2-1 (1-0)  {{Delete}} [/x] FC
[Sat Jul/29]
  17.00  <script>x</script>        0-0  a||b
  18.00  [bold red]x[/bold red]  1-1  @SUM(1+1)
  19.00  +1 club  3-0  '''bold'''
"""
# names as the store keeps them; the import refuses some hostile names, so these differ from the ones
# above: the away club of the first match cannot open with "[/x]" (the reader takes a bracket there
# for a marker such as [awarded]) and a name with a control character (ESC) is rejected as unreadable
CLUBS = (
    "=cmd|' /C calc'!A0",
    "{{Delete}} [/x] FC",
    "<script>x</script>",
    "a||b",
    "[bold red]x[/bold red]",
    "@SUM(1+1)",
    "+1 club",
    "'''bold'''",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchline", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "data" / "2023-24").mkdir(parents=True)
    (folder / "data" / "2023-24" / "dk.1.txt").write_text(SEASON, encoding="utf-8")
    db = str(folder / "hostile.sqlite")
    result = run("import", str(folder / "data"), "--db", db)
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", [("table", "dk.1", "2023-24"), ("matches",)], ids=["table", "matches"])
def test_cli_prints_hostile_names_safely(hostile_db: str, command: tuple[str, ...], fmt: str) -> None:
    result = run(*command, "--db", hostile_db, "--format", fmt)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert not CONTROL.search(out)
    if fmt == "text":
        assert all(inline(club) in out for club in CLUBS)
    elif fmt == "csv":
        cells = {cell for row in csv_cells(out) for cell in row}
        assert not any(FORMULA.match(cell) for cell in cells if not FIGURE.fullmatch(cell))
        assert {"'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1 club", "a||b"} <= cells
    elif fmt == "wiki":
        width = len(out.splitlines()[3].split("!!"))
        _, rows, _ = wiki_rows(out, width)
        assert {inline(club) for club in CLUBS} <= {cell for row in rows for cell in row}
    elif fmt == "md":
        lines = [line for line in out.splitlines() if line.startswith("|")]
        width = len(md_cells(lines[0]))
        assert all(len(md_cells(line)) == width for line in lines) and "<" not in out
        assert {inline(club) for club in CLUBS} <= {md_text(cell) for line in lines[2:] for cell in md_cells(line)}
    elif fmt == "html":
        parser = Elements()
        parser.feed(out)
        assert set(parser.tags) <= {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}
        assert {plain(club) for club in CLUBS} <= {text for tag, text in parser.texts if tag == "td"}
    else:
        payload = json.loads(out)
        if command[0] == "table":
            names = {row["club"] for row in payload["rows"]}
        else:
            names = {match[side]["name"] for match in payload["matches"] for side in ("home", "away")}
        assert names == set(CLUBS)
