"""Every file of the real data folder: recognised, read with no error, the same matches as always.

A guard for the readers' limits (names, dates, scores, line lengths, counts against ``# Matches``): none
of them may refuse a line of the real data, and no reader may read a match more or less than before.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from touchline.errors import ParseError
from touchline.sources import SUFFIXES, classify, looks_like_match_data, read_head, read_text

# format -> (files, matches) over the whole data folder, counted with each file's reader's parse
EXPECTED = {
    "engsoccerdata": (5, 54_492),
    "football-data": (45, 14_410),
    "football.json": (35, 8_011),
    "football.txt": (5_408, 1_175_423),
}
# files with a match-data suffix that no reader reads, on purpose
LEFT_OUT = {
    "engsoccerdata/data-raw/dfbpokal.csv": (
        "engsoccerdata's DFB-Pokal file is not read: it is a 4-match stub of the 2020-21 first round "
        "(use openfootball's de.cup files for the DFB-Pokal)"
    ),
    "engsoccerdata/data-raw/teamnames.csv": "engsoccerdata's team-name map, not match data",
}


def test_every_data_file_reads_whole_with_the_same_matches(data: Path) -> None:
    started = time.perf_counter()
    files: Counter[str] = Counter()
    matches: Counter[str] = Counter()
    errors: list[str] = []
    left_out: dict[str, str] = {}
    for path in sorted(p for p in data.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
        found, why = classify(path)
        if found is None:
            left_out[str(path.relative_to(data))] = why
            assert not looks_like_match_data(path, read_head(path)), path
            continue
        found_errors: list[ParseError] = []
        files[found.FORMAT] += 1
        matches[found.FORMAT] += sum(1 for _ in found.parse(read_text(path), file=str(path), errors=found_errors))
        errors.extend(str(e) for e in found_errors)
    assert errors == []
    assert left_out == LEFT_OUT
    assert {name: (files[name], matches[name]) for name in files} == EXPECTED
    assert sum(matches.values()) == 1_252_336
    assert time.perf_counter() - started < 60
