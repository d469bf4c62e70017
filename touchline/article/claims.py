"""Claims of a biography's prose and honours that match data can settle (floor 2: pure).

:func:`find_claims` reads each sentence for four kinds of claim and quotes it with its line:

- :class:`PositionClaim`: a league position on arrival ("took over the club in 15th place"), at a
  season's end ("finishing fifth", "guide them to an 11th place in his first season"), while a
  season stood ("with Gent lying second" in a named season) or when he left ("sacked ... with
  Chelsea 16th in the table");
- :class:`GameCountClaim`: how many games a spell lasted ("caretaker manager for three games", "at
  the helm for only six games");
- :class:`AggregateClaim`: a two-legged tie's aggregate ("defeating Trabzonspor 2–1 on aggregate");
- :class:`TitleClaim`: a title won or a final lost, in the prose ("crowned as Danish champions after
  winning the 2021–22 Danish Superliga") and every line of the honours section.

Each claim carries the cues that tie it to a spell (headings, full dates, seasons, caretaker), and
``other`` when the words before it say it is about someone else ("his direct replacement ... would
himself be fired after only three games"). Which spell a claim is about, and what the data answers,
is settled with the store by :mod:`touchline.article.audit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from touchline.article.dates import ArticleDate, parse_date
from touchline.article.document import Article, Career, Honour, Sentence

_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
NUMBER_WORDS = {w: n for n, w in enumerate(_WORDS, 1)}
ORDINAL_WORDS = {w: n for n, w in enumerate(_ORDINALS, 1)}
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + ")"
_NUM = r"(?:\d{1,3}|" + "|".join(_WORDS) + ")"

# an ordinal that names a league place: "15th place", "fifth position", "seventh in the league table",
# "a third place finish"; or one after a verb of standing or finishing: "finishing fifth", "lying second"
_PLACE_AFTER = re.compile(
    rf"\b(?P<o>{_ORD})(?:[- ]plac(?:e|ed)\b|\s+position\b|\s+in\s+the\s+(?:\w+\s+)?(?:table|standings)\b)", re.I
)
_PLACE_VERB = re.compile(
    rf"\b(?:finish(?:ed|ing)?|end(?:ed|ing)?(?:\s+the\s+season)?|lying|sitting|standing|stood|placed|"
    rf"placing)\s+(?:in\s+)?(?:the\s+)?(?P<o>{_ORD})\b(?![- ](?:round|leg|season|half|time|game|match))",
    re.I,
)
# how many season ends a position claim counts: "fifth twice", "fifth in both seasons", "three times"
_TIMES = re.compile(
    r"^\s*(?:(?P<w>once|twice|thrice)\b|(?P<n>\w+)\s+times\b|(?:\S+\s+){0,3}?in\s+(?P<b>both|all\s+(?P<all>\w+))"
    r"\s+(?:(?:of\s+)?(?:his|their|the)\s+)?(?:full\s+)?seasons\b)",
    re.I,
)
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
# a placing at a tournament, not in a league: "finished third at the 2018 World Cup", "fourth at Euro
# 2016"; the words name a tournament the way national-team and club tournaments are called
_TOURNAMENT = re.compile(
    r"^(?:[- ]place)?\s*(?:at|in|of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:FIFA\s+|UEFA\s+|AFC\s+|CAF\s+|CONCACAF\s+)?"
    r"(?P<t>(?:Club\s+)?World\s+Cup|Euro\b|European\s+Championships?|Copa\s+Am[ée]rica|Africa(?:n)?\s+Cup\s+of\s+Nations|"
    r"Asian\s+Cup|Gold\s+Cup|Olympic\w*|Confederations\s+Cup|Nations\s+League|Nations\s+Cup|tournament\b)",
    re.I,
)
_SEASON_END_BEFORE = re.compile(
    r"\b(?:finish\w*|end(?:ed|ing)?|guid\w*\s+\w+\s+to|led\s+\w+\s+to|steer\w*\s+\w+\s+to|to)\s+(?:an?\s+|the\s+)?(?:in\s+)?$",
    re.I,
)
# a position on leaving: "sacked on 17 December 2015 with Chelsea 16th in the table"
_LEFT = re.compile(
    r"\b(sack\w*|dismiss\w*|fired|firing|resign\w*|left|departed|departure|parted\s+ways|relieved|"
    r"stepped\s+down|stepping\s+down)\b",
    re.I,
)
_STANDING_BEFORE = re.compile(r"(?:lying|sitting|standing|stood|were|was|in)\s+(?:the\s+)?$", re.I)
_APPOINTED = re.compile(
    r"\b(took over|taking over|take over|appointed|recruited|hired|succeed\w*|replac\w*|took charge|"
    r"taking charge|named|became|joined|arrived|arrival|inherited)\b",
    re.I,
)
_GAMES = re.compile(
    rf"\b(?:for|after|lasted|lasting)\s+(?:only\s+|just\s+|a\s+mere\s+)?(?P<n>{_NUM})\s+(?:(?:league|competitive|official)\s+)?"
    r"(?:games?|match(?:es)?)\b|\b(?P<m>" + _NUM + r")\s+(?:games?|match(?:es)?)\s+in\s+charge\b",
    re.I,
)
_AGGREGATE = re.compile(
    r"(?:(?P<verb>defeat\w*|beat\w*|overc\w*|knock\w*\s+out|eliminat\w*|los\w*\s+to|lost\s+to|against|over|by)\s+"
    r"(?P<opp>[A-Z][\w.'’\- ]*?)\s+)?(?P<a>\d{1,2})\s*[–\-−]\s*(?P<b>\d{1,2})\s+on\s+aggregate"
    r"(?:\s+(?:to|against|by)\s+(?P<after>[A-Z][\w.'’\- ]*?)(?=[,.;]|\s+(?:in|and|after|before|on)\b|$))?",
)
_COMPETITION = (
    r"(?:Cup|League|Liga|Superliga|Superligaen|Bundesliga|Serie A|Ligue 1|title|Championship|Trophy|Shield|"
    r"Supercup|Super Cup|Division(?:\s+(?:One|Two|Three|Four|[1-4A-D])\b)?|Pokal|Eredivisie|Premiership)"
)
# the competition runs on over further competition words ("the League Cup", not "the League"); a
# calendar year may follow ("won the League Cup in 2013")
_TITLE = re.compile(
    r"\b(?:won|winning|win|wins|clinch\w*|lift\w*|claim\w*|secur\w*)\s+(?:the\s+|a\s+|their\s+|his\s+)?"
    rf"(?P<comp>(?:\d{{4}}[–\-]\d{{2,4}}\s+)?(?:[A-Z0-9][\w'’.\-]*\s+){{0,4}}?{_COMPETITION}"
    rf"(?:\s+{_COMPETITION})*)"
    r"(?:\s+in\s+(?P<year>(?:18|19|20)\d{2})\b(?!\s*[–\-/]\s*\d))?",
)
_CROWNED = re.compile(r"\b(?:crowned|became|were|was)\s+(?:as\s+)?(?P<comp>(?:[A-Z][\w'’.\-]*\s+){0,3})champions\b")
_SEASON = re.compile(r"\b(?P<a>(?:18|19|20)\d{2})\s*[–\-/]\s*(?P<b>\d{2}|\d{4})\b")
_NTH_SEASON = re.compile(rf"\b(?:his|their|the)\s+(?P<o>{_ORD})\s+(?:full\s+)?season\b", re.I)
_FULL_DATE = re.compile(
    r"\b(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\b"
)
# words before a claim saying it is about another person than the article's subject
_SOMEONE_ELSE = re.compile(
    r"\b(replacement|successor|predecessor|his\s+boss|the\s+previous\s+(?:coach|manager)|"
    r"(?:assistant|caretaker)\s+to|himself|who\s+had)\b",
    re.I,
)
_CARETAKER = re.compile(r"\b(caretaker|interim)\b", re.I)


class Kind(StrEnum):
    """What a claim is about."""

    POSITION = "position"
    GAMES = "games"
    AGGREGATE = "aggregate"
    TITLE = "title"


class Moment(StrEnum):
    """When a position claim holds."""

    ARRIVAL = "arrival"
    SEASON_END = "season_end"
    STANDING = "standing"  # while a named season stood (a curtailed one: "lying second")
    DEPARTURE = "departure"  # when he left ("sacked ... with Chelsea 16th in the table")


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim: its kind, line, the words that make it (``quote``), the sentence, the headings it
    stands under, and cues to its spell: full dates and seasons named in the sentence, whether it
    speaks of a caretaker spell, and ``other`` (the cue word) when it is about someone else."""

    kind: Kind
    line: int
    quote: str
    sentence: str
    sections: tuple[str, ...]
    career: Career = Career.MANAGER
    dates: tuple[ArticleDate, ...] = ()
    seasons: tuple[str, ...] = ()
    caretaker: bool = False
    other: str | None = None
    at: int = 0  # where the quote starts in the sentence

    @property
    def before(self) -> str:
        """The sentence up to the claim."""
        return self.sentence[: self.at]


