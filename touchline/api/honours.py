"""Honours from the store: a club's titles, finals and promotions, and a person's as player and manager.

A club's honours are derived from the data: league champions and runners-up (of every tier) from each
complete season's final standings, or from the final of the finals series or decider that settled
the title where the rules do not model it (none where an unmodelled round robin may have; the top of
the regular season then wins the premiership where the rules name one), or a title out of reach
whatever a season's matches without a result (no runner-up then); cup, super
cup and continental winners and runners-up from each season's decided final. Hand-entered honours
(``data/honours.toml``) add what the data lacks, marked as such, never replacing a derived one.

An honour is credited to the manager in charge on its deciding day (the day a league title was out of
reach, else the season's last match; the final), and to the players whose playing spell covers that
day (year-only spells cover whole years). A hand-entered honour without a date is credited to the
people its source names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from touchline.api.managers import SpellRecord, manager_record, spell_team_name
from touchline.api.people import spell_days
from touchline.api.tables import season_matches
from touchline.api.ties import season_rounds
from touchline.compute.coverage import GapKind
from touchline.compute.honours import (
    Honour,
    HonourKind,
    Place,
    clinched_honours,
    final_honours,
    group_honours,
    league_final_honours,
    league_honours,
    league_kind,
    premiership_honours,
    regional_honours,
)
from touchline.compute.standings import complete, declared_first, final_standings, title_decider_tie
from touchline.compute.tables import knockout_stage
from touchline.compute.ties import Tie
from touchline.compute.titles import beyond_table, champion, clinch_day, clinched, group_titles
from touchline.errors import NotFoundError
from touchline.model import Club, CompetitionKind, Match, Person, Role, Spell
from touchline.reference import competitions as catalog
from touchline.reference.honours import HandHonour, decided_editions, hand_honours
from touchline.reference.rules import Rules, rules_for
from touchline.store import read
from touchline.store.base import Store
from touchline.store.people import club_spells, find_person, person_spells

COACHING = (Role.HEAD_COACH, Role.CARETAKER)
_KINDS = {
    CompetitionKind.CUP: HonourKind.CUP,
    CompetitionKind.SUPER_CUP: HonourKind.SUPER_CUP,
    CompetitionKind.CONTINENTAL: HonourKind.CONTINENTAL,
    CompetitionKind.NATIONAL: HonourKind.CUP,
}


@dataclass(frozen=True, slots=True)
class Credited:
    """An honour with who was in charge on its day (``managers``: person names)."""

    honour: Honour
    managers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClubHonours:
    """A club's honours, oldest first, each with the manager(s) in charge."""

    club: Club
    honours: tuple[Credited, ...]


@dataclass(frozen=True, slots=True)
class SpellHonours:
    """The honours one spell of a person is credited with."""

    spell: Spell
    team_name: str
    honours: tuple[Honour, ...]


@dataclass(frozen=True, slots=True)
class PersonHonours:
    """A person's honours as player and as manager, spell by spell."""

    person: Person
    as_player: tuple[SpellHonours, ...]
    as_manager: tuple[SpellHonours, ...]
    # per coaching spell the store holds only part of: what it lacks, where honours go unseen
    unseen: tuple[str, ...] = ()


def derived_honours(
    store: Store, club: Club, first: dt.date | None = None, last: dt.date | None = None
) -> list[Honour]:
    """What the match data shows the club won (or was runner-up in); with ``first`` and ``last``, in the
    seasons whose matches reach into that window only."""
    found: list[Honour] = []
    for code, season in read.club_seasons(store, club.id, first, last):
        competition = catalog.competition(code)
        title = catalog.name_in(code, season)
        if competition.kind is CompetitionKind.LEAGUE:
            tier = catalog.tier(code)
            if tier is None:
                found.extend(_regional_honours(store, club, code, season, title))
            else:
                found.extend(_league_honours(store, club, code, season, title, tier))
        elif competition.kind in _KINDS and not _qualifying(code):
            final = season_rounds(store, code, season).final
            if final is not None and not _early_round(final):
                found.extend(final_honours(final, club.name, title, _KINDS[competition.kind]))
    return found


def _qualifying(code: str) -> bool:
    """Whether a competition is the qualifying rounds of another (``uefa.el.q``, whose winners go on to
    ``uefa.el``): winning its last tie the store holds is no honour (Auxerre's first-round UEFA Cup tie
    against Dinamo Zagreb, 1989-90, is filed as ``uefa.el.q``)."""
    return catalog.onward(code) is not None or code.endswith(".q")


