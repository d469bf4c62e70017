"""The parsed-TOML cache of :func:`touchline.reference.load_toml`: a large text read again comes from the
cache folder with every value as parsed (dates and times too); a changed, broken or uncacheable text is
parsed afresh, and a folder that cannot be written changes nothing."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from touchline.errors import DataError
from touchline.reference import CACHE_FROM, load_toml


def _text() -> str:
    head = (
        'name = "Åge"\nborn = 1953-09-23\nkick_off = 15:30:00\nstamp = 2024-05-01T12:00:00+02:00\n'
        "local = 2024-05-01T12:00:00\nratio = 0.5\nflags = [true, false]\n"
        '[[spell]]\nstart = 2002-07-01\nteam = "Brøndby"\nnested = { days = [2020-01-01, 2020-01-02] }\n'
    )
    filler = "".join(f'[[entry]]\nid = {n}\nnote = "{"x" * 60}"\n' for n in range(CACHE_FROM // 60))
    text = head + filler
    assert len(text) >= CACHE_FROM
    return text


def test_a_large_text_read_again_comes_from_the_cache_as_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOUCHLINE_CACHE", str(tmp_path))
    text = _text()
    first = load_toml(text, "big.toml")
    (kept,) = tmp_path.glob("toml-*.json")
    second = load_toml(text, "big.toml")
    assert first == second == tomllib.loads(text)
    assert second["born"] == dt.date(1953, 9, 23) and type(second["born"]) is dt.date
    assert second["stamp"].utcoffset() == dt.timedelta(hours=2) and second["kick_off"] == dt.time(15, 30)
    assert second["spell"][0]["nested"]["days"][1] == dt.date(2020, 1, 2)
    # a cache file cut short is no answer: the text is parsed again
    kept.write_text(kept.read_text(encoding="utf-8")[:100], encoding="utf-8")
    assert load_toml(text, "big.toml") == first


def test_no_cache_for_small_texts_nor_when_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHLINE_CACHE", str(tmp_path))
    assert load_toml("a = 1\nday = 2020-01-01\n", "small.toml") == {"a": 1, "day": dt.date(2020, 1, 1)}
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("TOUCHLINE_CACHE", "")
    assert load_toml(_text(), "big.toml")["name"] == "Åge"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOUCHLINE_CACHE", str(blocker / "cache"))
    assert load_toml(_text(), "big.toml") == tomllib.loads(_text())


def test_a_broken_large_text_is_an_error_naming_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHLINE_CACHE", str(tmp_path))
    with pytest.raises(DataError, match=r"^big.toml:2: "):
        load_toml("a = 1\nb = = 2\n" + "# " + "x" * CACHE_FROM + "\n", "big.toml")
    assert list(tmp_path.iterdir()) == []