@dataclass(frozen=True, slots=True)
class PositionClaim(Claim):
    """A league position: ``position`` at ``moment``; ``season_index`` for "in his first season"."""

    position: int = 0
    moment: Moment = Moment.SEASON_END
    season_index: int | None = None
    times: int | None = None  # "finishing fifth twice", "in both seasons": that many season ends
    tournament: str = ""  # "finished third at the 2018 World Cup": a tournament's placing, no league table


@dataclass(frozen=True, slots=True)
class GameCountClaim(Claim):
    """A spell lasting ``games`` games."""

    games: int = 0


@dataclass(frozen=True, slots=True)
class AggregateClaim(Claim):
    """A two-legged tie: ``score`` as the sentence gives it (the subject's side first when it won or
    lost "to" the ``opponent``)."""

    score: tuple[int, int] = (0, 0)
    opponent: str = ""
    won: bool | None = None


@dataclass(frozen=True, slots=True)
class TitleClaim(Claim):
    """A title (or a final lost, ``runner_up``): the competition as written, the seasons or years,
    and the club the honours section lists it under."""

    competition: str = ""
    years: tuple[str, ...] = ()
    club: str | None = None
    runner_up: bool = False
    honours: bool = False  # from the honours section, not the prose
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def number(text: str) -> int:
    """``"six"`` -> 6, ``"15th"`` -> 15, ``"fifth"`` -> 5."""
    folded = text.casefold()
    if folded in NUMBER_WORDS:
        return NUMBER_WORDS[folded]
    if folded in ORDINAL_WORDS:
        return ORDINAL_WORDS[folded]
    return int(re.sub(r"\D", "", folded))


