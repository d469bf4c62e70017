"""Sentences of fact about a spell's cup finals and the ties that decided its European campaigns
(article package; used by :mod:`touchline.article.facts`).

Each sentence says only what a decided :class:`~touchline.compute.ties.Tie` holds: the clubs, the
score as the tie was settled ("2–2 on aggregate, on away goals"), the round, the season and, for a
final, its day. The sentences are written so that ``touchline audit`` reads them back as claims it can
check: "beat Trabzonspor 2–1 on aggregate" and "lost to APOEL Nicosia 2–2 on aggregate" are aggregate
claims, "KAA Gent under Thorup won the 2018–19 Belgian Cup" is a title claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from touchline.article.dates import long_date
from touchline.compute.honours import season_text
from touchline.compute.ties import Tie
from touchline.model import CompetitionKind
from touchline.reference import competitions as catalog
from touchline.views.ties import seen_from

# round headings as the sources give them -> as a sentence names them
_ROUNDS = {
    "final": "final",
    "finale": "final",
    "semifinals": "semi-finals",
    "semi-finals": "semi-finals",
    "semifinal": "semi-finals",
    "halbfinale": "semi-finals",
    "quarterfinals": "quarter-finals",
    "quarter-finals": "quarter-finals",
    "viertelfinale": "quarter-finals",
    "round of 16": "round of 16",
    "achtelfinale": "round of 16",
    "round of 32": "round of 32",
    "sechzehntelfinale": "round of 32",
    "playoffs": "play-off round",
    "play-offs": "play-off round",
    "playoff round": "play-off round",
    "play-off round": "play-off round",
}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
# a score a sentence puts before "to": "lost 2–1 to", "lost 3–2 on aggregate to"
_PLAIN = re.compile(r"\d+–\d+(?: on aggregate)?(?: after extra time)?")


def family(code: str) -> str:
    """The competition a qualifying competition leads to: ``uefa.cl.q`` -> ``uefa.cl``."""
    return code.removesuffix(".q")


def round_text(tie: Tie) -> str:
    """The round as a sentence names it: "the third qualifying round", "the round of 32", or as the
    data heads it ("Qual. Round 2")."""
    name = (tie.round or tie.stage or "").strip()
    folded = name.casefold()
    if folded in _ROUNDS:
        return f"the {_ROUNDS[folded]}"
    numbered = re.fullmatch(r"round (\d)", folded)
    if numbered and tie.competition.endswith(".q") and int(numbered.group(1)) in _ORDINAL:
        return f"the {_ORDINAL[int(numbered.group(1))]} qualifying round"
    return name or "a knock-out round"


# how a tie was settled, as the ties module writes it, that a sentence says in another order
_SHOOTOUT = re.compile(r"(?P<level>\d+–\d+)(?P<aggregate> on aggregate)?, (?P<pens>\d+–\d+ on penalties)")
_REPLAY = re.compile(r"in a replay \((?P<how>.+)\)")


def settled_text(how: str) -> str:
    """How a tie was settled, as a sentence after "beating Cardiff City" or "lost to" says it: a
    shoot-out after the draw it broke ("3–2 on penalties after a 2–2 draw", "4–2 on penalties after 2–2
    on aggregate", not "2–2, 3–2 on penalties"), a replay's score before the replay ("2–1 in a replay");
    any other as the tie gives it ("2–1 after extra time", "2–2 on aggregate, on away goals")."""
    replay = _REPLAY.fullmatch(how)
    if replay is not None:
        return f"{settled_text(replay.group('how'))} in a replay"
    shootout = _SHOOTOUT.fullmatch(how)
    if shootout is None:
        return how
    if shootout.group("aggregate"):
        return f"{shootout.group('pens')} after {shootout.group('level')} on aggregate"
    return f"{shootout.group('pens')} after a {shootout.group('level')} draw"


def _other(tie: Tie, club: str) -> str:
    return tie.second if tie.first == club else tie.first


def _lost(tie: Tie, club: str) -> str:
    """ "lost 2–1 to KV Mechelen", "lost to APOEL Nicosia 2–2 on aggregate, on away goals"."""
    opponent = _other(tie, club)
    if _PLAIN.fullmatch(tie.how):
        return f"lost {tie.how} to {opponent}"
    return f"lost to {opponent} {settled_text(tie.how)}"


def _legs(tie: Tie, club: str) -> str:
    """ "(1–2 at home, 1–0 away)": each leg from the club's side."""
    if len(tie.legs) < 2:
        return ""
    parts = []
    for leg in tie.legs:
        where = "" if leg.neutral else (" at home" if leg.home == club else " away")
        parts.append(seen_from(leg, club) + where)
    return f" ({', '.join(parts)})"


def final_sentence(tie: Tie, club: str, surname: str | None) -> str:
    """A final the club played: "KAA Gent reached the 2018–19 Belgian Cup final and lost 2–1 to KV
    Mechelen on 1 May 2019." (``surname``: the manager, so that a title reads as his)."""
    competition = catalog.competition(tie.competition)
    name = catalog.name_in(tie.competition, tie.season)
    decided = tie.matches[-1]
    day = f" on {long_date(decided.date)}"
    season = season_text(tie.season)
    opponent = _other(tie, club)
    who = f"{club} under {surname}" if surname else "The club"
    how = settled_text(tie.how)
    if competition.kind is CompetitionKind.SUPER_CUP:
        if tie.winner == club:
            return f"{who} won the {season} {name}, beating {opponent} {how}{day}."
        return f"{club} lost the {season} {name}: {_lost(tie, club)}{day}."
    if tie.winner == club:
        # "2–1 in the final replay", "2–2 on aggregate, on away goals, in the final"
        final = "in the final"
        if how.endswith(" in a replay"):
            how, final = how.removesuffix(" in a replay"), "in the final replay"
        comma = "," if "," in how else ""
        return f"{who} won the {season} {name}, beating {opponent} {how}{comma} {final}{day}."
    return f"{club} reached the {season} {name} final and {_lost(tie, club)}{day}."


def tie_sentence(tie: Tie, club: str) -> str:
    """The tie that decided a European campaign: "FC København beat Trabzonspor 2–1 on aggregate in the
    play-off round of the 2022–23 UEFA Champions League (2–1 at home, 0–0 away)." """
    name = catalog.name_in(family(tie.competition), tie.season)
    where = f"in {round_text(tie)} of the {season_text(tie.season)} {name}"
    done = "lost to"
    if tie.winner == club:
        # a tie level on aggregate was not "beaten": "knocked out PSG 3–3 on aggregate, on away goals"
        done = "knocked out" if re.search(r"away goals|penalties|replay", tie.how) else "beat"
    how = settled_text(tie.how)
    comma = "," if "," in how or "penalties after" in how else ""
    return f"{club} {done} {_other(tie, club)} {how}{comma} {where}{_legs(tie, club)}."


def deciding_ties(ties: Iterable[Tie]) -> list[Tie]:
    """Of a club's continental ties, the last of each campaign (a competition with its qualifying, in
    one season), in date order: the tie it went out in, or the final. (An undecided one is kept: the
    caller says nothing of a campaign whose last tie the data does not settle.)"""
    last: dict[tuple[str, str], Tie] = {}
    for tie in sorted(ties, key=lambda t: t.matches[-1].date):
        last[(family(tie.competition), tie.season)] = tie
    return sorted(last.values(), key=lambda t: t.matches[-1].date)
