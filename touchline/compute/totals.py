"""Per-club totals of a table: the one pass over the matches, each venue's lines, form, carried points.

The hot loop of every table lives here (:func:`accumulate`); :mod:`touchline.compute.tables` decides
which matches go in and :mod:`touchline.compute.tiebreak` ranks the lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from touchline.compute.tiebreak import Line
from touchline.model import Match
from touchline.reference.rules import Deduction, Rules

Venue = Literal["all", "home", "away"]
FORM_LENGTH = 5

# per club: home won, drawn, lost, goals for, against; then the same away; then, of the drawn, the
# shoot-outs won and lost at home and away (a level match with a shoot-out in the data); then, where the
# rules give a big win a point more (:attr:`Points.margin_bonus`), the wins and losses by that margin or
# more at home and away
Totals = dict[str, list[int]]
WIDTH = 18
ZERO = (0,) * WIDTH


def accumulate(matches: list[Match], margin: int | None = None) -> tuple[Totals, dict[str, list[str]]]:
    """Results and goals per club, home and away apart, in one pass (the hot loop of every table).

    Also each club's results in order as letters: "W", "D", "L" at home, "w", "d", "l" away. A level
    match with a shoot-out in the data is a draw here, its shoot-out counted beside (the rules decide
    whether it gives points of its own: :func:`lines_for`). With ``margin`` (the rules'
    :attr:`Points.margin_bonus`), the wins and losses by that many goals or more are counted beside too.
    """
    big = margin if margin is not None else 10_000
    totals: Totals = {}
    codes: dict[str, list[str]] = {}
    for match in matches:
        score = match.et if match.et is not None else match.ft
        assert score is not None  # counted matches have a score
        hg, ag = score.home, score.away
        home = totals.get(match.home)
        if home is None:
            home = totals[match.home] = [0] * WIDTH
            codes[match.home] = []
        away = totals.get(match.away)
        if away is None:
            away = totals[match.away] = [0] * WIDTH
            codes[match.away] = []
        home[3] += hg
        home[4] += ag
        away[8] += ag
        away[9] += hg
        if hg == ag and match.awarded_to is not None:
            # an awarded match its score does not decide (0-0 "lost by penalty"): the awarded side's win
            hg, ag = (1, 0) if match.awarded_to == "home" else (0, 1)
        if hg > ag:
            home[0] += 1
            away[7] += 1
            codes[match.home].append("W")
            codes[match.away].append("l")
            if hg - ag >= big:
                home[14] += 1
                away[17] += 1
        elif hg < ag:
            home[2] += 1
            away[5] += 1
            codes[match.home].append("L")
            codes[match.away].append("w")
            if ag - hg >= big:
                home[15] += 1
                away[16] += 1
        else:
            home[1] += 1
            away[6] += 1
            codes[match.home].append("D")
            codes[match.away].append("d")
            pens = match.pens
            if pens is not None and pens.home != pens.away:
                if pens.home > pens.away:
                    home[10] += 1
                    away[13] += 1
                else:
                    home[11] += 1
                    away[12] += 1
    return totals, codes


def combine(a: list[int] | None, b: list[int] | None) -> list[int]:
    """Two clubs' totals added up (a stage's and the regular season's, when carried in full)."""
    if a is None:
        return list(b or ZERO)
    if b is None:
        return list(a)
    return [x + y for x, y in zip(a, b, strict=True)]


def lines_for(totals: Totals, rules: Rules, venue: Venue, clubs: Iterable[str]) -> dict[str, Line]:
    """Each club's line for a venue; every club of the stage appears, even before it has played.

    Where the rules give a shoot-out its own points (:attr:`Points.shootouts`), a level match's shoot-out
    won or lost earns those, and ``draw`` counts only for a level match the data holds no shoot-out for.
    Where they give a big win a point more (:attr:`Points.margin_bonus`), each win by that margin counted
    in ``totals`` (:func:`accumulate` with ``margin``) adds one and each such loss takes one off.
    """
    points = rules.points
    win, draw, loss = points.win, points.draw, points.loss
    shootout_win, shootout_loss = points.shootout_win, points.shootout_loss
    lines: dict[str, Line] = {}
    for club in clubs:
        t = totals.get(club, ZERO)
        if venue == "all":
            won, drawn, lost, gf, ga = t[0] + t[5], t[1] + t[6], t[2] + t[7], t[3] + t[8], t[4] + t[9]
            away_won, away_gf = t[5], t[8]
            so_won, so_lost = t[10] + t[12], t[11] + t[13]
            bonus = t[14] + t[16] - t[15] - t[17]
        elif venue == "home":
            won, drawn, lost, gf, ga = t[0], t[1], t[2], t[3], t[4]
            away_won, away_gf = 0, 0
            so_won, so_lost = t[10], t[11]
            bonus = t[14] - t[15]
        else:
            won, drawn, lost, gf, ga = t[5], t[6], t[7], t[8], t[9]
            away_won, away_gf = won, gf
            so_won, so_lost = t[12], t[13]
            bonus = t[16] - t[17]
        if shootout_win is None or shootout_loss is None:
            earned = won * win + drawn * draw + lost * loss + bonus
            line = Line(club, won, drawn, lost, gf, ga, away_won, away_gf, earned)
        else:
            level = drawn - so_won - so_lost  # level matches without a shoot-out in the data
            earned = won * win + so_won * shootout_win + so_lost * shootout_loss + level * draw + lost * loss + bonus
            line = Line(club, won, drawn, lost, gf, ga, away_won, away_gf, earned)
            line.shootout_won, line.shootout_lost = so_won, so_lost
        lines[club] = line
    return lines


