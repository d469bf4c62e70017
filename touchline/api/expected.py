"""What a club was expected to play in a spell besides its league, and whether the store holds it: the
part of a manager's record (:mod:`touchline.api.managers`) that keeps "full" honest.

Its country's cups (where the spell covers the days its clubs enter them), the super cup a title or a
cup qualified it for, what a continental title or a won qualifying tie led to, the end-of-season
play-offs its league place qualified it for (``[[playoffs]]`` of ``data/competitions.toml``), the
editions of competitions the store holds no season of where entry is certain (``[entrants]`` of
``data/calendar.toml``), and those it may only have played (``[[possible]]``). Facts are data
(``data/competitions.toml``, ``data/calendar.toml``); this module reads the store and the catalogue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from enum import Enum

from touchline.api.tables import UNPLACED, ordinal, season_matches
from touchline.compute import coverage as cover
from touchline.compute.coverage import Expected, GapKind
from touchline.compute.standings import complete, final_standings
from touchline.compute.tables import knockout_stage, league_table
from touchline.compute.ties import Tie, final_of, rounds
from touchline.compute.titles import champion, cup_final, cup_winner, meets_double_winners, super_cup_entrants
from touchline.model import CompetitionKind, Match, Season
from touchline.reference import competitions as catalog
from touchline.reference.rules import rules_for
from touchline.reference.ties import tie_rules
from touchline.store import read
from touchline.store.base import Store


def _previous(season: str) -> str:
    """The season before: ``2019-20`` -> ``2018-19``; ``2019`` -> ``2018``."""
    parsed = Season.parse(season)
    return str(Season(parsed.start - 1, parsed.end - 1))


def expected_competitions(
    store: Store, club: str, team_name: str, league: str, slots: Sequence[tuple[str, dt.date, dt.date]]
) -> list[Expected]:
    """What the team was expected to play besides its league, season by season: its country's cups, its
    super cup where the data shows it won the league or the cup the season before, and what a
    continental title of the season before qualifies for."""
    prefix = league.split(".", 1)[0]
    # the tier below the store's top tiers is a club's only where the data shows it in its country's
    # leagues in the spell or the season either side (Bournemouth of 1983-84, in the Second Division
    # from 1987-88; not Burton Albion of 1981-86, in the Northern Premier League)
    year = dt.timedelta(days=366)
    below = bool(slots) and any(
        code.startswith(f"{prefix}.")
        for code, _, _ in read.league_seasons(store, club, slots[0][1] - year, slots[-1][2] + year)
    )
    out = []
    for season, first, last in slots:
        # a slot too short to expect a league match in may still meet a cup's known days (Rebrov, Dynamo
        # Kyiv's caretaker from 17 April to 18 May 2014, won its Ukrainian Cup final of 15 May)
        out += _cups(store, club, team_name, league, season, first, last, below)
        short = not cover.long_enough(first, last)
        before = _previous(season)
        national = catalog.super_cup(prefix, season)
        # a slot too short for anything else still meets a super cup on the day the calendar gives
        # (Edward Iordănescu's CFR Cluj of 13 June to 26 July 2018, the Supercupa of 14 July)
        if (
            national is not None
            and (catalog.played(national, season) is not None or not short)
            and _played_within(store, national, season, first, last)
        ):
            why = _national_title(store, team_name, league, prefix, before, season)
            if why:
                name = catalog.name_in(national, season)
                out.append(Expected(national, name, GapKind.SUPER_CUP, season, first, last, why))
        if short:
            continue
        cwc = _cup_winners_cup(store, club, team_name, league, prefix, season)
        if cwc is not None:
            out.append(dataclasses.replace(cwc, first=first, last=last))
        for title in catalog.continental_titles():
            # a calendar-year league's club played it the year it won the title (Flamengo: the Copa
            # Libertadores of 2019, the Club World Cup that December), but the Recopa the year after
            # (catalog.next_year_codes); others the season after
            calendar_year = "-" not in season and title in catalog.same_season_titles()
            for same in (True, False) if calendar_year else (False,):
                out += _title_onward(store, club, team_name, title, season, before, first, last, same, calendar_year)
        out += _absent_expected(store, club, team_name, prefix, season, before, first, last, below)
    out = _as_entered(club, out, slots)
    # a ranked entrant the rules already expect (the AFC Champions League's finalists who were also
    # their league's champions: [[champions_enter]]) is named once
    known = {(item.competition, _start(item.season)) for item in out}
    out += [item for item in _ranked(club, slots) if (item.competition, _start(item.season)) not in known]
    out += _playoffs(store, club, team_name, prefix, slots)
    out += _regional(store, club, prefix, slots)
    return _in_season_order(out)


def _cups(
    store: Store, club: str, team_name: str, league: str, season: str, first: dt.date, last: dt.date, below: bool
) -> list[Expected]:
    """The country's cups of ``season`` the team was expected to play from ``first`` to ``last`` that the
    store may lack: where the slot meets the days clubs of the league it played that season were in
    them (with :data:`SLACK`; a slot shorter than :func:`~touchline.compute.coverage.long_enough` only
    on their known days, without it), of its tier, and not where the calendar gives the day it went out
    of the cup before the slot began (``[cup_out]``: Craig Levein's Hearts from 28 August 2017, out of
    the League Cup in its group on 29 July)."""
    prefix = league.split(".", 1)[0]
    short = not cover.long_enough(first, last)
    # the league it played that season, where the store shows it (the cups' entry rounds go by tier)
    own_league = _league_of(store, club, prefix, season, first, last) or league
    # a club abroad may enter its own country's cup, not the league's (Montreal: no U.S. Open Cup)
    own = club.split("-", 1)[0].upper()
    abroad = catalog.cups_abroad(own, season) if catalog.country_code(prefix) != own else None
    era = catalog.predecessor(prefix, season)
    if era is not None:
        abroad = [era[1]]  # a Ukrainian club of 1974: the Soviet Cup
    out = []
    for code in catalog.cups(prefix, season) if abroad is None else abroad:
        edition, days = _cup_edition(code, season, first, last)
        if catalog.not_held(code, season) or club in catalog.cup_absent(code, edition):
            continue  # an edition never played (the U.S. Open Cup of 2020), or a club that never entered
        gone = catalog.cup_out(code, edition, club)
        if gone is not None and gone < first:
            continue  # the team was out of it before the slot began (Hearts' League Cup of 2017-18)
        if _played_instead(store, club, code, edition):
            continue  # São Paulo in the Copa Libertadores of 2006 to 2009: not in the Copa do Brasil
        tiers = catalog.cup_tiers(code, edition)
        if tiers is not None:
            if days is not None:
                # a cup the calendar gives the days of, which may lie after the league's last day
                # (the Copa de la Superliga of April to June 2019): expected only where the spell
                # covers one of them (Heinze, gone from Vélez on 9 March 2020, played none of its
                # 2020 edition, one matchday from 13 March before it was abandoned)
                if not (days[0] <= last and first <= days[1]):
                    continue
            elif catalog.final_day(code, season) is not None:
                # a cup the calendar gives the days of (its first round and its final), which may
                # lie after the league's last day (Argentina's Copa de la Liga of August to
                # December 2023): expected where the spell meets them
                if _cup_within(store, code, season, first, last, own_league, team_name, short=short) is not _Meets.YES:
                    continue
            elif short or _after_season(store, league, season, first):
                # a spell from after the league's last day: the season's cups were over; a short slot
                # meets no known day of a cup the calendar gives none of
                continue
            # a cup of some tiers only (the Football League Trophy): the club's tier that season
            if _tier_in(store, club, prefix, season, first, last, below) not in tiers[0]:
                continue
            if not read.holds(store, code, season, first, last):
                name = catalog.name_in(code, season)
                out.append(Expected(code, name, GapKind.CUP, season, first, last, tiers[1]))
            continue
        meets = _cup_within(store, code, season, first, last, own_league, team_name, short=short)
        if meets is _Meets.POSSIBLY:
            # a short slot covering two weeks of the league's days from the tier's entry day the calendar
            # gives, of a cup whose last day neither the store nor the calendar gives: named as possible
            # (Paulo Turra's 44 days at Vitória de Guimarães of 2023 met a Taça da Liga match at Tondela
            # before its final's day was in the calendar; the Taça de Portugal's finals are not)
            name = catalog.name_in(code, season)
            out.append(Expected(code, name, GapKind.CUP, season, first, last, _UNKNOWN_END, possible=True))
        elif meets is _Meets.YES:
            name = catalog.name_in(code, season)
            part = _cup_in_part(store, club, code, prefix, season, first, last)
            if part:
                out.append(Expected(code, name, GapKind.CUP_PART, season, first, last, part))
                continue
            out.append(
                Expected(code, name, GapKind.CUP, season, first, last, *_cup_cut(store, code, season, team_name, last))
            )
    return out


# why a short slot may have met a cup it is not certainly expected in (:func:`_cup_within`)
_UNKNOWN_END = "the store holds no season of it and the calendar gives no day of its final"


def _cup_edition(code: str, season: str, first: dt.date, last: dt.date) -> tuple[str, tuple[dt.date, dt.date] | None]:
    """The edition of a cup whose days the calendar gives (``[played]``) that a season slot meets, and its
    days: the slot's own, else for a calendar-year slot the July-to-June season ending in it (the Copa de
    la Superliga of April to June 2019, Argentina's ``2018-19``, in the slot ``2019`` of a spell the store
    labels by calendar years); else the slot's season and its days, ``None`` where the calendar gives
    none."""
    own = catalog.played(code, season)
    if "-" in season or (own is not None and own[0] <= last and first <= own[1]):
        return season, own
    before = f"{_start(season) - 1}-{_start(season) % 100:02d}"
    days = catalog.played(code, before)
    if days is not None and days[0] <= last and first <= days[1]:
        return before, days
    return season, own


def _played_instead(store: Store, club: str, cup: str, edition: str) -> bool:
    """Whether the club played, in ``edition``, the competition whose clubs did not enter domestic cup
    ``cup`` that season (``[cup_instead]`` of ``data/calendar.toml``), as the store shows: a Brazilian
    club of the Copa Libertadores of 2001 to 2012 was not in that year's Copa do Brasil."""
    instead = catalog.cup_instead(cup, edition)
    if instead is None:
        return False
    other = instead[0]
    return read.plays_in(store, club, other, _in_format(store, other, edition))


