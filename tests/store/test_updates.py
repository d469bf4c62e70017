"""Updating and removing files, and importing in any order: the store is always what a clean import of
the final files gives."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.dump import dump
from touchline.api.importing import import_paths
from touchline.api.sources import list_sources, remove_sources
from touchline.errors import NotFoundError
from touchline.store import Store, open_store

WFB = "worldfootball-cache.wfb.txt"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "s.sqlite")
    else:
        yield request.getfixturevalue("pg_store_url")


def _copy(data: Path, tmp: Path, files: dict[str, str]) -> Path:
    """A folder of real files (relative source path -> relative target path) to import from."""
    for source, target in files.items():
        (tmp / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data / source, tmp / target)
    return tmp


def _half(path: Path) -> None:
    """Cut a Football.TXT file after its first half of match days (a partial download), fixing its header."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = next(n for n, line in enumerate(lines) if line.startswith("Matchday 12"))
    kept = lines[:cut]
    count = sum(1 for line in kept if line.startswith("  ") and "-" in line)
    path.write_text("".join(kept).replace("# Matches    198", f"# Matches    {count}"), encoding="utf-8")


def test_update_and_removal_leave_what_a_clean_import_of_the_final_files_gives(
    data: Path, tmp_path: Path, store_url: str, pg_url: str
) -> None:
    files = {
        f"{WFB}/2012-13/dk.1.txt": "wfb/2012-13/dk.1.txt",
        "footballcsv-cache.footballdata/2012-13/dk.1.csv": "fcsv/2012-13/dk.1.csv",
    }
    final = _copy(data, tmp_path / "final", files)
    # the clean import of the final files, on SQLite
    with open_store(tmp_path / "clean.sqlite") as clean:
        summary = import_paths(clean, [final / "wfb", final / "fcsv"])
        # 198 matches, each in both files: 396 source rows another source also has, none disagreeing
        assert (summary.new, summary.known, summary.conflicting) == (198, 396, 0)
        expected = dump(clean)
    # the same files, reached another way: a partial download first, then the full one replaces it,
    # and a file imported and taken out again
    work = _copy(data, tmp_path / "work", {**files, "football-data.co.uk-DNK/DNK.csv": "dnk/DNK.csv"})
    _half(work / "wfb/2012-13/dk.1.txt")
    with open_store(store_url) as store:
        first = import_paths(store, [work / "wfb"])
        assert first.new < 198
        assert import_paths(store, [work / "dnk", work / "fcsv"]).ok
        shutil.copyfile(final / "wfb/2012-13/dk.1.txt", work / "wfb/2012-13/dk.1.txt")
        update = import_paths(store, [work / "wfb"])
        assert (update.updated, update.imported, update.changed) == (1, 0, 0)
        assert update.new == 0  # DNK.csv and footballcsv already had the rest of the season
        assert [f.path for f in list_sources(store)] == ["dnk/DNK.csv", "fcsv/2012-13/dk.1.csv", "wfb/2012-13/dk.1.txt"]
        gone = remove_sources(store, ["dnk/DNK.csv"])
        assert gone.removed > 2000  # DNK.csv's other seasons (2013-14 on) are gone with it
        assert dump(store) == expected
        with pytest.raises(
            NotFoundError, match=r"no imported file 'wfb/2012-13/dk1.txt' \(did you mean: wfb/2012-13/dk.1"
        ):
            remove_sources(store, ["wfb/2012-13/dk1.txt"])
        # importing the final files again changes nothing
        again = import_paths(store, [final / "wfb", final / "fcsv"])
        assert (again.imported, again.updated, again.new) == (0, 0, 0)
        assert dump(store) == expected


def _import_in_order(store: Store, data: Path, order: list[str]) -> None:
    every = [p.name for p in data.iterdir() if p.is_dir() and p.name != "worldfootball-cache-full"]
    assert sorted(order) == sorted(every)
    for name in order:
        assert import_paths(store, [data / name]).ok


def test_the_focused_data_imported_in_two_orders_gives_identical_stores(data: Path, tmp_path: Path) -> None:
    names = sorted(p.name for p in data.iterdir() if p.is_dir() and p.name != "worldfootball-cache-full")
    with open_store(tmp_path / "a.sqlite") as one, open_store(tmp_path / "b.sqlite") as other:
        _import_in_order(one, data, names)
        _import_in_order(other, data, list(reversed(names)))
        first, second = dump(one), dump(other)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["matches"]) > 76000


def test_an_update_that_makes_sources_disagree_is_counted(data: Path, tmp_path: Path) -> None:
    # worldfootball's Superliga 2012-13 gives the matches' values (Football.TXT first); an update of it
    # with one score changed makes footballcsv's row of that match disagree: the summary counts the
    # updated file's row in it, though its own value is the one chosen
    files = {
        f"{WFB}/2012-13/dk.1.txt": "wfb/2012-13/dk.1.txt",
        "footballcsv-cache.footballdata/2012-13/dk.1.csv": "fcsv/2012-13/dk.1.csv",
    }
    work = _copy(data, tmp_path / "work", files)
    with open_store(tmp_path / "s.sqlite") as store:
        assert import_paths(store, [work / "wfb", work / "fcsv"]).conflicting == 0
        path = work / "wfb/2012-13/dk.1.txt"
        text = path.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith("  ") and "-" in line and "(" in line)
        score = line.split("(")[0].split()[-1]
        home, away = (int(goals) for goals in score.split("-"))
        changed = line.replace(f" {score} ", f" {home + 1}-{away} ", 1)
        path.write_text(text.replace(line, changed, 1), encoding="utf-8")
        update = import_paths(store, [work / "wfb"])
        assert (update.updated, update.changed, update.known, update.conflicting) == (1, 1, 198, 1)
        assert "198 rows another source also has, 1 of them in matches whose sources disagree" in update.line()
