"""Outlines: a document of sections, sub-sections and bullet lines, such as a biography's Honours.

An :class:`Outline` renders as ``text`` (indented lines), ``wiki`` (``===Heading===`` and ``*`` lists,
as an encyclopedia's Honours section), ``md``, ``html`` or ``json``, with the same escaping as the
table formats: every piece of text may come from a data file.
"""

from __future__ import annotations

from dataclasses import dataclass

from touchline.errors import ConfigError
from touchline.render import Report, inline
from touchline.render.formats import _html, _md, _wiki, render_json

FORMATS = ("text", "wiki", "md", "html", "json")


@dataclass(frozen=True, slots=True)
class Group:
    """A heading (a club) and its lines."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A section (``Player``, ``Manager``) of groups."""

    title: str
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class Outline:
    """A titled document of sections, with footnotes and a JSON payload."""

    title: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    data: object = None


def render_outline(outline: Outline, fmt: str = "text") -> str:
    """The outline in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return _text(outline)
    if fmt == "wiki":
        return _wikitext(outline)
    if fmt == "md":
        return _markdown(outline)
    if fmt == "html":
        return _html_text(outline)
    if fmt == "json":
        return render_json(Report(outline.title, (), (), data=outline.data))
    raise ConfigError(f"unknown format {fmt!r} for this command (choose from {', '.join(FORMATS)})")


def _text(outline: Outline) -> str:
    out = [inline(outline.title), ""]
    for section in outline.sections:
        out.append(inline(section.title))
        for group in section.groups:
            out.append(f"  {inline(group.heading)}")
            out.extend(f"    - {inline(line)}" for line in group.lines)
        out.append("")
    out.extend(f"[{n}] {inline(note)}" for n, note in enumerate(outline.notes, 1))
    return "\n".join(out).rstrip("\n") + "\n"


def _wikitext(outline: Outline) -> str:
    out = ["==Honours=="] if outline.sections else []
    for section in outline.sections:
        out.append(f"==={_wiki(section.title)}===")
        for group in section.groups:
            out.append(f"'''{_wiki(group.heading, quoted=True)}'''")
            out.extend(f"* {_wiki(line)}" for line in group.lines)
            out.append("")
    if outline.notes:
        out.append("====Notes====")
        out.extend(f"# {_wiki(note)}" for note in outline.notes)
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown(outline: Outline) -> str:
    out = [f"## {_md(outline.title)}", ""]
    for section in outline.sections:
        out.extend([f"### {_md(section.title)}", ""])
        for group in section.groups:
            out.append(f"**{_md(group.heading)}**")
            out.append("")
            out.extend(f"- {_md(line)}" for line in group.lines)
            out.append("")
    out.extend(f"{n}. {_md(note)}" for n, note in enumerate(outline.notes, 1))
    return "\n".join(out).rstrip("\n") + "\n"


def _html_text(outline: Outline) -> str:
    out = [f"<h2>{_html(outline.title)}</h2>"]
    for section in outline.sections:
        out.append(f"<h3>{_html(section.title)}</h3>")
        for group in section.groups:
            out.append(f"<h4>{_html(group.heading)}</h4>")
            out.append("<ul>" + "".join(f"<li>{_html(line)}</li>" for line in group.lines) + "</ul>")
    if outline.notes:
        out.append('<ol class="notes">' + "".join(f"<li>{_html(n)}</li>" for n in outline.notes) + "</ol>")
    return "\n".join(out) + "\n"