def _in_season_order(expected: Sequence[Expected]) -> list[Expected]:
    """The expected competitions with each competition's seasons in time order: one found after a later
    season of its competition (the Cup Winners' Cup of 1963-64 of its holders, found from the entrants
    after that of 1967-68) goes after the last of its earlier ones; the rest keep their places."""
    out: list[Expected] = []
    for item in expected:
        same = [i for i, other in enumerate(out) if other.competition == item.competition]
        begins = _start(item.season)
        if any(_start(out[i].season) > begins for i in same):
            earlier = [i for i in same if _start(out[i].season) <= begins]
            at = earlier[-1] + 1 if earlier else same[0]
            out.insert(at, item)
        else:
            out.append(item)
    return out


def _title_onward(
    store: Store,
    club: str,
    team_name: str,
    title: str,
    season: str,
    before: str,
    first: dt.date,
    last: dt.date,
    same: bool,
    calendar_year: bool,
) -> list[Expected]:
    """What the team's continental title (or runners-up place) of the season before, or of ``season``
    itself where ``same``, qualified it for in ``season``; with ``calendar_year``, a same-season title
    whose onward competitions are played that year, save those the catalogue plays the year after."""
    title_before = _in_format(store, title, season if same else before)
    if not read.plays_in(store, club, title, title_before):
        return []
    final = cup_final(season_matches(store, title, title_before))
    if final is None or team_name not in (final.winner, final.loser):
        return []
    won = final.winner == team_name
    why = f"{catalog.name_in(title, title_before)} {'winners' if won else 'runners-up'} {title_before}"
    out = []
    for code in catalog.qualifies_for(title, season, runners_up=not won):
        if calendar_year and (code in catalog.next_year_codes()) == same:
            continue  # played the title's own year, or the year after
        label = season
        if "-" in season and "-" not in title_before and not read.seasons(store, code):
            # a calendar-year title reached from a July-to-June league: the edition is that of its year,
            # the title's own or the next (River Plate's Libertadores of 1996: the Intercontinental Cup of
            # 1996, the Recopa of 1997), named and dated by it, not by the league's season
            label = str(int(title_before) + (code in catalog.next_year_codes()))
        if not _played_within(store, code, label, first, last):
            continue
        kind = (
            GapKind.SUPER_CUP if catalog.competition(code).kind is CompetitionKind.SUPER_CUP else GapKind.CLUB_WORLD_CUP
        )
        out.append(Expected(code, catalog.name_in(code, season), kind, label, first, last, why))
    return out


def _absent_expected(
    store: Store,
    club: str,
    team_name: str,
    prefix: str,
    season: str,
    before: str,
    first: dt.date,
    last: dt.date,
    below: bool,
) -> list[Expected]:
    """The competitions the store holds no season of that the team played in ``season`` by what the
    store shows: the Supercopa Libertadores of a past Libertadores winner (``[[past_winners]]``), the
    AFC Champions League of a league's champions of the season before (``[[champions_enter]]``); and,
    as possible only, those a top-flight club of its country may have played (``[[possible]]``: the
    Copa Sudamericana)."""
    out = []
    start = Season.parse(season).start
    # these competitions are played in calendar years: a July-to-June slot meets the edition of the
    # year it starts in (River Plate's 1995-96: the Supercopa of August to December 1995)
    edition = str(start)
    for entry in catalog.past_winners():
        if not entry.seasons.covers_start(start):
            continue
        won = [label for label in _title_winners(store, entry.title, team_name) if _start(label) < start]
        if won and _played_within(store, entry.competition, edition, first, last):
            why = f"{catalog.name_in(entry.title, won[-1])} winners {', '.join(won)}"
            name = catalog.name_in(entry.competition, edition)
            out.append(Expected(entry.competition, name, GapKind.CONTINENTAL, edition, first, last, why))
    for champions in catalog.champions_enter():
        if not champions.seasons.covers_start(start):
            continue
        for league in champions.leagues:
            if not league.startswith(f"{prefix}."):
                continue
            found = season_matches(store, league, _in_format(store, league, before))
            if not found or champion(found, rules_for(league, before)) != team_name:
                continue
            label = champions.edition(season)
            if _played_within(store, champions.competition, label, first, last):
                why = f"{catalog.name_in(league, before)} champions {before}"
                name = catalog.name_in(champions.competition, label)
                out.append(Expected(champions.competition, name, GapKind.CONTINENTAL, label, first, last, why))
    # a possible one may also be met in the second year of a July-to-June slot (Vélez Sarsfield's
    # 2019-20: the Copa Sudamericana of February 2020), where the spell covers its days
    end = Season.parse(season).end
    tiers: list[int | None] = []  # the club's tier in the season, read once, when first needed

    def tier() -> int | None:
        if not tiers:
            tiers.append(_tier_in(store, club, prefix, season, first, last, below))
        return tiers[0]

    for maybe in catalog.possible():
        if prefix not in maybe.countries:
            continue
        for year in range(start, end + 1):
            if not maybe.seasons.covers_start(year) or tier() not in maybe.tiers:
                continue
            label = str(year)
            if _played_within(store, maybe.competition, label, first, last):
                if _instead_to(store, maybe, label, team_name, last):
                    continue
                name = catalog.name_in(maybe.competition, label)
                dropped = _dropped_into(store, maybe, label, team_name, last)
                why, possible = (dropped, False) if dropped else (maybe.why, True)
                out.append(
                    Expected(maybe.competition, name, GapKind.CONTINENTAL, label, first, last, why, possible=possible)
                )
    return out


