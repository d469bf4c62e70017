"""Bad arguments: every one is a single line naming the argument, never a traceback, and changes nothing."""

# ruff: noqa: E501  (the table of exact messages reads best one case a line)

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.store.dump import dump
from touchline.store import open_store

# (arguments, exit code, the one line on stderr: exactly, or its start when it ends with "…")
CASES: list[tuple[tuple[str, ...], int, str]] = [
    (("table", "de.1", "abcd"), 2, "Error: Invalid value for 'SEASON': 'abcd' is not a season (expected 2023-24 or 2023) (see `touchline table --help`)"),
    (("table", "de.1", "0001-02"), 2, "Error: Invalid value for 'SEASON': '0001-02' is not a season (expected 2023-24 or 2023) (see `touchline table --help`)"),
    (("table", "de.1", "2031-32"), 1, "Error: no season of de.1 '2031-32' (did you mean: 2025-26…"),
    (("table", "Bundesliag", "2023-24"), 1, "Error: no competition 'Bundesliag' (did you mean: Bundesliga, 2. Bundesliga?)"),
    (("table", "de.1", "2023-24", "--as-of", "2023-02-30"), 2, "Error: Invalid value for '--as-of': '2023-02-30' is not a date (expected YYYY-MM-DD) (see `touchline table --help`)"),
    (("table", "de.1", "2023-24", "--matchday", "-3"), 2, "Error: Invalid value for '--matchday': -3 is not in the range x>=1. (see `touchline table --help`)"),
    (("table", "de.1", "2023-24", "--matchday", "3", "--as-of", "2023-10-14"), 1, "Error: give --as-of or --matchday, not both"),
    (("table", "de.1", "2023-24", "--stage", "Nope"), 1, "Error: no stage of de.1 2023-24 'Nope'"),
    (("table", "de.1"), 2, "Error: Missing argument 'SEASON'. (see `touchline table --help`)"),
    (("manager", "Nobody Known"), 1, "Error: no person 'Nobody Known'"),
    (("manager", "Jess Thorup", "--competition", "xx.9"), 1, "Error: no competition 'xx.9'"),
    (("manager", "Jess Thorup", "--from", "2020-01-01", "--to", "2019-01-01"), 1, "Error: --to 2019-01-01 is before --from 2020-01-01"),
    (("manager", "Jess Thorup", "--tier", "0"), 2, "Error: Invalid value for '--tier': 0 is not in the range 1<=x<=9. (see `touchline manager --help`)"),
    (("manager", "Jess Thorup", "--kind", "friendly"), 2, "Error: Invalid value for '--kind': 'friendly' is not one of…"),
    (("manager", "Jess Thorup", "--format", "pdf"), 2, "Error: Invalid value for '--format': 'pdf' is not one of…"),
    (("positions", "Nowhere United", "de.1", "2023-24"), 1, "Error: no club 'Nowhere United'…"),
    (("positions", "FC Augsburg", "de.1", "1999-00"), 1, "Error: no club in this competition 'FC Augsburg'"),
    (("matches", "--club", "Augsberg"), 1, "Error: no club 'Augsberg' (did you mean: …"),
    (("matches", "--season", "20x3"), 2, "Error: Invalid value for '--season': '20x3' is not a season (expected 2023-24 or 2023) (see `touchline matches --help`)"),
    (("matches", "--from", "2023-13-01"), 2, "Error: Invalid value for '--from': '2023-13-01' is not a date (expected YYYY-MM-DD) (see `touchline matches --help`)"),
    (("matches", "--from", "2024-01-01", "--to", "2023-01-01"), 1, "Error: --to 2023-01-01 is before --from 2024-01-01"),
    (("matches", "--competition", "zz"), 1, "Error: no competition 'zz'"),
    (("clubs", "--country", "123"), 2, "Error: Invalid value for '--country': '123' is not a country code (three letters, e.g. DEN) (see `touchline clubs --help`)"),
    (("check", "--only", "nope"), 2, "Error: Invalid value for '--only': 'nope' is not one of…"),
    (("people", "remove", "nobody"), 1, "Error: no person with id 'nobody'"),
    (("sources", "remove", "nowhere/x.txt"), 1, "Error: no imported file 'nowhere/x.txt'"),
    (("import", "--workers", "0", "."), 2, "Error: Invalid value for '--workers': 0 is not in the range 1<=x<=32. (see `touchline import --help`)"),
    (("import", "/no/such/folder"), 1, "Error: no such file or folder: /no/such/folder"),
    (("people", "import", "/no/such.toml"), 2, "Error: Invalid value for 'FILES...': File '/no/such.toml' does not exist. (see `touchline people import --help`)"),
    (("nope",), 2, "Error: No such command 'nope'. (see `touchline --help`)"),
    (("matches", "--season", "2020-2019"), 2, "Error: Invalid value for '--season': '2020-2019' is not a season (expected 2023-24 or 2023) (see `touchline matches --help`)"),
    (("matches", "--club", " "), 1, "Error: --club is empty: give a club's name"),
    (("coverage", "--competition", "zz.9"), 1, "Error: no competition 'zz.9'…"),
    (("table", "de.1", "2023-24", "--matchday", "99"), 1, "Error: --matchday 99: de.1 2023-24 has 34 matchdays in the data"),
    (("table", "de.1", "2023-24", "--home", "--away"), 1, "Error: give --home or --away, not both (neither: all matches)"),
    (("table", "de.cup", "2023-24"), 1, "Error: de.cup (DFB-Pokal) is a cup, played in ties, not a table: see `touchline cup de.cup SEASON`"),
    (("positions", "FC Augsburg", "de.cup", "2023-24"), 1, "Error: de.cup (DFB-Pokal) is a cup, played in ties, not a table: see `touchline cup de.cup SEASON`"),
    (("clubs", "derive", "--out", "/no/such/folder/x.toml"), 1, "Error: cannot write /no/such/folder/x.toml: no folder /no/such/folder"),
    (("import", "/dev/null"), 1, "Error: /dev/null: not a regular file or a folder (a pipe, socket or device)"),
]  # fmt: skip


