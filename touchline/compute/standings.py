"""A season's final standings across its stages, as the competition ranks them.

The regular season's table first; then each stage the rules list with ``final = true`` (a
championship round, Play-off I, a relegation round) re-orders its own clubs within the block of
places they held after the regular season, stage after stage: every club of a championship group above
every club of a relegation group (Denmark; Croatia 2003-04, where the first stage's tie-break differs),
Play-off I above the rest (Belgium). A stage ranked in separate groups that never meet (Denmark's
relegation groups of 2016-17 to 2019-20) leaves its clubs in their regular-season places. A curtailed
season is the table of the matches played under the competition's decision. A season played only in
regional groups (2. Bundesliga Nord and Süd, 1974-81) gives each group's table, one after the other;
so does a regular season played as separate round robins under one stage (the Chinese Super League of
2020, two groups of eight: :func:`~touchline.compute.tables.round_robins`), its rows labelled "A", "B", ...
and placed within their group, stages after it leaving those places as they are.
Every row names the stage whose table placed it. A play-off the rules do not model between two clubs
level on points in neighbouring places puts its winner above (Serie A's spareggi). Standings of a season
whose fixtures the data lists without a result (scheduled or postponed) say how many, and are not the
season's final table (:attr:`LeagueTable.unplayed`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from touchline.compute.tables import (
    LeagueTable,
    TableRow,
    chronological,
    components,
    knockout_stage,
    matches_by_stage,
    prepare_sorted,
    round_robins,
    tables_for,
)
from touchline.compute.ties import Tie, final_of, rounds
from touchline.model import Match, Status
from touchline.reference.rules import Carry, Rules
from touchline.reference.stages import stage_label
from touchline.reference.ties import tie_rules

REGULAR = "Regular Season"


def final_standings(matches: Iterable[Match], rules: Rules, *, as_of: dt.date | None = None) -> LeagueTable:
    """The season's final standings (as of a date: the standings the stages played by then give)."""
    everything = sorted(matches, key=chronological)
    by_stage = matches_by_stage(everything)
    if not any(rules.is_regular(stage) for stage in by_stage):
        groups = [s for s in by_stage if s is not None and not knockout_stage(by_stage[s])]
        if groups:
            # tournaments or groups of their own (Argentina's Apertura and Clausura), or a season the
            # data names by its one tournament (Argentina's Torneo de Transición of 2014)
            return _groups(everything, by_stage, rules, groups, as_of)
    regular = tables_for(prepare_sorted(everything, rules, None, by_stage), as_of=as_of)[0]
    rows = {row.club: row._replace(stage=REGULAR) for row in regular.rows}
    grouped = any(row.group for row in regular.rows)  # a regular season of separate round robins
    notes = list(regular.notes)
    deductions = list(regular.deductions)  # and those a later stage applies (Xanthi, Greece 2019-20)
    # a curtailed season's stages too, where they began (ranked by the decision's criteria)
    placed: list[list[str]] = []  # each final stage's clubs, in its order, the stages in the rules' order
    for rule in rules.stages:
        names = [s for s in by_stage if s is not None and rule.matches_name(s)]
        if not rule.final or not names or not _begun(by_stage, names, as_of):
            continue
        stage = tables_for(prepare_sorted(everything, rules, names[0], by_stage), as_of=as_of)[0]
        notes.extend(n for n in stage.notes if n not in notes)
        deductions.extend(d for d in stage.deductions if d not in deductions)
        if any(row.group for row in stage.rows):
            notes.append(f"{stage.stage}: ranked in groups; its clubs keep their regular-season places")
            continue
        if grouped:
            # places within the regular season's groups are no block of places across them
            notes.append(f"{stage.stage}: after a regular season in groups; its clubs keep their group places")
            continue
        block = sorted(rows[row.club].position for row in stage.rows if row.club in rows)
        if len(block) != len(stage.rows):
            continue  # a club of the stage missing from the regular season: the data is partial
        for position, row in zip(block, stage.rows, strict=True):
            rows[row.club] = row._replace(position=position, stage=stage.stage)
        placed.append([row.club for row in stage.rows])
    rows.update(_in_stage_blocks(rows, placed))
    if rules.unmodelled:
        notes.append(f"Not the competition's own standings: {rules.unmodelled}")
    others = unmodelled_stages(by_stage, rules)
    ordered = sorted(rows.values(), key=_placed)
    # a play-off between the leaders of separate groups is no tie between neighbours of one table: only
    # a stage the rules name a decider settles their title (Norway 1948-49 to 1960-61: the two groups'
    # winners met in a final), the groups' places standing
    decided = _decider(by_stage, rules, ordered, [] if grouped else others, as_of)
    if decided is not None and grouped:
        notes.append(_group_title_note(*decided, rules))
    elif decided is not None:
        tie, decider = decided
        winner, loser = (tie.winner, tie.loser) if tie.winner else _declared_winner(tie, rules)
        assert winner is not None and loser is not None
        top = [r for r in ordered if r.club == winner] + [r for r in ordered if r.club == loser]
        ordered = top + [r for r in ordered if r.club not in (winner, loser)]
        ordered = [row._replace(position=n, shared=False) for n, row in enumerate(ordered, 1)]
        how = f", {tie.how}" if tie.winner and tie.how else ""
        label = stage_label(rules.competition, decider)
        notes.append(f"{winner} first, {loser} second: the {label} between them decided the title ({winner}{how})")
        others = [s for s in others if s != decider]
    for playoff, tie in _level_playoffs(by_stage, ordered, others, as_of):
        assert tie.winner is not None and tie.loser is not None
        above = {tie.winner: 0, tie.loser: 1}
        pair = sorted((r for r in ordered if r.club in above), key=lambda r: above[r.club])
        first = min(r.position for r in pair)
        ordered = sorted(
            [r for r in ordered if r.club not in above] + [r._replace(position=first + above[r.club]) for r in pair],
            key=_placed,
        )
        how = f", {tie.how}" if tie.how else ""
        notes.append(
            f"{tie.winner} above {tie.loser}, level on points: {tie.winner} won the play-off between them "
            f"({stage_label(rules.competition, playoff)}{how})"
        )
        others = [s for s in others if s != playoff]
    if others:
        count = sum(len(by_stage[stage]) for stage in others)
        notes.append(
            f"Not counted: {count} matches of {', '.join(stage_label(rules.competition, s) for s in others)}, "
            f"stages the rules for "
            f"{rules.competition or 'this league'} do not model; the competition's final standings may differ"
        )
    notes += left_out_notes(by_stage)
    unplayed = awaiting(by_stage, [s for s in by_stage if _in_table(s, by_stage, rules)], rules, as_of)
    notes += unplayed_notes(unplayed)
    return replace(
        regular,
        rows=tuple(ordered),
        notes=tuple(notes),
        final=True,
        deductions=tuple(deductions),
        unplayed=len(unplayed),
    )


