"""``touchline audit``: an article's figures and claims against the data (article package, floor 4:
like ``api/``, it reads the store through api and store functions, and holds no SQL).

:func:`audit_article` reads the article, takes the person's spells from the store (their people file)
or, when there is none, from the article itself, matches each table row to a spell, and computes
each spell's record with :func:`touchline.api.managers.spell_record`. Each record cell is one of:

- **agrees**: the article's figure is the data's (win % at the article's precision);
- **differs**: the data holds another figure; the matches behind it, and which convention would
  reconcile the two (shoot-outs as results, a competition left out, the end date, the article's own
  dates), are given;
- **empty**: the article has no figure; the data's is proposed (with the coverage note if partial);
- **not checkable**: no data for the spell, or partial data and the article's figure is higher than
  what the store holds (or the spell, its club, cannot be found).

Dates that disagree with the people file, spells only the article or only the data has, and the
prose claims (:mod:`touchline.article.claims`) are reported too; aggregate and title claims go to
:func:`touchline.article.hooks.ties_and_honours`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from touchline.api.managers import Filters, SpellRecord, spell_record
from touchline.api.people import Teams
from touchline.api.tables import Standing, ordinal
from touchline.article.claims import (
    AggregateClaim,
    Claim,
    GameCountClaim,
    Kind,
    Moment,
    PositionClaim,
    TitleClaim,
    honour_claim,
    sentence_claims,
    sentence_cues,
)
from touchline.article.dates import long_date
from touchline.article.document import (
    RECORD_KEYS,
    TITLES,
    Article,
    Career,
    Format,
    Sentence,
    TableRow,
    short_name,
)
from touchline.article.facts import match_line
from touchline.article.hooks import HookAnswer, TiesAndHonours, ties_and_honours
from touchline.article.parse import read_article
from touchline.article.spells import ArticleSpell, article_spells, candidates, resolve
from touchline.article.tables import figure, unmarked
from touchline.compute.coverage import Coverage
from touchline.compute.records import Record, Shootouts, record
from touchline.errors import NotFoundError
from touchline.model import CompetitionKind, Person, Role, Spell
from touchline.reference import competitions as catalog
from touchline.reference.clubs import fold
from touchline.reference.people import COACHING
from touchline.store.base import Store
from touchline.store.people import find_person, person_spells
from touchline.views.manager import record_cells

# the record figures a source types (goal difference and win % follow from them)
FIGURES = ("g", "w", "d", "l", "gf", "ga")
# how many matches a report lists inline before it gives the command that lists them
LIST_AT_MOST = 12


class Verdict(StrEnum):
    """What the data says of a cell or a claim."""

    AGREES = "agrees"
    DIFFERS = "differs"
    EMPTY = "empty"
    NOT_CHECKABLE = "not checkable"


@dataclass(frozen=True, slots=True)
class CellCheck:
    """One record cell: the article's text, the data's figure, the verdict and why."""

    key: str
    article: str
    data: str | None
    verdict: Verdict
    reason: str = ""

    @property
    def title(self) -> str:
        """The column's heading (``G``, ``Win %``)."""
        return TITLES[self.key]


@dataclass(frozen=True, slots=True)
class DateCheck:
    """A From or To date the article and the people file disagree on."""

    which: str
    article: str
    data: str


