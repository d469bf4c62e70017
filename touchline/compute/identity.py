"""Which club each name node stands for: pure functions over nodes, where they play and shared fixtures.

A *node* is a name as one namespace reads it (``("DEN", "FC København")``; see
:mod:`touchline.reference.clubs`). :func:`link` unites nodes into clubs, by evidence, strongest first:

1. **registry**: the names a reviewed club lists (in each namespace it plays in) are that club;
2. **spelling**: nodes of one namespace whose :func:`~touchline.reference.clubs.key` is equal
   (``1. FC Köln`` and ``1. FC Koln``);
3. **fixture**: two files hold a match of one competition-season, at most a day apart, with the same
   score and one club in common; the other two names are one club (``Meidericher SV`` in
   engsoccerdata, ``MSV Duisburg`` in worldfootball, the same day, opponent and score). A fixture
   without a score yet counts on its very day (a club plays one match a day);
4. **domestic**: a name from an international file without a country is the club of that name that
   played a domestic league or cup in the same season, when exactly one did, among the countries
   whose clubs play in that family of competitions (``uefa.*``: the countries other files give
   European clubs), so a European Real Sociedad is not Honduras' club of that name;
5. **renamed**: a club renamed in mid-season: in one file's league season (clubs playing at least
   ``RENAME_MIN_GAMES`` matches), a name of one country stops before another starts, the two never
   meet, and between them they play one club's schedule (as many matches as the others, no opponent
   at one ground more often than anyone meets anyone); each has exactly one such partner.
   ``Newton Heath`` becoming ``Manchester United`` in 1901-02, ``Atlético Aviación`` becoming
   ``Atlético Madrid`` in 1946-47, ``Torku Konyaspor`` becoming ``Konyaspor`` in 2015-16. A club that
   took over another's fixtures (Port Vale, Leeds City's in October 1919) is the same row of that
   season's table but not the same club: the registry lists such pairs as ``[[distinct]]``. Tried
   last, with 6, when nothing else links: a name the data also uses for another club at the same
   time (Bucharest's CSA Steaua) then stays apart;
6. **abroad**: a club an international file names with its country (``Olympique de Marseille
   (FRA)``) that no domestic file of that country names, is the one club of that country's leagues
   in the same seasons whose distinctive name words contain all of its own (``Olympique Marseille``;
   words such as "de", "olympique" or "fc" do not count), when exactly one does. Tried last, when
   nothing else links.

Fixture and domestic evidence are re-read after every round of unions (a link found in one round can
give a common club to the next), until nothing changes.

Two nodes are never united (except by the registry) when one names a reserve or youth team and the
other does not (``SSV Jeddeloh II`` is not ``SSV Jeddeloh``, whatever a cup file says); when they play
in the same competition-season of the same file at the same time (they are two teams of that file; a
club renamed in mid-season, Meidericher SV becoming MSV Duisburg in January 1967, plays under one
name, then the other); when the registry lists them as ``[[distinct]]``; or when they come from two
different countries' namespaces.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from touchline.reference.clubs import ClubRegistry, club_id, english_nation, key, normalize, reserve_mark

# a derived club is named by its most used name among those in use this many seasons before its last
RECENT_SEASONS = 2
# a league season whose clubs play at least this many matches each can show a club renamed in mid-season
RENAME_MIN_GAMES = 10


class LinkKind(StrEnum):
    """Why two nodes are one club."""

    REGISTRY = "registry"
    SPELLING = "spelling"
    FIXTURE = "fixture"
    DOMESTIC = "domestic"
    RENAMED = "renamed"
    ABROAD = "abroad"


@dataclass(frozen=True, slots=True)
class Node:
    """A name as one namespace reads it (``namespace`` is ``""`` when no country is known); ``era`` is
    the season range of a registry's season-bound name (``"..2009-10"``), else ``""``. The statistics
    say where the name is used: ``last`` the latest season (start year), ``rows`` how often, ``rank``
    the best precedence of a source using it (lower first)."""

    id: int
    namespace: str
    name: str
    era: str = ""
    last: int = 0
    rows: int = 0
    rank: int = 0


class Slot(NamedTuple):
    """A node playing in one competition-season of one file, from day ``first`` to day ``last`` (day
    numbers); ``domestic`` for a country's own league or cup (not an international competition). (A
    named tuple, like :class:`Fixture`: a whole-corpus import builds 146,000.)"""

    node: int
    file: int
    competition: str
    season: str
    domestic: bool
    first: int = 0
    last: int = 0
    national: bool = False  # a competition of national teams: its names are nations, never clubs
    rows: int = 0  # the file's rows that name it there


class Fixture(NamedTuple):
    """A source row as identity needs it: which file (any number that tells files apart; the store gives
    each file's precedence), when (a day number) and who, and the score. (A named tuple: every row of
    every season two files hold is one, built five times faster than a frozen dataclass.)"""

    row: int
    file: int
    day: int
    home: int
    away: int
    ft_home: int | None
    ft_away: int | None


@dataclass(frozen=True, slots=True)
class Link:
    """Evidence that node ``a`` and node ``b`` are one club: the kind, and for fixtures the two source
    rows (and how many fixtures agreed)."""

    a: int
    b: int
    kind: LinkKind
    row_a: int | None = None
    row_b: int | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class ClubInfo:
    """A derived club: id, name, country (``None`` when unknown), and whether the registry has it."""

    id: str
    name: str
    country: str | None
    known: bool


@dataclass(slots=True)
class Identity:
    """The outcome: each node's club, the clubs, the links that made them, and refused links."""

    club_of: dict[int, str] = field(default_factory=dict)
    clubs: dict[str, ClubInfo] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    refused: list[tuple[Link, str]] = field(default_factory=list)


class _Components:
    """Union-find over node ids, carrying what may not be united: the slots and namespaces of each set."""

    def __init__(self, nodes: Iterable[Node], slots: Iterable[Slot], distinct: Iterable[tuple[int, int]]) -> None:
        self.parent: dict[int, int] = {}
        # root -> (file, competition, season) -> first and last day its nodes play there
        self.slots: dict[int, dict[tuple[int, str, str], tuple[int, int]]] = {}
        self.spaces: dict[int, set[str]] = {}
        self.marks: dict[int, set[str]] = {}
        self.club: dict[int, str] = {}  # root -> registered club id
        for node in nodes:
            self.parent[node.id] = node.id
            self.slots[node.id] = {}
            self.spaces[node.id] = {node.namespace} if node.namespace else set()
            self.marks[node.id] = {reserve_mark(node.name)}
        for slot in slots:
            if slot.node in self.slots:
                self.slots[slot.node][(slot.file, slot.competition, slot.season)] = (slot.first, slot.last)
        self.distinct: dict[int, set[int]] = defaultdict(set)
        for a, b in distinct:
            self.distinct[a].add(b)
            self.distinct[b].add(a)

    def find(self, node: int) -> int:
        parent = self.parent
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def why_not(self, a: int, b: int, *, forced: bool = False) -> str | None:
        """Why the sets of ``a`` and ``b`` may not be one club, or ``None`` when they may."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return "already one club"
        if ra in self.club and rb in self.club and self.club[ra] != self.club[rb]:
            return f"the registry has them as {self.club[ra]} and {self.club[rb]}"
        for node in self.distinct:
            if self.find(node) in (ra, rb) and any(
                self.find(o) in (ra, rb) and self.find(o) != self.find(node) for o in self.distinct[node]
            ):
                return "the registry lists them as distinct clubs"
        if forced:
            return None
        if self.marks[ra] != self.marks[rb]:
            return "a reserve or youth team and another team"
        sa, sb = self.spaces[ra], self.spaces[rb]
        if sa and sb and not sa & sb:
            return f"different countries ({', '.join(sorted(sa))} / {', '.join(sorted(sb))})"
        small, large = sorted((self.slots[ra], self.slots[rb]), key=len)
        for slot, (first, last) in small.items():
            other = large.get(slot)
            if other is not None and first <= other[1] and other[0] <= last:
                return f"both play in {slot[1]} {slot[2]} of one file at the same time"
        return None

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if len(self.slots[ra]) < len(self.slots[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        slots = self.slots[ra]
        for slot, (first, last) in self.slots.pop(rb).items():
            mine = slots.get(slot)
            slots[slot] = (first, last) if mine is None else (min(first, mine[0]), max(last, mine[1]))
        self.spaces[ra] |= self.spaces.pop(rb)
        self.marks[ra] |= self.marks.pop(rb)
        if rb in self.club:
            self.club[ra] = self.club.pop(rb)
        return ra


def link(
    nodes: Sequence[Node],
    slots: Sequence[Slot],
    fixtures: Mapping[tuple[str, str], Sequence[Fixture]],
    registry: ClubRegistry,
    schedules: Mapping[tuple[int, str, str], Sequence[Fixture]] | None = None,
) -> Identity:
    """Unite ``nodes`` into clubs (see the module docstring).

    ``slots`` say where each node plays; ``fixtures`` hold, per competition-season that two or more
    files cover, the rows of those files; ``schedules`` the rows of the file-seasons
    :func:`rename_seasons` names, by (file, competition, season).
    """
    by_id = {node.id: node for node in nodes}
    by_name = {(n.namespace, n.name, n.era): n.id for n in nodes}
    order = {n.id: (n.namespace, n.name, n.era) for n in nodes}
    distinct = [
        (by_name[(ns_a, a, "")], by_name[(ns_b, b, "")])
        for (ns_a, a), (ns_b, b) in registry.distinct
        if (ns_a, a, "") in by_name and (ns_b, b, "") in by_name
    ]
    sets = _Components(nodes, slots, distinct)
    identity = Identity()

    def unite(candidate: Link, *, forced: bool = False) -> bool:
        reason = sets.why_not(candidate.a, candidate.b, forced=forced)
        if reason is None:
            sets.union(candidate.a, candidate.b)
            identity.links.append(candidate)
            return True
        if reason != "already one club":
            identity.refused.append((candidate, reason))
        return False

    # 1. the registry: a node it names joins the first node of that club
    anchors: dict[str, int] = {}
    for node in nodes:
        registered = registry.lookup(node.namespace, node.name, node.era) if node.namespace else None
        if registered is None:
            continue
        anchor = anchors.get(registered)
        if anchor is None:
            anchors[registered] = node.id
            sets.club[sets.find(node.id)] = registered
        else:
            unite(Link(anchor, node.id, LinkKind.REGISTRY), forced=True)
    # 2. spelling: one key in one namespace is one club (eras stay apart: they are the registry's split)
    by_key: dict[tuple[str, str], int] = {}
    for node in sorted(nodes, key=lambda n: order[n.id]):
        if not node.namespace or node.era:
            continue
        first = by_key.setdefault((node.namespace, key(node.name)), node.id)
        if first != node.id:
            unite(Link(first, node.id, LinkKind.SPELLING), forced=True)
    # 3 and 4, round after round; then 5 and 6, and 3 and 4 again for what they bring
    domestic = _domestic_index(by_id, slots, _bare_probes(by_id, slots))
    # a name an international file gives without a country, spelled as a name of a country's is
    alike = _Alike({n.id: key(n.name) for n in nodes}, {n.id for n in nodes if not n.namespace})
    seen: dict[tuple[str, str], tuple[tuple[int, ...], tuple[int, ...], list[Link]]] = {}
    for last_resort in (False, True):
        for round_ in range(10):
            if last_resort and round_ == 0:
                proposals = _rename_proposals(by_id, schedules or {}) + _abroad_proposals(by_id, slots, sets.find)
            else:
                proposals = _fixture_proposals(fixtures, sets.find, seen, alike)
                proposals += _domestic_proposals(by_id, slots, domestic, sets.find)
            # strongest evidence first; among equals, by the names (never by ids, which depend on the
            # order files were imported in): the outcome depends on the data only
            proposals.sort(key=lambda lk: (-lk.count, lk.kind is not LinkKind.FIXTURE, order[lk.a], order[lk.b]))
            changed = False
            for proposal in proposals:
                if sets.find(proposal.a) != sets.find(proposal.b):
                    changed |= unite(proposal)
            if not changed:
                break
    _name_clubs(nodes, sets, registry, identity)
    return identity


@dataclass(frozen=True, slots=True)
class _Alike:
    """Spelling keys of the nodes, and the nodes without a namespace (names of international files)."""

    keys: Mapping[int, str]
    bare: frozenset[int] | set[int]

    def __call__(self, a: int, b: int) -> bool:
        """Whether two names are spelled alike and one of them has no country."""
        return (a in self.bare or b in self.bare) and self.keys.get(a) == self.keys.get(b)


def _fixture_proposals(
    fixtures: Mapping[tuple[str, str], Sequence[Fixture]],
    find: Callable[[int], int],
    seen: dict[tuple[str, str], tuple[tuple[int, ...], tuple[int, ...], list[Link]]] | None = None,
    alike: Callable[[int, int], bool] | None = None,
) -> list[Link]:
    """Links from fixtures two files share with one club in common, most supported first.

    A season's links depend only on the clubs its names belong to: ``seen`` keeps each season's links
    with the clubs they were found under, and a season none of whose names changed club since is not
    scanned again (the rounds after the first rescan only the seasons a union touched).
    """
    support: Counter[tuple[int, int]] = Counter()
    first: dict[tuple[int, int], Link] = {}
    for season, rows in fixtures.items():
        cached = seen.get(season) if seen is not None else None
        members = cached[0] if cached is not None else tuple(sorted({n for r in rows for n in (r.home, r.away)}))
        roots = tuple(find(n) for n in members)
        if cached is not None and cached[1] == roots:
            found = cached[2]
        else:
            found = list(_season_proposals(rows, find, alike))
            if seen is not None:
                seen[season] = (members, roots, found)
        for link in found:
            pair = (find(link.a), find(link.b))
            pair = (min(pair), max(pair))
            support[pair] += 1
            first.setdefault(pair, link)
    out = [
        Link(first[pair].a, first[pair].b, LinkKind.FIXTURE, first[pair].row_a, first[pair].row_b, count)
        for pair, count in support.items()
    ]
    return out


def _season_proposals(
    rows: Sequence[Fixture], find: Callable[[int], int], alike: Callable[[int, int], bool] | None = None
) -> Iterable[Link]:
    """One competition-season: (row of file F, row of file G) pairs at most a day apart with the same
    score and one club in common, where neither row has an exact counterpart in the other file.

    With ``alike``: also pairs on the same day with the same score and no club in common, where one
    side's two names are spelled alike and one of them has no country (an international file's
    "Valencia CF" beside a Spanish "Valencia CF"): that side is proposed as one club, and the round
    after, the other side follows as a club in common would have it."""
    by_file: dict[int, list[tuple[Fixture, int, int]]] = defaultdict(list)
    for row in rows:
        by_file[row.file].append((row, find(row.home), find(row.away)))
    if len(by_file) < 2:
        return
    # for each file: (home root, away root, day) of its rows, either way round
    exact: dict[int, set[tuple[int, int, int]]] = {}
    sides: dict[int, dict[tuple[int, int, int], list[tuple[Fixture, int, int]]]] = {}
    days: dict[int, dict[int, list[tuple[Fixture, int, int]]]] = {}
    for file, entries in by_file.items():
        keys: set[tuple[int, int, int]] = set()
        index: dict[tuple[int, int, int], list[tuple[Fixture, int, int]]] = defaultdict(list)
        on_day: dict[int, list[tuple[Fixture, int, int]]] = defaultdict(list)
        for entry in entries:
            row, home, away = entry
            keys.add((home, away, row.day))
            keys.add((away, home, row.day))
            index[(0, home, row.day)].append(entry)
            index[(1, away, row.day)].append(entry)
            if alike is not None:
                on_day[row.day].append(entry)
        exact[file] = keys
        sides[file] = index
        days[file] = on_day

    def matched(row: Fixture, home: int, away: int, file: int) -> bool:
        keys = exact[file]
        day = row.day  # a day either way (spelled out: this runs for every row of every shared season)
        return (home, away, day) in keys or (home, away, day - 1) in keys or (home, away, day + 1) in keys

    files = sorted(by_file)
    for i, f in enumerate(files):
        for g in files[i + 1 :]:
            for row, home, away in by_file[f]:
                if matched(row, home, away, g):
                    continue
                scored = row.ft_home is not None
                for side, common in ((0, home), (1, away)):
                    for delta in (-1, 0, 1) if scored else (0,):
                        for other, other_home, other_away in sides[g].get((side, common, row.day + delta), ()):
                            if other.ft_home is None:
                                if delta:
                                    continue
                            elif (other.ft_home, other.ft_away) != (row.ft_home, row.ft_away):
                                continue
                            if matched(other, other_home, other_away, f):
                                continue
                            if side == 0 and other_away != away:
                                yield Link(row.away, other.away, LinkKind.FIXTURE, row.row, other.row)
                            elif side == 1 and other_home != home:
                                yield Link(row.home, other.home, LinkKind.FIXTURE, row.row, other.row)
                if alike is None or not scored:
                    continue
                for other, other_home, other_away in days[g].get(row.day, ()):
                    if other_home == home or other_away == away:
                        continue  # a club in common: the proposals above
                    if (other.ft_home, other.ft_away) != (row.ft_home, row.ft_away):
                        continue
                    if matched(other, other_home, other_away, f):
                        continue
                    if alike(row.home, other.home):
                        yield Link(row.home, other.home, LinkKind.FIXTURE, row.row, other.row)
                    elif alike(row.away, other.away):
                        yield Link(row.away, other.away, LinkKind.FIXTURE, row.row, other.row)


def rename_seasons(nodes: Sequence[Node], slots: Sequence[Slot]) -> set[tuple[int, str, str]]:
    """The (file, competition, season) slots where a club may have been renamed in mid-season, as far as
    where and how often each name plays tells: two names of one country in one file's domestic season,
    one done before the other starts, whose matches add up to what most clubs there play (at least
    ``RENAME_MIN_GAMES``). :func:`_rename_proposals` reads their rows to decide."""
    spaces = {node.id: node.namespace for node in nodes}
    by_season: dict[tuple[int, str, str], list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.domestic and not slot.national and spaces.get(slot.node):
            by_season[(slot.file, slot.competition, slot.season)].append(slot)
    found = set()
    for where, group in by_season.items():
        mode = _mode(slot.rows for slot in group)
        if mode < RENAME_MIN_GAMES:
            continue
        short = [slot for slot in group if slot.rows < mode]
        if any(
            a.last < b.first and a.rows + b.rows == mode and spaces[a.node] == spaces[b.node]
            for a in short
            for b in short
        ):
            found.add(where)
    return found


def _mode(counts: Iterable[int]) -> int:
    """The most common of ``counts`` (the largest of equals), or 0."""
    tally = Counter(counts)
    return max(tally, key=lambda c: (tally[c], c)) if tally else 0


def _rename_proposals(
    nodes: Mapping[int, Node], schedules: Mapping[tuple[int, str, str], Sequence[Fixture]]
) -> list[Link]:
    """Links from a name that gave way to another in mid-season (see the module docstring), each with
    the old name's last row and the new one's first."""
    out = []
    for rows in schedules.values():
        games: Counter[int] = Counter()
        faced: dict[int, Counter[tuple[int, int]]] = defaultdict(Counter)  # (opponent, 0 home / 1 away)
        first: dict[int, Fixture] = {}
        last: dict[int, Fixture] = {}
        for row in rows:
            for club, other, venue in ((row.home, row.away, 0), (row.away, row.home, 1)):
                games[club] += 1
                faced[club][(other, venue)] += 1
                if club not in first or row.day < first[club].day:
                    first[club] = row
                if club not in last or row.day > last[club].day:
                    last[club] = row
        mode = _mode(games.values())
        if mode < RENAME_MIN_GAMES:
            continue
        most = max(max(faced[club].values()) for club in games if games[club] == mode)
        short = [club for club in games if games[club] < mode and nodes[club].namespace]
        after: dict[int, list[int]] = defaultdict(list)
        before: dict[int, list[int]] = defaultdict(list)
        for a in short:
            met = {other for other, _ in faced[a]}
            for b in short:
                if (
                    last[a].day < first[b].day
                    and games[a] + games[b] == mode
                    and b not in met
                    and nodes[a].namespace == nodes[b].namespace
                    and max((faced[a] + faced[b]).values()) <= most
                ):
                    after[a].append(b)
                    before[b].append(a)
        for a, partners in sorted(after.items()):
            if len(partners) == 1 and len(before[partners[0]]) == 1:
                b = partners[0]
                out.append(Link(a, b, LinkKind.RENAMED, last[a].row, first[b].row))
    return out


def _years(season: str) -> range:
    first, _, last = season.partition("-")
    start = int(first[:4]) if first[:4].isdigit() else 0
    end = start
    if last.isdigit():
        end = (start // 100) * 100 + int(last) if len(last) == 2 else int(last)
        if end < start:
            end += 100
    return range(start, end + 1)


def _bare_probes(nodes: Mapping[int, Node], slots: Sequence[Slot]) -> set[str]:
    """The keys (and ``~`` normalized names) of names without a country in international club
    competitions: all :func:`_domestic_proposals` looks up."""
    bare = {slot.node for slot in slots if not slot.domestic and not slot.national}
    found = (nodes.get(n) for n in bare)
    return {probe for node in found if node is not None and not node.namespace for probe in _probes(node.name)}


def _probes(name: str) -> tuple[str, str]:
    return key(name), "~" + normalize(name)


def _domestic_index(
    nodes: Mapping[int, Node], slots: Sequence[Slot], wanted: set[str]
) -> dict[tuple[str, int], set[int]]:
    """(key, year) -> nodes of some country playing a domestic competition that year; the same under
    the normalized name, prefixed ``~``. Only the ``wanted`` keys: the index of every name would be a
    set for each name and year of the corpus (a hundred megabytes for the whole of it)."""
    index: dict[tuple[str, int], set[int]] = defaultdict(set)
    probes: dict[int, tuple[str, ...]] = {}
    for slot in slots:
        node = nodes.get(slot.node)
        if node is None or not slot.domestic or not node.namespace:
            continue
        found = probes.get(node.id)
        if found is None:
            found = probes[node.id] = tuple(probe for probe in _probes(node.name) if probe in wanted)
        if found:
            for year in _years(slot.season):
                for probe in found:
                    index[(probe, year)].add(node.id)
    return index


def _domestic_proposals(
    nodes: Mapping[int, Node],
    slots: Sequence[Slot],
    index: Mapping[tuple[str, int], set[int]],
    find: Callable[[int], int],
) -> list[Link]:
    """Links from names without a country to the one club of that name playing at home that season."""
    seasons: dict[int, set[int]] = defaultdict(set)
    families: dict[int, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)  # competition family -> namespaces seen in it
    for slot in slots:
        node = nodes.get(slot.node)
        if node is None or slot.domestic or slot.national:
            continue
        family = slot.competition.split(".", 1)[0]
        if node.namespace:
            countries[family].add(node.namespace)
        else:
            seasons[slot.node].update(_years(slot.season))
            families[slot.node].add(family)
    out = []
    for node_id, years in sorted(seasons.items()):
        name = nodes[node_id].name
        allowed = set().union(*(countries[f] for f in families[node_id]))
        for probe in _probes(name):
            found = {n for year in years for n in index.get((probe, year), ())}
            if allowed:
                found = {n for n in found if nodes[n].namespace in allowed}
            roots = {find(n) for n in found}
            if len(roots) == 1:
                out.append(Link(node_id, min(found), LinkKind.DOMESTIC))
                break
            if roots:
                break  # ambiguous: leave it to fixtures
    return out


# words that say what kind of club a name is, not which one
_GENERIC = frozenset(
    {
        "de", "del", "der", "la", "le", "les", "el", "los", "das", "do", "da", "the", "of", "and", "i",
        "club", "city", "town", "united", "sport", "sports", "sporting", "athletic", "atletico", "athletico",
        "deportivo", "union", "olympique", "olympic", "racing", "real", "royale", "stade", "football", "futbol",
        "calcio", "association", "societe", "sv", "fc", "cf", "ac", "as", "sc", "fk", "nk", "sk", "pfc", "cd",
        "ca", "ud", "sd", "afc", "ff", "if", "bk", "kv", "kaa", "krc", "ksc", "rsc", "vfb", "vfl", "tsv",
    }
)  # fmt: skip


# a city's select team ("Utrecht XI", "Auswahl Basel"), never a club of the town
_SELECT = frozenset({"xi", "auswahl", "select", "selection", "combined"})


def _words(name: str) -> frozenset[str]:
    """A name's distinctive words: ``Olympique de Marseille`` -> {"marseille"}."""
    return frozenset(w for w in normalize(name).split() if w not in _GENERIC and len(w) > 2)


def _abroad_proposals(nodes: Mapping[int, Node], slots: Sequence[Slot], find: Callable[[int], int]) -> list[Link]:
    """Links from clubs only international files name with a country to the one club of that country's
    leagues in the same seasons whose distinctive words contain all of theirs."""
    domestic_roots: set[int] = set()
    league_years: dict[tuple[str, int], set[int]] = defaultdict(set)  # (namespace, year) -> nodes
    abroad_years: dict[int, set[int]] = defaultdict(set)
    for slot in slots:
        node = nodes.get(slot.node)
        if node is None or not node.namespace or slot.national:
            continue
        if slot.domestic:
            domestic_roots.add(find(node.id))
            if ".cup" not in slot.competition:
                for year in _years(slot.season):
                    league_years[(node.namespace, year)].add(node.id)
        else:
            abroad_years[node.id].update(_years(slot.season))
    out = []
    for node_id, years in sorted(abroad_years.items()):
        if find(node_id) in domestic_roots:
            continue
        node = nodes[node_id]
        mine = _words(node.name)
        if not mine or _SELECT & set(normalize(node.name).split()):
            continue
        near = {n for y in years for d in (-1, 0, 1) for n in league_years.get((node.namespace, y + d), ())}
        # its words all in the candidate's (never the reverse: "Auswahl Basel", a city's select team, is
        # not FC Basel)
        fits = {find(n) for n in near if mine <= _words(nodes[n].name)}
        if len(fits) == 1:
            target = min(n for n in near if find(n) in fits)
            out.append(Link(node_id, target, LinkKind.ABROAD))
    return out


def _name_clubs(nodes: Sequence[Node], sets: _Components, registry: ClubRegistry, identity: Identity) -> None:
    """Give every set of nodes its club: the registry's, or one named after its most recent name."""
    members: dict[int, list[Node]] = defaultdict(list)
    for node in nodes:
        members[sets.find(node.id)].append(node)
    derived: list[tuple[tuple[str, str, str], int, ClubInfo]] = []
    for root, group in members.items():
        registered = sets.club.get(root)
        if registered is not None:
            club = registry.get(registered)
            info = ClubInfo(club.id, club.name, club.country, True)
            identity.clubs[info.id] = info
            for node in group:
                identity.club_of[node.id] = info.id
            continue
        # the name most used in the club's last seasons (a new name, not a source's one-off spelling)
        latest = max(n.last for n in group)
        recent = [n for n in group if n.last >= latest - RECENT_SEASONS]
        best = max(recent, key=lambda n: (n.rows, -n.rank, n.namespace, n.name))
        spaces = Counter(n.namespace for n in group if n.namespace)
        country = max(spaces, key=lambda s: (spaces[s], s)) if spaces else ""
        # a national team (no country's namespace) is shown by its English name ("Italy" for the data's
        # "Italien"); its id stays the data's, as before
        shown = (english_nation(best.name) if not country else None) or best.name
        info = ClubInfo(club_id(country, best.name), shown, country or None, False)
        derived.append(((best.namespace, best.name, best.era), root, info))
    # ids are slugs of names: two sets whose names slug alike get -2, -3 ... in a stable order
    taken = set(identity.clubs)
    for _, root, info in sorted(derived, key=lambda d: d[0]):
        wanted, number = info.id, 1
        while wanted in taken:
            number += 1
            wanted = f"{info.id}-{number}"
        taken.add(wanted)
        named = ClubInfo(wanted, info.name, info.country, False)
        identity.clubs[wanted] = named
        for node in members[root]:
            identity.club_of[node.id] = wanted