def _placed(row: TableRow) -> tuple[str, int, str]:
    """The order of final standings' rows: by group (a regular season in groups), place, then club."""
    return (row.group or "", row.position, row.club)


def _in_stage_blocks(rows: Mapping[str, TableRow], placed: Sequence[Sequence[str]]) -> dict[str, TableRow]:
    """The final stages' clubs placed stage after stage, in the rules' order (a championship round above
    a relegation round): each stage takes the next places of those its clubs held after the regular
    season. Where the regular season's table already splits the clubs as the stages do, nothing moves;
    where it does not (its tie-break put Kamen Ingrad sixth in Croatia 2003-04, but Zadar played the
    championship round), every club of a higher stage still ranks above every club of a lower one."""
    clubs = [club for stage in placed for club in stage]
    positions = sorted(rows[club].position for club in clubs)
    return {
        club: rows[club]._replace(position=position)
        for club, position in zip(clubs, positions, strict=True)
        if rows[club].position != position
    }


def left_out_notes(by_stage: Mapping[str | None, Sequence[Match]]) -> list[str]:
    """What a table says of the fixtures it reads as met but cannot count (:func:`met_fixtures`), its
    season's matches given by stage: a match abandoned, or a stray one cancelled, with no result in the
    data; the competition's own standings may hold a result for it (an awarded one)."""
    left = [m for found in by_stage.values() for m in met_fixtures(found) if not m.counts]
    if not left:
        return []
    named = "; ".join(f"{m.home} v {m.away} ({m.date.isoformat()}, {m.status.value})" for m in left[:3])
    more = f" and {len(left) - 3} more" if len(left) > 3 else ""
    return [
        f"Without a result in the data, not counted: {named}{more}; the competition's final standings may "
        "hold one (an awarded result)"
    ]


