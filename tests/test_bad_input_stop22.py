"""Bad input a probe found mishandled, each now one clear line and nothing half-written: a TOML file
nested too deep, a Football.TXT header count too large for the store, a database password holding a
space or "/", and folder links followed in a loop.

Every file here is small and synthetic, written by the test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.test_bad_input_probe import TXT, _store_dump
from touchline.cli import cli
from touchline.config import redact


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_a_toml_file_nested_too_deep_is_one_line(tmp_path: Path) -> None:
    # 500 arrays deep: Python's TOML reader runs out of stack (it printed a RecursionError's traceback)
    bomb = tmp_path / "bomb.toml"
    bomb.write_text('id = "b"\nname = "B"\nx = ' + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    result = _run("people", "import", str(bomb), "--db", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {bomb}: not readable TOML: nested too deep"]


@pytest.mark.parametrize("count", ["99999999999999999999", "2147483648"])
def test_a_header_count_too_large_for_the_store_is_no_count(tmp_path: Path, count: str) -> None:
    # a "# Matches" count of more than nine digits is no count (the parser reads none either): it is not
    # passed to the store, whose integers it would not fit, and the file imports; a good file beside it
    # was rolled back with it
    folder = tmp_path / "d" / "2019-20"
    folder.mkdir(parents=True)
    (folder / "dk.1.txt").write_text(TXT.replace("# Date", f"# Matches    {count}\n# Date"), encoding="utf-8")
    (folder / "dk.2.txt").write_text(TXT.replace("DK 1", "DK 2"), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = _run("import", str(tmp_path / "d"), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert len(_store_dump(db)["matches"]) == 4


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://user:pa/ss@127.0.0.1:1/db", "postgresql://user:***@127.0.0.1:1/db"),
        ("postgresql://user:s3cret PW@127.0.0.1:99999/db", "postgresql://user:***@127.0.0.1:99999/db"),
    ],
)
def test_a_password_with_a_slash_or_a_space_is_hidden(url: str, shown: str) -> None:
    # an unencoded "/" or space in a password: the driver then reads another host, and its message
    # quoted the URL with the password in clear
    assert redact(f"cannot connect to {url}: failed to resolve host 'user'") == (
        f"cannot connect to {shown}: failed to resolve host 'user'"
    )
    result = _run("matches", "--db", url)
    assert result.exit_code == 1
    assert "pa/ss" not in result.output and "s3cret" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_folder_links_followed_in_a_loop_are_named_and_read_once(tmp_path: Path) -> None:
    # a link back to the folder and one up from a sub-folder: following them walked forever (two
    # loops) or failed on a raw SQL message (one)
    folder = tmp_path / "d"
    (folder / "2019-20").mkdir(parents=True)
    (folder / "2019-20" / "dk.1.txt").write_text(TXT, encoding="utf-8")
    os.symlink(".", folder / "self")
    os.symlink("..", folder / "2019-20" / "up")
    db = tmp_path / "s.sqlite"
    result = _run("import", str(folder), "--db", str(db), "--follow-symlinks")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "a folder read already" in line]
    assert len(warned) == 2, result.output
    assert "(1 imported" in result.output
    assert len(_store_dump(db)["matches"]) == 2
