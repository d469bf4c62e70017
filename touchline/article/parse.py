"""Reading a biography into an :class:`Article` (floor 2: pure but for :func:`read_article`, which
only opens the file).

:func:`parse_article` tells wikitext from a plain rendering, lets the matching reader lay the article
out, then finds the managerial statistics table (the table with Team, From and To columns, preferably
under a "Managerial statistics" heading), the honours lists (as player and as manager, by club) and
the prose sentences with the headings they stand under. Bad input is one :class:`ParseError` naming
the file and line: no managerial table, a table of another shape, a date that is none.
"""

from __future__ import annotations

import re
from pathlib import Path

from touchline.article import plaintext, wikitext
from touchline.article.document import Article, Career, Format, Honour, RecordTable, Section, Sentence
from touchline.article.layout import Layout, RawTable, name_in_lead
from touchline.article.tables import header_columns, plain_header_columns, shape
from touchline.errors import ParseError

# headings under which a managerial statistics table stands
_TABLE_HEADING = re.compile(r"manag|coach|statistic|record|career", re.I)
_HONOURS = re.compile(r"^(honou?rs|titles|achievements)", re.I)
# sections whose lines are not prose about the career
_NOT_PROSE = re.compile(
    r"^(honou?rs|titles|references|notes|footnotes|external links|see also|further reading|sources|bibliography)",
    re.I,
)
_WIKITEXT = re.compile(r"^\{\||\{\{\s*infobox|\[\[[^\]]+\]\]|'''|<ref", re.I | re.M)
# sentence ends: a full stop, question or exclamation mark before a capital, a quote or a digit
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")
# a full stop after an ordinal ("1. FC Köln", "1. FSV Mainz 05") or an initial ("Yokohama F. Marinos",
# "U.S. Lecce", "F.C. Porto", "J. Smith"): part of a name, not a sentence's end
_NO_END = re.compile(r"(?:^|[\s(\"“‘])(?:\d{1,2}\.|(?:[A-Z]\.)+)$")
_ABBREVIATIONS = ("St.", "Mr.", "Dr.", "Jr.", "Sr.", "No.", "vs.", "v.", "c.", "U.S.", "Ltd.", "Co.")


def detect(text: str) -> Format:
    """Wikitext when the text holds wiki markup (a ``{|`` table, an infobox, links, bold), else text."""
    return Format.WIKITEXT if _WIKITEXT.search(text) else Format.TEXT


def read_article(path: str | Path) -> Article:
    """Read and parse a biography file (UTF-8); ParseError when it cannot be read."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror}", file=str(path), whole_file=True) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ParseError("not UTF-8 text; re-save the file as UTF-8", file=str(path), line=line) from None
    return parse_article(text, str(path))


def _abbreviated(text: str) -> bool:
    """Whether the text ends with an abbreviation as a word of its own ("St.", not "Kyiv." for "v.")."""
    word = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    return word.lstrip('("“‘') in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences (a full stop after an abbreviation such as ``St.`` ends none)."""
    parts = _SENTENCE_END.split(text)
    out: list[str] = []
    for part in parts:
        if out and (_abbreviated(out[-1]) or _NO_END.search(out[-1])):
            # "St. Pauli", "the 2. Bundesliga", "Yokohama F. Marinos", "F.C. Porto": a full stop that ends no sentence
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def _columns(table: RawTable) -> set[str]:
    columns, _ = plain_header_columns(table.rows) if table.plain else header_columns(table.rows)
    return {c for c in columns if c}


def _heading_before(layout: Layout, line: int) -> tuple[str, int] | None:
    before = [(title, at) for title, _, at in layout.headings if at < line]
    return before[-1] if before else None