def _dropped_into(store: Store, maybe: catalog.Possible, edition: str, team_name: str, last: dt.date) -> str:
    """Why the team certainly played a possible competition of ``edition``, where the catalogue gives the
    place in another's groups whose clubs dropped into it (``dropped_from`` of ``[[possible]]`` in
    ``data/competitions.toml``: a Copa Libertadores group's third, into the Copa Sudamericana, since
    2017): the store holds its group of the other competition whole (four clubs, twelve matches
    played), the team in that place of its table, not level with another club, and the spell lasting
    to the first day of that competition's next round (the days the dropped clubs' round was played beside it); ``""``
    otherwise (a possible gap then)."""
    entry = maybe.dropped_from
    if entry is None or not edition.isdigit() or int(edition) < entry.since:
        return ""
    source, place = entry.competition, entry.place
    played = season_matches(store, source, edition)
    group = _whole_group(played, team_name)
    if not group:
        return ""
    ended = max(m.date for m in group)
    after = [m.date for m in played if m.date > ended + dt.timedelta(days=7)]
    if not after or last < min(after):
        return ""  # the spell ended before the next round began (or the store holds none)
    if _group_place(group, source, edition, team_name) != place:
        return ""
    return f"{ordinal(place)} in its {catalog.name_in(source, edition)} group {edition}"


def _whole_group(played: Sequence[Match], team_name: str) -> list[Match]:
    """The team's group of a competition's season as the store holds it whole (four clubs, twelve
    matches played), among ``played``; empty where it holds none so."""
    by_round: dict[str | None, list[Match]] = {}
    for match in played:
        by_round.setdefault(match.round, []).append(match)
    group: list[Match] = []
    for label in {m.round for m in played if team_name in (m.home, m.away)}:
        found = by_round[label]
        clubs = {c for m in found for c in (m.home, m.away)}
        if len(clubs) == 4 and len(found) == 12 and all(m.counts for m in found):
            group = found
    return group


def _group_place(group: Sequence[Match], competition: str, edition: str, team_name: str) -> int | None:
    """The team's place in the table of a whole group, by the competition's rules; ``None`` where it
    is not in it or is level with another club on every count (its place then not told)."""
    rows = league_table(group, rules_for(competition, edition)).rows
    row = next((r for r in rows if r.club == team_name), None)
    return None if row is None or row.shared else row.position


def _instead_to(store: Store, maybe: catalog.Possible, edition: str, team_name: str, last: dt.date) -> bool:
    """Whether the team played, in ``edition``, the competition whose clubs did not play the possible
    one from its start (``instead`` of ``[[possible]]`` in ``data/competitions.toml``: the Copa
    Libertadores' clubs are not the Copa Sudamericana's, though its groups' third-placed clubs drop into
    the Sudamericana's knock-out play-offs in July), and so did not play the possible one: its matches
    there running to the end of the window (``last``, less :data:`SLACK`), as the Copa Sudamericana is
    no possible gap of Flamengo in 2022, in the Libertadores to its final; or, from the year the two
    were played side by side (``since`` of ``dropped_from``: 2017), its run there ending earlier in a
    place of its group, held whole, that did not drop into it (Maurício Barbieri's Flamengo of 2018,
    second in its group and out in the round of 16 on 29 August, a month before the spell ended). It
    stays possible before then (a club out of the Libertadores by July played the Sudamericana of
    August to December by its league place), and where the team went out in the qualifying rounds
    (whose last round's losers dropped into it too), or its group is not held whole, or its place in it
    is not told or is that which dropped."""
    other = maybe.instead
    if other is None:
        return False
    played = season_matches(store, other, edition)
    days = [m.date for m in played if team_name in (m.home, m.away)]
    if not days:
        return False
    if last - SLACK <= max(days):
        return True
    entry = maybe.dropped_from
    if entry is None or entry.competition != other or not edition.isdigit() or int(edition) < entry.since:
        return False
    group = _whole_group(played, team_name)
    place = _group_place(group, other, edition, team_name) if group else None
    return place is not None and place != entry.place


def _title_winners(store: Store, title: str, team_name: str) -> list[str]:
    """The seasons the store shows the team winning continental title ``title`` (its decided finals)."""

    def winners() -> tuple[tuple[str, str | None], ...]:
        # every season's winner once (remembered while the store is remembering)
        finals = ((label, cup_final(season_matches(store, title, label))) for label, _, _ in read.seasons(store, title))
        return tuple((label, final.winner if final is not None else None) for label, final in finals)

    return [label for label, winner in store.recall(("title_winners", title), winners) if winner == team_name]


def _regional(store: Store, club: str, prefix: str, slots: Sequence[tuple[str, dt.date, dt.date]]) -> list[Expected]:
    """The seasons of the regional championship the club plays each year (``[regional]``: the state
    championship of a Brazilian club, the one the store shows it in) that the spell covers the days of."""
    out = []
    for code in catalog.regional_leagues(prefix):
        held = read.seasons(store, code)
        if not any(read.plays_in(store, club, code, label) for label, _, _ in held):
            continue
        for season, first, last in slots:
            # a championship of months: expected where the spell covers two weeks of its likely days,
            # not where it only comes within the slack of a one-off's (Artur Jorge, Botafogo's coach to
            # 3 January 2025, met no Campeonato Carioca of 2025, which began on 11 January)
            if _played_within(store, code, season, first, last, slack=-_LEAGUE_STAY):
                name = catalog.name_in(code, season)
                out.append(Expected(code, name, GapKind.REGIONAL, season, first, last))
    return out