def _in_table(stage: str | None, by_stage: Mapping[str | None, Sequence[Match]], rules: Rules) -> bool:
    """Whether a stage's fixtures are part of the season's table: the regular season, a stage the rules
    rank in the final standings, or a round robin they do not model (a championship round the table
    notes it does not count); not a knock-out (a play-off for a European place) nor a stage the rules
    rank outside the standings (``final = false``: Belgium's Play-off II)."""
    if stage is None or rules.is_regular(stage):
        return True
    rule = rules.stage_rule(stage)
    if rule is not None:
        return rule.final
    return not rules.is_decider(stage) and not knockout_stage(by_stage[stage])


def awaiting(
    by_stage: Mapping[str | None, Sequence[Match]],
    stages: Iterable[str | None],
    rules: Rules,
    as_of: dt.date | None,
) -> list[Match]:
    """The fixtures of the standings' ``stages`` the data lists without a result (scheduled or
    postponed, by ``as_of`` where given; not a match played and decided by a shoot-out alone, nor one
    whose clubs met in that stage later with a result: a fixture rearranged): the data holds the season
    only in part (the Russian Premier League of 2019-20 to its 26th round, 27 to 30 listed as fixtures).
    None where the competition decided the season on the matches played (a season curtailed: its
    fixtures left are no more to be played)."""
    decision = rules.decision
    if decision is not None and (as_of is None or as_of >= (decision.date or as_of)):
        return []
    out: list[Match] = []
    for stage in stages:
        found = by_stage.get(stage, ())
        met = {(m.home, m.away): m.date for m in found if m.counts}
        out += [
            m
            for m in found
            if m.status in (Status.SCHEDULED, Status.POSTPONED)
            and not m.counts
            and (as_of is None or m.date <= as_of)
            and not ((m.home, m.away) in met and met[(m.home, m.away)] > m.date)
        ]
    return out


def unplayed_notes(unplayed: Sequence[Match]) -> list[str]:
    """What final standings say of fixtures the data lists without a result (:func:`awaiting`): they
    are not the season's final table."""
    if not unplayed:
        return []
    many = len(unplayed)
    fixtures = "fixture" if many == 1 else "fixtures"
    first, last = min(m.date for m in unplayed), max(m.date for m in unplayed)
    dates = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    return [
        f"Not the final table: the data lists {many} {fixtures} without a result ({dates}, scheduled or "
        "postponed); the standings are those of the matches with one"
    ]


def _decider(
    by_stage: dict[str | None, list[Match]],
    rules: Rules,
    rows: Sequence[TableRow],
    others: Sequence[str],
    as_of: dt.date | None,
) -> tuple[Tie, str] | None:
    """The tie that decided the title outside the table, and its stage: the final of a stage the rules
    name a decider (J.League: the stage winners meet), or a single tie of a stage the rules do not
    model between the two clubs level on points at the top (Georgia 2003-04: WIT Georgia and Sioni
    Bolnisi on 41, WIT won the final). ``None`` where none did, or the data does not decide it (a
    decided tie, or one whose winner the competition declared)."""
    clubs = {row.club for row in rows}
    for stage in [s for s in by_stage if s is not None and rules.is_decider(s)] + list(others):
        found = [m for m in by_stage[stage] if as_of is None or m.date <= as_of]
        if not found:
            continue
        tie = final_of(rounds(found, tie_rules(found[0].competition, found[0].season)))
        if tie is None or not {tie.first, tie.second} <= clubs:
            continue
        if not rules.is_decider(stage):
            if rules.premiership or rules.championship or len(rows) < 2 or not knockout_stage(found):
                continue
            level = [row for row in rows if row.points == rows[0].points]
            pair = {m.home for m in found} | {m.away for m in found}
            if len(level) != 2 or pair != {row.club for row in level}:
                continue
        if tie.winner is not None or _declared_winner(tie, rules)[0] is not None:
            return tie, stage
    return None


