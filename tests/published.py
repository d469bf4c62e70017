"""Published managerial records checked against the whole corpus: the shared checks of
``tests/test_published_records_*.py`` and ``tests/test_full_corpus.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.api.tables import competition_table
from touchline.compute.coverage import GapKind
from touchline.compute.records import record
from touchline.model import Match
from touchline.store import Store


def spell_of(
    full: Store, name: str, team: str, filters: Filters | None = None, start: dt.date | None = None
) -> SpellRecord:
    """The manager's spell at ``team`` (the one starting on ``start`` where he had several)."""
    spells = manager_record(full, name, filters or Filters()).spells
    return next(s for s in spells if s.team_name == team and (start is None or s.start == start))


def check_whole(full: Store, name: str, team: str, published: tuple[int, ...], start: dt.date | None = None) -> None:
    """The spell's G, W, D, L are the published ones, and the store holds every match of it."""
    spell = spell_of(full, name, team, start=start)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == published
    assert spell.coverage == "full"


def check_store_and_missing(
    full: Store,
    name: str,
    team: str,
    filters: Filters,
    found: tuple[int, ...],
    missing: set[tuple[str, str]],
    lacked: tuple[int, ...],
    published: tuple[int, ...],
) -> None:
    """The spell's G, W, D, L in the store are ``found``; it names exactly ``missing`` (competition,
    season) as lacking; and the published record is the store's and those matches, counted by hand
    (``lacked``)."""
    spell = spell_of(full, name, team, filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == found
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == missing
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == published


def certain_gaps(spell: SpellRecord, code: str, kind: GapKind | None = None) -> dict[str, str]:
    """The spell's certain gaps of competition ``code`` (of ``kind``, if given): each season with why the
    team was expected there."""
    return {
        season: g.why
        for g in spell.gaps
        if g.competition == code and g.certain and (kind is None or g.kind is kind)
        for season in g.seasons
    }


MLS = Filters(competitions=("us.1",))


def playoff_gaps(store: Store, person: str, team: str) -> list[str]:
    """The play-off gaps of a person's spells at a team, as their notes read."""
    spells = [s for s in manager_record(store, person).spells if s.team_name == team]
    assert spells, f"no spell of {person} at {team}"
    return [str(g) for s in spells for g in s.gaps if g.kind is GapKind.PLAYOFF]


def mls_playoff(match: Match) -> bool:
    """Whether an MLS match is one of the MLS Cup playoffs (the source's stage "Playoffs")."""
    return "playoff" in (match.stage or "").lower()


def mls_wlt(matches: Iterable[Match], team: str) -> tuple[int, int, int]:
    """Wins, losses, ties of ``team`` in the matches, as MLS writes a record (a shoot-out is a tie)."""
    rec = record([m for m in matches if m.counts], team)
    return (rec.won, rec.lost, rec.drawn)


def check_national_partial(
    spell: SpellRecord,
    unplayed: dict[tuple[str, str], int] | None = None,
    stages: Iterable[tuple[str, str]] = (),
) -> None:
    """A national team's spell is ``partial``: the store's note says it holds the team's UEFA Nations League
    matches only (friendlies, qualifiers and other tournaments being missing, not zeros), and the only other
    gaps are the Nations League fixtures listed without a result, ``unplayed`` ((competition, season):
    how many), and the stages of it the store lacks, ``stages`` ((season, stage))."""
    lacked = [(season, g.why) for g in spell.gaps if g.kind is GapKind.NATIONAL_STAGE for season in g.seasons]
    assert lacked == list(stages)
    gaps = [g for g in spell.gaps if g.kind is not GapKind.NATIONAL_STAGE]
    assert spell.coverage == "partial"
    assert [g.name for g in gaps if g.kind is GapKind.NATIONAL] == ["UEFA Nations League"]
    assert "friendlies, qualifiers" in str(next(g for g in gaps if g.kind is GapKind.NATIONAL))
    others = {
        (g.competition or "", season): g.count for g in gaps if g.kind is not GapKind.NATIONAL for season in g.seasons
    }
    assert all(g.kind in (GapKind.NATIONAL, GapKind.NO_RESULT) for g in gaps)
    assert others == (unplayed or {})


FinalRow = tuple[int, str, int, int, int, int, int, int, int]


def final_rows(full: Store, code: str, season: str) -> list[FinalRow]:
    """(position, club, played, won, drawn, lost, goals for, against, points) of a season's final table."""
    table = competition_table(full, code, season)
    return [(r.position, r.club, r.played, r.won, r.drawn, r.lost, r.gf, r.ga, r.points) for r in table.rows]


def whole_gwdl(
    full: Store, name: str, team: str, filters: Filters, start: dt.date | None = None
) -> tuple[int, int, int, int]:
    """The spell's G, W, D, L under ``filters``, once the store is known to hold all of them."""
    spell = spell_of(full, name, team, filters, start=start)
    assert spell.coverage == "full"
    return spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost
