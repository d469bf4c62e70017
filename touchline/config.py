"""Settings: where the store lives and where the match data is.

- ``TOUCHLINE_DB``: a SQLite file path or a ``postgresql://`` URL; default ``touchline.sqlite`` in the
  user's data folder (``$XDG_DATA_HOME/touchline`` or ``~/.local/share/touchline``).
- ``TOUCHLINE_DATA``: the folder of open match data the examples, tests and benchmarks read; default
  ``../shared/data`` beside the project checkout (where CI puts it).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

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


_PASSWORD = re.compile(r"(?<=://)([^:/@\s]*):([^@\s]*)@")


def redact(text: str, url: str | None = None) -> str:
    """``text`` with any password of a database URL in it hidden: ``postgresql://user:***@host/db``.

    With ``url``, that URL's password is hidden wherever it appears in ``text`` (a driver's message
    may quote it).
    """
    text = _PASSWORD.sub(lambda m: f"{m.group(1)}:***@", text)
    if url:
        try:
            secret = urlsplit(url).password
        except ValueError:
            secret = None
        for value in {secret, unquote(secret)} if secret else ():
            text = text.replace(value, "***")
    return text
