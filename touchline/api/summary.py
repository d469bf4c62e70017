"""What one import run counted and said: :class:`ImportSummary`, shared by ``touchline import``, file
discovery and ``touchline sources remove``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ImportSummary:
    """Counts and messages of one import run."""

    files: int = 0
    imported: int = 0
    updated: int = 0
    already_imported: int = 0
    rejected: int = 0
    not_match_data: list[str] = field(default_factory=list)
    rows: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    known: int = 0
    conflicting: int = 0
    placeholders: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # stored files taken out because they are no longer under the folders imported (``prune``), by
    # stored path; None when pruning was not asked for
    pruned: list[str] | None = None
    # what pruning left alone, and why (a single file given, a data set not found)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every file was imported or already there."""
        return not self.errors

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        files = (
            f"files: {self.files} ({self.imported} imported, {self.updated} updated, "
            f"{self.already_imported} already imported, {self.rejected} rejected"
            f"{'' if self.pruned is None else f', {len(self.pruned)} pruned (no longer there)'}"
            f"{f'; {len(self.not_match_data)} other files, not match data' if self.not_match_data else ''})"
        )
        matches = (
            f"matches: {self.new} new, {self.changed} changed, {self.removed} removed; "
            f"{self.known} rows another source also has, {self.conflicting} of them in matches whose sources disagree"
        )
        left_out = f"; {self.placeholders} fixtures without known teams (N.N.) left out" if self.placeholders else ""
        return f"{files}; {matches}{left_out}; warnings: {len(self.warnings)}"