def _level_playoffs(
    by_stage: dict[str | None, list[Match]],
    rows: Sequence[TableRow],
    others: Sequence[str],
    as_of: dt.date | None,
) -> list[tuple[str, Tie]]:
    """Play-offs between two clubs level on points in places next to each other, in stages the rules do
    not model: one tie each, its winner placed above its loser (Serie A's spareggi: 2004-05 Parma above
    Bologna for 17th, 2022-23 Verona above Spezia). A tie the data does not settle decides nothing."""
    by_club = {row.club: row for row in rows}
    found: list[tuple[str, Tie]] = []
    for stage in others:
        matches = [m for m in by_stage[stage] if as_of is None or m.date <= as_of]
        clubs = {m.home for m in matches} | {m.away for m in matches}
        if len(clubs) != 2 or not clubs <= by_club.keys():
            continue
        one, other = (by_club[club] for club in sorted(clubs))
        if one.group != other.group or one.points != other.points or abs(one.position - other.position) != 1:
            continue
        if one.shared or other.shared:
            continue
        played = rounds(matches, tie_rules(matches[0].competition, matches[0].season))
        ties = [tie for r in played for tie in r.ties]
        if len(ties) == 1 and ties[0].winner is not None and ties[0].loser is not None:
            found.append((stage, ties[0]))
    return found


def title_decider(matches: Iterable[Match], rules: Rules, table: LeagueTable) -> tuple[str, str] | None:
    """(winner, loser) of the final of a stage the rules name a decider, played between two clubs of
    the season's final standings ``table`` (in a season of groups: the clubs of different groups, Norway's
    group winners of 1948-49 to 1960-61); ``None`` where the rules name none or the data does not decide
    it."""
    tie = title_decider_tie(matches, rules, table)
    return None if tie is None else _decided_pair(tie, rules)


def title_decider_tie(matches: Iterable[Match], rules: Rules, table: LeagueTable) -> Tie | None:
    """The final :func:`title_decider` reads its winner and loser from (its matches, for honours)."""
    if not rules.deciders:
        return None
    by_stage = matches_by_stage(sorted(matches, key=chronological))
    decided = _decider(by_stage, rules, table.rows, [], table.as_of)
    return None if decided is None else decided[0]


def _decided_pair(tie: Tie, rules: Rules) -> tuple[str, str]:
    """(winner, loser) of a decider :func:`_decider` found: decided, or its winner declared."""
    winner, loser = (tie.winner, tie.loser) if tie.winner else _declared_winner(tie, rules)
    assert winner is not None and loser is not None
    return winner, loser


def _group_title_note(tie: Tie, decider: str, rules: Rules) -> str:
    """What the standings of a season in groups say of the decider that settled its title: they rank
    each group, the decider's winner is champion."""
    winner, loser = _decided_pair(tie, rules)
    how = f", {tie.how}" if tie.winner and tie.how else ""
    label = stage_label(rules.competition, decider)
    return f"{winner} champions, {loser} runners-up: the {label} between them decided the title ({winner}{how})"


def _declared_winner(tie: Tie, rules: Rules) -> tuple[str | None, str | None]:
    """(winner, loser) of a decider the data leaves level, where the competition's decision names one
    of its two clubs champion (J.League 2016: Kashima won the final on away goals); else ``(None,
    None)``."""
    champion = rules.decision.champion if rules.decision is not None else None
    if champion in (tie.first, tie.second):
        return champion, tie.second if champion == tie.first else tie.first
    return None, None


