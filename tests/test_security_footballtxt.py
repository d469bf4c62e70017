"""Security: the Football.TXT reader refuses a team name holding a control character on any line (short
ones included), as the CSV readers do, with one line naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from touchline.cli import cli
from touchline.errors import ParseError
from touchline.sources import footballtxt

HEAD = "= DK 1 2019/20\n# Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)\n[Fri Jul/12]\n"


def _parse(line: str) -> list[object]:
    return list(footballtxt.parse(HEAD + line + "\n", source="test", file="2019-20/dk.1.txt"))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("  Alpha FC v \x1b[31mBeta FC 1-0", 'away team name with a control character U+001B: "\\x1b[31mBeta FC"'),
        ("  \x1b[31mAlpha FC v Beta FC 1-0", 'home team name with a control character U+001B: "\\x1b[31mAlpha FC"'),
        ("  Alpha FC  1-0  Beta\x07 FC", 'away team name with a control character U+0007: "Beta\\x07 FC"'),
        (
            "  19.00  Alpha\x9b31m FC    1-0 (0-0)  Beta FC",
            'home team name with a control character U+009B: "Alpha\\x9b31m FC"',
        ),
        ("  Alpha\x7f FC v Beta FC", 'home team name with a control character U+007F: "Alpha\\x7f FC"'),
        ("  Alpha\x1f FC v Beta FC 2-2", 'home team name with a control character U+001F: "Alpha\\x1f FC"'),
    ],
)
def test_a_control_character_in_a_team_name_is_refused(line: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        _parse(line)
    assert str(caught.value) == f"2019-20/dk.1.txt:4: {reason}"
    assert caught.value.line == 4


def test_names_without_control_characters_still_read() -> None:
    # a bidirectional mark or a no-break space is kept as written (only control characters are refused)
    (match,) = _parse("  Alpha\u00a0FC v Beta \u200fFC 1-0")
    assert (match.home, match.away) == ("Alpha\u00a0FC", "Beta \u200fFC")  # type: ignore[attr-defined]
    (match,) = _parse("  Alpha FC v Beta FC 1-0")
    assert (match.home, match.away) == ("Alpha FC", "Beta FC")  # type: ignore[attr-defined]


def test_import_names_the_file_and_line_and_stores_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "2019-20"
    folder.mkdir(parents=True)
    bad = folder / "dk.1.txt"
    bad.write_text(HEAD + "  Alpha FC v \x1b[31mBeta FC 1-0\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "data"), "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1
    assert f"{bad}:4: away team name with a control character U+001B" in result.output
    assert "\x1b" not in result.output