def _early_round(final: Tie) -> bool:
    """Whether the one tie a season's data holds, read as its final, is headed as an early round
    ("Round 1", "Qual. Round 3"): a season the data holds only a round of, not a final."""
    labels = [label for label in (final.round, final.stage) if label]
    if any("final" in label.casefold() for label in labels):
        return False
    return any((catalog.qualifying_round(label) or "").isdigit() for label in labels)


def _league_honours(store: Store, club: Club, code: str, season: str, title: str, tier: int) -> list[Honour]:
    """The club's honour in one league season: from its final standings, from the final that settled
    the title (a finals series, a decider), or a title out of reach whatever the season's fixtures
    without a result."""
    matches = season_matches(store, code, season)
    rules = rules_for(code, season)
    played = [m.date for m in matches if m.counts]
    if not played or (rules.decision is not None and rules.decision.void):
        return []  # (a season the competition declared void has no champion, nor runner-up)
    if not complete(matches, rules):
        decided = _championship(store, matches, rules, club, tier)
        if decided is not None:
            return decided
        won = clinched(matches, rules)
        if won is None:
            return []
        return clinched_honours(won.table, club.name, code, title, tier, max(played), won.unresolved)
    table = final_standings(matches, rules)
    if not table.rows:
        return []
    if rules.decision is not None and rules.decision.champion:
        table = declared_first(table, champion(matches, rules))
    if table.rows[0].group:
        # a final between the groups' winners the rules name a decider settled the title (Norway 1948-49
        # to 1960-61): its winner champions, its loser runners-up
        decider = title_decider_tie(matches, rules, table)
        if decider is not None and decider.winner is not None:
            return league_final_honours(_sourced(store, decider), club.name, title, tier)
        settled = group_titles(matches, rules, table)
        return group_honours(table, matches, settled, club.name, code, title, tier, rules)
    beyond = beyond_table(matches, rules, table.rows[0].club)
    if beyond is None:
        won_on = clinch_day(matches, rules, club.name) if table.rows[0].club == club.name else None
        # a place is the club's when its own season ended: a manager who came after its last match (Leekens
        # at Club Brugge, 14 May 2012, the day after) did not finish it, though other clubs played on
        own = [m.date for m in matches if m.counts and club.name in (m.home, m.away)]
        found = league_honours(table, club.name, code, title, tier, max(own, default=max(played)), won_on)
        if rules.decision is not None and rules.decision.revoked:
            return [h for h in found if h.place is not Place.WINNER]  # a title taken away, given to nobody
        return found
    if beyond.final is None:
        return []
    found = league_final_honours(_sourced(store, beyond.final), club.name, rules.championship or title, tier)
    if rules.premiership and tier == 1:
        last = max(m.date for m in matches if m.counts and rules.is_regular(m.stage))
        found += premiership_honours(table, club.name, code, rules.premiership, last)
    return found


def _championship(store: Store, matches: Sequence[Match], rules: Rules, club: Club, tier: int) -> list[Honour] | None:
    """The club's honour in a league whose title a finals series decides (``rules.championship``: the MLS
    Cup), from the series' final, where the regular season before it is not whole in the data (MLS
    1996-1999, whose level matches the data gives by their shoot-out only: Chicago Fire's MLS Cup of
    1998); ``None`` where the rules name no such title or the data holds no decided final."""
    if not rules.championship:
        return None
    table = final_standings(matches, rules)
    beyond = beyond_table(matches, rules, table.rows[0].club) if table.rows else None
    if beyond is None or beyond.final is None or beyond.final.winner is None:
        return None
    if any(m.status.value in ("scheduled", "postponed") for m in matches if m.stage == beyond.stage):
        return None
    return league_final_honours(_sourced(store, beyond.final), club.name, rules.championship, tier)


def _regional_honours(store: Store, club: Club, code: str, season: str, title: str) -> list[Honour]:
    """The club's title in a league of no national tier (Brazil's state championships): the top of a
    complete season's final standings, or the winner of the knock-out stage's final that settled it
    (a group stage and play-offs, Campeonato Mineiro 2020: Atlético Mineiro beat Tombense in the final),
    read as :func:`touchline.compute.titles.beyond_table` reads a finals series. A knock-out's decided
    final settles the title even where the group stage before it is no round robin the rules model
    (the Campeonato Paulista's groups play each other's clubs); a season with fixtures still to play
    settles nothing, except in a stage beside the final (a relegation round's, Mineiro 2024)."""
    matches = season_matches(store, code, season)
    rules = rules_for(code, season)
    table = final_standings(matches, rules)
    if not table.rows or table.rows[0].group:
        return []
    beyond = beyond_table(matches, rules, table.rows[0].club)
    if beyond is None:
        last = max((m.date for m in matches if m.counts), default=None)
        if last is None or not complete(matches, rules):
            return []
        return regional_honours(table, None, club.name, code, title, last)
    if beyond.final is None or beyond.final.winner is None:
        return []
    stage = [m for m in matches if m.stage == beyond.stage]
    if any(m.status.value in ("scheduled", "postponed") for m in stage):
        return []
    if not complete(matches, rules) and not knockout_stage(stage):
        return []  # a round robin with a final of its own (a turno's) before the season's end: not the title
    return regional_honours(table, _sourced(store, beyond.final), club.name, code, title, beyond.final.matches[-1].date)


