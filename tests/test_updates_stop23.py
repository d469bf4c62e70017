"""Updating a store and bad input: ``import --prune`` after files were renamed or removed upstream, a
person file far too long, and Ctrl-C (exit status 130, the store as it was).

The data sets are copied from the real data into ``tmp_path`` at test time (never into the repo)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.store.dump import dump
from touchline.api import importing
from touchline.api import people as people_api
from touchline.api.importing import import_paths
from touchline.api.people import import_people
from touchline.cli import cli
from touchline.errors import ConfigError, DataError, TouchlineError
from touchline.reference.people import load_file, own_overlaps
from touchline.sources.limits import MAX_SPELLS
from touchline.store import Store, open_store

BELGIUM = "openfootball-belgium"
EUROPE = "openfootball-europe"
# Belgian First Division A 2018-19: 16 clubs, 240 regular-season matches and 30 in the championship
# play-off (https://en.wikipedia.org/wiki/2018%E2%80%9319_Belgian_First_Division_A), as the file's header says
BE1_2018 = 270


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "s.sqlite")
    else:
        yield request.getfixturevalue("pg_store_url")


def _checkout(data: Path, folder: Path) -> Path:
    """A folder of two real data sets, as a user's clones of the openfootball repositories."""
    for name in (BELGIUM, EUROPE):
        shutil.copytree(data / name, folder / name)
    return folder


def _pull(checkout: Path) -> None:
    """What a `git pull` may bring: a file renamed (with a date corrected in it) and a file removed."""
    season = checkout / BELGIUM / "2018-19"
    text = (season / "be1.txt").read_text(encoding="utf-8")
    # the opening match, Standard Liège v KAA Gent, moved a day (a correction as upstream makes them)
    assert text.count("  Fri Jul/27 2018\n") == 1
    (season / "be.1.txt").write_text(text.replace("  Fri Jul/27 2018\n", "  Thu Jul/26 2018\n"), encoding="utf-8")
    (season / "be1.txt").unlink()
    (checkout / BELGIUM / "2024-25" / "becup.txt").unlink()


def _dump(store: Store) -> dict[str, object]:
    """:func:`tests.store.dump.dump` without the competitions listed (a file's removal keeps its
    competition's name and kind listed)."""
    return {table: rows for table, rows in dump(store).items() if table != "competitions"}


def _count(url: str, sql: str, *params: object) -> int:
    with open_store(url) as store:
        return int(store.scalar(sql, params) or 0)


def test_prune_takes_out_files_renamed_or_removed_upstream(
    data: Path, tmp_path: Path, store_url: str, pg_url: str
) -> None:
    checkout = _checkout(data, tmp_path / "data")
    with open_store(store_url) as store:
        first = import_paths(store, [checkout])
        assert (first.imported, first.pruned) == (17, None)
    cup = _count(store_url, "SELECT COUNT(*) FROM matches WHERE competition = 'be.cup' AND season = '2024-25'")
    assert cup > 0
    _pull(checkout)

    # without --prune the old files stay: the renamed file's rows twice, the cup's matches
    stale = tmp_path / "stale.sqlite"
    shutil.rmtree(tmp_path / "again", ignore_errors=True)
    with open_store(stale) as store:
        import_paths(store, [_checkout(data, tmp_path / "again")])
        _pull(tmp_path / "again")
        kept = import_paths(store, [tmp_path / "again"])
        # every one of the renamed file's 270 rows is also the old file's
        assert (kept.imported, kept.pruned, kept.known) == (1, None, BE1_2018)
        assert store.scalar("SELECT COUNT(*) FROM files") == 18

    with open_store(store_url) as store:
        summary = import_paths(store, [checkout], prune=True)
        assert summary.ok and summary.notes == []
        assert summary.pruned == [f"{BELGIUM}/2018-19/be1.txt", f"{BELGIUM}/2024-25/becup.txt"]
        assert (summary.imported, summary.already_imported) == (1, 15)
        # the cup's matches are gone; the league's 270 are kept, one of them a day earlier (a match is
        # known by its day: the moved one counts as one new and one removed)
        assert (summary.new, summary.changed, summary.removed) == (1, 0, cup + 1)
        assert "2 pruned (no longer there)" in summary.line()
        assert store.scalar("SELECT COUNT(*) FROM files WHERE path LIKE ?", ("%becup%",)) == 0
        assert (
            store.scalar("SELECT COUNT(*) FROM matches WHERE competition = 'be.1' AND season = '2018-19'") == BE1_2018
        )
        # the store is what a clean import of the pulled files gives (files, rows, clubs, matches,
        # conflicts, people); only the list of competitions keeps the cup, as `sources remove` does
        with open_store(tmp_path / "clean.sqlite") as clean:
            import_paths(clean, [checkout])
            assert _dump(store) == _dump(clean)
            # and importing again changes nothing
            again = import_paths(store, [checkout], prune=True)
            assert (again.pruned, again.imported, again.new, again.changed, again.removed) == ([], 0, 0, 0, 0)
            assert _dump(store) == _dump(clean)


