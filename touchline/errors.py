"""touchline's one error tree.

Every error the library raises on purpose derives from :class:`TouchlineError`; the CLI turns any of
them into a one-line ``Error: ...`` and exit code 1, never a traceback::

    TouchlineError
     +-- ParseError        a line of an input file cannot be read (file, line number, line text, fix)
     +-- DataError         input that parses but is impossible (end before start, overlapping spells)
     +-- NotFoundError     a club, person, competition or season that is not there (with suggestions)
     +-- StoreError        the database cannot be opened, migrated or written
     +-- ConfigError       a setting (path, URL, option value) that cannot be used
"""

from __future__ import annotations

from collections.abc import Sequence


class TouchlineError(Exception):
    """Base of every error touchline raises on purpose."""


class ParseError(TouchlineError):
    """A line of an input file that cannot be read.

    ``str(error)`` reads ``FILE:LINE: REASON`` so editors and terminals can jump to it. ``whole_file``
    says the problem is the file's, not one line's (empty, cut short, not text): leaving a line out
    cannot mend it, so ``--skip-bad-lines`` does not import such a file.
    """

    def __init__(
        self, reason: str, *, file: str = "<text>", line: int | None = None, text: str = "", whole_file: bool = False
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.text = text
        self.whole_file = whole_file
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {reason}")


class DataError(TouchlineError):
    """Input that is well formed but impossible or contradictory."""


class NotFoundError(TouchlineError):
    """Something asked for by name that does not exist; lists close candidates when there are any."""

    def __init__(self, what: str, name: str, candidates: Sequence[str] = ()) -> None:
        self.what = what
        self.name = name
        self.candidates = list(candidates)
        message = f"no {what} {name!r}"
        if self.candidates:
            message += " (did you mean: " + ", ".join(self.candidates) + "?)"
        super().__init__(message)


class StoreError(TouchlineError):
    """The store cannot be opened, migrated or written."""


class ConfigError(TouchlineError):
    """A setting or option value that cannot be used."""
