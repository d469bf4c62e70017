"""Security: ``--format json`` (and the web's JSON twins, written by the same renderer) escapes the
bidirectional controls as well as the C0 and C1 control characters, and keeps the data exact."""

from __future__ import annotations

import json
import re

import pytest

from touchline.render import Column, Report, render
from touchline.web.page import json_text

# raw in JSON text: C0 (but the newlines of its indentation), DEL, C1, bidirectional marks, embeddings,
# overrides and isolates, line separators
RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
MARKS = ["\u200e", "\u200f", "\u061c", "\u2028", "\u2029"]
CONTROLS = ["\x1b", "\r", "\x07", "\x7f", "\x9b"]


@pytest.mark.parametrize("char", BIDI + MARKS + CONTROLS)
def test_json_escapes_the_character_and_keeps_the_data(char: str) -> None:
    name = f"Alpha {char}FC 東京 Ærø"
    report = Report("t", (Column("club", "Club"),), ({"club": name},))
    for text in (render(report, "json"), render(Report("t", (), (), data={"club": name}), "json")):
        assert not RAW.search(text)
        assert json.dumps(char)[1:-1] + "FC" in text  # "\\u202eFC", "\\rFC": as an ASCII escape
        assert "東京 Ærø" in text  # other text stays as written (UTF-8, not \\u escapes)
    assert json.loads(render(report, "json"))["rows"][0]["club"] == name


def test_the_web_twins_use_the_same_escaping() -> None:
    text = json_text({"club": "<b>\u202eX\u2066</b>"})
    assert text == '{\n  "club": "\\u003cb\\u003e\\u202eX\\u2066\\u003c/b\\u003e"\n}\n'
    assert json.loads(text) == {"club": "<b>\u202eX\u2066</b>"}