def _as_entered(
    club: str, expected: Sequence[Expected], slots: Sequence[tuple[str, dt.date, dt.date]]
) -> list[Expected]:
    """The expected competitions less the editions never played (``[not_held]`` of
    ``data/calendar.toml``: the UEFA Super Cup of 1985-86) and those whose clubs were others than the
    rules give (``[entrants]``: Derby County, champions of 1971-72, did not play the Charity Shield of
    1972), with the editions of ``[entrants]`` and ``[also_entered]`` the club played where the spell
    covers their days (the UEFA Super Cup of January 1985 for Juventus, whose Cup Winners' Cup of 1983-84
    the store lacks; KV Mechelen's Cup Winners' Cup of 1987-88, whose Belgian Cup it lacks)."""
    out = []
    for item in expected:
        if catalog.not_held(item.competition, item.season):
            continue
        listed = catalog.entrants(item.competition, item.season)
        if listed is None or club in listed:
            out.append(item)
    seen = {(item.competition, _start(item.season)) for item in out}
    codes = dict.fromkeys([*catalog.entrant_competitions(), *catalog.also_entered_competitions()])
    for code in codes:
        for season, first, last in slots:
            for label in _editions_met(season):
                # the whole edition ([entrants]), else the clubs known beside those the rules give
                listed = catalog.entrants(code, label) or catalog.also_entered(code, label)
                days = catalog.played(code, label) or catalog.window(code, label)
                if not listed or club not in listed or (code, _start(label)) in seen or days is None:
                    continue
                if not (days[0] - SLACK <= last and first <= days[1] + SLACK):
                    continue  # the spell did not cover its days
                kind = catalog.competition(code).kind
                gap = {CompetitionKind.SUPER_CUP: GapKind.SUPER_CUP, CompetitionKind.CUP: GapKind.CUP}.get(
                    kind, GapKind.CONTINENTAL
                )
                seen.add((code, _start(label)))
                out.append(Expected(code, catalog.name_in(code, label), gap, label, first, last, listed[club]))
    return out


def _editions_met(season: str) -> tuple[str, ...]:
    """The editions of a one-off competition (labelled by the season of their first year) a league
    season's slot may meet: its own, and for a calendar-year season also the edition of the year
    before, whose days may fall in it (Dynamo Kyiv's UEFA Super Cup of 1986, played on 24 February 1987,
    in the Soviet season of 1987)."""
    if "-" in season:
        return (season,)
    start = _start(season)
    return (season, f"{start - 1}-{start % 100:02d}")


def _cup_in_part(store: Store, club: str, cup: str, prefix: str, season: str, first: dt.date, last: dt.date) -> str:
    """Why the store holds cup ``cup`` of ``season`` only in part, for the club in the league it played
    that season: for a top-flight club, the stored season has fewer clubs than half the top flight's (every
    top-flight club entered the national cup), so its early rounds are missing (worldfootball's Coppa
    Italia of 1970-71 to 1985-86: the final only); for a club of a tier whose entry round the calendar
    gives (``[cup_entry]``), the store holds no round that early and the spell began before the first
    day it holds (a Ligue 2 club's Coupe de France of 2014-15, entered at its seventh round, held from
    its round of 64 of January 2015; a National League club's FA Cup, entered at its fourth qualifying
    round, held from its first round proper); ``""`` where the store holds it whole, or not at all, or
    the club's tier is not known (the store holds no league match of it that season)."""
    label = _in_format(store, cup, season)
    listed = season_matches(store, cup, label)
    if not listed:
        return ""
    league = _league_of(store, club, prefix, season, first, last)
    tier = None if league is None else catalog.tier(league)
    if league is None or tier is None:
        return ""
    if tier == 1:
        top = f"{prefix}.1"
        flight = season_matches(store, top, _in_format(store, top, season))
        clubs = {c for m in listed for c in (m.home, m.away)}
        top_clubs = {c for m in flight for c in (m.home, m.away)}
        if flight and 2 * len(clubs) < len(top_clubs):
            found = rounds(listed, tie_rules(cup, label))
            if len(found) == 1 and final_of(found) is not None:
                return "only the final is in the store"
            return "only its last rounds are in the store"
    return _entry_missing(cup, season, tier, listed, first, last, league)


def _entry_missing(
    cup: str, season: str, tier: int, listed: Sequence[Match], first: dt.date, last: dt.date, league: str
) -> str:
    """Why the store lacks the round of cup ``cup`` of ``season`` at which clubs of ``tier`` (that of
    ``league``) entered it (``[cup_entry]`` of ``data/calendar.toml``), for a spell from ``first`` to
    ``last``: every round the
    store holds of it is numbered after that round (``Round 9`` for an entry at the seventh round; any
    round proper for an entry at a qualifying round), its first stored day comes after the entry
    round's earliest day, and the spell covers days between the two; ``""`` otherwise, or where the
    rounds' names tell no number."""
    begins = min(m.date for m in listed)
    held = [key for key in (_round_key(m.round or "") for m in listed) if key is not None]
    if not held or first >= begins:
        return ""  # the spell began after the rounds the store lacks
    for entry, _ in catalog.cup_entries(cup, season, tier):
        key = _round_key(entry.round)
        day = entry.first_day(season)
        if key is None or key >= min(held) or day >= begins or last < day:
            continue
        return (
            f"only its rounds from {begins.day} {begins:%B %Y} are in the store; {catalog.name_in(league, season)}'s "
            f"clubs entered at its {entry.round}"
        )
    return ""


_ORDINALS = {
    word: n
    for n, word in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 1
    )
}


def _round_key(label: str) -> tuple[int, int] | None:
    """Where a numbered cup round comes in its cup: ``(0, n)`` for a qualifying round n, ``(1, n)`` for
    round n proper (``"seventh round"``, ``"Round 7"``, ``"7. Round"``, ``"fourth qualifying round"``,
    ``"Qualifying round 4"``); ``None`` for a round named otherwise (``"round of 64"``, ``"Final"``)."""
    text = label.strip().lower()
    qualifying = 0 if "qualifying" in text or text.startswith("qual.") else 1
    text = text.replace("qualifying", "").replace("qual.", "").strip()
    found = re.fullmatch(r"(?:round\s+(\d+)|(\d+)\.\s*round|(\w+)\s+round)", " ".join(text.split()))
    if found is None:
        return None
    if found.group(3) is not None:
        number = _ORDINALS.get(found.group(3))
        return None if number is None else (qualifying, number)
    return qualifying, int(found.group(1) or found.group(2))


def _after_season(store: Store, league: str, season: str, first: dt.date) -> bool:
    """Whether ``first`` comes after the last day the store holds of ``league``'s ``season`` (its play-offs
    aside: the league's own matches), so that the season's cups were over too (Keegan at Fulham from 7
    May 1998: the Football League Trophy's final was on 19 April; George Graham at Arsenal from 14 May
    1986, in no tier of the Freight Rover Trophy)."""
    label = _in_format(store, league, season)
    held = [last for found, _, last in read.seasons(store, league) if found == label]
    return bool(held) and first > held[0]


def _tier_in(
    store: Store, club: str, prefix: str, season: str, first: dt.date, last: dt.date, below_top: bool = False
) -> int | None:
    """The tier of the league the club played in ``season``: the one the store holds its matches of from
    ``first`` to ``last``, else the one it holds its matches of in that season at all (Tony Pulis's
    Crystal Palace of July to 14 August 2014, gone two days before its Premier League season began: the
    first tier); else, where the store holds that season of the country's top tiers and the club is in
    none of them, the tier below them (Bournemouth's Third Division of 1983-84, the store holding the
    First and Second Divisions then), where ``below_top`` (the data shows the club in its country's
    leagues near the season); ``None`` where it cannot tell."""
    league = _league_of(store, club, prefix, season, first, last)
    if league is not None:
        return catalog.tier(league)
    if not below_top:
        return None
    below = 1
    while read.holds(store, f"{prefix}.{below}", _in_format(store, f"{prefix}.{below}", season), first, last):
        below += 1
    return below if below > 1 else None