def season_label(first: str, second: str) -> str:
    """``2019``, ``20`` -> ``2019-20``; ``2019``, ``2020`` -> ``2019-20``."""
    start = int(first)
    end = int(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    return f"{start}-{end % 100:02d}"


def sentence_cues(sentence: Sentence) -> tuple[tuple[ArticleDate, ...], tuple[str, ...]]:
    """The full dates and the seasons a sentence names (cues to the spell it is about)."""
    return _cues(sentence)


def _cues(sentence: Sentence) -> tuple[tuple[ArticleDate, ...], tuple[str, ...]]:
    dates = []
    for found in _FULL_DATE.finditer(sentence.text):
        try:
            dates.append(parse_date(found.group(1)))
        except ValueError:
            continue
    seasons = tuple(season_label(m["a"], m["b"]) for m in _SEASON.finditer(sentence.text))
    return tuple(dates), seasons


def _career(sections: tuple[str, ...]) -> Career:
    return (
        Career.PLAYER
        if any(re.search(r"playing|player|youth|club career|international career", s, re.I) for s in sections)
        else Career.MANAGER
    )


_CLAUSE = re.compile(r"[,;:–—]|\band\b(?=\s+(?:was|were|had|has|is|are|would)\b)")
_BARE = re.compile(r"^\s*(?:(?:and|then|also|later|so)\s*)*$", re.I)
_SUBJECT = r"\b(?:he|she|they|the club|the team|the side|his team|his side|{name})\b"


def _other(sentence: Sentence, start: int, kind: Kind, surname: str) -> str | None:
    """The cue word when the words before a claim make it about someone else: a cue ("his
    replacement", "successor") after the last mention of the subject; for a title, a clause before it
    that names neither the subject nor his team ("a club outside the top division had won the Cup")."""
    before = sentence.text[:start]
    subject = re.compile(_SUBJECT.format(name=re.escape(surname) if surname else "\x00"), re.I)
    mentions = [m.end() for m in subject.finditer(before)]
    last = mentions[-1] if mentions else 0
    cue = None
    for found in _SOMEONE_ELSE.finditer(before):
        if found.start() >= last:
            cue = found.group(1)
    if cue is None and kind is Kind.TITLE:
        # a clause of no words of its own (", won the FA Cup"; ", winning the Cup") goes on with the
        # subject of the one before it
        clauses = [c for c in _CLAUSE.split(before) if not _BARE.match(c)] or [""]
        clause = clauses[-1]
        if not subject.search(clause) and not re.search(
            r"\b(?:his|their|the)\s+(?:second|first|third|\w+)\s+season\b", clause, re.I
        ):
            cue = "the clause names neither him nor his team"
    return cue


def _base(sentence: Sentence, kind: Kind, start: int, end: int, surname: str = "") -> dict[str, object]:
    dates, seasons = _cues(sentence)
    other = _other(sentence, start, kind, surname)
    return {
        "kind": kind,
        "line": sentence.line,
        "quote": sentence.text[start:end].strip(),
        "sentence": sentence.text,
        "sections": sentence.sections,
        "career": _career(sentence.sections),
        "dates": dates,
        "seasons": seasons,
        "caretaker": bool(
            _CARETAKER.search(sentence.text) or (sentence.sections and _CARETAKER.search(sentence.sections[-1]))
        ),
        "other": other,
        "at": start,
    }


def _times(rest: str) -> int | None:
    """How many season ends the words after a position count ("twice", "in both seasons", "three
    times", "in all three seasons"), or ``None``."""
    found = _TIMES.search(rest)
    if found is None:
        return None
    if found["w"]:
        return _TIMES_WORDS[found["w"].casefold()]
    if found["b"] and found["b"].casefold() == "both":
        return 2
    word = found["n"] or found["all"]
    try:
        return number(word)
    except ValueError:
        return None


def _positions(sentence: Sentence, surname: str) -> list[PositionClaim]:
    out: list[PositionClaim] = []
    seen: set[int] = set()
    text = sentence.text
    for pattern in (_PLACE_AFTER, _PLACE_VERB):
        for found in pattern.finditer(text):
            at = found.start("o")
            if at in seen:
                continue
            seen.add(at)
            before, after = text[:at], text[found.end("o") : found.end("o") + 20]
            # on leaving: a word of leaving after the last of arriving ("He left Genk to join Gent, lying
            # 7th" is an arrival); "leaving the Buffalos seventh" is where a defeat left them, no departure
            left = [m.start() for m in _LEFT.finditer(before)]
            arrived = [m.start() for m in _APPOINTED.finditer(before)]
            if _SEASON_END_BEFORE.search(before[-40:]) or re.match(r"[- ]place\s+finish", after, re.I):
                moment = Moment.SEASON_END
            elif left and left[-1] > max(arrived, default=-1):
                moment = Moment.DEPARTURE
            elif _STANDING_BEFORE.search(before[-20:]) and not _APPOINTED.search(before):
                moment = Moment.STANDING
            elif _APPOINTED.search(before):
                moment = Moment.ARRIVAL
            else:
                moment = Moment.SEASON_END
            nth = _NTH_SEASON.search(text[found.end() :]) or _NTH_SEASON.search(text)
            base = _base(sentence, Kind.POSITION, found.start(), found.end(), surname)
            rest = text[found.end("o") :]
            times = _times(rest) if moment is Moment.SEASON_END else None
            tournament = _TOURNAMENT.search(rest)
            out.append(
                PositionClaim(
                    **base,  # type: ignore[arg-type]
                    position=number(found.group("o")),
                    moment=moment,
                    season_index=number(nth.group("o")) if nth and times is None else None,
                    times=times,
                    tournament=tournament.group(0).strip() if tournament else "",
                )
            )
    return sorted(out, key=lambda c: c.at)


def _games(sentence: Sentence, surname: str) -> list[GameCountClaim]:
    out = []
    for found in _GAMES.finditer(sentence.text):
        count = found.group("n") or found.group("m")
        base = _base(sentence, Kind.GAMES, found.start(), found.end(), surname)
        out.append(GameCountClaim(**base, games=number(count)))  # type: ignore[arg-type]
    return out


def _aggregates(sentence: Sentence, surname: str) -> list[AggregateClaim]:
    out = []
    for found in _AGGREGATE.finditer(sentence.text):
        verb = (found.group("verb") or "").casefold()
        opponent = (found.group("opp") or found.group("after") or "").strip()
        won = None
        if verb.startswith(("defeat", "beat", "overc", "knock", "elimin", "over")):
            won = True
        elif verb.startswith(("los", "lost")) or (found.group("after") and not verb):
            won = False
        base = _base(sentence, Kind.AGGREGATE, found.start(), found.end(), surname)
        score = (int(found.group("a")), int(found.group("b")))
        out.append(AggregateClaim(**base, score=score, opponent=opponent, won=won))  # type: ignore[arg-type]
    return out


def _titles(sentence: Sentence, surname: str) -> list[TitleClaim]:
    out: list[TitleClaim] = []
    for pattern in (_TITLE, _CROWNED):
        if out and pattern is _CROWNED:
            break  # "crowned as champions after winning the Superliga" is one claim
        for found in pattern.finditer(sentence.text):
            competition = " ".join(found.group("comp").split())
            if pattern is _CROWNED:
                competition = f"{competition} champions".strip()
            base = _base(sentence, Kind.TITLE, found.start(), found.end(), surname)
            years = tuple(season_label(m["a"], m["b"]) for m in _SEASON.finditer(found.group(0)))
            if pattern is _TITLE and found.group("year") and not years:
                years = (found.group("year"),)
            out.append(TitleClaim(**base, competition=competition, years=years))  # type: ignore[arg-type]
    return out


_MARKS = re.compile(r"[†‡*§¶]|\[\w{1,3}\]")
_HONOUR = re.compile(r"^(?P<comp>.+?)(?:\s+runners?[- ]up)?\s*(?:\((?P<count>\d+)\))?\s*:\s*(?P<years>.+)$", re.I)


def honour_claim(honour: Honour) -> TitleClaim:
    """An honours line (``Danish Cup: 1990–91, 1992–93``; ``The Atlantic Cup runner-up (2): 2020, 2022``)."""
    found = _HONOUR.match(honour.text)
    competition = found.group("comp").strip() if found else honour.text
    # a season may carry a mark ("2012–13†": hand-entered) or a footnote ("2012–13[a]")
    years = tuple(_MARKS.sub("", y).strip() for y in re.split(r",|;", found.group("years"))) if found else ()
    return TitleClaim(
        kind=Kind.TITLE,
        line=honour.line,
        quote=honour.text,
        sentence=honour.text,
        sections=("Honours", honour.career.value),
        career=honour.career,
        competition=competition,
        years=tuple(y for y in years if y),
        club=honour.club,
        runner_up=bool(re.search(r"runners?[- ]up|finalist", honour.text, re.I)),
        honours=True,
    )


def sentence_claims(sentence: Sentence, surname: str = "") -> list[Claim]:
    """Every claim of one sentence, in the order they stand (``surname``: the article's subject)."""
    found: list[Claim] = [
        *_positions(sentence, surname),
        *_games(sentence, surname),
        *_aggregates(sentence, surname),
        *_titles(sentence, surname),
    ]
    return sorted(found, key=lambda c: c.at)


def find_claims(article: Article) -> list[Claim]:
    """Every claim of the prose (in reading order), then every honours line."""
    out: list[Claim] = []
    surname = article.title.split()[-1] if article.title.split() else ""
    for sentence in article.sentences:
        out += sentence_claims(sentence, surname)
    out += [honour_claim(h) for h in article.honours]
    return out