@pytest.fixture(scope="module")
def store(focused_db: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the focused store, for commands that could write."""
    path = tmp_path_factory.mktemp("errors") / "s.sqlite"
    path.write_bytes(Path(focused_db).read_bytes())
    return path


@pytest.mark.parametrize(("args", "code", "line"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_bad_argument_is_one_line_and_changes_nothing(
    store: Path, args: tuple[str, ...], code: int, line: str
) -> None:
    writes = args[0] in ("import", "people", "sources")  # the commands that could change the store
    snapshot = None
    if writes:
        with open_store(store) as before:
            snapshot = dump(before)
    result = subprocess.run(
        [sys.executable, "-m", "touchline", *args, "--db", str(store)], capture_output=True, text=True
    )
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    if line.endswith("…"):
        assert result.stderr.startswith(line[:-1]), result.stderr
    else:
        assert result.stderr == line + "\n"
    if writes:
        with open_store(store) as after:
            assert dump(after) == snapshot


@pytest.mark.parametrize(
    ("db", "line"),
    [
        (
            "/no/such/folder/x.sqlite",
            "Error: cannot create a store at /no/such/folder/x.sqlite: no folder /no/such/folder",
        ),
        (
            "mysql://u:s3cret@host/db",
            "Error: mysql://u:***@host/db: not a store touchline can open (a mysql:// URL); give a SQLite file path or a postgresql:// URL",
        ),
    ],
)
def test_a_store_that_cannot_be_is_one_line_and_made_of_nothing(db: str, line: str, tmp_path: Path) -> None:
    # a typo in --db makes no folders; a URL of another database is no file name
    result = subprocess.run(
        [sys.executable, "-m", "touchline", "import", str(tmp_path), "--db", db],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert (result.returncode, result.stderr) == (1, line + "\n")
    assert not Path("/no/such").exists() and list(tmp_path.iterdir()) == []
