"""A person's nationality from the words of a biography: "is a Danish professional football manager"
gives ``DEN``. The adjectives are data (``[demonyms]`` of ``touchline/data/nations.toml``), each naming
one FIFA member's code."""

from __future__ import annotations

import re
from functools import cache

from touchline.errors import DataError
from touchline.reference.clubs import NATIONS_FILE, fold, nations, nations_data

# what introduces the subject's description in a biography's first sentence
_INTRODUCED = re.compile(r"\b(?:is|was)\s+an?\s+(.+)", re.IGNORECASE)
# the description's words up to what it describes (the adjective comes before): "a Danish professional
# football manager", "a former Brazilian footballer"
_DESCRIBED = re.compile(r"\b(?:football|footballer|soccer|manager|coach|player|goalkeeper|defender|forward)\b", re.I)
_LONGEST = 4  # words in the longest adjective ("Saint Vincent and ..." has none longer)


@cache
def _demonyms() -> dict[str, str]:
    """Each adjective (folded) -> its nation's FIFA code."""
    codes = {nation.code for nation in nations()}
    found: dict[str, str] = {}
    for adjective, code in nations_data().get("demonyms", {}).items():
        if code not in codes:
            raise DataError(f"{NATIONS_FILE}: demonym {adjective!r} names {code!r}, no nation's code")
        found[fold(adjective)] = str(code)
    return found


def nationality_in(sentence: str) -> tuple[str, str] | None:
    """The nationality a biography's first sentence gives its subject, as (FIFA code, the adjective as
    written): the first adjective of ``[demonyms]`` in its description ("is a former Danish ..."),
    the longest where several words could be one ("Northern Irish"); a birthplace's adjective
    ("Spanish-born") is not the person's nationality, and of a double one ("Danish-American") the first
    is read. ``None`` when the sentence names none."""
    introduced = _INTRODUCED.search(sentence)
    if introduced is None:
        return None
    description = introduced.group(1)
    end = _DESCRIBED.search(description)
    words = re.findall(r"[\w'’.-]+", description[: end.start()] if end else description)
    known = _demonyms()
    for start in range(len(words)):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            candidates = [phrase]
            if size == 1 and "-" in phrase:
                # "Spanish-born": where he was born; "Danish-American": the first nationality
                candidates = [] if phrase.lower().endswith("-born") else [phrase, phrase.split("-")[0]]
            for candidate in candidates:
                code = known.get(fold(candidate))
                if code is not None:
                    return code, candidate
    return None
