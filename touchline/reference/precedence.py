"""The precedence of sources, read from ``data/precedence.toml``: which file a match's values come
from when several files hold it."""

from __future__ import annotations

from functools import cache
from importlib import resources

from touchline.reference import load_toml


@cache
def formats() -> tuple[str, ...]:
    """Formats in order of precedence, first first."""
    text = resources.files("touchline").joinpath("data/precedence.toml").read_text(encoding="utf-8")
    return tuple(load_toml(text, "touchline/data/precedence.toml")["formats"])


def file_rank(format_name: str, path: str) -> tuple[int, str]:
    """A file's sort key: its format's place in the order (unknown formats last), then its path."""
    order = formats()
    place = order.index(format_name) if format_name in order else len(order)
    return place, path
