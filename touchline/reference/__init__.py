"""Shipped facts, loaded from ``touchline/data``: competitions and countries, the club registry, each
competition's rules, the precedence of sources, and person files. Nothing here touches the store;
every other floor may read these.

Every TOML file touchline reads goes through :func:`load_toml`, so a broken one is always the same
error: a :class:`~touchline.errors.DataError` reading ``FILE:LINE: reason``.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from touchline.errors import DataError

_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def load_toml(text: str, file: str) -> dict[str, Any]:
    """A TOML text's data; :class:`DataError` ``FILE:LINE: reason`` when it is not valid TOML."""
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