HALVED = "Regular-season points halved"  # how a note of :func:`halve` begins


def halved_clubs(note: str) -> list[str]:
    """The clubs a note of :func:`halve` lists as rounded; [] for any other note."""
    if not note.startswith(HALVED):
        return []
    return note.partition(": ")[2].removesuffix(".").split(", ")


def halve(
    lines: dict[str, Line], base: dict[str, Line], notes: list[str], *, down: bool = False, on_ties: bool = True
) -> None:
    """Add each club's regular-season points, halved: rounded up (Belgian play-offs; the rounded-up club
    loses a tie on points) or, with ``down``, rounded down (Austria; the rounded-down club wins it).
    ``on_ties`` says whether the rounding decides ties on points (the note says so only then)."""
    for club, line in lines.items():
        points = base[club].points if club in base else 0
        line.carried = points // 2 if down else -(-points // 2)
        line.rounded = points % 2 == 1
        line.rounded_down = down and line.rounded
        line.points += line.carried
    rounded = sorted(club for club, line in lines.items() if line.rounded)
    if rounded:
        way, counts = ("down", "for") if down else ("up", "against")
        tie = f" (a half point that counts {counts} them on a tie)" if on_ties else ""
        notes.append(f"{HALVED} and rounded {way}; rounded {way}{tie}: " + ", ".join(rounded) + ".")


_HOME_ONLY = str.maketrans("", "", "wdl")
_AWAY_ONLY = str.maketrans("", "", "WDL")


def form(codes: list[str], venue: Venue) -> str:
    """The last five results in a venue from a club's result letters (see :func:`accumulate`)."""
    if venue == "all":
        return "".join(codes[-FORM_LENGTH:]).upper()
    text = "".join(codes).translate(_HOME_ONLY if venue == "home" else _AWAY_ONLY)
    return text[-FORM_LENGTH:].upper()


def deduct(lines: dict[str, Line], rules: Rules, stage: str | None, as_of: dt.date | None) -> list[Deduction]:
    """Apply the rules' deductions for ``stage`` (None: the regular season) decided by ``as_of``."""
    applied = []
    for deduction in rules.deductions:
        if (deduction.stage or "").casefold() != (stage or "").casefold():
            continue
        if as_of is not None and deduction.date is not None and deduction.date > as_of:
            continue
        for club, line in lines.items():
            if deduction.applies_to(club):
                line.deduction += deduction.points
                line.points -= deduction.points
                line.last = line.last or deduction.last
                applied.append(deduction)
                break
    return applied


SHOOTOUTS_MISSING = "Level matches without their shoot-out in the data"  # how a :func:`shootout_note` begins


def shootout_note(lines: dict[str, Line], rules: Rules) -> str | None:
    """A table's note where its rules give a level match's shoot-out points of its own and the data
    lacks the shoot-out of some level matches (Norway 1987: none of its 34); ``None`` where every level
    match has its shoot-out or the rules give shoot-outs none."""
    points = rules.points
    if not points.shootouts:
        return None
    missing = {club: line.drawn - line.shootout_won - line.shootout_lost for club, line in lines.items()}
    missing = {club: count for club, count in missing.items() if count > 0}
    if not missing:
        return None
    matches = sum(missing.values()) // 2 or 1
    clubs = ", ".join(f"{club} {count}" for club, count in sorted(missing.items()))
    s = "" if points.draw == 1 else "s"
    return (
        f"{SHOOTOUTS_MISSING} ({matches}), counted {points.draw} point{s} each; the shoot-out's winner "
        f"had {points.shootout_win}, its loser {points.shootout_loss}, so the published points may differ: "
        f"{clubs}."
    )


def margin_note(rules: Rules) -> str | None:
    """A table's note where its rules give a big win a point more (:attr:`Points.margin_bonus`): its
    points are more than its results at ``win`` and ``draw`` (Poland 1986-87 to 1989-90); else ``None``."""
    points = rules.points
    if points.margin_bonus is None:
        return None
    return (
        f"Points include a bonus: a win by {points.margin_bonus} goals or more gave its winner 1 point more "
        "and its loser 1 point less."
    )


def deduction_note(deduction: Deduction) -> str:
    """The footnote for a deduction: ``Everton: 2 points deducted (2024-04-08): ...``; ``Neuchâtel Xamax:
    placed last (2012-05-...): ...`` for a club placed last (with its points, if any were taken)."""
    when = f" ({deduction.date.isoformat()})" if deduction.date else ""
    verb = "deducted" if deduction.points >= 0 else "restored"
    points = abs(deduction.points)
    taken = f"{points} point{'s' if points != 1 else ''} {verb}"
    what = ("placed last" + (f", {taken}" if points else "")) if deduction.last else taken
    return f"{deduction.club}: {what}{when}: {deduction.reason}."
