"""Shared paths for the article tests: the seed article and the hand-made articles of fixtures/articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
SEED = Path(__file__).parent.parent.parent.parent / "shared" / "seed" / "jess-thorup-article.txt"


@pytest.fixture(scope="session")
def seed() -> Path:
    """The seed article (a plain-text rendering of Jess Thorup's biography)."""
    assert SEED.is_file(), f"the seed article {SEED} is missing"
    return SEED
