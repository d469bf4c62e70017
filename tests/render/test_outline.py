"""Outlines (a biography's Honours section) escape every name in every format."""

from __future__ import annotations

import json

import pytest

from touchline.errors import ConfigError
from touchline.render.outline import Group, Outline, Section, render_outline

HOSTILE = "Evil|| {{Delete}} [[x]] <script>alert(1)</script> *bold* \x1b[31mred\nnext"
OUTLINE = Outline(
    "Honours of Jess Thorup",
    (Section("Manager", (Group(HOSTILE, (f"Danish Cup: 2012–13 {HOSTILE}",)),)),),
    notes=(f"† {HOSTILE}",),
    data={"club": HOSTILE},
)


def test_text_shows_control_characters_and_keeps_one_line_per_item() -> None:
    text = render_outline(OUTLINE, "text")
    assert "\x1b" not in text and "\\x1b[31mred next" in text
    assert text.splitlines()[4].startswith("    - Danish Cup: 2012–13 Evil||") and len(text.splitlines()) == 7


def test_wikitext_cannot_add_templates_links_or_lines() -> None:
    wiki = render_outline(OUTLINE, "wiki")
    hostile = [line for line in wiki.splitlines() if "Evil" in line]
    assert len(hostile) == 3 and "\nnext" not in wiki
    for line in hostile:
        # the markup is only ever inside one <nowiki>, with < and > as entities
        before, _, rest = line.partition("<nowiki>")
        inside, _, after = rest.partition("</nowiki>")
        assert "{{Delete}}" in inside and "{" not in before + after and "&lt;script&gt;" in inside
    assert "* <nowiki>Danish Cup: 2012–13 Evil||" in wiki


def test_markdown_and_html_escape_markup() -> None:
    markdown = render_outline(OUTLINE, "md")
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown and "\\*bold\\*" in markdown
    html = render_outline(OUTLINE, "html")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_json_keeps_the_data_exact() -> None:
    assert json.loads(render_outline(OUTLINE, "json")) == {"club": HOSTILE}


def test_a_table_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"unknown format 'csv' for this command \(choose from text, wiki"):
        render_outline(OUTLINE, "csv")