def _league_of(store: Store, club: str, prefix: str, season: str, first: dt.date, last: dt.date) -> str | None:
    """The league of the country with code prefix ``prefix`` the club played in ``season`` (the one it
    played most in): from its matches from ``first`` to ``last``, else from any of its matches that
    season; ``None`` where the store holds no league match of it then."""
    played = [code for code, _, _ in read.league_seasons(store, club, first, last) if code.startswith(f"{prefix}.")]
    if played:
        return played[-1]
    parsed = Season.parse(season)
    if parsed.end > parsed.start:  # July to June, with a month's slack either side
        begin, end = dt.date(parsed.start, 6, 1), dt.date(parsed.end, 7, 31)
    else:
        begin, end = dt.date(parsed.start, 1, 1), dt.date(parsed.start, 12, 31)
    whole = [
        code
        for code, label, _ in read.league_seasons(store, club, begin, end)
        if code.startswith(f"{prefix}.") and label == _in_format(store, code, season)
    ]
    return whole[-1] if whole else None


# how long after its league's last day a play-off ends, where the calendar gives no days: the English
# finals three weeks after the season, 16 to 23 days in the Championship from 2012-13 to 2024-25 (of
# 2018-19 on 27 May 2019, its last day 5 May; of 2017-18 on 26 May 2018, its last day 6 May: a spell from
# 31 May 2018, Lampard's at Derby, played none of it)
PLAYOFF_SPAN = dt.timedelta(days=23)


def _playoffs(
    store: Store, club: str, team_name: str, prefix: str, slots: Sequence[tuple[str, dt.date, dt.date]]
) -> list[Expected]:
    """The end-of-season play-offs the team played (``[[playoffs]]`` of ``data/competitions.toml``):
    where it finished in the places that qualified, in a league season the store holds whole, and the
    spell covers the play-off's days (the calendar's, else from the day after the league's regular
    season to a month later). The season before the spell's first is looked at too: the play-offs of
    2019-20 were played in July and August 2020. Whether the store holds them is :func:`held`'s
    question (a stage of the league's season)."""
    if not slots:
        return []
    start, end = slots[0][1], slots[-1][2]
    out = []
    for season in (_previous(slots[0][0]), *(label for label, _, _ in slots)):
        for playoff in catalog.playoffs(prefix, season):
            label = _in_format(store, playoff.league, season)
            if not read.plays_in(store, club, playoff.league, label):
                continue
            place = _league_places(store, playoff.league, season).get(team_name)
            if place is None or not playoff.places[0] <= place <= playoff.places[1]:
                continue
            days = catalog.playoff_days(playoff.competition, season)
            if days is None:
                found = season_matches(store, playoff.league, label)
                regular = [m.date for m in found if m.stage not in playoff.stages and m.stage != UNPLACED]
                if not regular:
                    continue
                # from the day after the league's last to 23 days after it
                days = max(regular) + dt.timedelta(days=1), max(regular) + PLAYOFF_SPAN
            if not (start <= days[1] and days[0] <= end):
                continue  # he left before it began, or came after it ended
            why = f"{ordinal(place)} in {playoff.table} {season}"
            out.append(Expected(playoff.competition, playoff.name, GapKind.PLAYOFF, season, days[0], days[1], why))
    return out


def _playoff_held(store: Store, item: Expected) -> bool:
    """Whether the store holds any match of an expected play-off: a match of its league's season (or the
    qualifying league's) under a stage its sources file the play-off under, or one without a stage
    dated after the regular season of a season whose other matches have stages (:data:`UNPLACED`)."""
    prefix = item.competition.split(".", 1)[0]
    for playoff in catalog.playoffs(prefix, item.season):
        if playoff.competition != item.competition:
            continue
        for code in dict.fromkeys((playoff.competition, playoff.league)):
            found = season_matches(store, code, _in_format(store, code, item.season))
            if any(m.stage in playoff.stages or m.stage == UNPLACED for m in found):
                return True
    return False


def qualified_onward(store: Store, team_name: str, everything: Sequence[Match], end: dt.date) -> list[Expected]:
    """The competitions the team went on to by winning its last qualifying tie of a season (the
    Conference League's league phase after Mainz beat Rosenborg in its play-off of August 2025), or
    dropped into by losing it (``[[qualifying_losers]]``: Celtic into the Europa League's), where
    the spell lasts past that tie; the store's holding them is checked as for any expected competition."""
    out = []
    seen: set[tuple[str, str]] = set()
    for match in everything:
        main = catalog.onward(match.competition)
        if main is None or (match.competition, match.season) in seen:
            continue
        seen.add((match.competition, match.season))
        played = season_matches(store, match.competition, match.season)
        ties = [
            tie
            for found in rounds(played, tie_rules(match.competition, match.season))
            for tie in found.ties
            if team_name in (tie.first, tie.second)
        ]
        if not ties:
            continue
        last = max(ties, key=lambda tie: max(m.date for m in tie.legs))
        decided = max(m.date for m in last.legs)
        if last.winner is None or end <= decided + SLACK:
            continue
        if end < _onward_begins(store, match.competition, main, match.season):
            continue  # the spell ended before the competition it went on to began (Panathinaikos, 2025)
        opponent = last.second if last.first == team_name else last.first
        stage = last.round or last.stage or "qualifying"
        title = catalog.name_in(match.competition, match.season)
        if last.winner == team_name:
            why = f"winners of their {title} {stage} tie v {opponent}"
        else:
            # a club beaten there dropped into another competition (Celtic, beaten by Kairat in the
            # Champions League's play-off of August 2025, into the Europa League's league phase)
            dropped = catalog.dropped_to(match.competition, match.season, last.round or last.stage or "")
            if dropped is None:
                continue
            main, why = dropped, f"losers of their {title} {stage} tie v {opponent}"
        name = catalog.name_in(main, match.season)
        out.append(Expected(main, name, GapKind.CONTINENTAL, match.season, decided, end, why))
    return out


def _onward_begins(store: Store, qualifying: str, main: str, season: str) -> dt.date:
    """The first day the competition a qualifying tie leads to was likely played in ``season``: the
    qualifying rounds' last match and as many days after it as the latest season before that the store
    holds of both shows (the Europa League's league phase of 24 September 2025, 27 days after its
    play-offs as in 2024-25: a spell ended on 15 September did not play it); the qualifying rounds' last
    day where the store holds no such season (the calendar changes from one format to the next, so
    the latest season says most)."""
    held = {label: (first, last) for label, first, last in read.seasons(store, qualifying)}
    if season not in held:
        return dt.date.min
    start = Season.parse(season).start
    gaps = [
        (Season.parse(label).start, (first - held[label][1]).days)
        for label, first, _ in read.seasons(store, main)
        if label in held and Season.parse(label).start < start and first > held[label][1]
    ]
    return held[season][1] + dt.timedelta(days=max(gaps, default=(0, 0))[1])