def test_prune_never_takes_what_it_was_not_given(data: Path, tmp_path: Path) -> None:
    checkout = _checkout(data, tmp_path / "data")
    url = str(tmp_path / "s.sqlite")
    with open_store(url) as store:
        import_paths(store, [checkout])
        _pull(checkout)
        belgium = checkout / BELGIUM

        # a single file prunes nothing beside it (its neighbours may be left out on purpose)
        one = import_paths(store, [belgium / "2018-19" / "be.1.txt"], prune=True)
        assert one.pruned == [] and one.imported == 1
        assert one.notes == [
            f"{belgium / '2018-19' / 'be.1.txt'}: a single file, so nothing is pruned beside it "
            "(--prune prunes folders)"
        ]

        # another data set's folder prunes nothing of Belgium's
        europe = import_paths(store, [checkout / EUROPE], prune=True)
        assert (europe.pruned, europe.already_imported) == ([], 10)

        # a folder given with a typo: an error, nothing imported or pruned
        with pytest.raises(ConfigError, match="no such file or folder"):
            import_paths(store, [checkout / "openfootball-belgum"], prune=True)

        # a data set emptied (a clone gone wrong): nothing pruned, and said
        shutil.move(belgium, tmp_path / "aside")
        belgium.mkdir()
        empty = import_paths(store, [belgium], prune=True)
        assert (empty.pruned, empty.notes) == ([], [f"{belgium}: no match file found under it, so nothing is pruned"])

        # a data set gone from a folder of several: kept, and named
        belgium.rmdir()
        shutil.copytree(data / "openfootball-deutschland", checkout / "openfootball-deutschland", dirs_exist_ok=True)
        gone = import_paths(store, [checkout], prune=True)
        assert gone.pruned == []
        assert gone.notes == [f"1 stored data set(s) not found under the folders given, so not pruned: {BELGIUM}"]

        # a file still there but left out by --exclude is kept
        shutil.move(tmp_path / "aside", belgium)
        excluded = import_paths(store, [belgium], prune=True, exclude=["2024-25"])
        assert excluded.pruned == [f"{BELGIUM}/2018-19/be1.txt"]
        assert store.scalar("SELECT COUNT(*) FROM files WHERE path = ?", (f"{BELGIUM}/2024-25/becup.txt",)) == 1


def test_a_failed_prune_rolls_back_everything(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkout = _checkout(data, tmp_path / "data")
    url = str(tmp_path / "s.sqlite")
    with open_store(url) as store:
        import_paths(store, [checkout])
        before = dump(store)
    _pull(checkout)

    def fail(*args: object, **kwargs: object) -> None:
        raise TouchlineError("the store failed while deriving")

    monkeypatch.setattr(importing, "rederive", fail)
    with open_store(url) as store:
        with pytest.raises(TouchlineError):
            import_paths(store, [checkout], prune=True)
        assert dump(store) == before


def test_the_cli_counts_and_names_the_files_pruned(data: Path, tmp_path: Path) -> None:
    checkout = _checkout(data, tmp_path / "data")
    db = str(tmp_path / "s.sqlite")
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(checkout), "--db", db, "-q"]).exit_code == 0
    _pull(checkout)
    result = runner.invoke(cli, ["import", str(checkout), "--db", db, "-q", "--prune", "-v"])
    assert result.exit_code == 0, result.output
    assert f"pruned: {BELGIUM}/2018-19/be1.txt (no longer there)\n" in result.stderr
    assert f"pruned: {BELGIUM}/2024-25/becup.txt (no longer there)\n" in result.stderr
    assert result.stdout.startswith(
        "files: 16 (1 imported, 0 updated, 15 already imported, 0 rejected, 2 pruned (no longer there); "
    )
    # without -v the count only; without --prune no word of pruning
    plain = runner.invoke(cli, ["import", str(checkout), "--db", db, "-q"])
    assert "pruned" not in plain.output


