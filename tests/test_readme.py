"""Every command in the README runs, and prints what the README says it prints."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"
BLOCK = re.compile(r"```console\n\$ (touchline [^\n]*)\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def run(command: str, db: str) -> str:
    env = dict(os.environ, TOUCHLINE_DB=db, COLUMNS="100")
    args = shlex.split(command)
    result = subprocess.run([sys.executable, "-m", "touchline", *args[1:]], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()) + "\n"


def test_readme_has_three_examples() -> None:
    assert len(examples()) == 3


@pytest.mark.parametrize(("command", "output"), examples(), ids=[c for c, _ in examples()])
def test_readme_example_prints_what_it_says(command: str, output: str, focused_db: str) -> None:
    assert run(command, focused_db) == output


def test_main_job_command_runs(tmp_path: Path, data: Path) -> None:
    text = README.read_text(encoding="utf-8")
    main_job = re.search(r"main job[^`]*`([^`]+)`", text)
    assert main_job is not None
    steps = [s.strip() for s in main_job.group(1).split("&&")]
    assert steps[:3] == ["python3 -m venv .venv", ". .venv/bin/activate", "pip install -q -e ."]
    db = str(tmp_path / "main.sqlite")
    root = README.parent
    for step in steps[3:]:
        args = shlex.split(step.replace("../shared/data", str(data)))
        env = dict(os.environ, TOUCHLINE_DB=db, COLUMNS="100")
        result = subprocess.run(
            [sys.executable, "-m", "touchline", *args[1:]], capture_output=True, text=True, env=env, cwd=root
        )
        assert result.returncode == 0, (step, result.stderr)
    assert "Managerial record of Jess Thorup" in result.stdout
    assert "Total" in result.stdout and "FC Augsburg" in result.stdout


def test_python_example_runs(tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert code is not None
    monkeypatch.chdir(README.parent)
    source = (
        code.group(1)
        .replace("../shared/data", str(data))
        .replace('"touchline.sqlite"', repr(str(tmp_path / "t.sqlite")))
    )
    namespace: dict[str, object] = {}
    exec(compile(source, "README.md", "exec"), namespace)
    assert "table" in namespace
