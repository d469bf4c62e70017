"""What a match may hold: the plausibility limits every reader applies, and their one-line reasons.

A reader calls these on each match it builds and reports the reason (a ParseError naming file and
line) instead of the match when one is returned. The limits keep typos and corrupt files out of the
store: a score of 99999999999999999999 (no database integer holds it), a date in the year 9999 (date
arithmetic overflows), a 100 MB team name, a club playing itself. Each limit is one named constant.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Final

from touchline.model import Match, Season, Status

# The most goals one side may score in a match. The real data's maximum is 21 (worldfootball's ch.cup
# 2017-18) and the famous cup rout 36-0 (Arbroath v Bon Accord, 1885), so more than 60 is a typo or a
# corrupt number (99-1, 99999999999999999999, which no database integer holds).
MAX_GOALS: Final = 60
# Dates outside these years are typos or placeholders (0001-01-01, 9999-12-31): the oldest match in the
# open data is from 1871, and date arithmetic near year 1 or 9999 overflows.
FIRST_YEAR: Final = 1850
LAST_YEAR: Final = 2100
# The longest team name in the real data has 54 characters ("Club Social y Deportivo Independiente José
# Terán (ECU)"); anything over this is a missing line break or column separator.
MAX_NAME: Final = 120
# The longest line in the real data has 277 characters; a longer one is a file whose line breaks are lost.
MAX_LINE: Final = 5000
# The most spells one person file may hold. The longest careers in the data's biographies have some
# forty spells as player and coach together (Bora Milutinović coached 15 teams, Otto Pfister about 20);
# a file with more than 1,000 is several people's, or generated, and people import would spend its time
# on it (checking a person's spells against each other and resolving each spell's club).
MAX_SPELLS: Final = 1_000
# How much of an over-long value an error message quotes.
QUOTED: Final = 40
# Names standing for a team not known yet ("N.N. v N.N." in a cup draw): they may meet themselves.
PLACEHOLDERS: Final = frozenset({"N.N.", "N. N.", "NN", "TBD", "TBA", "?"})
# Names of a fixture's slot that its draw or an earlier round fills ("Sieger HF 1", "Verlierer HF 2",
# "Winner of Match 49", "1. Punktrunde": the first of the regular round, in worldfootball's files). They
# are only read as placeholders in fixtures not played yet, so a club called "Winners FC" keeps its results.
_SLOT: Final = re.compile(
    r"(?i)^(?:(?:sieger|verlierer|gewinner|winners?|losers?|runners?-up)\b(?:\s+(?:of|des|der)\b)?\s*"
    r"(?:hf|vf|af|ef|sf|qf|semi|quarter|match|game|group|gruppe|tie|spiel|[0-9]).*"
    r"|[0-9]{1,2}\.\s*(?:punktrunde|gruppe|platz|group)\b.*)$"
)
# characters a name may not hold, by Unicode category: they garble output, and a lone surrogate cannot
# even be written to the store
_UNSTORABLE: Final = {"Cc": "a control character", "Cs": "a lone surrogate"}
# the statuses of a match whose score is a result
RESULTS: Final = frozenset({Status.PLAYED, Status.AWARDED})


def today() -> dt.date:
    """The last day a result may carry: tomorrow by this machine's clock.

    A result dated after today is a typo or a fixture given a score by mistake. One day of slack
    because a match is dated where it is played, which can be a day ahead of this machine (a Sunday
    evening in Europe is Monday in Australia).
    """
    return dt.date.today() + dt.timedelta(days=1)


def quoted(text: str) -> str:
    """``"text"``, cut to :data:`QUOTED` characters (with ``...``) and with unprintable characters
    escaped (``\\n``, ``\\x00``), so that an error stays one short line."""
    if len(text) > QUOTED:
        text = text[:QUOTED] + "..."
    if not text.isprintable():
        text = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
    return f'"{text}"'


def name_problem(name: str, side: str) -> str | None:
    """Why ``name`` cannot be a team name (``side`` is "home" or "away"), or None when it can."""
    if not name or name.isspace():
        return f"empty {side} team name"
    if len(name) > MAX_NAME:
        return (
            f"{side} team name of {len(name):,} characters (at most {MAX_NAME}; "
            f"a missing line break or column separator?): {quoted(name)}"
        )
    if not name.isprintable():
        # control characters (NUL included) and lone surrogates cannot be stored; other unprintable
        # characters (no-break spaces, right-to-left marks) are kept as written
        for char in name:
            kind = _UNSTORABLE.get(unicodedata.category(char))
            if kind is not None:
                return f"{side} team name with {kind} U+{ord(char):04X}: {quoted(name)}"
    return None


def names_problem(home: str, away: str) -> str | None:
    """Why two names cannot be a match's teams (either name, or a club playing itself), or None."""
    problem = name_problem(home, "home") or name_problem(away, "away")
    if problem is None and home == away and not is_placeholder(home):
        problem = f'a club cannot play itself: "{home}" on both sides'
    return problem


