"""What a derivation changed: the touched seasons' matches kept before it, compared after it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from touchline.store.base import Store

_KEY = ("competition", "season", "date", "home_id", "away_id")
_RESULT = ("ft_home", "ft_away", "et_home", "et_away", "pen_home", "pen_away", "status")
_AFTER = "SELECT m.* FROM matches m JOIN tl_touched t ON t.competition = m.competition AND t.season = m.season"


@dataclass(frozen=True, slots=True)
class Changes:
    """Matches added, changed (result or status) and removed in the touched seasons."""

    new: int
    changed: int
    removed: int


def snapshot(store: Store, seasons: Iterable[tuple[str, str]]) -> None:
    """Keep the matches of ``seasons`` as they are now, in temporary tables, for :func:`changes`."""
    store.season_table("tl_touched", seasons)
    store.execute("DROP TABLE IF EXISTS tl_before")
    store.execute(
        f"CREATE TEMPORARY TABLE tl_before AS SELECT {', '.join('m.' + c for c in (*_KEY, *_RESULT))} FROM matches m "
        "JOIN tl_touched t ON t.competition = m.competition AND t.season = m.season"
    )
    store.execute(f"CREATE INDEX tl_before_key ON tl_before ({', '.join(_KEY)})")


def changes(store: Store) -> Changes:
    """What changed in the seasons of the last :func:`snapshot` since it was taken."""
    same_key = " AND ".join(f"b.{c} = m.{c}" for c in _KEY)
    before = int(store.scalar("SELECT COUNT(*) FROM tl_before") or 0)
    now = int(store.scalar(f"SELECT COUNT(*) FROM ({_AFTER}) AS m") or 0)
    if before == 0:
        return Changes(now, 0, 0)
    kept = int(store.scalar(f"SELECT COUNT(*) FROM ({_AFTER}) AS m JOIN tl_before b ON {same_key}") or 0)
    differs = " OR ".join(f"NOT (b.{c} = m.{c} OR (b.{c} IS NULL AND m.{c} IS NULL))" for c in _RESULT)
    changed = f"SELECT COUNT(*) FROM ({_AFTER}) AS m JOIN tl_before b ON {same_key} WHERE {differs}"
    return Changes(now - kept, int(store.scalar(changed) or 0), before - kept)