def _sourced(store: Store, final: Tie) -> Tie:
    """A final read from a table's matches (which carry no source) with each match's file and line, for
    the honour's evidence."""
    stored = read.matches(store, competitions=[final.competition], season=final.season)
    by_key = {(m.date, m.home, m.away): m for m in stored}

    def sourced(matches: tuple[Match, ...]) -> tuple[Match, ...]:
        return tuple(by_key.get((m.date, m.home, m.away), m) for m in matches)

    return dataclasses.replace(final, legs=sourced(final.legs), replays=sourced(final.replays))


def _hand_by_club(store: Store) -> dict[str, list[HandHonour]]:
    """The hand-entered honours by the id of the club each names (each name looked up once; kept while
    the store is unchanged: looking up the names no stored club has exactly takes seconds)."""
    return dict(store.lasting(("hand_honours_by_club",), lambda: _hand_by_club_now(store)))


def _hand_by_club_now(store: Store) -> dict[str, list[HandHonour]]:
    ids: dict[str, str | None] = {}
    by_club: dict[str, list[HandHonour]] = {}
    # a name one stored club has exactly is that club's at once; another is looked up as a user's is
    exact: dict[str, set[str]] = {}
    for stored, name, _, canonical in read.club_names(store):
        for found in (name, canonical):
            exact.setdefault(found, set()).add(stored)
    for entry in hand_honours():
        if entry.club not in ids:
            ids[entry.club] = _hand_club(store, entry.club, exact.get(entry.club, set()))
        club_id = ids[entry.club]
        if club_id is not None:
            by_club.setdefault(club_id, []).append(entry)
    return by_club


def _hand_club(store: Store, name: str, exact: set[str]) -> str | None:
    """The id of the club a hand-entered honour names: the one stored club with that exact name, else
    the club a look-up by name finds; ``None`` for a club the store does not hold."""
    if len(exact) == 1:
        return next(iter(exact))
    try:
        return read.find_club(store, name, suggest=False).id
    except NotFoundError:
        return None


def _honour(entry: HandHonour, club: Club) -> Honour:
    known = catalog.is_code(entry.competition)
    title = catalog.name_in(entry.competition, entry.season) if known else entry.competition
    kind = HonourKind.OTHER
    if known:
        competition = catalog.competition(entry.competition)
        tier = catalog.tier(entry.competition)
        if competition.kind is CompetitionKind.LEAGUE:
            kind = league_kind(tier) or HonourKind.OTHER
        else:
            kind = _KINDS.get(competition.kind, HonourKind.OTHER)
    return Honour(
        club.name,
        entry.competition,
        title,
        entry.season,
        Place(entry.place),
        kind,
        entry.date,
        "hand-entered",
        entry.source,
        entry.credited,
    )


def club_honours(store: Store, name: str) -> ClubHonours:
    """``touchline honours --club``: a club's honours, each with the manager in charge that day."""
    club = read.find_club(store, name)
    honours = _all(store, club, _hand_by_club(store))
    spells = [(p, s, spell_days(store, s)) for p, s in club_spells(store, club.id) if s.role in COACHING]
    credited = tuple(Credited(h, tuple(p.name for p, s, days in spells if _covers(s, days, h))) for h in honours)
    return ClubHonours(club, credited)


