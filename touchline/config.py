"""Settings: where the store lives and where the match data is.

- ``TOUCHLINE_DB``: a SQLite file path or a ``postgresql://`` URL (:func:`store_url`); default
  ``touchline.sqlite`` in the user's data folder (``$XDG_DATA_HOME/touchline`` or ``~/.local/share/touchline``).
- ``TOUCHLINE_DATA``: the folder of open match data the examples, tests and benchmarks read; default
  ``../shared/data`` beside the project checkout (where CI puts it).
- ``TOUCHLINE_CACHE``: where parsed data files are kept (:func:`touchline.reference.cache_folder`);
  default ``$XDG_CACHE_HOME/touchline`` or ``~/.cache/touchline``, empty for no cache.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from touchline.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_db() -> str:
    """The store to use when no ``--db`` is given."""
    env = os.environ.get("TOUCHLINE_DB")
    if env:
        return env
    return str(user_store())


def user_store() -> Path:
    """The store of the user's data folder (``touchline.sqlite`` in ``$XDG_DATA_HOME/touchline``)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "touchline" / "touchline.sqlite"


def data_dir() -> Path:
    """The folder of open match data (``TOUCHLINE_DATA``, default ``../shared/data`` beside the checkout)."""
    env = os.environ.get("TOUCHLINE_DATA")
    if env:
        return Path(env)
    return PROJECT_ROOT.parent / "shared" / "data"


# a URL's userinfo with a password, "scheme://user:password@": the password runs to the LAST "@" of the
# line, so that one holding "@", "/", "?", "#" or a space is hidden whole (a mistyped URL, unencoded: the
# driver then reads another host, but the message must still not show it); hiding a little more than
# the password (a second URL on the line) is the safe side
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s/:@]*):([^\n]*)@")
# a password given as a parameter: a URL's "?password=..." ("&sslpassword=...") or a libpq keyword
# string's "password=..." (quoted with '...' when it holds spaces); an unquoted one runs to the next space
_PARAMETER = re.compile(r"(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s]+)")
# PostgreSQL's URL schemes in any case (a URL's scheme is case-insensitive, RFC 3986 3.1), with or without
# the driver suffix SQLAlchemy writes ("postgresql+psycopg://")
_POSTGRES = re.compile(r"(?i)postgres(?:ql)?(?:\+psycopg2?)?://")
# what reads as a URL rather than a file path: a scheme of two characters or more (so that a Windows drive
# letter, "C:/...", is a path), then "://"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")


def redact(text: str, url: str | None = None) -> str:
    """``text`` with any password of a database URL in it hidden: ``postgresql://user:***@host/db``,
    ``?password=***`` and libpq's ``password=***``.

    With ``url``, that URL's password is hidden wherever it appears in ``text`` (a driver's message
    may quote it).
    """
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{m.group(2)}:***@", text)
    text = _PARAMETER.sub(lambda m: f"{m.group(1)}***", text)
    if url:
        for secret in _secrets(url):
            for value in {secret, unquote(secret)}:
                text = text.replace(value, "***")
    return text


def _secrets(url: str) -> list[str]:
    """The passwords a URL gives: in its userinfo, and as ``password`` parameters of its query."""
    try:
        parts = urlsplit(url)
        found = [parts.password] if parts.password else []
    except ValueError:
        return []
    found += [v for k, values in parse_qs(parts.query).items() if k.lower().endswith("password") for v in values]
    return [secret for secret in found if secret]


def is_postgres(url: str) -> bool:
    """Whether a store argument names a PostgreSQL database (``postgresql://``, ``postgres://``, in any
    case, or ``postgresql+psycopg://``) rather than a SQLite file."""
    return _POSTGRES.match(url) is not None


def store_url(url: str) -> str:
    """A store argument as the store opens it: a SQLite path as given, a PostgreSQL URL with its scheme
    written ``postgresql://`` (libpq knows no other spelling); a :class:`ConfigError` for a URL of any
    other scheme, which would otherwise be taken for a file name and created."""
    found = _POSTGRES.match(url)
    if found is not None:
        return "postgresql://" + url[found.end() :]
    if _URL.match(url):
        scheme = url.split("://", 1)[0]
        raise ConfigError(
            f"{redact(url)}: not a store touchline can open (a {scheme}:// URL); "
            "give a SQLite file path or a postgresql:// URL"
        )
    return url
