"""Records of many (club, first day, last day) windows at once, counted inside the database.

:func:`window_records` loads the windows into a temporary table and lets one grouped query count every
window's games, wins, draws, losses and goals, using the (home_id, date) and (away_id, date) indexes.
It follows :mod:`touchline.compute.records`' conventions exactly (goals after extra time, shoot-outs a
draw unless asked otherwise, only played or awarded matches with a score) and is tested against it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from touchline.compute.records import Record, Shootouts
from touchline.store.base import Store

_SIDES = """
SELECT q.n, COALESCE(m.et_{us}, m.ft_{us}) AS gf, COALESCE(m.et_{them}, m.ft_{them}) AS ga,
       m.pen_{us} AS pf, m.pen_{them} AS pa
FROM tl_windows q JOIN matches m ON m.{us}_id = q.club AND m.date BETWEEN q.first AND q.last
WHERE m.status IN ('played', 'awarded')
"""

_COUNT = f"""
SELECT n, COUNT(*),
       SUM(CASE WHEN gf > ga OR (gf = ga AND ? = 1 AND pf > pa) THEN 1 ELSE 0 END),
       SUM(CASE WHEN gf = ga AND NOT (? = 1 AND pf IS NOT NULL AND pa IS NOT NULL AND pf <> pa) THEN 1 ELSE 0 END),
       SUM(CASE WHEN gf < ga OR (gf = ga AND ? = 1 AND pf < pa) THEN 1 ELSE 0 END),
       SUM(gf), SUM(ga)
FROM ({_SIDES.format(us="home", them="away")} UNION ALL {_SIDES.format(us="away", them="home")}) AS sides
WHERE gf IS NOT NULL AND ga IS NOT NULL
GROUP BY n
"""


def window_records(
    store: Store, windows: Sequence[tuple[str, dt.date, dt.date]], shootouts: Shootouts = Shootouts.DRAW
) -> list[Record]:
    """The record of each (club id, first day, last day) window, in the order given."""
    result = 1 if shootouts is Shootouts.RESULT else 0
    with store.transaction():
        store.execute("CREATE TEMPORARY TABLE IF NOT EXISTS tl_windows (n INTEGER, club TEXT, first DATE, last DATE)")
        store.execute("DELETE FROM tl_windows")
        store.executemany(
            "INSERT INTO tl_windows (n, club, first, last) VALUES (?, ?, ?, ?)",
            [(n, club, first.isoformat(), last.isoformat()) for n, (club, first, last) in enumerate(windows)],
        )
        rows = store.query(_COUNT, (result, result, result))
        store.execute("DELETE FROM tl_windows")
    records = [Record()] * len(windows)
    for n, played, won, drawn, lost, goals_for, goals_against in rows:
        records[int(n)] = Record(int(played), int(won), int(drawn), int(lost), int(goals_for), int(goals_against))
    return records