@dataclass(frozen=True, slots=True)
class RowCheck:
    """A table row checked: the article's spell, the stored spell it matched (``None`` when the spells
    come from the article), its record, the cells, the dates, and what would reconcile a difference."""

    row: TableRow
    spell: ArticleSpell
    stored: Spell | None
    record: SpellRecord | None
    cells: tuple[CellCheck, ...]
    dates: tuple[DateCheck, ...] = ()
    reconcile: tuple[str, ...] = ()
    problem: str | None = None
    matches_command: str = ""

    @property
    def label(self) -> str:
        """The team as the article writes it."""
        return self.row.team

    @property
    def differs(self) -> tuple[CellCheck, ...]:
        """The cells whose figure the data contradicts."""
        return tuple(c for c in self.cells if c.verdict is Verdict.DIFFERS)

    @property
    def inconsistent(self) -> str | None:
        """Where the row's own figures do not add up (W + D + L against G, GF - GA against GD), whatever
        the data: a typed cell a partial record cannot check may still be wrong."""
        values = {key: _value(cell.text, key) for key, cell in self.row.cells.items()}
        g, w, d, lost, gf, ga, gd = (values.get(k) for k in ("g", "w", "d", "l", "gf", "ga", "gd"))
        if g is not None and w is not None and d is not None and lost is not None and w + d + lost != g:
            return f"W + D + L = {w + d + lost:g}, not G {g:g}"
        if gf is not None and ga is not None and gd is not None and gf - ga != gd:
            return f"GF - GA = {gf - ga:+g}, not GD {gd:+g}"
        return None


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """A prose or honours claim, the spell it was read as being about, how it was read, the verdict and
    the data's answer with the matches (or commands) behind it."""

    claim: Claim
    spell: str | None
    reading: str
    verdict: Verdict
    answer: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Audit:
    """The whole audit of one article."""

    article: Article
    person: Person | None
    spells_from: str
    rows: tuple[RowCheck, ...]
    total: tuple[CellCheck, ...]
    only_in_data: tuple[SpellRecord, ...]
    claims: tuple[ClaimCheck, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def findings(self) -> list[str]:
        """Every disagreement, one line each: cells that differ, dates that disagree, spells only one
        side has, and claims the data contradicts."""
        out = []
        for row in self.rows:
            for cell in row.differs:
                out.append(f"line {row.row.line}: {row.label} {cell.title}: article {cell.article}, data {cell.data}")
            for date in row.dates:
                out.append(
                    f"line {row.row.line}: {row.label} {date.which}: article {date.article}, people file {date.data}"
                )
            if row.problem and row.stored is None and self.person is not None:
                out.append(f"line {row.row.line}: {row.label}: {row.problem}")
            if row.inconsistent and not row.differs:
                # a cell the data cannot check (partial data) that breaks the row's own sum
                out.append(f"line {row.row.line}: {row.label}: the row does not add up: {row.inconsistent}")
        for cell in self.total:
            if cell.verdict is Verdict.DIFFERS:
                out.append(f"Total {cell.title}: article {cell.article}, data {cell.data}")
        for item in self.only_in_data:
            out.append(f"{item.spell.label or item.team_name}: a spell of the people file the article's table lacks")
        for check in self.claims:
            if check.verdict is Verdict.DIFFERS:
                out.append(f"line {check.claim.line}: {check.claim.quote!r}: {check.answer}")
        return out


# --- numbers ---------------------------------------------------------------------------------------


def _value(text: str, key: str = "g") -> float | None:
    """A figure as the article writes it (``−14``, ``+5``, ``55.19``, ``55,2 %``, ``1,225``,
    ``1 225``), or ``None``."""
    return figure(text, key)


def _decimals(text: str) -> int:
    found = re.search(r"[.,](\d+)", unmarked(text))
    return len(found.group(1)) if found else 0


def _same(key: str, article: str, data: Record) -> bool:
    """Whether an article's figure is the data's (win % at the article's precision)."""
    value = _value(article, key)
    if value is None:
        return False
    if key == "win_pct":
        pct = data.win_pct
        return pct is not None and abs(round(pct, _decimals(article)) - value) < 10 ** -(_decimals(article) + 1)
    return value == float(_figure(key, data))


def _figure(key: str, data: Record) -> int:
    return {
        "g": data.played,
        "w": data.won,
        "d": data.drawn,
        "l": data.lost,
        "gf": data.goals_for,
        "ga": data.goals_against,
        "gd": data.goal_difference,
    }[key]


def _shown(key: str, data: Record) -> str:
    value = record_cells(data).get(key)
    return "" if value is None else str(value)


def check_cells(
    cells: dict[str, str], keys: Sequence[str], data: Record | None, coverage: Coverage | None, why: str
) -> tuple[CellCheck, ...]:
    """The verdict of each record cell of a row (``cells``: the article's text by key, derived cells
    left out) against the data's record under its coverage."""
    out = []
    for key in keys:
        text = cells.get(key, "")
        if data is None or coverage in (None, Coverage.NONE):
            out.append(CellCheck(key, text, None, Verdict.NOT_CHECKABLE, why))
            continue
        figure = _shown(key, data)
        partial = coverage is Coverage.PARTIAL
        if _value(text, key) is None:
            out.append(CellCheck(key, text, figure, Verdict.EMPTY, f"partial data: {why}" if partial else ""))
        elif _same(key, text, data):
            out.append(CellCheck(key, text, figure, Verdict.AGREES))
        elif partial and (key in ("gd", "win_pct") or (_value(text, key) or 0) > _figure(key, data)):
            # the store lacks matches: its figure is a floor (G, W, ...) or says nothing (GD, win %)
            out.append(CellCheck(key, text, figure, Verdict.NOT_CHECKABLE, f"partial data: {why}"))
        else:
            out.append(CellCheck(key, text, figure, Verdict.DIFFERS, f"partial data: {why}" if partial else ""))
    return tuple(out)


# --- matching rows to spells -----------------------------------------------------------------------


def _distance(row: ArticleSpell, spell: Spell) -> int:
    start = spell.start or dt.date(spell.start_year or 1, 1, 1)
    mine = row.start.first if row.start else start
    role = 0 if (row.role is Role.CARETAKER) == (spell.role is Role.CARETAKER) else 10_000
    return abs((mine - start).days) + role


def _dates_agree(row: ArticleSpell, spell: Spell) -> bool:
    """Whether a row's From (and To, when both give one) is the spell's at the article's precision."""
    if row.start is None:
        return False
    if spell.start is not None:
        if not row.start.agrees(spell.start):
            return False
    elif spell.start_year != row.start.year:
        return False
    if row.end is not None and spell.end is not None:
        return row.end.agrees(spell.end)
    return True


def _names_contain(row: ArticleSpell, spell: Spell, names: dict[str, str]) -> bool:
    """Whether the words of the row's team and of the spell's label or club name hold one another
    ("Reggiana" and "AC Reggiana", "União de Leiria" and "União Leiria"; affixes such as FC, de, the
    left out)."""
    mine = [_tokens(re.sub(r"\s*\([^)]*\)", " ", n)) for n in (row.team, row.label) if n]
    theirs = [_tokens(re.sub(r"\s*\([^)]*\)", " ", n)) for n in (spell.label, names.get(spell.team)) if n]
    return any(a and b and (a <= b or b <= a) for a in mine for b in theirs)


def _same_club(
    row: ArticleSpell, spell: Spell, teams: Teams | None, names: dict[str, str], countries: dict[str, str]
) -> bool:
    """Whether a row is about the spell's club: the same club id, or the same name; a name that named
    no single club resolves to the spell's club within its country ("Everton" in England); or the
    dates agree and one name holds the other."""
    if row.club is not None and spell.team == row.club:
        return True
    if (spell.label or "") == row.label:
        return True
    if row.club is None and teams is not None:
        country = countries.get(spell.team)
        if country is not None:
            for name in candidates(row.team, row.row.links if row.row else ()):
                try:
                    if teams.resolve(name, country)[0] == spell.team:
                        return True
                except NotFoundError:
                    continue
    return _dates_agree(row, spell) and _names_contain(row, spell, names)


def _match(rows: Sequence[ArticleSpell], stored: Sequence[Spell], teams: Teams | None = None) -> dict[int, Spell]:
    """Row index -> stored spell: the same club (or label, see :func:`_same_club`), the nearest
    start, each spell once."""
    wanted = {s.team for s in stored}
    names: dict[str, str] = {}
    countries: dict[str, str] = {}
    for club, _, country, canonical in teams.names if teams is not None else []:
        if club in wanted:
            names[club] = canonical
            if country:
                countries[club] = country
    pairs = []
    for index, row in enumerate(rows):
        for number, spell in enumerate(stored):
            if _same_club(row, spell, teams, names, countries):
                pairs.append((_distance(row, spell), index, number))
    out: dict[int, Spell] = {}
    used: set[int] = set()
    for _, index, number in sorted(pairs):
        if index not in out and number not in used:
            out[index] = stored[number]
            used.add(number)
    return out


def _date_checks(row: ArticleSpell, spell: Spell) -> tuple[DateCheck, ...]:
    out = []
    if row.start is not None:
        data = spell.start or (dt.date(spell.start_year, 1, 1) if spell.start_year else None)
        if data is not None and not (row.start.agrees(data) if spell.start else row.start.year == spell.start_year):
            out.append(
                DateCheck("From", str(row.start), long_date(spell.start) if spell.start else str(spell.start_year))
            )
    if row.open != (spell.end is None and spell.end_year is None):
        out.append(
            DateCheck("To", "present" if row.open else str(row.end), long_date(spell.end) if spell.end else "present")
        )
    elif row.end is not None and spell.end is not None and not row.end.agrees(spell.end):
        out.append(DateCheck("To", str(row.end), long_date(spell.end)))
    return tuple(out)


# --- conventions -----------------------------------------------------------------------------------


def _alternatives(store: Store, item: SpellRecord, article: ArticleSpell) -> list[tuple[str, Record]]:
    """Records of the spell under other conventions, each with what it changes."""
    team = item.spell.team
    counted = [m for m in item.matches if m.counts and not m.extra.get("walkover")]
    out: list[tuple[str, Record]] = []
    if item.walkovers:
        count = f"{len(item.walkovers)} walkover{'s' if len(item.walkovers) > 1 else ''}"
        out.append((f"counting the {count} never played", record([*counted, *item.walkovers], team)))
    if any(m.pens is not None for m in counted):
        out.append(("counting shoot-outs as won or lost (--shootouts result)", record(counted, team, Shootouts.RESULT)))
    codes = sorted({m.competition for m in counted})
    if len(codes) > 1:
        for code in codes:
            name = catalog.competition(code).name
            out.append(
                (f"leaving out the {name} ({code})", record([m for m in counted if m.competition != code], team))
            )
        leagues = [m for m in counted if catalog.competition(m.competition).kind is CompetitionKind.LEAGUE]
        if leagues and len(leagues) < len(counted):
            out.append(("counting league matches only (--kind league)", record(leagues, team)))
    on_end = [m for m in counted if m.date == item.end]
    if on_end and item.spell.end is not None:
        rest = [m for m in counted if m.date < item.end]
        out.append((f"leaving out the match on his last day, {long_date(item.end)}", record(rest, team)))
    start, end = article.start, article.end
    if start is not None and start.exact and (end is None or end.exact):
        spell = item.spell
        if start.exact != spell.start or (end.exact if end else None) != spell.end:
            moved = dataclasses.replace(spell, start=start.exact, end=end.exact if end else None)
            other = spell_record(store, moved, Filters())
            stop = f"{long_date(end.exact)}" if end and end.exact else "present"
            out.append((f"with the article's dates ({long_date(start.exact)} to {stop})", other.record))
    return out


def _reconcile(store: Store, check: RowCheck) -> tuple[str, ...]:
    """The conventions under which the article's differing figures would be the data's."""
    if check.record is None or not check.differs:
        return ()
    typed = {c.key: c.article for c in check.cells if _value(c.article, c.key) is not None}
    alternatives = _alternatives(store, check.record, check.spell)
    whole = [what for what, rec in alternatives if all(_same(k, v, rec) for k, v in typed.items())]
    if whole:
        return tuple(f"all figures agree {what}" for what in whole)
    out = []
    for cell in check.differs:
        fixes = [what for what, rec in alternatives if _same(cell.key, cell.article, rec)]
        if fixes:
            out.append(f"{cell.title} would agree " + "; or ".join(fixes))
    return tuple(out) or ("no convention touchline knows reconciles them (shoot-outs, a competition, the dates)",)


# --- evidence --------------------------------------------------------------------------------------


def matches_command(item: SpellRecord) -> str:
    """The ``touchline matches`` command that lists a spell's matches."""
    return f"touchline matches --club {shlex.quote(item.team_name)} --from {item.start} --to {item.end}"


def evidence(item: SpellRecord) -> tuple[str, ...]:
    """The matches behind a spell's record: listed when few, else the command that lists them."""
    counted = [m for m in item.matches if m.counts]
    if len(counted) <= LIST_AT_MOST:
        return (matches_command(item), *(match_line(m) for m in counted))
    return (f"{matches_command(item)}  ({len(counted)} matches)",)


def _coverage_note(item: SpellRecord) -> str:
    return "; ".join(str(g) for g in item.gaps)


# --- claims ----------------------------------------------------------------------------------------

_GENERIC = frozenset(
    [
        "fc",
        "sc",
        "ac",
        "as",
        "bk",
        "if",
        "fk",
        "sk",
        "cf",
        "afc",
        "cd",
        "sv",
        "vfb",
        "vfl",
        "tsv",
        "kv",
        "kaa",
        "krc",
        "rc",
        "ud",
        "fb",
        "club",
        "de",
        "la",
        "le",
        "the",
        "united",
        "city",
        "town",
        "sporting",
        "athletic",
        "real",
        "national",
        "team",
        "caretaker",
        "interim",
        "and",
        "of",
        "u21",
        "u-21",
        "u23",
        "u19",
        "1.",
        "05",
        "04",
    ]
)


def _tokens(*names: str | None) -> set[str]:
    out: set[str] = set()
    for name in names:
        for word in re.findall(r"[\w'’.-]+", fold(name or "")):
            word = word.strip(".-'’")
            if len(word) >= 3 and word not in _GENERIC:
                out.add(word)
    return out


@dataclass(slots=True)
class _Spells:
    """The spells claims can be about, with the words that name each."""

    items: list[tuple[str, SpellRecord | None, ArticleSpell | None, set[str]]]
    current: dict[tuple[str, ...], int] = field(default_factory=dict)
    ends_used: dict[int, int] = field(default_factory=dict)

    def in_section(self, sections: tuple[str, ...]) -> list[int]:
        inner = _tokens(sections[-1]) if sections else set()
        found = [i for i, (_, _, _, words) in enumerate(self.items) if words & inner]
        return found or list(range(len(self.items)))

    def pick(self, claim: Claim) -> int | None:
        """The spell a claim (or a sentence) is about: a full date in it, a season, the first team
        named, a caretaker, else the section's current spell."""
        if not self.items:
            return None
        candidates = self.in_section(claim.sections)
        chosen = self._by_date(candidates, claim) or self._by_name(candidates, claim)
        if chosen is None and claim.caretaker:
            # the caretaker spell the section is about, else the first one
            preferred = [i for i in (self.current.get(claim.sections), self._headed(claim.sections)) if i is not None]
            chosen = next(
                (i for i in [*preferred, *candidates] if i in candidates and self._role(i) is Role.CARETAKER), None
            )
        if chosen is None and claim.seasons:
            chosen = self._by_season(candidates, claim.seasons[0])
        if chosen is None:
            chosen = self.current.get(claim.sections, self._headed(claim.sections) or candidates[0])
        self.current[claim.sections] = chosen
        return chosen

    def _headed(self, sections: tuple[str, ...]) -> int | None:
        """The spell whose label is the heading the claim stands under (a generated article heads each
        spell's paragraph with its label: "Chelsea (interim)"), or ``None``."""
        if not sections:
            return None
        heading = " ".join(fold(sections[-1]).split())
        found = [i for i, (label, _, _, _) in enumerate(self.items) if " ".join(fold(label).split()) == heading]
        return found[0] if len(found) == 1 else None

    def _role(self, index: int) -> Role | None:
        item = self.items[index][1]
        return item.spell.role if item is not None else None

    def _window(self, index: int) -> tuple[dt.date, dt.date] | None:
        item = self.items[index][1]
        return (item.start, item.end) if item is not None else None

    def _by_date(self, candidates: list[int], claim: Claim) -> int | None:
        for date in claim.dates:
            for index in candidates:
                window = self._window(index)
                if (
                    window
                    and date.exact
                    and window[0] - dt.timedelta(days=3) <= date.exact <= window[0] + dt.timedelta(days=3)
                ):
                    return index
            for index in candidates:
                window = self._window(index)
                if window and date.exact and window[0] <= date.exact <= window[1]:
                    return index
        return None

    def _by_name(self, candidates: list[int], claim: Claim) -> int | None:
        text = fold(claim.sentence)
        best: tuple[int, int] | None = None
        for index in candidates:
            for word in self.items[index][3]:
                found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
                if found and (best is None or found.start() < best[0]):
                    best = (found.start(), index)
        if best is not None and (claim.kind is Kind.TITLE or (isinstance(claim, PositionClaim) and claim.tournament)):
            # a title goes to the team named last before it ("after a season at Hamburger SV he
            # returned to Ajax, where he won the KNVB Cup"), the first one named when none is before it
            before = fold(claim.before)
            last: tuple[int, int] | None = None
            for index in candidates:
                for word in self.items[index][3]:
                    for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", before):
                        if last is None or found.start() > last[0]:
                            last = (found.start(), index)
            if last is not None:
                best = last
        if best is None:
            return None
        # two spells at one club (caretaker, then head coach): the caretaker cue decides
        same = [i for i in candidates if self.items[i][3] & self.items[best[1]][3]]
        if len(same) > 1:
            # the spell the section is about, when its role fits the caretaker cue
            for preferred in (self.current.get(claim.sections), self._headed(claim.sections)):
                if preferred in same and (not claim.caretaker or self._role(preferred) is Role.CARETAKER):
                    return preferred
            wanted = Role.CARETAKER if claim.caretaker else Role.HEAD_COACH
            return next((i for i in same if self._role(i) is wanted), best[1])
        return best[1]

    def _by_season(self, candidates: list[int], season: str) -> int | None:
        first = dt.date(int(season[:4]), 7, 1)
        last = dt.date(int(season[:4]) + 1, 6, 30)
        hits = [i for i in candidates if (w := self._window(i)) and w[0] <= last and first <= w[1]]
        return hits[0] if len(hits) == 1 else None


def _standing_text(standing: Standing) -> str:
    name = catalog.name_in(standing.competition, standing.season)
    stage = f", {standing.stage}" if standing.stage else ""
    table = f"{name} {standing.season}{stage}, table of {long_date(standing.date)}"
    return f"{ordinal(standing.position)} of {standing.clubs} ({table})"


def _table_command(standing: Standing, as_of: bool) -> str:
    command = f"touchline table {standing.competition} {standing.season}"
    if standing.stage:
        command += f" --stage {shlex.quote(standing.stage)}"
    if as_of:
        command += f" --as-of {standing.date}"
    return command


def _position(claim: PositionClaim, item: SpellRecord, spells: _Spells, index: int) -> ClaimCheck:
    label = item.spell.label or item.team_name
    places = item.positions
    if item.coverage is Coverage.NONE or places is None:
        why = "no data: " + _coverage_note(item) if item.coverage is Coverage.NONE else "no league table of this spell"
        return ClaimCheck(claim, label, f"league position ({claim.moment.value})", Verdict.NOT_CHECKABLE, why)
    standing: Standing | None = None
    reading = ""
    if claim.moment is Moment.ARRIVAL:
        standing = places.arrival
        reading = f"position when he took over ({long_date(item.start)})"
        if standing is None:
            return ClaimCheck(
                claim,
                label,
                reading,
                Verdict.NOT_CHECKABLE,
                "he took over before the club's first league match of the season: no table",
            )
    elif claim.moment is Moment.DEPARTURE:
        standing = places.departure
        reading = f"position when he left ({long_date(item.end)})"
        if standing is None:
            return ClaimCheck(
                claim, label, reading, Verdict.NOT_CHECKABLE, "the data holds no league table of the day he left"
            )
    else:
        ends = list(places.season_ends)
        named = [s for s in ends if s.season in claim.seasons]
        if claim.times is not None and not named:
            return _times_check(claim, label, ends)
        if named:
            standing = named[0]
            reading = f"final position {standing.season} (the season the sentence names)"
        elif claim.season_index is not None and claim.season_index <= len(ends):
            standing = ends[claim.season_index - 1]
            reading = f"final position in his season no. {claim.season_index} ({standing.season})"
        elif claim.moment is Moment.STANDING and places.departure is not None:
            standing = places.departure
            reading = "position when he left"
        else:
            used = spells.ends_used.get(index, 0)
            if used < len(ends):
                standing = ends[used]
                reading = f"final position {standing.season} (his next season end in the article's order)"
            spells.ends_used[index] = used + 1
        if standing is None:
            return ClaimCheck(
                claim,
                label,
                "league position at a season's end",
                Verdict.NOT_CHECKABLE,
                "no season of this spell ends in the data",
            )
    verdict = Verdict.AGREES if standing.position == claim.position else Verdict.DIFFERS
    answer = _standing_text(standing)
    as_of = claim.moment in (Moment.ARRIVAL, Moment.DEPARTURE)
    return ClaimCheck(claim, label, reading, verdict, answer, (_table_command(standing, as_of),))


def _times_check(claim: PositionClaim, label: str, ends: Sequence[Standing]) -> ClaimCheck:
    """ "Finishing fifth twice": agrees when that many of the spell's season ends are that place."""
    reading = f"{ordinal(claim.position)} at {claim.times} of the spell's season ends"
    if not ends:
        return ClaimCheck(claim, label, reading, Verdict.NOT_CHECKABLE, "no season of this spell ends in the data")
    hits = [s for s in ends if s.position == claim.position]
    verdict = Verdict.AGREES if len(hits) == claim.times else Verdict.DIFFERS
    answer = "; ".join(_standing_text(s) for s in ends)
    count = f"{len(hits)} of {len(ends)} season ends {ordinal(claim.position)}"
    return ClaimCheck(
        claim, label, reading, verdict, f"{count}: {answer}", tuple(_table_command(s, False) for s in ends)
    )


def _games(claim: GameCountClaim, item: SpellRecord) -> ClaimCheck:
    label = item.spell.label or item.team_name
    played = item.record.played
    reading = f"games in the spell ({long_date(item.start)} to {long_date(item.end)})"
    if item.coverage is Coverage.NONE:
        return ClaimCheck(claim, label, reading, Verdict.NOT_CHECKABLE, "no data: " + _coverage_note(item))
    answer = f"{played} {'match' if played == 1 else 'matches'} in the data"
    if item.coverage is Coverage.PARTIAL:
        answer += f" (partial data: {_coverage_note(item)})"
        if claim.games > played:
            return ClaimCheck(claim, label, reading, Verdict.NOT_CHECKABLE, answer, evidence(item))
    verdict = Verdict.AGREES if claim.games == played else Verdict.DIFFERS
    return ClaimCheck(claim, label, reading, verdict, answer, evidence(item))


def _observe(spells: _Spells, sentence: Sentence) -> None:
    """Follow the spell the prose is about, sentence by sentence ("On 24 September, Genk ...")."""
    if sentence.sections and _career_of(sentence.sections) is Career.MANAGER:
        dates, seasons = sentence_cues(sentence)
        caretaker = bool(re.search(r"\b(caretaker|interim)\b", sentence.text + " " + sentence.sections[-1], re.I))
        probe = Claim(
            Kind.GAMES, sentence.line, "", sentence.text, sentence.sections, Career.MANAGER, dates, seasons, caretaker
        )
        spells.pick(probe)


def _career_of(sections: tuple[str, ...]) -> Career:
    return (
        Career.PLAYER
        if any(re.search(r"playing|player|youth|club career", s, re.I) for s in sections)
        else Career.MANAGER
    )


def check_claims(
    store: Store, article: Article, spells: _Spells, teams: Teams | None = None, person: Person | None = None
) -> list[ClaimCheck]:
    """Each claim with the data's answer (aggregates and titles through the ties/honours hook); the
    subject is called by the short name of the title, as his people file's nationality orders his names
    (``person``: "Hong" for Hong Myung-bo)."""
    hook = ties_and_honours(store)
    out = []
    surname = short_name(article.title, nationality=person.nationality if person is not None else None)
    for sentence in article.sentences:
        found = sentence_claims(sentence, surname)
        if not found:
            _observe(spells, sentence)
            continue
        out += _check(hook, found, spells)
    honours = [honour_claim(h) for h in article.honours]
    if honours:
        teams = teams or Teams(store)
        for claim in honours:
            at_club = _honours_spells(spells, teams, claim) if claim.career is Career.MANAGER else []
            out.append(_hooked(claim, claim.club, "honours line", _honours_line(hook, claim, at_club)))
    return out


def _season_days(text: str) -> tuple[dt.date, dt.date] | None:
    """The days of a season or year an honours line names (``2011–12``, ``1989``), or ``None``."""
    cleaned = re.sub(r"[^\d\-–/]", "", text).replace("–", "-").replace("/", "-")
    split = re.fullmatch(r"(\d{4})-(\d{2}|\d{4})", cleaned)
    if split:
        first = int(split.group(1))
        return dt.date(first, 7, 1), dt.date(first + 1, 6, 30)
    if re.fullmatch(r"\d{4}", cleaned):
        return dt.date(int(cleaned), 1, 1), dt.date(int(cleaned), 12, 31)
    return None


def _spell_of_season(items: Sequence[SpellRecord], text: str) -> SpellRecord:
    """Of his spells at one club, the one a season's honour falls in: the spell in charge at the
    season's end, else the one that shares the most days with it, else the first."""
    days = _season_days(text)
    if days is None:
        return items[0]
    first, last = days
    # a title is decided at the end of its season: the spell in charge in its last months
    for item in items:
        if item.start <= last and item.end >= last - dt.timedelta(days=75):
            return item
    shared = [(min(i.end, last) - max(i.start, first), n) for n, i in enumerate(items)]
    best, index = max(shared)
    return items[index] if best.days > 0 else items[0]


def _honours_line(hook: TiesAndHonours, claim: TitleClaim, at_club: Sequence[SpellRecord]) -> HookAnswer:
    """An honours line checked against all his spells at the club: each season against the spell it
    falls in (a caretaker spell in 2008 does not hide the title of 2011–12 in the later spell)."""
    if len(at_club) <= 1 or len(claim.years) == 0:
        return hook.title(claim, at_club[0] if at_club else None)
    answers = [
        hook.title(dataclasses.replace(claim, years=(year,)), _spell_of_season(at_club, year)) for year in claim.years
    ]
    evidence = tuple(dict.fromkeys(e for a in answers for e in a.evidence))
    text = "; ".join(a.answer for a in answers)
    if any(a.checkable and a.agrees is False for a in answers):
        return HookAnswer(True, False, text, evidence)
    if all(a.checkable and a.agrees for a in answers):
        return HookAnswer(True, True, text, evidence)
    return HookAnswer(False, None, text, evidence)


def _honours_spells(spells: _Spells, teams: Teams, claim: TitleClaim) -> list[SpellRecord]:
    """The person's spells at the club a manager's honours line stands under, in career order."""
    if not claim.club:
        return []
    club = resolve(teams, claim.club)[0]
    words = _tokens(claim.club)
    found = [item for _, item, _, named in spells.items if item is not None and item.spell.team == club]
    found = found or [item for _, item, _, named in spells.items if item is not None and named & words]
    return sorted(found, key=lambda item: item.start)


def _check(hook: TiesAndHonours, claims: Sequence[Claim], spells: _Spells) -> list[ClaimCheck]:
    out = []
    for claim in claims:
        if claim.other is not None:
            out.append(
                ClaimCheck(
                    claim,
                    None,
                    "about someone else",
                    Verdict.NOT_CHECKABLE,
                    f"not about the subject ({claim.other!r} before it)",
                )
            )
            continue
        if claim.career is Career.PLAYER:
            if isinstance(claim, TitleClaim):
                out.append(_hooked(claim, None, "title as player", hook.title(claim, None)))
            continue
        index = spells.pick(claim)
        item = spells.items[index][1] if index is not None else None
        label = spells.items[index][0] if index is not None else None
        if isinstance(claim, AggregateClaim):
            out.append(
                _hooked(claim, label, f"two-legged tie against {claim.opponent or '?'}", hook.aggregate(claim, item))
            )
        elif isinstance(claim, TitleClaim):
            out.append(_hooked(claim, label, f"title: {claim.competition}", hook.title(claim, item)))
        elif item is None:
            out.append(ClaimCheck(claim, label, claim.kind.value, Verdict.NOT_CHECKABLE, "no record of this spell"))
        elif isinstance(claim, PositionClaim) and claim.tournament:
            # "who finished third at the 2018 World Cup": a tournament's placing, not a league table's
            out.append(
                ClaimCheck(
                    claim,
                    label,
                    f"placing {claim.tournament}",
                    Verdict.NOT_CHECKABLE,
                    f"a placing {claim.tournament}, a tournament, not a league position",
                )
            )
        elif isinstance(claim, PositionClaim):
            assert index is not None
            out.append(_position(claim, item, spells, index))
        elif isinstance(claim, GameCountClaim):
            out.append(_games(claim, item))
    return out


def _hooked(claim: Claim, label: str | None, reading: str, answer: HookAnswer) -> ClaimCheck:
    verdict = Verdict.AGREES if answer.agrees else Verdict.DIFFERS
    if not answer.checkable:
        verdict = Verdict.NOT_CHECKABLE
    return ClaimCheck(claim, label, reading, verdict, answer.answer, answer.evidence)


# --- the audit -------------------------------------------------------------------------------------


def _stored(store: Store, article: Article) -> tuple[Person | None, list[Spell], str]:
    try:
        person = find_person(store, article.title)
    except NotFoundError:
        return None, [], "the article (no people file in the store: `touchline people from-article` writes one)"
    spells = [s for s in person_spells(store, person.id) if s.role in COACHING]
    return person, spells, f"the people file of {person.name} in the store"


def _row_check(
    store: Store, row: ArticleSpell, stored: Spell | None, person: Person | None, keys: Sequence[str]
) -> RowCheck:
    assert row.row is not None
    typed = {k: c.text for k, c in row.row.cells.items() if not c.derived}
    checked = [k for k in keys if not (row.row.cells.get(k) and row.row.cells[k].derived)]
    # a row the people file has no spell of (a partial file: spells it leaves out) is checked with the
    # article's own dates, as without a people file, and named as the article's only
    unmatched = None
    if stored is None and person is not None:
        unmatched = "no spell of the people file matches this row" + (f" ({row.problem})" if row.problem else "")
        if not row.club:
            cells = check_cells(typed, checked, None, None, unmatched)
            return RowCheck(row.row, row, None, None, cells, problem=unmatched)
        unmatched += ": checked with the article's dates"
    spell = stored or (row.spell("article") if row.club else None)
    if spell is None:
        problem = row.problem or f"no club named {row.team!r}"
        return RowCheck(row.row, row, None, None, check_cells(typed, checked, None, None, problem), problem=problem)
    item = spell_record(store, spell, Filters(), positions=True)
    why = _coverage_note(item) if item.coverage is not Coverage.FULL else ""
    if item.coverage is Coverage.NONE:
        why = f"no data: {why}"
    cells = check_cells(typed, checked, item.record, item.coverage, why)
    check = RowCheck(
        row.row,
        row,
        stored,
        item,
        cells,
        _date_checks(row, stored) if stored is not None else (),
        problem=unmatched,
        matches_command=matches_command(item),
    )
    return dataclasses.replace(check, reconcile=_reconcile(store, check))


def _total(article: Article, rows: Sequence[RowCheck], keys: Sequence[str]) -> tuple[CellCheck, ...]:
    table = article.table
    assert table is not None
    if table.total is None:
        return ()
    typed = {k: c.text for k, c in table.total.cells.items() if not c.derived}
    # a total the article types adds up the rows it gives figures for: a row it leaves blank ("—", a
    # youth team, a spell it has no figures of) is none of its total, whatever the data holds of it
    with_figures = [r for r in rows if any(_value(c.text, k) is not None for k, c in r.row.cells.items())]
    blank = [r.label for r in rows if all(r is not f for f in with_figures)]
    typed_total = any(_value(t, k) is not None for k, t in typed.items())
    summed = with_figures if with_figures and blank and typed_total else rows
    records = [r.record for r in summed if r.record is not None and r.record.coverage is not Coverage.NONE]
    total = Record()
    for item in records:
        total = total + item.record
    complete = len(records) == len(summed) and all(r.coverage is Coverage.FULL for r in records)
    why = "" if complete else "the total of touchline counts only the spells the data covers, some partly"
    if summed is not rows:
        left = f"the article's total adds up only the rows it gives figures for: this one leaves out {', '.join(blank)}"
        why = f"{left}; {why}" if why else left
    checked = [k for k in keys if not (table.total.cells.get(k) and table.total.cells[k].derived)]
    cells = check_cells(
        typed, checked, total if records else None, Coverage.FULL if complete else Coverage.PARTIAL, why
    )
    if summed is rows:
        return cells
    # the rows left out are said on every cell, a figure the whole data settles too
    return tuple(c if c.reason else dataclasses.replace(c, reason=why) for c in cells)


def record_keys(article: Article) -> list[str]:
    """The record columns to check: the table's; all of them when it has none, or when a plain
    rendering's header lost some (its record columns are the first of the standard order: the seed's
    ``| G | W | D |``)."""
    assert article.table is not None
    have = [k for k in RECORD_KEYS if k in article.table.columns]
    if not have or (article.format is Format.TEXT and have == list(RECORD_KEYS[: len(have)])):
        return list(RECORD_KEYS)
    return have


def audit_article(store: Store, path: str | Path) -> Audit:
    """Audit a biography file against the store (see the module's docstring)."""
    return audit(store, read_article(path))


def audit(store: Store, article: Article) -> Audit:
    """Audit an article already read."""
    teams = Teams(store)
    spells = [s for s in article_spells(article, teams) if s.from_table]
    person, stored, spells_from = _stored(store, article)
    pairs = _match(spells, stored, teams)
    assert article.table is not None
    keys = record_keys(article)
    rows = tuple(_row_check(store, s, pairs.get(i), person, keys) for i, s in enumerate(spells))
    used = {id(s) for s in pairs.values()}
    only_in_data = tuple(spell_record(store, s, Filters(), positions=True) for s in stored if id(s) not in used)
    known = _Spells(
        [
            (r.label, r.record, r.spell, _tokens(r.label, r.spell.club_name, r.record.team_name if r.record else None))
            for r in rows
        ]
        + [(i.spell.label or i.team_name, i, None, _tokens(i.spell.label, i.team_name)) for i in only_in_data]
    )
    claims = check_claims(store, article, known, teams, person)
    notes = []
    if not (set(FIGURES) & set(article.table.columns)):
        notes.append("the table has no record columns: every figure is proposed")
    return Audit(
        article, person, spells_from, rows, _total(article, rows, keys), only_in_data, tuple(claims), tuple(notes)
    )
