"""How touchline names stages, rounds and half-year tournaments in English, read from
``data/rules/_stages.toml``: the data keeps each source's own names ("Aufstieg", "10. Runde", "Liga MX
Apertura" of 2015-16), and reports print "promotion play-offs", "Round 10", "Apertura 2015".

Apart from :mod:`touchline.reference.rules` (a competition's table rules): naming a round needs none of
them, and a listing of matches loads only this.
"""

from __future__ import annotations

import re
from functools import cache, partial
from importlib import resources
from typing import Any

from touchline.errors import DataError
from touchline.reference import load_toml

FILE = "touchline/data/rules/_stages.toml"


@cache
def _stages() -> dict[str, Any]:
    """``data/rules/_stages.toml``, read once."""
    text = resources.files("touchline").joinpath("data/rules/_stages.toml").read_text(encoding="utf-8")
    return load_toml(text, FILE)


def stage_label(competition: str, stage: str) -> str:
    """A stage's name in English as touchline prints it (``data/rules/_stages.toml``): the data keeps
    each source's names, German ones among them ("Aufstieg" -> "promotion play-offs"); a competition's
    own names first (sco.1's "Championship" -> "top six"), then the whole name, then word by word
    ("Nord Aufstieg" -> "North promotion round" for de.2); a name not listed as given."""
    general, own = _stage_names()
    mine = own.get(competition, {})
    key = stage.casefold()
    for table in (mine, general):
        if key in table:
            return table[key]
    words = stage.split()
    if len(words) > 1 and any(w.casefold() in mine or w.casefold() in general for w in words):
        return " ".join(mine.get(w.casefold(), general.get(w.casefold(), w)) for w in words)
    return stage


def round_label(round_name: str) -> str:
    """A round's name in English as touchline shows it (``[rounds]``, ``[[round_pattern]]`` and
    ``[round_words]`` of ``data/rules/_stages.toml``): "10. Runde" -> "Round 10", "Gruppe B" -> "Group B",
    "3. Platz" -> "third-place match", "13. Platz" -> "13th-place match"; the whole name first, then the
    patterns, then word by word; a name none of them touches as given."""
    whole, patterns, words = _round_names()
    found = whole.get(round_name.casefold())
    if found is not None:
        return found
    text = round_name
    for pattern, label in patterns:
        text = pattern.sub(partial(_fill, label), text)
    if not any(word.casefold() in words for word in text.split()):
        return text
    return " ".join(words.get(word.casefold(), word) for word in text.split())


def half_year(title: str, season: str) -> str | None:
    """A short tournament's name with its own year, where ``title`` ends with one
    (``[half_year]`` of ``data/rules/_stages.toml``): "Liga MX Apertura" of 2015-16 -> "Apertura 2015",
    its Clausura -> "Clausura 2016"; Colombia's "Apertura" of 2016 -> "Apertura 2016"; ``None`` for
    another title."""
    words = title.split()
    table = _half_years()
    for size in (2, 1):
        name = " ".join(words[-size:])
        half = table.get(name.casefold()) if len(words) >= size else None
        if half is None:
            continue
        first, dash, last = season.partition("-")
        if not first.isdigit():
            return None
        # a season over two years ("1999-00") closes in the year after it opened
        year = int(first) + 1 if half == "closing" and dash and last.isdigit() else int(first)
        return f"{name} {year}"
    return None


def round_names_match(round_name: str, wanted: str) -> bool:
    """Whether ``wanted`` names the round, in the data's words or in English ("Achtelfinale", "Round of 16")."""
    key = wanted.casefold()
    return key in (round_name.casefold(), round_label(round_name).casefold())


_PLACEHOLDER = re.compile(r"\{(\d+)(:ordinal)?\}")


def _fill(label: str, match: re.Match[str]) -> str:
    """A [[round_pattern]]'s label with the groups of what it matched: "{1}", "{1:ordinal}" (13 -> 13th)."""

    def one(found: re.Match[str]) -> str:
        value = match.group(int(found.group(1)))
        return _ordinal(int(value)) if found.group(2) else value

    return _PLACEHOLDER.sub(one, label)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@cache
def _round_names() -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...], dict[str, str]]:
    """(whole names, patterns, words) of ``data/rules/_stages.toml``'s round tables, keys casefolded."""
    data = _stages()
    whole = {str(k).casefold(): str(v) for k, v in data.get("rounds", {}).items()}
    patterns = []
    for index, rule in enumerate(data.get("round_pattern", ()), 1):
        try:
            patterns.append((re.compile(str(rule["pattern"])), str(rule["label"])))
        except (KeyError, re.error) as error:
            raise DataError(f"{FILE}: round_pattern {index}: {error} (expected pattern and label)") from None
    words = {str(k).casefold(): str(v) for k, v in data.get("round_words", {}).items()}
    return whole, tuple(patterns), words


@cache
def _stage_names() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(general names, each competition's names) of ``data/rules/_stages.toml``, keys casefolded."""
    data = _stages()
    general = {str(k).casefold(): str(v) for k, v in data.get("names", {}).items()}
    own = {
        str(code): {str(k).casefold(): str(v) for k, v in names.items()}
        for code, names in data.get("competition", {}).items()
    }
    return general, own


@cache
def _half_years() -> dict[str, str]:
    """``[half_year]`` of ``data/rules/_stages.toml``: a tournament's name (casefolded) -> "opening" or
    "closing"."""
    return {str(k).casefold(): str(v) for k, v in _stages().get("half_year", {}).items()}
