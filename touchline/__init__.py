"""touchline: football managerial records, league tables and honours computed from open match data.

The public API, usable from notebooks::

    import touchline
    store = touchline.open_store("touchline.sqlite")
    touchline.import_paths(store, ["openfootball/deutschland"])
    result = touchline.manager_record(store, "Jess Thorup")
    print(touchline.render(touchline.manager_report(result), "wiki"))
"""

from touchline.compute.records import Record, Shootouts, record
from touchline.errors import ConfigError, DataError, NotFoundError, ParseError, StoreError, TouchlineError
from touchline.importer import ImportSummary, import_paths
from touchline.managers import Filters, ManagerRecord, SpellRecord, manager_record
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
from touchline.people import import_people, load_file
from touchline.render import Report, render
from touchline.store import Store, open_store
from touchline.store.read import coverage, find_club, matches
from touchline.views.manager import manager_report

__all__ = [
    "Club",
    "Competition",
    "CompetitionKind",
    "ConfigError",
    "DataError",
    "Filters",
    "ImportSummary",
    "ManagerRecord",
    "Match",
    "NotFoundError",
    "ParseError",
    "Person",
    "Record",
    "Report",
    "Role",
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
    "coverage",
    "find_club",
    "import_paths",
    "import_people",
    "load_file",
    "manager_record",
    "manager_report",
    "matches",
    "open_store",
    "record",
    "render",
]