def _ranked(club: str, slots: Sequence[tuple[str, dt.date, dt.date]]) -> list[Expected]:
    """The editions of competitions whose clubs qualified by a ranking (the Club World Cup of 2025), or
    that are listed club by club with the day each went out (the AFC Champions League's finalists, the
    Campeones Cup), that the team entered and played in the spell: from the edition's first day
    (``data/calendar.toml``: its ``[played]`` days, else its ``[window]``) to the day the team went
    out, within the spell's window."""
    if not slots:
        return []
    start, end = slots[0][1], slots[-1][2]
    out = []
    for entry in catalog.ranked_entrants():
        out_day = entry.clubs.get(club)
        days = catalog.played(entry.competition, entry.edition) or catalog.window(entry.competition, entry.edition)
        if out_day is None or days is None or not (days[0] <= end and start <= out_day):
            continue
        name = catalog.name_in(entry.competition, entry.edition)
        kind = {
            CompetitionKind.SUPER_CUP: GapKind.SUPER_CUP,
            CompetitionKind.CUP: GapKind.CUP,
        }.get(catalog.competition(entry.competition).kind, GapKind.CONTINENTAL)
        if entry.competition == "fifa.cwc":
            kind = GapKind.CLUB_WORLD_CUP
        out.append(Expected(entry.competition, name, kind, entry.edition, days[0], out_day, entry.why))
    return out


# days either side of a competition's known or likely days that a spell may still have met it
SLACK = dt.timedelta(days=14)
# the days of a championship of months (a Brazilian state league) a spell covers, less one, for its
# season to be expected of the spell (compute/coverage.py MIN_PLAY_DAYS)
_LEAGUE_STAY = dt.timedelta(days=cover.MIN_PLAY_DAYS - 1)


def _played_within(
    store: Store, competition: str, season: str, first: dt.date, last: dt.date, *, slack: dt.timedelta = SLACK
) -> bool:
    """Whether a one-off competition of ``season`` (a super cup, the Club World Cup) was likely played
    from ``first`` to ``last``: on its days where the calendar (``data/calendar.toml``) gives them
    (the Trophée des Champions of 2020-21 on 13 January 2021; no :data:`SLACK` then), else in the era's
    window it gives, else on the days the store holds for it
    that season, else at the point of the season its nearest stored season was played; without any
    stored season, a super cup in July and August (the first quarter of a calendar-year season), the
    Club World Cup in December to February. ``slack``: days either side of likely days that a spell may
    still have met them (negative: days it must cover of them)."""
    played = catalog.played(competition, season)
    if played is not None:
        # the days it was played are known: a spell met it only if it covered one of them (Marco Rose,
        # at RB Leipzig from 8 September 2022, not the DFL-Supercup of 30 July 2022)
        return played[0] <= last and first <= played[1]
    known = catalog.window(competition, season)
    held = read.seasons(store, competition)
    target = Season.parse(season)
    if known is not None:
        begin, end = known
    elif held:
        label, begin, end = _nearest(held, target.start)
        shift = target.start - _start(label)
        begin, end = _shifted(begin, shift), _shifted(end, shift)
    elif catalog.competition(competition).kind is CompetitionKind.SUPER_CUP:
        # before the league starts: July and August, or the first quarter of a calendar year
        split = target.end > target.start
        begin = dt.date(target.start, 7, 1) if split else dt.date(target.start, 1, 1)
        end = dt.date(target.start, 8, 31) if split else dt.date(target.start, 3, 31)
    else:  # the Club World Cup: December to February
        begin, end = dt.date(target.start, 12, 1), dt.date(target.start + 1, 2, 28)
    return begin - slack <= last and first <= end + slack


class _Meets(Enum):
    """Whether a spell's slot meets a cup's days (:func:`_cup_within`): certainly, possibly (a short slot
    and a cup whose last day is not known), or not."""

    YES = "yes"
    POSSIBLY = "possibly"
    NO = "no"


def _cup_within(
    store: Store,
    cup: str,
    season: str,
    first: dt.date,
    last: dt.date,
    league: str,
    team_name: str,
    *,
    short: bool = False,
) -> _Meets:
    """Whether the team would have played domestic cup ``cup`` of ``season`` from ``first`` to ``last``:
    from the day clubs of its league entered it (Premier League clubs in the FA Cup's third round, in
    January) to its final. The days come from the store's nearest season of the cup in the same era
    (shifted to ``season``), and from the round the calendar (``data/calendar.toml``) gives for the
    league's tier and the team's place the season before (the earlier of the two where both give a day);
    a cup the calendar lists nothing of for the tier, and the store holds no season of, is expected over
    the whole season. A ``short`` slot (of fewer days than a league season is expected of) meets those
    days without :data:`SLACK`, and a cup the store and the calendar give no entry day of only on the
    day of its final the calendar gives (``[final]``); where neither gives its last day, but the
    calendar gives the tier's entry day, it may only have met it (``POSSIBLY``), on the league's days
    from that day (:func:`_possibly`: a spell from 8 June meets no day of a Taça de Portugal whose final
    the store and the calendar do not give), and where the calendar gives neither, possibly too, on
    two weeks of the league's days before its final if the calendar gives that (its rounds may lie
    anywhere in the season: a few weeks of a season need not hold any round the team played)."""
    slack = dt.timedelta(0) if short else SLACK
    entries = catalog.cup_entries(cup, season, catalog.tier(league))
    seeds: tuple[int, int] | None = None
    if any(places for _, places in entries):
        place = _league_places(store, league, _previous(season)).get(team_name)
        fitting = [(e, p) for e, p in entries if p is None or (place is not None and p[0] <= place <= p[1])]
        entries = fitting if place is not None and fitting else entries
        seeds = entries[0][1] if len(entries) == 1 else None
    era = [e.seasons for e, _ in entries]
    held = [h for h in read.seasons(store, cup) if not era or any(r.covers_start(_start(h[0])) for r in era)]
    target = Season.parse(season)
    final = catalog.final_day(cup, season)
    if not held and not entries:
        if short:
            if final is not None and first <= final <= last:
                return _Meets.YES
            if final is not None and final < first:
                return _Meets.NO  # (the cup was over before the slot began)
            # nothing tells where its rounds fell in the season: a slot covering two weeks of the
            # league's days away from its first and last weeks may have met one (Jordi Cruyff's 41 days
            # as Maccabi Tel Aviv's caretaker of January 2017 held two State Cup wins)
            return _possibly(store, league, season, first, last, None)
        return _Meets.YES if final is None or first <= final + SLACK else _Meets.NO
    if short and not held and final is None:
        # its last day unknown: a short slot cannot be told to meet it, only that it may have
        return _possibly(store, league, season, first, last, min(e.first_day(season) for e, _ in entries))
    # a season the store holds only from a later round would put the entry late: the calendar's
    # earliest day of the entry round, where it gives one, comes first
    begin = min((e.first_day(season) for e, _ in entries), default=dt.date.max)
    end = dt.date(target.end, 12, 31)
    if held:
        label, stored_begin, stored_end = _nearest(held, target.start)
        shift = target.start - _start(label)
        # a season the store holds only before the league's clubs entered (the Copa del Rey of 2024-25,
        # its preliminary round of 9 October) tells nothing of their entry: the calendar's day stands
        # (Claudio Giráldez's Celta to 5 October 2024 met none of it); without one, its first day
        entered = _entered(store, cup, label, league, seeds) or (stored_begin if begin == dt.date.max else None)
        if entered is not None:
            begin = min(begin, _shifted(entered, shift))
        end = _shifted(stored_end, shift)
        # a season the store holds only to a round before its final ends later: as the nearest one
        # it holds to its final (the Coppa Italia of 2024-25, held to its round of 16 in December)
        finished = _final_day(store, cup, held, target.start)
        if finished is not None and finished > end:
            end = finished
    if final is not None:
        end = final  # (a cup the calendar gives the final of: none of its matches came after)
    return _Meets.YES if begin - slack <= last and first <= end + slack else _Meets.NO


