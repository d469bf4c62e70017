"""Settings: where the store lives and where the match data is.

- ``TOUCHLINE_DB``: a SQLite file path or a ``postgresql://`` URL; default ``touchline.sqlite`` in the
  user's data folder (``$XDG_DATA_HOME/touchline`` or ``~/.local/share/touchline``).
- ``TOUCHLINE_DATA``: the folder of open match data the examples, tests and benchmarks read; default
  ``../shared/data`` beside the project checkout (where CI puts it).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_db() -> str:
    """The store to use when no ``--db`` is given."""
    env = os.environ.get("TOUCHLINE_DB")
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return str(base / "touchline" / "touchline.sqlite")


def data_dir() -> Path:
    """The folder of open match data (``TOUCHLINE_DATA``, default ``../shared/data`` beside the checkout)."""
    env = os.environ.get("TOUCHLINE_DATA")
    if env:
        return Path(env)
    return PROJECT_ROOT.parent / "shared" / "data"
