"""The store's schema as numbered migrations, written once for SQLite and PostgreSQL.

Each migration is a list of statements; ``{serial}`` stands for the dialect's self-numbering key and
``{bool}`` for its boolean, so both databases get the same tables. A store records the highest
migration applied in ``schema_version``; opening a store applies the ones it lacks, in one transaction.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: files, competitions, clubs, matches and the extra sources of merged matches
    [
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        """CREATE TABLE files (
            id {serial} PRIMARY KEY,
            source TEXT NOT NULL,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            matches INTEGER NOT NULL,
            skipped_lines INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            UNIQUE (source, path)
        )""",
        "CREATE INDEX files_sha ON files (sha256)",
        """CREATE TABLE competitions (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            kind TEXT NOT NULL
        )""",
        """CREATE TABLE clubs (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            known {bool} NOT NULL
        )""",
        """CREATE TABLE club_names (
            name TEXT NOT NULL,
            country TEXT NOT NULL DEFAULT '',
            club_id TEXT NOT NULL,
            PRIMARY KEY (name, country)
        )""",
        """CREATE TABLE matches (
            id {serial} PRIMARY KEY,
            competition TEXT NOT NULL,
            season TEXT NOT NULL,
            date DATE NOT NULL,
            time TEXT,
            stage TEXT,
            round TEXT,
            leg INTEGER,
            home_id TEXT NOT NULL,
            away_id TEXT NOT NULL,
            ft_home INTEGER, ft_away INTEGER,
            ht_home INTEGER, ht_away INTEGER,
            et_home INTEGER, et_away INTEGER,
            pen_home INTEGER, pen_away INTEGER,
            status TEXT NOT NULL,
            neutral {bool},
            file_id INTEGER NOT NULL,
            line INTEGER NOT NULL
        )""",
        "CREATE INDEX matches_competition ON matches (competition, season, date)",
        "CREATE INDEX matches_home ON matches (home_id, date)",
        "CREATE INDEX matches_away ON matches (away_id, date)",
        """CREATE TABLE match_sources (
            match_id INTEGER NOT NULL,
            file_id INTEGER NOT NULL,
            line INTEGER NOT NULL,
            ft_home INTEGER, ft_away INTEGER,
            et_home INTEGER, et_away INTEGER,
            pen_home INTEGER, pen_away INTEGER,
            status TEXT NOT NULL,
            agrees {bool} NOT NULL,
            PRIMARY KEY (match_id, file_id, line)
        )""",
        "CREATE INDEX match_sources_file ON match_sources (file_id)",
    ],
    # 2: people and their spells at clubs and national teams
    [
        """CREATE TABLE people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            other_names TEXT NOT NULL DEFAULT '',
            birth_date DATE,
            birth_place TEXT,
            nationality TEXT,
            position TEXT,
            source_file TEXT
        )""",
        """CREATE TABLE spells (
            person_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            team_id TEXT NOT NULL,
            label TEXT,
            role TEXT NOT NULL,
            start_date DATE,
            end_date DATE,
            start_year INTEGER,
            end_year INTEGER,
            ended TEXT,
            note TEXT,
            PRIMARY KEY (person_id, seq)
        )""",
        "CREATE INDEX spells_team ON spells (team_id, start_date)",
    ],
    # 3: where a person's facts come from
    [
        "ALTER TABLE people ADD COLUMN source TEXT",
    ],
    # 4: every source's rows as given, the names they use, and what is derived from them (clubs,
    # matches, the evidence linking names). Stores of version 3 held merged matches only; migrate()
    # refuses one that has matches (they must be imported again).
    [
        "DROP TABLE match_sources",
        "DROP TABLE club_names",
        "ALTER TABLE files ADD COLUMN declared_teams INTEGER",
        "ALTER TABLE files ADD COLUMN declared_matches INTEGER",
        """CREATE TABLE nodes (
            id {serial} PRIMARY KEY,
            namespace TEXT NOT NULL,
            name TEXT NOT NULL,
            era TEXT NOT NULL,
            club_id TEXT,
            UNIQUE (namespace, name, era)
        )""",
        "CREATE INDEX nodes_club ON nodes (club_id)",
        """CREATE TABLE file_nodes (
            file_id INTEGER NOT NULL,
            node_id INTEGER NOT NULL,
            competition TEXT NOT NULL,
            season TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            first_date DATE NOT NULL,
            last_date DATE NOT NULL,
            PRIMARY KEY (file_id, node_id, competition, season)
        )""",
        "CREATE INDEX file_nodes_node ON file_nodes (node_id)",
        """CREATE TABLE source_rows (
            id {serial} PRIMARY KEY,
            file_id INTEGER NOT NULL,
            line INTEGER NOT NULL,
            competition TEXT NOT NULL,
            season TEXT NOT NULL,
            date DATE NOT NULL,
            time TEXT,
            stage TEXT,
            round TEXT,
            leg INTEGER,
            home_node INTEGER NOT NULL,
            away_node INTEGER NOT NULL,
            ft_home INTEGER, ft_away INTEGER,
            ht_home INTEGER, ht_away INTEGER,
            et_home INTEGER, et_away INTEGER,
            pen_home INTEGER, pen_away INTEGER,
            status TEXT NOT NULL,
            neutral {bool},
            match_id INTEGER,
            agrees {bool}
        )""",
        "CREATE INDEX source_rows_file ON source_rows (file_id)",
        "CREATE INDEX source_rows_season ON source_rows (competition, season)",
        "CREATE INDEX source_rows_match ON source_rows (match_id)",
        """CREATE TABLE club_links (
            node_a INTEGER NOT NULL,
            node_b INTEGER NOT NULL,
            kind TEXT NOT NULL,
            row_a INTEGER,
            row_b INTEGER,
            support INTEGER NOT NULL
        )""",
        "ALTER TABLE spells ADD COLUMN team_name TEXT",
        "ALTER TABLE spells ADD COLUMN team_country TEXT",
    ],
    # 5: the days of a spell's first and last matches in charge, where the appointment day's match was
    # another's or the manager was suspended before he left
    [
        "ALTER TABLE spells ADD COLUMN first_match DATE",
        "ALTER TABLE spells ADD COLUMN last_match DATE",
    ],
    # 6: when and where a person died (the article says "was", and gives {{death date and age}})
    [
        "ALTER TABLE people ADD COLUMN death_date DATE",
        "ALTER TABLE people ADD COLUMN death_place TEXT",
    ],
    # 7: what the club registry decided as each file was read (ClubRegistry.reading): a file read under
    # other corrections or name eras than today's is read again by the next import ('' before: every
    # file of an older store is read again once)
    [
        "ALTER TABLE files ADD COLUMN reading TEXT NOT NULL DEFAULT ''",
    ],
]

DIALECT_TYPES: dict[str, dict[str, str]] = {
    "sqlite": {"serial": "INTEGER", "bool": "INTEGER"},
    "postgresql": {"serial": "BIGINT GENERATED BY DEFAULT AS IDENTITY", "bool": "BOOLEAN"},
}


def statements(version: int, dialect: str) -> list[str]:
    """The statements of migration ``version`` (1-based) for ``dialect``."""
    types = DIALECT_TYPES[dialect]
    return [sql.format(**types) for sql in MIGRATIONS[version - 1]]
