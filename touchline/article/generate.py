"""``touchline article NAME``: the data-backed parts of a biography (article package, floor 5: like
``views/``), in wikitext, Markdown or HTML.

- an infobox: the person's facts from the people file, managerial clubs with years, the current post;
- "Managerial statistics": touchline's record table (:func:`touchline.views.manager.manager_report`,
  rendered by :mod:`touchline.render`, which escapes every name) with its total, footnotes on coverage
  and the counting conventions, and a citation naming the data sources behind each spell;
- "Honours": as player and as manager, by club, from :func:`touchline.article.hooks.ties_and_honours`
  (derived from the match data, or hand-entered: marked † with the source in a note), rendered by
  :mod:`touchline.render.outline`;
- one paragraph per spell, from data only: the dates, the games and results, the league position on
  arrival, at each season's end and on leaving, then the cup finals and the tie that decided each
  European campaign (from the hook). The sentences are claims ``touchline audit`` can check, so the
  generated article audits as agreeing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from functools import cache

from touchline.api.honours import club_honours
from touchline.api.managers import ManagerRecord, SpellRecord, manager_record
from touchline.api.tables import Standing, ordinal
from touchline.article.dates import long_date
from touchline.article.document import RECORD_KEYS, Career, sentence_case, short_name
from touchline.article.hooks import HonourEntry, ties_and_honours
from touchline.compute.coverage import Coverage
from touchline.compute.honours import Honour, Place, season_text
from touchline.errors import ConfigError, NotFoundError
from touchline.model import Role
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry, english_nation, is_national
from touchline.reference.rules import rules_for
from touchline.render import Cell, Column, Report, inline, render
from touchline.render.outline import Group, Outline, Section, render_outline
from touchline.store import people as stored
from touchline.store.base import Store
from touchline.views.manager import manager_report

FORMATS = ("wiki", "md", "html")
CONVENTIONS = (
    "Counting conventions: a match decided by a penalty shoot-out counts as a draw, its goals those after "
    "extra time; an awarded match counts with its awarded score; a match on a spell's last day is the "
    "successor's when his spell starts that day."
)
_WIKI_MARKUP = re.compile(r"[|{}\[\]<>=]|''|~~~|__|&#?\w+;")


# what wikitext reads as markup at the start of a line: lists, definitions, headings, a table, a rule,
# preformatted text (a leading space)
_WIKI_LINE_START = re.compile(r"^(?:[*#:;= ]|\{\||----)")
# what Markdown reads as markup at the start of a line: list items ("1.", "2)", "-", "+", "*"), headings,
# block quotes, setext underlines
_MD_LINE_START = re.compile(r"^(?:(\d+)([.)])|([-+*#>=]))")


def wiki_text(text: str) -> str:
    """Data text as wikitext that cannot turn into markup (``<nowiki>`` around anything that would),
    even at the start of a line (a leading ``*``, ``#``, ``:``, ``;``, ``=``, ``{|`` or ``----`` is
    written as a character reference: ``Bo *Star`` never opens a list)."""
    text = inline(text)
    wrapped = bool(_WIKI_MARKUP.search(text))
    if wrapped:
        text = html.escape(text, quote=False)
    if _WIKI_LINE_START.match(text):
        text = f"&#{ord(text[0])};{text[1:]}"
    return f"<nowiki>{text}</nowiki>" if wrapped else text


def md_text(text: str) -> str:
    """Data text as Markdown that renders as written, even at the start of a line (``1.`` is no list
    item, ``-`` no bullet, ``>`` no quote)."""
    text = inline(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]#|~])", r"\\\1", text)
    found = _MD_LINE_START.match(text)
    if found and found.group(1):
        return f"{found.group(1)}\\{found.group(2)}{text[found.end() :]}"
    if found:
        return "\\" + text
    return text


_REMARK = re.compile(r"\s*\([^()]*\)$")


def _label(item: SpellRecord) -> str:
    return item.spell.label or item.team_name


def _named(item: SpellRecord, written: str | None) -> SpellRecord:
    """The spell labelled as its file names the team (``Rangers``, not the store's ``Rangers FC``) where
    the file gave no label of its own (the stored label is then the club's name); a team written as the
    club's id keeps the club's name."""
    spell = item.spell
    if not written or (spell.label and spell.label != item.team_name) or written == spell.team:
        return item
    if is_national(spell.team, item.team_name):
        return item
    return dataclasses.replace(item, spell=dataclasses.replace(spell, label=written))


# where English calls the man in charge the "manager" (Britain and Ireland), by the club's country or the
# national team's English name; elsewhere he is the "head coach" (Wikipedia's usage, MOS:FOOTBALL)
MANAGER_COUNTRIES = frozenset({"eng", "sco", "wal", "nir", "irl"})
MANAGER_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Republic of Ireland"})


def role_title(item: SpellRecord) -> str:
    """ "manager" at a British or Irish club or national team, "head coach" elsewhere; "caretaker
    manager" for a caretaker."""
    if item.spell.role is Role.CARETAKER:
        return "caretaker manager"
    spell = item.spell
    if is_national(spell.team, item.team_name):
        british = (english_nation(_label(item)) or english_nation(item.team_name)) in MANAGER_NATIONS
    else:
        british = spell.team.split("-", 1)[0] in MANAGER_COUNTRIES
    return "manager" if british else "head coach"


_WIKIPEDIA = re.compile(r"^https?://en\.wikipedia\.org/wiki/([^\s;#?]+)$")


@cache
def _registry() -> ClubRegistry:
    return ClubRegistry.default()


def club_article(item: SpellRecord) -> str:
    """The article a spell's club links to: a national team's ("England national football team"), the
    article the registry cites as the club's source, else the club's name in the store. The same club
    links to the same article whatever a spell's label calls it."""
    spell = item.spell
    if is_national(spell.team, item.team_name):
        nation = english_nation(_label(item)) or english_nation(item.team_name) or _REMARK.sub("", _label(item))
        return f"{nation} national football team"
    try:
        source = _registry().get(spell.team).source or ""
    except NotFoundError:  # a club the registry does not review
        source = ""
    found = _WIKIPEDIA.match(source.strip())
    if found:
        return urllib.parse.unquote(found.group(1)).replace("_", " ")
    return club_title(spell.team, item.team_name)


# the encyclopedia titles a British or Northern Irish club's article with its name and "F.C." (its
# naming convention for football clubs: "Everton F.C.", "Wigan Athletic F.C.", "Celtic F.C.", "Leeds
# United F.C."), "A.F.C." where the club's name has it ("Swansea City A.F.C."); a name that begins with
# "AFC" keeps it ("AFC Wimbledon"). The registry's cited article, where it gives one, wins.
_FC_COUNTRIES = frozenset({"eng", "sco", "wal", "nir"})
_FC_SUFFIX = re.compile(r"\s+(A?)F\.?C\.?$")


def club_title(team: str, name: str) -> str:
    """The article a club's name links to where the registry cites none: a British club's ``<name>
    F.C.`` (:data:`_FC_COUNTRIES`), else the name."""
    if team.split("-", 1)[0] not in _FC_COUNTRIES or re.match(r"A?FC\b", name):
        return name
    found = _FC_SUFFIX.search(name)
    if found:
        return f"{name[: found.start()]} {'A.' if found.group(1) else ''}F.C."
    return f"{name} F.C."


def _years(item: SpellRecord) -> str:
    spell = item.spell
    first = spell.start.year if spell.start else spell.start_year
    last = spell.end.year if spell.end else spell.end_year if spell.end_year else None
    if _ongoing(item):
        return f"{first}–"
    return f"{first}" if first == last else f"{first}–{last}"


def _span(item: SpellRecord) -> str:
    spell = item.spell
    start = long_date(spell.start) if spell.start else str(spell.start_year)
    if _ongoing(item):
        return f"since {start}"
    end = long_date(spell.end) if spell.end else str(spell.end_year)
    if end == start:
        # a spell of one day (a stand-in for one match) is "on" it; one of one year is "in" it
        return f"on {start}" if spell.start else f"in {start}"
    return f"from {start} to {end}"


def _ongoing(item: SpellRecord) -> bool:
    """Whether the spell goes on (neither an end date nor an end year)."""
    return item.spell.end is None and item.spell.end_year is None


# When English writes a league's name with "the", as a property of the name itself (the usage of the
# encyclopedia's football articles: "promoted to League One", "in Major League Soccer", "won Serie A",
# but "the Premier League", "the Bundesliga", "the Football League Championship"):
# - a name that carries an article or a word of its own language takes none ("La Liga", "Serie A",
#   "Ligue 1", "Liga MX");
# - a name ending in its tier's designator, a number or a letter, is a proper name and takes none
#   ("League One", "Football League Two", "Ligue 1", "Serie B", "Liga 1");
# - a name ending in the sport's own name is an organisation's and takes none ("Major League Soccer");
# - every other name, a common noun at its end ("League", "Division", "Championship", "Bundesliga"),
#   takes "the".
_NO_ARTICLE = re.compile(
    r"^(?:Serie|La|Le|El|Ligue|Liga|LaLiga)\b"
    r"|\b(?:One|Two|Three|Four|Five|Six|[0-9]+|[A-Z])$"
    r"|\b(?:Soccer|Football)$"
)


def league_name(name: str) -> str:
    """A league's name as a sentence gives it: "the Premier League", "League One", "Serie A"."""
    return name if _NO_ARTICLE.search(name) else f"the {name}"


def _standing(standing: Standing) -> str:
    """The league as a sentence names it: "the Premier League", "Serie A", "La Liga"."""
    return league_name(catalog.name_in(standing.competition, standing.season))


def _matches(count: int) -> str:
    return f"{count} match" if count == 1 else f"{count} matches"


def _ruled(standing: Standing, team: str) -> str:
    """What a ruling did to the club's season, as a clause after its place: its points deducted (with
    the reason), or its title revoked (Juventus: 2004-05's revoked, 2005-06 placed last)."""
    rules = rules_for(standing.competition, standing.season)
    parts = [
        f"after a deduction of {d.points} points ({d.reason})"
        for d in rules.deductions
        if d.applies_to(team) and (d.stage is None or d.stage == standing.stage)
    ]
    if rules.decision is not None and rules.decision.revoked and standing.position == 1:
        parts.append("a title later revoked")
    return "".join(f", {part}" for part in parts)


def spell_sentences(
    item: SpellRecord,
    name: str,
    other_names: Sequence[str] = (),
    titles: Sequence[Honour] = (),
    nationality: str | None = None,
) -> list[str]:
    """The facts of one spell as sentences, each one the data holds (the person called by
    :func:`~touchline.article.document.short_name`: "Van Nistelrooy was head coach ...")."""
    surname = sentence_case(short_name(name, other_names, nationality))
    role = role_title(item)
    # a label's remark in brackets ("Chelsea (interim)", "Esbjerg fB (caretaker)") is the table's, not prose
    team = _REMARK.sub("", _label(item))
    verb = "has been" if _ongoing(item) else "was"
    out = [f"{surname} {verb} {role} of {team} {_span(item)}."]
    if item.coverage is Coverage.NONE:
        out.append("touchline holds no match of this spell.")
        return out
    rec = item.record
    partial = " that touchline holds" if item.coverage is Coverage.PARTIAL else ""
    out.append(
        f"In charge for {_matches(rec.played)}{partial}, his team won {rec.won}, drew {rec.drawn} and lost {rec.lost}, "
        f"scoring {rec.goals_for} goal{'' if rec.goals_for == 1 else 's'} and conceding {rec.goals_against}."
    )
    places = item.positions
    if places is not None:
        if places.arrival is not None:
            out.append(
                f"He took over {team} in {ordinal(places.arrival.position)} place in {_standing(places.arrival)}."
            )
        for n, standing in enumerate(places.season_ends):
            won = _won_tournament(standing, item, titles)
            playoffs = _beyond_table(standing, item) if won else 0
            out.append(_season_end(n, standing, _ruled(standing, item.team_name), won, playoffs))
    return out


# Argentina's and Mexico's short tournaments, each played within one half-year: named by its year
# ("Apertura 1996", "Invierno 2001", as Wikipedia titles them), not by the season it belongs to; the
# opening one (Apertura, Inicial, Mexico's Invierno of 1996-2002) is the season's first half-year, the
# closing one (Clausura, Final, Verano) its second
_HALF_YEAR = re.compile(r"^(?:Torneo\s+)?(Apertura|Clausura|Inicial|Final|Invierno|Verano)$", re.I)
_OPENING = ("apertura", "inicial", "invierno")


def _won_tournament(standing: Standing, item: SpellRecord, titles: Sequence[Honour]) -> bool:
    """Whether the club won, within the spell, the short tournament this table is the regular season of
    (by its table, as Argentina's, or by the play-offs after it, as Liga MX's liguilla, whatever the
    table's place)."""
    stage = _HALF_YEAR.match(standing.stage or "")
    if stage is None:
        return False
    return any(
        h.competition == standing.competition
        and h.season == standing.season
        and h.place is Place.WINNER
        and h.title.casefold().endswith(stage.group(1).casefold())
        and (h.date is None or item.start <= h.date <= item.end)
        for h in titles
    )


def _beyond_table(standing: Standing, item: SpellRecord) -> int:
    """How many matches the club played, within the spell, in a stage of the tournament's season named
    after it (Mexico's "Apertura - Liguilla", Costa Rica's "Invierno Playoffs", Argentina's decider
    "Apertura Finale" and triangular "Apertura Playoffs"): what settles a tournament's title beyond its
    table, as :func:`touchline.compute.titles.group_titles` reads it. A title the club won with none
    was its table's (Vélez Sarsfield's Clausura 1993)."""
    group = (standing.stage or "").casefold()
    if not group:
        return 0
    return sum(
        1
        for m in item.matches
        if m.competition == standing.competition
        and m.season == standing.season
        and m.stage is not None
        and m.stage.casefold() != group
        and m.stage.casefold().startswith(group)
    )


def _tournament_year(season: str, opening: bool) -> str:
    """The year a short tournament of ``season`` is named by: the season's first year for the opening
    one, its second for the closing one ("1992-93" -> Apertura 1992, Clausura 1993; "1999-00" ->
    Clausura 2000); a season of one year names both."""
    first, _, last = season.partition("-")
    if opening or not last or not first.isdigit():
        return first
    return str(int(first) + 1)


def _season_end(n: int, standing: Standing, why: str, won: bool = False, playoffs: int = 0) -> str:
    """The ``n``-th season end of a spell as a sentence, worded in turn so that a long spell's finishes do
    not read "In ... the club finished ..." over and over; each names one season and one place, so that
    ``touchline audit`` reads it back. A short tournament the club ``won`` is written as won: "in its
    play-offs" where the club played ``playoffs`` matches after the table in the stage that decided it
    ("in a play-off" for one: Estudiantes' decider of the Apertura 2006), else at the top of its table."""
    place = ordinal(standing.position)
    half = _HALF_YEAR.match(standing.stage or "")
    if half:
        # the opening tournament is the season's first half-year, the closing one its second
        year = _tournament_year(standing.season, half.group(1).lower() in _OPENING)
        when = f"the {half.group(1).capitalize()} {year}"
        stage = ""
    else:
        when = season_text(standing.season)
        stage = f" ({standing.stage})" if standing.stage else ""
    if won and playoffs:
        # a title the play-offs decided: the title first, the regular season's place after it
        how = "in a play-off" if playoffs == 1 else "in its play-offs"
        return f"They won {when} {how}, having finished {place}{stage}{why} in the regular season."
    if won and standing.position == 1:
        # a title its table decided: no play-offs to name
        return f"They won {when}, finishing {place}{stage}{why}."
    forms = (
        f"In {when} the club finished {place}{stage}{why}.",
        f"They finished {place}{stage} in {when}{why}.",
        f"In {when} they ended the season {place}{stage}{why}.",
        # "an 8th-place", "an 11th-place", "an 18th-place": as the ordinal is said
        f"{'An' if place.startswith(('8', '11', '18')) else 'A'} {place}-place finish{stage} followed in {when}{why}.",
    )
    return forms[0] if n == 0 else forms[1 + (n - 1) % 3]


@dataclasses.dataclass(frozen=True, slots=True)
class _Line:
    """A line of the infobox: its key and text; ``link`` for a club (a wikilink in wikitext, with
    ``suffix`` after it), ``wiki`` for a template written as it is in wikitext and left out elsewhere."""

    key: str
    text: str
    link: bool = False
    suffix: str = ""
    wiki: bool = False
    target: str | None = None  # the article a link goes to, where it is not the text's

    def as_wiki(self) -> str:
        """The value as wikitext, escaped."""
        if self.wiki:
            return self.text
        if self.link and self.target:
            return f"[[{wiki_text(self.target)}|{wiki_text(self.text)}]]{self.suffix}"
        if self.link:
            return f"[[{wiki_text(self.text)}]]{self.suffix}"
        return wiki_text(self.text)

    def as_text(self) -> str:
        """The value as plain text, for a renderer that escapes it (Markdown, HTML)."""
        return self.text + self.suffix


def _infobox(result: ManagerRecord) -> list[_Line]:
    """The lines of the infobox, escaped by each format as it writes them."""
    person = result.person
    lines = [_Line("name", person.name)]
    born, died = person.birth_date, person.death_date
    # as Wikipedia's infobox writes them: {{birth date and age}} for the living; for the dead {{birth
    # date}} and {{death date and age|death|birth}}
    if born and died is None:
        lines.append(_Line("birth_date", f"{{{{birth date and age|{_ymd(born)}|df=y}}}}", wiki=True))
    elif born:
        lines.append(_Line("birth_date", f"{{{{birth date|{_ymd(born)}|df=y}}}}", wiki=True))
    if person.birth_place:
        lines.append(_Line("birth_place", person.birth_place))
    if died and born:
        lines.append(_Line("death_date", f"{{{{death date and age|{_ymd(died)}|{_ymd(born)}|df=y}}}}", wiki=True))
    elif died:
        lines.append(_Line("death_date", f"{{{{death date|{_ymd(died)}|df=y}}}}", wiki=True))
    if person.death_place:
        lines.append(_Line("death_place", person.death_place))
    if person.position:
        lines.append(_Line("position", person.position))
    current = [s for s in result.spells if _ongoing(s)] if died is None else []
    if current:
        lines.append(_Line("currentclub", f"{current[-1].team_name} ({role_title(current[-1])})"))
    for number, item in enumerate(result.spells, 1):
        lines.append(_Line(f"manageryears{number}", _years(item)))
        # the label's remark ("Manchester United (interim)"), else a caretaker's
        remark = _REMARK.search(item.spell.label or "")
        suffix = (
            f" {remark.group(0).strip()}" if remark else " (caretaker)" if item.spell.role is Role.CARETAKER else ""
        )
        # the team as the person file names it ("New York Red Bulls"), linked to its club's article
        # (club_article: one club, one link, whatever the label); a national team to its team's article
        team = _REMARK.sub("", _label(item))
        target = club_article(item)
        lines.append(
            _Line(f"managerclubs{number}", team, link=True, suffix=suffix, target=None if target == team else target)
        )
    return lines


def _ymd(day: dt.date) -> str:
    return f"{day.year}|{day.month}|{day.day}"


def _no_span(row: Mapping[str, Cell]) -> dict[str, Cell]:
    """A row of figures with "–" in a record cell that has none (the win % of no games): the renderer
    would otherwise stretch the last figure over the empty cells, as it does a "no data" cell."""
    out = dict(row)
    if isinstance(out.get("g"), int):
        for key in RECORD_KEYS:
            if out.get(key) is None:
                out[key] = "–"
    return out


def _statistics(result: ManagerRecord) -> Report:
    """The record table with a footnote on conventions on its total."""
    report = manager_report(result)
    report = dataclasses.replace(
        report, rows=tuple(_no_span(r) for r in report.rows), footer=tuple(_no_span(r) for r in report.footer)
    )
    notes = [*report.notes, CONVENTIONS]
    total = dict(report.footer[0])
    marks = [m for m in str(total.get("_note") or "").split(",") if m]
    total["_note"] = ",".join([*marks, str(len(notes))])
    return dataclasses.replace(
        report, footer=(total,), notes=tuple(notes), caption="Managerial record by team and tenure"
    )


def _sources(result: ManagerRecord) -> list[str]:
    """The data sources behind each spell's matches."""
    out = []
    for item in result.spells:
        sources = sorted({m.source for m in item.matches if m.source})
        if sources:
            out.append(f"{_label(item)}: {', '.join(sources)}")
    return out


def _titles(store: Store, item: SpellRecord) -> list[Honour]:
    """The titles the data gives the spell's club (the short tournaments' play-off titles among them)."""
    if item.positions is None or not any(s.stage and _HALF_YEAR.match(s.stage) for s in item.positions.season_ends):
        return []
    return [c.honour for c in club_honours(store, item.spell.team).honours if c.honour.place is Place.WINNER]


def _club_names(spells: Sequence[SpellRecord]) -> dict[str, str]:
    """One name per club in one article: the store's name of each spell's club -> the name its person
    file gives it (the label without its remark: "Everton FC" -> "Everton"), where the two differ."""
    out: dict[str, str] = {}
    for item in spells:
        label = _REMARK.sub("", _label(item)).strip()
        if label and label != item.team_name and not is_national(item.spell.team, item.team_name):
            out.setdefault(item.team_name, label)
    return out


def _one_name(text: str, names: Mapping[str, str]) -> str:
    """The text with each club the article names by its label called so ("Everton FC lost to ..." ->
    "Everton lost to ...")."""
    for name, label in sorted(names.items(), key=lambda n: -len(n[0])):
        # the label as written (a backslash in it is no escape)
        text = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w])", label.replace("\\", "\\\\"), text)
    return text


