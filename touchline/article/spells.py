"""An article's spells, resolved against the store, and the people file they make (floor 4 of the
article package: like ``api/``, it reads the store through api and store functions; no SQL).

:func:`article_spells` takes the managerial statistics table (Team, From, To; "(caretaker)" rows are
caretaker spells), adds the infobox's managerial clubs the table lacks and its playing clubs (years
only), and resolves every team name with :class:`touchline.api.people.Teams`, trying the link target,
the name as written, and the name without its parenthesis or hyphens (``Al-Ahly`` -> ``Al Ahly SC``).
:func:`people_file` writes the result as the TOML of ``docs/people.md``, with comments saying what it
could not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from touchline.api.people import Teams
from touchline.article.dates import ArticleDate
from touchline.article.document import Article, Career, TableRow, short_name
from touchline.compute.records import shared_days
from touchline.errors import DataError, NotFoundError
from touchline.model import Role, Spell
from touchline.reference.clubs import slug
from touchline.reference.demonyms import nationality_in
from touchline.reference.people import COACHING
from touchline.render import inline
from touchline.store import people as stored
from touchline.store.base import Store

_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*")
# a remark in brackets naming another side of the club than its first team ("Hertha BSC (youth)",
# "Ajax (U19)", "Chelsea (assistant)"): the first team's matches are not that post's
_OTHER_SIDE = re.compile(
    r"\((?=[^)]*\b(?:youth|youths|academy|reserves?|juniors?|u-?\d{1,2}|under[- ]?\d{1,2}|assistant|"
    r"assistant coach|assistant manager|women|ladies|amateurs?|b team|ii)\b)[^)]*\)",
    re.I,
)
# a connecting particle of a club's name, between two of its words ("Vitória de Setúbal")
_PARTICLE = re.compile(r"(?<=\w)\s+(?:de|do|da|dos|das|del|della|di|du|des)\s+(?=\w)", re.I)


@dataclass(frozen=True, slots=True)
class ArticleSpell:
    """A spell as the article gives it, with the club it resolves to (``club`` is ``None`` and
    ``problem`` says why when no club answers to the name)."""

    line: int
    label: str
    team: str
    role: Role
    start: ArticleDate | None
    end: ArticleDate | None
    open: bool
    club: str | None
    club_name: str | None
    resolved_as: str
    problem: str | None = None
    from_table: bool = True
    row: TableRow | None = None
    start_year: int | None = None
    end_year: int | None = None

    def spell(self, person: str) -> Spell:
        """The spell as the model holds it (the club id as team; the article's label), as the people
        file :func:`people_file` writes would give it: a month's first day as the start and its last
        day as the end, and a year as a year (``start_year``/``end_year``, no date), which the record
        reads as the club's season and which gives way to another manager's dated spell
        (:func:`touchline.compute.records.spell_window`), not as 1 January to 31 December."""
        start = self.start.first if self.start and self.start.month is not None else None
        # an end the article gives as a month runs to its last day; a year stays a year
        end = self.end.last if self.end and self.end.month is not None and not self.open else None
        return Spell(
            person=person,
            team=self.club or self.team,
            role=self.role,
            start=start,
            end=end,
            label=self.label,
            start_year=self.start_year or (self.start.year if self.start else None),
            end_year=self.end_year or (self.end.year if self.end else None),
        )


def other_side(team: str) -> bool:
    """Whether a team as an article writes it is a side of a club other than its first team, by its
    remark in brackets ("Hertha BSC (youth)", "Ajax (U19)", "Chelsea (assistant)")."""
    return bool(_OTHER_SIDE.search(team))


def candidates(team: str, links: Sequence[str] = ()) -> list[str]:
    """The names to try for a team, most specific first; only the name as written for a side other
    than the first team (its link and its name without the remark name the first team)."""
    if other_side(team):
        return [" ".join(team.split())]
    names = [*links, team]
    bare = _PARENTHESIS.sub(" ", team).strip()
    names += [
        bare,
        bare.replace("-", " "),
        bare.replace("-", ""),
        re.sub(r"^(?:FC|AFC|SC|CF)\s+|\s+(?:FC|AFC|CF)$", "", bare),
        # a particle between words left out, as the sources write many names: "Vitória de Guimarães"
        # is Vitória Guimarães, "Deportivo de La Coruña" Deportivo La Coruña
        _PARTICLE.sub(" ", bare),
    ]
    return list(dict.fromkeys(n for n in (" ".join(x.split()) for x in names) if n))


def resolve(teams: Teams, team: str, links: Sequence[str] = ()) -> tuple[str | None, str | None, str, str | None]:
    """(club id, club name, the name that resolved, problem) for a team as an article writes it."""
    if other_side(team):
        try:
            club, canonical = teams.resolve(team)
        except NotFoundError:
            problem = f"{team!r} is a side of the club other than its first team: touchline counts no record of it"
            return None, None, team, problem
        return club, canonical, team, None
    first_error: str | None = None
    for name in candidates(team, links):
        try:
            club, canonical = teams.resolve(name)
        except NotFoundError as exc:
            first_error = first_error or str(exc)
            continue
        return club, canonical, name, None
    return None, None, team, first_error


def _table_spells(article: Article, teams: Teams) -> list[ArticleSpell]:
    assert article.table is not None
    out = []
    for row in article.table.rows:
        club, name, used, problem = resolve(teams, row.team, row.links)
        bare = _PARENTHESIS.sub(" ", row.team).strip()
        out.append(
            ArticleSpell(
                line=row.line,
                label=row.team,
                team=used if club else bare,
                role=Role.CARETAKER if row.caretaker else Role.HEAD_COACH,
                start=row.start,
                end=row.end,
                open=row.open,
                club=club,
                club_name=name,
                resolved_as=used,
                problem=problem,
                row=row,
            )
        )
    return out


def _overlaps_years(spell: ArticleSpell, start: int, end: int | None) -> bool:
    first = spell.start.year if spell.start else 0
    last = spell.end.year if spell.end else 9999
    return first <= (end or 9999) and start <= last


def article_spells(article: Article, teams: Teams) -> list[ArticleSpell]:
    """The managerial spells of the table, then the infobox's managerial clubs the table lacks, then
    the infobox's playing clubs; all in career order, each resolved."""
    coaching = _table_spells(article, teams) if article.table is not None else []
    extra: list[ArticleSpell] = []
    for item in article.infobox_spells:
        if item.career is Career.MANAGER and other_side(item.team):
            continue  # a youth side's or an assistant's post: no spell of the first team
        club, name, used, problem = resolve(teams, item.team, item.links)
        if item.career is Career.MANAGER and any(
            s.club == club and club is not None and _overlaps_years(s, item.start_year, item.end_year) for s in coaching
        ):
            continue  # the table gives this spell with its dates
        extra.append(
            ArticleSpell(
                line=item.line,
                label=item.team + (" (caretaker)" if item.caretaker else ""),
                team=used if club else item.team,
                role=(Role.CARETAKER if item.caretaker else Role.HEAD_COACH)
                if item.career is Career.MANAGER
                else Role.PLAYER,
                start=ArticleDate(item.start_year, text=str(item.start_year)),
                end=ArticleDate(item.end_year, text=str(item.end_year)) if item.end_year else None,
                open=item.open,
                club=club,
                club_name=name,
                resolved_as=used,
                problem=problem,
                from_table=False,
                start_year=item.start_year,
                end_year=item.end_year,
            )
        )
    players = [s for s in extra if s.role is Role.PLAYER]
    managers = [s for s in extra if s.role is not Role.PLAYER]
    return players + sorted([*coaching, *managers], key=lambda s: (s.start.first if s.start else dt.date.min, s.line))


# what a TOML basic string may not hold raw (C0 controls and DEL) and what it may but a terminal, an editor
# or a browser would act on: the C1 controls (U+009B is a terminal's CSI), the bidirectional marks,
# embeddings, overrides and isolates (a name displayed reordered), and the line and paragraph separators
_TOML_ESCAPED = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _toml_text(value: str) -> str:
    """A TOML basic string, every character of :data:`_TOML_ESCAPED` written as a ``\\uXXXX`` escape:
    the file reads back as the same text, and prints as no escape sequence."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _TOML_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f'"{escaped}"'


# the bidirectional marks, which touchline.render.inline leaves as they are
_MARKS = re.compile(r"[\u061c\u200e\u200f]")


def _comment(text: str) -> str:
    """A TOML comment line: TOML allows no control character but tab in one, and the text (a title, a
    label, a problem quoting a name) comes from the article, so it is written on one line with its
    control characters and bidirectional overrides shown as ``\\xNN`` (:func:`touchline.render.inline`),
    and the bidirectional marks as ``\\uXXXX`` too (a comment is read in a terminal or an editor)."""
    return "# " + _MARKS.sub(lambda m: f"\\u{ord(m.group()):04x}", inline(text))


def _date_lines(key: str, value: ArticleDate | None, line: int) -> list[str]:
    """A start or end as the people file writes it: a date, a month's first (start) or last (end) day
    with a comment, or a year."""
    if value is None:
        return []
    if value.exact is not None:
        return [f"{key} = {value.exact.isoformat()}"]
    if value.month is not None:
        day, which = (value.first, "first") if key == "start" else (value.last, "last")
        comment = _comment(f"line {line}: the article gives only {value}; its {which} day is assumed")
        return [f"{key} = {day.isoformat()}  {comment}"]
    return [f"{key}_year = {value.year}"]


def overlaps(store: Store, article: Article, spells: Sequence[ArticleSpell]) -> list[str]:
    """The article's coaching spells that overlap another person's stored spell at the same club by
    more than a day, one warning each, as ``touchline people import`` words the problem it refuses the
    file for ("spell at Everton (2013-06-05..2016-05-12) overlaps david-moyes's (..2013-06-30) by 26
    days")."""
    person = slug(article.title) or "person"
    out = []
    at_club: dict[str, list[Spell]] = {}
    for item in spells:
        if item.club is None or item.role not in COACHING or item.start is None:
            continue
        spell = item.spell(person)
        if item.club not in at_club:
            at_club[item.club] = stored.coaching_spells_at(store, item.club, person)
        for other in at_club[item.club]:
            days = shared_days(spell, other)
            if days > 1:
                out.append(
                    f"{article.where(item.line)}: spell at {spell.label} ({spell.start}..{spell.end_text}) "
                    f"overlaps {other.person}'s ({other.start}..{other.end_text}) by {days} days: "
                    "`touchline people import` will refuse the file until one of the two is corrected"
                )
    return out


def _nationality(article: Article) -> tuple[str, int, str] | None:
    """(FIFA code, line, the adjective as written) of the nationality the article's lead gives its
    subject ("is a Danish professional football manager"), if it gives one."""
    for sentence in article.sentences:
        if not sentence.sections:
            found = nationality_in(sentence.text)
            if found is not None:
                return found[0], sentence.line, found[1]
    return None


def people_file(article: Article, spells: Sequence[ArticleSpell], *, keep_unknown: bool = False) -> str:
    """The people file (TOML, ``docs/people.md``) the article's spells make, with comments on what it
    could not read; :class:`DataError` naming the line of the first team no club answers to, unless
    ``keep_unknown`` (then the spell is written as the article names it, with the reason)."""
    unknown = [s for s in spells if s.club is None]
    if unknown and not keep_unknown:
        first = unknown[0]
        raise DataError(
            f"{article.where(first.line)}: {first.problem or f'no club named {first.team!r}'} "
            "(correct the name, or give --keep-unknown to write it as written)"
        )
    name = article.title
    lines = [
        _comment(
            f"{name}: spells read by `touchline people from-article` from {article.file} ({article.format.value})."
        ),
        "# Check them against the article, correct what is wrong, then `touchline people import` this file.",
        "# Schema: docs/people.md.",
    ]
    for note in article.unread:
        lines.append(_comment(f"not read: {note}"))
    if article.birth_date is None:
        lines.append("# not read: the birth date (write birth_date = YYYY-MM-DD)")
    nationality = _nationality(article)
    if nationality is None:
        lines.append('# not read: nationality (write it as a FIFA code, e.g. nationality = "DEN")')
    lines += [
        f"id = {_toml_text(slug(name) or 'person')}",
        f"name = {_toml_text(name)}",
    ]
    # the name the article calls him by after the first mention ("van Nistelrooy"; "Hong" of a Korean)
    called = short_name(name, (), None if nationality is None else nationality[0])
    if called != name:
        lines.append(f"other_names = [{_toml_text(called)}]")
    if nationality is not None:
        code, line, adjective = nationality
        lines.append(_comment(f"nationality read from line {line}: {adjective}"))
        lines.append(f'nationality = "{code}"')
    if article.birth_date:
        lines.append(f"birth_date = {article.birth_date.isoformat()}")
    for key, field in (("birth_place", "birthplace"), ("birth_place", "birth_place"), ("position", "position")):
        value = article.infobox.get(field)
        if value and value[0] and f"{key} =" not in "\n".join(lines):
            lines.append(f"{key} = {_toml_text(value[0])}")
    lines.append(f"source = {_toml_text(f'{article.title}: encyclopedia biography ({article.file})')}")
    for spell in spells:
        lines += ["", "[[spell]]"]
        where = "managerial statistics table" if spell.from_table else "infobox"
        lines.append(
            _comment(f"line {spell.line} ({where}): {spell.label} | {spell.start or '?'} | {spell.end or 'present'}")
        )
        if spell.problem:
            lines.append(_comment(f"line {spell.line}: {spell.problem}"))
        elif spell.club_name:
            lines.append(_comment(f"read as {spell.club_name} ({spell.club})"))
        lines.append(f"team = {_toml_text(spell.team)}")
        lines.append(f'role = "{spell.role.value}"')
        if spell.label != (spell.club_name or spell.team) and spell.role is not Role.PLAYER:
            lines.append(f"label = {_toml_text(spell.label)}")
        lines += _date_lines("start", spell.start, spell.line)
        if not spell.open:
            lines += _date_lines("end", spell.end, spell.line)
        if spell.role is Role.CARETAKER and not spell.open:
            lines.append('ended = "caretaker_ended"')
    return "\n".join(lines) + "\n"