def _possibly(store: Store, league: str, season: str, first: dt.date, last: dt.date, entered: dt.date | None) -> _Meets:
    """Whether a short slot may have met a cup of ``season`` whose last day neither the store nor the
    calendar gives: where it covers two weeks (:data:`_LEAGUE_STAY`) of the days the league played that
    season (its stored days, else its nearest season's: :func:`league_slots`) from the first day the
    calendar gives for the tier's entry round (``entered``); a round is played on a day or two of such a
    stretch. A spell of June, after the league's last day, met none of it; nor did
    Paulo Turra's at Vitória de Guimarães, to 3 October 2023, of a Taça de Portugal whose Primeira Liga
    clubs entered in its third round from 1 October (played later that month: rtp.pt, October 2023, "A
    terceira eliminatória vai arrancar na quinta-feira").

    Where the calendar gives no entry day either (``entered`` is ``None``), only the league's days two
    weeks or more from its first and last count (a cup's early rounds come after a season's first weeks,
    its final before the last: Mircea Lucescu's Shakhtar from 1 June 2004, after the Ukrainian Cup's
    final of 30 May (Dnipro 0-2 Shakhtar) and in the league's last weeks, met none of it)."""
    _, begin, end = league_slots(store, league, [(season, first, last)])[0]
    if entered is None:
        _, opens, closes = league_slots(store, league, [(season, dt.date.min, dt.date.max)])[0]
        begin, end = max(begin, opens + _LEAGUE_STAY), min(end, closes - _LEAGUE_STAY)
    else:
        begin = max(begin, entered)
    return _Meets.POSSIBLY if begin + _LEAGUE_STAY <= end else _Meets.NO


def _final_day(store: Store, cup: str, held: Sequence[tuple[str, dt.date, dt.date]], year: int) -> dt.date | None:
    """The last day of the stored season of a cup nearest ``year`` that the store holds to its final,
    moved to ``year`` (the few nearest seasons are looked at); ``None`` where none of them reaches it."""
    for label, _, stored_end in sorted(held, key=lambda h: (abs(_start(h[0]) - year), -_start(h[0])))[:3]:
        if final_of(rounds(season_matches(store, cup, label), tie_rules(cup, label))) is not None:
            return _shifted(stored_end, year - _start(label))
    return None


def _cup_cut(store: Store, cup: str, season: str, team_name: str, last: dt.date) -> tuple[str, dt.date] | tuple[()]:
    """Why and to which day the store lacks the later rounds of a cup season it holds only in part
    (before its final), for a team still in it when the data ends: it won its last stored tie, or the
    tie has no result in the store; the spell lasts past the data's end (by more than :data:`SLACK`).
    Milan's Coppa Italia of 2024-25, held to the round of 16 in December 2024; an empty tuple where
    the store lacks nothing more of it (the team out, the cup whole, or the spell over)."""
    label = _in_format(store, cup, season)
    listed = season_matches(store, cup, label)
    if not listed or not any(team_name in (m.home, m.away) for m in listed):
        return ()
    stored_end = max(m.date for m in listed)
    if last <= stored_end + SLACK:
        return ()
    found = rounds(listed, tie_rules(cup, label))
    if final_of(rounds([m for m in listed if m.counts], tie_rules(cup, label))) is not None:
        return ()
    ties = [tie for one in found for tie in one.ties if team_name in (tie.first, tie.second)]
    if not ties:
        return ()
    tie = max(ties, key=lambda t: max(m.date for m in t.matches))
    opponent = tie.second if tie.first == team_name else tie.first
    stage = (tie.round or tie.stage or "last").lower()
    if tie.winner == team_name:
        return f"the team won its {stage} tie v {opponent}", stored_end
    if tie.winner is None and any(m.awaiting_result for m in tie.matches):
        return f"the team's {stage} tie v {opponent} has no result in the store", stored_end
    return ()


def _entered(store: Store, cup: str, season: str, league: str, seeds: tuple[int, int] | None) -> dt.date | None:
    """The first day clubs of ``league`` played in cup ``cup`` of ``season`` (with ``seeds``: clubs
    whose place in the league the season before lay in that range); ``None`` when none did."""
    clubs = {c for m in season_matches(store, league, _in_format(store, league, season)) for c in (m.home, m.away)}
    if seeds is not None:
        places = _league_places(store, league, _previous(season))
        clubs = {c for c in clubs if seeds[0] <= places.get(c, 0) <= seeds[1]}
    days = [m.date for m in season_matches(store, cup, season) if m.home in clubs or m.away in clubs]
    return min(days, default=None)


def _league_places(store: Store, league: str, season: str) -> dict[str, int]:
    """Each club's place in the final standings of a league season the store holds whole (else none)."""
    found = season_matches(store, league, _in_format(store, league, season))
    rules = rules_for(league, season)
    if not found or not complete(found, rules):
        return {}
    return {row.club: place for place, row in enumerate(final_standings(found, rules).rows, 1)}


def _start(label: str) -> int:
    """The year a season label starts in."""
    return Season.parse(label).start


def _nearest(held: Sequence[tuple[str, dt.date, dt.date]], year: int) -> tuple[str, dt.date, dt.date]:
    """The stored season (label, first day, last day) starting nearest ``year`` (the later of two)."""
    return min(held, key=lambda h: (abs(_start(h[0]) - year), -_start(h[0])))


def held(store: Store, item: Expected, team_name: str) -> bool:
    """Whether the store holds what the team played of an expected competition: its season, or matches
    in the window; for a cup also the team's part of it, the team's own matches or the cup season to
    its final or past the window (a file of the Copa del Rey cut short in October lacks the clubs that
    entered in January); for a play-off, a match of it."""
    if item.kind is GapKind.PLAYOFF:
        return _playoff_held(store, item)
    if item.kind is GapKind.CUP_PART:
        return False  # a cup season the store holds only from its last rounds (_cup_in_part)
    if item.held_to is not None:
        return False  # a cup season held in part, the team still in it when its data ends (_cup_cut)
    if not read.holds(store, item.competition, item.season, item.first, item.last):
        return False
    if item.kind is not GapKind.CUP:
        return True
    label = _in_format(store, item.competition, item.season)
    listed = season_matches(store, item.competition, label)
    if not listed or any(team_name in (m.home, m.away) for m in listed):
        return True  # (held under another label, or the team's own fixtures: their results are counted apart)
    found = [m for m in listed if m.counts]
    if not found:
        return False  # fixtures without a result only
    if max(m.date for m in found) >= item.last:
        return True
    return final_of(rounds(found, tie_rules(item.competition, label))) is not None


def league_slots(
    store: Store, league: str, slots: Sequence[tuple[str, dt.date, dt.date]]
) -> list[tuple[str, dt.date, dt.date]]:
    """The spell's season slots cut to the days the league played each season: its first and last
    match days in the store, or its nearest stored season's moved to that year. A spell that begins
    after the season's last matchday expects no league match of it (Allardyce at Newcastle from 15 May
    2007, two days after the Premier League's last)."""
    held = read.seasons(store, league)
    if not held:
        return list(slots)
    days = {label: (first, last) for label, first, last in held}
    out = []
    for season, first, last in slots:
        label = _in_format(store, league, season)
        if label in days:
            begin, end = days[label]
        else:
            near, near_begin, near_end = _nearest(held, _start(label))
            shift = _start(label) - _start(near)
            begin, end = _shifted(near_begin, shift), _shifted(near_end, shift)
        out.append((season, max(first, begin), min(last, end)))
    return out