def _record_table(layout: Layout, file: str) -> tuple[RecordTable, int | None]:
    """The managerial statistics table, or a ParseError: none, or one of another shape."""
    fitting = [t for t in layout.tables if {"team", "from", "to"} <= _columns(t)]
    under = [t for t in fitting if (h := _heading_before(layout, t.line)) and _TABLE_HEADING.search(h[0])]
    found = under or fitting
    chosen = found[0] if found else None
    if chosen is None:
        headed = [
            t for t in layout.tables if (h := _heading_before(layout, t.line)) and re.search(r"manag|coach", h[0], re.I)
        ]
        if headed:
            chosen = headed[0]  # shape() names what is wrong with it
        else:
            at = next((n for title, _, n in layout.headings if re.search(r"manag\w* (stat|rec)", title, re.I)), None)
            raise ParseError(
                "no managerial statistics table (expected a table with Team, From and To columns"
                + (" under this heading)" if at else ")"),
                file=file,
                line=at,
                whole_file=at is None,
            )
    table = shape(
        chosen.rows, file=file, line=chosen.line, caption=chosen.caption, plain=chosen.plain, end_line=chosen.end_line
    )
    heading = _heading_before(layout, chosen.line)
    return table, heading[1] if heading else None


def _sections(layout: Layout) -> list[Section]:
    return [Section(title, level, line) for title, level, line in layout.headings if level > 1]


def _path(sections: list[Section], line: int) -> tuple[str, ...]:
    """The headings a line stands under, outermost first."""
    stack: list[Section] = []
    for section in sections:
        if section.line > line:
            break
        while stack and stack[-1].level >= section.level:
            stack.pop()
        stack.append(section)
    return tuple(s.title for s in stack)


def _honours(layout: Layout, sections: list[Section]) -> list[Honour]:
    out: list[Honour] = []
    labels = {line: text for line, text in layout.labels}
    # in a plain rendering the club names heading the lists are lines of their own
    labels.update({line: text for line, text in layout.prose if _in_honours(sections, line)})
    entries = sorted(
        [(line, "item", text) for line, text in layout.items] + [(n, "label", t) for n, t in labels.items()]
    )
    club: str | None = None
    last_section: tuple[str, ...] = ()
    for line, kind, text in entries:
        path = _path(sections, line)
        if not path or not any(_HONOURS.match(p) for p in path):
            continue
        if path != last_section:
            club, last_section = None, path
        inner = path[-1].casefold()
        if any(word in inner for word in ("individual", "orders", "special", "notes")):
            continue
        career = Career.MANAGER if re.search(r"manag|coach", inner) else Career.PLAYER
        if kind == "label":
            club = text.strip(" :;'")
        else:
            out.append(Honour(line, career, club, text))
    return out


def _in_honours(sections: list[Section], line: int) -> bool:
    return any(_HONOURS.match(p) for p in _path(sections, line))


def parse_article(text: str, file: str = "<article>") -> Article:
    """An article from its text: wikitext or a plain rendering (see :func:`detect`)."""
    kind = detect(text)
    layout = wikitext.read_layout(text) if kind is Format.WIKITEXT else plaintext.read_layout(text)
    if not text.strip():
        raise ParseError("the file is empty", file=file, whole_file=True)
    table, heading_line = _record_table(layout, file)
    sections = _sections(layout)
    sentences = []
    for line, paragraph in layout.prose:
        path = _path(sections, line)
        if any(_NOT_PROSE.match(p) for p in path):
            continue
        sentences += [Sentence(line, s, path) for s in split_sentences(paragraph)]
    # no "= Title =" line: the infobox's title line, else the name the lead opens with; a heading
    # ("Managerial career") is no name
    title = layout.title or layout.name_line or name_in_lead(layout.prose) or Path(file).stem
    unread = []
    if not layout.infobox_spells:
        unread.append("the infobox lists no clubs with years (playing career not read)")
    return Article(
        file=file,
        format=kind,
        title=title.strip(),
        infobox=layout.infobox,
        infobox_spells=tuple(layout.infobox_spells),
        table=table,
        honours=tuple(_honours(layout, sections)),
        sentences=tuple(sentences),
        sections=tuple(sections),
        birth_date=layout.birth_date,
        unread=tuple(unread),
        table_heading_line=heading_line,
    )