def declared_first(table: LeagueTable, champion: str | None) -> LeagueTable:
    """A season's final standings with the champion a competition declared at the top (a title a
    play-off the data lacks decided, or an awarded result it gives as played): the others follow in
    their order."""
    if champion is None or not table.rows or table.rows[0].club == champion:
        return table
    if not any(row.club == champion for row in table.rows):
        return table
    ordered = [r for r in table.rows if r.club == champion] + [r for r in table.rows if r.club != champion]
    rows = tuple(row._replace(position=n, shared=False) for n, row in enumerate(ordered, 1))
    return replace(table, rows=rows)


def unmodelled_stages(by_stage: dict[str | None, list[Match]], rules: Rules) -> list[str]:
    """The season's stages that its rules neither count as the regular season nor list (a championship
    round of a league without a rules file): their matches are in no table of the final standings."""
    return [
        stage
        for stage in by_stage
        if stage is not None
        and not rules.is_regular(stage)
        and not rules.is_decider(stage)
        and not any(r.matches_name(stage) for r in rules.stages)
    ]


def _begun(by_stage: dict[str | None, list[Match]], names: list[str], as_of: dt.date | None) -> bool:
    """Whether the stage has a counted match (by ``as_of``)."""
    return any(m.counts and (as_of is None or m.date <= as_of) for name in names for m in by_stage[name])


def _groups(
    everything: list[Match],
    by_stage: dict[str | None, list[Match]],
    rules: Rules,
    groups: list[str],
    as_of: dt.date | None,
) -> LeagueTable:
    """A season of regional groups: each group's table, rows labelled with their group."""
    rows: list[TableRow] = []
    notes: list[str] = []
    first: LeagueTable | None = None
    carried = {name: _carried_from(name, groups, by_stage, rules) for name in groups}
    for name in groups:
        if carried[name] is not None:
            continue  # ranked within the group it carries from, below
        table = tables_for(prepare_sorted(everything, rules, name, by_stage), as_of=as_of)[0]
        first = first or table
        rows.extend(row._replace(group=name, stage=name) for row in table.rows)
        notes.extend(n for n in table.notes if n not in notes)
    assert first is not None
    for name, base in carried.items():
        if base is None or not _begun(by_stage, [name], as_of):
            continue
        # a promotion or relegation round of a group's clubs, the group's record carried (2. Bundesliga
        # Nord and Süd, 1991-92): it re-orders its clubs within the places they held in the group
        own = replace(rules, regular_stages=(base,))
        stage = tables_for(prepare_sorted(everything, own, name, by_stage), as_of=as_of)[0]
        notes.extend(n for n in stage.notes if n not in notes)
        # the group's places in its order (a place two clubs shared in the group is two places here)
        at = {
            row.club: (place, index)
            for place, (index, row) in enumerate(((i, r) for i, r in enumerate(rows) if r.group == base), 1)
        }
        if len(at) == 0 or any(row.club not in at for row in stage.rows):
            continue
        block = sorted(at[row.club] for row in stage.rows)
        for (position, index), row in zip(block, stage.rows, strict=True):
            rows[index] = row._replace(position=position, group=base, stage=name)
    others = unmodelled_stages(by_stage, rules)
    for name in groups:
        if carried[name] is not None:
            continue
        # a tie named after the group between the two clubs level on points at its top decided its
        # title (Argentina's Apertura 2006: Estudiantes beat Boca Juniors 2-1 in the "Apertura
        # Finale"): its winner first, its loser second, as the honours read it
        mine = sorted((row for row in rows if row.group == name), key=lambda r: (r.position, r.club))
        named = [s for s in others if s.casefold() != name.casefold() and s.casefold().startswith(name.casefold())]
        decided = _decider(by_stage, replace(rules, deciders=()), mine, named, as_of) if named else None
        if decided is None:
            continue
        tie, decider = decided
        winner, loser = (tie.winner, tie.loser) if tie.winner else _declared_winner(tie, rules)
        assert winner is not None and loser is not None
        top = [r for r in mine if r.club == winner] + [r for r in mine if r.club == loser]
        placed = {
            row.club: row._replace(position=n, shared=False)
            for n, row in enumerate(top + [r for r in mine if r.club not in (winner, loser)], 1)
        }
        ordered = iter(sorted(placed.values(), key=lambda r: r.position))
        rows = [next(ordered) if row.group == name else row for row in rows]
        how = f", {tie.how}" if tie.winner and tie.how else ""
        notes.append(
            f"{name}: {winner} first, {loser} second: the {stage_label(rules.competition, decider)} between "
            f"them decided the title ({winner}{how})"
        )
    # a stage the rules name a decider between clubs of different groups settles the season's title
    # (Brazil 2000: Vasco da Gama over São Caetano in the Copa João Havelange's final)
    decided = _decider(by_stage, rules, rows, [], as_of) if rules.deciders else None
    if decided is not None:
        notes.append(_group_title_note(*decided, rules))
    played = [name for name in groups if carried[name] is None]
    notes.insert(
        0, f"Played in {len(played)} groups: {', '.join(played)}" if len(played) > 1 else f"Played as {played[0]}"
    )
    later = [stage_label(rules.competition, name) for name in groups if carried[name] is not None]
    if later:
        notes.insert(1, f"{', '.join(later)}: each group's record carried into the round; it ranks its clubs")
    decision = rules.decision
    if decision is not None and (as_of is None or as_of >= (decision.date or as_of)):
        notes.append(decision.note)  # a tournament cancelled (Liga MX's Clausura 2020)
    notes += [n for n in left_out_notes(by_stage) if n not in notes]
    unplayed = awaiting(by_stage, groups, rules, as_of)
    notes += unplayed_notes(unplayed)
    return replace(
        first, rows=tuple(rows), notes=tuple(notes), stage=None, final=True, deductions=(), unplayed=len(unplayed)
    )


