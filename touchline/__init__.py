"""touchline: football managerial records, league tables and positions computed from open match data.

The public API, usable from notebooks::

    import touchline
    store = touchline.open_store("touchline.sqlite")
    touchline.import_paths(store, ["openfootball/deutschland"])
    result = touchline.manager_record(store, "Jess Thorup")
    print(touchline.render(touchline.manager_report(result), "wiki"))
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Public names and the modules they live in. They load on first use (PEP 562), so that
# `touchline --help` and other quick commands do not pay for pandas and the table code.
_EXPORTS = {
    "Record": "touchline.compute.records",
    "Shootouts": "touchline.compute.records",
    "record": "touchline.compute.records",
    "LeagueTable": "touchline.compute.tables",
    "league_table": "touchline.compute.tables",
    "position_over_time": "touchline.compute.tables",
    "ConfigError": "touchline.errors",
    "DataError": "touchline.errors",
    "NotFoundError": "touchline.errors",
    "ParseError": "touchline.errors",
    "StoreError": "touchline.errors",
    "TouchlineError": "touchline.errors",
    "ImportSummary": "touchline.api.summary",
    "import_paths": "touchline.api.importing",
    "Filters": "touchline.api.managers",
    "ManagerRecord": "touchline.api.managers",
    "SpellRecord": "touchline.api.managers",
    "manager_record": "touchline.api.managers",
    "Club": "touchline.model",
    "Competition": "touchline.model",
    "CompetitionKind": "touchline.model",
    "Match": "touchline.model",
    "Person": "touchline.model",
    "Role": "touchline.model",
    "Score": "touchline.model",
    "Season": "touchline.model",
    "Spell": "touchline.model",
    "SpellEnd": "touchline.model",
    "Status": "touchline.model",
    "import_people": "touchline.api.people",
    "manager_frame": "touchline.views.frames",
    "matches_frame": "touchline.views.frames",
    "load_file": "touchline.reference.people",
    "Report": "touchline.render",
    "render": "touchline.render",
    "Rules": "touchline.reference.rules",
    "rules_for": "touchline.reference.rules",
    "competition_table": "touchline.api.tables",
    "Store": "touchline.store",
    "open_store": "touchline.store",
    "coverage": "touchline.store.read",
    "find_club": "touchline.store.read",
    "matches": "touchline.store.read",
    "manager_report": "touchline.views.manager",
    "table_report": "touchline.views.table",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'touchline' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors only
    from touchline.api.importing import import_paths
    from touchline.api.managers import Filters, ManagerRecord, SpellRecord, manager_record
    from touchline.api.people import import_people
    from touchline.api.summary import ImportSummary
    from touchline.api.tables import competition_table
    from touchline.compute.records import Record, Shootouts, record
    from touchline.compute.tables import LeagueTable, league_table, position_over_time
    from touchline.errors import ConfigError, DataError, NotFoundError, ParseError, StoreError, TouchlineError
    from touchline.model import (
        Club,
        Competition,
        CompetitionKind,
        Match,
        Person,
        Role,
        Score,
        Season,
        Spell,
        SpellEnd,
        Status,
    )
    from touchline.reference.people import load_file
    from touchline.reference.rules import Rules, rules_for
    from touchline.render import Report, render
    from touchline.store import Store, open_store
    from touchline.store.read import coverage, find_club, matches
    from touchline.views.frames import manager_frame, matches_frame
    from touchline.views.manager import manager_report
    from touchline.views.table import table_report

__all__ = [
    "Club",
    "Competition",
    "CompetitionKind",
    "ConfigError",
    "DataError",
    "Filters",
    "ImportSummary",
    "LeagueTable",
    "ManagerRecord",
    "Match",
    "NotFoundError",
    "ParseError",
    "Person",
    "Record",
    "Report",
    "Role",
    "Rules",
    "Score",
    "Season",
    "Shootouts",
    "Spell",
    "SpellEnd",
    "SpellRecord",
    "Status",
    "Store",
    "StoreError",
    "TouchlineError",
    "competition_table",
    "coverage",
    "find_club",
    "import_paths",
    "import_people",
    "league_table",
    "load_file",
    "manager_frame",
    "manager_record",
    "manager_report",
    "matches",
    "matches_frame",
    "open_store",
    "position_over_time",
    "record",
    "render",
    "rules_for",
    "table_report",
]