def _all(
    store: Store,
    club: Club,
    hand: dict[str, list[HandHonour]],
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[Honour]:
    """Derived and hand-entered honours (a hand entry the data also shows is left out), by date; with
    ``first`` and ``last``, derived ones of the seasons reaching into that window only."""
    derived = derived_honours(store, club, first, last)
    seen = {(h.competition, h.season, h.place) for h in derived}
    entered = [_honour(entry, club) for entry in hand.get(club.id, ())]
    return sorted(derived + [h for h in entered if (h.competition, h.season, h.place) not in seen], key=_when)


def _when(honour: Honour) -> tuple[dt.date, str]:
    return (honour.date or dt.date(int(honour.season[:4]), 12, 31), honour.title)


def _covers(spell: Spell, days: tuple[dt.date, dt.date], honour: Honour) -> bool:
    """Whether an honour is credited to a spell (its first and last ``days``): its day inside them, or
    its source names the person."""
    if honour.date is None:
        return spell.person in honour.credited
    return days[0] <= honour.date <= days[1]


def person_honours(store: Store, name: str, records: Sequence[SpellRecord] | None = None) -> PersonHonours:
    """``touchline honours NAME``: a person's honours as player and as manager, spell by spell; what the
    store lacks of each coaching spell from ``records`` (its :class:`SpellRecord` objects, when the caller
    has them), else from the person's record computed here."""
    with store.remembering():
        return _person_honours(store, name, records)


def _person_honours(store: Store, name: str, records: Sequence[SpellRecord] | None) -> PersonHonours:
    """What :func:`person_honours` says, worked out."""
    person = find_person(store, name)
    spells = person_spells(store, person.id)
    wanted = [s for s in spells if s.role in (Role.PLAYER, *COACHING)]
    # each club's honours once, over the days all of the person's spells there cover
    windows: dict[str, tuple[dt.date, dt.date]] = {}
    days = [spell_days(store, spell) for spell in wanted]
    for spell, (start, end) in zip(wanted, days, strict=True):
        low, high = windows.get(spell.team, (start, end))
        windows[spell.team] = (min(low, start), max(high, end))
    hand = _hand_by_club(store)
    by_club: dict[str, list[Honour]] = {}
    as_player: list[SpellHonours] = []
    as_manager: list[SpellHonours] = []
    for spell, spell_span in zip(wanted, days, strict=True):
        team_name = read.club_name(store, spell.team)
        if team_name is None:
            continue  # a national team or a club not in the store
        if spell.team not in by_club:
            by_club[spell.team] = _all(store, Club(spell.team, team_name, None), hand, *windows[spell.team])
        won = tuple(h for h in by_club[spell.team] if _covers(spell, spell_span, h))
        if not won:
            continue
        target = as_player if spell.role is Role.PLAYER else as_manager
        target.append(SpellHonours(spell, team_name, won))
    if records is None:
        records = manager_record(store, person.id).spells
    # (a founded note, that the club had not played yet, hides no honour)
    decided = decided_editions()
    unseen = tuple(note for note in (_unseen(found, decided) for found in records) if note is not None)
    return PersonHonours(person, tuple(as_player), tuple(as_manager), unseen)


_COMPETITION_GAPS = (GapKind.CUP, GapKind.SUPER_CUP, GapKind.CLUB_WORLD_CUP, GapKind.CONTINENTAL)


def _unseen(found: SpellRecord, decided: frozenset[tuple[str, str]]) -> str | None:
    """What a coaching spell's coverage lacks, as a note of its honours: titles there cannot be shown;
    ``None`` when it lacks nothing that could hide one. An edition in ``decided`` (its winner and
    runner-up entered by hand: :func:`touchline.reference.honours.decided_editions`) is shown, not
    lacking."""
    seasons: dict[str, list[str]] = {}  # a competition's seasons, in order of first mention
    others = []
    # a season whose fixtures without a result are told of in full is not listed again as lacking
    # (Corinthians' Copa do Brasil 2024 under Ramón Díaz: its last fixtures had no result)
    told = {(gap.name, s) for gap in found.gaps if gap.kind is GapKind.NO_RESULT for s in gap.seasons}
    for gap in found.gaps:
        if gap.kind is GapKind.FOUNDED:
            continue
        if gap.kind in _COMPETITION_GAPS and not gap.possible:  # (a possible one says so in its own words)
            listed = seasons.setdefault(gap.name, [])
            listed.extend(
                s
                for s in gap.seasons
                if s not in listed and (gap.name, s) not in told and (gap.competition or "", s) not in decided
            )
        else:
            others.append(str(gap))
    seasons = {name: listed for name, listed in seasons.items() if listed}
    # "it lacks" the competitions' seasons; the other notes say what is missing in their own words
    # ("the store has no matches of this team between ...")
    lacks = [f"{name} {', '.join(listed)}" for name, listed in seasons.items()]
    told_so = ([f"it lacks {'; '.join(lacks)}"] if lacks else []) + others
    if not told_so:
        return None
    label = spell_team_name(found.spell, found.team_name)
    open_spell = found.spell.end is None and found.spell.end_year is None
    # the day the person file gives, as the record and the article show it (the window may end a day
    # before, when the successor's first day is that day)
    end = "present" if open_spell else (found.spell.end or found.end).isoformat()
    return f"{label} ({found.start.isoformat()} to {end}): honours the store cannot show: {'; '.join(told_so)}"