def _carried_from(
    name: str, groups: Sequence[str], by_stage: dict[str | None, list[Match]], rules: Rules
) -> str | None:
    """The earlier group whose record a group-season's stage carries (its rule's ``carry``), where all
    its clubs played: "Nord" for "Nord Aufstieg"; ``None`` for a stage that carries nothing."""
    rule = rules.stage_rule(name)
    if rule is None or rule.carry is Carry.NONE or not rule.final:
        return None
    clubs = {c for m in by_stage[name] for c in (m.home, m.away)}
    for other in groups[: groups.index(name)]:
        other_rule = rules.stage_rule(other)
        if other_rule is not None and other_rule.carry is not Carry.NONE:
            continue
        if clubs <= {c for m in by_stage[other] for c in (m.home, m.away)}:
            return other
    return None


def complete(matches: Iterable[Match], rules: Rules) -> bool:
    """Whether the data holds the whole season: no fixture left to play, and in the regular season every
    club with the same number of games, a whole number of rounds against each other (a season cut short
    in the data, like a file downloaded in November, is not complete; nor is a season of a league
    with a split whose later rounds the data lacks). A curtailed season the competition decided is
    complete as declared."""
    everything = list(matches)
    if rules.unmodelled:
        return False  # a format touchline does not model: its final table is not the competition's
    if rules.decision is not None:
        return True
    by_stage = matches_by_stage(sorted(everything, key=chronological))
    pending = {m.stage for m in everything if m.status.value in ("scheduled", "postponed")}
    if pending and not all(_beside_title(stage, by_stage, rules) for stage in pending):
        return False
    finals = [rule for rule in rules.stages if rule.final]
    if finals and not any(rule.matches_name(stage) for rule in finals for stage in by_stage):
        return False  # a split season whose championship round the data does not hold (not played yet)
    for stage in (s for s in by_stage if rules.is_decider(s)):
        tie = final_of(rounds(by_stage[stage], tie_rules(by_stage[stage][0].competition, by_stage[stage][0].season)))
        if tie is None or (tie.winner is None and _declared_winner(tie, rules)[0] is None):
            return False  # a decider the data does not settle (and no decision names its winner)
    # a match abandoned with no result in the data still was the fixture's one meeting, and so was one
    # cancelled in the course of the season: the season is whole without them (Treviso v Grosseto, Serie
    # B, 14 May 2008; Manisaspor v Sakaryaspor, Süper Lig, 17 March 2007); the table notes they are not
    # counted; so was a stray one of the last round, never played, its clubs with no match after it
    # (Chapecoense v Atlético Mineiro, Brasileirão, 11 December 2016, after the Chapecoense air
    # disaster). More fixtures cancelled at the end are a season cut short.
    regulars = {stage for stage in by_stage if rules.is_regular(stage)}
    regular = met_fixtures([m for stage in regulars for m in by_stage[stage]])
    groups = [found for stage, found in by_stage.items() if not rules.is_regular(stage)]
    # a regular season of separate round robins (Norway's two groups of eight, 1948-49 to 1960-61): each
    # group whole on its own
    separate = _connected(regular) if regular and round_robins(regular) else [regular]
    pools = separate if regular else [met_fixtures(g) for g in groups if not knockout_stage(g)]
    # the championship round after a split whole and played (a season abandoned during it, its fixtures
    # cancelled, is not complete; a relegation round with a match cancelled at the end still is)
    after = [
        group
        for stage, found in by_stage.items()
        if regular and finals and finals[0].matches_name(stage)
        for group in _connected(found)
    ]
    # a regular season followed by a later stage (a finals series, a split) had ended, whole rounds
    # or not: the NSL's 34 rounds of sixteen clubs in 1999-00 before its finals
    ended = (
        bool(regular)
        and len(regular) == sum(len(by_stage[stage]) for stage in regulars)  # none cancelled (cut short)
        and _followed(regular, [found for stage, found in by_stage.items() if stage not in regulars])
    )
    return (
        bool(pools)
        and all(round_robin_whole(pool, rounds=rules.balanced and not ended) for pool in pools)
        and all(all(m.counts for m in group) and round_robin_whole(group) for group in after)
    )