def test_ctrl_c_stops_an_import_with_exit_status_130_and_writes_nothing(data: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    # the whole data folder (about 25 s), so that Ctrl-C finds it at work; Ctrl-C reaches the terminal's
    # whole process group: the importer and its workers
    command = [sys.executable, "-m", "touchline", "import", str(data), "--db", str(db), "-q"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    time.sleep(3.0)
    assert process.poll() is None
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert out == ""
    assert err.strip() == "Interrupted (Ctrl-C): stopped; the store is as it was before this command."
    with open_store(db) as store:
        assert store.scalar("SELECT COUNT(*) FROM files") == 0
        assert store.scalar("SELECT COUNT(*) FROM matches") == 0


def test_ctrl_c_ends_any_command_with_exit_status_130(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from touchline import cli as cli_module

    open_store(tmp_path / "s.sqlite").close()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("touchline.api.sources.list_sources", interrupted)
    monkeypatch.setattr(sys, "argv", ["touchline", "sources", "--db", str(tmp_path / "s.sqlite")])
    with pytest.raises(SystemExit) as stopped:
        cli_module.main()
    assert stopped.value.code == 130
    assert (
        capsys.readouterr().err.strip() == "Interrupted (Ctrl-C): stopped; the store is as it was before this command."
    )


# -- people files: long ones are refused, and the checks scale -----------------------------------------


def _person_file(path: Path, spells: int, *, overlapping: bool = False) -> Path:
    """A generated person file: coaching spells at five Danish clubs, a day each, one after another (or,
    ``overlapping``, every one in the same week)."""
    clubs = ["FC København", "Brøndby IF", "Odense BK", "Aalborg BK", "FC Midtjylland"]
    lines = ['id = "generated-person"', 'name = "Generated Person"', ""]
    day = dt.date(1990, 1, 1)
    for n in range(spells):
        start = day if overlapping else day + dt.timedelta(days=n)
        end = start + dt.timedelta(days=6 if overlapping else 0)
        lines += [
            "[[spell]]",
            f'team = "{clubs[n % len(clubs)]}"',
            'country = "DEN"',
            f"start = {start}",
            f"end = {end}",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def danish(data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of the Danish Superliga files (its clubs are what the generated spells name)."""
    url = str(tmp_path_factory.mktemp("danish") / "s.sqlite")
    with open_store(url) as store:
        import_paths(store, [data / EUROPE / "denmark"])
    return url


def test_a_person_file_with_too_many_spells_is_refused_in_one_line(danish: str, tmp_path: Path) -> None:
    path = _person_file(tmp_path / "long.toml", MAX_SPELLS + 1)
    with open_store(danish) as store, pytest.raises(DataError) as refused:
        import_people(store, [path])
    assert str(refused.value) == (
        f"{path}: 1,001 spells; a person file holds at most 1,000 (one person's career: is it several "
        "people's, or generated?)"
    )
    result = CliRunner().invoke(cli, ["people", "import", str(path), "--db", danish])
    assert (result.exit_code, result.stderr.count("\n")) == (1, 1)


def test_a_long_career_resolves_each_club_once(danish: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _person_file(tmp_path / "long.toml", MAX_SPELLS)
    calls: list[str] = []
    pick = people_api.pick

    def counted(team: str, *args: object, **kwargs: object) -> object:
        calls.append(team)
        return pick(team, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(people_api, "pick", counted)
    with open_store(danish) as store:
        loaded = import_people(store, [path])
        assert len(loaded[0].spells) == MAX_SPELLS
        # five clubs, none of which needs its matches counted to be told apart: five look-ups, not 1,000
        assert sorted(calls) == sorted({"FC København", "Brøndby IF", "Odense BK", "Aalborg BK", "FC Midtjylland"})
        assert {s.team for s in loaded[0].spells} == {
            "den-fc-kobenhavn",
            "den-brondby-if",
            "den-odense-bk",
            "den-aalborg-bk",
            "den-fc-midtjylland",
        }
        people_api.remove_person(store, "generated-person")


@pytest.mark.parametrize("overlapping", [False, True])
def test_the_overlap_check_finds_what_the_pairwise_one_does(tmp_path: Path, overlapping: bool) -> None:
    # every real person file, and generated spells that all overlap or none do: the same messages
    files = sorted(Path(people_api.__file__).parents[1].joinpath("data", "people").glob("*.toml"))
    assert len(files) > 20
    for path in [*files, _person_file(tmp_path / "gen.toml", 60, overlapping=overlapping)]:
        entries = load_file(path, keep_going=True).entries
        assert people_api._own_overlaps(entries) == own_overlaps(entries), path
    generated = load_file(tmp_path / "gen.toml").entries
    assert len(own_overlaps(generated)) == (60 * 59 // 2 if overlapping else 0)
