"""What the match data says of a biography's ties and honours: the adapter behind
:func:`touchline.article.hooks.ties_and_honours` (article package, floor 4: like ``api/``, it reads the
store through api and store functions and holds no SQL).

:class:`MatchFacts` answers the four questions of :class:`~touchline.article.hooks.TiesAndHonours`
from :mod:`touchline.api.ties` and :mod:`touchline.api.honours`:

- **aggregate**: the spell's club's tie against the claimed opponent, played within the spell; its
  aggregate and who went through, against the claim's; the legs (``file:line``) and the ``touchline
  tie`` command as evidence. A tie the data cannot settle is not checkable, with the tie's problem.
- **title**: whether the club won the competition in the seasons named (or lost its final, for a
  runner-up claim), and, for a claim about a spell, whether the honour's day lies in the manager's
  spell. An honour derived from the data agrees with its evidence (the final, the final table); a
  hand-entered one (``data/honours.toml``) agrees "hand-entered, not from match data", with its source.
  Neither: "differs" only when the store holds that competition-season whole (the final, a complete
  season); otherwise not checkable, saying why.
- **honours**: the Honours section, as player and as manager, by club, hand-entered seasons marked.
- **spell_events**: a sentence per cup final the club played in the spell and per European campaign's
  deciding tie (:mod:`touchline.article.events`).
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from touchline.api.honours import club_honours as stored_honours
from touchline.api.honours import person_honours
from touchline.api.managers import SpellRecord
from touchline.api.people import Teams, spell_days
from touchline.api.tables import ordinal, season_matches
from touchline.api.ties import CupSeason, cup_kinds, season_rounds
from touchline.article.claims import AggregateClaim, TitleClaim, season_label
from touchline.article.dates import long_date
from touchline.article.document import Career, short_name
from touchline.article.events import deciding_ties, final_sentence, round_text, tie_sentence
from touchline.article.spells import resolve
from touchline.compute.honours import Honour, Place, biography_lines, line_text, season_text
from touchline.compute.standings import complete, final_standings
from touchline.compute.ties import Tie
from touchline.errors import NotFoundError
from touchline.model import Club, CompetitionKind, Match, Person, Role, Season, Spell
from touchline.reference import competitions as catalog
from touchline.reference.clubs import fold
from touchline.reference.rules import rules_for
from touchline.store import read
from touchline.store.base import Store
from touchline.store.people import find_person, person_spells
from touchline.views.honours import HAND
from touchline.views.listing import score_text
from touchline.views.ties import outcome, seen_from

COACHING = (Role.HEAD_COACH, Role.CARETAKER)
HAND_ENTERED = "hand-entered, not from match data"
_KNOCKOUT = (*cup_kinds(), CompetitionKind.SUPER_CUP)
# a season or a year in a competition's name ("the 2021–22 Danish Superliga")
_SEASONS = re.compile(r"\b(?:18|19|20)\d{2}(?:\s*[–\-/]\s*\d{2,4})?\b")
# words after a competition's name that are not part of it ("Belgian Cup final", "Danish champions")
_TRAILING = frozenset(["final", "finals", "title", "titles", "champions", "winners", "winner", "trophy"])
_LEAGUE_CUES = frozenset(["title", "titles", "champions"])
_NOT_NAMES = frozenset(["the", "of", "fc", "sc", "ac", "cf", "club", "afc"])


@dataclass(frozen=True, slots=True)
class HookAnswer:
    """The data's answer to an aggregate or title claim: ``checkable`` False (with ``answer`` saying
    why) or ``agrees`` True/False, the answer in words, and the matches behind it (``file:line``
    strings or ``touchline ...`` command lines)."""

    checkable: bool
    agrees: bool | None
    answer: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HonourEntry:
    """One line of an Honours section: whose career, the club, the line as a biography writes it
    (``Danish Cup (2): 1990–91†, 1992–93†``; † after a hand-entered season), the notes naming the
    sources of its hand-entered seasons, and what in the data shows the others."""

    career: Career
    club: str
    text: str
    notes: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


def match_line(match: Match) -> str:
    """One match as evidence: date, competition, teams, score, source file and line."""
    where = f"{match.file}:{match.line}"
    return f"{match.date} {match.competition} {match.season}: {match.home} {score_text(match)} {match.away} ({where})"


@dataclass(frozen=True, slots=True)
class _Part:
    """The answer for one season of a title claim: ``agrees`` ``None`` when not checkable."""

    agrees: bool | None
    text: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Competition:
    """A competition a claim may name: a code (or a hand-entered competition's name), its names."""

    key: str
    names: tuple[str, ...]
    kind: CompetitionKind | None  # None: a hand-entered competition the catalogue does not know
    tier: int | None = None
    # the title of a catalogued competition's honour the data derives under a name of its own (au.1's
    # "A-League Premiership", its regular season, and "A-League Championship", its grand final)
    title: str | None = None


def _words(text: str) -> tuple[frozenset[str], bool]:
    """The words naming a competition ("the 2021–22 Danish Superliga" -> danish, superliga), and
    whether the text speaks of a league title ("Danish champions", "the league title")."""
    folded = _SEASONS.sub(" ", fold(text))
    folded = re.sub(r"runners?[- ]up|\bfinalists?\b", " ", folded)
    words = re.findall(r"[^\W_]+", folded)
    league = False
    while words and words[-1] in _TRAILING:
        if words[-1] == "trophy" and len(words) > 1 and words[-2] == "league":
            break  # "Football League Trophy" is a competition's name, not the Football League's trophy
        league = league or words[-1] in _LEAGUE_CUES
        words.pop()
    if league and words and words[-1] == "league":
        words.pop()  # "the league title": any league
    return frozenset(w for w in words if w not in ("the", "of")), league


def _extra(claim: frozenset[str], name: str) -> int | None:
    """How many words the competition's name has beyond the claim's (0: the same name), or ``None``
    when the claim's words are not all in it."""
    have = _words(name)[0]
    if claim == have:
        return 0
    return len(have - claim) if claim and claim < have else None


def _seasons_of(claim: TitleClaim) -> list[str]:
    """The seasons (``2012-13``) or years (``2020``) a title claim names."""
    out = []
    for text in claim.years or claim.seasons:
        cleaned = re.sub(r"[^\d\-–/]", "", text).replace("–", "-").replace("/", "-")
        split = re.fullmatch(r"(\d{4})-(\d{2}|\d{4})", cleaned)
        if split:
            out.append(season_label(split.group(1), split.group(2)))
        elif re.fullmatch(r"\d{4}", cleaned):
            out.append(cleaned)
    return list(dict.fromkeys(out))


def _in_season(honour: Honour, season: str) -> bool:
    """Whether an honour is of the season a claim names (a year: the season that ended in it)."""
    if honour.season == season:
        return True
    if "-" in season:
        return False
    parsed = Season.parse(honour.season)
    return parsed.start != parsed.end and parsed.end == int(season)


def _overlaps(season: str, first: dt.date, last: dt.date) -> bool:
    parsed = Season.parse(season)
    return parsed.start <= last.year and parsed.end >= first.year


def _other(tie: Tie, club: str) -> str:
    return tie.second if tie.first == club else tie.first


def _goals(tie: Tie, club: str) -> tuple[int, int]:
    """(the club's, the opponent's) goals over the tie."""
    assert tie.aggregate is not None
    home, away = tie.aggregate.home, tie.aggregate.away
    return (home, away) if tie.first == club else (away, home)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W_]+", fold(name)) if len(w) >= 3 and w not in _NOT_NAMES)


