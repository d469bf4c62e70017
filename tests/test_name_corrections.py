"""Names a source gives the wrong club: ``[[correction]]`` in ``touchline/data/clubs.toml``.

A correction is read where a file's names become name nodes (``touchline import``): the name, in the
matches it covers, is read as the meant club's own name in its own country. The figures below are the
store's, checked against the published season named in each comment.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from touchline.api.importing import Job, parse_job
from touchline.errors import DataError
from touchline.reference.clubs import ClubRegistry
from touchline.store import Store
from touchline.store.checks import twice_a_day
from touchline.store.read import matches

COPA_2016 = "worldfootball-cache-full/2016/copa.l.txt"

REGISTRY = """
[[club]]
id = "arg-river-plate"
name = "River Plate"
country = "ARG"

[[correction]]
file = "*/2016/copa.l.txt"
name = "River Plate (URU)"
round = ["Gruppe 1", "Round of 16"]
means = "arg-river-plate"
"""


def test_a_correction_covers_its_files_names_and_rounds_only() -> None:
    registry = ClubRegistry.from_toml(REGISTRY)
    fixes = registry.corrections_for(COPA_2016)
    assert registry.corrected(fixes, "River Plate (URU)", None, "Gruppe 1") == registry.get("arg-river-plate")
    assert registry.corrected(fixes, "River Plate (URU)", None, "Round of 16") is not None
    assert registry.corrected(fixes, "River Plate (URU)", None, "Gruppe 2") is None
    assert registry.corrected(fixes, "Nacional (URU)", None, "Gruppe 1") is None
    assert registry.corrections_for("worldfootball-cache-full/2017/copa.l.txt") == {}


def test_a_correction_without_stage_or_round_covers_every_match_of_the_name() -> None:
    text = REGISTRY.replace('round = ["Gruppe 1", "Round of 16"]\n', "")
    registry = ClubRegistry.from_toml(text)
    fixes = registry.corrections_for(COPA_2016)
    assert registry.corrected(fixes, "River Plate (URU)", "Final", None) is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('means = "arg-river-plate"', 'means = "arg-river"'), "'arg-river' is no registered club"),
        (('means = "arg-river-plate"', ""), "needs means"),
        (('round = ["Gruppe 1", "Round of 16"]', "round = 1"), "round must be a string or a list of strings"),
    ],
)
def test_a_bad_correction_is_refused_with_its_place(change: tuple[str, str], message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        ClubRegistry.from_toml(REGISTRY.replace(*change), file="clubs.toml")
    assert "clubs.toml" in str(caught.value) or "correction of" in str(caught.value)


def test_every_shipped_correction_means_a_registered_club() -> None:
    registry = ClubRegistry.default()
    assert registry.corrections
    for correction in registry.corrections:
        assert registry.get(correction.means).id == correction.means


def test_the_import_reads_a_corrected_name_as_the_meant_club() -> None:
    # the 2016 file itself, parsed as `touchline import` parses it: River Plate of Argentina's eight
    # matches (Group 1, round of 16) under an Argentine node, River Plate of Uruguay's eight under its own
    path = Path(os.environ.get("TOUCHLINE_DATA", Path(__file__).parents[2] / "shared" / "data")) / COPA_2016
    parsed = parse_job(Job(str(path), COPA_2016, "worldfootball-cache-full", "football.txt", False))
    assert parsed.rows is not None
    names = parsed.rows.names
    count = {node: 0 for node in names if node[1] == "River Plate"}
    for row in parsed.rows.rows:
        for side in (row[9], row[10]):
            if names[side][1] == "River Plate":
                count[names[side]] += 1
    assert count == {("URU", "River Plate", ""): 8, ("ARG", "River Plate", ""): 8}


def _record(store: Store, club: str, competition: str, season: str) -> tuple[int, int, int, int, int]:
    """(played, won, drawn, goals for, goals against) of ``club`` in one competition-season, at full time."""
    played = won = drawn = scored = conceded = 0
    for m in matches(store, club=club, competitions=[competition], season=season):
        assert m.ft is not None
        ours, theirs = (m.ft.home, m.ft.away) if m.extra.get("home_id") == club else (m.ft.away, m.ft.home)
        played, won, drawn = played + 1, won + (ours > theirs), drawn + (ours == theirs)
        scored, conceded = scored + ours, conceded + theirs
    return played, won, drawn, scored, conceded


def test_the_two_river_plates_of_the_2016_copa_libertadores(full: Store) -> None:
    # 2016 Copa Libertadores (Wikipedia, "2016 Copa Libertadores"): River Plate (ARG) won Group 1,
    # P6 W3 D2 L1 17-7, 11 points, and lost the round of 16 to Independiente del Valle (0-2, 1-0);
    # River Plate (URU) beat Universidad de Chile in the first stage (2-0, 0-0) and finished Group 2
    # last, P6 W0 D3 L3 6-15, 3 points
    assert _record(full, "arg-river-plate", "copa.l", "2016") == (8, 4, 2, 18, 9)
    assert _record(full, "uru-river-plate", "copa.l", "2016") == (8, 1, 4, 8, 15)


def test_gimnastico_fc_in_the_segunda_division_1935_36(full: Store) -> None:
    # Segunda División 1935-36, Grupo 3: Gimnástico (Valencia) P14 W4 D5 L5 18-20, 13 points
    # (es.wikipedia, "Segunda División de España 1935/36"); Valencia CF played the Primera División's 22
    # rounds that season (Wikipedia, "1935–36 La Liga")
    assert _record(full, "esp-gimnastico-fc", "es.2", "1935-36") == (14, 4, 5, 18, 20)
    assert _record(full, "esp-valencia-cf", "es.2", "1935-36")[0] == 0
    assert _record(full, "esp-valencia-cf", "es.1", "1935-36")[0] == 22
    assert not [day for club, day, _ in twice_a_day(full) if club == "esp-valencia-cf" and day.year in (1935, 1936)]