def _followed(regular: Sequence[Match], later: Sequence[Sequence[Match]]) -> bool:
    """Whether the regular season was one league of clubs that all met (not groups or conferences) and
    a stage of the season began after its last match played (its finals series, its championship
    round): the regular season had ended."""
    end = max((m.date for m in regular if m.counts), default=None)
    if end is None or not any(found and min(m.date for m in found) > end for found in later):
        return False
    clubs = {club for m in regular for club in (m.home, m.away)}
    met = {frozenset((m.home, m.away)) for m in regular if m.counts}
    return len(met) == len(clubs) * (len(clubs) - 1) // 2 and len(set(_games(regular).values())) == 1


def _games(pool: Sequence[Match]) -> dict[str, int]:
    """Each club's number of fixtures in a pool."""
    games: dict[str, int] = {}
    for match in pool:
        for club in (match.home, match.away):
            games[club] = games.get(club, 0) + 1
    return games


# at most this many fixtures of a round robin cancelled in its course are read as met
STRAY_CANCELLED = 2


def met_fixtures(pool: Sequence[Match]) -> list[Match]:
    """The fixtures of a round robin that were met, for the shape of its season: those that count, those
    abandoned, and a stray one or two cancelled in the course of the season, both clubs playing on
    after it (Manisaspor v Sakaryaspor, Süper Lig, 17 March 2007), or in its last round, neither club
    playing after it (Chapecoense v Atlético Mineiro, Brasileirão, 11 December 2016: the season ended
    without it), unless played again later. Fixtures cancelled because a club withdrew during the
    season (it played no more while the others did) or because the season was cut short (more of them)
    were not met."""
    last: dict[str, dt.date] = {}
    played: set[tuple[str, str]] = set()
    for match in pool:
        if match.counts:
            played.add((match.home, match.away))
            for club in (match.home, match.away):
                last[club] = max(last.get(club, match.date), match.date)
    cancelled = [m for m in pool if m.status is Status.CANCELLED and (m.home, m.away) not in played]
    stray = len(cancelled) <= STRAY_CANCELLED
    end = max(last.values(), default=dt.date.min)
    return [
        m
        for m in pool
        if m.counts
        # a fixture abandoned or cancelled and then played again is met once, by its replay
        or ((m.home, m.away) not in played and m.status is Status.ABANDONED)
        or (stray and m in cancelled and all(last.get(club, dt.date.min) > m.date for club in (m.home, m.away)))
        or (stray and m in cancelled and _last_round(m, last, end))
    ]