def goals_problem(goals: str | int) -> str | None:
    """Why a number of goals is implausible (over :data:`MAX_GOALS`), or None.

    A digit string is judged by its length first, so that ``int()`` never sees thousands of digits.
    """
    if (isinstance(goals, str) and len(goals) > 3) or int(goals) > MAX_GOALS:
        return f"more than {MAX_GOALS} goals for one side"
    return None


def year_problem(year: int) -> str | None:
    """Why a year cannot be a match's, or None."""
    if FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return f"the year must be between {FIRST_YEAR} and {LAST_YEAR}"


def span_problem(season: Season) -> str | None:
    """Why a season's years cannot be a season's (it ends before it starts, or spans more than two
    calendar years), or None."""
    if season.start <= season.end <= season.start + 1:
        return None
    return "a season ends in its first year or the next"


def future_problem(date: dt.date) -> str:
    """The reason for a result on ``date``, after the last day a result may have (:func:`today`)."""
    return f"result dated in the future ({date.isoformat()}): a match not played yet has no score"


def line_problem(length: int, what: str = "line") -> str:
    """The reason for a line (or CSV ``row``) over :data:`MAX_LINE` characters."""
    return f"{what} of {length:,} characters (at most {MAX_LINE:,}; a file whose line breaks are lost?)"


class MatchLimits:
    """The limits of built matches, for one file: names (:func:`names_problem`), the year, and a result
    dated after the last day one may have (:func:`today`). Scores are the readers' to check, where they
    still have the text (:func:`goals_problem`).

    Each name is judged once per file, and dates inside the range need two comparisons, so the check
    costs little per match.
    """

    def __init__(self, latest: dt.date | None = None) -> None:
        self.latest = today() if latest is None else latest
        self.known: set[str] = set()
        """The names that passed (a reader may test them itself before calling :meth:`problem`)."""
        self.first_day = dt.date(FIRST_YEAR, 1, 1)
        self.last_day = min(self.latest, dt.date(LAST_YEAR, 12, 31))
        """The range of dates any match may have (before :meth:`problem` looks closer)."""

    def problem(self, match: Match) -> str | None:
        """Why ``match`` cannot be stored, or None when it can."""
        home, away, names = match.home, match.away, self.known
        if home == away or home not in names or away not in names:
            problem = names_problem(home, away)
            if problem is not None:
                return problem
            names.add(home)
            names.add(away)
        date = match.date
        if self.first_day <= date <= self.last_day:
            return None
        if not FIRST_YEAR <= date.year <= LAST_YEAR:
            return f"impossible date: {date.isoformat()} ({year_problem(date.year)})"
        if date > self.latest and match.status in RESULTS and (match.ft or match.et or match.pens):
            return future_problem(date)
        return None


def score_oddity(match: Match) -> str:
    """What is impossible in a match's scores, which the data holds as given (an awarded result keeps
    the half-time score of the match it replaced; a source may write the score after extra time as the
    shoot-out's): the half-time score above the full-time one, fewer goals after extra time than at full
    time, a shoot-out ending level. ``""`` when nothing is."""
    ft, ht, et, pens = match.ft, match.ht, match.et, match.pens
    found = []
    awarded = match.status is Status.AWARDED
    if ft is not None and ht is not None and (ht.home > ft.home or ht.away > ft.away) and not awarded:
        found.append(f"half-time score {ht} above the full-time score {ft}")
    if ft is not None and et is not None and (et.home < ft.home or et.away < ft.away):
        found.append(f"fewer goals after extra time ({et}) than at full time ({ft})")
    if pens is not None and pens.home == pens.away:
        found.append(f"a shoot-out ending level ({pens}), which decides nothing")
    return "; ".join(found) + ("; kept as the file gives it" if found else "")


def is_placeholder(name: str) -> bool:
    """Whether ``name`` stands for a team not known yet (N.N., a cup draw's "Sieger HF 1") rather than a
    club. Only fixtures not played yet are read this way."""
    return name in PLACEHOLDERS or _SLOT.match(name) is not None