def _combined(parts: Sequence[_Part]) -> HookAnswer:
    """One answer for a claim over several seasons: any season that differs makes it differ."""
    evidence = tuple(dict.fromkeys(e for p in parts for e in p.evidence))
    answer = "; ".join(p.text for p in parts)
    if any(p.agrees is False for p in parts):
        return HookAnswer(True, False, answer, evidence)
    if parts and all(p.agrees for p in parts):
        return HookAnswer(True, True, answer, evidence)
    return HookAnswer(False, None, answer, evidence)


class MatchFacts:
    """The ties and honours of :mod:`touchline.api` read for biographies (see the module's docstring).
    One instance serves one audit or one article: it keeps what it has read of the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._teams: Teams | None = None
        self._rounds: dict[tuple[str, str], CupSeason] = {}
        self._honours: dict[str, list[Honour]] = {}
        self._seasons: dict[str, list[tuple[str, str]]] = {}
        self._stored_seasons: dict[str, list[str]] = {}
        self._prefixes: dict[str, str | None] = {}
        self._spells: dict[str, list[Spell]] = {}

    # --- what the store holds, read once ---------------------------------------------------------

    def _cup(self, code: str, season: str) -> CupSeason:
        if (code, season) not in self._rounds:
            self._rounds[(code, season)] = season_rounds(self.store, code, season)
        return self._rounds[(code, season)]

    def _club_honours(self, club: Club) -> list[Honour]:
        if club.id not in self._honours:
            self._honours[club.id] = [c.honour for c in stored_honours(self.store, club.id).honours]
        return self._honours[club.id]

    def _club_seasons(self, club: str) -> list[tuple[str, str]]:
        if club not in self._seasons:
            self._seasons[club] = read.club_seasons(self.store, club)
        return self._seasons[club]

    def _prefix(self, club: str) -> str | None:
        """The country prefix of the club's league (``dk``), for its country's competitions."""
        if club not in self._prefixes:
            league = read.home_league(self.store, club)
            self._prefixes[club] = league.split(".", 1)[0] if league else None
        return self._prefixes[club]

    def _labels(self, code: str, season: str) -> list[str]:
        """The store's seasons of a competition that a claim's season or year names."""
        if code not in self._stored_seasons:
            self._stored_seasons[code] = [s for s, _, _ in read.seasons(self.store, code)]
        labels = self._stored_seasons[code]
        if season in labels:
            return [season]
        if "-" in season:
            return []
        return [s for s in labels if "-" in s and Season.parse(s).end == int(season)]

    def _person_spells(self, person: str) -> list[Spell]:
        if person not in self._spells:
            self._spells[person] = person_spells(self.store, person)
        return self._spells[person]

    def _club(self, name: str) -> Club | str:
        """The club an article names (as ``touchline people from-article`` resolves it), or why not."""
        if self._teams is None:
            self._teams = Teams(self.store)
        club, canonical, _, problem = resolve(self._teams, name)
        if club is None or canonical is None:
            return problem or f"no club named {name!r}"
        return Club(club, canonical)

    def _ties(self, club: Club, first: dt.date, last: dt.date) -> list[Tie]:
        """The club's knock-out ties (cups, super cups, continental) with a match from ``first`` to
        ``last``, in the order they ended."""
        found = []
        for code, season in self._club_seasons(club.id):
            if catalog.competition(code).kind not in _KNOCKOUT or not _overlaps(season, first, last):
                continue
            found += [
                t
                for t in self._cup(code, season).ties
                if t.involves(club.name) and any(first <= m.date <= last for m in t.matches)
            ]
        return sorted(found, key=lambda t: t.matches[-1].date)

    # --- aggregates ------------------------------------------------------------------------------

    def aggregate(self, claim: AggregateClaim, spell: SpellRecord | None) -> HookAnswer:
        """The spell's tie against the claim's opponent, its aggregate and who went through."""
        if spell is None:
            return HookAnswer(False, None, "no spell of the person to look for the tie in")
        club = Club(spell.spell.team, spell.team_name)
        when = f"from {long_date(spell.start)} to {long_date(spell.end)}"
        ties = self._ties(club, spell.start, spell.end)
        against = self._against(ties, claim, club.name)
        if not against:
            opponent = claim.opponent or "the club the sentence names"
            met = ", ".join(dict.fromkeys(_other(t, club.name) for t in ties)) or "none"
            return HookAnswer(
                False,
                None,
                f"the data holds no knock-out tie of {club.name} against {opponent} {when} (its ties then: {met})",
            )
        named = [t for t in against if t.season in claim.seasons] or against
        candidates = [t for t in named if t.two_legged] or named
        scored = [t for t in candidates if t.aggregate and sorted(_goals(t, club.name)) == sorted(claim.score)]
        tie = (scored or candidates)[-1]
        other = _other(tie, club.name)
        evidence = (
            *(match_line(m) for m in tie.matches),
            f"touchline tie {shlex.quote(club.name)} {shlex.quote(other)} --season {tie.season}",
        )
        where = f"{catalog.name_in(tie.competition, tie.season)} {tie.season}, {round_text(tie)}"
        if tie.winner is None or tie.aggregate is None:
            return HookAnswer(False, None, f"the data cannot settle the tie ({where}): {tie.problem}", evidence)
        us, them = _goals(tie, club.name)
        through = tie.winner == club.name
        agrees = sorted(claim.score) == sorted((us, them)) and claim.won in (None, through)
        total = "on aggregate" if tie.two_legged else "(one match)"
        legs = ", ".join(seen_from(m, club.name) for m in tie.legs)
        answer = f"{club.name} {us}–{them} {other} {total} ({legs}): {outcome(tie)} ({where})"
        return HookAnswer(True, agrees, answer, evidence)

    def _against(self, ties: Sequence[Tie], claim: AggregateClaim, club: str) -> list[Tie]:
        """The ties against the claim's opponent; with no opponent read, against a club the sentence names."""
        if not claim.opponent:
            text = " " + " ".join(re.findall(r"[^\W_]+", fold(claim.sentence))) + " "
            return [t for t in ties if any(f" {w} " in text for w in _name_words(_other(t, club)))]
        try:
            wanted = read.find_club(self.store, claim.opponent).name
        except NotFoundError:
            wanted = None
        exact = [t for t in ties if _other(t, club) == wanted]
        if exact:
            return exact
        words = _name_words(claim.opponent)
        return [t for t in ties if words and (words <= _name_words(_other(t, club)))]

    # --- titles ----------------------------------------------------------------------------------

    def title(self, claim: TitleClaim, spell: SpellRecord | None) -> HookAnswer:
        """Whether the club won the competition (or lost its final) in the seasons the claim names."""
        if spell is not None:
            club: Club | str = Club(spell.spell.team, spell.team_name)
        elif claim.club:
            club = self._club(claim.club)
        else:
            return HookAnswer(False, None, "the sentence names no club the title could be credited to")
        if isinstance(club, str):
            return HookAnswer(False, None, club)
        place = Place.RUNNER_UP if claim.runner_up else Place.WINNER
        seasons = _seasons_of(claim)
        if not seasons:
            if spell is None:
                return HookAnswer(False, None, "the claim names no season")
            return self._in_spell(claim, club, spell, place)
        return _combined([self._season(claim, club, spell, place, s) for s in seasons])

    def _competitions(self, club: Club, season: str) -> list[_Competition]:
        """Every competition a claim about the club in ``season`` may name: its country's leagues,
        cups and super cup, what it played in, and its hand-entered honours' competitions."""
        prefix = self._prefix(club.id)
        codes = {code for code, _ in self._club_seasons(club.id)}
        if prefix:
            # every league of the country the catalogue names (the club may have been in a tier the
            # store does not hold that season: Fulham in the 1998-99 Second Division, eng.3)
            codes |= {f"{prefix}.1", f"{prefix}.2", *catalog.cups(prefix, season)}
            codes |= {c for c in (catalog.super_cup(prefix, season),) if c}
            codes |= {
                f"{prefix}.{n}" for n in range(3, 10) if catalog.competition(f"{prefix}.{n}").name != f"{prefix}.{n}"
            }
        out = []
        for code in sorted(codes):
            competition = catalog.competition(code)
            names = (catalog.name_in(code, season), competition.name)
            out.append(_Competition(code, names, competition.kind, catalog.tier(code)))
        named = {(c.key, fold(n)) for c in out for n in c.names}
        for honour in self._club_honours(club):
            if not catalog.is_code(honour.competition):
                out.append(_Competition(honour.competition, (honour.title,), None))
            elif (honour.competition, fold(honour.title)) not in named:
                # a title the data derives under a name of its own: that title, that competition
                named.add((honour.competition, fold(honour.title)))
                competition = catalog.competition(honour.competition)
                out.append(
                    _Competition(
                        honour.competition,
                        (honour.title,),
                        competition.kind,
                        catalog.tier(honour.competition),
                        honour.title,
                    )
                )
        return out

    def _meant(self, text: str, club: Club, season: str) -> list[_Competition]:
        """The competitions a claim's words name best: the fewest words beyond the claim's, a league
        for "champions" or "title", a catalogued competition before a hand-entered name."""
        words, league = _words(text)
        found = self._competitions(club, season)
        if not words:
            top = f"{self._prefix(club.id)}.1"
            return [c for c in found if league and c.key == top]
        ranked = []
        for competition in found:
            extra = [e for e in (_extra(words, n) for n in competition.names) if e is not None]
            if extra:
                wanted = not league or competition.kind is CompetitionKind.LEAGUE
                rank = (
                    min(extra),
                    not wanted,
                    competition.kind is None,
                    competition.title is not None,  # a derived title's own name: after the era's names
                    competition.tier or 9,
                )
                ranked.append((rank, competition))
        if not ranked and {"football", "league"} < words:
            # "Football League First Division": the Football League's division, named "First Division"
            return self._meant(re.sub(r"\bfootball\s+league\b", " ", fold(text)), club, season)
        if league and not any(c.kind is CompetitionKind.LEAGUE for _, c in ranked):
            # "German champions": the words name the country, not the league
            top = f"{self._prefix(club.id)}.1"
            return [c for c in found if c.key == top]
        if not ranked:
            return []
        best = min(rank for rank, _ in ranked)
        return list({c.key: c for rank, c in ranked if rank == best}.values())

    def _windows(self, claim: TitleClaim, spell: SpellRecord) -> list[tuple[dt.date, dt.date]]:
        """The days the claim credits him with: the spell's; for an honours line, all his spells at the club."""
        if claim.honours:
            at_club = [
                spell_days(self.store, s)
                for s in self._person_spells(spell.spell.person)
                if s.team == spell.spell.team and s.role in COACHING
            ]
            if at_club:
                return at_club
        return [(spell.start, spell.end)]

    def _season(self, claim: TitleClaim, club: Club, spell: SpellRecord | None, place: Place, season: str) -> _Part:
        meant = self._meant(claim.competition, club, season)
        if not meant:
            known = f"no competition of {club.name} in the data or the hand-entered honours"
            return _Part(None, f"{known} is {claim.competition!r}")
        hits = [
            h
            for c in meant
            for h in self._club_honours(club)
            if h.competition == c.key
            and (c.title is None or h.title == c.title)
            and h.place is place
            and _in_season(h, season)
        ]
        if hits:
            return self._found(hits[0], club, spell, claim)
        titled = [c for c in meant if c.title is not None]
        if titled and len(titled) == len(meant):
            # a title the data derives under its own name, not derived for this season
            return _Part(None, f"the data derives no {titled[0].title} ({titled[0].key}) of {club.name} in {season}")
        if len(meant) > 1:
            names = " or ".join(f"{c.names[0]} ({c.key})" for c in meant)
            return _Part(None, f"{claim.competition!r} may be {names}: the data cannot say which")
        return self._absent(meant[0], club, season, place)

    def _found(self, honour: Honour, club: Club, spell: SpellRecord | None, claim: TitleClaim) -> _Part:
        """A claim the honour bears out: from the data, or hand-entered; credited to the spell if any."""
        what = _honour_text(honour)
        command = f"touchline honours --club {shlex.quote(club.name)}"
        if spell is not None and claim.career is Career.MANAGER:
            if honour.date is not None:
                windows = self._windows(claim, spell)
                if not any(first <= honour.date <= last for first, last in windows):
                    spans = ", ".join(f"{long_date(a)} to {long_date(b)}" for a, b in windows)
                    return _Part(False, f"{what} on {long_date(honour.date)}, outside his time in charge ({spans})")
            elif spell.spell.person not in honour.credited:
                return _Part(None, f"{what}; the hand-entered source does not say who was in charge")
        if honour.hand_entered:
            return _Part(True, f"{HAND_ENTERED}: {what} (source: {honour.source})", (command,))
        return _Part(True, f"{what} ({honour.evidence})", (honour.evidence, command))

    def _absent(self, competition: _Competition, club: Club, season: str, place: Place) -> _Part:
        """No honour bears the claim out: it differs only where the store holds the competition-season whole."""
        name = f"{competition.names[0]} ({competition.key})"
        if competition.kind is None:
            why = f"{competition.key} is not in the match data"
            return _Part(None, f"{why}, and no hand-entered honour gives it to {club.name} in {season}")
        labels = self._labels(competition.key, season)
        if not labels:
            return _Part(None, f"the store holds no {name} season {season}")
        label = labels[0]
        if competition.kind is CompetitionKind.LEAGUE:
            return self._league(competition, club, label, place, name)
        found = self._cup(competition.key, label)
        command = f"touchline cup {competition.key} {label}"
        final = found.final
        if final is None:
            return _Part(None, f"the store holds {name} {label} without its final", (command,))
        evidence = (*(match_line(m) for m in final.matches), command)
        if final.winner is None:
            return _Part(None, f"the data cannot settle the final of {name} {label}: {final.problem}", evidence)
        text = f"the final of the {name} {label}: {final.first} v {final.second}, won by {outcome(final)}"
        if final.involves(club.name):
            agrees = (final.winner == club.name) == (place is Place.WINNER)
            return _Part(agrees, text, evidence)
        return _Part(False, f"{text}; {club.name} did not play in it", evidence)

    def _league(self, competition: _Competition, club: Club, label: str, place: Place, name: str) -> _Part:
        matches = season_matches(self.store, competition.key, label)
        rules = rules_for(competition.key, label)
        command = f"touchline table {competition.key} {label}"
        if not complete(matches, rules):
            return _Part(None, f"the store holds {name} {label} only in part", (command,))
        table = final_standings(matches, rules)
        row = next((r for r in table.rows if r.club == club.name), None)
        if row is None:
            return _Part(False, f"{club.name} did not play in {name} {label} (the store holds it whole)", (command,))
        wanted = 1 if place is Place.WINNER else 2
        text = f"{club.name} finished {ordinal(row.position)} of {len(table.rows)} in the final table of {name} {label}"
        return _Part(row.position == wanted, text, (command,))

    def _in_spell(self, claim: TitleClaim, club: Club, spell: SpellRecord, place: Place) -> HookAnswer:
        """A title claim with no season: the honours of the competition won during the spell."""
        seasons = [s for _, s in self._club_seasons(club.id) if _overlaps(s, spell.start, spell.end)]
        keys = {c.key for s in dict.fromkeys(seasons) for c in self._meant(claim.competition, club, s)}
        hits = [
            h
            for h in self._club_honours(club)
            if h.competition in keys and h.place is place and h.date and spell.start <= h.date <= spell.end
        ]
        if not hits:
            return HookAnswer(
                False, None, f"the claim names no season, and the data shows no such honour of {club.name} in the spell"
            )
        parts = [self._found(h, club, spell, claim) for h in hits]
        return _combined(parts)

    # --- the Honours section and a spell's events -------------------------------------------------

    def honours(self, person: Person, spells: Sequence[SpellRecord]) -> tuple[HonourEntry, ...] | None:
        """The person's Honours section: as player, then as manager, by club (spells at one club merged)."""
        try:
            found = person_honours(self.store, person.id, spells)
        except NotFoundError:
            return None
        out: list[HonourEntry] = []
        for career, items in ((Career.PLAYER, found.as_player), (Career.MANAGER, found.as_manager)):
            by_club: dict[str, list[Honour]] = {}
            for item in items:
                merged = by_club.setdefault(item.team_name, [])
                merged += [h for h in item.honours if h not in merged]
            for club, honours in by_club.items():
                for label, line in biography_lines(honours):
                    notes = tuple(
                        f"{HAND} {club}, {h.label} {season_text(h.season)}: {HAND_ENTERED}; {h.source}"
                        for h in line
                        if h.hand_entered
                    )
                    evidence = tuple(h.evidence for h in line if not h.hand_entered)
                    out.append(HonourEntry(career, club, line_text(label, line, HAND), notes, evidence))
        return tuple(out)

    def spell_events(self, spell: SpellRecord) -> tuple[str, ...]:
        """A sentence per final the club played in the spell and per European campaign's deciding tie."""
        club = Club(spell.spell.team, spell.team_name)
        # a tie still open when the spell ended (a leg played under his successor) is not his to describe
        ties = [t for t in self._ties(club, spell.start, spell.end) if t.matches[-1].date <= spell.end]
        surname = self._surname(spell.spell.person)
        finals = {id(f) for f in self._finals(ties)}
        events: list[tuple[dt.date, str]] = []
        for tie in ties:
            if id(tie) in finals and tie.winner is not None:
                events.append((tie.matches[-1].date, final_sentence(tie, club.name, surname)))
        continental = [t for t in ties if catalog.competition(t.competition).kind is CompetitionKind.CONTINENTAL]
        for tie in deciding_ties(continental):
            if tie.winner is not None and id(tie) not in finals:
                events.append((tie.matches[-1].date, tie_sentence(tie, club.name)))
        return tuple(text for _, text in sorted(events, key=lambda e: e[0]))

    def _finals(self, ties: Iterable[Tie]) -> list[Tie]:
        """The ties that are their competition-season's final (a round headed "Final"; a super cup's
        one match), never a qualifying competition's last round."""
        out = []
        for tie in ties:
            if tie.competition.endswith(".q"):
                continue
            final = self._cup(tie.competition, tie.season).final
            kind = catalog.competition(tie.competition).kind
            if final is tie and (kind is CompetitionKind.SUPER_CUP or round_text(tie) == "the final"):
                out.append(tie)
        return out

    def _surname(self, person: str) -> str | None:
        try:
            found = find_person(self.store, person)
            return short_name(found.name, found.other_names, found.nationality)
        except NotFoundError:
            return None


def _honour_text(honour: Honour) -> str:
    """ "FC København won the Danish Superliga 2021–22", "... were runners-up in The Atlantic Cup 2020"."""
    title = honour.title if honour.title.startswith("The ") else f"the {honour.title}"
    season = season_text(honour.season)
    if honour.place is Place.WINNER:
        return f"{honour.club} won {title} {season}"
    return f"{honour.club} were runners-up in {title} {season}"