# a fixture this close to a round robin's last match played was of its last round
LAST_ROUND = dt.timedelta(days=7)


def _last_round(match: Match, last: Mapping[str, dt.date], end: dt.date) -> bool:
    """Whether a fixture not played fell in its round robin's last round (``end`` the day of its last
    match played): on or after that week, neither club playing after it (both had played before)."""
    return match.date >= end - LAST_ROUND and all(
        club in last and last[club] <= match.date for club in (match.home, match.away)
    )


def _beside_title(stage: str | None, by_stage: dict[str | None, list[Match]], rules: Rules) -> bool:
    """Whether a stage with fixtures still to play can change neither the final standings nor the title:
    a stage the rules rank outside them (``final = false``: Belgium's Play-off II), or one they do not
    model that the leader of the standings played no part in (a play-off for a European place between
    two other clubs, Denmark 2024-25's "ECL Playoff"; a promotion and relegation play-off). Where a
    finals series decides the title (the rules name a premiership or a championship) or the rules name
    the stage a decider, it may: the leader may be waiting for a later round."""
    if rules.is_regular(stage) or stage is None:
        return False
    rule = rules.stage_rule(stage)
    if rule is not None:
        return not rule.final
    if rules.premiership or rules.championship or rules.is_decider(stage):
        return False
    # the stage's own matches are in no table of the standings: the leader is the standings' own
    table = final_standings([m for found in by_stage.values() for m in found], rules)
    if not table.rows or table.rows[0].group:
        return False
    leader = table.rows[0].club
    return all(leader not in (m.home, m.away) for m in by_stage[stage])


def unresolved(matches: Iterable[Match], rules: Rules) -> list[Match] | None:
    """The fixtures without a result of a one-table season the data otherwise holds whole (abandoned or
    cancelled and never replayed: every club with as many fixtures, whole rounds of them, none left to
    play), or ``None`` for any other season (a split, a season under way, fixtures the data lacks)."""
    everything = list(matches)
    if rules.stages or rules.unmodelled or rules.decision is not None:
        return None
    if any(m.status.value in ("scheduled", "postponed") or not rules.is_regular(m.stage) for m in everything):
        return None
    return [m for m in everything if not m.counts] if round_robin_whole(everything, rounds=rules.balanced) else None


# a club whose last match came this long before the round robin's last had withdrawn
WITHDRAWN = dt.timedelta(days=30)


def round_robin_whole(pool: Sequence[Match], *, rounds: bool = True) -> bool:
    """Whether every club of a round robin played the same number of games (with ``rounds``, whole
    rounds of it); or every club but a few that withdrew during it, their results standing (Servette,
    bankrupt after 18 rounds of the Swiss Super League of 2004-05): they stopped playing at least
    ``WITHDRAWN`` before the end, and the others all played as many games."""
    games: dict[str, int] = {}
    last: dict[str, dt.date] = {}
    for match in pool:
        for club in (match.home, match.away):
            games[club] = games.get(club, 0) + 1
            last[club] = max(last.get(club, match.date), match.date)
    counts = set(games.values())
    played = next(iter(counts), 0)
    if len(counts) == 1:
        return len(games) >= 2 and (not rounds or played % (len(games) - 1) == 0)
    if not games:
        return False
    most, end = max(counts), max(last.values())
    withdrawn = {club for club, n in games.items() if n < most and last[club] <= end - WITHDRAWN}
    stayed = [club for club in games if club not in withdrawn]
    return bool(withdrawn) and 4 * len(withdrawn) <= len(games) and all(games[club] == most for club in stayed)


def _connected(pool: list[Match]) -> list[list[Match]]:
    """The matches of a pool by group of clubs that played each other (a stage of two groups: two)."""
    groups = components(pool)
    if not groups:
        return [pool]
    group_of = {club: index for index, clubs in enumerate(groups) for club in clubs}
    split: list[list[Match]] = [[] for _ in groups]
    for match in pool:
        split[group_of[match.home]].append(match)
    return split