def _noted(note: str, names: Mapping[str, str]) -> str:
    """A hand-entered season's note with its club ("† FC København, ...") named as the article names it;
    the source it quotes after the club stays as written."""
    club, comma, rest = note.partition(", ")
    return _one_name(club, names) + comma + rest


def article_text(store: Store, name: str, fmt: str = "wiki") -> str:
    """The generated biography parts of the manager ``name`` in ``fmt`` (wiki, md or html)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    with store.remembering():
        result = manager_record(store, name, positions=True)
        written = dict(stored.written_teams(store, result.person.id))
        result = dataclasses.replace(result, spells=tuple(_named(i, written.get(i.spell)) for i in result.spells))
        hook = ties_and_honours(store)
        names = _club_names(result.spells)
        entries = [
            dataclasses.replace(e, club=_one_name(e.club, names), notes=tuple(_noted(n, names) for n in e.notes))
            for e in hook.honours(result.person, result.spells) or ()
        ]
        honours = honours_outline(entries)
        paragraphs = [
            (
                _label(i),
                [
                    *spell_sentences(
                        i, result.person.name, result.person.other_names, _titles(store, i), result.person.nationality
                    ),
                    *(_one_name(s, names) for s in hook.spell_events(i)),
                ],
            )
            for i in result.spells
        ]
    if fmt == "wiki":
        return _wiki(result, paragraphs, honours)
    if fmt == "md":
        return _md(result, paragraphs, honours)
    return _html(result, paragraphs, honours)


def honours_outline(entries: Sequence[HonourEntry]) -> Outline:
    """The Honours section: Player, then Manager, each by club, with the notes on hand-entered seasons."""
    sections = []
    for career, title in ((Career.PLAYER, "Player"), (Career.MANAGER, "Manager")):
        groups: dict[str, list[str]] = {}
        for entry in entries:
            if entry.career is career:
                groups.setdefault(entry.club, []).append(entry.text)
        if groups:
            sections.append(Section(title, tuple(Group(club, tuple(lines)) for club, lines in groups.items())))
    notes = tuple(dict.fromkeys(note for entry in entries for note in entry.notes))
    return Outline("Honours", tuple(sections), notes)


def _wiki(result: ManagerRecord, paragraphs: Sequence[tuple[str, list[str]]], honours: Outline) -> str:
    out = ["{{Infobox football biography"]
    for line in _infobox(result):
        out.append(f"| {line.key} = {line.as_wiki()}")
    out.append("}}")
    verb = "was" if result.person.death_date else "is"
    out.append(f"'''{wiki_text(result.person.name)}''' {verb} a football manager.")
    out += ["", "==Managerial career=="]
    for label, sentences in paragraphs:
        out += [f"==={wiki_text(label)}===", " ".join(wiki_text(s) for s in sentences), ""]
    out += ["==Managerial statistics==", render(_statistics(result), "wiki").rstrip("\n")]
    sources = _sources(result)
    if sources:
        cited = "; ".join(wiki_text(s) for s in sources)
        out.append(
            "Figures computed by touchline from open match data."
            f'<ref name="touchline-sources">Match data: {cited}.</ref>'
        )
    out.append("")
    if honours.sections:
        out += [render_outline(honours, "wiki").rstrip("\n"), ""]
    out += ["==References==", "{{reflist}}", ""]
    return "\n".join(out)


def _md(result: ManagerRecord, paragraphs: Sequence[tuple[str, list[str]]], honours: Outline) -> str:
    box = Report(
        result.person.name,
        (Column("key", "Key"), Column("value", "Value")),
        tuple({"key": line.key, "value": line.as_text()} for line in _infobox(result) if not line.wiki),
    )
    out = [render(box, "md"), "## Managerial career", ""]
    for label, sentences in paragraphs:
        out += [f"### {md_text(label)}", "", " ".join(md_text(s) for s in sentences), ""]
    out += ["## Managerial statistics", "", render(_statistics(result), "md")]
    sources = _sources(result)
    if sources:
        out.append("Sources: " + "; ".join(md_text(s) for s in sources))
    out.append("")
    if honours.sections:
        out.append(render_outline(honours, "md"))
    return "\n".join(out)


def _html(result: ManagerRecord, paragraphs: Sequence[tuple[str, list[str]]], honours: Outline) -> str:
    rows: tuple[dict[str, Cell], ...] = tuple(
        {"key": line.key, "value": line.as_text()} for line in _infobox(result) if not line.wiki
    )
    box = Report(result.person.name, (Column("key", "Key"), Column("value", "Value")), rows)
    out = [render(box, "html"), "<h2>Managerial career</h2>"]
    for label, sentences in paragraphs:
        out += [
            f"<h3>{html.escape(inline(label))}</h3>",
            "<p>" + html.escape(" ".join(inline(s) for s in sentences)) + "</p>",
        ]
    out += ["<h2>Managerial statistics</h2>", render(_statistics(result), "html")]
    sources = _sources(result)
    if sources:
        out.append("<p>Sources: " + html.escape("; ".join(inline(s) for s in sources)) + "</p>")
    if honours.sections:
        out.append(render_outline(honours, "html").rstrip("\n"))
    return "\n".join(out) + "\n"