def _shifted(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` later (29 February as 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _in_format(store: Store, competition: str, season: str) -> str:
    """A season label as a competition's own seasons write it (``2019`` for a calendar-year one)."""
    labels = {s for s, _, _ in read.seasons(store, competition)}
    if season in labels or not labels:
        return season
    start = Season.parse(season).start
    plain = str(start + 1) if "-" in season else f"{start - 1}-{start % 100:02d}"
    return plain if plain in labels else season


def _national_title(store: Store, team_name: str, league: str, prefix: str, season: str, next_season: str) -> str:
    """Why the team played its country's super cup of ``next_season``: ``"Bundesliga champions
    2018-19"``, ``"DFB-Pokal winners 2018-19"``, or the place the catalogue gives to the league's
    runner-up or the cup's losing finalist when the champions also won the cup, or a place of a super
    cup of four clubs; ``""`` when the data shows none of these. Only the top flight's places count: a
    lower division's champions (Bayern's reserves, Regionalliga Bayern 2013-14) play no super cup."""
    if catalog.tier(league) != 1:
        league = f"{prefix}.1"
    found = season_matches(store, league, season)
    rules = rules_for(league, season)
    champions = champion(found, rules) if found else None
    cup = f"{prefix}.cup"
    played = season_matches(store, cup, season)
    final = final_of(rounds(played, tie_rules(cup, season))) if played else None
    places = catalog.super_cup_places(prefix, next_season)
    if places is not None:
        return _four_club_place(team_name, league, cup, season, found, champions, final, places)
    if champions == team_name:
        return f"{catalog.name_in(league, season)} champions {season}"
    if final is not None and final.winner == team_name:
        return f"{catalog.name_in(cup, season)} winners {season}"
    who = catalog.after_a_double(prefix, next_season)
    table = final_standings(found, rules) if who == "league runner-up" and found and complete(found, rules) else None
    if not meets_double_winners(team_name, champions, final, table, who):
        return ""
    double = f"{champions} won the double"
    if who == "league runner-up":
        return f"{catalog.name_in(league, season)} runners-up {season}, {double}"
    return f"{catalog.name_in(cup, season)} finalists {season}, {double}"


def _four_club_place(
    team_name: str,
    league: str,
    cup: str,
    season: str,
    found: Sequence[Match],
    champions: str | None,
    final: Tie | None,
    places: tuple[int, int],
) -> str:
    """Why the team played a super cup of more than two clubs (the league's first places and the cup's
    winners, or finalists, a place held twice passing down the table), or ``""``."""
    rules = rules_for(league, season)
    table = [row.club for row in final_standings(found, rules).rows] if found and complete(found, rules) else []
    if not table and champions is not None:
        table = [champions]  # the champions are known; the rest of the table is not
    winner, loser = (final.winner, final.loser) if final is not None else (None, None)
    league_places, cup_places = places
    entrants = super_cup_entrants(table, winner, loser if cup_places > 1 else None, league_places)
    entrant = next((e for e in entrants if e.club == team_name), None)
    if entrant is None:
        return ""
    league_name, cup_name = catalog.name_in(league, season), catalog.name_in(cup, season)
    if entrant.cup is not None:
        return f"{cup_name} {entrant.cup} {season}"
    if entrant.instead_of is not None:
        return f"{league_name} {ordinal(entrant.league_place or 0)} {season}, {entrant.instead_of} held two places"
    place = entrant.league_place or 0
    named = "champions" if place == 1 else "runners-up" if place == 2 else ordinal(place)
    return f"{league_name} {named} {season}"


def _cup_winners_cup(store: Store, club: str, team_name: str, league: str, prefix: str, season: str) -> Expected | None:
    """The Cup Winners' Cup of ``season``, where the team won its country's cup the season before (and
    not the league: the champions played the European Cup), unless the store shows it in that season's
    Champions League or its qualifying rounds (cup winners who were league runners-up from 1997-98,
    or the European Cup's holders)."""
    code = catalog.cup_winners_cup(prefix, season)
    if code is None:
        return None
    if any(read.plays_in(store, club, other, season) for other in catalog.cup_winners_cup_instead()):
        return None
    before, cup = _previous(season), f"{prefix}.cup"
    played = season_matches(store, cup, before)
    found = season_matches(store, league, before)
    champions = champion(found, rules_for(league, before)) if found else None
    why = f"{catalog.name_in(cup, before)} winners {before}"
    if cup_winner(played) != team_name:
        # the cup's beaten finalists went in the place of winners who had also won the league (Liverpool,
        # FA Cup runners-up in 1971, to Arsenal's double: the Cup Winners' Cup of 1971-72; en.wikipedia
        # "UEFA Cup Winners' Cup", Format; "1971–72 European Cup Winners' Cup")
        final = final_of(rounds(played, tie_rules(cup, before))) if played else None
        if final is None or final.winner is None or final.winner != champions:
            return None
        if team_name not in (final.first, final.second) or final.winner == team_name:
            return None
        why = f"{catalog.name_in(cup, before)} runners-up {before}, {final.winner} won the double"
    elif champions == team_name:
        return None
    name = catalog.name_in(code, season)
    return Expected(code, name, GapKind.CONTINENTAL, season, dt.date.min, dt.date.max, why)


def cut_seasons(
    store: Store, league: str, slots: Sequence[tuple[str, dt.date, dt.date]], everything: Sequence[Match]
) -> list[tuple[str, dt.date]]:
    """The league's seasons of the spell that the store holds only in part, each with the last day it
    holds: the team played in them, the store's data of the season ends well before the slot does
    (and before the day its nearest other season ended, in this season's year), the season is not
    whole by the league's rules, and no fixture of the team in it is listed without a result (those
    are told apart). The Danish Superliga of 2025-26, stored to 15 September 2025."""
    held = {label: (begin, end) for label, begin, end in read.seasons(store, league)}
    out = []
    for season, first, last in slots:
        label = _in_format(store, league, season)
        if not cover.long_enough(first, last) or label not in held:
            continue
        mine = [m for m in everything if m.competition == league and m.season == label]
        if not any(m.counts for m in mine) or any(m.awaiting_result for m in mine):
            continue
        stored_end = held[label][1]
        others = [(lab, b, e) for lab, (b, e) in held.items() if lab != label]
        usual = last
        if others:
            near, _, near_end = _nearest(others, _start(label))
            usual = min(last, _shifted(near_end, _start(label) - _start(near)))
        if stored_end + SLACK >= usual:
            continue
        played = season_matches(store, league, label)
        if complete(played, rules_for(league, label)) or _ends_with_a_final(played):
            continue
        out.append((season, stored_end))
    return out


def _ends_with_a_final(played: Sequence[Match]) -> bool:
    """Whether a season's data ends with the decided final of a knock-out stage (Argentina's short
    season of 2016, its final on 29 May): the season was played to its end, however short."""
    last = max(played, key=lambda m: m.date, default=None)
    if last is None or last.stage is None:
        return False
    stage = [m for m in played if m.stage == last.stage]
    if not knockout_stage(stage):
        return False
    final = cup_final(stage)
    return final is not None and final.winner is not None
