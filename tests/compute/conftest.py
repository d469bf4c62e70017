"""Fixtures for the compute tests: matches read from the real data folder, once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from touchline.model import Match
from touchline.sources import detect

Load = Callable[[str], list[Match]]


@pytest.fixture(scope="session")
def load(data: Path) -> Load:
    """``load("worldfootball-cache.wfb.txt/2023-24/de.1.txt")``: the file's matches, read once."""
    cache: dict[str, list[Match]] = {}

    def read(relative: str) -> list[Match]:
        if relative not in cache:
            path = data / relative
            reader = detect(path)
            assert reader is not None, f"no reader recognises {path}"
            cache[relative] = list(reader.read(path))
        return cache[relative]

    return read
