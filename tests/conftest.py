"""Shared fixtures: the real data folder and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from touchline.config import data_dir

DATA = data_dir()
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def data() -> Path:
    """The real data folder (``TOUCHLINE_DATA``, default ``../shared/data``); its absence is a failure."""
    assert DATA.is_dir(), f"real data folder {DATA} is missing: set TOUCHLINE_DATA"
    return DATA
