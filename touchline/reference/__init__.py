"""Shipped facts, loaded from ``touchline/data``: competitions and countries, the club registry, each
competition's rules, the precedence of sources, and person files. Nothing here touches the store;
every other floor may read these.

Every TOML file touchline reads goes through :func:`load_toml`, so a broken one is always the same
error: a :class:`~touchline.errors.DataError` reading ``FILE:LINE: reason``.

Parsing TOML is slow in Python (the club registry's 150 kB take 40 ms, a sixth of a short command), so
the data of a large text is kept in the user's cache folder as JSON, named by the text's digest
(``$XDG_CACHE_HOME/touchline`` or ``~/.cache/touchline``; ``TOUCHLINE_CACHE`` elsewhere, empty for none):
a text read again is read from there, a changed text is parsed afresh. A folder that cannot be written
leaves every text parsed, as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from touchline.errors import DataError

_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)")
# texts at least this long are cached (the registry, the catalogue, the calendar; not a person file)
CACHE_FROM = 16_384
# how a date, a time or a date-time is written in a cached file's JSON (TOML has them, JSON has not): a
# table of one key no TOML file uses (it begins with a NUL)
_TAGS = {
    "\u0000date": dt.date.fromisoformat,
    "\u0000time": dt.time.fromisoformat,
    "\u0000datetime": dt.datetime.fromisoformat,
}


def load_toml(text: str, file: str) -> dict[str, Any]:
    """A TOML text's data; :class:`DataError` ``FILE:LINE: reason`` when it is not valid TOML."""
    cached = _cached(text) if len(text) >= CACHE_FROM else None
    if cached is not None:
        return cached
    data = _parse(text, file)
    if len(text) >= CACHE_FROM:
        _keep(text, data)
    return data


def cache_folder() -> Path | None:
    """Where parsed data is kept (see the module's docstring), or ``None`` when caching is off."""
    chosen = os.environ.get("TOUCHLINE_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "touchline"


def _cache_file(text: str) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    return folder / f"toml-{digest}.json"


def _cached(text: str) -> dict[str, Any] | None:
    path = _cache_file(text)
    try:
        if path is None or not path.is_file():
            return None
        found = json.loads(path.read_text(encoding="utf-8"), object_hook=_untag)
    except (OSError, ValueError):
        return None  # unreadable or cut short: parse the text
    return found if isinstance(found, dict) else None


def _keep(text: str, data: dict[str, Any]) -> None:
    path = _cache_file(text)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written whole under another name, then renamed: a reader never sees half a file
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
            json.dump(data, out, default=_tag, ensure_ascii=False)
        os.replace(out.name, path)
    except OSError:
        return  # a cache folder that cannot be written: nothing kept


def _tag(value: object) -> dict[str, str]:
    if isinstance(value, dt.datetime):
        return {"\u0000datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"\u0000date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"\u0000time": value.isoformat()}
    raise TypeError(f"not a TOML value: {value!r}")


def _untag(table: dict[str, Any]) -> Any:
    if len(table) == 1:
        ((key, value),) = table.items()
        read = _TAGS.get(key)
        if read is not None and isinstance(value, str):
            return read(value)
    return table


def _parse(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:
        # arrays or tables nested hundreds deep (a TOML bomb): the parser runs out of stack
        raise DataError(f"{file}: not readable TOML: nested too deep") from None
    except tomllib.TOMLDecodeError as exc:
        found = _AT_LINE.search(str(exc))
        where = f"{file}:{found.group(1)}" if found else file
        reason = _AT_LINE.sub("", str(exc)).strip()
        hint = " (write dates as 2013-06-01)" if "date" in reason.lower() else ""
        raise DataError(f"{where}: {reason}{hint}") from None
